#include "ui/sprints/newsprintdialog.h"
#include "ui/common/messages.h"

#include "ui/shell/settings.h"

#include "core/board/board.h"
#include "core/domain/sprintrule.h"
#include "core/domain/workweek.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/**
 * The name after the highest numbered sprint: "Sprint 8" with Sprint 7 and Sprint 3 on the
 * board, whatever their order; "Sprint 1" on an empty board. Numbered means "<prefix> <number>".
 */
QString nextName(const Board &board)
{
    static const QRegularExpression numbered(u"^(.*\\S)\\s+(\\d+)\\s*$"_s);
    QString prefix;
    qint64 highest = -1;
    for (const Sprint &s : board.sprints()) {
        const auto match = numbered.match(s.name);
        if (match.hasMatch() && match.captured(2).toLongLong() > highest) {
            highest = match.captured(2).toLongLong();
            prefix = match.captured(1);
        }
    }
    if (highest >= 0) {
        for (qint64 n = highest + 1;; ++n) {
            const QString name = prefix + u' ' + QString::number(n);
            if (!board.sprintByName(name))
                return name;
        }
    }
    for (int n = int(board.sprints().size()) + 1;; ++n) {
        const QString name = QObject::tr("Sprint %1").arg(n);
        if (!board.sprintByName(name))
            return name;
    }
}

} // namespace

NewSprintDialog::NewSprintDialog(Board *board, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_weekdays(Settings::workingWeekdays())
{
    setWindowTitle(tr("New Sprint"));
    setObjectName(u"newSprintDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(nextName(*board), this);
    m_name->setObjectName(u"sprintName"_s);
    form->addRow(tr("&Name:"), m_name);
    m_goal = new QPlainTextEdit(this);
    m_goal->setObjectName(u"sprintGoal"_s);
    m_goal->setPlaceholderText(tr("What the team wants to achieve"));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Goal:"), m_goal);

    // By default the sprint follows the latest one, two weeks from a working day.
    QDate start = nextWorkingDay(QDate::currentDate(), m_weekdays);
    if (!board->sprints().isEmpty()) {
        QDate latest = board->sprints().first().end;
        for (const Sprint &s : board->sprints())
            latest = qMax(latest, s.end);
        start = nextWorkingDay(latest.addDays(1), m_weekdays);
    }
    m_start = new QDateEdit(start, this);
    m_start->setObjectName(u"sprintStart"_s);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_end = new QDateEdit(workingWeeksEnd(start, m_weekdays), this);
    m_end->setObjectName(u"sprintEnd"_s);
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(u"ddd d MMM yyyy"_s);
    for (QDateEdit *edit : {m_start, m_end})
        edit->calendarWidget()->setFirstDayOfWeek(Settings::firstDayOfWeek());
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);

    m_capacity = new QDoubleSpinBox(this);
    m_capacity->setObjectName(u"sprintCapacity"_s);
    m_capacity->setRange(0, 10000);
    m_capacity->setDecimals(1);
    m_capacity->setSpecialValueText(tr("not set"));
    m_capacity->setSuffix(tr(" points"));
    form->addRow(tr("&Capacity:"), m_capacity);
    layout->addLayout(form);

    auto *calendarLabel =
        new QLabel(tr("&Working days (uncheck holidays, check worked weekend days):"), this);
    m_days = new QListWidget(this);
    m_days->setObjectName(u"sprintCalendar"_s);
    m_days->setAccessibleName(tr("Working days"));
    m_days->setAccessibleDescription(
        tr("One check box per day; uncheck holidays, check worked weekend days"));
    m_days->setMinimumHeight(180);
    calendarLabel->setBuddy(m_days);
    layout->addWidget(calendarLabel);
    layout->addWidget(m_days, 1);
    m_workingDays = new QLabel(this);
    m_workingDays->setObjectName(u"workingDays"_s);
    layout->addWidget(m_workingDays);
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setStyleSheet(errorStyle(this));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create Sprint"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSprintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSprintDialog::reject);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewSprintDialog::updateProblem);
    connect(m_start, &QDateEdit::dateChanged, this, &NewSprintDialog::rebuildCalendar);
    connect(m_end, &QDateEdit::dateChanged, this, &NewSprintDialog::rebuildCalendar);
    connect(m_days, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QDate d = item->data(Qt::UserRole).toDate();
        const bool working = item->checkState() == Qt::Checked;
        m_holidays.removeAll(d);
        m_extraWorkdays.removeAll(d);
        if (working != workedByDefault(d))
            (working ? m_extraWorkdays : m_holidays).append(d);
        QFont f = item->font();
        f.setItalic(working != workedByDefault(d));
        item->setFont(f);
        updateWorkingDays();
    });
    rebuildCalendar();
    resize(460, 560);
}

void NewSprintDialog::rebuildCalendar()
{
    const QSignalBlocker blocker(m_days);
    m_days->clear();
    const QDate start = m_start->date(), end = m_end->date();
    if (end >= start && start.daysTo(end) <= 366) {
        for (QDate d = start; d <= end; d = d.addDays(1)) {
            auto *item = new QListWidgetItem(QLocale().toString(d, u"dddd d MMMM"_s), m_days);
            item->setData(Qt::UserRole, d);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool byDefault = workedByDefault(d);
            const bool working = byDefault ? !m_holidays.contains(d) : m_extraWorkdays.contains(d);
            item->setCheckState(working ? Qt::Checked : Qt::Unchecked);
            if (!byDefault)
                item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    updateWorkingDays();
}

void NewSprintDialog::updateWorkingDays()
{
    // A date problem is told once, by the error line; the count stays quiet meanwhile.
    const Sprint s = sprint();
    m_workingDays->setText(s.end < s.start ? QString()
                                           : tr("%n working day(s)", nullptr, s.workingDays()));
    updateProblem();
}

QString NewSprintDialog::problem() const
{
    const Sprint s = sprint();
    const SprintRule broken = brokenSprintRule(s.name, s.start, s.end);
    if (broken == SprintRule::NeedsName)
        return tr("The sprint needs a name.");
    if (const Sprint *same = m_board->sprintByName(s.name); same && same->id != m_editedId)
        return tr("There is already a sprint called %1.").arg(s.name);
    if (broken != SprintRule::Kept)
        return tr("The end date is before the start date.");
    if (s.start.daysTo(s.end) > 366)
        return tr("A sprint lasts a year at most.");
    return {};
}

QString NewSprintDialog::shownProblem() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewSprintDialog::updateProblem()
{
    showProblem(problem());
}

void NewSprintDialog::showProblem(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (m_ok)
        m_ok->setEnabled(problem().isEmpty());
}

Sprint NewSprintDialog::sprint() const
{
    Sprint s;
    s.name = m_name->text().trimmed();
    s.goal = m_goal->toPlainText().trimmed();
    s.start = m_start->date();
    s.end = m_end->date();
    s.capacity = m_capacity->value();
    setWorkingWeekdays(s, m_weekdays);
    // The user's changes to the default calendar: a weekday off is a holiday, a weekend day
    // on an extra workday.
    for (const QDate &d : m_holidays) {
        if (d < s.start || d > s.end)
            continue;
        s.extraWorkdays.removeAll(d);
        if (d.dayOfWeek() < 6 && !s.holidays.contains(d))
            s.holidays.append(d);
    }
    for (const QDate &d : m_extraWorkdays) {
        if (d < s.start || d > s.end)
            continue;
        s.holidays.removeAll(d);
        if (d.dayOfWeek() >= 6 && !s.extraWorkdays.contains(d))
            s.extraWorkdays.append(d);
    }
    std::sort(s.holidays.begin(), s.holidays.end());
    std::sort(s.extraWorkdays.begin(), s.extraWorkdays.end());
    return s;
}

void NewSprintDialog::accept()
{
    if (const QString found = problem(); !found.isEmpty()) {
        showProblem(found);
        return;
    }
    if (m_editedId) {
        acceptEdit();
        return;
    }
    auto id = m_board->createSprint(sprint());
    if (!id) {
        showProblem(id.error()); // until the next edit, which checks the fields again
        return;
    }
    m_createdId = *id;
    QDialog::accept();
}

void NewSprintDialog::setSprint(const Sprint &sprint)
{
    m_editedId = sprint.id;
    setWindowTitle(tr("Edit Sprint"));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_name->setText(sprint.name);
    m_goal->setPlainText(sprint.goal);
    m_capacity->setValue(sprint.capacity);
    // The calendar keeps the days on which the sprint differs from the preferred working week,
    // so days that new dates add start as the preferences say.
    m_holidays.clear();
    m_extraWorkdays.clear();
    for (QDate d = sprint.start; d.isValid() && d <= sprint.end; d = d.addDays(1)) {
        const bool working = sprint.isWorkingDay(d);
        if (working != workedByDefault(d))
            (working ? m_extraWorkdays : m_holidays).append(d);
    }
    {
        const QSignalBlocker blockStart(m_start), blockEnd(m_end);
        m_start->setDate(sprint.start);
        m_end->setDate(sprint.end);
    }
    rebuildCalendar();
    updateProblem();
}

void NewSprintDialog::acceptEdit()
{
    Sprint edited = sprint();
    edited.id = m_editedId;
    if (Status s = m_board->editSprint(edited); !s) {
        showProblem(s.error()); // until the next edit, which checks the fields again
        return;
    }
    QDialog::accept();
}

} // namespace SprintDeck

#include "ui/sprints/startsprintdialog.h"
#include "ui/charts/chartbuilder.h"
#include "ui/common/messages.h"

#include "core/board/board.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

StartSprintDialog::StartSprintDialog(Board *board, qint64 sprintId, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
{
    setWindowTitle(tr("Start Sprint"));
    setObjectName(u"startSprintDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_sprints = new QComboBox(this);
    m_sprints->setObjectName(u"sprintCombo"_s);
    m_sprints->setAccessibleName(tr("Sprint to start"));
    for (const Sprint &s : board->sprints())
        if (s.state == Sprint::State::Planned)
            m_sprints->addItem(s.name, s.id);
    const int preferred = m_sprints->findData(sprintId);
    m_sprints->setCurrentIndex(preferred >= 0 ? preferred : 0);
    form->addRow(tr("&Sprint:"), m_sprints);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setStyleSheet(errorStyle(this));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Sprint"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartSprintDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StartSprintDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_sprints, &QComboBox::currentIndexChanged, this, &StartSprintDialog::updateSummary);
    updateSummary();
    resize(440, 260);
}

qint64 StartSprintDialog::sprintId() const
{
    return m_sprints->currentData().toLongLong();
}

bool StartSprintDialog::canStart() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void StartSprintDialog::updateSummary()
{
    QString error;
    for (const Sprint &s : m_board->sprints())
        if (s.state == Sprint::State::Active)
            error = tr("%1 is active. Close it before starting another sprint.").arg(s.name);
    const Sprint *s = m_board->sprint(sprintId());
    if (!s) {
        m_summary->setText(tr(
            "There is no planned sprint. Create one with <b>Sprint \u25b8 New Sprint\u2026</b>"));
        if (error.isEmpty())
            error = tr("Nothing to start.");
    } else {
        int cards = 0;
        double points = 0;
        for (const Column &c : m_board->columns()) {
            for (qint64 id : m_board->cardsIn(s->id, c.id)) {
                ++cards;
                points += m_board->card(id)->points.value_or(0);
            }
        }
        QString text =
            tr("<b>%1</b>: %2 \u2013 %3, %n working day(s)", nullptr, s->workingDays())
                .arg(s->name.toHtmlEscaped(), QLocale().toString(s->start, u"ddd d MMM"_s),
                     QLocale().toString(s->end, u"ddd d MMM yyyy"_s));
        text +=
            u"<br>"_s +
            tr("Committing %n card(s) with %1.", nullptr, cards).arg(formatPointsWithUnit(points));
        if (s->capacity > 0 && points > s->capacity)
            text += u"<br><span style='color:%1'>"_s.arg(warningColor(this)) +
                    tr("That is %1 over the capacity of %2.")
                        .arg(formatPointsWithUnit(points - s->capacity),
                             ChartBuilder::number(s->capacity)) +
                    u"</span>"_s;
        else if (s->capacity > 0)
            text += u"<br>"_s + tr("Capacity: %1.").arg(formatPointsWithUnit(s->capacity));
        if (!s->goal.isEmpty())
            text += u"<br><i>"_s + s->goal.toHtmlEscaped() + u"</i>"_s;
        if (cards == 0)
            text += u"<br>"_s +
                    tr("The sprint has no cards yet; cards added later count as scope changes.");
        m_summary->setText(text);
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void StartSprintDialog::accept()
{
    if (Status s = m_board->startSprint(sprintId()); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace SprintDeck

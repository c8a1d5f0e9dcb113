#include "ui/sprints/closesprintdialog.h"
#include "ui/charts/chartbuilder.h"
#include "ui/common/messages.h"

#include "core/board/board.h"
#include "core/board/sprintanalytics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

CloseSprintDialog::CloseSprintDialog(Board *board, qint64 sprintId, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_sprintId(sprintId)
{
    setWindowTitle(tr("Close Sprint"));
    setObjectName(u"closeSprintDialog"_s);
    const Sprint *sprint = board->sprint(sprintId);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    const QList<qint64> incomplete = board->incompleteCards(sprintId);
    // The numbers the frozen report will keep: the same ones the board and charts show now.
    SprintAnalytics analytics(*board);
    const auto numbers = analytics.numbers(sprintId);
    if (sprint && !numbers)
        m_summary->setText(numbers.error().toHtmlEscaped());
    else if (sprint)
        m_summary->setText(
            tr("<b>%1</b>: %2 of %3 points completed (%4 of %5 cards).")
                .arg(sprint->name.toHtmlEscaped(), ChartBuilder::number(numbers->completed.points),
                     ChartBuilder::number(numbers->scope.points))
                .arg(int(numbers->completed.cards))
                .arg(int(numbers->scope.cards)) +
            u"<br>"_s +
            tr("Closing freezes the sprint's charts and reports; later edits do not change them."));

    m_incomplete = new QListWidget(this);
    m_incomplete->setObjectName(u"incompleteCards"_s);
    m_incomplete->setAccessibleName(tr("Incomplete cards"));
    for (qint64 id : incomplete) {
        const Card *c = board->card(id);
        const Column *col = board->column(c->columnId);
        auto *item = new QListWidgetItem(
            u"%1  %2  (%3%4)"_s.arg(c->key, c->title, col ? col->name : QString(),
                                    c->points ? u", "_s + formatPoints(c->points) + tr(" pt")
                                              : QString()),
            m_incomplete);
        item->setData(Qt::UserRole, id);
    }
    auto *incompleteLabel = new QLabel(
        incomplete.isEmpty() ? tr("Every card is done.")
                             : tr("%n incomplete card(s):", nullptr, int(incomplete.size())),
        this);
    layout->addWidget(incompleteLabel);
    layout->addWidget(m_incomplete, 1);
    m_incomplete->setVisible(!incomplete.isEmpty());

    m_toSprint = new QRadioButton(tr("Move them to the sprint:"), this);
    m_toSprint->setObjectName(u"toSprint"_s);
    m_next = new QComboBox(this);
    m_next->setObjectName(u"nextSprint"_s);
    m_next->setAccessibleName(tr("Sprint for the incomplete cards"));
    for (const Sprint &s : board->sprints())
        if (s.id != sprintId && s.state != Sprint::State::Closed)
            m_next->addItem(s.name, s.id);
    m_toBacklog = new QRadioButton(tr("Move them to the &backlog"), this);
    m_toBacklog->setObjectName(u"toBacklog"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_toSprint);
    row->addWidget(m_next, 1);
    layout->addLayout(row);
    layout->addWidget(m_toBacklog);
    const bool hasNext = m_next->count() > 0;
    m_toSprint->setEnabled(hasNext && !incomplete.isEmpty());
    m_next->setEnabled(hasNext && !incomplete.isEmpty());
    m_toBacklog->setEnabled(!incomplete.isEmpty());
    (hasNext ? m_toSprint : m_toBacklog)->setChecked(true);
    if (!hasNext)
        m_toSprint->setToolTip(tr("Create the next sprint first (Sprint \u25b8 New Sprint\u2026)"));
    connect(m_toSprint, &QRadioButton::toggled, m_next, &QWidget::setEnabled);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setStyleSheet(errorStyle(this));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close Sprint"));
    buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(sprint && sprint->state == Sprint::State::Active);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseSprintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloseSprintDialog::reject);
    layout->addWidget(buttons);
    resize(480, 420);
}

qint64 CloseSprintDialog::carryOverSprintId() const
{
    return m_toSprint->isChecked() ? m_next->currentData().toLongLong() : 0;
}

void CloseSprintDialog::accept()
{
    if (Status s = m_board->closeSprint(m_sprintId, carryOverSprintId()); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace SprintDeck

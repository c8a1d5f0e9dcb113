#include "ui/board/backlogpanel.h"
#include "ui/board/boardview.h"
#include "ui/board/cardactions.h"
#include "ui/board/carddelegate.h"
#include "ui/board/cardlistview.h"
#include "ui/board/filterbar.h"
#include "ui/common/messages.h"

#include "core/board/board.h"
#include "core/models/cardlistmodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

BacklogPanel::BacklogPanel(BoardView *boardView, QWidget *parent)
    : QDockWidget(tr("Backlog"), parent)
    , m_boardView(boardView)
    , m_model(new CardListModel(boardView->board(), this))
    , m_view(new CardListView)
    , m_summary(new QLabel)
    , m_quickAdd(new QLineEdit)
    , m_toSprint(new QPushButton)
{
    setObjectName(u"backlogDock"_s);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    auto *content = new QWidget(this);
    content->setObjectName(u"backlogPanel"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 6, 6, 10);
    layout->setSpacing(6);

    m_summary->setObjectName(u"backlogSummary"_s);
    layout->addWidget(m_summary);

    m_quickAdd->setObjectName(u"backlogQuickAdd"_s);
    m_quickAdd->setPlaceholderText(tr("Add to the backlog, Enter"));
    m_quickAdd->setAccessibleName(tr("New backlog card title"));
    m_quickAdd->setClearButtonEnabled(true);
    connect(m_quickAdd, &QLineEdit::returnPressed, this, &BacklogPanel::addCard);
    layout->addWidget(m_quickAdd);

    m_model->setList(0, 0);
    m_model->setFilter(boardView->filterBar()->filter());
    m_view->setObjectName(u"backlogList"_s);
    m_view->setAccessibleName(tr("Backlog cards"));
    m_view->setCardModel(m_model);
    m_view->setItemDelegate(boardView->delegate());
    updateEmptyText(boardView->filterBar()->filter());
    m_view->setMinimumWidth(240); // with the board's narrowest bar, 800 pixels in all
    layout->addWidget(m_view, 1);

    m_toSprint->setObjectName(u"backlogToSprint"_s);
    m_toSprint->setToolTip(
        tr("Move the selected cards into the sprint shown on the board (Ctrl+Shift+S)"));
    connect(m_toSprint, &QPushButton::clicked, boardView->cardActions(),
            &CardActions::moveSelectionToSprint);
    layout->addWidget(m_toSprint);
    setWidget(content);

    CardActions *actions = boardView->cardActions();
    actions->registerView(m_view, true);
    actions->attachTo(content);
    content->addAction(boardView->findAction());

    connect(boardView->filterBar(), &FilterBar::filterChanged, m_model, &CardListModel::setFilter);
    connect(boardView->filterBar(), &FilterBar::filterChanged, this,
            &BacklogPanel::updateEmptyText);
    connect(boardView, &BoardView::sprintChanged, this, &BacklogPanel::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BacklogPanel::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BacklogPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BacklogPanel::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BacklogPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BacklogPanel::refresh);
    connect(boardView->board(), &Board::sprintsChanged, this, &BacklogPanel::refresh);
    boardView->setBacklogPanel(this);
    refresh();
}

QString BacklogPanel::summaryText() const
{
    return m_summary->text();
}

void BacklogPanel::refresh()
{
    Board *board = m_boardView->board();
    const int total = int(board->backlog().size());
    const int shown = m_model->rowCount();
    const QString points = formatPoints(m_model->totalPoints());
    m_summary->setText(
        shown == total
            ? tr("%n card(s) \u00b7 %1 pts", nullptr, total).arg(points)
            : tr("%1 of %n card(s) \u00b7 %2 pts", nullptr, total).arg(shown).arg(points));
    const Sprint *sprint = board->sprint(m_boardView->sprintId());
    const bool closed = sprint && sprint->state == Sprint::State::Closed;
    if (!sprint)
        m_toSprint->setText(tr("No sprint to move to"));
    else if (closed)
        m_toSprint->setText(tr("%1 is closed").arg(sprint->name));
    else
        m_toSprint->setText(tr("Move to %1  \u2192").arg(sprint->name));
    m_toSprint->setEnabled(sprint && !closed &&
                           !m_view->selectionModel()->selectedRows().isEmpty());
}

void BacklogPanel::updateEmptyText(const CardFilter &filter)
{
    m_view->setEmptyText(filter.isEmpty()
                             ? tr("The backlog is empty.\nDrag cards here from the board.")
                             : tr("No backlog card matches the filter."));
}

void BacklogPanel::startQuickAdd()
{
    if (!isVisible())
        show();
    raise();
    m_quickAdd->setFocus(Qt::OtherFocusReason);
}

void BacklogPanel::addCard()
{
    const QString title = m_quickAdd->text().trimmed();
    if (title.isEmpty())
        return;
    Board *board = m_boardView->board();
    Card draft;
    draft.title = title;
    draft.sprintId = 0;
    draft.columnId = board->firstColumnId();
    // Like the board's quick add: new cards join the end of the list.
    const QList<qint64> &list = board->backlog();
    draft.rank = list.isEmpty() ? 1024.0 : board->card(list.last())->rank + 1024.0;
    auto id = board->addCard(draft);
    if (!id) {
        showError(this, tr("Card Not Added"), id.error());
        return;
    }
    m_quickAdd->clear();
    m_view->selectCards({*id});
}

} // namespace SprintDeck

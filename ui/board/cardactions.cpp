#include "ui/board/cardactions.h"
#include "ui/board/boardview.h"
#include "ui/board/cardeditor.h"
#include "ui/board/cardlistview.h"
#include "ui/common/boardstyle.h"

#include "core/board/board.h"
#include "core/models/cardlistmodel.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace SprintDeck {

CardActions::CardActions(Board *board, BoardView *view)
    : QObject(view)
    , m_board(board)
    , m_view(view)
{
    m_quickAdd =
        makeAction(tr("&Quick Add"), QKeySequence(Qt::CTRL | Qt::Key_N), u"actionQuickAdd"_s);
    m_quickAdd->setToolTip(tr("Add a card at the bottom of the focused column (N or Ctrl+N)"));
    m_newCard = makeAction(tr("&New Card\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                           u"actionNewCard"_s);
    m_edit = makeAction(tr("&Edit Card\u2026"), QKeySequence(Qt::Key_F2), u"actionEditCard"_s);
    m_edit->setToolTip(tr("Edit the focused card (Enter or F2)"));
    m_moveLeft = makeAction(tr("Move to &Previous Column"), QKeySequence(Qt::CTRL | Qt::Key_Left),
                            u"actionMoveLeft"_s);
    m_moveRight = makeAction(tr("Move to Ne&xt Column"), QKeySequence(Qt::CTRL | Qt::Key_Right),
                             u"actionMoveRight"_s);
    m_moveUp = makeAction(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), u"actionMoveUp"_s);
    m_moveDown =
        makeAction(tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::Key_Down), u"actionMoveDown"_s);
    m_toBacklog = makeAction(tr("Move to &Backlog"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                             u"actionToBacklog"_s);
    m_toSprint = makeAction(tr("Move into &Sprint"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            u"actionToSprint"_s);
    m_delete = makeAction(tr("&Delete"), QKeySequence(QKeySequence::Delete), u"actionDeleteCard"_s);
    m_forecast = makeAction(tr("&Forecast Selected Cards"), {}, u"actionForecastCards"_s);

    connect(m_quickAdd, &QAction::triggered, this, &CardActions::quickAdd);
    connect(m_newCard, &QAction::triggered, this, &CardActions::newCard);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_active && m_active->currentCardId())
            editCard(m_active->currentCardId());
    });
    connect(m_moveLeft, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(m_moveRight, &QAction::triggered, this, [this] { moveSelection(+1); });
    connect(m_moveUp, &QAction::triggered, this, [this] { reorderSelection(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { reorderSelection(+1); });
    connect(m_toBacklog, &QAction::triggered, this, &CardActions::moveSelectionToBacklog);
    connect(m_toSprint, &QAction::triggered, this, &CardActions::moveSelectionToSprint);
    connect(m_delete, &QAction::triggered, this, &CardActions::deleteSelection);
    connect(m_forecast, &QAction::triggered, this, [this] {
        if (m_active && !m_active->selectedCardIds().isEmpty())
            emit forecastRequested(m_active->selectedCardIds());
    });
}

QAction *CardActions::makeAction(const QString &text, const QKeySequence &shortcut,
                                 const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Active only while the focus is on the board or the backlog: other views keep their keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void CardActions::attachTo(QWidget *widget)
{
    widget->addActions({m_quickAdd, m_newCard, m_edit, m_moveLeft, m_moveRight, m_moveUp,
                        m_moveDown, m_toBacklog, m_toSprint, m_delete, m_forecast});
}

void CardActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_quickAdd);
    menu->addAction(m_newCard);
    menu->addAction(m_edit);
    menu->addSeparator();
    menu->addAction(m_moveLeft);
    menu->addAction(m_moveRight);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addSeparator();
    menu->addAction(m_toBacklog);
    menu->addAction(m_toSprint);
    menu->addSeparator();
    menu->addAction(m_forecast);
    menu->addSeparator();
    menu->addAction(m_delete);
    // The menu shows what applies now; the shortcuts stay live and check for themselves.
    connect(menu, &QMenu::aboutToShow, this, &CardActions::updateEnabled);
    connect(menu, &QMenu::aboutToHide, this, [this] {
        for (QAction *a : {m_quickAdd, m_newCard, m_edit, m_moveLeft, m_moveRight, m_moveUp,
                           m_moveDown, m_toBacklog, m_toSprint, m_delete, m_forecast})
            a->setEnabled(true);
    });
}

void CardActions::updateEnabled()
{
    CardListView *v = m_active;
    const bool any = v && v->isVisible() && !v->selectedCardIds().isEmpty();
    const bool backlog = isBacklog(v);
    int column = -1;
    if (v && !backlog && v->cardModel()) {
        const QList<Column> &columns = m_board->columns();
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).id == v->cardModel()->columnId())
                column = i;
    }
    const bool sprintShown = m_view->sprintId() != 0;
    // A closed sprint is read-only: no card enters or leaves it until it is reopened.
    const bool sprintOpen = sprintShown && !m_board->isClosedSprint(m_view->sprintId());
    m_quickAdd->setEnabled(sprintOpen || backlog);
    m_newCard->setEnabled(true);
    m_edit->setEnabled(any);
    m_moveLeft->setEnabled(any && !backlog && column > 0);
    m_moveRight->setEnabled(any &&
                            ((!backlog && column >= 0 && column + 1 < m_board->columns().size()) ||
                             (backlog && sprintOpen)));
    m_moveUp->setEnabled(any);
    m_moveDown->setEnabled(any);
    m_toBacklog->setEnabled(any && !backlog && sprintOpen);
    m_toSprint->setEnabled(any && backlog && sprintOpen);
    m_forecast->setEnabled(any);
    m_delete->setEnabled(any);
}

void CardActions::registerView(CardListView *view, bool backlog)
{
    m_views.append(view);
    if (backlog)
        m_backlog = view;
    connect(view, &CardListView::focused, this, &CardActions::setActive);
    connect(view, &CardListView::editRequested, this,
            [this](CardListView *, qint64 id) { editCard(id); });
    connect(view, &CardListView::quickAddRequested, this, [this](CardListView *v) {
        setActive(v);
        quickAdd();
    });
    connect(view, &CardListView::cardsDropped, this,
            [this](CardListView *, const QList<qint64> &ids) { focusCards(ids); });
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    connect(view->cardModel(), &CardListModel::actionFailed, this, &CardActions::failed);
    connect(view, &QObject::destroyed, this, [this] {
        m_views.removeIf([](const QPointer<CardListView> &v) { return v.isNull(); });
    });
}

void CardActions::setActive(CardListView *view)
{
    if (m_active == view)
        return;
    // One selection at a time on the whole board: actions apply to what is visibly selected.
    if (m_active && m_active->selectionModel())
        m_active->selectionModel()->clearSelection();
    m_active = view;
}

bool CardActions::report(bool ok, const QString &error)
{
    if (!ok)
        emit failed(error);
    return ok;
}

bool CardActions::focusCards(const QList<qint64> &ids)
{
    CardListView *first = nullptr;
    for (const QPointer<CardListView> &v : std::as_const(m_views)) {
        if (!v || !v->isVisibleTo(v->window()))
            continue;
        if (v->selectCards(ids)) {
            if (!first)
                first = v;
        } else if (v->selectionModel()) {
            v->selectionModel()->clearSelection();
        }
    }
    if (!first)
        return false;
    m_active = first;
    first->setFocus(Qt::OtherFocusReason);
    return true;
}

bool CardActions::moveSelection(int columnDelta)
{
    CardListView *v = m_active;
    if (!v || !v->cardModel() || !m_board)
        return false;
    const QList<qint64> ids = v->selectedCardIds();
    if (ids.isEmpty())
        return false;
    if (isBacklog(v))
        return columnDelta > 0 && moveSelectionToSprint();
    const QList<Column> &columns = m_board->columns();
    int index = -1;
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).id == v->cardModel()->columnId())
            index = i;
    const int target = index + columnDelta;
    if (index < 0 || target < 0 || target >= columns.size())
        return false;
    CardListView *cell = m_view->cell(columns.at(target).id, v->cardModel()->laneValue());
    if (!cell || !cell->cardModel()->dropCards(ids, -1))
        return false;
    focusCards(ids);
    emit statusMessage(
        tr("Moved %n card(s) to %1", nullptr, int(ids.size())).arg(columns.at(target).name));
    return true;
}

bool CardActions::reorderSelection(int delta)
{
    CardListView *v = m_active;
    if (!v || !v->cardModel() || delta == 0)
        return false;
    CardListModel *model = v->cardModel();
    const QList<qint64> ids = v->selectedCardIds();
    if (ids.isEmpty())
        return false;
    QList<int> rows;
    for (qint64 id : ids)
        rows.append(model->rowOf(id));
    std::sort(rows.begin(), rows.end());
    const int count = model->rowCount();
    int before = -1;
    if (delta < 0) {
        if (rows.first() <= 0)
            return false;
        before = rows.first() - 1;
    } else {
        if (rows.last() >= count - 1)
            return false;
        before = rows.last() + 2 < count ? rows.last() + 2 : -1;
    }
    if (!model->dropCards(ids, before))
        return false;
    v->selectCards(ids);
    v->setFocus(Qt::OtherFocusReason);
    return true;
}

bool CardActions::moveSelectionToBacklog()
{
    CardListView *v = m_active;
    if (!v || isBacklog(v) || !m_board)
        return false;
    const QList<qint64> ids = v->selectedCardIds();
    if (ids.isEmpty())
        return false;
    const int row = v->cardModel()->rowOf(ids.first());
    if (!report(bool(m_board->moveCards(ids, 0, 0, 0)),
                tr("The cards could not be moved to the backlog")))
        return false;
    emit statusMessage(tr("Moved %n card(s) to the backlog", nullptr, int(ids.size())));
    if (m_backlog && m_backlog->isVisible())
        return focusCards(ids);
    const int count = v->cardModel()->rowCount();
    if (count > 0)
        v->selectCards({v->cardModel()->cardId(qMin(row, count - 1))});
    return true;
}

bool CardActions::moveSelectionToSprint()
{
    CardListView *v = m_backlog;
    if (!v || !m_board)
        return false;
    const QList<qint64> ids = v->selectedCardIds();
    if (ids.isEmpty())
        return false;
    const qint64 sprintId = m_view->sprintId();
    if (!sprintId) {
        emit failed(tr("No sprint is shown on the board to move the cards into"));
        return false;
    }
    Status s = m_board->moveCards(ids, sprintId, m_board->firstColumnId(), 0);
    if (!s) {
        emit failed(s.error());
        return false;
    }
    const Sprint *sprint = m_board->sprint(sprintId);
    emit statusMessage(tr("Moved %n card(s) into %1", nullptr, int(ids.size()))
                           .arg(sprint ? sprint->name : QString()));
    return focusCards(ids);
}

bool CardActions::deleteSelection()
{
    CardListView *v = m_active;
    if (!v || !v->cardModel() || !m_board)
        return false;
    const QList<qint64> ids = v->selectedCardIds();
    if (ids.isEmpty())
        return false;
    const int row = v->cardModel()->rowOf(ids.first());
    const QString what = ids.size() == 1 && m_board->card(ids.first())
                             ? m_board->card(ids.first())->key
                             : tr("%n cards", nullptr, int(ids.size()));
    if (Status s = m_board->deleteCards(ids); !s) {
        emit failed(s.error());
        return false;
    }
    emit statusMessage(tr("Deleted %1. Undo brings it back (Ctrl+Z).").arg(what));
    const int count = v->cardModel()->rowCount();
    if (count > 0) {
        const QModelIndex next = v->cardModel()->index(qMin(row, count - 1));
        v->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    }
    return true;
}

void CardActions::editCard(qint64 cardId)
{
    if (!m_board || !m_board->card(cardId))
        return;
    auto *editor = new CardEditor(m_board, cardId, m_view->window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CardEditor::saved, this, [this](qint64 id) { focusCards({id}); });
    editor->open();
}

void CardActions::newCard()
{
    if (!m_board)
        return;
    Card draft;
    // The focused list decides where the card goes; a list that had the focus once does not
    // (the card would land in whatever column was clicked last).
    CardListView *v =
        m_active && m_view->window()->focusWidget() == m_active.data() ? m_active.data() : nullptr;
    draft.columnId = m_board->firstColumnId();
    // A closed sprint takes no cards: the new card then starts in the backlog.
    draft.sprintId =
        isBacklog(v) || m_board->isClosedSprint(m_view->sprintId()) ? 0 : m_view->sprintId();
    if (v && !isBacklog(v) && v->cardModel()) {
        CardListModel *model = v->cardModel();
        draft.columnId = model->columnId();
        if (model->laneMode() == LaneMode::Priority)
            draft.priority = Priority(model->laneValue());
        else if (model->laneMode() == LaneMode::Assignee)
            draft.assigneeId = model->laneValue();
    }
    auto *editor = new CardEditor(m_board, draft, m_view->window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CardEditor::saved, this, [this](qint64 id) { focusCards({id}); });
    editor->open();
}

void CardActions::quickAdd()
{
    if (!m_board)
        return;
    CardListView *v = m_active;
    if (isBacklog(v)) {
        m_view->startBacklogQuickAdd();
        return;
    }
    if (v && v->cardModel())
        m_view->startQuickAdd(v->cardModel()->columnId(), v->cardModel()->laneValue());
    else
        m_view->startQuickAdd(m_board->firstColumnId(), -1);
}

void CardActions::showContextMenu(CardListView *view, const QPoint &pos)
{
    if (!m_board || !view->cardModel())
        return;
    const QModelIndex index = view->indexAt(pos);
    if (index.isValid() && !view->selectionModel()->isSelected(index))
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    setActive(view);
    const QList<qint64> ids = view->selectedCardIds();
    updateEnabled();

    auto *menu = new QMenu(view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &QMenu::aboutToHide, this, [this] {
        for (QAction *a : {m_quickAdd, m_newCard, m_edit, m_moveLeft, m_moveRight, m_moveUp,
                           m_moveDown, m_toBacklog, m_toSprint, m_delete, m_forecast})
            a->setEnabled(true);
    });
    if (ids.isEmpty()) {
        menu->addAction(m_quickAdd);
        menu->addAction(m_newCard);
        menu->popup(view->viewport()->mapToGlobal(pos));
        return;
    }
    menu->addAction(m_edit);
    menu->addSeparator();
    QPointer<Board> board = m_board;
    auto updateAll = [this, board, ids](const QString &label,
                                        const std::function<void(Card &)> &change) {
        if (!board)
            return;
        QList<Card> edited;
        for (qint64 id : ids) {
            if (const Card *c = board->card(id)) {
                Card e = *c;
                change(e);
                edited.append(e);
            }
        }
        if (Status s = board->updateCards(edited, label); !s)
            emit failed(s.error());
        else
            focusCards(ids);
    };

    if (!isBacklog(view)) {
        QMenu *moveTo = menu->addMenu(tr("Move to Column"));
        for (const Column &c : m_board->columns()) {
            QAction *a = moveTo->addAction(c.name);
            a->setEnabled(c.id != view->cardModel()->columnId());
            const qint64 columnId = c.id;
            const qint64 lane = view->cardModel()->laneValue();
            connect(a, &QAction::triggered, this, [this, columnId, lane, ids] {
                if (CardListView *cell = m_view->cell(columnId, lane);
                    cell && cell->cardModel()->dropCards(ids, -1))
                    focusCards(ids);
            });
        }
        menu->addAction(m_moveUp);
        menu->addAction(m_moveDown);
        menu->addAction(m_toBacklog);
    } else {
        menu->addAction(m_toSprint);
        menu->addAction(m_moveUp);
        menu->addAction(m_moveDown);
    }
    menu->addSeparator();

    const Card *first = m_board->card(ids.first());
    QMenu *priority = menu->addMenu(tr("Priority"));
    for (int p = 1; p <= 4; ++p) {
        QAction *a = priority->addAction(BoardStyle::priorityIcon(p, view->palette()),
                                         BoardStyle::priorityTitle(p));
        a->setCheckable(true);
        a->setChecked(first && int(first->priority) == p);
        connect(a, &QAction::triggered, this, [updateAll, p] {
            updateAll(tr("Set priority %1").arg(p), [p](Card &c) { c.priority = Priority(p); });
        });
    }
    QMenu *assign = menu->addMenu(tr("Assign To"));
    auto addAssignee = [&](qint64 id, const QString &name, const QIcon &icon) {
        QAction *a = assign->addAction(icon, name);
        a->setCheckable(true);
        a->setChecked(first && first->assigneeId == id);
        connect(a, &QAction::triggered, this, [updateAll, id, name] {
            updateAll(tr("Assign to %1").arg(name), [id](Card &c) { c.assigneeId = id; });
        });
    };
    addAssignee(0, tr("Nobody"), BoardStyle::avatarIcon(QString(), QString(), view->palette()));
    for (const Member &m : m_board->members())
        if (m.active)
            addAssignee(m.id, m.name,
                        BoardStyle::avatarIcon(m.name, m.initials(), view->palette()));

    const bool blocked = first && first->blocked;
    if (blocked) {
        menu->addAction(tr("Unblock"), this, [updateAll] {
            updateAll(tr("Unblock"), [](Card &c) {
                c.blocked = false;
                c.blockedReason.clear();
            });
        });
    } else {
        QPointer<CardListView> guard(view);
        menu->addAction(tr("Mark Blocked\u2026"), this, [this, updateAll, guard] {
            bool ok = false;
            const QString reason = QInputDialog::getText(
                m_view->window(), tr("Mark Blocked"), tr("What is blocking the work? (optional)"),
                QLineEdit::Normal, QString(), &ok);
            if (!ok || !guard)
                return;
            updateAll(tr("Mark blocked"), [reason](Card &c) {
                c.blocked = true;
                c.blockedReason = reason.trimmed();
            });
        });
    }
    menu->addSeparator();
    menu->addAction(m_forecast);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->popup(view->viewport()->mapToGlobal(pos));
}

} // namespace SprintDeck

#include "core/models/cardlistmodel.h"
#include "core/board/board.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
// Past this many changed cards a reset is cheaper than row-by-row updates.
constexpr int kResetThreshold = 2000;
} // namespace

CardListModel::CardListModel(Board *board, QObject *parent)
    : QAbstractListModel(parent)
    , m_board(board)
{
    connect(board, &Board::cardsAdded, this, &CardListModel::onCardsAdded);
    connect(board, &Board::cardsRemoved, this, &CardListModel::onCardsRemoved);
    connect(board, &Board::cardsChanged, this, &CardListModel::onCardsChanged);
    connect(board, &Board::aboutToReload, this, [this] { beginResetModel(); });
    connect(board, &Board::reloaded, this, [this] {
        m_rows.clear();
        for (qint64 id : m_board->cardsIn(m_sprintId, listColumnId()))
            if (accepts(*m_board->card(id)))
                m_rows.append(id);
        endResetModel();
    });
    connect(board, &Board::membersChanged, this, [this] {
        if (m_laneMode == LaneMode::Assignee || !m_filter.text.isEmpty()) {
            rebuild();
        } else if (!m_rows.isEmpty()) {
            emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                             {AssigneeNameRole, AssigneeInitialsRole, Qt::ToolTipRole});
        }
    });
    connect(board, &Board::columnsChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {IsDoneRole});
    });
}

void CardListModel::setList(qint64 sprintId, qint64 columnId)
{
    m_sprintId = sprintId;
    m_columnId = columnId;
    rebuild();
}

void CardListModel::setLane(LaneMode mode, qint64 value)
{
    m_laneMode = mode;
    m_laneValue = value;
    rebuild();
}

void CardListModel::setFilter(const CardFilter &filter)
{
    if (filter == m_filter)
        return;
    CardMatcher next(filter);
    const bool narrowing = next.narrows(m_matcher);
    m_filter = filter;
    m_matcher = next;
    if (!narrowing) {
        rebuild();
        return;
    }
    // Typing on only hides cards: test just the ones shown, without a reset.
    QList<qint64> kept;
    kept.reserve(m_rows.size());
    for (qint64 id : std::as_const(m_rows))
        if (listedCardAccepted(id))
            kept.append(id);
    if (kept.size() == m_rows.size())
        return;
    beginResetModel();
    m_rows = std::move(kept);
    endResetModel();
}

void CardListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_board) {
        const QList<qint64> &list = m_board->cardsIn(m_sprintId, listColumnId());
        m_rows.reserve(list.size());
        for (qint64 id : list)
            if (listedCardAccepted(id))
                m_rows.append(id);
    }
    endResetModel();
}

bool CardListModel::inLane(const Card &card) const
{
    switch (m_laneMode) {
    case LaneMode::None:
        return true;
    case LaneMode::Priority:
        return int(card.priority) == m_laneValue;
    case LaneMode::Assignee:
        return card.assigneeId == m_laneValue;
    }
    return true;
}

bool CardListModel::listedCardAccepted(qint64 id) const
{
    // Without lanes and chips only the words decide: the card's fields are not read.
    if (m_laneMode == LaneMode::None && m_matcher.textOnly())
        return m_matcher.matchesText(*m_board, id);
    const Card *c = m_board->card(id);
    return c && inLane(*c) && m_matcher(*m_board, *c);
}

bool CardListModel::inList(const Card &card) const
{
    return card.sprintId == m_sprintId && (!m_sprintId || card.columnId == m_columnId);
}

bool CardListModel::accepts(const Card &card) const
{
    return inList(card) && inLane(card) && m_matcher(*m_board, card);
}

int CardListModel::sortedRow(qint64 id) const
{
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                               [this](qint64 a, qint64 b) { return m_board->lessInList(a, b); });
    return int(it - m_rows.cbegin());
}

double CardListModel::totalPoints() const
{
    double sum = 0;
    // While a removal is announced the leaving card's row is still here but the card is gone
    // from the board (deleted, or its addition undone): it no longer counts.
    for (qint64 id : m_rows)
        if (const Card *c = m_board->card(id))
            sum += c->points.value_or(0.0);
    return sum;
}

void CardListModel::onCardsAdded(const QList<qint64> &ids)
{
    if (ids.size() > kResetThreshold) {
        rebuild();
        return;
    }
    for (qint64 id : ids) {
        const Card *c = m_board->card(id);
        if (!c || !accepts(*c))
            continue;
        const int row = sortedRow(id);
        beginInsertRows({}, row, row);
        m_rows.insert(row, id);
        endInsertRows();
    }
}

void CardListModel::onCardsRemoved(const QList<Card> &last)
{
    if (last.size() > kResetThreshold) {
        rebuild();
        return;
    }
    for (const Card &c : last) {
        const int row = rowOf(c.id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void CardListModel::onCardsChanged(const QList<Card> &before)
{
    // Every cell hears every change: one that neither leaves nor enters this list is not ours.
    const bool ours = std::any_of(before.cbegin(), before.cend(), [this](const Card &b) {
        if (inList(b))
            return true;
        const Card *c = m_board->card(b.id);
        return c && inList(*c);
    });
    if (!ours)
        return;
    if (before.size() > kResetThreshold) {
        rebuild();
        return;
    }
    if (before.size() == 1) {
        // The common case (one card moved or edited): a precise move or dataChanged.
        const qint64 id = before.first().id;
        const Card *c = m_board->card(id);
        const int oldRow = rowOf(id);
        const bool keep = c && accepts(*c);
        if (oldRow >= 0 && keep) {
            m_rows.removeAt(oldRow);
            const int newRow = sortedRow(id);
            m_rows.insert(oldRow, id);
            if (newRow == oldRow) {
                emit dataChanged(index(oldRow), index(oldRow));
            } else {
                beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
                m_rows.move(oldRow, newRow);
                endMoveRows();
            }
            return;
        }
    }
    // Several cards: take the changed ones out, then put back those that belong here.
    // What stays is untouched, so it remains in board order.
    QList<qint64> changed;
    for (const Card &b : before)
        changed.append(b.id);
    for (qint64 id : std::as_const(changed)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    std::sort(changed.begin(), changed.end(),
              [this](qint64 a, qint64 b) { return m_board->lessInList(a, b); });
    for (qint64 id : std::as_const(changed)) {
        const Card *c = m_board->card(id);
        if (!c || !accepts(*c))
            continue;
        const int row = sortedRow(id);
        beginInsertRows({}, row, row);
        m_rows.insert(row, id);
        endInsertRows();
    }
}

int CardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Card *c = m_board->card(m_rows.at(index.row()));
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 %2"_s.arg(c->key, c->title);
    case Qt::ToolTipRole: {
        QString tip = u"<b>%1</b> %2"_s.arg(c->key, c->title.toHtmlEscaped());
        if (c->points)
            tip += u"<br>"_s + formatPointsWithUnit(*c->points);
        if (const Member *m = m_board->member(c->assigneeId))
            tip += u"<br>"_s + tr("Assigned to %1").arg(m->name.toHtmlEscaped());
        if (c->blocked)
            tip += u"<br>"_s + tr("Blocked: %1").arg(c->blockedReason.toHtmlEscaped());
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, %2, priority %3").arg(c->key, c->title, priorityName(c->priority));
        if (c->points)
            text += u", "_s + formatPointsWithUnit(*c->points);
        if (c->blocked)
            text += u", "_s + tr("blocked");
        return text;
    }
    case CardIdRole:
        return c->id;
    case KeyRole:
        return c->key;
    case TitleRole:
        return c->title;
    case DescriptionRole:
        return c->description;
    case PointsRole:
        return c->points ? QVariant(*c->points) : QVariant();
    case PriorityRole:
        return int(c->priority);
    case TypeRole:
        return int(c->type);
    case AssigneeIdRole:
        return c->assigneeId;
    case AssigneeNameRole:
        if (const Member *m = m_board->member(c->assigneeId))
            return m->name;
        return QString();
    case AssigneeInitialsRole:
        if (const Member *m = m_board->member(c->assigneeId))
            return m->initials();
        return QString();
    case LabelsRole:
        return c->labels;
    case BlockedRole:
        return c->blocked;
    case BlockedReasonRole:
        return c->blockedReason;
    case ColumnIdRole:
        return c->columnId;
    case SprintIdRole:
        return c->sprintId;
    case ChecklistDoneRole:
        return int(std::count_if(c->checklist.cbegin(), c->checklist.cend(),
                                 [](const ChecklistItem &i) { return i.done; }));
    case ChecklistTotalRole:
        return int(c->checklist.size());
    case IsDoneRole:
        return c->sprintId != 0 && m_board->isDoneColumn(c->columnId);
    default:
        return {};
    }
}

Qt::ItemFlags CardListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CardListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{CardIdRole, "cardId"},
                  {KeyRole, "key"},
                  {TitleRole, "title"},
                  {DescriptionRole, "description"},
                  {PointsRole, "points"},
                  {PriorityRole, "priority"},
                  {TypeRole, "type"},
                  {AssigneeIdRole, "assigneeId"},
                  {AssigneeNameRole, "assignee"},
                  {AssigneeInitialsRole, "initials"},
                  {LabelsRole, "labels"},
                  {BlockedRole, "blocked"},
                  {BlockedReasonRole, "blockedReason"},
                  {ColumnIdRole, "columnId"},
                  {SprintIdRole, "sprintId"},
                  {ChecklistDoneRole, "checklistDone"},
                  {ChecklistTotalRole, "checklistTotal"},
                  {IsDoneRole, "isDone"}});
    return names;
}

QStringList CardListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *CardListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QStringList keys;
    for (const QModelIndex &i : indexes) {
        const qint64 id = cardId(i.row());
        if (id && !ids.contains(id)) {
            ids.append(id);
            keys.append(m_board->card(id)->key);
        }
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << m_board->path() << ids;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), encoded);
    mime->setText(keys.join(u' '));
    return mime;
}

QList<qint64> CardListModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return ids;
    QByteArray encoded = data->data(QString::fromLatin1(kMimeType));
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    QString path;
    stream >> path >> ids;
    return ids;
}

Qt::DropActions CardListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CardListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool CardListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return false;
    QByteArray encoded = data->data(QString::fromLatin1(kMimeType));
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    QString path;
    QList<qint64> ids;
    stream >> path >> ids;
    if (path != m_board->path()) // cards move only within their own board
        return false;
    // A closed sprint takes no cards and gives none: no drop target for such a move.
    for (qint64 id : std::as_const(ids))
        if (const Card *c = m_board->card(id))
            if (!m_board->checkSprintMembership(c->key, c->sprintId, m_sprintId))
                return false;
    return true;
}

bool CardListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (parent.isValid())
        row = parent.row(); // dropped onto a card: insert before it
    dropCards(idsFromMime(data), row);
    // The Board's signals update every model; the view must not remove rows itself.
    return false;
}

bool CardListModel::dropCards(const QList<qint64> &ids, int row)
{
    if (ids.isEmpty())
        return false;
    const qint64 beforeId = row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
    QList<Card> laneEdits;
    if (m_laneMode != LaneMode::None) {
        for (qint64 id : ids) {
            const Card *c = m_board->card(id);
            if (!c || inLane(*c))
                continue;
            Card edited = *c;
            if (m_laneMode == LaneMode::Priority)
                edited.priority = Priority(m_laneValue);
            else
                edited.assigneeId = m_laneValue;
            laneEdits.append(edited);
        }
    }
    QUndoStack *stack = m_board->undoStack();
    const bool macro = !laneEdits.isEmpty();
    if (macro)
        stack->beginMacro(tr("Move %n card(s)", nullptr, int(ids.size())));
    Status s = m_board->moveCards(ids, m_sprintId, listColumnId(), beforeId);
    if (s && macro) {
        // Lane fields are edited on the moved cards' current state.
        QList<Card> current;
        for (const Card &e : std::as_const(laneEdits)) {
            Card c = *m_board->card(e.id);
            c.priority = e.priority;
            c.assigneeId = e.assigneeId;
            current.append(c);
        }
        s = m_board->updateCards(current, tr("Change lane"));
    }
    if (macro)
        stack->endMacro();
    if (!s) {
        emit actionFailed(s.error());
        return false;
    }
    return true;
}

} // namespace SprintDeck

#include "core/models/columnmodel.h"
#include "core/board/board.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

ColumnModel::ColumnModel(Board *board, QObject *parent)
    : QAbstractListModel(parent)
    , m_board(board)
{
    connect(board, &Board::columnsChanged, this, [this] {
        beginResetModel();
        recount();
        endResetModel();
    });
    connect(board, &Board::aboutToReload, this, [this] { beginResetModel(); });
    connect(board, &Board::reloaded, this, [this] {
        recount();
        endResetModel();
    });
    connect(board, &Board::cardsChanged, this, &ColumnModel::onCardsChanged);
    connect(board, &Board::cardsAdded, this, [this](const QList<qint64> &ids) {
        QList<qint64> columns;
        for (qint64 id : ids)
            if (const Card *c = m_board->card(id))
                account(*c, +1, columns);
        emitChanged(columns);
    });
    connect(board, &Board::cardsRemoved, this, [this](const QList<Card> &last) {
        QList<qint64> columns;
        for (const Card &c : last)
            account(c, -1, columns);
        emitChanged(columns);
    });
    recount();
}

void ColumnModel::setSprint(qint64 sprintId)
{
    if (sprintId == m_sprintId)
        return;
    m_sprintId = sprintId;
    recount();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

qint64 ColumnModel::columnId(int row) const
{
    return row >= 0 && row < m_board->columns().size() ? m_board->columns().at(row).id : 0;
}

int ColumnModel::rowOf(qint64 columnId) const
{
    const QList<Column> &columns = m_board->columns();
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).id == columnId)
            return i;
    return -1;
}

void ColumnModel::Sums::add(const Card &card, int sign)
{
    count += sign;
    milliPoints += sign * qint64(std::llround(card.points.value_or(0.0) * 1000.0));
    blocked += card.blocked ? sign : 0;
}

ColumnModel::Totals ColumnModel::totals(qint64 columnId) const
{
    const Sums s = m_totals.value(columnId);
    return {s.count, double(s.milliPoints) / 1000.0, s.blocked};
}

ColumnModel::Sums ColumnModel::countColumn(qint64 columnId) const
{
    Sums t;
    if (!m_sprintId)
        return t;
    for (qint64 id : m_board->cardsIn(m_sprintId, columnId))
        t.add(*m_board->card(id), +1);
    return t;
}

void ColumnModel::recount()
{
    m_totals.clear();
    for (const Column &c : m_board->columns())
        m_totals.insert(c.id, countColumn(c.id));
}

void ColumnModel::account(const Card &card, int sign, QList<qint64> &columns)
{
    if (!m_sprintId || card.sprintId != m_sprintId)
        return;
    m_totals[card.columnId].add(card, sign);
    if (!columns.contains(card.columnId))
        columns.append(card.columnId);
}

void ColumnModel::emitChanged(const QList<qint64> &columnIds)
{
    for (qint64 columnId : columnIds) {
        const int row = rowOf(columnId);
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    }
}

void ColumnModel::onCardsChanged(const QList<Card> &before)
{
    if (!m_sprintId)
        return;
    // A change takes the card's old state out of the totals and puts the new one in: a move
    // costs the same in a column of 20 cards or of 20,000.
    QList<qint64> columns;
    for (const Card &b : before) {
        account(b, -1, columns);
        if (const Card *c = m_board->card(b.id))
            account(*c, +1, columns);
    }
    emitChanged(columns);
}

int ColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_board ? 0 : int(m_board->columns().size());
}

QVariant ColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &c = m_board->columns().at(index.row());
    const Totals totals = this->totals(c.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ColumnNameRole:
        return c.name;
    case Qt::ToolTipRole:
        if (c.wipLimit > 0)
            return tr("%1: %n card(s), WIP limit %2", nullptr, totals.count)
                .arg(c.name)
                .arg(c.wipLimit);
        return tr("%1: %n card(s)", nullptr, totals.count).arg(c.name);
    case ColumnKeyRole:
        return c.id;
    case ColumnDoneRole:
        return c.done;
    case WipLimitRole:
        return c.wipLimit;
    case CardCountRole:
        return totals.count;
    case ColumnPointsRole:
        return totals.points;
    case OverWipRole:
        return c.wipLimit > 0 && totals.count > c.wipLimit;
    default:
        return {};
    }
}

bool ColumnModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Column c = m_board->columns().at(index.row());
    switch (role) {
    case Qt::EditRole:
    case ColumnNameRole:
        c.name = value.toString();
        break;
    case ColumnDoneRole:
        c.done = value.toBool();
        break;
    case WipLimitRole:
        c.wipLimit = value.toInt();
        break;
    default:
        return false;
    }
    return bool(m_board->updateColumn(c));
}

Qt::ItemFlags ColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ColumnKeyRole, "columnId"},
                  {ColumnNameRole, "name"},
                  {ColumnDoneRole, "done"},
                  {WipLimitRole, "wipLimit"},
                  {CardCountRole, "count"},
                  {ColumnPointsRole, "points"},
                  {OverWipRole, "overWip"}});
    return names;
}

} // namespace SprintDeck

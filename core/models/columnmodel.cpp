#include "models/columnmodel.h"
#include "board/board.h"

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
            if (const Card *c = m_board->card(id);
                c && c->sprintId == m_sprintId && !columns.contains(c->columnId))
                columns.append(c->columnId);
        recountColumns(columns);
    });
    connect(board, &Board::cardsRemoved, this, [this](const QList<Card> &last) {
        QList<qint64> columns;
        for (const Card &c : last)
            if (c.sprintId == m_sprintId && !columns.contains(c.columnId))
                columns.append(c.columnId);
        recountColumns(columns);
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

ColumnModel::Totals ColumnModel::countColumn(qint64 columnId) const
{
    Totals t;
    if (!m_sprintId)
        return t;
    const QList<qint64> &ids = m_board->cardsIn(m_sprintId, columnId);
    t.count = int(ids.size());
    for (qint64 id : ids) {
        const Card *c = m_board->card(id);
        t.points += c->points.value_or(0.0);
        if (c->blocked)
            ++t.blocked;
    }
    return t;
}

void ColumnModel::recount()
{
    m_totals.clear();
    for (const Column &c : m_board->columns())
        m_totals.insert(c.id, countColumn(c.id));
}

void ColumnModel::recountColumns(const QList<qint64> &columnIds)
{
    for (qint64 columnId : columnIds) {
        m_totals.insert(columnId, countColumn(columnId));
        const int row = rowOf(columnId);
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    }
}

void ColumnModel::onCardsChanged(const QList<Card> &before)
{
    if (!m_sprintId)
        return;
    QList<qint64> columns;
    auto note = [&](qint64 sprintId, qint64 columnId) {
        if (sprintId == m_sprintId && !columns.contains(columnId))
            columns.append(columnId);
    };
    for (const Card &b : before) {
        note(b.sprintId, b.columnId);
        if (const Card *c = m_board->card(b.id))
            note(c->sprintId, c->columnId);
    }
    recountColumns(columns);
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
    const auto totals = m_totals.value(c.id);
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

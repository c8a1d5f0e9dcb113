#pragma once

#include <Qt>

namespace SprintDeck {

/** Item data roles of the card models; colours and icons are chosen by the views. */
enum CardRole
{
    CardIdRole = Qt::UserRole + 1,
    KeyRole,
    TitleRole,
    DescriptionRole,
    PointsRole,     ///< double, invalid when not estimated
    PriorityRole,   ///< int 1..4
    TypeRole,       ///< int (CardType)
    AssigneeIdRole, ///< qint64, 0 unassigned
    AssigneeNameRole,
    AssigneeInitialsRole,
    LabelsRole,  ///< QStringList
    BlockedRole, ///< bool
    BlockedReasonRole,
    ColumnIdRole,
    SprintIdRole,
    ChecklistDoneRole,
    ChecklistTotalRole,
    IsDoneRole, ///< in a done column
};

/** Item data roles of the column model. */
enum ColumnRole
{
    ColumnKeyRole = Qt::UserRole + 100,
    ColumnNameRole,
    ColumnDoneRole,
    WipLimitRole,
    CardCountRole,
    ColumnPointsRole,
    OverWipRole,
};

/** How the board splits columns into horizontal lanes. */
enum class LaneMode
{
    None,
    Priority,
    Assignee
};

} // namespace SprintDeck

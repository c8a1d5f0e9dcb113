#pragma once

#include "core/analytics/sprintseries.h"

namespace SprintDeck {

/**
 * Cumulative flow: cards (or points) per column at the end of each local day
 * that has begun. Cards in a column that no longer exists are left out.
 */
struct CumulativeFlow
{
    ChartUnit unit = ChartUnit::Points;
    QList<Column> columns; ///< board order (the chart stacks them bottom-up from the last)
    QList<QDate> dates;
    QList<QList<double>> values; ///< values[day][column]

    bool operator==(const CumulativeFlow &) const = default;
};

/** The cumulative flow view of a series. */
CumulativeFlow cumulativeFlow(const SprintSeries &series, ChartUnit unit);

} // namespace SprintDeck

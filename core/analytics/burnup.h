#pragma once

#include "core/analytics/sprintseries.h"

namespace SprintDeck {

/** One day of a burnup chart, at the end of the local day. */
struct BurnupPoint
{
    QDate date;
    bool workingDay = false;
    std::optional<double> scope;     ///< total scope; none for days that have not begun
    std::optional<double> completed; ///< in a done column
    double ideal = 0; ///< ideal completed: committed minus the burndown's ideal remaining

    bool operator==(const BurnupPoint &) const = default;
};

/** A sprint's burnup in one unit: total scope line and completed line; starts at the start values.
 */
struct Burnup
{
    ChartUnit unit = ChartUnit::Points;
    QString sprintName;
    double committed = 0;
    std::optional<double> completedAtStart; ///< none before the start
    QList<BurnupPoint> days;
    QList<ScopeChange> scopeChanges;

    bool operator==(const Burnup &) const = default;
};

/** The burnup view of a series. */
Burnup burnup(const SprintSeries &series, ChartUnit unit);

} // namespace SprintDeck

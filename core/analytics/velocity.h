#pragma once

#include "core/analytics/sprintseries.h"

namespace SprintDeck {

/** Committed and completed work of one sprint, in both units. */
struct VelocityEntry
{
    qint64 sprintId = 0;
    QString name;
    QDate start, end;
    Amount committed; ///< scope at the start
    Amount completed; ///< done at the close (or now, for a sprint that is still open)

    bool operator==(const VelocityEntry &) const = default;
};

/** The velocity chart in one unit: committed vs completed per sprint, oldest first, and averages.
 */
struct Velocity
{
    struct Row
    {
        qint64 sprintId = 0;
        QString name;
        QDate start, end;
        double committed = 0;
        double completed = 0;
        bool operator==(const Row &) const = default;
    };
    ChartUnit unit = ChartUnit::Points;
    QList<Row> rows;
    double averageCommitted = 0; ///< 0 without rows
    double averageCompleted = 0; ///< the velocity

    bool operator==(const Velocity &) const = default;
};

/** Committed and completed of a sprint from its series. */
VelocityEntry velocityEntry(const SprintSeries &series);

/**
 * Velocity over the last `lastN` sprints of `entries` (by end date, then
 * start; the caller passes closed sprints), with the averages.
 */
Velocity computeVelocity(QList<VelocityEntry> entries, ChartUnit unit, int lastN = 6);

} // namespace SprintDeck

#pragma once

#include "core/analytics/sprintseries.h"
#include "core/domain/card.h"

namespace SprintDeck {

/** One row of the progress table: `Priority | Story Points | Completed | Remaining`. */
struct PriorityProgressRow
{
    std::optional<Priority> priority; ///< none for the total row
    double total = 0;
    double completed = 0;
    double remaining = 0;

    bool operator==(const PriorityProgressRow &) const = default;
};

/** Progress by priority at the end of a day: one row per priority that has cards, and a total. */
struct PriorityProgress
{
    ChartUnit unit = ChartUnit::Points;
    QDate date; ///< the day evaluated; invalid when the series has no day with data
    QList<PriorityProgressRow> rows; ///< P1 first
    PriorityProgressRow total;
    /** completed / total in percent, rounded down; 0 for an empty sprint. */
    int percentComplete() const;

    bool operator==(const PriorityProgress &) const = default;
};

/**
 * Progress by priority at the end of `day` (invalid: the last day with data,
 * i.e. now while the sprint runs, or its close). A day without data gives
 * empty rows and a zero total.
 */
PriorityProgress progressByPriority(const SprintSeries &series, ChartUnit unit, QDate day = {});
/** Progress by priority of a sprint's numbers (empty before it started), dated `date`. */
PriorityProgress progressByPriority(const SprintNumbers &numbers, ChartUnit unit, QDate date);
/** The table of per-priority amounts, dated `date`. */
PriorityProgress progressByPriority(const std::array<PriorityAmount, 4> &priorities, ChartUnit unit,
                                    QDate date);

} // namespace SprintDeck

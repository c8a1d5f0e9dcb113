#include "core/analytics/priorityprogress.h"

#include <cmath>

namespace SprintDeck {

int PriorityProgress::percentComplete() const
{
    if (total.total <= 0)
        return 0;
    return int(std::floor(total.completed * 100.0 / total.total + 1e-9));
}

PriorityProgress progressByPriority(const SprintSeries &series, ChartUnit unit, QDate date)
{
    const SprintDay *day = &series.atCutoff; // now, or the close
    if (date.isValid() && date < series.atCutoff.date) {
        const int i = series.dayIndex(date);
        day = i >= 0 ? &series.days.at(i) : nullptr;
    }
    if (!day || !day->hasData) {
        PriorityProgress progress;
        progress.unit = unit;
        return progress;
    }
    return progressByPriority(day->priorities, unit, day->date);
}

PriorityProgress progressByPriority(const SprintNumbers &numbers, ChartUnit unit, QDate date)
{
    if (!numbers.started) {
        PriorityProgress progress;
        progress.unit = unit;
        return progress;
    }
    return progressByPriority(numbers.priorities, unit, date);
}

PriorityProgress progressByPriority(const std::array<PriorityAmount, 4> &priorities, ChartUnit unit,
                                    QDate date)
{
    PriorityProgress progress;
    progress.unit = unit;
    progress.date = date;
    for (int p = 0; p < 4; ++p) {
        const PriorityAmount &amount = priorities.at(size_t(p));
        if (amount.total.cards <= 0)
            continue;
        PriorityProgressRow row;
        row.priority = Priority(p + 1);
        row.total = amount.total.in(unit);
        row.completed = amount.done.in(unit);
        row.remaining = row.total - row.completed;
        progress.rows.append(row);
        progress.total.total += row.total;
        progress.total.completed += row.completed;
        progress.total.remaining += row.remaining;
    }
    return progress;
}

} // namespace SprintDeck

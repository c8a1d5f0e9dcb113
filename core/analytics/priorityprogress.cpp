#include "analytics/priorityprogress.h"

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
    PriorityProgress progress;
    progress.unit = unit;
    const SprintDay *day = nullptr;
    if (date.isValid()) {
        const int i = series.dayIndex(date);
        if (i >= 0 && series.days.at(i).hasData)
            day = &series.days.at(i);
        else if (const SprintDay *last = series.lastDayWithData(); last && date > last->date)
            day = last; // after the close (or in the future): the latest state
    } else {
        day = series.lastDayWithData();
    }
    if (!day)
        return progress;
    progress.date = day->date;
    for (int p = 0; p < 4; ++p) {
        const PriorityAmount &amount = day->priorities.at(size_t(p));
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

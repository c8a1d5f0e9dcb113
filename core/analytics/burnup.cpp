#include "core/analytics/burnup.h"

namespace SprintDeck {

Burnup burnup(const SprintSeries &series, ChartUnit unit)
{
    Burnup b;
    b.unit = unit;
    b.sprintName = series.sprint.name;
    b.committed = series.committed.in(unit);
    for (const ScopeChange &change : series.scopeChanges)
        if (change.delta.in(unit) != 0)
            b.scopeChanges.append(change);
    if (series.started)
        b.completedAtStart = series.doneAtStart.in(unit);
    b.days.reserve(series.days.size());
    for (const SprintDay &day : series.days) {
        BurnupPoint p;
        p.date = day.date;
        p.workingDay = day.workingDay;
        p.ideal = b.committed - day.ideal.in(unit);
        if (day.hasData) {
            p.scope = day.scope.in(unit);
            p.completed = day.done.in(unit);
        }
        b.days.append(p);
    }
    return b;
}

} // namespace SprintDeck

#include "core/analytics/velocity.h"

#include <algorithm>

namespace SprintDeck {

VelocityEntry velocityEntry(const SprintSeries &series)
{
    VelocityEntry e;
    e.sprintId = series.sprint.id;
    e.name = series.sprint.name;
    e.start = series.sprint.start;
    e.end = series.sprint.end;
    const SprintNumbers n = series.numbers();
    e.committed = n.committed;
    e.completed = n.completed;
    return e;
}

Velocity computeVelocity(QList<VelocityEntry> entries, ChartUnit unit, int lastN)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const VelocityEntry &a, const VelocityEntry &b) {
                         return a.end != b.end ? a.end < b.end : a.start < b.start;
                     });
    if (lastN > 0 && entries.size() > lastN)
        entries = entries.mid(entries.size() - lastN);
    Velocity v;
    v.unit = unit;
    for (const VelocityEntry &e : std::as_const(entries)) {
        v.rows.append(
            {e.sprintId, e.name, e.start, e.end, e.committed.in(unit), e.completed.in(unit)});
        v.averageCommitted += e.committed.in(unit);
        v.averageCompleted += e.completed.in(unit);
    }
    if (!v.rows.isEmpty()) {
        v.averageCommitted /= v.rows.size();
        v.averageCompleted /= v.rows.size();
    }
    return v;
}

} // namespace SprintDeck

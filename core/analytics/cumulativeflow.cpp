#include "core/analytics/cumulativeflow.h"

namespace SprintDeck {

CumulativeFlow cumulativeFlow(const SprintSeries &series, ChartUnit unit)
{
    CumulativeFlow flow;
    flow.unit = unit;
    flow.columns = series.columns;
    for (const SprintDay &day : series.days) {
        if (!day.hasData)
            continue;
        flow.dates.append(day.date);
        QList<double> values;
        values.reserve(series.columns.size());
        for (int c = 0; c < series.columns.size(); ++c)
            values.append(c < day.columns.size() ? day.columns.at(c).in(unit) : 0.0);
        flow.values.append(values);
    }
    return flow;
}

} // namespace SprintDeck

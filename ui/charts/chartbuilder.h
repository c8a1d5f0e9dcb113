#pragma once

#include "core/analytics/analytics.h"

#include <QDateTime>

class QChart;

namespace SprintDeck::ChartBuilder {

// Each function rebuilds a chart from the series the core computed (ui only draws them).
// Series carry object names, so tests and exports can find them: "ideal", "remaining",
// "scope", "scopeChanges", "today", "forecast", "nonWorking", "completed", "committed",
// "average", "flow:<column name>".

/**
 * Burndown: ideal (flat over non-working days, which are shaded), remaining, the total
 * scope as a step line with a marker per day of scope changes (the tooltip names the
 * cards), the today line and the forecast.
 */
void burndown(QChart *chart, const Burndown &data, const QTimeZone &zone);
/** Burnup: total scope (steps) and completed, with the ideal completed line. */
void burnup(QChart *chart, const Burnup &data, const Burndown &marks, const QTimeZone &zone);
/** Velocity: committed and completed bars per sprint, the average completed as a line. */
void velocity(QChart *chart, const Velocity &data);
/** Cumulative flow: stacked areas per column, done at the bottom; before the sprint starts
 * there are no days to stack, and the title says so. */
void cumulativeFlow(QChart *chart, const CumulativeFlow &data);

/** Points with two decimals at most: "3", "2.5", "6.67". */
QString number(double value);
/** "points" or "cards", translated. */
QString unitText(ChartUnit unit);

} // namespace SprintDeck::ChartBuilder

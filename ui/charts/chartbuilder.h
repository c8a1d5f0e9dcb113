#pragma once

#include "core/analytics/analytics.h"
#include "core/analytics/flow.h"
#include "core/analytics/forecast.h"

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

// Flow charts (series names: "cycleTimes", "pastP85", "p50", "p70", "p85", "p95", "throughput",
// "average", "aging", "forecast").

/** Cycle-time scatter: each finished card at its done day and cycle time, with the 50/70/85/95th
 * percentile lines over from..to. */
void cycleTimeScatter(QChart *chart, const CycleTimes &times, QDate from, QDate to);
/** Throughput run chart: cards or points finished each day (or each week, at the week's
 * middle), days off shaded, the average a working day (or a week) as a line. */
void throughputRun(QChart *chart, const Throughput &throughput, ChartUnit unit,
                   bool weekly = false);
/** Ageing work: each card in progress at its column and age, against the percentile lines;
 * cards older than the 85th percentile stand out. `columns`: the board's, in order. */
void agingWork(QChart *chart, const AgingWork &aging, const QList<Column> &columns);
/** Forecast histogram: how many trials finish on each day, with the 50/85/95 % days marked;
 * `reason` is shown instead when there is no forecast. */
void forecastHistogram(QChart *chart, const WhenForecast &when, QDate firstDay,
                       const QString &reason);

/** Points with two decimals at most: "3", "2.5", "6.67". */
QString number(double value);
/** "points" or "cards", translated. */
QString unitText(ChartUnit unit);

} // namespace SprintDeck::ChartBuilder

#pragma once

/**
 * Sprint analytics: pure functions from a sprint, its cards' events, the
 * board's columns, "now" and a time zone to the series the charts draw.
 *
 *   SprintSeries s = computeSprintSeries({sprint, events, columns, now});
 *   Burndown b = burndown(s, ChartUnit::Points);     // ideal, remaining, scope changes, forecast
 *   Burnup u = burnup(s, ChartUnit::Points);         // scope and completed
 *   CumulativeFlow f = cumulativeFlow(s, ChartUnit::Cards);
 *   PriorityProgress p = progressByPriority(s, ChartUnit::Points, day);
 *   Velocity v = computeVelocity({velocityEntry(s1), …}, ChartUnit::Points, 6);
 *
 * With a Board, use SprintAnalytics (board/sprintanalytics.h): it reads the
 * events, caches them, and serves the frozen report of a closed sprint.
 */

#include "core/analytics/burndown.h"
#include "core/analytics/burnup.h"
#include "core/analytics/cumulativeflow.h"
#include "core/analytics/priorityprogress.h"
#include "core/analytics/reportjson.h"
#include "core/analytics/sprintseries.h"
#include "core/analytics/velocity.h"

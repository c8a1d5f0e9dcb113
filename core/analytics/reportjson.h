#pragma once

#include "core/analytics/sprintseries.h"
#include "core/util/result.h"

#include <QJsonObject>

namespace SprintDeck {

/**
 * The frozen report of a closed sprint: the complete series as JSON (both
 * units, every day, scope changes with their cards, the columns and the
 * sprint's calendar as they were), so a closed sprint's charts never change.
 */
QJsonObject sprintSeriesToJson(const SprintSeries &series);
/** Reads a report written by sprintSeriesToJson(); the result has `frozen` set. */
Result<SprintSeries> sprintSeriesFromJson(const QJsonObject &json);

} // namespace SprintDeck

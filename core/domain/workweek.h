#pragma once

#include "domain/sprint.h"

#include <QList>

namespace SprintDeck {

/**
 * Lists the holidays and extra workdays of `sprint` (between its start and end)
 * so that exactly the days of the week in `weekdays` (1 = Monday … 7 = Sunday)
 * are worked: the calendar of a team that does not work Monday to Friday, in
 * the sprint's terms (weekdays off are holidays, weekend days on are extra workdays).
 */
void setWorkingWeekdays(Sprint &sprint, const QList<int> &weekdays);

} // namespace SprintDeck

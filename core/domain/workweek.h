#pragma once

#include "core/domain/sprint.h"

#include <QList>

namespace SprintDeck {

/**
 * Lists the holidays and extra workdays of `sprint` (between its start and end)
 * so that exactly the days of the week in `weekdays` (1 = Monday … 7 = Sunday)
 * are worked: the calendar of a team that does not work Monday to Friday, in
 * the sprint's terms (weekdays off are holidays, weekend days on are extra workdays).
 */
void setWorkingWeekdays(Sprint &sprint, const QList<int> &weekdays);

/** The day `n` weekdays (Monday to Friday) after `day`; before it for a negative `n`. */
QDate addWeekdays(QDate day, int n);

/** `from`, or the first day after it that is one of `weekdays` (`from` when none is). */
QDate nextWorkingDay(QDate from, const QList<int> &weekdays);

/**
 * The last day of a sprint of `weeks` working weeks that starts on `start`: the day of its
 * (weeks × working days a week)-th working day, counting `start` when it is worked; ten
 * working days for two weeks of Monday to Friday. Always a working day.
 */
QDate workingWeeksEnd(QDate start, const QList<int> &weekdays, int weeks = 2);

} // namespace SprintDeck

#include "domain/workweek.h"

namespace SprintDeck {

void setWorkingWeekdays(Sprint &sprint, const QList<int> &weekdays)
{
    sprint.holidays.clear();
    sprint.extraWorkdays.clear();
    for (QDate d = sprint.start; d.isValid() && d <= sprint.end; d = d.addDays(1)) {
        const bool weekend = d.dayOfWeek() >= 6;
        const bool worked = weekdays.contains(d.dayOfWeek());
        if (weekend && worked)
            sprint.extraWorkdays.append(d);
        else if (!weekend && !worked)
            sprint.holidays.append(d);
    }
}

} // namespace SprintDeck

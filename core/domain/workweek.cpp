#include "core/domain/workweek.h"

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

QDate nextWorkingDay(QDate from, const QList<int> &weekdays)
{
    QDate d = from;
    for (int i = 0; i < 7 && !weekdays.contains(d.dayOfWeek()); ++i)
        d = d.addDays(1);
    return weekdays.contains(d.dayOfWeek()) ? d : from;
}

QDate addWeekdays(QDate day, int n)
{
    const int step = n < 0 ? -1 : 1;
    while (n != 0) {
        day = day.addDays(step);
        if (day.dayOfWeek() < 6)
            n -= step;
    }
    return day;
}

QDate workingWeeksEnd(QDate start, const QList<int> &weekdays, int weeks)
{
    if (weekdays.isEmpty())
        return start.addDays(7 * weeks - 1);
    const int wanted = weeks * int(weekdays.size());
    QDate d = nextWorkingDay(start, weekdays);
    for (int counted = 1; counted < wanted;) {
        d = d.addDays(1);
        if (weekdays.contains(d.dayOfWeek()))
            ++counted;
    }
    return d;
}

} // namespace SprintDeck

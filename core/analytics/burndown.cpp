#include "core/analytics/burndown.h"

namespace SprintDeck {

namespace {

constexpr double kEpsilon = 1e-9;
constexpr int kForecastHorizonDays = 3660;

int dayOf(const SprintSeries &series, QDate date)
{
    if (series.days.isEmpty())
        return -1;
    if (date < series.days.first().date)
        return 0;
    if (date > series.days.last().date)
        return int(series.days.size()) - 1;
    return series.dayIndex(date);
}

} // namespace

Burndown burndown(const SprintSeries &series, ChartUnit unit)
{
    Burndown b;
    b.unit = unit;
    b.sprintName = series.sprint.name;
    b.start = series.sprint.start;
    b.end = series.sprint.end;
    b.committed = series.committed.in(unit);
    // A re-estimate changes no card count; a card without points changes no points.
    for (const ScopeChange &change : series.scopeChanges)
        if (qAbs(change.delta.in(unit)) > kEpsilon)
            b.scopeChanges.append(change);
    b.now = series.computedAt;
    if (series.started)
        b.remainingAtStart = (series.committed - series.doneAtStart).in(unit);

    b.days.reserve(series.days.size());
    for (const SprintDay &day : series.days) {
        BurndownPoint p;
        p.date = day.date;
        p.workingDay = day.workingDay;
        p.ideal = day.ideal.in(unit);
        if (day.hasData) {
            p.remaining = day.remaining().in(unit);
            p.scope = day.scope.in(unit);
        }
        p.scopeChange = day.scopeChange.in(unit);
        b.days.append(p);
    }
    for (const ScopeChange &change : std::as_const(b.scopeChanges)) {
        const int i = dayOf(series, change.day);
        if (i >= 0)
            b.days[i].changes.append(change);
    }

    const bool open = series.sprint.state != Sprint::State::Closed && !series.frozen;
    if (open && !b.days.isEmpty() && series.today >= b.days.first().date &&
        series.today <= b.days.last().date)
        b.today = series.today;

    const SprintNumbers numbers = series.numbers();
    if (!numbers.started)
        return b;
    b.remainingNow = numbers.remaining().in(unit);
    const SprintDay *last = series.lastDayWithData();
    if (!open || !last)
        return b;

    // The rate counts working days that have fully passed; today's work so far is in "remaining
    // now".
    for (const SprintDay &day : series.days)
        if (day.workingDay && day.hasData && day.date < series.today)
            ++b.elapsedWorkingDays;
    const double burned = (last->done - series.doneAtStart).in(unit);
    b.dailyRate = b.elapsedWorkingDays > 0 ? burned / b.elapsedWorkingDays : 0;

    const double remainingNow = *b.remainingNow;
    if (last->scope.in(unit) <= kEpsilon)
        return b; // nothing to finish
    if (remainingNow <= kEpsilon) {
        // Finished: the forecast is the day it reached zero.
        QDate finished = last->date;
        for (int i = int(series.days.size()) - 1; i >= 0; --i) {
            const SprintDay &day = series.days.at(i);
            if (!day.hasData)
                continue;
            if (day.remaining().in(unit) > kEpsilon)
                break;
            finished = day.date;
        }
        b.forecast = finished;
    }
    if (b.forecast || b.dailyRate <= kEpsilon)
        return b;
    // The projection: remaining now on today, falling by the rate at the end of each working day
    // after it.
    double projected = remainingNow;
    QDate day = series.today;
    for (int n = 0; n <= kForecastHorizonDays; ++n, day = day.addDays(1)) {
        if (n > 0 && series.sprint.isWorkingDay(day))
            projected = qMax(0.0, projected - b.dailyRate);
        if (const int i = series.dayIndex(day); i >= 0)
            b.days[i].projected = projected;
        if (projected <= kEpsilon) {
            b.forecast = day;
            break;
        }
    }
    return b;
}

} // namespace SprintDeck

#include "core/analytics/burndown.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

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

/** The day remaining reached 0 and stayed there, of a sprint with nothing left. */
QDate finishedOn(const SprintSeries &series, const SprintDay &last, ChartUnit unit)
{
    QDate finished = last.date;
    for (int i = int(series.days.size()) - 1; i >= 0; --i) {
        const SprintDay &day = series.days.at(i);
        if (!day.hasData)
            continue;
        if (day.remaining().in(unit) > kEpsilon)
            break;
        finished = day.date;
    }
    return finished;
}

/**
 * Whether anything was completed in the last kForecastRecentWorkingDays working days that have
 * passed, or today so far: an average rate of work that stopped days ago forecasts nothing.
 */
bool recentProgress(const SprintSeries &series, ChartUnit unit)
{
    Amount before = series.doneAtStart; // done at the end of the last day before the window
    int counted = 0;
    for (auto it = series.days.crbegin(); it != series.days.crend(); ++it) {
        if (!it->hasData || it->date >= series.today || !it->workingDay)
            continue;
        if (++counted <= kForecastRecentWorkingDays)
            continue;
        before = it->done;
        break;
    }
    return (series.atCutoff.done - before).in(unit) > kEpsilon;
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
    const bool todayDrawn = !b.days.isEmpty() && series.today >= b.days.first().date &&
                            series.today <= b.days.last().date;
    if (open && todayDrawn)
        b.today = series.today;

    const SprintNumbers numbers = series.numbers();
    if (!numbers.started)
        return b;
    b.remainingNow = numbers.remaining().in(unit);
    const SprintDay *last = series.lastDayWithData();
    if (!open) {
        b.noForecast = NoForecast::Closed;
        b.noForecastDate = series.atCutoff.date;
        return b;
    }
    if (!last || !todayDrawn) {
        const bool before = b.days.isEmpty() || series.today < b.days.first().date;
        b.noForecast = before ? NoForecast::NotYetBegun : NoForecast::Ended;
        b.noForecastDate = before ? series.sprint.start : series.sprint.end;
        return b;
    }

    // The rate counts working days that have fully passed; today's work so far is in "remaining
    // now".
    for (const SprintDay &day : series.days)
        if (day.workingDay && day.hasData && day.date < series.today)
            ++b.elapsedWorkingDays;
    const double burned = (last->done - series.doneAtStart).in(unit);
    b.dailyRate = b.elapsedWorkingDays > 0 ? burned / b.elapsedWorkingDays : 0;

    b.noForecast = NoForecast::None;
    const double remainingNow = *b.remainingNow;
    if (last->scope.in(unit) <= kEpsilon) {
        b.noForecast = NoForecast::NoWork;
        return b;
    }
    if (remainingNow <= kEpsilon) {
        b.forecast = finishedOn(series, *last, unit);
        return b;
    }
    if (b.elapsedWorkingDays == 0) {
        b.noForecast = NoForecast::NoWorkingDayYet;
        return b;
    }
    if (!recentProgress(series, unit) || b.dailyRate <= kEpsilon) {
        b.noForecast = NoForecast::NoRecentProgress;
        return b;
    }
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
    if (!b.forecast)
        b.noForecast = NoForecast::NoRecentProgress; // beyond the horizon: it would never finish
    return b;
}

QString noForecastNote(const Burndown &b)
{
    const QString day = QLocale().toString(b.noForecastDate, u"d MMM yyyy"_s);
    switch (b.noForecast) {
    case NoForecast::None:
        return {};
    case NoForecast::NotStarted:
        return QCoreApplication::translate("SprintDeck::Burndown",
                                           "No forecast: the sprint has not been started");
    case NoForecast::Closed:
        return QCoreApplication::translate("SprintDeck::Burndown",
                                           "No forecast: the sprint was closed on %1")
            .arg(day);
    case NoForecast::NotYetBegun:
        return QCoreApplication::translate("SprintDeck::Burndown",
                                           "No forecast: the sprint starts on %1")
            .arg(day);
    case NoForecast::Ended:
        return QCoreApplication::translate("SprintDeck::Burndown",
                                           "No forecast: the sprint ended on %1")
            .arg(day);
    case NoForecast::NoWork:
        return QCoreApplication::translate("SprintDeck::Burndown",
                                           "No forecast: the sprint holds no work");
    case NoForecast::NoWorkingDayYet:
        return QCoreApplication::translate("SprintDeck::Burndown",
                                           "No forecast: no working day has passed yet");
    case NoForecast::NoRecentProgress:
        // Always more than one day: no plural form needed.
        return QCoreApplication::translate("SprintDeck::Burndown",
                                           "No forecast: no progress in the last %1 working days")
            .arg(kForecastRecentWorkingDays);
    case NoForecast::NotEnoughHistory:
        return QCoreApplication::translate(
                   "SprintDeck::Burndown",
                   "No forecast: %n working day(s) of history, %1 needed for a forecast", nullptr,
                   b.noForecastDays)
            .arg(kForecastHistoryDays);
    case NoForecast::NoThroughput:
        return QCoreApplication::translate(
            "SprintDeck::Burndown",
            "No forecast: nothing was finished in the last %n working day(s)", nullptr,
            b.noForecastDays);
    }
    return {};
}

} // namespace SprintDeck

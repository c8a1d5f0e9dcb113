#pragma once

#include "core/analytics/sprintseries.h"

namespace SprintDeck {

/** One day of a burndown chart, in one unit. Values are at the end of the local day. */
struct BurndownPoint
{
    QDate date;
    bool workingDay = false;
    double ideal = 0;
    std::optional<double> remaining; ///< none for days that have not begun
    std::optional<double> scope;     ///< total scope; none for days that have not begun
    double scopeChange = 0;          ///< net scope change during the day
    QList<ScopeChange> changes;      ///< the day's scope changes, with their cards
    /** The forecast line: remaining now on today, then falling by the daily rate on working days.
     */
    std::optional<double> projected;

    bool operator==(const BurndownPoint &) const = default;
};

/** Why a burndown has no forecast. */
enum class NoForecast
{
    None,             ///< there is a forecast
    NotStarted,       ///< the sprint has not been started
    Closed,           ///< the sprint is closed (`noForecastDate`: the day of its close)
    NotYetBegun,      ///< today lies before its first day (`noForecastDate`: its start)
    Ended,            ///< today lies after the days drawn (`noForecastDate`: its end date)
    NoWork,           ///< nothing in the sprint to finish
    NoWorkingDayYet,  ///< no working day has passed, so there is no rate yet
    NoRecentProgress, ///< nothing was completed in the last kForecastRecentWorkingDays
    NotEnoughHistory, ///< the team's history is too short for a Monte Carlo forecast
    NoThroughput,     ///< the team finished nothing in the history a forecast draws from
};

/** How the forecast was made. */
enum class ForecastMethod
{
    StraightLine, ///< the sprint's own rate since its start (burndown())
    MonteCarlo,   ///< the 85 % day of 10,000 trials of the team's throughput
};

/** A Monte Carlo forecast needs this many working days of the team's history. */
inline constexpr int kForecastHistoryDays = 10;

/** A forecast needs progress within this many of the last working days that have passed. */
inline constexpr int kForecastRecentWorkingDays = 3;

/**
 * A sprint's burndown in one unit. The chart starts at the beginning of the
 * first day at `committed` (ideal) and `remainingAtStart` (actual), then draws
 * one point per day at the end of that day; the current day's point is "now".
 */
struct Burndown
{
    ChartUnit unit = ChartUnit::Points;
    QString sprintName;
    QDate start, end;                       ///< the sprint's planned dates
    double committed = 0;                   ///< scope when the sprint was started
    std::optional<double> remainingAtStart; ///< none before the start
    QList<BurndownPoint> days;
    QList<ScopeChange> scopeChanges;
    /** The today line: set while the sprint is open and today is one of its days. */
    std::optional<QDate> today;
    QDateTime now; ///< when the series was computed (UTC)
    std::optional<double> remainingNow;
    /** Working days from the start that have fully passed (the forecast's basis). */
    int elapsedWorkingDays = 0;
    /** Completed per elapsed working day since the start. */
    double dailyRate = 0;
    /**
     * The day remaining reaches 0 at that rate: `remainingNow` falls by
     * `dailyRate` at the end of each working day after today (for a finished sprint: the day it
     * reached 0). Given only when it means something: an open sprint whose drawn days hold today,
     * with work completed in the last kForecastRecentWorkingDays working days; otherwise
     * `noForecast` says why there is none.
     */
    std::optional<QDate> forecast;
    NoForecast noForecast = NoForecast::NotStarted;
    QDate noForecastDate;   ///< the day `noForecast` names, if any
    int noForecastDays = 0; ///< the working days of history `noForecast` names, if any
    ForecastMethod forecastMethod = ForecastMethod::StraightLine;
    /** A Monte Carlo forecast's 50 and 95 % days (`forecast` is its 85 % day). */
    std::optional<QDate> forecast50, forecast95;

    bool operator==(const Burndown &) const = default;
};

/** The burndown view of a series. */
Burndown burndown(const SprintSeries &series, ChartUnit unit);

/**
 * Why there is no forecast, as a short translated note for the chart's caption, reports and
 * slides ("No forecast: the sprint ended on 14 Mar 2025"); empty when there is a forecast.
 */
QString noForecastNote(const Burndown &burndown);

} // namespace SprintDeck

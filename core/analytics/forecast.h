#pragma once

#include "core/analytics/burndown.h"
#include "core/analytics/flow.h"

#include <QDate>
#include <QList>
#include <QPair>

namespace SprintDeck {

/**
 * What a team finished on each of its last working days: the basis of its forecasts. Cards
 * finished on a day that is not worked count on the next working day, so no work is lost and
 * days off produce nothing.
 */
struct ThroughputHistory
{
    QDate from;           ///< the first working day sampled
    QDate to;             ///< the last one
    QList<double> items;  ///< one entry per working day, oldest first
    QList<double> points; ///< the same in story points

    /** Fewer working days than this make no forecast (the burndown says so instead). */
    static constexpr int kEnoughDays = kForecastHistoryDays;

    int workingDays() const { return int(items.size()); }
    /** No card was finished in the whole history: a forecast would be meaningless. */
    bool empty() const;
    /** Long enough, and something was finished. */
    bool enough() const { return workingDays() >= kEnoughDays && !empty(); }
    bool operator==(const ThroughputHistory &) const = default;
};

/**
 * The last `workingDays` working days up to `lastDay` (included), of the cards `filter`
 * accepts (its dates are ignored). Fewer days when the board's history is shorter: it starts
 * on the day the first of these cards was created.
 */
ThroughputHistory throughputHistory(const QList<CardFlow> &flows, const FlowFilter &filter,
                                    const WorkCalendar &calendar, QDate lastDay,
                                    int workingDays = 30);

/**
 * As above, with the history starting no earlier than `first` (the day the board's first card
 * was made): `flows` need only hold the cards finished within the days sampled.
 */
ThroughputHistory throughputHistory(const QList<CardFlow> &flows, const FlowFilter &filter,
                                    const WorkCalendar &calendar, QDate lastDay, int workingDays,
                                    QDate first);
/** The first of the last `workingDays` working days up to `lastDay`, not before `first`. */
QDate firstSampledDay(const WorkCalendar &calendar, QDate lastDay, int workingDays, QDate first);

/** The simulations' seed unless one is chosen: the same seed gives the same answer. */
inline constexpr quint64 kForecastSeed = 20261207;

/** A Monte Carlo simulation: each simulated working day repeats one day of the history. */
struct MonteCarloInput
{
    QList<double> samples; ///< daily amounts (items or points) of the history
    WorkCalendar calendar; ///< days off produce nothing
    QDate firstDay;        ///< the first day simulated
    int trials = 10000;
    quint64 seed = kForecastSeed;
};

/** "When will this much be done?" */
struct WhenForecast
{
    bool possible = false; ///< false: the history finished nothing
    bool alreadyDone = false;
    /** The day by which the work is done in 50, 85 and 95 % of the trials; invalid when later
     * than the simulation looks (about ten years). */
    QDate p50, p85, p95;
    QList<QPair<QDate, int>> histogram; ///< trials finishing on each day, by day
    int trials = 0;

    QDate at(double p) const;
};

/** "How much will be done by this day?" */
struct HowManyForecast
{
    bool possible = false;
    int workingDays = 0; ///< simulated working days up to the day
    /** At least this much is done in 50, 85 and 95 % of the trials. */
    double p50 = 0, p85 = 0, p95 = 0;
    QList<QPair<double, int>> histogram; ///< trials reaching each amount, by amount
    int trials = 0;
};

/** Simulates until `remaining` is done (counted from input.firstDay). */
WhenForecast forecastWhen(const MonteCarloInput &input, double remaining);
/** Simulates input.firstDay..`lastDay` (included). */
HowManyForecast forecastHowMany(const MonteCarloInput &input, QDate lastDay);

/** The forecasts' probabilities, as the charts and reports print them. */
inline constexpr double kForecastPercentiles[] = {50, 85, 95};

} // namespace SprintDeck

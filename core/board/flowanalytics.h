#pragma once

#include "core/analytics/burndown.h"
#include "core/analytics/flow.h"
#include "core/analytics/forecast.h"
#include "core/analytics/sprintseries.h"
#include "core/util/result.h"

#include <QTimeZone>

#include <memory>

namespace SprintDeck {

class Board;

/** A forecast with what it was drawn from, and why there is none when there is not. */
struct FlowForecast
{
    ChartUnit unit = ChartUnit::Cards;
    double amount = 0; ///< what is left to do
    QDate firstDay;    ///< the first day simulated (today)
    QDate by;          ///< the day "how much by" asks about; invalid: not asked
    ThroughputHistory history;
    MonteCarloInput input;
    WhenForecast when;
    HowManyForecast howMany;
    QString reason; ///< why there is no forecast ("not enough history: …"); empty when there is
    /** Not simulated yet (FlowAnalytics::Simulate::Later): `when` and `howMany` are empty. */
    bool pending = false;

    bool possible() const { return reason.isEmpty(); }
};

/**
 * Flow metrics of a Board: reads the whole board's events once, keeps the replay, and applies
 * only the events written since on each call, so recomputing after a card move is cheap. Not a
 * QObject; the caller decides when to recompute (e.g. on Board::historyChanged).
 *
 *   FlowAnalytics flow(board);
 *   auto times = flow.cycleTimes(filter);
 *   auto when = flow.forecastWhen(remaining, ChartUnit::Cards, {});
 */
class FlowAnalytics
{
public:
    explicit FlowAnalytics(Board &board);
    ~FlowAnalytics();

    /** Days are local dates in this zone (default: the system's). */
    void setTimeZone(const QTimeZone &zone);
    /** The days of the week the team works (1 = Monday; default Monday to Friday). */
    void setWorkingWeekdays(const QList<int> &weekdays) { m_weekdays = weekdays; }

    /**
     * The flow of every card, deleted ones flagged (cached, topped up with the events written
     * since; valid until the next call).
     */
    Result<const QList<CardFlow> *> flows();
    /** The board's working calendar: the weekdays and every sprint's holidays and extra days. */
    WorkCalendar calendar() const;
    /** A filter for a sprint: its cards, done from its start to its end (or to today). */
    FlowFilter sprintFilter(qint64 sprintId) const;

    Result<CycleTimes> cycleTimes(const FlowFilter &filter);
    Result<Throughput> throughput(const FlowFilter &filter);
    /**
     * Work in progress as of today (or the filter's end, when it lies before: a closed sprint is
     * seen as at its close), against the cycle times of the `referenceDays` days before.
     */
    Result<AgingWork> agingWork(const FlowFilter &filter, int referenceDays = 90);
    /**
     * The last `workingDays` working days up to yesterday (today is not over yet), read from the
     * cards' last moves into a done column, so it needs no replay of the board; cached until the
     * day changes or an event dated before today is written.
     */
    Result<ThroughputHistory> history(const FlowFilter &filter, int workingDays = 30);

    /** What a sprint has left: its cards (or points) not in a done column. */
    double remaining(qint64 sprintId, ChartUnit unit) const;
    /** What these cards have left: those (or their points) not in a done column. */
    double remaining(const QList<qint64> &cardIds, ChartUnit unit) const;
    /**
     * When `amount` is done and how much is done by `by` (invalid: not asked), from the team's
     * throughput of the last `historyDays` working days (the filter's type, label and assignee),
     * simulated from today; with the reason when the history is too short or finished nothing.
     */
    /** When a simulation too long for the UI thread runs. */
    enum class Simulate
    {
        Now,  ///< within the call
        Later ///< the caller runs simulate() elsewhere, then remember(): the forecast is pending
    };
    /** A simulation of more steps than this takes longer than a frame (about 5 ms). */
    static constexpr qint64 kStepsInAFrame = 250000;

    Result<FlowForecast> forecast(const FlowFilter &filter, ChartUnit unit, double amount,
                                  QDate by = {}, int historyDays = 30,
                                  quint64 seed = MonteCarloInput().seed,
                                  Simulate when = Simulate::Now);
    /** Runs a pending forecast's simulation; pure, so any thread may run it. */
    static void simulate(FlowForecast &forecast);
    /** Caches a pending forecast once simulated (ignored when another question was asked since).
     */
    void remember(const FlowForecast &forecast);
    /** About how many draws the forecast's simulation takes. */
    static qint64 simulationSteps(const FlowForecast &forecast);

    /**
     * Gives a sprint's burndown the Monte Carlo forecast of its remaining work (the 85 % day,
     * with the 50 and 95 % days) when the burndown may have a forecast at all (an open sprint
     * drawn to today, with work left) and the team's last 30 working days suffice; else the
     * reason there is none. With Simulate::Later, a simulation longer than a frame is left to
     * the caller: the burndown keeps its straight-line forecast and `*pending` (if given) gets
     * the forecast to simulate and remember().
     */
    Status forecastBurndown(Burndown &burndown, Simulate when = Simulate::Now,
                            FlowForecast *pending = nullptr);

    /**
     * Makes ready the forecast of `remaining` by `end` that a burndown will ask for once drawn to
     * today (an open sprint whose last work was days ago, until its first move of the day). A
     * simulation longer than a frame is left to the caller in `*pending`, as forecastBurndown()
     * does.
     */
    Status prepareForecast(ChartUnit unit, double remaining, QDate end, FlowForecast *pending);

    /** Drops the caches (after Board::reload()). */
    void invalidate();

private:
    /** Applies the events written since the last call to the replay. */
    Status update();

    Board &m_board;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<int> m_weekdays{1, 2, 3, 4, 5};
    std::unique_ptr<CardFlowReplay> m_replay;
    QList<Column> m_columns; ///< the columns the replay was made with
    qint64 m_lastEventId = 0;
    /** The last history read, valid while no earlier event arrives and the day is the same. */
    struct HistoryCache
    {
        FlowFilter filter;
        int workingDays = 0;
        QDate yesterday;
        WorkCalendar calendar;
        QList<qint64> doneColumns;
        ThroughputHistory history;
    };
    std::optional<HistoryCache> m_history;
    qint64 m_historyEventId = 0; ///< the newest event when m_history was last checked
    /** The last forecast, with what it was computed from. */
    struct ForecastCache
    {
        FlowFilter filter;
        ChartUnit unit;
        double amount;
        QDate by;
        int historyDays;
        quint64 seed;
        QDate firstDay;
        FlowForecast forecast;
    };
    std::optional<ForecastCache> m_forecast;
    std::optional<ForecastCache> m_pending; ///< the last forecast handed out to be simulated
};

} // namespace SprintDeck

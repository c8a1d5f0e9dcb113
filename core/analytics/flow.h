#pragma once

#include "core/domain/card.h"
#include "core/domain/column.h"
#include "core/domain/event.h"
#include "core/domain/sprint.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <limits>
#include <optional>
#include <unordered_map>
#include <vector>

namespace SprintDeck {

/**
 * Which days a team works, for flow metrics that span several sprints: the days of the week it
 * works, and the holidays and extra workdays its sprints list.
 */
struct WorkCalendar
{
    QList<int> weekdays{1, 2, 3, 4, 5}; ///< 1 = Monday … 7 = Sunday
    QSet<QDate> holidays;
    QSet<QDate> extraWorkdays;

    bool isWorkingDay(QDate day) const;
    /** The working days from `from` to `to`, both included. */
    int workingDaysBetween(QDate from, QDate to) const;
    /** The calendar of a board: its working weekdays and every sprint's holidays and extra days. */
    static WorkCalendar fromSprints(const QList<Sprint> &sprints,
                                    const QList<int> &weekdays = {1, 2, 3, 4, 5});
    bool operator==(const WorkCalendar &) const = default;
};

/**
 * One card's way through the board, read from its events:
 * - started: when it first left the board's first column (its creation, when it was created in
 *   another column);
 * - done: when it last arrived in a done column, while it is still in one (a card moved out of
 *   done again is not done, and counts to its last arrival once it is);
 * - cycle time: the local days from started to done, both counted (a card started and finished
 *   on one day took 1 day); lead time: the same from its creation.
 */
struct CardFlow
{
    qint64 cardId = 0;
    QString key;
    QString title;
    CardType type = CardType::Story;
    QStringList labels;
    qint64 assigneeId = 0;
    qint64 sprintId = 0;
    std::optional<double> points;
    qint64 columnId = 0;
    QDateTime created; ///< UTC
    QDateTime started; ///< UTC; invalid: still in the first column, never left it
    QDateTime done;    ///< UTC; invalid: not in a done column
    QDate startDay;    ///< local days of the above
    QDate doneDay;
    QDate createdDay;
    bool deleted = false; ///< a deleted card (only CardFlowReplay::flows() lists them)

    bool isDone() const { return done.isValid(); }
    bool inProgress() const { return started.isValid() && !done.isValid(); }
    int cycleDays() const;
    int leadDays() const;
    /** Days in progress as of `today` (counting both days); 0 when not in progress. */
    int ageDays(QDate today) const;
};

/**
 * Rebuilds the flow of every card that exists from the board's events (any order; stable by
 * time). Pure function, linear in the events.
 */
QList<CardFlow> computeCardFlows(const QList<Event> &events, const QList<Column> &columns,
                                 const QTimeZone &zone = QTimeZone::systemTimeZone());

/**
 * The replay behind computeCardFlows(), kept by a caller that computes the flows again and again:
 * events written later are applied on top (a card move adds a few), instead of replaying the
 * whole board.
 */
class CardFlowReplay
{
public:
    CardFlowReplay(const QList<Column> &columns, const QTimeZone &zone);
    ~CardFlowReplay();
    CardFlowReplay(const CardFlowReplay &) = delete;
    CardFlowReplay &operator=(const CardFlowReplay &) = delete;

    /**
     * Applies events (any order; stable by time). False, and nothing applied, when one of them
     * lies before an event applied earlier: then start a new replay.
     */
    bool apply(const QList<Event> &events);
    /**
     * The flow of every card the events named, deleted ones flagged (FlowFilter leaves them
     * out). Kept in place, so reading it after a move copies nothing.
     */
    const QList<CardFlow> &flows() const { return m_flows; }

private:
    void apply(const Event &e);
    void move(qsizetype card, const Event &e);
    QDate localDay(const QDateTime &utc) const;

    QList<Column> m_columns;
    QTimeZone m_zone;
    QHash<qint64, int> m_columnIndex;
    std::unordered_map<qint64, qsizetype> m_index;
    QList<CardFlow> m_flows;
    std::vector<int> m_column; ///< per card: index in the board's columns; -1: none or unknown
    mutable QHash<qint64, int> m_offsets; ///< the zone's UTC offset (s) per hour since 1970
    qint64 m_lastMs = std::numeric_limits<qint64>::min(); ///< the last event applied (UTC ms)
};

/** Which cards a flow chart looks at; unset fields do not filter. */
struct FlowFilter
{
    QDate from; ///< done (or, for ageing work, any) from this local day on
    QDate to;   ///< … to this one, included
    qint64 sprintId = 0;
    std::optional<CardType> type;
    QString label;
    std::optional<qint64> assigneeId; ///< 0: unassigned cards

    /** The card passes the filter's sprint, type, label and assignee (and is not deleted). */
    bool accepts(const CardFlow &flow) const;
    bool operator==(const FlowFilter &) const = default;
};

/**
 * The p-th percentile of `values` by the nearest rank: the smallest value that at least p % of
 * the values do not exceed (the value at rank ⌈p/100 · n⌉ of the sorted list). 0 for no values.
 */
int percentile(QList<int> values, double p);

/** The percentiles every flow chart draws, in this order. */
inline constexpr double kFlowPercentiles[] = {50, 70, 85, 95};

/** Cycle times of the done cards the filter accepts, and their percentiles. */
struct CycleTimes
{
    struct Point
    {
        qint64 cardId = 0;
        QString key;
        QString title;
        QDate done;
        int cycleDays = 0;
        int leadDays = 0;
        std::optional<double> points;
    };
    QList<Point> points; ///< by done day, then card
    int p50 = 0, p70 = 0, p85 = 0, p95 = 0;
    int leadP50 = 0, leadP85 = 0;

    int at(double p) const;
};

CycleTimes cycleTimes(const QList<CardFlow> &flows, const FlowFilter &filter);

/** Items and points done per day and per ISO week, for a run chart. */
struct Throughput
{
    struct Day
    {
        QDate date;
        bool workingDay = false;
        int items = 0;
        double points = 0;
    };
    struct Week
    {
        QDate monday;
        int items = 0;
        double points = 0;
    };
    QList<Day> days; ///< every day from..to
    QList<Week> weeks;
    double itemsPerWorkingDay = 0;
    double pointsPerWorkingDay = 0;
};

/** Throughput of the cards the filter accepts, over filter.from..filter.to (both needed). */
Throughput throughput(const QList<CardFlow> &flows, const FlowFilter &filter,
                      const WorkCalendar &calendar);

/** Cards in progress with their age against the cycle-time percentiles. */
struct AgingWork
{
    struct Item
    {
        qint64 cardId = 0;
        QString key;
        QString title;
        qint64 columnId = 0;
        int ageDays = 0;
        std::optional<double> points;
        bool pastP85 = false; ///< older than the 85th percentile of cycle times
    };
    QList<Item> items;                      ///< by column (board order), oldest first
    QDate asOf;                             ///< the day the ages are counted to
    int p50 = 0, p70 = 0, p85 = 0, p95 = 0; ///< of the cycle times it is measured against
};

/**
 * Work in progress as of `today` (cards started, not done, that the filter's sprint, type,
 * label and assignee accept), measured against the cycle times of `reference`.
 */
AgingWork agingWork(const QList<CardFlow> &flows, const FlowFilter &filter,
                    const CycleTimes &reference, const QList<Column> &columns, QDate today);

} // namespace SprintDeck

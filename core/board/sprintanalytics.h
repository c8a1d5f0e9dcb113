#pragma once

#include "core/analytics/analytics.h"
#include "core/analytics/sprinthistory.h"
#include "core/util/result.h"

#include <QHash>
#include <QTimeZone>

#include <memory>

namespace SprintDeck {

class Board;

/**
 * Sprint charts of a Board: reads the sprint's events (cached, and topped up
 * with only the new events on each call, so recomputing after a card move is
 * cheap), computes the series, and serves a closed sprint from the report
 * frozen when it was closed. Not a QObject; the caller decides when to
 * recompute (e.g. on Board::historyChanged).
 *
 *   SprintAnalytics analytics(board);
 *   auto series = analytics.series(board.currentSprintId());
 *   if (series) { Burndown b = burndown(*series, ChartUnit::Points); … }
 */
class SprintAnalytics
{
public:
    explicit SprintAnalytics(Board &board);

    /** Days are local dates in this zone (default: the system's). */
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

    /**
     * The series of a sprint: the frozen copy for a closed sprint that has
     * one, else computed from the events up to `now` (invalid: Board::now()).
     */
    Result<SprintSeries> series(qint64 sprintId, const QDateTime &now = {});
    /**
     * The sprint's numbers as of `asOf` (invalid: Board::now()): committed, completed and
     * remaining as every view shows them. A closed sprint gives its frozen numbers at the close,
     * or, asked for a moment before the close, its numbers then.
     */
    Result<SprintNumbers> numbers(qint64 sprintId, const QDateTime &asOf = {});
    /** Always computed from the events (used to freeze a report at close). */
    Result<SprintSeries> liveSeries(const Sprint &sprint, const QDateTime &now = {});
    /** Committed vs completed of the last `lastN` closed sprints. */
    Result<Velocity> velocity(ChartUnit unit, int lastN = 6);
    /** Events of every card that was ever in the sprint, oldest first (cached). */
    Result<QList<Event>> sprintEvents(qint64 sprintId);

    /** Drops the caches (after Board::reload()). */
    void invalidate();

private:
    struct EventCache
    {
        QList<Event> events;
        QSet<qint64> cards;
        qint64 lastEventId = 0;
        /** The events parsed for the charts; the first `parsed` of `events` are in it. */
        std::shared_ptr<SprintHistory> history;
        qsizetype parsed = 0;
        /** Where the next computation of the series resumes (today's steps only). */
        std::shared_ptr<SprintSeriesCheckpoint> checkpoint =
            std::make_shared<SprintSeriesCheckpoint>();
    };
    struct FrozenCache
    {
        QDateTime closedAt;
        SprintSeries series;
    };
    Result<std::optional<SprintSeries>> frozenSeries(const Sprint &sprint);

    Board &m_board;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<qint64, EventCache> m_events;
    QString m_velocityKey; ///< the closed sprints and options m_velocity was computed for
    Velocity m_velocity;
    QHash<qint64, FrozenCache> m_frozen;
};

} // namespace SprintDeck

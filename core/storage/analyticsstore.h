#pragma once

#include "core/domain/event.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace SprintDeck {

class Database;

/**
 * Storage of the sprint analytics: frozen sprint reports (table
 * sprint_reports) and incremental reads of the event log. Callers own the
 * transaction for writes.
 */
class AnalyticsStore
{
public:
    struct FrozenReport
    {
        qint64 sprintId = 0;
        QDateTime frozenAt; ///< UTC
        QByteArray json;
    };

    /** Committed and completed work of a frozen report, read without parsing the report. */
    struct VelocitySummary
    {
        qint64 sprintId = 0;
        QDateTime frozenAt;
        double committedPoints = 0, committedCards = 0;
        double completedPoints = 0, completedCards = 0;
    };

    explicit AnalyticsStore(Database &db)
        : m_db(db)
    {}

    Result<std::optional<FrozenReport>> loadReport(qint64 sprintId);
    Status saveReport(const FrozenReport &report);
    Status deleteReport(qint64 sprintId);
    /** The summaries of every frozen report that has one (reports store it under "velocity"). */
    Result<QList<VelocitySummary>> velocitySummaries();

    /** Events of every card that was ever in the sprint, oldest first (by time, then id). */
    Result<QList<Event>> eventsForSprint(qint64 sprintId);
    /** The highest event id (0 for none). */
    Result<qint64> lastEventId();
    /** Events with an id above `afterId`, in id order. */
    Result<QList<Event>> eventsAfter(qint64 afterId);
    /**
     * When each card now in one of `columnIds` first left the board's first column (UTC): the
     * start of its work, the flow metrics' definition. Cards created in a later column started
     * then. Empty when none or unreadable.
     */
    QHash<qint64, QDateTime> startsOfCardsIn(const QList<qint64> &columnIds, qint64 firstColumnId);
    /**
     * When each card last moved into one of `columnIds` (UTC), from `since` on when it is
     * valid (events_by_time then reads only those days); empty when none or unreadable.
     */
    QHash<qint64, QDateTime> lastMovesInto(const QList<qint64> &columnIds,
                                           const QDateTime &since = {});
    /** Whether an event written after `afterId` is dated before `before` (an old document). */
    Result<bool> hasEventsBefore(qint64 afterId, const QDateTime &before);

private:
    Database &m_db;
};

} // namespace SprintDeck

#pragma once

#include "core/domain/event.h"
#include "core/standup/standup.h"
#include "core/util/result.h"

#include <QList>

namespace SprintDeck {

class Database;

/**
 * Typed reads and writes of the standup tables (schema slot 4). Writes are
 * upserts, so an autosave can write the same entry again and again; callers
 * own the transaction.
 */
class StandupStore
{
public:
    explicit StandupStore(Database &db)
        : m_db(db)
    {}

    /** The standup of `date`; an empty Standup (date set, no entries) when none was saved. */
    Result<Standup> load(QDate date);
    /** Days in [from, to] whose standup holds any text, oldest first. */
    Result<QList<QDate>> daysWithText(QDate from, QDate to);
    /** The latest day before `date` whose standup holds text; an invalid date when there is none.
     */
    Result<QDate> latestBefore(QDate date);

    /** Writes the member's three texts for `date`, creating the day when needed. */
    Status upsertEntry(QDate date, const StandupEntry &entry, const QDateTime &at);
    /** Writes the team note of `date`, creating the day when needed. */
    Status upsertNote(QDate date, const QString &note, const QDateTime &at);

    /**
     * Events of the cards that changed at or after `since`, or were ever in
     * the sprint (when sprintId is set), oldest first: what filling a standup
     * needs without reading the whole history of a large board.
     */
    Result<QList<Event>> eventsForStandup(qint64 sprintId, const QDateTime &since);

private:
    Status ensureDay(QDate date, const QDateTime &at);

    Database &m_db;
};

} // namespace SprintDeck

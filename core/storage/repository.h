#pragma once

#include <functional>
#include <optional>
#include <utility>

#include "core/domain/card.h"
#include "core/domain/column.h"
#include "core/domain/event.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>

namespace SprintDeck {

class Database;

/**
 * Typed reads and writes of the board's tables. Every statement is prepared
 * (and cached by the Database); callers own the transaction.
 */
class Repository
{
public:
    explicit Repository(Database &db)
        : m_db(db)
    {}

    Result<QList<Column>> loadColumns();
    Result<QList<Member>> loadMembers();
    Result<QList<Sprint>> loadSprints();
    /** How many cards are not deleted (reads every card row). */
    Result<qint64> cardCount();
    /** The smallest and largest id of any card, deleted ones included; nothing without cards. */
    std::optional<std::pair<qint64, qint64>> cardIdRange();
    /** Hands every card that is not deleted to `take`, without collecting them first. */
    Status forEachCard(const std::function<void(Card &&)> &take);
    Result<Card> loadCard(qint64 id, bool includeDeleted = true);

    /**
     * The cards among `ids` that are not deleted; a missing id was deleted or never written.
     */
    Result<QList<Card>> loadCards(const QList<qint64> &ids);

    /**
     * SQLite's data_version of this connection: it changes when another connection (another
     * process) commits to the file, and not for this connection's own commits.
     */
    Result<qint64> dataVersion();
    /** The id of the newest event; 0 without events. */
    Result<qint64> lastEventId();
    /** The cards with an event newer than `eventId`, each once. */
    Result<QList<qint64>> cardsWithEventsAfter(qint64 eventId);

    /** Events of one card, oldest first. */
    Result<QList<Event>> eventsForCard(qint64 cardId);
    /** Events of the given cards (all cards when empty), oldest first. */
    Result<QList<Event>> events(const QList<qint64> &cardIds = {});
    /** Events of cards that were ever in the sprint, oldest first. */
    Result<QList<Event>> eventsForSprint(qint64 sprintId);

    Status insertColumn(Column &column);
    Status updateColumn(const Column &column);
    Status setColumnRemoved(qint64 columnId, bool removed);

    Status insertMember(Member &member); ///< keeps member.id when set
    Status updateMember(const Member &member);
    Status deleteMember(qint64 id);

    Status insertSprint(Sprint &sprint); ///< keeps sprint.id when set
    Status updateSprint(const Sprint &sprint);
    Status deleteSprint(qint64 id);

    Status insertCard(Card &card); ///< assigns card.id
    Status updateCard(const Card &card);
    Status setCardDeleted(qint64 cardId, bool deleted, const QDateTime &at);
    /** The keys of the cards marked deleted, with their ids. */
    Result<QHash<QString, qint64>> deletedCardKeys();
    /** Takes the deleted cards (which keep their rows) out of a sprint, so the sprint can go. */
    Status releaseSprintOfDeletedCards(qint64 sprintId);
    /** Unassigns the deleted cards (which keep their rows) from a member, so the member can go. */
    Status releaseMemberOfDeletedCards(qint64 memberId);

    Status appendEvent(Event &event); ///< assigns event.id
    /** Many events in one prepared statement (inside the caller's transaction); ids not read back.
     */
    Status appendEvents(const QList<Event> &events);
    /** How many events after `eventId` name a card that has no row (checked when foreign keys are
     * off). */
    Result<qint64> eventsWithoutCardAfter(qint64 eventId);

    QString lastError() const;

private:
    Database &m_db;
};

} // namespace SprintDeck

#pragma once

#include "core/domain/card.h"
#include "core/domain/event.h"

#include <QDateTime>
#include <QList>

namespace SprintDeck {

/**
 * The one place a card's events come from. Every write of a card (single edits,
 * batches for imports and restores, sync, the demo) goes through the Board, and
 * the Board asks these functions which events the write records, so a card has
 * the same history whichever way it was written.
 */
namespace CardEvents {

/** One event per field that differs between `before` and `after`, for card `after.id`. */
QList<Event> changes(const Card &before, const Card &after, const QDateTime &at);

/** The events of a new card: its created event, then its initial state (see the rule there). */
QList<Event> created(const Card &card, const QDateTime &at);

/** The event of a deleted card brought back. */
Event restored(const Card &card, const QDateTime &at);

/** The event of a card marked deleted. */
Event deleted(qint64 cardId, const QString &key, const QDateTime &at);

} // namespace CardEvents

} // namespace SprintDeck

#pragma once

#include "core/domain/card.h"

#include <QString>

#include <functional>
#include <optional>
#include <utility>

struct sqlite3;

namespace SprintDeck {

/**
 * Reading every card of a board when it opens, kept apart from the Repository because it is
 * the one place storage uses a thread.
 *
 * Opening a board decodes every card row, and decoding (text conversion, labels, checklists)
 * costs more than SQLite's stepping. A large board is therefore read by two threads: the upper
 * half of the ids on a read-only connection of its own, while the caller's connection reads the
 * lower half. Nothing writes in between, so both read the same committed state. On a machine
 * with two cores this saves the decoding time of half the cards when a large board opens; small
 * boards are read on one connection, where a second would cost more than it saves.
 */
namespace CardRead {

/**
 * Hands every card that is not deleted to `take`, in id order; `take` runs on the caller's
 * thread only. `ids` is the range of the card ids (see Repository::cardIdRange()); without it
 * (no cards, or a query that failed) one thread reads, and reports what fails. On failure
 * returns false with `error` set.
 */
bool readCards(sqlite3 *db, std::optional<std::pair<qint64, qint64>> ids,
               const std::function<void(Card &&)> &take, QString *error);

} // namespace CardRead

} // namespace SprintDeck

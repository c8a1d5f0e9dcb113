#pragma once

#include "core/storage/syncstore.h"
#include "core/util/result.h"

namespace SprintDeck {

class Board;

/**
 * Settles conflicts without the network: the user keeps the local version
 * (sent to the server at the next sync) or the server's version (written to
 * the card now, with the journals as its history).
 */
class ConflictResolver
{
public:
    explicit ConflictResolver(Board &board);

    /** Every conflict that waits, oldest first. */
    Result<QList<SyncConflict>> conflicts();
    Status resolve(qint64 cardId, bool keepLocal);

private:
    Board &m_board;
    SyncStore m_store;
};

} // namespace SprintDeck

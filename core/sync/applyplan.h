#pragma once

// Internal to SyncApplier (syncapplier.cpp, syncversions.cpp).

#include "core/board/boardbatch.h"
#include "core/sync/syncapplier.h"

#include <QHash>
#include <QSet>

namespace SprintDeck {

/** One transaction's worth of changes: the board batch and the sync rows that go with it. */
struct SyncApplier::Plan
{
    BoardBatch batch;
    QHash<QString, qint64> newMembers;  ///< lower-case name -> batch reference (-n)
    QHash<QString, IssueLink> newLinks; ///< card key -> link of a card the batch creates
    QHash<QString, VersionLink>
        newVersionLinks; ///< sprint name -> link of a sprint the batch creates
    QList<IssueLink> saveLinks;
    QList<VersionLink> saveVersionLinks;
    QList<qint64> removeLinks; ///< card ids
    QList<SyncConflict> saveConflicts;
    QList<qint64> removeConflicts;
    QList<qint64> removeEntries;
    QList<OutboxEntry> saveEntries;
    QList<OutboxEntry> enqueue;
    QSet<qint64> cardsInBatch;
    ApplyStats stats;

    bool hasSyncRows() const
    {
        return !newLinks.isEmpty() || !newVersionLinks.isEmpty() || !saveLinks.isEmpty() ||
               !saveVersionLinks.isEmpty() || !removeLinks.isEmpty() || !saveConflicts.isEmpty() ||
               !removeConflicts.isEmpty() || !removeEntries.isEmpty() || !saveEntries.isEmpty() ||
               !enqueue.isEmpty();
    }
};

} // namespace SprintDeck

#include "core/sync/conflictresolver.h"

#include "core/board/board.h"
#include "core/sync/outboxrecorder.h"
#include "core/sync/syncapplier.h"

namespace SprintDeck {

ConflictResolver::ConflictResolver(Board &board)
    : m_board(board)
    , m_store(board.database())
{}

Result<QList<SyncConflict>> ConflictResolver::conflicts()
{
    return m_store.conflicts();
}

Status ConflictResolver::resolve(qint64 cardId, bool keepLocal)
{
    auto conflict = m_store.conflictForCard(cardId);
    if (!conflict)
        return Status::failure(conflict.error());
    if (!conflict->has_value()) {
        const Card *card = m_board.card(cardId);
        return Status::failure(QObject::tr("%1 has no conflict to resolve")
                                   .arg(card ? card->key : QString::number(cardId)));
    }
    auto remote = m_store.remote((*conflict)->remoteId);
    if (!remote)
        return Status::failure(remote.error());
    auto versions = m_store.versionLinks(remote->id);
    if (!versions)
        return Status::failure(versions.error());
    const Remote r = remote.value();
    RedmineMapper mapper(r, m_board);
    QHash<qint64, qint64> versionToSprint;
    for (const VersionLink &l : std::as_const(versions.value()))
        versionToSprint.insert(l.versionId, l.sprintId);
    mapper.setVersionLinks(versionToSprint);
    SyncApplier applier(m_board, *OutboxRecorder::attach(m_board), m_store, r, mapper);
    if (Status s = applier.load(); !s)
        return s;
    return applier.resolve(cardId, keepLocal);
}

} // namespace SprintDeck

#include "core/sync/outboxrecorder.h"

#include "core/board/board.h"

using namespace Qt::StringLiterals;

namespace SprintDeck {

OutboxRecorder::OutboxRecorder(Board &board)
    : QObject(&board)
    , m_board(board)
    , m_store(board.database())
{
    setObjectName(u"outboxRecorder"_s);
    // Owned by the board and destroyed with it: no need (and no safe moment) to unregister.
    board.addWriteObserver(this);
}

OutboxRecorder *OutboxRecorder::attach(Board &board)
{
    if (auto *existing =
            board.findChild<OutboxRecorder *>(u"outboxRecorder"_s, Qt::FindDirectChildrenOnly))
        return existing;
    return new OutboxRecorder(board);
}

Status OutboxRecorder::applyRemote(const std::function<Status()> &write,
                                   const RemoteWrite &inTransaction)
{
    const RemoteWrite *previous = m_remoteWrite;
    m_remoteWrite = &inTransaction;
    Status s = write();
    m_remoteWrite = previous;
    return s;
}

Status OutboxRecorder::boardWritten(const QList<CardWrite> &cards,
                                    const QList<SprintWrite> &sprints)
{
    if (m_remoteWrite)
        return (*m_remoteWrite)(cards, sprints);
    // A board without remote trackers has nothing to record: one look instead of one per card.
    Result<QList<Remote>> remotes = m_store.remotes();
    if (!remotes)
        return Status::failure(remotes.error());
    if (remotes->isEmpty())
        return {};
    for (const CardWrite &w : cards)
        if (Status s = recordCard(w); !s)
            return s;
    for (const SprintWrite &w : sprints)
        if (Status s = recordSprint(w); !s)
            return s;
    return {};
}

QList<SyncField> OutboxRecorder::changedFields(const Card &b, const Card &a)
{
    QList<SyncField> fields;
    if (b.title != a.title)
        fields.append(SyncField::Title);
    if (b.description != a.description)
        fields.append(SyncField::Description);
    if (b.columnId != a.columnId)
        fields.append(SyncField::Status);
    if (b.priority != a.priority)
        fields.append(SyncField::Priority);
    if (b.type != a.type)
        fields.append(SyncField::Type);
    if (b.assigneeId != a.assigneeId)
        fields.append(SyncField::Assignee);
    if (b.sprintId != a.sprintId)
        fields.append(SyncField::Sprint);
    if (b.points != a.points)
        fields.append(SyncField::Points);
    return fields;
}

Result<qint64> OutboxRecorder::remoteOfSprint(qint64 sprintId)
{
    if (!sprintId)
        return qint64(0);
    auto link = m_store.versionLinkForSprint(sprintId);
    if (!link)
        return Result<qint64>::failure(link.error());
    return link->has_value() ? (*link)->remoteId : qint64(0);
}

Status OutboxRecorder::recordCard(const CardWrite &w)
{
    const qint64 cardId = w.after.id;
    auto link = m_store.linkForCard(cardId);
    if (!link)
        return Status::failure(link.error());
    auto entries = m_store.outboxForCard(cardId);
    if (!entries)
        return Status::failure(entries.error());
    const OutboxEntry *create = nullptr;
    for (const OutboxEntry &e : entries.value())
        if (e.op == OutboxEntry::Op::Create)
            create = &e;

    auto enqueue = [&](qint64 remoteId, OutboxEntry::Op op, const QList<SyncField> &fields) {
        OutboxEntry e;
        e.remoteId = remoteId;
        e.cardId = cardId;
        e.op = op;
        e.fields = fields;
        return m_store.enqueue(e);
    };
    auto dropEntries = [&](auto predicate) {
        QList<qint64> ids;
        for (const OutboxEntry &e : entries.value())
            if (predicate(e))
                ids.append(e.id);
        return m_store.removeEntries(ids);
    };

    switch (w.kind) {
    case CardWrite::Kind::Created:
    case CardWrite::Kind::Restored:
        if (link->has_value()) {
            // Undoing a delete that was not sent yet: the issue is still there.
            return dropEntries([](const OutboxEntry &e) {
                return e.op == OutboxEntry::Op::Delete && e.state != OutboxEntry::State::InFlight;
            });
        }
        if (!create) {
            auto remoteId = remoteOfSprint(w.after.sprintId);
            if (!remoteId)
                return Status::failure(remoteId.error());
            if (*remoteId)
                return enqueue(*remoteId, OutboxEntry::Op::Create, {});
        }
        return {};
    case CardWrite::Kind::Changed: {
        const QList<SyncField> fields = changedFields(w.before, w.after);
        if (fields.isEmpty())
            return {};
        if (link->has_value()) {
            if (Status s = m_store.retryRejected(cardId); !s)
                return s;
            return enqueue((*link)->remoteId, OutboxEntry::Op::Update, fields);
        }
        if (create) {
            if (create->state == OutboxEntry::State::InFlight)
                // The create on its way carries the old state; these fields follow it.
                return enqueue(create->remoteId, OutboxEntry::Op::Update, fields);
            auto remoteId = remoteOfSprint(w.after.sprintId);
            if (!remoteId)
                return Status::failure(remoteId.error());
            if (!*remoteId) // moved out of the synced sprints before it was sent
                return dropEntries([](const OutboxEntry &) { return true; });
            return m_store.retryRejected(cardId);
        }
        if (w.before.sprintId != w.after.sprintId) {
            auto remoteId = remoteOfSprint(w.after.sprintId);
            if (!remoteId)
                return Status::failure(remoteId.error());
            if (*remoteId)
                return enqueue(*remoteId, OutboxEntry::Op::Create, {});
        }
        return {};
    }
    case CardWrite::Kind::Deleted:
        if (link->has_value()) {
            // Pending edits of a card about to be deleted need not travel.
            if (Status s = dropEntries([](const OutboxEntry &e) {
                    return e.op == OutboxEntry::Op::Update &&
                           e.state != OutboxEntry::State::InFlight;
                });
                !s)
                return s;
            return enqueue((*link)->remoteId, OutboxEntry::Op::Delete, {});
        }
        if (create && create->state == OutboxEntry::State::InFlight)
            return enqueue(create->remoteId, OutboxEntry::Op::Delete, {});
        return dropEntries([](const OutboxEntry &) { return true; });
    }
    return {};
}

Status OutboxRecorder::recordSprint(const SprintWrite &w)
{
    if (!w.before.id)
        return {};
    auto link = m_store.versionLinkForSprint(w.after.id);
    if (!link)
        return Status::failure(link.error());
    if (!link->has_value())
        return {};
    const bool closedBefore = w.before.state == Sprint::State::Closed;
    const bool closedAfter = w.after.state == Sprint::State::Closed;
    if (w.before.name == w.after.name && w.before.end == w.after.end && closedBefore == closedAfter)
        return {};
    OutboxEntry e;
    e.remoteId = (*link)->remoteId;
    e.sprintId = w.after.id;
    e.op = OutboxEntry::Op::Version;
    return m_store.enqueue(e);
}

} // namespace SprintDeck

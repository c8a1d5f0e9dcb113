#include "core/sync/syncapplier.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/sync/applyplan.h"
#include "core/sync/outboxrecorder.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

SyncApplier::SyncApplier(Board &board, OutboxRecorder &recorder, SyncStore &store,
                         const Remote &remote, RedmineMapper &mapper)
    : m_board(board)
    , m_recorder(recorder)
    , m_store(store)
    , m_remote(remote)
    , m_mapper(mapper)
{}

Status SyncApplier::load()
{
    auto links = m_store.links(m_remote.id);
    if (!links)
        return Status::failure(links.error());
    m_links = links.value();
    m_issueOfCard.clear();
    for (const IssueLink &l : std::as_const(m_links))
        m_issueOfCard.insert(l.cardId, l.issueId);
    return {};
}

bool SyncApplier::isUnchanged(const RemoteIssue &issue) const
{
    const auto it = m_links.constFind(issue.id);
    // Timestamps have whole seconds: equal ones prove nothing unless the fields agree too.
    return it != m_links.cend() && it->updatedOn == issue.updatedOn && it->base == issue.fields;
}

bool SyncApplier::needsJournals(const RemoteIssue &issue) const
{
    if (isUnchanged(issue))
        return false;
    // Whole seconds again: an issue changed in the second it was created still reads as never
    // changed, so only an issue new to us is taken as it stands.
    return issue.updatedOn != issue.createdOn || m_links.contains(issue.id);
}

QString SyncApplier::keyFor(const RemoteIssue &issue)
{
    if (m_keys.isEmpty()) {
        m_keys.reserve(m_board.cardCount());
        for (const Card &c : m_board.cards())
            m_keys.insert(c.key.toLower());
    }
    const QString key = u"%1-%2"_s.arg(m_remote.keyPrefix).arg(issue.id);
    QString candidate = key;
    for (int n = 2; m_keys.contains(candidate.toLower()); ++n)
        candidate = u"%1-%2"_s.arg(key).arg(n);
    m_keys.insert(candidate.toLower());
    return candidate;
}

Result<QSet<SyncField>> SyncApplier::pendingFields(qint64 cardId, const QList<qint64> &except,
                                                   QList<OutboxEntry> *entries)
{
    auto all = m_store.outboxForCard(cardId);
    if (!all)
        return Result<QSet<SyncField>>::failure(all.error());
    QSet<SyncField> fields;
    for (const OutboxEntry &e : all.value()) {
        if (except.contains(e.id))
            continue;
        if (e.op == OutboxEntry::Op::Update)
            for (SyncField f : e.fields)
                fields.insert(f);
        if (entries)
            entries->append(e);
    }
    return fields;
}

SyncConflict SyncApplier::conflictFor(const Card &card, const RemoteIssue &issue,
                                      const QList<SyncField> &fields) const
{
    SyncConflict c;
    c.cardId = card.id;
    c.remoteId = m_remote.id;
    c.fields = fields;
    c.issue = issue;
    c.detectedAt = QDateTime::currentDateTimeUtc();
    for (SyncField f : fields) {
        c.local.insert(f, m_mapper.displayLocal(f, card));
        c.remote.insert(f, m_mapper.displayRemote(f, issue.fields.value(f), issue.assigneeName));
    }
    return c;
}

RedmineMapper::MemberFor SyncApplier::memberFor(Plan &plan)
{
    return [this, &plan](qint64 userId, const QString &knownName) -> std::optional<qint64> {
        const QString name = knownName.isEmpty() ? m_mapper.users().value(userId) : knownName;
        if (name.isEmpty())
            return std::nullopt; // a user of long ago whose name the server did not tell
        if (const Member *m = m_board.memberByName(name))
            return m->id;
        const QString folded = name.toLower();
        if (const auto it = plan.newMembers.constFind(folded); it != plan.newMembers.cend())
            return *it;
        // New members are written by the batch; cards refer to them as -n until then.
        plan.batch.members.append(Member{0, name, true});
        const qint64 ref = -qint64(plan.batch.members.size());
        plan.newMembers.insert(folded, ref);
        return ref;
    };
}

QList<CardStep> SyncApplier::timeline(Plan &plan, const Card &start, IssueFields state,
                                      const QList<Journal> &journals, const IssueFields &final,
                                      const QDateTime &finalAt, const QSet<SyncField> &held,
                                      const QList<SyncField> &finalFields)
{
    const RedmineMapper::MemberFor memberFor = this->memberFor(plan);

    QList<CardStep> steps;
    Card current = start;
    for (const Journal &j : journals) {
        QList<SyncField> changed;
        for (const JournalChange &c : j.changes) {
            if (held.contains(c.field))
                continue;
            state.insert(c.field, c.newValue);
            if (!changed.contains(c.field))
                changed.append(c.field);
        }
        if (changed.isEmpty())
            continue;
        Card next = current;
        m_mapper.toCard(state, changed, next, memberFor);
        if (next == current)
            continue;
        steps.append({next, j.at});
        current = next;
    }
    Card last = current;
    m_mapper.toCard(final, finalFields, last, memberFor);
    if (steps.isEmpty() || !(last == current))
        steps.append({last, finalAt});
    return steps;
}

void SyncApplier::planNewCard(Plan &plan, const RemoteIssue &issue)
{
    Card created;
    created.key = keyFor(issue);
    created.columnId = m_board.firstColumnId();
    created.rank = 1024.0 * double(issue.id);
    created.createdAt = issue.created();
    // The card as the issue was created, then one step per journal, then the state now.
    const IssueFields initial = issue.journalsFetched ? issue.initialFields() : issue.fields;
    m_mapper.toCard(initial, allSyncFields(), created, memberFor(plan));
    QList<CardStep> steps{{created, issue.created()}};
    const QList<CardStep> rest = timeline(plan, created, initial, issue.journals, issue.fields,
                                          issue.updated(), {}, allSyncFields());
    for (const CardStep &s : rest)
        if (!(s.state == steps.last().state))
            steps.append(s);
    plan.batch.cards.append(steps);

    qint64 lastJournal = 0;
    for (const Journal &j : issue.journals)
        lastJournal = qMax(lastJournal, j.id);
    plan.newLinks.insert(created.key, IssueLink{0, m_remote.id, issue.id, issue.updatedOn,
                                                lastJournal, issue.fields});
    ++plan.stats.created;
}

Status SyncApplier::planMerge(Plan &plan, const Merge &merge)
{
    const RemoteIssue &issue = merge.issue;
    if (!issue.assigneeName.isEmpty())
        m_mapper.addUser(issue.fields.value(SyncField::Assignee).toLongLong(), issue.assigneeName);

    qint64 cardId = merge.cardId;
    IssueLink link;
    if (merge.mode == Mode::Pushed && merge.created) {
        link = IssueLink{cardId, m_remote.id, issue.id, QString(), 0, merge.base};
    } else {
        const auto it =
            cardId ? m_links.constFind(m_issueOfCard.value(cardId)) : m_links.constFind(issue.id);
        if (it == m_links.cend()) {
            if (merge.mode != Mode::Pull)
                return Status::failure(
                    QObject::tr("Card %1 is not linked to an issue").arg(cardId));
            planNewCard(plan, issue);
            return {};
        }
        link = *it;
        cardId = link.cardId;
        if (merge.mode == Mode::Pushed)
            link.base = merge.base;
    }
    const Card *live = m_board.card(cardId);
    if (!live || plan.cardsInBatch.contains(cardId)) {
        // Deleted here: the delete waits in the outbox; keep the link until it is sent.
        if (merge.mode == Mode::Pushed) {
            plan.removeEntries.append(merge.doneEntries);
            link.updatedOn = issue.updatedOn;
            link.base = issue.fields;
            plan.saveLinks.append(link);
        }
        return {};
    }
    const Card &card = *live;

    QList<OutboxEntry> entries;
    auto pendingResult = pendingFields(cardId, merge.doneEntries, &entries);
    if (!pendingResult)
        return Status::failure(pendingResult.error());
    QSet<SyncField> pending = pendingResult.value();

    auto existing = m_store.conflictForCard(cardId);
    if (!existing)
        return Status::failure(existing.error());
    const bool resolving = merge.mode == Mode::KeepLocal || merge.mode == Mode::KeepRemote;

    if (merge.mode == Mode::Pull && isUnchanged(issue) && !existing->has_value()) {
        ++plan.stats.unchanged;
        return {};
    }

    QSet<SyncField> held = pending;
    if (!resolving) {
        const IssueFields local = m_mapper.fromCard(card, link.base);
        QList<SyncField> conflicting;
        for (SyncField f : allSyncFields()) {
            const bool remoteChanged = issue.fields.value(f) != link.base.value(f);
            if (remoteChanged && pending.contains(f) && local.value(f) != issue.fields.value(f))
                conflicting.append(f);
        }
        if (!conflicting.isEmpty()) {
            plan.removeEntries.append(merge.doneEntries);
            if (merge.mode == Mode::Pushed) {
                link.updatedOn = merge.created ? issue.updatedOn : link.updatedOn;
                plan.saveLinks.append(link);
            }
            plan.saveConflicts.append(conflictFor(card, issue, conflicting));
            ++plan.stats.conflicts;
            return {};
        }
        if (existing->has_value())
            plan.removeConflicts.append(cardId); // the two sides agree again
    } else {
        plan.removeConflicts.append(cardId);
        if (merge.mode == Mode::KeepLocal) {
            for (SyncField f : merge.conflicting)
                held.insert(f);
        } else {
            for (SyncField f : merge.conflicting)
                held.remove(f);
            // The server's values win: the local edits of those fields are not sent.
            for (OutboxEntry e : std::as_const(entries)) {
                if (e.op != OutboxEntry::Op::Update)
                    continue;
                const qsizetype before = e.fields.size();
                e.fields.removeIf([&](SyncField f) { return merge.conflicting.contains(f); });
                if (e.fields.isEmpty())
                    plan.removeEntries.append(e.id);
                else if (e.fields.size() != before)
                    plan.saveEntries.append(e);
            }
        }
    }

    // Journals newer than the last sync become dated events; a push's own journal does not.
    QList<Journal> journals;
    if (merge.mode != Mode::Pushed)
        for (const Journal &j : issue.journals)
            if (j.id > link.lastJournalId)
                journals.append(j);
    // Only what changed on the server since the base is taken; the rest of the card stays as it is
    // here.
    QList<SyncField> changedThere;
    for (SyncField f : allSyncFields())
        if (!held.contains(f) && issue.fields.value(f) != link.base.value(f))
            changedThere.append(f);
    const QList<CardStep> steps = timeline(plan, card, link.base, journals, issue.fields,
                                           issue.updated(), held, changedThere);
    const Card &final = steps.last().state;
    const bool changesCard = !(final == card) || steps.size() > 1;
    if (changesCard) {
        QList<CardStep> withIds = steps;
        for (CardStep &s : withIds)
            s.state.id = cardId;
        plan.batch.cards.append(withIds);
        plan.cardsInBatch.insert(cardId);
        ++plan.stats.updated;
    } else if (merge.mode == Mode::Pull) {
        ++plan.stats.unchanged;
    }

    for (const Journal &j : issue.journals)
        link.lastJournalId = qMax(link.lastJournalId, j.id);
    link.updatedOn = issue.updatedOn;
    link.base = issue.fields;
    plan.saveLinks.append(link);
    plan.removeEntries.append(merge.doneEntries);
    return {};
}

Status SyncApplier::commit(Plan &plan)
{
    QList<IssueLink> written;
    auto writeRows = [&](const QList<CardWrite> &cards,
                         const QList<SprintWrite> &sprints) -> Status {
        for (const CardWrite &w : cards) {
            if (w.kind != CardWrite::Kind::Created)
                continue;
            const auto it = plan.newLinks.constFind(w.after.key);
            if (it == plan.newLinks.cend())
                continue;
            IssueLink link = *it;
            link.cardId = w.after.id;
            if (Status s = m_store.saveLink(link); !s)
                return s;
            written.append(link);
        }
        for (const SprintWrite &w : sprints) {
            if (w.before.id)
                continue;
            const auto it = plan.newVersionLinks.constFind(w.after.name);
            if (it == plan.newVersionLinks.cend())
                continue;
            VersionLink link = *it;
            link.sprintId = w.after.id;
            if (Status s = m_store.saveVersionLink(link); !s)
                return s;
        }
        for (const IssueLink &l : std::as_const(plan.saveLinks)) {
            if (Status s = m_store.saveLink(l); !s)
                return s;
            written.append(l);
        }
        for (const VersionLink &l : std::as_const(plan.saveVersionLinks))
            if (Status s = m_store.saveVersionLink(l); !s)
                return s;
        for (qint64 cardId : std::as_const(plan.removeLinks))
            if (Status s = m_store.removeLink(cardId); !s)
                return s;
        for (const SyncConflict &c : std::as_const(plan.saveConflicts))
            if (Status s = m_store.saveConflict(c); !s)
                return s;
        for (qint64 cardId : std::as_const(plan.removeConflicts))
            if (Status s = m_store.removeConflict(cardId); !s)
                return s;
        if (Status s = m_store.removeEntries(plan.removeEntries); !s)
            return s;
        for (const OutboxEntry &e : std::as_const(plan.saveEntries))
            if (Status s = m_store.saveEntry(e); !s)
                return s;
        for (OutboxEntry e : std::as_const(plan.enqueue))
            if (Status s = m_store.enqueue(e); !s)
                return s;
        return {};
    };

    bool rowsWritten = false;
    const OutboxRecorder::RemoteWrite inTransaction = [&](const QList<CardWrite> &cards,
                                                          const QList<SprintWrite> &sprints) {
        written.clear();
        Status s = writeRows(cards, sprints);
        rowsWritten = s.ok();
        return s;
    };
    if (!plan.batch.isEmpty()) {
        if (Status s = m_recorder.applyRemote([&] { return m_board.applyBatch(plan.batch); },
                                              inTransaction);
            !s)
            return s;
    }
    if (!rowsWritten && plan.hasSyncRows()) {
        Database &db = m_store.database();
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(db.lastError());
        if (Status s = inTransaction({}, {}); !s)
            return s;
        if (!tx.commit())
            return Status::failure(db.lastError());
    }
    for (const IssueLink &l : std::as_const(written)) {
        m_links.insert(l.issueId, l);
        m_issueOfCard.insert(l.cardId, l.issueId);
    }
    for (qint64 cardId : std::as_const(plan.removeLinks)) {
        const qint64 issue = m_issueOfCard.take(cardId);
        if (issue)
            m_links.remove(issue);
    }
    m_stats.created += plan.stats.created;
    m_stats.updated += plan.stats.updated;
    m_stats.unchanged += plan.stats.unchanged;
    m_stats.deleted += plan.stats.deleted;
    m_stats.conflicts += plan.stats.conflicts;
    return {};
}

Status SyncApplier::applyPulled(const QList<RemoteIssue> &issues)
{
    Plan plan;
    for (const RemoteIssue &issue : issues)
        if (Status s = planMerge(plan, Merge{issue, Mode::Pull, 0, {}, {}, {}, false}); !s)
            return s;
    return commit(plan);
}

Status SyncApplier::applyPushed(qint64 cardId, const RemoteIssue &issue, const IssueFields &sent,
                                const QList<qint64> &doneEntries, bool created)
{
    IssueFields base;
    if (!created) {
        const auto it = m_links.constFind(m_issueOfCard.value(cardId));
        if (it == m_links.cend())
            return Status::failure(QObject::tr("Card %1 is not linked to an issue").arg(cardId));
        base = it->base;
    }
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        base.insert(it.key(), it.value());
    Plan plan;
    if (Status s =
            planMerge(plan, Merge{issue, Mode::Pushed, cardId, base, doneEntries, {}, created});
        !s)
        return s;
    return commit(plan);
}

Status SyncApplier::applyGone(const QList<qint64> &issueIds)
{
    Plan plan;
    for (qint64 issueId : issueIds) {
        const auto it = m_links.constFind(issueId);
        if (it == m_links.cend())
            continue;
        const qint64 cardId = it->cardId;
        const Card *card = m_board.card(cardId);
        QList<OutboxEntry> entries;
        auto pending = pendingFields(cardId, {}, &entries);
        if (!pending)
            return Status::failure(pending.error());
        const bool editedHere =
            std::any_of(entries.cbegin(), entries.cend(),
                        [](const OutboxEntry &e) { return e.op == OutboxEntry::Op::Update; });
        if (card && editedHere) {
            SyncConflict c;
            c.cardId = cardId;
            c.remoteId = m_remote.id;
            c.deletedRemotely = true;
            c.issue.id = issueId;
            c.detectedAt = QDateTime::currentDateTimeUtc();
            plan.saveConflicts.append(c);
            ++plan.stats.conflicts;
            continue;
        }
        for (const OutboxEntry &e : std::as_const(entries))
            plan.removeEntries.append(e.id);
        plan.removeLinks.append(cardId);
        if (card) {
            plan.batch.deleteCards.append(cardId);
            ++plan.stats.deleted;
        }
    }
    return commit(plan);
}

Status SyncApplier::resolve(qint64 cardId, bool keepLocal)
{
    auto found = m_store.conflictForCard(cardId);
    if (!found)
        return Status::failure(found.error());
    if (!found->has_value())
        return Status::failure(QObject::tr("Card %1 has no conflict").arg(cardId));
    const SyncConflict conflict = **found;
    Plan plan;
    if (conflict.deletedRemotely) {
        QList<OutboxEntry> entries;
        if (auto pending = pendingFields(cardId, {}, &entries); !pending)
            return Status::failure(pending.error());
        for (const OutboxEntry &e : std::as_const(entries))
            plan.removeEntries.append(e.id);
        plan.removeLinks.append(cardId);
        plan.removeConflicts.append(cardId);
        if (keepLocal) {
            OutboxEntry create;
            create.remoteId = m_remote.id;
            create.cardId = cardId;
            create.op = OutboxEntry::Op::Create;
            plan.enqueue.append(create);
        } else if (m_board.card(cardId)) {
            plan.batch.deleteCards.append(cardId);
            ++plan.stats.deleted;
        }
        return commit(plan);
    }
    if (Status s = planMerge(plan, Merge{conflict.issue,
                                         keepLocal ? Mode::KeepLocal : Mode::KeepRemote,
                                         cardId,
                                         {},
                                         {},
                                         conflict.fields,
                                         false});
        !s)
        return s;
    return commit(plan);
}

Status SyncApplier::dropEntries(const QList<qint64> &entryIds)
{
    Plan plan;
    plan.removeEntries = entryIds;
    return commit(plan);
}

} // namespace SprintDeck

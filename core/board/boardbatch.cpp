// Board's batch primitive, kept apart from board.cpp: imports and restores
// write whole histories at once, with the dates of their source. applyBatch()
// reads as its steps: sprints and members, card timelines, removals, the
// checks before the commit, then the board's memory.
#include "core/board/boardbatch.h"
#include "core/analytics/reportjson.h"
#include "core/board/batchcommand.h"
#include "core/board/batchprogress.h"
#include "core/board/board.h"
#include "core/board/cardevents.h"
#include "core/board/membername.h"
#include "core/board/sprintanalytics.h"
#include "core/storage/analyticsstore.h"
#include "core/storage/database.h"
#include "core/storage/repository.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace SprintDeck {

/** What applyBatch() has written so far, shared by its steps. */
struct Board::BatchWrite
{
    BatchWrite(BoardBatch &batch, const QDateTime &now)
        : batch(batch)
        , now(now)
    {}

    BoardBatch &batch;
    QDateTime now;
    qint64 boardAuthor = 0; ///< Board::author()
    BoardBatchResult done;
    QSet<qint64> sprintIds; ///< on the board or in the batch
    QSet<qint64> memberIds; ///< on the board or in the batch
    QList<Event> pendingEvents;
    bool anyEvent = false;
    /** Keys of deleted cards, read at the first new card; see takeDeletedCard(). */
    std::optional<QHash<QString, qint64>> deletedKeys;
    QList<Card> finals;    ///< each card's state at the end of its timeline
    QSet<qint64> seen;     ///< the cards of the timelines
    QSet<qint64> deleting; ///< the cards the batch deletes

    QDateTime stamp(const QDateTime &at) const { return at.isValid() ? at.toUTC() : now; }

    /** Events made by `author` (0: the Board's author). */
    void write(QList<Event> events, qint64 author)
    {
        for (Event &e : events)
            e.authorId = author ? author : boardAuthor;
        pendingEvents += events;
        anyEvent = anyEvent || !events.isEmpty();
    }

    /**
     * The id of the deleted card that had `key` (0: none), which the batch then restores once.
     * A key that belonged to a deleted card (an undone import, say) brings that card back. The
     * deleted keys are read once, at the first new card: a lookup per card is most of the cost
     * of a large import.
     */
    Result<qint64> takeDeletedCard(Repository &repo, const QString &key)
    {
        if (!deletedKeys) {
            auto keys = repo.deletedCardKeys();
            if (!keys)
                return Result<qint64>::failure(keys.error());
            deletedKeys.emplace(std::move(keys.value()));
        }
        return deletedKeys->take(key);
    }

    /**
     * Writes the pending events. An import writes tens of thousands of events. They are written at
     * the end, in the order of their times (a card's own in the order they were made): the index
     * of the events by time then grows at its end, which costs a sixth less than inserting all
     * over it. Events are read in the order of their times anyway, so the order they are
     * numbered in changes nothing else.
     */
    Status flushEvents(Repository &repo)
    {
        if (pendingEvents.isEmpty())
            return {};
        QList<std::pair<qint64, qsizetype>> order;
        order.reserve(pendingEvents.size());
        for (qsizetype i = 0; i < pendingEvents.size(); ++i)
            order.append({pendingEvents.at(i).at.toMSecsSinceEpoch(), i});
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<Event> sorted;
        sorted.reserve(pendingEvents.size());
        for (const auto &[at, i] : std::as_const(order))
            sorted.append(std::move(pendingEvents[i]));
        pendingEvents.clear();
        return repo.appendEvents(sorted);
    }
};

Status Board::applyBatchAction(BoardBatch batch, const QString &label)
{
    if (batch.isEmpty())
        return {};
    if (!batch.deleteCards.isEmpty() || !batch.removeSprints.isEmpty() ||
        !batch.removeMembers.isEmpty())
        return Status::failure(tr("A batch with removals cannot be undone"));
    return pushAndApply(new BatchCommand(this, label, std::move(batch)));
}

Status Board::applyBatch(BoardBatch &batch, BoardBatchResult *result)
{
    const BatchProgress progress = BatchProgressScope::take(this);
    const auto cancelled = [] { return Status::failure(tr("Cancelled; nothing was written")); };
    const qsizetype total = batch.cards.size();
    BatchWrite w(batch, now());
    w.boardAuthor = m_authorId;

    // SQLite's foreign key checks cost a fifth of writing an event, and with them on every block
    // of events is first copied aside in case it has to be undone alone. The batch checks the
    // references it writes: resolveBatchCard() those of each card, and the cards of the events
    // are looked up before the commit. A batch that removes sprints or members relies on the
    // database's cascades and restrictions, and writes with the checks on.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (batch.removeSprints.isEmpty() && batch.removeMembers.isEmpty())
        foreignKeysOff.emplace(*m_db);
    const bool checkEventCards = foreignKeysOff && foreignKeysOff->isOff();
    Transaction tx(*m_db);
    if (!tx.isActive())
        return Status::failure(m_db->lastError());
    qint64 lastEventBefore = 0;
    if (checkEventCards) {
        auto last = m_repo->lastEventId();
        if (!last)
            return Status::failure(last.error());
        lastEventBefore = last.value();
    }

    if (Status s = writeBatchSprints(w); !s)
        return s;
    if (Status s = writeBatchMembers(w); !s)
        return s;
    w.finals.reserve(batch.cards.size());
    qsizetype written = 0;
    for (QList<CardStep> &timeline : batch.cards) {
        if (progress && written % 32 == 0 && !progress(written, total))
            return cancelled();
        ++written;
        if (timeline.isEmpty())
            continue;
        if (Status s = writeBatchTimeline(timeline, w); !s)
            return s;
    }
    if (Status s = writeBatchRemovals(w); !s)
        return s;
    if (Status s = w.flushEvents(*m_repo); !s)
        return s;
    if (Status s = freezeBatchReports(w); !s)
        return s;
    if (checkEventCards) {
        if (Status s = checkBatchEventCards(lastEventBefore); !s)
            return s;
    }
    if (progress && !progress(total, total))
        return cancelled();
    if (!m_writeObservers.isEmpty()) {
        if (Status s = notifyBatchWritten(batch, w.done, w.finals); !s)
            return s;
    }
    if (!tx.commit()) {
        for (QList<CardStep> &timeline : batch.cards)
            if (!timeline.isEmpty() && !m_cards.contains(timeline.first().state.id))
                timeline.first().state.id = 0;
        return Status::failure(m_db->lastError());
    }
    if (result)
        *result = w.done;
    takeBatch(w);
    return {};
}

// --- sprints and members -----------------------------------------------------

Status Board::writeBatchSprints(BatchWrite &w)
{
    for (const Sprint &s : std::as_const(m_sprints))
        w.sprintIds.insert(s.id);
    for (Sprint &s : w.batch.sprints) {
        if (Status st = checkSprint(s); !st)
            return st;
        const Sprint *existing = s.id ? sprint(s.id) : nullptr;
        Status st = existing ? m_repo->updateSprint(s) : m_repo->insertSprint(s);
        if (!st)
            return Database::explainDuplicate(
                st, tr("There is already a sprint called %1").arg(s.name));
        if (existing)
            w.done.updatedSprints.append(*existing);
        else
            w.done.insertedSprints.append(s.id);
        w.sprintIds.insert(s.id);
    }
    return {};
}

Status Board::writeBatchMembers(BatchWrite &w)
{
    for (const Member &m : std::as_const(m_members))
        w.memberIds.insert(m.id);
    for (Member &m : w.batch.members) {
        if (Status named = checkMemberName(m.name); !named)
            return named;
        const Member *existing = m.id ? member(m.id) : nullptr;
        Status st = existing ? m_repo->updateMember(m) : m_repo->insertMember(m);
        if (!st)
            return Database::explainDuplicate(
                st, tr("There is already a member called %1").arg(m.name));
        if (existing)
            w.done.updatedMembers.append(*existing);
        else
            w.done.insertedMembers.append(m.id);
        w.memberIds.insert(m.id);
    }
    return {};
}

// --- card timelines ------------------------------------------------------------

Status Board::resolveBatchCard(Card &c, const BatchWrite &w) const
{
    if (c.sprintId < 0) {
        const qsizetype index = -c.sprintId - 1;
        if (index >= w.batch.sprints.size())
            return Status::failure(
                tr("Card %1 refers to a sprint that is not in the batch").arg(c.key));
        c.sprintId = w.batch.sprints.at(index).id;
    }
    if (c.assigneeId < 0) {
        const qsizetype index = -c.assigneeId - 1;
        if (index >= w.batch.members.size())
            return Status::failure(
                tr("Card %1 refers to a member that is not in the batch").arg(c.key));
        c.assigneeId = w.batch.members.at(index).id;
    }
    if (!column(c.columnId))
        return Status::failure(tr("Card %1: no column with id %2").arg(c.key).arg(c.columnId));
    if (c.sprintId && !w.sprintIds.contains(c.sprintId))
        return Status::failure(tr("Card %1: no sprint with id %2").arg(c.key).arg(c.sprintId));
    if (c.assigneeId && !w.memberIds.contains(c.assigneeId))
        return Status::failure(tr("Card %1: no member with id %2").arg(c.key).arg(c.assigneeId));
    if (c.title.trimmed().isEmpty())
        return Status::failure(tr("Card %1 needs a title").arg(c.key));
    return {};
}

Status Board::writeBatchTimeline(QList<CardStep> &timeline, BatchWrite &w)
{
    for (CardStep &step : timeline) {
        if (Status s = resolveBatchCard(step.state, w); !s)
            return s;
    }
    CardStep &first = timeline.first();
    const QDateTime firstAt = w.stamp(first.at);
    Card current;
    bool rowWritten = false;
    if (first.state.id == 0) {
        if (Status s = createBatchCard(timeline, w, &current, &rowWritten); !s)
            return s;
    }
    if (!rowWritten) {
        if (Status s = startBatchChange(first, w, &current); !s)
            return s;
    }
    if (w.seen.contains(current.id))
        return Status::failure(tr("Card %1 appears twice in one batch").arg(current.key));
    w.seen.insert(current.id);
    QDateTime lastAt = firstAt;
    for (qsizetype i = 1; i < timeline.size(); ++i) {
        Card next = timeline.at(i).state;
        next.id = current.id;
        next.createdAt = current.createdAt;
        if (next.key.trimmed().isEmpty())
            next.key = current.key; // the key the first state was given
        lastAt = w.stamp(timeline.at(i).at);
        w.write(CardEvents::changes(current, next, lastAt), timeline.at(i).authorId);
        current = next;
    }
    current.updatedAt = lastAt;
    if (!rowWritten) {
        if (Status s = m_repo->updateCard(current); !s)
            return s;
    }
    w.finals.append(current);
    return {};
}

Status Board::createBatchCard(QList<CardStep> &timeline, BatchWrite &w, Card *current,
                              bool *rowWritten)
{
    Card &c = timeline.first().state;
    const QDateTime firstAt = w.stamp(timeline.first().at);
    if (c.key.trimmed().isEmpty())
        c.key = nextKey();
    auto deleted = w.takeDeletedCard(*m_repo, c.key);
    if (!deleted)
        return Status::failure(deleted.error());
    c.id = deleted.value();
    if (c.id != 0)
        return {}; // the deleted card with this key comes back: startBatchChange()
    c.createdAt = c.createdAt.isValid() ? c.createdAt.toUTC() : firstAt;
    c.updatedAt = firstAt;
    // The row holds where the timeline ends (one write); the events tell how it got there.
    Card row = timeline.last().state;
    row.id = 0;
    row.key = c.key;
    row.createdAt = c.createdAt;
    row.updatedAt = w.stamp(timeline.last().at);
    if (Status s = m_repo->insertCard(row); !s)
        return Database::explainDuplicate(s,
                                          tr("A card with the key %1 exists already").arg(c.key));
    c.id = row.id;
    *rowWritten = true;
    w.write(CardEvents::created(c, firstAt), timeline.first().authorId);
    *current = c;
    w.done.createdCards.append(c.id);
    return {};
}

Status Board::startBatchChange(CardStep &first, BatchWrite &w, Card *current)
{
    const QDateTime firstAt = w.stamp(first.at);
    const qint64 id = first.state.id;
    if (const Card *live = card(id)) {
        *current = *live;
        w.done.changedCards.append(*current);
    } else {
        auto row = m_repo->loadCard(id, true);
        if (!row)
            return Status::failure(tr("Card %1 is no longer on the board").arg(first.state.key));
        *current = row.value();
        if (Status s = m_repo->setCardDeleted(id, false, firstAt); !s)
            return s;
        w.write({CardEvents::restored(*current, firstAt)}, first.authorId);
        w.done.createdCards.append(id);
    }
    w.write(CardEvents::changes(*current, first.state, firstAt), first.authorId);
    const QDateTime createdAt = current->createdAt;
    *current = first.state;
    current->createdAt = createdAt;
    return {};
}

// --- removals --------------------------------------------------------------------

Status Board::writeBatchRemovals(BatchWrite &w)
{
    for (qint64 id : std::as_const(w.batch.deleteCards)) {
        const Card *c = card(id);
        if (!c && !w.seen.contains(id))
            return Status::failure(tr("Card %1 is no longer on the board").arg(id));
        if (Status s = m_repo->setCardDeleted(id, true, w.now); !s)
            return s;
        w.write({CardEvents::deleted(id, c ? c->key : QString(), w.now)}, 0);
        w.deleting.insert(id);
    }
    for (qint64 id : std::as_const(w.batch.removeSprints)) {
        if (batchKeepsCard(w, [id](const Card &c) { return c.sprintId == id; }))
            return Status::failure(tr("The sprint still holds cards"));
        // Deleted cards keep their row; let go of the sprint so the row can go.
        if (Status s = m_repo->releaseSprintOfDeletedCards(id); !s)
            return s;
        if (Status s = m_repo->deleteSprint(id); !s)
            return s;
    }
    for (qint64 id : std::as_const(w.batch.removeMembers)) {
        if (batchKeepsCard(w, [id](const Card &c) { return c.assigneeId == id; }))
            return Status::failure(tr("Cards are still assigned to the member"));
        if (Status s = m_repo->releaseMemberOfDeletedCards(id); !s)
            return s;
        if (Status s = m_repo->deleteMember(id); !s)
            return s;
    }
    return {};
}

bool Board::batchKeepsCard(const BatchWrite &w,
                           const std::function<bool(const Card &)> &predicate) const
{
    for (const Card &c : std::as_const(w.finals))
        if (!w.deleting.contains(c.id) && predicate(c))
            return true;
    for (const Card &c : std::as_const(m_cards))
        if (!w.deleting.contains(c.id) && !w.seen.contains(c.id) && predicate(c))
            return true;
    return false;
}

Status Board::checkBatchEventCards(qint64 lastEventBefore)
{
    auto orphans = m_repo->eventsWithoutCardAfter(lastEventBefore);
    if (!orphans)
        return Status::failure(orphans.error());
    if (orphans.value() > 0)
        return Status::failure(tr("%n event(s) would name a card that does not exist; "
                                  "nothing was written",
                                  nullptr, int(orphans.value())));
    return {};
}

Status Board::freezeBatchReports(const BatchWrite &w)
{
    AnalyticsStore store(*m_db);
    for (const Sprint &s : std::as_const(w.batch.sprints)) {
        auto stored = store.loadReport(s.id);
        if (!stored)
            return Status::failure(stored.error());
        const bool closed = s.state == Sprint::State::Closed && s.closedAt.isValid();
        if (!closed) {
            const auto before =
                std::find_if(w.done.updatedSprints.cbegin(), w.done.updatedSprints.cend(),
                             [&s](const Sprint &b) { return b.id == s.id; });
            const bool reopened =
                before != w.done.updatedSprints.cend() && before->state == Sprint::State::Closed;
            if (reopened && stored->has_value())
                if (Status st = store.deleteReport(s.id); !st)
                    return st;
            continue;
        }
        if (stored->has_value() && (*stored)->frozenAt == s.closedAt)
            continue; // frozen when it was closed; later edits must not rewrite it
        // The events are written (same transaction): the report is the sprint as of its close.
        SprintAnalytics analytics(*this);
        auto report = analytics.liveSeries(s, s.closedAt);
        if (!report)
            return Status::failure(report.error());
        const QByteArray json =
            QJsonDocument(sprintSeriesToJson(report.value())).toJson(QJsonDocument::Compact);
        if (Status st = store.saveReport({s.id, s.closedAt, json}); !st)
            return st;
    }
    return {};
}

// --- memory, after the commit ----------------------------------------------------

void Board::takeBatch(const BatchWrite &w)
{
    const BoardBatch &batch = w.batch;
    const bool sprintsTouched = !batch.sprints.isEmpty() || !batch.removeSprints.isEmpty();
    takeBatchSprints(batch);
    const bool membersTouched = !batch.members.isEmpty() || !batch.removeMembers.isEmpty();
    takeBatchMembers(batch);
    const BatchCardChanges changes = takeBatchCards(w);
    if (membersTouched)
        for (const Card &c : std::as_const(m_cards))
            refreshSearchText(c);

    if (sprintsTouched)
        emit sprintsChanged();
    if (membersTouched)
        emit membersChanged();
    if (!changes.removed.isEmpty())
        emit cardsRemoved(changes.removed);
    if (!changes.added.isEmpty())
        emit cardsAdded(changes.added);
    if (!changes.before.isEmpty())
        emit cardsChanged(changes.before);
    if (w.anyEvent)
        emit historyChanged();
}

void Board::takeBatchSprints(const BoardBatch &batch)
{
    for (const Sprint &s : std::as_const(batch.sprints)) {
        auto it = std::find_if(m_sprints.begin(), m_sprints.end(),
                               [&s](const Sprint &e) { return e.id == s.id; });
        if (it != m_sprints.end())
            *it = s;
        else
            m_sprints.append(s);
    }
    m_sprints.removeIf([&batch](const Sprint &s) { return batch.removeSprints.contains(s.id); });
    std::stable_sort(m_sprints.begin(), m_sprints.end(), sprintBefore);
}

void Board::takeBatchMembers(const BoardBatch &batch)
{
    for (const Member &m : std::as_const(batch.members)) {
        auto it = std::find_if(m_members.begin(), m_members.end(),
                               [&m](const Member &e) { return e.id == m.id; });
        if (it != m_members.end())
            *it = m;
        else
            m_members.append(m);
    }
    m_members.removeIf([&batch](const Member &m) { return batch.removeMembers.contains(m.id); });
    std::sort(m_members.begin(), m_members.end(), memberBefore);
}

Board::BatchCardChanges Board::takeBatchCards(const BatchWrite &w)
{
    BatchCardChanges changes;
    for (qint64 id : std::as_const(w.batch.deleteCards)) {
        auto it = m_cards.find(id);
        if (it == m_cards.end())
            continue;
        indexRemove(*it);
        changes.removed.append(*it);
        m_search.forget(id);
        m_cards.erase(it);
    }
    for (const Card &c : std::as_const(w.finals)) {
        if (w.deleting.contains(c.id))
            continue;
        auto it = m_cards.find(c.id);
        if (it != m_cards.end()) {
            changes.before.append(*it);
            indexRemove(*it);
            *it = c;
        } else {
            changes.added.append(c.id);
            m_cards.insert(c.id, c);
        }
    }
    for (const Card &c : std::as_const(w.finals)) {
        if (w.deleting.contains(c.id))
            continue;
        indexInsert(c);
        refreshSearchText(c);
    }
    return changes;
}

} // namespace SprintDeck

// Board's batch primitive, kept apart from board.cpp: imports and restores
// write whole histories at once, with the dates of their source.
#include "board/boardbatch.h"
#include "board/batchcommand.h"
#include "board/batchprogress.h"
#include "board/board.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace SprintDeck {

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
    const QDateTime now = this->now();
    auto stamp = [&now](const QDateTime &at) { return at.isValid() ? at.toUTC() : now; };
    BoardBatchResult done;
    bool anyEvent = false;

    // SQLite's foreign key checks cost a fifth of writing an event, and with them on every block
    // of events is first copied aside in case it has to be undone alone. The batch checks the
    // references it writes: resolve() those of each card, and the cards of the events are looked
    // up before the commit. A batch that removes sprints or members relies on the database's
    // cascades and restrictions, and writes with the checks on.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (batch.removeSprints.isEmpty() && batch.removeMembers.isEmpty())
        foreignKeysOff.emplace(*m_db);
    Transaction tx(*m_db);
    if (!tx.isActive())
        return Status::failure(m_db->lastError());
    qint64 lastEventBefore = 0;
    if (foreignKeysOff && foreignKeysOff->isOff()) {
        QSqlQuery &q = m_db->statement(u"SELECT coalesce(max(id), 0) FROM events"_s);
        if (!q.exec() || !q.next())
            return Status::failure(q.lastError().text());
        lastEventBefore = q.value(0).toLongLong();
        q.finish();
    }

    // --- sprints and members -------------------------------------------------
    QSet<qint64> sprintIds;
    for (const Sprint &s : std::as_const(m_sprints))
        sprintIds.insert(s.id);
    for (Sprint &s : batch.sprints) {
        if (Status st = checkSprint(s); !st)
            return st;
        const Sprint *existing = s.id ? sprint(s.id) : nullptr;
        Status st = existing ? m_repo->updateSprint(s) : m_repo->insertSprint(s);
        if (!st)
            return Status::failure(st.error().contains(u"UNIQUE"_s)
                                       ? tr("There is already a sprint called %1").arg(s.name)
                                       : st.error());
        if (existing)
            done.updatedSprints.append(*existing);
        else
            done.insertedSprints.append(s.id);
        sprintIds.insert(s.id);
    }
    QSet<qint64> memberIds;
    for (const Member &m : std::as_const(m_members))
        memberIds.insert(m.id);
    for (Member &m : batch.members) {
        if (m.name.trimmed().isEmpty())
            return Status::failure(tr("A member needs a name"));
        const Member *existing = m.id ? member(m.id) : nullptr;
        Status st = existing ? m_repo->updateMember(m) : m_repo->insertMember(m);
        if (!st)
            return Status::failure(st.error().contains(u"UNIQUE"_s)
                                       ? tr("There is already a member called %1").arg(m.name)
                                       : st.error());
        if (existing)
            done.updatedMembers.append(*existing);
        else
            done.insertedMembers.append(m.id);
        memberIds.insert(m.id);
    }

    auto resolve = [&](Card &c) -> Status {
        if (c.sprintId < 0) {
            const qsizetype index = -c.sprintId - 1;
            if (index >= batch.sprints.size())
                return Status::failure(
                    tr("Card %1 refers to a sprint that is not in the batch").arg(c.key));
            c.sprintId = batch.sprints.at(index).id;
        }
        if (c.assigneeId < 0) {
            const qsizetype index = -c.assigneeId - 1;
            if (index >= batch.members.size())
                return Status::failure(
                    tr("Card %1 refers to a member that is not in the batch").arg(c.key));
            c.assigneeId = batch.members.at(index).id;
        }
        if (!column(c.columnId))
            return Status::failure(tr("Card %1: no column with id %2").arg(c.key).arg(c.columnId));
        if (c.sprintId && !sprintIds.contains(c.sprintId))
            return Status::failure(tr("Card %1: no sprint with id %2").arg(c.key).arg(c.sprintId));
        if (c.assigneeId && !memberIds.contains(c.assigneeId))
            return Status::failure(
                tr("Card %1: no member with id %2").arg(c.key).arg(c.assigneeId));
        if (c.title.trimmed().isEmpty())
            return Status::failure(tr("Card %1 needs a title").arg(c.key));
        return {};
    };
    // An import writes tens of thousands of events. They are written at the end, in the order
    // of their times (a card's own in the order they were made): the index of the events by
    // time then grows at its end, which costs a sixth less than inserting all over it. Events
    // are read in the order of their times anyway, so the order they are numbered in changes
    // nothing else.
    QList<Event> pendingEvents;
    auto flushEvents = [&]() -> Status {
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
        return m_repo->appendEvents(sorted);
    };
    auto writeEvents = [&](const QList<Event> &events) {
        pendingEvents += events;
        anyEvent = anyEvent || !events.isEmpty();
    };
    // A key that belonged to a deleted card (an undone import, say) brings that card back. The
    // deleted keys are read once, at the first new card: a lookup per card is most of the cost
    // of a large import.
    std::optional<QHash<QString, qint64>> deletedKeys;
    auto deletedCardWithKey = [this, &deletedKeys](const QString &key) -> Result<qint64> {
        if (!deletedKeys) {
            QSqlQuery &q = m_db->statement(u"SELECT key, id FROM cards WHERE deleted = 1"_s);
            if (!q.exec())
                return Result<qint64>::failure(q.lastError().text());
            deletedKeys.emplace();
            while (q.next())
                deletedKeys->insert(q.value(0).toString(), q.value(1).toLongLong());
            q.finish();
        }
        return deletedKeys->take(key); // restored once; 0 when no deleted card had the key
    };

    // --- card timelines --------------------------------------------------------
    QList<Card> finals;
    finals.reserve(batch.cards.size());
    QSet<qint64> seen;
    qsizetype written = 0;
    for (QList<CardStep> &timeline : batch.cards) {
        if (progress && written % 32 == 0 && !progress(written, total))
            return cancelled();
        ++written;
        if (timeline.isEmpty())
            continue;
        for (CardStep &step : timeline) {
            if (Status s = resolve(step.state); !s)
                return s;
        }
        CardStep &first = timeline.first();
        const QDateTime firstAt = stamp(first.at);
        Card current;
        bool created = false;
        bool rowWritten = false;
        if (first.state.id == 0) {
            Card &c = first.state;
            if (c.key.trimmed().isEmpty())
                c.key = nextKey();
            auto deleted = deletedCardWithKey(c.key);
            if (!deleted)
                return Status::failure(deleted.error());
            c.id = deleted.value();
            if (c.id == 0) {
                c.createdAt = c.createdAt.isValid() ? c.createdAt.toUTC() : firstAt;
                c.updatedAt = firstAt;
                // The row holds where the timeline ends (one write); the events tell how it got
                // there.
                Card row = timeline.last().state;
                row.id = 0;
                row.key = c.key;
                row.createdAt = c.createdAt;
                row.updatedAt = stamp(timeline.last().at);
                if (Status s = m_repo->insertCard(row); !s) {
                    return Status::failure(
                        s.error().contains(u"UNIQUE"_s)
                            ? tr("A card with the key %1 exists already").arg(c.key)
                            : s.error());
                }
                c.id = row.id;
                rowWritten = true;
                writeEvents({Event{0, c.id, firstAt, Event::Kind::Created, QString(), c.key}});
                // As for single inserts: the initial state follows the created event.
                Card empty;
                empty.id = c.id;
                QList<Event> initial = diffEvents(empty, c, firstAt);
                initial.removeIf([&c](const Event &e) {
                    return e.kind == Event::Kind::Ranked ||
                           (e.kind == Event::Kind::Type && c.type == CardType::Story) ||
                           (e.kind == Event::Kind::Priority && c.priority == Priority::P3);
                });
                writeEvents(initial);
                current = c;
                created = true;
                done.createdCards.append(c.id);
            }
        }
        if (!created) {
            const qint64 id = first.state.id;
            if (const Card *live = card(id)) {
                current = *live;
                done.changedCards.append(current);
            } else {
                auto row = m_repo->loadCard(id, true);
                if (!row)
                    return Status::failure(
                        tr("Card %1 is no longer on the board").arg(first.state.key));
                current = row.value();
                if (Status s = m_repo->setCardDeleted(id, false, firstAt); !s)
                    return s;
                writeEvents({Event{0, id, firstAt, Event::Kind::Restored, QString(), current.key}});
                done.createdCards.append(id);
            }
            first.state.id = id;
            writeEvents(diffEvents(current, first.state, firstAt));
            const QDateTime createdAt = current.createdAt;
            current = first.state;
            current.createdAt = createdAt;
        }
        if (seen.contains(current.id))
            return Status::failure(tr("Card %1 appears twice in one batch").arg(current.key));
        seen.insert(current.id);
        QDateTime lastAt = firstAt;
        for (qsizetype i = 1; i < timeline.size(); ++i) {
            Card next = timeline.at(i).state;
            next.id = current.id;
            next.createdAt = current.createdAt;
            if (next.key.trimmed().isEmpty())
                next.key = current.key; // the key the first state was given
            lastAt = stamp(timeline.at(i).at);
            writeEvents(diffEvents(current, next, lastAt));
            current = next;
        }
        current.updatedAt = lastAt;
        if (!rowWritten) {
            if (Status s = m_repo->updateCard(current); !s)
                return s;
        }
        finals.append(current);
    }

    // --- removals --------------------------------------------------------------
    QSet<qint64> deleting;
    for (qint64 id : std::as_const(batch.deleteCards)) {
        const Card *c = card(id);
        if (!c && !seen.contains(id))
            return Status::failure(tr("Card %1 is no longer on the board").arg(id));
        if (Status s = m_repo->setCardDeleted(id, true, now); !s)
            return s;
        const QString key = c ? c->key : QString();
        writeEvents({Event{0, id, now, Event::Kind::Deleted, key, QString()}});
        deleting.insert(id);
    }
    // The live cards once the batch is written.
    auto liveCards = [&](auto predicate) {
        for (const Card &c : std::as_const(finals))
            if (!deleting.contains(c.id) && predicate(c))
                return true;
        for (const Card &c : std::as_const(m_cards))
            if (!deleting.contains(c.id) && !seen.contains(c.id) && predicate(c))
                return true;
        return false;
    };
    for (qint64 id : std::as_const(batch.removeSprints)) {
        if (liveCards([id](const Card &c) { return c.sprintId == id; }))
            return Status::failure(tr("The sprint still holds cards"));
        // Deleted cards keep their row; let go of the sprint so the row can go.
        QSqlQuery &detach = m_db->statement(
            u"UPDATE cards SET sprint_id = NULL WHERE sprint_id = ? AND deleted = 1"_s);
        detach.addBindValue(id);
        if (!detach.exec())
            return Status::failure(detach.lastError().text());
        detach.finish();
        if (Status s = m_repo->deleteSprint(id); !s)
            return s;
    }
    for (qint64 id : std::as_const(batch.removeMembers)) {
        if (liveCards([id](const Card &c) { return c.assigneeId == id; }))
            return Status::failure(tr("Cards are still assigned to the member"));
        QSqlQuery &detach = m_db->statement(
            u"UPDATE cards SET assignee_id = NULL WHERE assignee_id = ? AND deleted = 1"_s);
        detach.addBindValue(id);
        if (!detach.exec())
            return Status::failure(detach.lastError().text());
        detach.finish();
        if (Status s = m_repo->deleteMember(id); !s)
            return s;
    }

    if (Status s = flushEvents(); !s)
        return s;
    if (foreignKeysOff && foreignKeysOff->isOff()) {
        QSqlQuery &q =
            m_db->statement(u"SELECT count(*) FROM events WHERE id > ? AND card_id NOT IN "
                            "(SELECT id FROM cards)"_s);
        q.addBindValue(lastEventBefore);
        if (!q.exec() || !q.next())
            return Status::failure(q.lastError().text());
        const qint64 orphans = q.value(0).toLongLong();
        q.finish();
        if (orphans > 0)
            return Status::failure(tr("%n event(s) would name a card that does not exist; "
                                      "nothing was written",
                                      nullptr, int(orphans)));
    }
    if (progress && !progress(total, total))
        return cancelled();
    if (!m_writeObservers.isEmpty()) {
        if (Status s = notifyBatchWritten(batch, done, finals); !s)
            return s;
    }
    if (!tx.commit()) {
        for (QList<CardStep> &timeline : batch.cards)
            if (!timeline.isEmpty() && !m_cards.contains(timeline.first().state.id))
                timeline.first().state.id = 0;
        return Status::failure(m_db->lastError());
    }

    // --- memory, after the commit ----------------------------------------------
    const bool sprintsTouched = !batch.sprints.isEmpty() || !batch.removeSprints.isEmpty();
    for (const Sprint &s : std::as_const(batch.sprints)) {
        auto it = std::find_if(m_sprints.begin(), m_sprints.end(),
                               [&s](const Sprint &e) { return e.id == s.id; });
        if (it != m_sprints.end())
            *it = s;
        else
            m_sprints.append(s);
    }
    m_sprints.removeIf([&batch](const Sprint &s) { return batch.removeSprints.contains(s.id); });
    std::stable_sort(m_sprints.begin(), m_sprints.end(), [](const Sprint &a, const Sprint &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    const bool membersTouched = !batch.members.isEmpty() || !batch.removeMembers.isEmpty();
    for (const Member &m : std::as_const(batch.members)) {
        auto it = std::find_if(m_members.begin(), m_members.end(),
                               [&m](const Member &e) { return e.id == m.id; });
        if (it != m_members.end())
            *it = m;
        else
            m_members.append(m);
    }
    m_members.removeIf([&batch](const Member &m) { return batch.removeMembers.contains(m.id); });
    std::sort(m_members.begin(), m_members.end(), [](const Member &a, const Member &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });

    QList<Card> removed;
    for (qint64 id : std::as_const(batch.deleteCards)) {
        auto it = m_cards.find(id);
        if (it == m_cards.end())
            continue;
        indexRemove(*it);
        removed.append(*it);
        m_search.forget(id);
        m_cards.erase(it);
    }
    QList<Card> before;
    QList<qint64> added;
    for (const Card &c : std::as_const(finals)) {
        if (deleting.contains(c.id))
            continue;
        auto it = m_cards.find(c.id);
        if (it != m_cards.end()) {
            before.append(*it);
            indexRemove(*it);
            *it = c;
        } else {
            added.append(c.id);
            m_cards.insert(c.id, c);
        }
    }
    for (const Card &c : std::as_const(finals)) {
        if (deleting.contains(c.id))
            continue;
        indexInsert(c);
        refreshSearchText(c);
    }
    if (membersTouched)
        for (const Card &c : std::as_const(m_cards))
            refreshSearchText(c);

    if (result)
        *result = done;
    if (sprintsTouched)
        emit sprintsChanged();
    if (membersTouched)
        emit membersChanged();
    if (!removed.isEmpty())
        emit cardsRemoved(removed);
    if (!added.isEmpty())
        emit cardsAdded(added);
    if (!before.isEmpty())
        emit cardsChanged(before);
    if (anyEvent)
        emit historyChanged();
    return {};
}

} // namespace SprintDeck

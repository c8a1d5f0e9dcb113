#include "core/team/teamsync.h"

#include "core/board/board.h"
#include "core/board/boardbatch.h"
#include "core/standup/standupbook.h"
#include "core/storage/database.h"
#include "core/storage/repository.h"
#include "core/storage/teamserver.h"
#include "core/team/teamfields.h"
#include "core/team/teamrecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

#include <future>
#include <numeric>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::TeamSync", text);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/**
 * How many events one read of the log brings; SPRINTDECK_TEAM_EVENTS_PER_READ makes it small,
 * so that tests go through many reads of a short log.
 */
int eventsPerRead()
{
    static const int configured = qEnvironmentVariableIntValue("SPRINTDECK_TEAM_EVENTS_PER_READ");
    return configured > 0 ? configured : 50000;
}

/**
 * A card's states through its history, replayed from its events (the initial-state rule of
 * CardEvents::created()), one state per moment; the last one is the card as it is. References to
 * rows the board no longer has keep the previous state's.
 */
QList<CardStep> replayHistory(const Board &board, const Card &current, const QList<Event> &events)
{
    QList<CardStep> steps;
    Card state;
    state.id = current.id;
    state.key = current.key;
    state.createdAt = current.createdAt;
    state.columnId = current.columnId;
    for (qsizetype i = 0; i < events.size();) {
        const QDateTime at = events.at(i).at;
        for (; i < events.size() && events.at(i).at == at; ++i) {
            const Event &e = events.at(i);
            const QString &v = e.newValue;
            switch (e.kind) {
            case Event::Kind::Moved:
                if (board.column(v.toLongLong()))
                    state.columnId = v.toLongLong();
                break;
            case Event::Kind::Ranked:
                state.rank = v.toDouble();
                break;
            case Event::Kind::Sprint:
                state.sprintId = v.isEmpty() || !board.sprint(v.toLongLong()) ? 0 : v.toLongLong();
                break;
            case Event::Kind::Title:
                state.title = v;
                break;
            case Event::Kind::Description:
                state.description = v;
                break;
            case Event::Kind::Points:
                state.points = v.isEmpty() ? std::nullopt : std::optional<double>(v.toDouble());
                break;
            case Event::Kind::Priority:
                state.priority = parsePriority(v).value_or(Priority::P3);
                break;
            case Event::Kind::Type:
                state.type = parseCardType(v).value_or(CardType::Story);
                break;
            case Event::Kind::Assignee:
                state.assigneeId =
                    v.isEmpty() || !board.member(v.toLongLong()) ? 0 : v.toLongLong();
                break;
            case Event::Kind::Labels:
                state.labels = v.split(u',', Qt::SkipEmptyParts);
                break;
            case Event::Kind::Blocked:
                state.blocked = !v.isEmpty();
                state.blockedReason = v.startsWith(u"blocked: "_s) ? v.mid(9) : QString();
                break;
            case Event::Kind::Checklist:
                state.checklist = checklistFromJson(v);
                break;
            case Event::Kind::Created:
            case Event::Kind::Deleted:
            case Event::Kind::Restored:
                break;
            }
        }
        steps.append({state, at});
    }
    if (steps.isEmpty())
        steps.append({current, current.createdAt});
    steps.last().state = current;
    return steps;
}

} // namespace

QString TeamSyncReport::message() const
{
    QStringList parts;
    parts.append(
        QCoreApplication::translate("SprintDeck::TeamSync", "%n edit(s) sent", nullptr, pushed));
    parts.append(
        QCoreApplication::translate("SprintDeck::TeamSync", "%n received", nullptr, pulled));
    if (waiting)
        parts.append(
            QCoreApplication::translate("SprintDeck::TeamSync", "%n waiting", nullptr, waiting));
    if (conflicts)
        parts.append(QCoreApplication::translate("SprintDeck::TeamSync", "%n conflict(s)", nullptr,
                                                 conflicts));
    return parts.join(u", "_s);
}

QString TeamSync::defaultMember()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    return user.simplified();
}

TeamSync::TeamSync(Board &board)
    : m_board(board)
    , m_recorder(TeamRecorder::attach(board))
    , m_store(board.database())
{}

// --- share and join ----------------------------------------------------------------------

Status TeamSync::share(TeamServer &server, const QString &member)
{
    Result<std::optional<TeamLink>> linked = m_store.link();
    if (!linked)
        return Status::failure(linked.error());
    if (linked->has_value())
        return Status::failure(tr("this board is shared already, on %1").arg(linked->value().url));
    if (Status s = server.migrate(); !s)
        return s;
    Result<bool> writable = server.canWrite();
    if (!writable)
        return Status::failure(writable.error());
    if (!*writable)
        return Status::failure(tr("%1 may only view boards on this server, not publish one")
                                   .arg(server.address().user));
    if (Result<qint64> m = m_board.ensureMember(member); !m)
        return Status::failure(m.error());

    Database &db = m_board.database();
    Result<QList<Event>> events = Repository(db).events();
    if (!events)
        return Status::failure(events.error());
    QHash<qint64, QList<Event>> byCard;
    for (const Event &e : std::as_const(*events))
        byCard[e.cardId].append(e);

    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(db.lastError());
    QList<TeamEdit> edits;
    QHash<QString, qint64> versions;
    const QDateTime now = m_board.now();
    auto map = [&](TeamKind kind, qint64 id) -> Result<QString> {
        const QString uid = newUid();
        if (Status s = m_store.mapId(kind, id, uid, 0); !s)
            return Result<QString>::failure(s.error());
        return uid;
    };
    auto add = [&](TeamKind kind, const QString &uid, TeamOp op, const QJsonObject &before,
                   const QJsonObject &after, const QDateTime &at) {
        TeamEdit e;
        e.eventId = newUid();
        e.kind = kind;
        e.uid = uid;
        e.op = op;
        e.before = before;
        e.after = after;
        e.madeAt = at.isValid() ? at : now;
        edits.append(e);
        ++versions[uid];
    };
    for (const Column &c : m_board.columns()) {
        Result<QString> uid = map(TeamKind::Column, c.id);
        if (!uid)
            return Status::failure(uid.error());
        add(TeamKind::Column, *uid, TeamOp::Create, {}, TeamFields::ofColumn(c), now);
    }
    for (const Member &m : m_board.members()) {
        Result<QString> uid = map(TeamKind::Member, m.id);
        if (!uid)
            return Status::failure(uid.error());
        add(TeamKind::Member, *uid, TeamOp::Create, {}, TeamFields::ofMember(m), now);
    }
    for (const Sprint &s : m_board.sprints()) {
        Result<QString> uid = map(TeamKind::Sprint, s.id);
        if (!uid)
            return Status::failure(uid.error());
        add(TeamKind::Sprint, *uid, TeamOp::Create, {}, TeamFields::ofSprint(s),
            s.startedAt.isValid() ? s.startedAt : now);
    }
    // Cards in key order, each with its history, so that every replica's charts read the same.
    QList<const Card *> cards;
    for (const Card &c : m_board.cards())
        cards.append(&c);
    std::sort(cards.begin(), cards.end(),
              [](const Card *a, const Card *b) { return a->id < b->id; });
    for (const Card *c : std::as_const(cards)) {
        Result<QString> uid = map(TeamKind::Card, c->id);
        if (!uid)
            return Status::failure(uid.error());
        QJsonObject previous;
        const QList<CardStep> steps = replayHistory(m_board, *c, byCard.value(c->id));
        for (const CardStep &step : steps) {
            Result<QJsonObject> fields = TeamFields::ofCard(step.state, m_store);
            if (!fields)
                return Status::failure(fields.error());
            if (previous.isEmpty()) {
                add(TeamKind::Card, *uid, TeamOp::Create, {}, *fields, step.at);
            } else {
                QJsonObject old;
                const QJsonObject changed = TeamFields::changed(previous, *fields, &old);
                if (!changed.isEmpty())
                    add(TeamKind::Card, *uid, TeamOp::Update, old, changed, step.at);
            }
            previous = *fields;
        }
    }
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        if (Status s = m_store.setVersion(it.key(), it.value()); !s)
            return s;

    TeamLink link;
    link.url = server.address().url();
    link.boardUid = newUid();
    link.member = member.simplified();
    link.clientUid = newUid();
    link.lastSeq = edits.size();
    link.syncedAt = now;
    link.result = tr("shared");
    if (Status s = m_store.saveLink(link); !s)
        return s;
    if (Status s =
            server.publish(link.boardUid, m_board.keyPrefix(), edits, link.clientUid, link.member);
        !s)
        return s;
    if (!tx.commit())
        return Status::failure(
            tr("the board is on the server, but this file could not record it (%1): join it "
               "into a new file")
                .arg(db.lastError()));
    m_link = link;
    return m_recorder->reload();
}

Status TeamSync::join(TeamServer &server, const QString &member)
{
    Result<std::optional<TeamLink>> linked = m_store.link();
    if (!linked)
        return Status::failure(linked.error());
    if (linked->has_value())
        return Status::failure(
            tr("this file is a replica already, of %1").arg(linked->value().url));
    if (!m_board.cards().isEmpty() || !m_board.sprints().isEmpty())
        return Status::failure(tr("this file holds a board already; join makes a new file"));
    if (Status s = server.migrate(); !s)
        return s;
    Result<QString> boardId = server.boardId();
    if (!boardId)
        return Status::failure(boardId.error());
    if (boardId->isEmpty())
        return Status::failure(tr("the database %1 on the team server holds no board yet; "
                                  "publish one with: sprintdeck share")
                                   .arg(server.address().database));
    Result<bool> writable = server.canWrite();
    if (!writable)
        return Status::failure(writable.error());
    Result<QString> prefix = server.keyPrefix();
    if (!prefix)
        return Status::failure(prefix.error());
    if (!prefix->isEmpty())
        if (Status s = m_board.setKeyPrefix(*prefix); !s)
            return s;

    TeamLink link;
    link.url = server.address().url();
    link.boardUid = *boardId;
    link.member = member.simplified();
    link.clientUid = newUid();
    link.readOnly = !*writable;
    {
        Transaction tx(m_board.database());
        if (Status s = m_store.saveLink(link); !s)
            return s;
        if (!tx.commit())
            return Status::failure(m_board.database().lastError());
    }
    m_link = link;
    if (Status s = m_recorder->reload(); !s)
        return s;
    TeamSyncReport report;
    if (Status s = pull(server, report); !s)
        return s;
    if (!link.readOnly && !m_board.memberByName(link.member)) {
        if (Result<qint64> m = m_board.ensureMember(link.member); !m)
            return Status::failure(m.error());
        if (Status s = push(server, report); !s)
            return s;
    }
    if (Status s = m_recorder->reload(); !s) // the member exists now: edits are theirs
        return s;
    return server.touch(link.clientUid, link.member);
}

// --- the exchange ---------------------------------------------------------------------------

Result<TeamSyncReport> TeamSync::sync(TeamServer &server)
{
    using R = Result<TeamSyncReport>;
    TeamSyncReport report;
    // A server a newer SprintDeck migrated is read by none of this one's code.
    if (Status s = server.migrate(); !s)
        return R::failure(s.error());
    if (Status s = push(server, report); !s)
        return R::failure(s.error());
    if (Status s = pull(server, report); !s)
        return R::failure(s.error());
    if (Status s = server.touch(m_link.clientUid, m_link.member); !s)
        return R::failure(s.error());
    Result<QList<TeamConflict>> conflicts = m_store.conflicts();
    if (!conflicts)
        return R::failure(conflicts.error());
    report.conflicts = int(conflicts->size());
    Transaction tx(m_board.database());
    if (Status s = m_store.saveResult(m_board.now(), report.message()); !s)
        return R::failure(s.error());
    tx.commit();
    return report;
}

Status TeamSync::push(TeamServer &server, TeamSyncReport &report)
{
    Result<std::optional<TeamLink>> linked = m_store.link();
    if (!linked)
        return Status::failure(linked.error());
    if (!linked->has_value())
        return Status::failure(tr("this board is not shared"));
    m_link = linked->value();
    for (;;) {
        Result<QList<TeamEdit>> edits = m_store.outbox(100);
        if (!edits)
            return Status::failure(edits.error());
        if (edits->isEmpty())
            break;
        for (const TeamEdit &edit : std::as_const(*edits)) {
            Result<TeamOutcome> outcome = server.push(edit, m_link.clientUid, m_link.member);
            if (!outcome) {
                Result<int> waiting = m_store.outboxCount();
                report.waiting = waiting ? *waiting : 0;
                return Status::failure(outcome.error());
            }
            if (Status s = settle(edit, *outcome, report); !s)
                return s;
        }
    }
    report.waiting = 0;
    return {};
}

Status TeamSync::settle(const TeamEdit &edit, const TeamOutcome &outcome, TeamSyncReport &report)
{
    // The edit leaves the queue in the transaction that writes what the server made of it.
    auto bookkeeping = [&]() -> Status {
        if (Status s = m_store.removeFromOutbox(edit.outboxId); !s)
            return s;
        Result<qint64> version = m_store.versionOf(edit.uid);
        if (!version)
            return Status::failure(version.error());
        // Only when no one else's edit came in between: theirs are written by the next pull.
        if (outcome.version == *version + 1)
            if (Status s = m_store.setVersion(edit.uid, outcome.version); !s)
                return s;
        for (auto it = outcome.refused.begin(); it != outcome.refused.end(); ++it) {
            const QJsonObject why = it.value().toObject();
            TeamConflict c;
            c.kind = edit.kind;
            c.uid = edit.uid;
            c.field = it.key();
            c.mine = edit.after.value(it.key()).toString();
            c.theirs = why.value(u"theirs"_s).toString();
            c.by = why.value(u"by"_s).toString();
            c.detectedAt = m_board.now();
            if (Status s = m_store.saveConflict(c); !s)
                return s;
        }
        return {};
    };
    ++report.pushed;
    for (auto it = outcome.refused.begin(); it != outcome.refused.end(); ++it)
        report.refused.append(tr("%1 %2: changed by %3")
                                  .arg(edit.after.value(u"key"_s).toString(edit.uid), it.key(),
                                       it.value().toObject().value(u"by"_s).toString()));

    const QString key = outcome.applied.value(u"key"_s).toString();
    if (edit.kind == TeamKind::Card && edit.op == TeamOp::Create && !key.isEmpty() &&
        key != edit.after.value(u"key"_s).toString()) {
        // Another replica had given the key to a card of its own: this card takes the next.
        Result<qint64> local = m_store.localIdOf(TeamKind::Card, edit.uid);
        if (!local)
            return Status::failure(local.error());
        // (It may have that key here already: moved aside to it while an earlier card took
        // its own; then only the bookkeeping is left.)
        if (const Card *c = m_board.card(*local); c && c->key != key) {
            QList<Card> renames;
            // A card made here since, whose own create is still queued, may hold that key: it
            // moves aside first, and the server gives it its key when its turn comes.
            if (const Card *holder = m_board.cardByKey(key); holder && holder->id != c->id) {
                Card aside = *holder;
                aside.key = m_board.freeKey();
                renames.append(aside);
            }
            Card renamed = *c;
            report.renamed.append(tr("%1 is now %2").arg(c->key, key));
            renamed.key = key;
            renames.append(renamed);
            TeamRecorder::RemoteHooks hooks;
            hooks.board = [&](const QList<CardWrite> &, const QList<SprintWrite> &) {
                return bookkeeping();
            };
            return m_recorder->applyRemote([&] { return m_board.applyCardStates(renames); }, hooks);
        }
    }
    Transaction tx(m_board.database());
    if (!tx.isActive())
        return Status::failure(m_board.database().lastError());
    if (Status s = bookkeeping(); !s)
        return s;
    if (!tx.commit())
        return Status::failure(m_board.database().lastError());
    return {};
}

Status TeamSync::pull(TeamServer &server, TeamSyncReport &report)
{
    Result<std::optional<TeamLink>> linked = m_store.link();
    if (!linked)
        return Status::failure(linked.error());
    if (!linked->has_value())
        return Status::failure(tr("this board is not shared"));
    m_link = linked->value();
    m_cardIds.reset();
    const int perRead = eventsPerRead();
    Result<QList<TeamEvent>> events = server.eventsAfter(m_link.lastSeq, perRead);
    for (;;) {
        if (!events)
            return Status::failure(events.error());
        if (events->isEmpty())
            return {};
        // A long log (a join, a long absence): the next batch is read on a connection of its
        // own while this one is written.
        std::future<Result<QList<TeamEvent>>> next;
        if (events->size() == perRead)
            next = std::async(std::launch::async,
                              [reader = server.readerOptions(), from = events->last().seq,
                               perRead] { return TeamServer::readEvents(reader, from, perRead); });
        const Status applied = applyEvents(*events, report);
        const qint64 last = events->last().seq;
        events = next.valid() ? next.get() : Result<QList<TeamEvent>>(QList<TeamEvent>());
        if (!applied)
            return applied;
        m_link.lastSeq = last;
    }
}

Status TeamSync::applyEvents(const QList<TeamEvent> &events, TeamSyncReport &report)
{
    QList<const TeamEvent *> members, columns, sprints, cards, standups;
    for (const TeamEvent &e : events) {
        if (e.applied.isEmpty())
            continue; // refused: it wrote nothing
        // This replica's own edits are written again too: that changes nothing where the file
        // has them, and puts the later of two merged moves back after an earlier one of
        // someone else's, so every replica ends as the log does.
        if (e.clientId != m_link.clientUid)
            ++report.pulled;
        switch (e.kind) {
        case TeamKind::Member:
            members.append(&e);
            break;
        case TeamKind::Column:
            columns.append(&e);
            break;
        case TeamKind::Sprint:
            sprints.append(&e);
            break;
        case TeamKind::Card:
            cards.append(&e);
            break;
        case TeamKind::Standup:
            standups.append(&e);
            break;
        }
    }
    // Rows that cards refer to first, each in a transaction that also maps its global id.
    if (Status s = applyMembers(members); !s)
        return s;
    if (Status s = applyColumns(columns); !s)
        return s;
    if (Status s = applySprints(sprints); !s)
        return s;
    if (Status s = applyStandups(standups); !s)
        return s;
    // Last: its transaction also moves this file's position in the log past these events.
    return applyCards(cards, events);
}

Status TeamSync::applyStandups(const QList<const TeamEvent *> &events)
{
    StandupBook *book = StandupBook::of(m_board);
    for (const TeamEvent *e : events) {
        // standup/<day>/<member's global id, or "note">
        const QStringList parts = e->uid.split(u'/');
        const QDate day = parts.size() == 3 ? QDate::fromString(parts.at(1), Qt::ISODate) : QDate();
        if (!day.isValid())
            return Status::failure(tr("the team server holds a standup row this SprintDeck does "
                                      "not read (%1): update SprintDeck")
                                       .arg(e->uid));
        qint64 memberId = 0;
        if (parts.at(2) != u"note") {
            Result<qint64> local = m_store.localIdOf(TeamKind::Member, parts.at(2));
            if (!local)
                return Status::failure(local.error());
            if (!*local)
                return Status::failure(
                    tr("the team server refers to a member this file lacks (%1)").arg(parts.at(2)));
            memberId = *local;
        }
        QJsonObject fields = e->applied;
        Result<QSet<QString>> queued = m_store.queuedFields(e->uid);
        if (!queued)
            return Status::failure(queued.error());
        for (const QString &field : std::as_const(*queued))
            fields.remove(field); // this member's own text, still on its way
        const qint64 rowId = TeamRecorder::standupRowId(day, memberId);
        auto bookkeeping = [&] {
            return m_store.mapId(TeamKind::Standup, rowId, e->uid, e->version);
        };
        Status s;
        if (memberId == 0) {
            const std::optional<QString> note =
                fields.contains(u"note"_s)
                    ? std::optional<QString>(fields.value(u"note"_s).toString())
                    : std::nullopt;
            s = book->saveFromTeam(day, {}, note, bookkeeping);
        } else {
            Result<Standup> current = book->standup(day);
            if (!current)
                return Status::failure(current.error());
            StandupEntry entry = current->entryOrEmpty(memberId);
            if (fields.contains(u"yesterday"_s))
                entry.yesterday = fields.value(u"yesterday"_s).toString();
            if (fields.contains(u"today"_s))
                entry.today = fields.value(u"today"_s).toString();
            if (fields.contains(u"blockers"_s))
                entry.blockers = fields.value(u"blockers"_s).toString();
            s = book->saveFromTeam(day, {entry}, std::nullopt, bookkeeping);
        }
        if (!s)
            return s;
    }
    return {};
}

Status TeamSync::applyMembers(const QList<const TeamEvent *> &events)
{
    for (const TeamEvent *e : events) {
        Result<qint64> local = m_store.localIdOf(TeamKind::Member, e->uid);
        if (!local)
            return Status::failure(local.error());
        const Member *existing = *local ? m_board.member(*local) : nullptr;
        Member m = existing ? *existing : Member();
        if (!existing) {
            // A replica that joined with a name this board has: the same person.
            TeamFields::toMember(e->applied, m);
            if (const Member *named = m_board.memberByName(m.name))
                m = *named;
        }
        TeamFields::toMember(e->applied, m);
        TeamRecorder::RemoteHooks hooks;
        hooks.member = [&](const Member &, const Member &after) -> Status {
            return after.id ? m_store.mapId(TeamKind::Member, after.id, e->uid, e->version)
                            : Status();
        };
        if (e->applied.value(u"removed"_s).toString() == u"1") {
            if (!existing)
                continue;
            // Removed where it was made; one that cards here are assigned to stays, inactive.
            const bool assigned =
                std::any_of(m_board.cards().cbegin(), m_board.cards().cend(),
                            [&](const Card &c) { return c.assigneeId == existing->id; });
            if (!assigned) {
                const qint64 id = existing->id;
                if (Status s = m_recorder->applyRemote(
                        [&] { return m_board.applyRemoveMember(id); }, hooks);
                    !s)
                    return s;
                continue;
            }
            m.active = false;
        }
        Status s = m_recorder->applyRemote([&] { return m_board.applyMember(m); }, hooks);
        if (!s)
            return s;
    }
    return {};
}

Status TeamSync::applyColumns(const QList<const TeamEvent *> &events)
{
    if (events.isEmpty())
        return {};
    // The board's shared columns; those of a new file that the server does not know go.
    QList<Column> columns;
    QStringList uids;
    for (const Column &c : m_board.columns()) {
        Result<QString> uid = m_store.uidOf(TeamKind::Column, c.id);
        if (!uid)
            return Status::failure(uid.error());
        if (uid->isEmpty())
            continue;
        columns.append(c);
        uids.append(*uid);
    }
    QHash<QString, qint64> versions;
    for (const TeamEvent *e : events) {
        qsizetype i = uids.indexOf(e->uid);
        if (i < 0) {
            if (e->applied.value(u"removed"_s).toString() == u"1")
                continue;
            columns.append(Column());
            uids.append(e->uid);
            i = columns.size() - 1;
        }
        TeamFields::toColumn(e->applied, columns[i]);
        if (e->applied.value(u"removed"_s).toString() == u"1") {
            columns.removeAt(i);
            uids.removeAt(i);
        }
        versions.insert(e->uid, e->version);
    }
    // In the order of their positions, keeping the current order where positions tie.
    QList<qsizetype> order(columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&columns](qsizetype a, qsizetype b) {
        return columns.at(a).position < columns.at(b).position;
    });
    QList<Column> sorted;
    QStringList sortedUids;
    for (qsizetype i : order) {
        sorted.append(columns.at(i));
        sortedUids.append(uids.at(i));
    }
    TeamRecorder::RemoteHooks hooks;
    hooks.columns = [&](const QList<Column> &, const QList<Column> &after) -> Status {
        for (qsizetype i = 0; i < after.size() && i < sortedUids.size(); ++i) {
            Result<qint64> version = m_store.versionOf(sortedUids.at(i));
            if (!version)
                return Status::failure(version.error());
            const qint64 v = versions.value(sortedUids.at(i), *version);
            if (Status s = m_store.mapId(TeamKind::Column, after.at(i).id, sortedUids.at(i), v); !s)
                return s;
        }
        return {};
    };
    return m_recorder->applyRemote([&] { return m_board.applyColumns(sorted); }, hooks);
}

Status TeamSync::applySprints(const QList<const TeamEvent *> &events)
{
    for (const TeamEvent *e : events) {
        Result<qint64> local = m_store.localIdOf(TeamKind::Sprint, e->uid);
        if (!local)
            return Status::failure(local.error());
        const Sprint *existing = *local ? m_board.sprint(*local) : nullptr;
        if (e->op == TeamOp::Delete) {
            // A sprint whose creation was undone where it was made. One that holds cards here
            // stays: removing it would take them with it.
            const bool holdsCards =
                existing && std::any_of(m_board.cards().cbegin(), m_board.cards().cend(),
                                        [&](const Card &c) { return c.sprintId == existing->id; });
            if (existing && !holdsCards) {
                TeamRecorder::RemoteHooks none;
                if (Status st = m_recorder->applyRemote(
                        [&] { return m_board.applyRemoveSprint(existing->id); }, none);
                    !st)
                    return st;
            }
            continue;
        }
        Sprint s = existing ? *existing : Sprint();
        TeamFields::toSprint(e->applied, s);
        if (e->clientId != m_link.clientUid)
            m_recorder->noteOthersEdit(e->uid, e->applied.keys(), e->author);
        TeamRecorder::RemoteHooks hooks;
        hooks.board = [&](const QList<CardWrite> &, const QList<SprintWrite> &written) -> Status {
            for (const SprintWrite &w : written)
                if (w.after.id)
                    if (Status st = m_store.mapId(TeamKind::Sprint, w.after.id, e->uid, e->version);
                        !st)
                        return st;
            return {};
        };
        if (Status st = m_recorder->applyRemote([&] { return m_board.applySprint(s); }, hooks); !st)
            return st;
    }
    return {};
}

Status TeamSync::applyCards(const QList<const TeamEvent *> &events, const QList<TeamEvent> &all)
{
    BoardBatch batch;
    QHash<QString, qsizetype> timelineOf; // uid -> index into batch.cards
    QHash<QString, QString> createdKeys;  // key -> uid of the cards the batch creates
    Repository repo(m_board.database());
    // The id map and the queue, read once: a join writes a million events.
    QHash<TeamKind, QHash<QString, qint64>> ids;
    if (!m_cardIds) {
        Result<QHash<QString, qint64>> read = m_store.ids(TeamKind::Card);
        if (!read)
            return Status::failure(read.error());
        m_cardIds = std::move(*read);
    }
    for (TeamKind kind : {TeamKind::Column, TeamKind::Sprint, TeamKind::Member}) {
        Result<QHash<QString, qint64>> read = m_store.ids(kind);
        if (!read)
            return Status::failure(read.error());
        ids.insert(kind, std::move(*read));
    }
    const TeamFields::LocalIds localIds = [&ids](TeamKind kind, const QString &uid) {
        return Result<qint64>(ids.value(kind).value(uid));
    };
    const QHash<QString, qint64> &cardIds = *m_cardIds;
    Result<QHash<QString, QSet<QString>>> queued = m_store.queuedFieldsOfAll();
    if (!queued)
        return Status::failure(queued.error());
    QHash<QString, qint64> versions;
    for (const TeamEvent &e : all)
        versions[e.uid] = qMax(versions.value(e.uid), e.version);
    for (const TeamEvent *e : events) {
        const std::optional<qint64> local = cardIds.value(e->uid);
        if (e->op == TeamOp::Delete) {
            if (*local && m_board.card(*local) && !batch.deleteCards.contains(*local))
                batch.deleteCards.append(*local);
            continue;
        }
        Card state;
        if (const qsizetype i = timelineOf.value(e->uid, -1); i >= 0) {
            state = batch.cards.at(i).last().state;
        } else if (*local) {
            Result<Card> stored = repo.loadCard(*local, true);
            if (!stored)
                return Status::failure(stored.error());
            state = *stored;
        }
        QJsonObject fields = e->applied;
        if (*local)
            for (const QString &field : queued->value(e->uid))
                fields.remove(field);
        if (Status s = TeamFields::toCard(fields, state, localIds); !s)
            return s;
        if (e->clientId != m_link.clientUid)
            m_recorder->noteOthersEdit(e->uid, fields.keys(), e->author);
        if (!*local && !timelineOf.contains(e->uid))
            createdKeys.insert(state.key, e->uid);
        qsizetype i = timelineOf.value(e->uid, -1);
        if (i < 0) {
            timelineOf.insert(e->uid, batch.cards.size());
            batch.cards.append(QList<CardStep>());
            i = batch.cards.size() - 1;
        }
        const Member *author = m_board.memberByName(e->author);
        batch.cards[i].append({state, e->madeAt, author ? author->id : 0});
    }

    const qint64 lastSeq = all.isEmpty() ? m_link.lastSeq : all.last().seq;
    // The versions of every row the events name and the position in the log, with the cards.
    QHash<QString, qint64> created; // global -> local ids of the cards the batch creates
    auto bookkeeping = [&](const QList<CardWrite> &written) -> Status {
        for (const CardWrite &w : written) {
            if (w.kind != CardWrite::Kind::Created)
                continue;
            const QString uid = createdKeys.value(w.after.key);
            if (uid.isEmpty())
                continue;
            if (Status s = m_store.mapId(TeamKind::Card, w.after.id, uid, versions.value(uid)); !s)
                return s;
            created.insert(uid, w.after.id);
        }
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            if (!created.contains(it.key()))
                if (Status s = m_store.setVersion(it.key(), it.value()); !s)
                    return s;
        return m_store.setLastSeq(lastSeq);
    };
    if (batch.isEmpty()) {
        Transaction tx(m_board.database());
        if (!tx.isActive())
            return Status::failure(m_board.database().lastError());
        if (Status s = bookkeeping({}); !s)
            return s;
        if (!tx.commit())
            return Status::failure(m_board.database().lastError());
        return {};
    }
    bool kept = false;
    TeamRecorder::RemoteHooks hooks;
    hooks.board = [&](const QList<CardWrite> &written, const QList<SprintWrite> &) {
        kept = true;
        return bookkeeping(written);
    };
    if (Status s = m_recorder->applyRemote([&] { return m_board.applyBatch(batch); }, hooks); !s)
        return s;
    m_cardIds->insert(created); // committed
    if (kept)
        return {};
    // The events changed nothing here (fields this replica's queue holds): only the position.
    Transaction tx(m_board.database());
    if (Status s = bookkeeping({}); !s)
        return s;
    if (!tx.commit())
        return Status::failure(m_board.database().lastError());
    return {};
}

// --- conflicts ------------------------------------------------------------------------------

Status TeamSync::resolve(const TeamConflict &conflict, bool keepMine)
{
    if (keepMine && conflict.theirs != u"deleted") {
        Result<qint64> local = m_store.localIdOf(conflict.kind, conflict.uid);
        if (!local)
            return Status::failure(local.error());
        if (conflict.kind == TeamKind::Card) {
            const Card *c = m_board.card(*local);
            if (!c)
                return Status::failure(tr("the card is no longer on the board"));
            Card edited = *c;
            if (Status s = TeamFields::toCard({{conflict.field, conflict.mine}}, edited, m_store);
                !s)
                return s;
            if (Status s = m_board.updateCard(edited); !s)
                return s;
        } else if (conflict.kind == TeamKind::Sprint) {
            const Sprint *sp = m_board.sprint(*local);
            if (!sp)
                return Status::failure(tr("the sprint is no longer on the board"));
            Sprint edited = *sp;
            TeamFields::toSprint({{conflict.field, conflict.mine}}, edited);
            if (Status s = m_board.updateSprint(edited); !s)
                return s;
        }
    }
    Transaction tx(m_board.database());
    if (Status s = m_store.removeConflict(conflict.uid, conflict.field); !s)
        return s;
    if (!tx.commit())
        return Status::failure(m_board.database().lastError());
    return {};
}

} // namespace SprintDeck

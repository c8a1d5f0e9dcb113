#include "core/team/teamrecorder.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"

#include "core/team/teamfields.h"
#include <QUndoStack>

#include <QUuid>

using namespace Qt::StringLiterals;

namespace SprintDeck {

TeamRecorder::TeamRecorder(Board &board)
    : QObject(&board)
    , m_board(board)
    , m_store(board.database())
{
    setObjectName(u"teamRecorder"_s);
    // Owned by the board and destroyed with it: no need (and no safe moment) to unregister.
    board.addWriteObserver(this);
    StandupBook::of(board)->setWriteHook([this](const Standup &before, const Standup &after) {
        return standupWritten(before, after);
    });
}

TeamRecorder *TeamRecorder::attach(Board &board)
{
    if (auto *existing =
            board.findChild<TeamRecorder *>(u"teamRecorder"_s, Qt::FindDirectChildrenOnly))
        return existing;
    auto *recorder = new TeamRecorder(board);
    // A link that cannot be read refuses every edit (refuseWhenReadOnly()) rather than let
    // edits of a shared board go unqueued.
    recorder->m_loadError = recorder->reload();
    return recorder;
}

Status TeamRecorder::reload()
{
    Result<std::optional<TeamLink>> link = m_store.link();
    if (!link)
        return Status::failure(link.error());
    m_link = *link;
    m_loadError = {};
    // Edits here are this member's; on a board of one's own they are nobody's in particular.
    const Member *member = m_link ? m_board.memberByName(m_link->member) : nullptr;
    m_board.setAuthor(member ? member->id : 0);
    return {};
}

Status TeamRecorder::applyRemote(const std::function<Status()> &write, const RemoteHooks &hooks)
{
    const RemoteHooks *previous = m_remote;
    m_remote = &hooks;
    Status s = write();
    m_remote = previous;
    return s;
}

Status TeamRecorder::refuseWhenReadOnly() const
{
    if (!m_loadError)
        return m_loadError;
    if (m_link && m_link->readOnly)
        return Status::failure(
            tr("This board is shared read-only with you: your role on the team server may view "
               "it but not change it"));
    return {};
}

Status TeamRecorder::queue(TeamKind kind, qint64 localId, const QString &name, TeamOp op,
                           const QJsonObject &before, const QJsonObject &after,
                           const QString &newUid)
{
    Result<QString> uid = m_store.uidOf(kind, localId);
    if (!uid)
        return Status::failure(uid.error());
    TeamEdit edit;
    edit.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    edit.kind = kind;
    edit.op = op;
    edit.before = before;
    edit.after = after;
    edit.madeAt = m_board.now();
    if (uid->isEmpty()) {
        // A row this replica made: it gets its global id now, and the server learns of it
        // with its whole state.
        edit.uid = newUid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : newUid;
        if (Status s = m_store.mapId(kind, localId, edit.uid, 0); !s)
            return s;
        if (op == TeamOp::Update)
            edit.op = TeamOp::Create;
    } else {
        edit.uid = *uid;
        Result<qint64> version = m_store.versionOf(edit.uid);
        if (!version)
            return Status::failure(version.error());
        edit.baseVersion = *version;
    }
    if (edit.op == TeamOp::Update && m_board.isUndoing())
        if (Status s = checkUndo(edit.uid, after, name); !s)
            return s;
    if (Status s = m_store.enqueue(edit); !s)
        return s;
    for (auto it = after.begin(); it != after.end(); ++it)
        m_localEdits.insert(edit.uid + u'/' + it.key(), {++m_edits, m_link->member});
    emit editQueued();
    return {};
}

void TeamRecorder::noteOthersEdit(const QString &uid, const QStringList &fields,
                                  const QString &author)
{
    // Only an undo can be refused: with nothing to undo there is nothing to remember (a join
    // writes a million events).
    if (m_board.undoStack()->count() == 0) {
        m_othersEdits.clear();
        return;
    }
    for (const QString &field : fields)
        m_othersEdits.insert(uid + u'/' + field, {++m_edits, author});
}

Status TeamRecorder::checkUndo(const QString &uid, const QJsonObject &fields,
                               const QString &name) const
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString slot = uid + u'/' + it.key();
        const auto others = m_othersEdits.constFind(slot);
        if (others == m_othersEdits.cend())
            continue;
        // Refused when their edit came after this replica's own last edit of the field.
        if (others->at > m_localEdits.value(slot).at)
            return Status::failure(tr("%1 changed %2 of %3 since; undoing would overwrite that")
                                       .arg(others->author, it.key(), name));
    }
    return {};
}

Status TeamRecorder::boardWritten(const QList<CardWrite> &cards, const QList<SprintWrite> &sprints)
{
    if (m_remote)
        return m_remote->board ? m_remote->board(cards, sprints) : Status();
    if (!m_link && m_loadError)
        return {};
    if (Status s = refuseWhenReadOnly(); !s)
        return s;
    for (const CardWrite &w : cards) {
        Result<QJsonObject> after = TeamFields::ofCard(w.after, m_store);
        if (!after)
            return Status::failure(after.error());
        Status s;
        switch (w.kind) {
        case CardWrite::Kind::Created:
            s = queue(TeamKind::Card, w.after.id, w.after.key, TeamOp::Create, {}, *after);
            break;
        case CardWrite::Kind::Restored:
            s = queue(TeamKind::Card, w.after.id, w.after.key, TeamOp::Restore, {}, *after);
            break;
        case CardWrite::Kind::Deleted:
            s = queue(TeamKind::Card, w.after.id, w.after.key, TeamOp::Delete, {}, {});
            break;
        case CardWrite::Kind::Changed: {
            Result<QJsonObject> before = TeamFields::ofCard(w.before, m_store);
            if (!before)
                return Status::failure(before.error());
            QJsonObject old;
            const QJsonObject changed = TeamFields::changed(*before, *after, &old);
            if (!changed.isEmpty())
                s = queue(TeamKind::Card, w.after.id, w.after.key, TeamOp::Update, old, changed);
            break;
        }
        }
        if (!s)
            return s;
    }
    for (const SprintWrite &w : sprints) {
        if (w.after.id == 0) {
            if (Status s =
                    queue(TeamKind::Sprint, w.before.id, w.before.name, TeamOp::Delete, {}, {});
                !s)
                return s;
            continue;
        }
        const QJsonObject after = TeamFields::ofSprint(w.after);
        if (w.before.id == 0) {
            if (Status s =
                    queue(TeamKind::Sprint, w.after.id, w.after.name, TeamOp::Create, {}, after);
                !s)
                return s;
            continue;
        }
        QJsonObject old;
        const QJsonObject changed =
            TeamFields::changed(TeamFields::ofSprint(w.before), after, &old);
        if (changed.isEmpty())
            continue;
        if (Status s =
                queue(TeamKind::Sprint, w.after.id, w.after.name, TeamOp::Update, old, changed);
            !s)
            return s;
    }
    return {};
}

Status TeamRecorder::columnsWritten(const QList<Column> &before, const QList<Column> &after)
{
    if (m_remote)
        return m_remote->columns ? m_remote->columns(before, after) : Status();
    if (!m_link && m_loadError)
        return {};
    if (Status s = refuseWhenReadOnly(); !s)
        return s;
    for (const Column &c : after) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&c](const Column &b) { return b.id == c.id; });
        if (old == before.cend()) {
            if (Status s = queue(TeamKind::Column, c.id, c.name, TeamOp::Create, {},
                                 TeamFields::ofColumn(c));
                !s)
                return s;
            continue;
        }
        QJsonObject oldFields;
        const QJsonObject changed =
            TeamFields::changed(TeamFields::ofColumn(*old), TeamFields::ofColumn(c), &oldFields);
        if (!changed.isEmpty())
            if (Status s =
                    queue(TeamKind::Column, c.id, c.name, TeamOp::Update, oldFields, changed);
                !s)
                return s;
    }
    for (const Column &b : before) {
        const bool kept = std::any_of(after.cbegin(), after.cend(),
                                      [&b](const Column &c) { return c.id == b.id; });
        if (!kept)
            if (Status s = queue(TeamKind::Column, b.id, b.name, TeamOp::Update,
                                 {{u"removed"_s, u"0"_s}}, {{u"removed"_s, u"1"_s}});
                !s)
                return s;
    }
    return {};
}

qint64 TeamRecorder::standupRowId(QDate day, qint64 memberId)
{
    return day.toJulianDay() * 1000000 + memberId;
}

QString TeamRecorder::standupUid(QDate day, const QString &memberUid)
{
    return u"standup/%1/%2"_s.arg(day.toString(Qt::ISODate),
                                  memberUid.isEmpty() ? u"note"_s : memberUid);
}

Status TeamRecorder::standupWritten(const Standup &before, const Standup &after)
{
    if (!m_link && m_loadError)
        return {};
    if (Status s = refuseWhenReadOnly(); !s)
        return s;
    const QString day = after.date.toString(Qt::ISODate);
    // One row: queued whole when the server has not had it, else the fields that changed.
    auto row = [&](qint64 memberId, const QString &memberUid, const QJsonObject &old,
                   const QJsonObject &now) -> Status {
        const qint64 localId = standupRowId(after.date, memberId);
        Result<QString> uid = m_store.uidOf(TeamKind::Standup, localId);
        if (!uid)
            return Status::failure(uid.error());
        if (uid->isEmpty())
            return queue(TeamKind::Standup, localId, day, TeamOp::Create, {}, now,
                         standupUid(after.date, memberUid));
        QJsonObject oldValues;
        const QJsonObject changed = TeamFields::changed(old, now, &oldValues);
        if (changed.isEmpty())
            return {};
        return queue(TeamKind::Standup, localId, day, TeamOp::Update, oldValues, changed);
    };
    if (before.note != after.note)
        if (Status s = row(0, QString(), {{u"day"_s, day}, {u"note"_s, before.note}},
                           {{u"day"_s, day}, {u"note"_s, after.note}});
            !s)
            return s;
    for (const StandupEntry &e : after.entries) {
        const StandupEntry old = before.entryOrEmpty(e.memberId);
        if (old.sameText(e))
            continue;
        Result<QString> member = m_store.uidOf(TeamKind::Member, e.memberId);
        if (!member)
            return Status::failure(member.error());
        auto fields = [&](const StandupEntry &x) {
            return QJsonObject{{u"day"_s, day},
                               {u"member"_s, *member},
                               {u"yesterday"_s, x.yesterday},
                               {u"today"_s, x.today},
                               {u"blockers"_s, x.blockers}};
        };
        if (Status s = row(e.memberId, *member, fields(old), fields(e)); !s)
            return s;
    }
    return {};
}

Status TeamRecorder::memberWritten(const Member &before, const Member &after)
{
    if (m_remote)
        return m_remote->member ? m_remote->member(before, after) : Status();
    if (!m_link && m_loadError)
        return {};
    if (Status s = refuseWhenReadOnly(); !s)
        return s;
    if (before.id == 0)
        return queue(TeamKind::Member, after.id, after.name, TeamOp::Create, {},
                     TeamFields::ofMember(after));
    const bool removed = after.id == 0;
    QJsonObject old;
    const QJsonObject changed =
        TeamFields::changed(TeamFields::ofMember(before),
                            TeamFields::ofMember(removed ? before : after, removed), &old);
    if (changed.isEmpty())
        return {};
    return queue(TeamKind::Member, before.id, before.name, TeamOp::Update, old, changed);
}

} // namespace SprintDeck

#include "core/storage/teamstore.h"

#include "core/storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

Result<std::optional<TeamLink>> TeamStore::link()
{
    using R = Result<std::optional<TeamLink>>;
    QSqlQuery &q = m_db.statement(u"SELECT url, board_uid, member, client_uid, read_only, "
                                  "last_seq, synced_at, result FROM team_link WHERE id = 1"_s);
    if (!q.exec())
        return R::failure(m_db.queryFailed(q).error());
    if (!q.next()) {
        q.finish();
        return std::optional<TeamLink>();
    }
    TeamLink l;
    l.url = q.value(0).toString();
    l.boardUid = q.value(1).toString();
    l.member = q.value(2).toString();
    l.clientUid = q.value(3).toString();
    l.readOnly = q.value(4).toBool();
    l.lastSeq = q.value(5).toLongLong();
    l.syncedAt = fromMs(q.value(6).toLongLong());
    l.result = q.value(7).toString();
    q.finish();
    return std::optional<TeamLink>(l);
}

Status TeamStore::saveLink(const TeamLink &l)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT OR REPLACE INTO team_link(id, url, board_uid, member, client_uid, read_only, "
        "last_seq, synced_at, result) VALUES(1, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(l.url);
    q.addBindValue(l.boardUid);
    q.addBindValue(l.member);
    q.addBindValue(l.clientUid);
    q.addBindValue(l.readOnly ? 1 : 0);
    q.addBindValue(l.lastSeq);
    q.addBindValue(toMs(l.syncedAt));
    q.addBindValue(l.result);
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

Status TeamStore::setLastSeq(qint64 seq)
{
    QSqlQuery &q = m_db.statement(u"UPDATE team_link SET last_seq = ? WHERE id = 1"_s);
    q.addBindValue(seq);
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

Status TeamStore::saveResult(const QDateTime &at, const QString &result)
{
    QSqlQuery &q = m_db.statement(u"UPDATE team_link SET synced_at = ?, result = ? WHERE id = 1"_s);
    q.addBindValue(toMs(at));
    q.addBindValue(result);
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

// --- global ids --------------------------------------------------------------------

Result<QString> TeamStore::uidOf(TeamKind kind, qint64 localId)
{
    QSqlQuery &q = m_db.statement(u"SELECT uid FROM team_ids WHERE kind = ? AND local_id = ?"_s);
    q.addBindValue(teamKindName(kind));
    q.addBindValue(localId);
    if (!q.exec())
        return Result<QString>::failure(m_db.queryFailed(q).error());
    const QString uid = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return uid;
}

Result<qint64> TeamStore::localIdOf(TeamKind kind, const QString &uid)
{
    QSqlQuery &q = m_db.statement(u"SELECT local_id FROM team_ids WHERE uid = ? AND kind = ?"_s);
    q.addBindValue(uid);
    q.addBindValue(teamKindName(kind));
    if (!q.exec())
        return Result<qint64>::failure(m_db.queryFailed(q).error());
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<qint64> TeamStore::versionOf(const QString &uid)
{
    QSqlQuery &q = m_db.statement(u"SELECT version FROM team_ids WHERE uid = ?"_s);
    q.addBindValue(uid);
    if (!q.exec())
        return Result<qint64>::failure(m_db.queryFailed(q).error());
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return version;
}

Status TeamStore::mapId(TeamKind kind, qint64 localId, const QString &uid, qint64 version)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT OR REPLACE INTO team_ids(kind, local_id, uid, version) VALUES(?, ?, ?, ?)"_s);
    q.addBindValue(teamKindName(kind));
    q.addBindValue(localId);
    q.addBindValue(uid);
    q.addBindValue(version);
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

Result<QHash<QString, qint64>> TeamStore::ids(TeamKind kind)
{
    using R = Result<QHash<QString, qint64>>;
    QSqlQuery &q = m_db.statement(u"SELECT uid, local_id FROM team_ids WHERE kind = ?"_s);
    q.addBindValue(teamKindName(kind));
    if (!q.exec())
        return R::failure(m_db.queryFailed(q).error());
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return ids;
}

Status TeamStore::setVersion(const QString &uid, qint64 version)
{
    QSqlQuery &q = m_db.statement(u"UPDATE team_ids SET version = ? WHERE uid = ?"_s);
    q.addBindValue(version);
    q.addBindValue(uid);
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

// --- the queue ----------------------------------------------------------------------

Status TeamStore::enqueue(TeamEdit &e)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO team_outbox(event_uid, kind, uid, op, base_version, old, new, made_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.eventId);
    q.addBindValue(teamKindName(e.kind));
    q.addBindValue(e.uid);
    q.addBindValue(teamOpName(e.op));
    q.addBindValue(e.baseVersion);
    q.addBindValue(jsonText(e.before));
    q.addBindValue(jsonText(e.after));
    q.addBindValue(toMs(e.madeAt));
    if (!q.exec())
        return m_db.queryFailed(q);
    e.outboxId = q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

Result<QList<TeamEdit>> TeamStore::outbox(int limit)
{
    using R = Result<QList<TeamEdit>>;
    QSqlQuery &q = m_db.statement(u"SELECT id, event_uid, kind, uid, op, base_version, old, new, "
                                  "made_at FROM team_outbox ORDER BY id LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(m_db.queryFailed(q).error());
    QList<TeamEdit> edits;
    while (q.next()) {
        TeamEdit e;
        e.outboxId = q.value(0).toLongLong();
        e.eventId = q.value(1).toString();
        e.kind = parseTeamKind(q.value(2).toString()).value_or(TeamKind::Card);
        e.uid = q.value(3).toString();
        e.op = parseTeamOp(q.value(4).toString()).value_or(TeamOp::Update);
        e.baseVersion = q.value(5).toLongLong();
        e.before = jsonObject(q.value(6));
        e.after = jsonObject(q.value(7));
        e.madeAt = fromMs(q.value(8).toLongLong());
        edits.append(std::move(e));
    }
    q.finish();
    return edits;
}

Result<int> TeamStore::outboxCount()
{
    QSqlQuery &q = m_db.statement(u"SELECT count(*) FROM team_outbox"_s);
    if (!q.exec() || !q.next())
        return Result<int>::failure(m_db.queryFailed(q).error());
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Status TeamStore::removeFromOutbox(qint64 outboxId)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM team_outbox WHERE id = ?"_s);
    q.addBindValue(outboxId);
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

Result<QHash<QString, QSet<QString>>> TeamStore::queuedFieldsOfAll()
{
    using R = Result<QHash<QString, QSet<QString>>>;
    QSqlQuery &q = m_db.statement(u"SELECT uid, new FROM team_outbox"_s);
    if (!q.exec())
        return R::failure(m_db.queryFailed(q).error());
    QHash<QString, QSet<QString>> fields;
    while (q.next()) {
        const QStringList keys = jsonObject(q.value(1)).keys();
        QSet<QString> &set = fields[q.value(0).toString()];
        for (const QString &k : keys)
            set.insert(k);
    }
    q.finish();
    return fields;
}

Result<QSet<QString>> TeamStore::queuedFields(const QString &uid)
{
    QSqlQuery &q = m_db.statement(u"SELECT new FROM team_outbox WHERE uid = ?"_s);
    q.addBindValue(uid);
    if (!q.exec())
        return Result<QSet<QString>>::failure(m_db.queryFailed(q).error());
    QSet<QString> fields;
    while (q.next()) {
        const QStringList keys = jsonObject(q.value(0)).keys();
        for (const QString &k : keys)
            fields.insert(k);
    }
    q.finish();
    return fields;
}

// --- conflicts -------------------------------------------------------------------------

Status TeamStore::saveConflict(const TeamConflict &c)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT OR REPLACE INTO team_conflicts(kind, uid, field, mine, theirs, by_member, "
        "detected_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(teamKindName(c.kind));
    q.addBindValue(c.uid);
    q.addBindValue(c.field);
    q.addBindValue(c.mine);
    q.addBindValue(c.theirs);
    q.addBindValue(c.by);
    q.addBindValue(toMs(c.detectedAt));
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

Result<QList<TeamConflict>> TeamStore::conflicts()
{
    using R = Result<QList<TeamConflict>>;
    QSqlQuery &q = m_db.statement(u"SELECT kind, uid, field, mine, theirs, by_member, detected_at "
                                  "FROM team_conflicts ORDER BY id"_s);
    if (!q.exec())
        return R::failure(m_db.queryFailed(q).error());
    QList<TeamConflict> list;
    while (q.next()) {
        TeamConflict c;
        c.kind = parseTeamKind(q.value(0).toString()).value_or(TeamKind::Card);
        c.uid = q.value(1).toString();
        c.field = q.value(2).toString();
        c.mine = q.value(3).toString();
        c.theirs = q.value(4).toString();
        c.by = q.value(5).toString();
        c.detectedAt = fromMs(q.value(6).toLongLong());
        list.append(std::move(c));
    }
    q.finish();
    return list;
}

Status TeamStore::removeConflict(const QString &uid, const QString &field)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM team_conflicts WHERE uid = ? AND field = ?"_s);
    q.addBindValue(uid);
    q.addBindValue(field);
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

} // namespace SprintDeck

#include "core/storage/syncstore.h"

#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

template<typename T> Result<T> failedAs(Database &db, QSqlQuery &q)
{
    return Result<T>::failure(db.queryFailed(q).error());
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString fieldsToText(const QList<SyncField> &fields)
{
    QStringList names;
    for (SyncField f : fields)
        names.append(syncFieldName(f));
    return names.join(u',');
}

QList<SyncField> fieldsFromText(const QString &text)
{
    QList<SyncField> fields;
    const QStringList names = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &n : names)
        if (const auto f = parseSyncField(n))
            fields.append(*f);
    return fields;
}

QJsonObject displayToJson(const QMap<SyncField, QString> &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(syncFieldName(it.key()), it.value());
    return o;
}

QMap<SyncField, QString> displayFromJson(const QJsonObject &o)
{
    QMap<SyncField, QString> values;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (const auto f = parseSyncField(it.key()))
            values.insert(*f, it.value().toString());
    return values;
}

const QString kRemoteColumns =
    u"id, name, type, url, project, allow_insecure_http, secret_id, key_prefix, "
    "points_field, settings"_s;

Remote remoteFrom(const QSqlQuery &q)
{
    Remote r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.type = q.value(2).toString();
    r.url = QUrl(q.value(3).toString());
    r.project = q.value(4).toString();
    r.allowInsecureHttp = q.value(5).toBool();
    r.secretId = q.value(6).toString();
    r.keyPrefix = q.value(7).toString();
    r.pointsField =
        parsePointsField(q.value(8).toString()).value_or(Remote::PointsField::StoryPoints);
    const QJsonObject settings = objectFrom(q.value(9).toString());
    r.storyPointsFieldId = settings.value(u"story_points_field_id"_s).toInteger();
    auto readList = [&settings](const QString &name) {
        QList<RemoteEnumValue> list;
        const QJsonArray array = settings.value(name).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            list.append({o.value(u"id"_s).toInteger(), o.value(u"name"_s).toString(),
                         o.value(u"flag"_s).toBool()});
        }
        return list;
    };
    r.priorities = readList(u"priorities"_s);
    r.trackers = readList(u"trackers"_s);
    const QJsonObject users = settings.value(u"users"_s).toObject();
    for (auto it = users.constBegin(); it != users.constEnd(); ++it)
        r.users.insert(it.key().toLongLong(), it.value().toString());
    const QJsonArray map = settings.value(u"status_map"_s).toArray();
    for (const QJsonValue &v : map) {
        const QJsonObject m = v.toObject();
        r.statusMap.append({m.value(u"status_id"_s).toInteger(), m.value(u"name"_s).toString(),
                            m.value(u"closed"_s).toBool(), m.value(u"column_id"_s).toInteger()});
    }
    return r;
}

QString remoteSettings(const Remote &r)
{
    QJsonArray map;
    for (const StatusMapping &m : r.statusMap)
        map.append(QJsonObject{{u"status_id"_s, m.statusId},
                               {u"name"_s, m.statusName},
                               {u"closed"_s, m.closed},
                               {u"column_id"_s, m.columnId}});
    auto writeList = [](const QList<RemoteEnumValue> &list) {
        QJsonArray array;
        for (const RemoteEnumValue &v : list)
            array.append(QJsonObject{{u"id"_s, v.id}, {u"name"_s, v.name}, {u"flag"_s, v.flag}});
        return array;
    };
    QJsonObject users;
    for (auto it = r.users.cbegin(); it != r.users.cend(); ++it)
        users.insert(QString::number(it.key()), it.value());
    return toText(QJsonObject{{u"story_points_field_id"_s, r.storyPointsFieldId},
                              {u"status_map"_s, map},
                              {u"priorities"_s, writeList(r.priorities)},
                              {u"trackers"_s, writeList(r.trackers)},
                              {u"users"_s, users}});
}

const QString kLinkColumns = u"card_id, remote_id, issue_id, updated_on, last_journal_id, base"_s;

IssueLink linkFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toLongLong(), issueFieldsFromJson(objectFrom(q.value(5).toString()))};
}

const QString kEntryColumns =
    u"id, remote_id, card_id, sprint_id, op, fields, state, attempts, sent_at, error, "
    "created_at, payload"_s;

QString opName(OutboxEntry::Op op)
{
    switch (op) {
    case OutboxEntry::Op::Create:
        return u"create"_s;
    case OutboxEntry::Op::Update:
        return u"update"_s;
    case OutboxEntry::Op::Delete:
        return u"delete"_s;
    case OutboxEntry::Op::Version:
        return u"version"_s;
    }
    return {};
}

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.remoteId = q.value(1).toLongLong();
    e.cardId = q.value(2).toLongLong();
    e.sprintId = q.value(3).toLongLong();
    const QString op = q.value(4).toString();
    e.op = op == u"create"    ? OutboxEntry::Op::Create
           : op == u"delete"  ? OutboxEntry::Op::Delete
           : op == u"version" ? OutboxEntry::Op::Version
                              : OutboxEntry::Op::Update;
    e.fields = fieldsFromText(q.value(5).toString());
    e.state = OutboxEntry::State(qBound(0, q.value(6).toInt(), 2));
    e.attempts = q.value(7).toInt();
    e.sentAt = fromMs(q.value(8).toLongLong());
    e.error = q.value(9).toString();
    e.createdAt = fromMs(q.value(10).toLongLong());
    e.payload = objectFrom(q.value(11).toString());
    return e;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kConflictColumns = u"card_id, remote_id, fields, local, remote, issue, detected_at"_s;

SyncConflict conflictFrom(const QSqlQuery &q)
{
    SyncConflict c;
    c.cardId = q.value(0).toLongLong();
    c.remoteId = q.value(1).toLongLong();
    const QString fields = q.value(2).toString();
    c.deletedRemotely = fields == u"deleted";
    if (!c.deletedRemotely)
        c.fields = fieldsFromText(fields);
    c.local = displayFromJson(objectFrom(q.value(3).toString()));
    c.remote = displayFromJson(objectFrom(q.value(4).toString()));
    c.issue = RemoteIssue::fromStored(objectFrom(q.value(5).toString()));
    c.detectedAt = fromMs(q.value(6).toLongLong());
    return c;
}

/** The columns a remote's row holds, from name to settings, in that order. */
void bindRemote(QSqlQuery &q, const Remote &remote)
{
    q.addBindValue(remote.name);
    q.addBindValue(remote.type);
    q.addBindValue(remote.url.toString());
    q.addBindValue(remote.project);
    q.addBindValue(remote.allowInsecureHttp);
    q.addBindValue(remote.secretId);
    q.addBindValue(remote.keyPrefix);
    q.addBindValue(pointsFieldName(remote.pointsField));
    q.addBindValue(remoteSettings(remote));
}

/** A failed insert or update of a remote; a taken name says so in words. */
Status remoteWriteFailed(Database &db, QSqlQuery &q, const Remote &remote)
{
    return Database::explainDuplicate(
        db.queryFailed(q), QObject::tr("There is already a remote called %1").arg(remote.name));
}

/** Runs `write` in a transaction of its own; nothing is kept when it fails. */
template<typename Write> Status inTransaction(Database &db, Write write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(db.lastError());
    Status s = write();
    if (s && !tx.commit())
        return Status::failure(db.lastError());
    return s;
}

} // namespace

// --- remotes -------------------------------------------------------------------

Result<QList<Remote>> SyncStore::remotes()
{
    QSqlQuery &q = m_db.statement(u"SELECT "_s + kRemoteColumns +
                                  u" FROM remotes ORDER BY name COLLATE NOCASE"_s);
    if (!q.exec())
        return failedAs<QList<Remote>>(m_db, q);
    QList<Remote> list;
    while (q.next())
        list.append(remoteFrom(q));
    q.finish();
    return list;
}

Result<Remote> SyncStore::remote(qint64 id)
{
    QSqlQuery &q = m_db.statement(u"SELECT "_s + kRemoteColumns + u" FROM remotes WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failedAs<Remote>(m_db, q);
    if (!q.next()) {
        q.finish();
        return Result<Remote>::failure(QObject::tr("No remote with id %1").arg(id));
    }
    Remote r = remoteFrom(q);
    q.finish();
    return r;
}

Result<Remote> SyncStore::remoteByName(const QString &name)
{
    QSqlQuery &q = m_db.statement(u"SELECT "_s + kRemoteColumns +
                                  u" FROM remotes WHERE name = ? COLLATE NOCASE"_s);
    q.addBindValue(name);
    if (!q.exec())
        return failedAs<Remote>(m_db, q);
    if (!q.next()) {
        q.finish();
        return Result<Remote>::failure(QObject::tr("no remote called \u201c%1\u201d").arg(name));
    }
    Remote r = remoteFrom(q);
    q.finish();
    return r;
}

Status SyncStore::insertRemote(Remote &remote)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO remotes(name, type, url, project, allow_insecure_http, secret_id, "
        "key_prefix, points_field, settings, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindRemote(q, remote);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return remoteWriteFailed(m_db, q, remote);
    remote.id = q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

Status SyncStore::updateRemote(const Remote &remote)
{
    QSqlQuery &q = m_db.statement(
        u"UPDATE remotes SET name = ?, type = ?, url = ?, project = ?, allow_insecure_http = ?, "
        "secret_id = ?, key_prefix = ?, points_field = ?, settings = ? WHERE id = ?"_s);
    bindRemote(q, remote);
    q.addBindValue(remote.id);
    if (!q.exec())
        return remoteWriteFailed(m_db, q, remote);
    q.finish();
    return {};
}

Status SyncStore::saveRemoteNow(Remote &remote)
{
    return inTransaction(
        m_db, [&] { return remote.id == 0 ? insertRemote(remote) : updateRemote(remote); });
}

Status SyncStore::removeRemoteNow(qint64 id)
{
    return inTransaction(m_db, [&] { return removeRemote(id); });
}

Status SyncStore::removeRemote(qint64 id)
{
    // The foreign keys cascade to links, outbox, conflicts and state.
    QSqlQuery &q = m_db.statement(u"DELETE FROM remotes WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

// --- links ---------------------------------------------------------------------

Result<std::optional<IssueLink>> SyncStore::linkForCard(qint64 cardId)
{
    using R = Result<std::optional<IssueLink>>;
    QSqlQuery &q =
        m_db.statement(u"SELECT "_s + kLinkColumns + u" FROM remote_links WHERE card_id = ?"_s);
    q.addBindValue(cardId);
    if (!q.exec())
        return failedAs<std::optional<IssueLink>>(m_db, q);
    std::optional<IssueLink> link;
    if (q.next())
        link = linkFrom(q);
    q.finish();
    return R(link);
}

Result<QHash<qint64, IssueLink>> SyncStore::links(qint64 remoteId)
{
    QSqlQuery &q =
        m_db.statement(u"SELECT "_s + kLinkColumns + u" FROM remote_links WHERE remote_id = ?"_s);
    q.addBindValue(remoteId);
    if (!q.exec())
        return failedAs<QHash<qint64, IssueLink>>(m_db, q);
    QHash<qint64, IssueLink> links;
    while (q.next()) {
        IssueLink link = linkFrom(q);
        links.insert(link.issueId, link);
    }
    q.finish();
    return links;
}

Status SyncStore::saveLink(const IssueLink &link)
{
    QSqlQuery &q =
        m_db.statement(u"INSERT INTO remote_links(card_id, remote_id, issue_id, updated_on, "
                       u"last_journal_id, base) "
                       "VALUES(?, ?, ?, coalesce(?, ''), ?, ?) ON CONFLICT(card_id) DO UPDATE SET "
                       "remote_id = excluded.remote_id, "
                       "issue_id = excluded.issue_id, updated_on = excluded.updated_on, "
                       "last_journal_id = excluded.last_journal_id, base = excluded.base"_s);
    q.addBindValue(link.cardId);
    q.addBindValue(link.remoteId);
    q.addBindValue(link.issueId);
    q.addBindValue(link.updatedOn);
    q.addBindValue(link.lastJournalId);
    q.addBindValue(toText(issueFieldsToJson(link.base)));
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status SyncStore::removeLink(qint64 cardId)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM remote_links WHERE card_id = ?"_s);
    q.addBindValue(cardId);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Result<QHash<qint64, VersionLink>> SyncStore::versionLinks(qint64 remoteId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT sprint_id, remote_id, version_id, base FROM remote_sprints WHERE remote_id = ?"_s);
    q.addBindValue(remoteId);
    if (!q.exec())
        return failedAs<QHash<qint64, VersionLink>>(m_db, q);
    QHash<qint64, VersionLink> links;
    while (q.next())
        links.insert(q.value(2).toLongLong(),
                     {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      objectFrom(q.value(3).toString())});
    q.finish();
    return links;
}

Result<std::optional<VersionLink>> SyncStore::versionLinkForSprint(qint64 sprintId)
{
    using R = Result<std::optional<VersionLink>>;
    QSqlQuery &q = m_db.statement(
        u"SELECT sprint_id, remote_id, version_id, base FROM remote_sprints WHERE sprint_id = ?"_s);
    q.addBindValue(sprintId);
    if (!q.exec())
        return failedAs<std::optional<VersionLink>>(m_db, q);
    std::optional<VersionLink> link;
    if (q.next())
        link = VersionLink{q.value(0).toLongLong(), q.value(1).toLongLong(),
                           q.value(2).toLongLong(), objectFrom(q.value(3).toString())};
    q.finish();
    return R(link);
}

Status SyncStore::saveVersionLink(const VersionLink &link)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO remote_sprints(sprint_id, remote_id, version_id, base) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(sprint_id) DO UPDATE SET remote_id = excluded.remote_id, "
        "version_id = excluded.version_id, base = excluded.base"_s);
    q.addBindValue(link.sprintId);
    q.addBindValue(link.remoteId);
    q.addBindValue(link.versionId);
    q.addBindValue(toText(link.base));
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

// --- outbox --------------------------------------------------------------------

Status SyncStore::enqueue(OutboxEntry &entry)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO sync_outbox(remote_id, card_id, sprint_id, op, fields, state, attempts, "
        "sent_at, error, created_at, payload) VALUES(?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, "
        "coalesce(?, ''), ?, "
        "coalesce(?, ''))"_s);
    if (!entry.createdAt.isValid())
        entry.createdAt = QDateTime::currentDateTimeUtc();
    q.addBindValue(entry.remoteId);
    q.addBindValue(nullableId(entry.cardId));
    q.addBindValue(nullableId(entry.sprintId));
    q.addBindValue(opName(entry.op));
    q.addBindValue(fieldsToText(entry.fields));
    q.addBindValue(int(entry.state));
    q.addBindValue(entry.attempts);
    q.addBindValue(toMs(entry.sentAt));
    q.addBindValue(entry.error);
    q.addBindValue(toMs(entry.createdAt));
    q.addBindValue(entry.payload.isEmpty() ? QString() : toText(entry.payload));
    if (!q.exec())
        return m_db.queryFailed(q);
    entry.id = q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

Result<QList<OutboxEntry>> SyncStore::outbox(qint64 remoteId)
{
    QSqlQuery &q = m_db.statement(u"SELECT "_s + kEntryColumns +
                                  u" FROM sync_outbox WHERE remote_id = ? ORDER BY id"_s);
    q.addBindValue(remoteId);
    if (!q.exec())
        return failedAs<QList<OutboxEntry>>(m_db, q);
    QList<OutboxEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    q.finish();
    return list;
}

Result<QList<OutboxEntry>> SyncStore::outboxForCard(qint64 cardId)
{
    QSqlQuery &q = m_db.statement(u"SELECT "_s + kEntryColumns +
                                  u" FROM sync_outbox WHERE card_id = ? ORDER BY id"_s);
    q.addBindValue(cardId);
    if (!q.exec())
        return failedAs<QList<OutboxEntry>>(m_db, q);
    QList<OutboxEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    q.finish();
    return list;
}

Status SyncStore::saveEntry(const OutboxEntry &entry)
{
    QSqlQuery &q = m_db.statement(
        u"UPDATE sync_outbox SET op = ?, fields = coalesce(?, ''), payload = coalesce(?, ''), "
        "state = ?, attempts = ?, sent_at = ?, error = coalesce(?, '') WHERE id = ?"_s);
    q.addBindValue(opName(entry.op));
    q.addBindValue(fieldsToText(entry.fields));
    q.addBindValue(entry.payload.isEmpty() ? QString() : toText(entry.payload));
    q.addBindValue(int(entry.state));
    q.addBindValue(entry.attempts);
    q.addBindValue(toMs(entry.sentAt));
    q.addBindValue(entry.error);
    q.addBindValue(entry.id);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status SyncStore::removeEntries(const QList<qint64> &ids)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM sync_outbox WHERE id = ?"_s);
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return m_db.queryFailed(q);
        q.finish();
    }
    return {};
}

Status SyncStore::retryRejected(qint64 cardId)
{
    QSqlQuery &q =
        m_db.statement(u"UPDATE sync_outbox SET state = 0 WHERE card_id = ? AND state = 2"_s);
    q.addBindValue(cardId);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Result<int> SyncStore::pendingCount(qint64 remoteId)
{
    QSqlQuery &q = m_db.statement(u"SELECT count(*) FROM sync_outbox WHERE remote_id = ?"_s);
    q.addBindValue(remoteId);
    if (!q.exec() || !q.next())
        return failedAs<int>(m_db, q);
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<QHash<qint64, QString>> SyncStore::rejectedCards()
{
    QSqlQuery &q = m_db.statement(
        u"SELECT card_id, error FROM sync_outbox WHERE state = 2 AND card_id IS NOT NULL ORDER BY id"_s);
    if (!q.exec())
        return failedAs<QHash<qint64, QString>>(m_db, q);
    QHash<qint64, QString> cards;
    while (q.next())
        cards.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return cards;
}

// --- conflicts -----------------------------------------------------------------

Status SyncStore::saveConflict(const SyncConflict &c)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO sync_conflicts(card_id, remote_id, fields, local, remote, issue, "
        u"detected_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(card_id) DO UPDATE SET remote_id = "
        "excluded.remote_id, "
        "fields = excluded.fields, local = excluded.local, remote = excluded.remote, "
        "issue = excluded.issue"_s);
    q.addBindValue(c.cardId);
    q.addBindValue(c.remoteId);
    q.addBindValue(c.deletedRemotely ? u"deleted"_s : fieldsToText(c.fields));
    q.addBindValue(toText(displayToJson(c.local)));
    q.addBindValue(toText(displayToJson(c.remote)));
    q.addBindValue(toText(c.issue.toStored()));
    q.addBindValue(toMs(c.detectedAt.isValid() ? c.detectedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Result<QList<SyncConflict>> SyncStore::conflicts(qint64 remoteId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT "_s + kConflictColumns +
        u" FROM sync_conflicts WHERE ? = 0 OR remote_id = ? ORDER BY detected_at, card_id"_s);
    q.addBindValue(remoteId);
    q.addBindValue(remoteId);
    if (!q.exec())
        return failedAs<QList<SyncConflict>>(m_db, q);
    QList<SyncConflict> list;
    while (q.next())
        list.append(conflictFrom(q));
    q.finish();
    return list;
}

Result<std::optional<SyncConflict>> SyncStore::conflictForCard(qint64 cardId)
{
    using R = Result<std::optional<SyncConflict>>;
    QSqlQuery &q = m_db.statement(u"SELECT "_s + kConflictColumns +
                                  u" FROM sync_conflicts WHERE card_id = ?"_s);
    q.addBindValue(cardId);
    if (!q.exec())
        return failedAs<std::optional<SyncConflict>>(m_db, q);
    std::optional<SyncConflict> c;
    if (q.next())
        c = conflictFrom(q);
    q.finish();
    return R(c);
}

Status SyncStore::removeConflict(qint64 cardId)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM sync_conflicts WHERE card_id = ?"_s);
    q.addBindValue(cardId);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

// --- state ---------------------------------------------------------------------

Result<SyncState> SyncStore::state(qint64 remoteId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT pulled_until, reconciled_at, synced_at, result FROM sync_state WHERE remote_id = ?"_s);
    q.addBindValue(remoteId);
    if (!q.exec())
        return failedAs<SyncState>(m_db, q);
    SyncState s;
    if (q.next()) {
        s.pulledUntil = q.value(0).toString();
        s.reconciledAt = fromMs(q.value(1).toLongLong());
        s.syncedAt = fromMs(q.value(2).toLongLong());
        s.result = q.value(3).toString();
    }
    q.finish();
    return s;
}

Status SyncStore::saveState(qint64 remoteId, const SyncState &s)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO sync_state(remote_id, pulled_until, reconciled_at, synced_at, result) "
        "VALUES(?, coalesce(?, ''), ?, ?, coalesce(?, '')) ON CONFLICT(remote_id) DO UPDATE SET "
        "pulled_until = excluded.pulled_until, "
        "reconciled_at = excluded.reconciled_at, synced_at = excluded.synced_at, result = excluded.result"_s);
    q.addBindValue(remoteId);
    q.addBindValue(s.pulledUntil);
    q.addBindValue(toMs(s.reconciledAt));
    q.addBindValue(toMs(s.syncedAt));
    q.addBindValue(s.result);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

} // namespace SprintDeck

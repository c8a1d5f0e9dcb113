#include "core/storage/teamserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::TeamServer", text);
}

/** Every writer takes this lock first: sequence numbers are then given in commit order. */
constexpr qint64 kEventLock = 0x53447362;

/** The board's tables; migration N brings the schema from version N-1 to N. */
const QList<QStringList> &serverMigrations()
{
    static const QList<QStringList> migrations = {
        {
            uR"(CREATE TABLE sd_entities(
                   uid TEXT PRIMARY KEY,
                   kind TEXT NOT NULL,
                   version BIGINT NOT NULL,
                   deleted BOOLEAN NOT NULL DEFAULT false,
                   state JSONB NOT NULL,
                   changed_by JSONB NOT NULL DEFAULT '{}'))"_s,
            uR"(CREATE INDEX sd_card_keys ON sd_entities((state->>'key')) WHERE kind = 'card')"_s,
            uR"(CREATE TABLE sd_events(
                   seq BIGINT PRIMARY KEY,
                   event_id TEXT NOT NULL UNIQUE,
                   client_id TEXT NOT NULL,
                   author TEXT NOT NULL,
                   made_at BIGINT NOT NULL,
                   kind TEXT NOT NULL,
                   uid TEXT NOT NULL,
                   op TEXT NOT NULL,
                   version BIGINT NOT NULL,
                   applied JSONB NOT NULL,
                   refused JSONB NOT NULL DEFAULT '{}'))"_s,
            uR"(CREATE TABLE sd_clients(
                   client_id TEXT PRIMARY KEY,
                   member TEXT NOT NULL,
                   seen_at TIMESTAMPTZ NOT NULL))"_s,
        },
    };
    return migrations;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

/** The number at the end of a card key ("SD-12" -> 12), 0 without one. */
int keyNumber(const QString &key)
{
    const qsizetype dash = key.lastIndexOf(u'-');
    return dash < 0 ? 0 : key.mid(dash + 1).toInt();
}

/** Rolls back unless committed. */
class ServerTransaction
{
public:
    explicit ServerTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_active(db.transaction())
    {}
    ~ServerTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

} // namespace

// --- the address ---------------------------------------------------------------

Result<TeamAddress> TeamAddress::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return Result<TeamAddress>::failure(
            QCoreApplication::translate(
                "SprintDeck::TeamServer",
                "%1 is not a server address like postgresql://user@host:5432/board")
                .arg(text.trimmed()));
    if (!url.password().isEmpty())
        return Result<TeamAddress>::failure(QCoreApplication::translate(
            "SprintDeck::TeamServer",
            "the address holds a password: leave it out, SprintDeck keeps it in the "
            "keychain"));
    TeamAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.user = url.userName();
    if (a.host.isEmpty() || a.database.isEmpty() || a.database.contains(u'/'))
        return Result<TeamAddress>::failure(
            QCoreApplication::translate(
                "SprintDeck::TeamServer",
                "%1 names no host and database, like postgresql://user@host:5432/board")
                .arg(text.trimmed()));
    if (a.user.isEmpty())
        return Result<TeamAddress>::failure(
            QCoreApplication::translate("SprintDeck::TeamServer",
                                        "%1 names no user, like postgresql://user@host:5432/board")
                .arg(text.trimmed()));
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == u"sslmode")
            a.sslMode = value;
        else if (name == u"sslrootcert")
            a.sslRootCert = value;
        else
            return Result<TeamAddress>::failure(
                QCoreApplication::translate(
                    "SprintDeck::TeamServer",
                    "%1: the option %2 is not known (sslmode and sslrootcert are)")
                    .arg(text.trimmed(), name));
    }
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    if (!a.sslMode.isEmpty() && !modes.contains(a.sslMode))
        return Result<TeamAddress>::failure(
            QCoreApplication::translate("SprintDeck::TeamServer", "sslmode %1 is not known")
                .arg(a.sslMode));
    if (a.isLoopback()) {
        if (a.sslMode.isEmpty())
            a.sslMode = u"prefer"_s;
    } else if (a.sslMode.isEmpty()) {
        a.sslMode = u"verify-full"_s;
    } else if (a.sslMode != u"verify-full") {
        return Result<TeamAddress>::failure(
            QCoreApplication::translate(
                "SprintDeck::TeamServer",
                "%1 is not this computer: its connection must be encrypted and its certificate "
                "verified (sslmode=verify-full)")
                .arg(a.host));
    }
    return a;
}

QString TeamAddress::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (!sslMode.isEmpty() && sslMode != (isLoopback() ? u"prefer"_s : u"verify-full"_s))
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
    url.setQuery(query);
    return url.toString();
}

bool TeamAddress::isLoopback() const
{
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TeamAddress::secretId() const
{
    return u"postgresql:%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

// --- the connection --------------------------------------------------------------

Result<std::unique_ptr<TeamServer>>
TeamServer::connect(const TeamAddress &address, const QString &password, const QString &purpose)
{
    using R = Result<std::unique_ptr<TeamServer>>;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return R::failure(tr("this installation cannot reach PostgreSQL servers (Qt's QPSQL "
                             "driver is missing; on Debian: libqt6sql6-psql)"));
    std::unique_ptr<TeamServer> server(new TeamServer);
    server->m_address = address;
    server->m_connectionName = u"sprintdeck-team-"_s + QUuid::createUuid().toString(QUuid::Id128);
    server->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, server->m_connectionName);
    server->m_db.setHostName(address.host);
    server->m_db.setPort(address.port);
    server->m_db.setDatabaseName(address.database);
    server->m_db.setUserName(address.user);
    server->m_db.setPassword(password);
    QStringList options{u"connect_timeout=5"_s, u"sslmode="_s + address.sslMode,
                        u"application_name=sprintdeck"_s +
                            (purpose.isEmpty() ? QString() : u"-"_s + purpose),
                        // A server that stops answering is noticed within half a minute.
                        u"keepalives=1"_s, u"keepalives_idle=10"_s, u"keepalives_interval=5"_s,
                        u"keepalives_count=3"_s,
                        // A write the server does not acknowledge fails within 10 s.
                        u"tcp_user_timeout=10000"_s};
    if (!address.sslRootCert.isEmpty())
        options.append(u"sslrootcert="_s + address.sslRootCert);
    server->m_db.setConnectOptions(options.join(u';'));
    if (!server->m_db.open()) {
        const QSqlError e = server->m_db.lastError();
        const QString where = u"%1:%2"_s.arg(address.host).arg(address.port);
        // libpq reports a refused login as a connection failure, without its SQLSTATE.
        if (e.nativeErrorCode() == u"28P01" || e.nativeErrorCode() == u"28000" ||
            e.databaseText().contains(u"password authentication failed"_s) ||
            e.databaseText().contains(u"no password supplied"_s) ||
            (e.databaseText().contains(u"role \""_s) &&
             e.databaseText().contains(u"does not exist"_s)))
            return R::failure(tr("the team server %1 refused the login of %2: wrong or no "
                                 "password, or no such role")
                                  .arg(where, address.user));
        if (e.nativeErrorCode() == u"3D000" || (e.databaseText().contains(u"database \""_s) &&
                                                e.databaseText().contains(u"does not exist"_s)))
            return R::failure(
                tr("the team server %1 has no database %2").arg(where, address.database));
        const QString reason = e.databaseText().trimmed().section(u'\n', 0, 0);
        if (reason.contains(u"certificate verify failed"_s) ||
            reason.contains(u"server certificate"_s))
            return R::failure(tr("the team server %1 did not prove who it is: its certificate "
                                 "could not be verified (%2)")
                                  .arg(where, reason));
        return R::failure(tr("cannot reach the team server %1: %2")
                              .arg(where, reason.isEmpty() ? e.text() : reason));
    }
    return server;
}

TeamServer::~TeamServer()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TeamServer::isAlive()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(u"SELECT 1"_s);
}

QString TeamServer::failure(const QSqlQuery &q) const
{
    const QSqlError e = q.lastError();
    if (e.nativeErrorCode() == u"42501")
        return tr("%1 may only view this board, not change it").arg(m_address.user);
    QString reason = e.databaseText().trimmed().section(u'\n', 0, 0);
    if (reason.isEmpty())
        reason = e.text().trimmed();
    if (e.type() == QSqlError::ConnectionError || reason.contains(u"server closed"_s) ||
        reason.contains(u"no connection"_s) || reason.contains(u"terminat"_s))
        return tr("the team server %1:%2 went away: %3")
            .arg(m_address.host)
            .arg(m_address.port)
            .arg(reason);
    return tr("the team server %1:%2: %3").arg(m_address.host).arg(m_address.port).arg(reason);
}

Status TeamServer::lockLog()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
    q.addBindValue(kEventLock);
    if (!q.exec())
        return Status::failure(failure(q));
    return {};
}

Status TeamServer::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Status::failure(failure(q));
    return {};
}

// --- the schema ------------------------------------------------------------------

Status TeamServer::migrate()
{
    auto version = [this]() -> Result<int> {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT to_regclass('sd_meta') IS NOT NULL"_s) || !q.next())
            return Result<int>::failure(failure(q));
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(u"SELECT value FROM sd_meta WHERE key = 'schema_version'"_s))
            return Result<int>::failure(failure(q));
        return q.next() ? q.value(0).toInt() : 0;
    };
    Result<int> current = version();
    if (!current)
        return Status::failure(current.error());
    const QList<QStringList> &migrations = serverMigrations();
    if (*current > int(migrations.size()))
        return Status::failure(
            tr("the board on the team server was made by a newer SprintDeck (schema %1, this "
               "one knows %2): update SprintDeck")
                .arg(*current)
                .arg(migrations.size()));
    if (*current == int(migrations.size()))
        return {};
    ServerTransaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(
            tr("cannot begin a transaction on the team server: %1").arg(m_db.lastError().text()));
    // Two replicas migrating at once: the second waits here, then finds the work done.
    if (Status s = lockLog(); !s)
        return s;
    if (Status s = exec(
            u"CREATE TABLE IF NOT EXISTS sd_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        !s)
        return s;
    current = version();
    if (!current)
        return Status::failure(current.error());
    for (int v = *current; v < int(migrations.size()); ++v)
        for (const QString &sql : migrations.at(v))
            if (Status s = exec(sql); !s)
                return s;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sd_meta(key, value) VALUES('schema_version', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::number(migrations.size()));
    if (!q.exec())
        return Status::failure(failure(q));
    if (!tx.commit())
        return Status::failure(
            tr("the team server did not commit: %1").arg(m_db.lastError().text()));
    return {};
}

Result<QString> TeamServer::boardId()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM sd_meta WHERE key = 'board_id'"_s))
        return Result<QString>::failure(failure(q));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> TeamServer::keyPrefix()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM sd_meta WHERE key = 'key_prefix'"_s))
        return Result<QString>::failure(failure(q));
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> TeamServer::canWrite()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT has_table_privilege('sd_events', 'INSERT') AND "
                "has_table_privilege('sd_entities', 'UPDATE')"_s) ||
        !q.next())
        return Result<bool>::failure(failure(q));
    return q.value(0).toBool();
}

// --- writing -----------------------------------------------------------------------

Status TeamServer::publish(const QString &boardId, const QString &keyPrefix,
                           const QList<TeamEdit> &edits, const QString &clientId,
                           const QString &author)
{
    ServerTransaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(
            tr("cannot begin a transaction on the team server: %1").arg(m_db.lastError().text()));
    if (Status s = lockLog(); !s)
        return s;
    Result<QString> existing = this->boardId();
    if (!existing)
        return Status::failure(existing.error());
    if (!existing->isEmpty())
        return Status::failure(tr("the database %1 on the team server holds a board already; "
                                  "join it instead")
                                   .arg(m_address.database));
    {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO sd_meta(key, value) VALUES('board_id', ?), ('key_prefix', ?)"_s);
        q.addBindValue(boardId);
        q.addBindValue(keyPrefix);
        if (!q.exec())
            return Status::failure(failure(q));
    }

    // The rows' states as the edits leave them, and the log, written many rows per statement.
    struct Row
    {
        QString kind;
        qint64 version = 0;
        bool deleted = false;
        QJsonObject state;
        QJsonObject changedBy;
    };
    QHash<QString, Row> rows;
    QStringList order;
    constexpr int kRowsPerStatement = 500;
    QSqlQuery insertEvents(m_db);
    QVariantList values;
    int pending = 0;
    qint64 seq = 0;
    auto flushEvents = [&]() -> Status {
        if (pending == 0)
            return {};
        QString sql = u"INSERT INTO sd_events(seq, event_id, client_id, author, made_at, kind, "
                      "uid, op, version, applied) VALUES"_s;
        for (int i = 0; i < pending; ++i)
            sql += i ? u",(?,?,?,?,?,?,?,?,?,?::jsonb)"_s // placeholders only: values bound below
                     : u"(?,?,?,?,?,?,?,?,?,?::jsonb)"_s;
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        values.clear();
        pending = 0;
        if (!q.exec())
            return Status::failure(failure(q));
        return {};
    };
    for (const TeamEdit &e : edits) {
        Row &row = rows[e.uid];
        if (row.kind.isEmpty()) {
            row.kind = teamKindName(e.kind);
            order.append(e.uid);
        }
        ++row.version;
        row.deleted = e.op == TeamOp::Delete ? true : e.op == TeamOp::Restore ? false : row.deleted;
        for (auto it = e.after.begin(); it != e.after.end(); ++it) {
            row.state.insert(it.key(), it.value());
            row.changedBy.insert(it.key(), author);
        }
        values << ++seq << e.eventId << clientId << author << e.madeAt.toMSecsSinceEpoch()
               << teamKindName(e.kind) << e.uid << teamOpName(e.op) << row.version
               << jsonText(e.after);
        if (++pending == kRowsPerStatement)
            if (Status s = flushEvents(); !s)
                return s;
    }
    if (Status s = flushEvents(); !s)
        return s;
    for (qsizetype start = 0; start < order.size(); start += kRowsPerStatement) {
        const qsizetype count = qMin<qsizetype>(kRowsPerStatement, order.size() - start);
        QString sql = u"INSERT INTO sd_entities(uid, kind, version, deleted, state, changed_by) "
                      "VALUES"_s;
        for (qsizetype i = 0; i < count; ++i)
            sql += i ? u",(?,?,?,?,?::jsonb,?::jsonb)"_s // placeholders only: values bound below
                     : u"(?,?,?,?,?::jsonb,?::jsonb)"_s;
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (qsizetype i = start; i < start + count; ++i) {
            const Row &row = rows.value(order.at(i));
            q.addBindValue(order.at(i));
            q.addBindValue(row.kind);
            q.addBindValue(row.version);
            q.addBindValue(row.deleted);
            q.addBindValue(jsonText(row.state));
            q.addBindValue(jsonText(row.changedBy));
        }
        if (!q.exec())
            return Status::failure(failure(q));
    }
    if (!tx.commit())
        return Status::failure(
            tr("the team server did not commit: %1").arg(m_db.lastError().text()));
    return {};
}

Result<TeamOutcome> TeamServer::push(const TeamEdit &edit, const QString &clientId,
                                     const QString &author)
{
    ServerTransaction tx(m_db);
    if (!tx.isActive())
        return Result<TeamOutcome>::failure(
            tr("cannot begin a transaction on the team server %1:%2: %3")
                .arg(m_address.host)
                .arg(m_address.port)
                .arg(m_db.lastError().databaseText().trimmed().section(u'\n', 0, 0)));
    Result<TeamOutcome> outcome = pushInTransaction(edit, clientId, author);
    if (!outcome || outcome->already)
        return outcome;
    if (!tx.commit())
        return Result<TeamOutcome>::failure(tr("the team server %1:%2 did not confirm the edit: %3")
                                                .arg(m_address.host)
                                                .arg(m_address.port)
                                                .arg(m_db.lastError().text()));
    return outcome;
}

Result<TeamOutcome> TeamServer::pushInTransaction(const TeamEdit &edit, const QString &clientId,
                                                  const QString &author)
{
    using R = Result<TeamOutcome>;
    if (Status s = lockLog(); !s)
        return R::failure(s.error());
    TeamOutcome out;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT seq, version, applied, refused FROM sd_events WHERE event_id = ?"_s);
        q.addBindValue(edit.eventId);
        if (!q.exec())
            return R::failure(failure(q));
        if (q.next()) {
            out.seq = q.value(0).toLongLong();
            out.version = q.value(1).toLongLong();
            out.applied = jsonObject(q.value(2));
            out.refused = jsonObject(q.value(3));
            out.already = true;
            return out;
        }
    }
    bool exists = false;
    bool deleted = false;
    qint64 version = 0;
    QJsonObject state;
    QJsonObject changedBy;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT version, deleted, state, changed_by FROM sd_entities WHERE uid = ?"_s);
        q.addBindValue(edit.uid);
        if (!q.exec())
            return R::failure(failure(q));
        if (q.next()) {
            exists = true;
            version = q.value(0).toLongLong();
            deleted = q.value(1).toBool();
            state = jsonObject(q.value(2));
            changedBy = jsonObject(q.value(3));
        }
    }

    QJsonObject after = edit.after;
    if (!exists && edit.op != TeamOp::Create)
        return R::failure(
            tr("the team server does not know the %1 %2").arg(teamKindName(edit.kind), edit.uid));
    if (!exists && edit.kind == TeamKind::Card) {
        // Two replicas that made a card offline may have given it the same key. A key is never
        // given twice, a deleted card's neither: every replica keeps deleted cards' keys.
        const QString key = after.value(u"key"_s).toString();
        QSqlQuery q(m_db);
        q.prepare(u"SELECT 1 FROM sd_entities WHERE kind = 'card' AND state->>'key' = ? "
                  "LIMIT 1"_s);
        q.addBindValue(key);
        if (!q.exec())
            return R::failure(failure(q));
        if (q.next()) {
            const QString stem = key.left(key.lastIndexOf(u'-') + 1);
            QSqlQuery keys(m_db);
            keys.prepare(u"SELECT state->>'key' FROM sd_entities WHERE kind = 'card' AND "
                         "starts_with(state->>'key', ?)"_s);
            keys.addBindValue(stem);
            if (!keys.exec())
                return R::failure(failure(keys));
            int highest = 0;
            while (keys.next())
                highest = qMax(highest, keyNumber(keys.value(0).toString()));
            after.insert(u"key"_s, stem + QString::number(highest + 1));
        }
    }

    // Two replicas that made one row (a member's standup entry of a day) each made it new: the
    // later is an edit of the earlier, field by field, and never overwrites it unseen.
    const TeamOp op = exists && !deleted && edit.op == TeamOp::Create ? TeamOp::Update : edit.op;
    switch (op) {
    case TeamOp::Create:
    case TeamOp::Restore:
        for (auto it = after.begin(); it != after.end(); ++it) {
            state.insert(it.key(), it.value());
            changedBy.insert(it.key(), author);
            out.applied.insert(it.key(), it.value());
        }
        out.applied.insert(u"deleted"_s, u"0"_s);
        deleted = false;
        break;
    case TeamOp::Delete:
        if (!deleted)
            out.applied.insert(u"deleted"_s, u"1"_s);
        changedBy.insert(u"deleted"_s, author);
        deleted = true;
        break;
    case TeamOp::Update:
        for (auto it = after.begin(); it != after.end(); ++it) {
            const QJsonValue current = state.value(it.key());
            // A rank only orders a card among its neighbours: two moves merge, the later
            // placing the card, and never make a conflict for anyone to settle.
            // Nor is a value the same member wrote a conflict: an edit made on a replica that
            // had not caught up with that member's own later edit yet (or on their other
            // computer) follows it.
            const bool unchangedSince = version == edit.baseVersion ||
                                        current == edit.before.value(it.key()) ||
                                        current == it.value() || it.key() == u"rank" ||
                                        changedBy.value(it.key()).toString() == author;
            if (deleted) {
                out.refused.insert(it.key(), QJsonObject{{u"theirs"_s, u"deleted"_s},
                                                         {u"by"_s, changedBy.value(u"deleted"_s)}});
            } else if (unchangedSince) {
                state.insert(it.key(), it.value());
                changedBy.insert(it.key(), author);
                out.applied.insert(it.key(), it.value());
            } else {
                out.refused.insert(it.key(), QJsonObject{{u"theirs"_s, current},
                                                         {u"by"_s, changedBy.value(it.key())}});
            }
        }
        break;
    }
    out.version = out.applied.isEmpty() ? version : version + 1;
    if (!exists) {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO sd_entities(uid, kind, version, deleted, state, changed_by) "
                  "VALUES(?, ?, ?, false, ?::jsonb, ?::jsonb)"_s);
        q.addBindValue(edit.uid);
        q.addBindValue(teamKindName(edit.kind));
        q.addBindValue(out.version);
        q.addBindValue(jsonText(state));
        q.addBindValue(jsonText(changedBy));
        if (!q.exec())
            return R::failure(failure(q));
    } else if (!out.applied.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE sd_entities SET version = ?, deleted = ?, state = ?::jsonb, "
                  "changed_by = ?::jsonb WHERE uid = ?"_s);
        q.addBindValue(out.version);
        q.addBindValue(deleted);
        q.addBindValue(jsonText(state));
        q.addBindValue(jsonText(changedBy));
        q.addBindValue(edit.uid);
        if (!q.exec())
            return R::failure(failure(q));
    }
    {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO sd_events(seq, event_id, client_id, author, made_at, kind, uid, "
                  "op, version, applied, refused) "
                  "SELECT coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb "
                  "FROM sd_events RETURNING seq"_s);
        q.addBindValue(edit.eventId);
        q.addBindValue(clientId);
        q.addBindValue(author);
        q.addBindValue(edit.madeAt.toMSecsSinceEpoch());
        q.addBindValue(teamKindName(edit.kind));
        q.addBindValue(edit.uid);
        q.addBindValue(teamOpName(edit.op));
        q.addBindValue(out.version);
        q.addBindValue(jsonText(out.applied));
        q.addBindValue(jsonText(out.refused));
        if (!q.exec() || !q.next())
            return R::failure(failure(q));
        out.seq = q.value(0).toLongLong();
    }
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT pg_notify(?, ?)"_s);
        q.addBindValue(QString::fromLatin1(kChannel));
        q.addBindValue(QString::number(out.seq));
        if (!q.exec())
            return R::failure(failure(q));
    }
    return out;
}

// --- reading ---------------------------------------------------------------------

Result<QList<TeamEvent>> TeamServer::eventsAfter(qint64 seq, int limit)
{
    using R = Result<QList<TeamEvent>>;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, event_id, client_id, author, made_at, kind, uid, op, version, applied "
              "FROM sd_events WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(failure(q));
    QList<TeamEvent> events;
    while (q.next()) {
        TeamEvent e;
        e.seq = q.value(0).toLongLong();
        e.eventId = q.value(1).toString();
        e.clientId = q.value(2).toString();
        e.author = q.value(3).toString();
        e.madeAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        const auto kind = parseTeamKind(q.value(5).toString());
        const auto op = parseTeamOp(q.value(7).toString());
        if (!kind || !op)
            return R::failure(tr("event %1 on the team server is of an unknown kind (%2 %3): "
                                 "update SprintDeck")
                                  .arg(e.seq)
                                  .arg(q.value(5).toString(), q.value(7).toString()));
        e.kind = *kind;
        e.uid = q.value(6).toString();
        e.op = *op;
        e.version = q.value(8).toLongLong();
        e.applied = jsonObject(q.value(9));
        events.append(std::move(e));
    }
    return events;
}

Result<QList<TeamEvent>> TeamServer::readEvents(const ReaderOptions &reader, qint64 seq, int limit)
{
    Result<std::unique_ptr<TeamServer>> server =
        connect(reader.address, reader.password, u"read"_s);
    if (!server)
        return Result<QList<TeamEvent>>::failure(server.error());
    return (*server)->eventsAfter(seq, limit);
}

Result<qint64> TeamServer::lastSeq()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT coalesce(max(seq), 0) FROM sd_events"_s) || !q.next())
        return Result<qint64>::failure(failure(q));
    return q.value(0).toLongLong();
}

// --- who is connected ----------------------------------------------------------------

Status TeamServer::touch(const QString &clientId, const QString &member)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sd_clients(client_id, member, seen_at) VALUES(?, ?, now()) "
              "ON CONFLICT(client_id) DO UPDATE SET member = excluded.member, seen_at = now()"_s);
    q.addBindValue(clientId);
    q.addBindValue(member);
    if (!q.exec()) {
        // A read-only role cannot say it is here; that is no reason to fail.
        if (q.lastError().nativeErrorCode() == u"42501")
            return {};
        return Status::failure(failure(q));
    }
    return {};
}

Result<QStringList> TeamServer::connectedMembers(const QString &clientId, int seconds)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT member FROM sd_clients WHERE client_id <> ? AND "
              "seen_at > now() - make_interval(secs => ?) ORDER BY member"_s);
    q.addBindValue(clientId);
    q.addBindValue(seconds);
    if (!q.exec())
        return Result<QStringList>::failure(failure(q));
    QStringList members;
    while (q.next())
        members.append(q.value(0).toString());
    return members;
}

} // namespace SprintDeck

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/walcheckpointer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QAtomicInt s_connectionCounter;

QString nextConnectionName()
{
    return u"sprintdeck-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

QString quoted(const QString &path)
{
    return u"\u201c%1\u201d"_s.arg(QDir::toNativeSeparators(path));
}

/** Checks the SQLite header of an existing file without opening it as a database. */
Status checkHeader(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            QObject::tr("Cannot read %1: %2").arg(quoted(path), file.errorString()));
    if (size == 0)
        return {};
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        if (header.count('\0') == header.size())
            return Status::failure(
                QObject::tr("%1 is not a SprintDeck database: the file holds only zero bytes")
                    .arg(quoted(path)));
        return Status::failure(
            QObject::tr("%1 is not a SprintDeck database: it is not an SQLite file")
                .arg(quoted(path)));
    }
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Status::failure(
            QObject::tr("%1 is damaged: its header is invalid").arg(quoted(path)));
    // A write-ahead log beside the file holds pages that are not in the file yet: a process
    // that stopped in the middle of a checkpoint leaves a header that counts them. SQLite
    // finishes that checkpoint from the log when it opens the file.
    const bool logged = QFileInfo(path + u"-wal"_s).size() > 0;
    if (size % pageSize != 0 ||
        (!logged && validFor == changeCounter && pageCount > 0 && pageCount * pageSize > size))
        return Status::failure(QObject::tr("%1 is damaged: the file is truncated (%2 of %3 bytes)")
                                   .arg(quoted(path))
                                   .arg(size)
                                   .arg(qMax<qint64>(pageCount * pageSize, size + 1)));
    return {};
}

QString sqlError(const QSqlError &e)
{
    QString text = e.databaseText();
    if (text.isEmpty())
        text = e.text();
    return text;
}

sqlite3 *rawHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

Status Database::queryFailed(QSqlQuery &q)
{
    QString text = sqlError(q.lastError());
    if (text.isEmpty())
        text = m_lastError;
    q.finish();
    return Status::failure(text);
}

Status Database::explainDuplicate(const Status &status, const QString &taken)
{
    if (status || !status.error().contains(u"UNIQUE"_s))
        return status;
    return Status::failure(taken);
}

namespace {

/**
 * Why an existing file must not be opened (empty: it may), read on a read-only connection
 * before anything may write to it.
 */
QString probeExisting(const QString &absolute)
{
    // A read-only connection to a file in WAL mode still creates the log and its index
    // beside it; a refused file must be left as it was found.
    const QString wal = absolute + u"-wal"_s, shm = absolute + u"-shm"_s;
    const bool hadWal = QFileInfo::exists(wal), hadShm = QFileInfo::exists(shm);
    const QString probeName = nextConnectionName();
    QString failure;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
        probe.setDatabaseName(absolute);
        probe.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (!probe.open()) {
            failure = QObject::tr("Cannot open %1: %2")
                          .arg(quoted(absolute), sqlError(probe.lastError()));
        } else {
            QSqlQuery q(probe);
            qint64 appId = -1, version = -1, tables = -1;
            if (q.exec(u"PRAGMA application_id"_s) && q.next())
                appId = q.value(0).toLongLong();
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toLongLong();
            if (q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next())
                tables = q.value(0).toLongLong();
            if (tables < 0 || version < 0)
                failure =
                    QObject::tr("%1 is damaged: %2").arg(quoted(absolute), sqlError(q.lastError()));
            else if (tables > 0 && appId != Database::kApplicationId)
                failure =
                    QObject::tr("%1 is not a SprintDeck database: it belongs to another program")
                        .arg(quoted(absolute));
            else if (version > Database::latestSchemaVersion())
                failure = QObject::tr("%1 was written by a newer SprintDeck (schema %2; this "
                                      "version reads up to %3)")
                              .arg(quoted(absolute))
                              .arg(version)
                              .arg(Database::latestSchemaVersion());
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    if (!failure.isEmpty()) {
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
    }
    return failure;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QFileInfo dirInfo(info.absolutePath());

    if (info.exists() && info.isDir())
        return R::failure(QObject::tr("%1 is a folder, not a database file").arg(quoted(absolute)));
    if (!info.exists()) {
        if (!options.create)
            return R::failure(QObject::tr("%1 does not exist").arg(quoted(absolute)));
        if (!dirInfo.exists() && !QDir().mkpath(dirInfo.absoluteFilePath()))
            return R::failure(QObject::tr("Cannot create the folder of %1").arg(quoted(absolute)));
    } else {
        if (Status header = checkHeader(absolute, info.size()); !header)
            return R::failure(header.error());
    }
    if (!dirInfo.isWritable())
        return R::failure(QObject::tr("Cannot open %1: its folder is read-only (SprintDeck needs "
                                      "to write its journal beside the file)")
                              .arg(quoted(absolute)));
    if (info.exists() && !info.isWritable())
        return R::failure(
            QObject::tr("Cannot open %1: the file is read-only").arg(quoted(absolute)));

    std::unique_ptr<Database> db(new Database);
    db->m_path = absolute;

    // Inspect an existing file read-only before anything may write to it.
    if (info.exists() && info.size() > 0) {
        if (const QString failure = probeExisting(absolute); !failure.isEmpty())
            return R::failure(failure);
    }

    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    db->m_db.setDatabaseName(absolute);
    // Other processes read and write the file at the same time (a script beside the open
    // window): a write waits for theirs instead of failing.
    db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db->m_db.open())
        return R::failure(QObject::tr("Cannot open %1: %2")
                              .arg(quoted(absolute), sqlError(db->m_db.lastError())));

    QSqlQuery q(db->m_db);
    const QStringList pragmas = {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                 u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s,
                                 u"PRAGMA cache_size=-32000"_s};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return R::failure(
                QObject::tr("Cannot open %1: %2").arg(quoted(absolute), sqlError(q.lastError())));
    }
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        db->m_version = q.value(0).toInt();
    db->m_checkpointer = WalCheckpointer::attach(db->handle(), absolute);

    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (Status migrated = db->migrate(target); !migrated)
        return R::failure(
            QObject::tr("Cannot update %1: %2").arg(quoted(absolute), migrated.error()));
    return R(std::move(db));
}

Database::~Database()
{
    m_checkpointer.reset(); // before the connection it watches closes
    m_statements.clear();
    for (sqlite3_stmt *stmt : std::as_const(m_rawStatements))
        sqlite3_finalize(stmt);
    m_rawStatements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::migrate(int targetVersion)
{
    const QList<QStringList> &migrations = schemaMigrations();
    while (m_version < targetVersion) {
        Transaction tx(*this);
        if (!tx.isActive())
            return Status::failure(m_lastError);
        QSqlQuery q(m_db);
        // Another SprintDeck may have brought the file up to date while this one waited for
        // the write lock that the transaction holds now: read the version again under it.
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return Status::failure(sqlError(q.lastError()));
        m_version = q.value(0).toInt();
        q.finish();
        if (m_version >= targetVersion)
            break;
        if (m_version == 0 && !q.exec(u"PRAGMA application_id=%1"_s.arg(kApplicationId)))
            return Status::failure(sqlError(q.lastError()));
        for (const QString &sql : migrations.at(m_version)) {
            if (!q.exec(sql))
                return Status::failure(
                    u"migration %1: %2"_s.arg(m_version + 1).arg(sqlError(q.lastError())));
        }
        if (!q.exec(u"PRAGMA user_version=%1"_s.arg(m_version + 1)))
            return Status::failure(sqlError(q.lastError()));
        if (!tx.commit())
            return Status::failure(m_lastError);
        ++m_version;
    }
    return {};
}

QSqlQuery &Database::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qWarning("SprintDeck: cannot prepare statement: %s",
                     qPrintable(sqlError(q.lastError())));
        it = m_statements.insert(sql, q);
    }
    return *it;
}

int Database::completedCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

sqlite3 *Database::handle()
{
    return rawHandle(m_db);
}

sqlite3_stmt *Database::rawStatement(const char *sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
    if (sqlite3_stmt *stmt = m_rawStatements.value(key))
        return stmt;
    sqlite3 *raw = handle();
    sqlite3_stmt *stmt = nullptr;
    if (!raw ||
        sqlite3_prepare_v3(raw, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        m_lastError = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : u"no SQLite connection"_s;
        sqlite3_finalize(stmt);
        return nullptr;
    }
    m_rawStatements.insert(QByteArray(sql), stmt);
    return stmt;
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = errorText(query.lastError());
    return false;
}

QString Database::errorText(const QSqlError &error)
{
    // The driver leaves the code out of some errors (a failed COMMIT): the connection has it.
    sqlite3 *handle = rawHandle(m_db);
    bool ok = false;
    int code = error.nativeErrorCode().toInt(&ok);
    if (!ok && handle)
        code = sqlite3_extended_errcode(handle);
    code &= 0xff;
    if (code != SQLITE_FULL && code != SQLITE_IOERR && code != SQLITE_READONLY)
        return sqlError(error);
    // A failed write names the file and the reason the system gave (disk full, file too large).
    QString reason;
    if (handle && sqlite3_system_errno(handle) != 0)
        reason = QString::fromLocal8Bit(std::strerror(sqlite3_system_errno(handle)));
    if (code == SQLITE_FULL)
        reason = QObject::tr("the disk is full");
    else if (code == SQLITE_READONLY)
        reason = QObject::tr("the file is read-only");
    else if (reason.isEmpty())
        reason = sqlError(error);
    return QObject::tr("Cannot write %1: %2; the last saved changes are kept")
        .arg(quoted(m_path), reason);
}

bool Database::begin(Access access)
{
    if (m_inTransaction) {
        m_lastError = u"nested transaction"_s;
        return false;
    }
    // A write's IMMEDIATE takes the write lock now, waiting up to the busy timeout for another
    // process's write. A deferred transaction would read first and then fail at its first
    // write, without waiting, when another process committed in between.
    QSqlQuery &q = statement(access == Access::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    if (!q.exec()) {
        m_lastError = errorText(q.lastError());
        q.finish();
        return false;
    }
    q.finish();
    m_inTransaction = true;
    return true;
}

bool Database::commit()
{
    m_inTransaction = false;
    if (m_db.commit())
        return true;
    m_lastError = errorText(m_db.lastError());
    m_db.rollback();
    return false;
}

void Database::rollback()
{
    m_inTransaction = false;
    m_db.rollback();
}

bool Database::setForeignKeys(bool on)
{
    QSqlQuery &set = statement(on ? u"PRAGMA foreign_keys=ON"_s : u"PRAGMA foreign_keys=OFF"_s);
    set.exec();
    set.finish();
    QSqlQuery &read = statement(u"PRAGMA foreign_keys"_s);
    const bool isOn = !read.exec() || !read.next() || read.value(0).toInt() != 0;
    read.finish();
    return isOn;
}

QString Database::metaValue(const QString &key, const QString &fallback)
{
    QSqlQuery &q = statement(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        const QString value = q.value(0).toString();
        q.finish();
        return value;
    }
    q.finish();
    return fallback;
}

bool Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery &q = statement(
        u"INSERT INTO meta(key, value) VALUES(?, coalesce(?, '')) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

} // namespace SprintDeck

#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace SprintDeck {

/**
 * One open SprintDeck database file: a SQLite connection with WAL and foreign
 * keys on, a versioned schema brought up to date by numbered migrations, and a
 * cache of prepared statements. The log is copied into the file on a thread of
 * its own (WalCheckpointer), so a commit never waits for that.
 *
 * Opening never modifies a file it cannot use: the header, the schema version
 * and the application id are checked read-only first, and the reason a file is
 * refused names the file.
 *
 * Several processes may have the file open at once (the window and a script):
 * SQLite's WAL lets them read while one writes, and writers take turns, each
 * transaction taking the write lock when it begins and waiting up to
 * kBusyTimeoutMs for another's. There is no lock file: a process killed at any
 * moment leaves nothing that refuses the next one.
 */
class WalCheckpointer;

class Database
{
public:
    struct Options
    {
        bool create = true;     ///< create the file when it does not exist
        int targetVersion = -1; ///< migrate up to this version (tests); -1: latest
    };

    static constexpr quint32 kApplicationId = 0x53447362; // "SDsb"
    /** How long a write waits for another connection's write to finish before it fails. */
    static constexpr int kBusyTimeoutMs = 10000;

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options());
    }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    /**
     * `status`, or a failure saying `taken` when it failed on a unique name or key: the one
     * place that knows how SQLite words that.
     */
    static Status explainDuplicate(const Status &status, const QString &taken);
    /**
     * The failure of statement `q`, which is finished: SQLite's own words when it has them,
     * else the driver's, else the last error of this connection.
     */
    Status queryFailed(QSqlQuery &q);

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    QSqlDatabase &connection() { return m_db; }

    /** A prepared statement, prepared once per connection and reused. */
    QSqlQuery &statement(const QString &sql);
    /** The connection's SQLite handle, for bulk writes and reads the driver would slow down. */
    sqlite3 *handle();
    /**
     * A statement prepared on handle() once and reused, like statement(); the caller resets it
     * after each use. nullptr when it cannot be prepared (the reason is in lastError()).
     */
    sqlite3_stmt *rawStatement(const char *sql);

    /** Runs a statement that returns no rows; false on failure (see lastError()). */
    bool exec(QSqlQuery &query);
    QString lastError() const { return m_lastError; }

    enum class Access
    {
        Write, ///< holds the write lock from the start (waits for another writer's)
        Read   ///< one consistent snapshot for several reads; takes no lock
    };
    /** Begins a transaction; returns false when one could not be started. */
    bool begin(Access access = Access::Write);
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    /**
     * Turns SQLite's foreign key checks on or off (see ForeignKeysOff). Takes effect outside a
     * transaction only; returns whether the checks are on afterwards.
     */
    bool setForeignKeys(bool on);

    /** Checkpoints of the write-ahead log that copied all of it (tests). */
    int completedCheckpoints() const;

    QString metaValue(const QString &key, const QString &fallback = {});
    bool setMetaValue(const QString &key, const QString &value);

private:
    Database() = default;
    /** What went wrong, naming the file and the system's reason for a failed write. */
    QString errorText(const QSqlError &error);
    Status migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QByteArray, sqlite3_stmt *> m_rawStatements;
    QString m_lastError;
    int m_version = 0;
    bool m_inTransaction = false;
};

/** Commits on commit(); rolls back when destroyed without a commit. */
class Transaction
{
public:
    explicit Transaction(Database &db, Database::Access access = Database::Access::Write)
        : m_db(db)
        , m_active(db.begin(access))
    {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

/**
 * SQLite's foreign key checks off while it lives, for a bulk write that checks its own references
 * (Board::applyBatch); made before the transaction begins, and the checks are back on once it is
 * gone. Inside a transaction it changes nothing.
 */
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db)
        : m_db(db)
        , m_off(!db.inTransaction() && !db.setForeignKeys(false))
    {}
    ~ForeignKeysOff()
    {
        if (m_off)
            m_db.setForeignKeys(true);
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    /** Whether the checks are off (the writer checks its references itself). */
    bool isOff() const { return m_off; }

private:
    Database &m_db;
    bool m_off;
};

} // namespace SprintDeck

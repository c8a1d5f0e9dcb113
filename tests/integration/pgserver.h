#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

/**
 * A real PostgreSQL 15 server on loopback for the team board tests: a fresh cluster in a
 * temporary folder, its own TCP port on 127.0.0.1 and its own socket folder, stopped and
 * removed again by stop() or the destructor.
 *
 * Under root (as in CI) the server runs as the `postgres` user, which initdb and the server
 * insist on; otherwise as the current user. The superuser `postgres` may connect without a
 * password over the socket (trust), which sql() uses to arrange and inspect the server; over TCP
 * every role needs its SCRAM password, as the code under test would. Every process call has a
 * timeout; nothing here is shared with the code under test.
 */
class PgServer
{
public:
    struct Options
    {
        /// A CA, a server certificate it signs (CN=localhost, also valid for 127.0.0.1) and ssl=on.
        bool tls = false;
    };

    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /** Starts a fresh server; false with `error` set when it does not come up. */
    bool start(QString *error, const Options &options);
    // Not a default argument: GCC cannot take `= {}` of a nested struct with initializers.
    bool start(QString *error) { return start(error, Options()); }
    /** Stops the server (fast shutdown) and removes its data. */
    void stop();
    /** Stops the server as in a crash (immediate shutdown), keeping the data. */
    bool kill();
    /** Starts the server again on the same port with the same data. */
    bool resume();
    /** Whether the server's postmaster process is alive. */
    bool isRunning() const;

    int port() const { return m_port; }
    QString host() const;
    QString socketDir() const;
    QString dataDir() const;
    QString superPassword() const { return m_superPassword; }
    /** The server's certificate ("" without tls). */
    QString certificatePath() const;
    /** The CA certificate that signed it, for sslmode=verify-full ("" without tls). */
    QString caPath() const;
    /** The server's log, to show when something fails. */
    QString logPath() const;

    /**
     * Runs SQL as the superuser over the socket, like a psql script: statement after statement
     * (so CREATE DATABASE may come among others), stopping at the first error. `output` gets
     * what the statements print, unaligned and without headers (`psql -At`).
     */
    bool sql(const QString &database, const QString &statements, QString *output = nullptr,
             QString *error = nullptr);

    // Arranging the server; each warns with the server's message when it fails.
    /** A database; `owner` (a role) may then create tables in its public schema. */
    bool createDatabase(const QString &name, const QString &owner = {});
    bool createRole(const QString &name, const QString &password, bool login = true);
    /**
     * Ends the other sessions on `database` (only those with that application_name when one is
     * given) and waits until they are gone.
     */
    bool terminateConnections(const QString &database, const QString &applicationName = {});
    /** postgresql://user@127.0.0.1:PORT/database, without a password. */
    QString url(const QString &user, const QString &database) const;

    static QString binDir();
    static QString quoteIdentifier(const QString &name);
    static QString quoteLiteral(const QString &text);

private:
    bool prepareDir(QString *error);
    bool initCluster(QString *error);
    bool makeCertificates(QString *error);
    bool writeConfig(bool tls, QString *error);
    bool startServer(QString *error);
    /** Runs a PostgreSQL or openssl program as the server's user (see the class comment). */
    bool run(const QString &program, const QStringList &args, int timeoutMs, QString *out,
             QString *error, const QByteArray &input = {}) const;
    bool giveToServerUser(const QString &path, QString *error) const;
    qint64 postmasterPid() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_superPassword;
    int m_port = 0;
    bool m_tls = false;
};

// The PostgreSQL fixture the team board tests stand on: a real server, reached as the app reaches
// it (QPSQL over TCP with a role and its password), that a test can crash, bring back, and serve
// over TLS; and that leaves no server and no files behind.
#include "tests/integration/pgserver.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kRole = u"alice"_s;
const QString kPassword = u"correct horse 'battery'"_s;
const QString kDatabase = u"board"_s;

/// A QPSQL connection of its own name, closed and removed at the end of its scope.
class Connection
{
public:
    Connection(const PgServer &server, const QString &user, const QString &password,
               const QString &options = {})
        : m_name(u"connection-%1"_s.arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        m_db.setHostName(server.host());
        m_db.setPort(server.port());
        m_db.setUserName(user);
        m_db.setPassword(password);
        m_db.setDatabaseName(kDatabase);
        m_db.setConnectOptions(u"connect_timeout=10"_s +
                               (options.isEmpty() ? QString() : u';' + options));
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open() { return m_db.open(); }
    QString error() const { return m_db.lastError().text(); }
    QSqlDriver *driver() const { return m_db.driver(); }

    /// The first column of the first row, or an invalid value when the statement fails.
    QVariant value(const QString &statement)
    {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            m_queryError = query.lastError().text();
            return {};
        }
        return query.next() ? query.value(0) : QVariant(u"(no row)"_s);
    }
    QString queryError() const { return m_queryError; }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
    QString m_queryError;
};

/// Whether a process is gone: no longer there, or a zombie its parent has not reaped yet.
bool gone(const QString &pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
}

bool startWithBoard(PgServer &server, const PgServer::Options &options, QString *error)
{
    return server.start(error, options) && server.createRole(kRole, kPassword) &&
           server.createDatabase(kDatabase, kRole);
}

} // namespace

class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rolesConnectOverTcpWithTheirPassword_data();
    void rolesConnectOverTcpWithTheirPassword();
    void urlNamesTheServerWithoutPassword();
    void sqlRunsScriptsAndStopsAtTheFirstError();
    void notificationsReachTheOtherConnection();
    void terminateConnectionsEndsOnlyThoseAsked();
    void killCrashesAndResumeKeepsPortAndData();
    void tlsConnectionsVerifyTheServer_data();
    void tlsConnectionsVerifyTheServer();
    void nothingIsLeftBehind_data();
    void nothingIsLeftBehind();

private:
    PgServer m_server;
    PgServer m_tlsServer;
    QTemporaryDir m_dir;
    QString m_unrelatedCa;
};

void TestPgServer::initTestCase()
{
    // Only what a test says steers the connections, not the machine's PG* settings.
    for (const QString &key : QProcessEnvironment::systemEnvironment().keys())
        if (key.startsWith(u"PG"_s))
            qunsetenv(key.toLocal8Bit().constData());
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
             "no QPSQL driver: install libqt6sql6-psql (packaging/debian-deps.sh)");
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(startWithBoard(m_server, {}, &error), qPrintable(error));
    QVERIFY2(startWithBoard(m_tlsServer, {.tls = true}, &error), qPrintable(error));

    // A CA that signed nothing of the server's, as a client that trusts someone else has.
    m_unrelatedCa = m_dir.filePath(u"unrelated-ca.crt"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                 u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=Unrelated CA"_s, u"-keyout"_s,
                                 m_dir.filePath(u"unrelated-ca.key"_s), u"-out"_s, m_unrelatedCa});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
}

void TestPgServer::cleanupTestCase()
{
    m_server.stop();
    m_tlsServer.stop();
}

void TestPgServer::rolesConnectOverTcpWithTheirPassword_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("refusal"); // part of the error, "" when the connection opens

    QTest::newRow("role and its password") << kRole << kPassword << QString();
    QTest::newRow("superuser and its password")
        << u"postgres"_s << m_server.superPassword() << QString();
    QTest::newRow("wrong password")
        << kRole << kPassword + u"x"_s << u"password authentication failed"_s;
    QTest::newRow("another role's password")
        << u"postgres"_s << kPassword << u"password authentication failed"_s;
    QTest::newRow("no password") << kRole << QString() << u"no password supplied"_s;
    QTest::newRow("unknown role") << u"mallory"_s << kPassword
                                  << u"password authentication failed"_s;
}

void TestPgServer::rolesConnectOverTcpWithTheirPassword()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, refusal);

    Connection connection(m_server, user, password);
    const bool opened = connection.open();
    if (!refusal.isEmpty()) {
        QVERIFY(!opened);
        QVERIFY2(connection.error().contains(refusal), qPrintable(connection.error()));
        return;
    }
    QVERIFY2(opened, qPrintable(connection.error()));
    QCOMPARE(connection.value(u"SELECT current_user"_s).toString(), user);
    // Over TCP, not the socket: the server names its own address and port.
    QCOMPARE(
        connection.value(u"SELECT inet_server_addr() || ':' || inet_server_port()"_s).toString(),
        u"127.0.0.1/32:%1"_s.arg(m_server.port()));
}

void TestPgServer::urlNamesTheServerWithoutPassword()
{
    QCOMPARE(m_server.url(kRole, kDatabase),
             u"postgresql://alice@127.0.0.1:%1/board"_s.arg(m_server.port()));
    QVERIFY(!m_server.url(kRole, kDatabase).contains(m_server.superPassword()));
    QCOMPARE(m_server.host(), u"127.0.0.1"_s);
    QVERIFY(m_server.port() > 0);
    QVERIFY(QFileInfo(m_server.dataDir() + u"/PG_VERSION"_s).isFile());
}

void TestPgServer::sqlRunsScriptsAndStopsAtTheFirstError()
{
    QString output, error;
    // CREATE DATABASE cannot share a transaction: each statement of a script runs on its own.
    QVERIFY2(m_server.sql(u"postgres"_s,
                          u"CREATE DATABASE scratch; SELECT datname FROM pg_database "
                          "WHERE datname = 'scratch'"_s,
                          &output, &error),
             qPrintable(error));
    QCOMPARE(output, u"scratch"_s);
    QVERIFY2(m_server.sql(u"scratch"_s,
                          u"CREATE TABLE t (x int);\nINSERT INTO t VALUES (1), (2);\n"
                          "SELECT x FROM t ORDER BY x;\nSELECT sum(x) FROM t;"_s,
                          &output, &error),
             qPrintable(error));
    QCOMPARE(output, u"1\n2\n3"_s);

    QVERIFY(!m_server.sql(u"scratch"_s,
                          u"INSERT INTO t VALUES (10); SELECT nope FROM t; "
                          "INSERT INTO t VALUES (100);"_s,
                          &output, &error));
    QVERIFY2(error.contains(u"column \"nope\" does not exist"_s), qPrintable(error));
    QVERIFY2(m_server.sql(u"scratch"_s, u"SELECT sum(x) FROM t"_s, &output, &error),
             qPrintable(error));
    QCOMPARE(output, u"13"_s);
}

void TestPgServer::notificationsReachTheOtherConnection()
{
    Connection listener(m_server, kRole, kPassword);
    Connection sender(m_server, kRole, kPassword);
    QVERIFY2(listener.open(), qPrintable(listener.error()));
    QVERIFY2(sender.open(), qPrintable(sender.error()));
    QVERIFY(listener.driver()->hasFeature(QSqlDriver::EventNotifications));
    QVERIFY(listener.driver()->subscribeToNotification(u"board_changed"_s));

    struct Received
    {
        QString name;
        QSqlDriver::NotificationSource source;
        QString payload;
    };
    QList<Received> received;
    connect(listener.driver(), &QSqlDriver::notification, this,
            [&received](const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload) {
                received.append({name, source, payload.toString()});
            });

    QVERIFY2(sender.value(u"SELECT pg_notify('board_changed', 'SD-7 moved')"_s).isValid(),
             qPrintable(sender.queryError()));
    QVERIFY2(sender.value(u"SELECT pg_notify('other_channel', 'not for us')"_s).isValid(),
             qPrintable(sender.queryError()));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().name, u"board_changed"_s);
    QCOMPARE(received.first().source, QSqlDriver::OtherSource);
    QCOMPARE(received.first().payload, u"SD-7 moved"_s);

    // The listener's own notifications come back marked as its own.
    QVERIFY(listener.value(u"SELECT pg_notify('board_changed', 'mine')"_s).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
    QCOMPARE(received.last().source, QSqlDriver::SelfSource);
    QCOMPARE(received.last().payload, u"mine"_s);
}

void TestPgServer::terminateConnectionsEndsOnlyThoseAsked()
{
    Connection first(m_server, kRole, kPassword, u"application_name=sprintdeck-a"_s);
    Connection second(m_server, kRole, kPassword, u"application_name=sprintdeck-b"_s);
    QVERIFY2(first.open(), qPrintable(first.error()));
    QVERIFY2(second.open(), qPrintable(second.error()));
    QCOMPARE(first.value(u"SELECT current_setting('application_name')"_s).toString(),
             u"sprintdeck-a"_s);

    QVERIFY(m_server.terminateConnections(kDatabase, u"sprintdeck-a"_s));
    QVERIFY(!first.value(u"SELECT 1"_s).isValid());
    QCOMPARE(second.value(u"SELECT 1"_s).toInt(), 1);

    QVERIFY(m_server.terminateConnections(kDatabase));
    QVERIFY(!second.value(u"SELECT 1"_s).isValid());
    QVERIFY(m_server.isRunning());
}

void TestPgServer::killCrashesAndResumeKeepsPortAndData()
{
    // A server of its own: a failure half way must not take the others' server down.
    PgServer server;
    QString error;
    QVERIFY2(startWithBoard(server, {}, &error), qPrintable(error));
    const int port = server.port();
    {
        Connection before(server, kRole, kPassword);
        QVERIFY2(before.open(), qPrintable(before.error()));
        QVERIFY(before.value(u"CREATE TABLE cards (key text)"_s).isValid());
        QVERIFY(before.value(u"INSERT INTO cards VALUES ('SD-1')"_s).isValid());

        QVERIFY(server.isRunning());
        QVERIFY(server.kill());
        QVERIFY(!server.isRunning());
        QVERIFY(!before.value(u"SELECT count(*) FROM cards"_s).isValid());
        QVERIFY2(!before.queryError().isEmpty(), "a failed query names its error");
        Connection during(server, kRole, kPassword);
        QVERIFY(!during.open());
    }
    QVERIFY(server.resume());
    QVERIFY(server.isRunning());
    QCOMPARE(server.port(), port);
    Connection after(server, kRole, kPassword);
    QVERIFY2(after.open(), qPrintable(after.error()));
    QCOMPARE(after.value(u"SELECT string_agg(key, ',') FROM cards"_s).toString(), u"SD-1"_s);
}

void TestPgServer::tlsConnectionsVerifyTheServer_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("refusal"); // part of the error, "" when the connection opens
    QTest::addColumn<bool>("encrypted");

    const QString ownCa = u"sslrootcert='%1'"_s.arg(m_tlsServer.caPath());
    const QString otherCa = u"sslrootcert='%1'"_s.arg(m_unrelatedCa);
    QTest::newRow("require") << u"sslmode=require"_s << QString() << true;
    QTest::newRow("verify-full, the server's CA")
        << u"sslmode=verify-full;"_s + ownCa << QString() << true;
    QTest::newRow("verify-full, another CA")
        << u"sslmode=verify-full;"_s + otherCa << u"certificate verify failed"_s << false;
    QTest::newRow("verify-ca, another CA")
        << u"sslmode=verify-ca;"_s + otherCa << u"certificate verify failed"_s << false;
    QTest::newRow("disable") << u"sslmode=disable"_s << QString() << false;
}

void TestPgServer::tlsConnectionsVerifyTheServer()
{
    QFETCH(QString, options);
    QFETCH(QString, refusal);
    QFETCH(bool, encrypted);

    QVERIFY(QFileInfo(m_tlsServer.certificatePath()).isFile());
    QVERIFY(QFileInfo(m_tlsServer.caPath()).isFile());
    QVERIFY(m_server.certificatePath().isEmpty());
    Connection connection(m_tlsServer, kRole, kPassword, options);
    const bool opened = connection.open();
    if (!refusal.isEmpty()) {
        QVERIFY(!opened);
        QVERIFY2(connection.error().contains(refusal), qPrintable(connection.error()));
        return;
    }
    QVERIFY2(opened, qPrintable(connection.error()));
    QCOMPARE(
        connection.value(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s).toBool(),
        encrypted);
}

void TestPgServer::nothingIsLeftBehind_data()
{
    QTest::addColumn<QString>("how");

    QTest::newRow("stop") << u"stop"_s;
    QTest::newRow("stop after kill") << u"kill"_s;
    QTest::newRow("destructor") << u"destructor"_s;
}

void TestPgServer::nothingIsLeftBehind()
{
    QFETCH(QString, how);

    auto server = std::make_unique<PgServer>();
    QString error;
    QVERIFY2(server->start(&error, {.tls = true}), qPrintable(error));
    const QString root = QFileInfo(server->dataDir()).path();
    QFile pidFile(server->dataDir() + u"/postmaster.pid"_s);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const QString pid = QString::fromLatin1(pidFile.readLine().trimmed());
    pidFile.close();
    QVERIFY(!gone(pid));
    const int port = server->port();

    if (how == u"destructor") {
        server.reset();
    } else {
        if (how == u"kill") {
            QVERIFY(server->kill());
            QVERIFY(QFileInfo::exists(root));
        }
        server->stop();
        QVERIFY(!server->isRunning());
        QVERIFY(server->dataDir().isEmpty());
    }
    QVERIFY2(!QFileInfo::exists(root), qPrintable(root));
    QVERIFY(gone(pid));
    // Nobody answers on the port any more.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    QVERIFY(!socket.waitForConnected(5000));
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"

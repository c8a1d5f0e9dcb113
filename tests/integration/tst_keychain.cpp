// API keys in a real keychain: gnome-keyring in a private D-Bus session, with no display;
// and the plain "no keychain" path. The test re-runs itself inside the session.
#include "tests/integration/pgserver.h"
#include "tests/integration/redmineserver.h"
#include "tests/testpaths.h"

#include "core/sync/secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

constexpr char kInSession[] = "SPRINTDECK_KEYRING_SESSION";

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runProcess(const QString &program, const QStringList &args, const QByteArray &input,
               const QProcessEnvironment &env, int timeoutMs = 300000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

SecretStore::Outcome wait(const std::function<void(SecretStore &, SecretStore::Done)> &operation)
{
    SecretStore store;
    store.setTimeout(30000);
    SecretStore::Outcome outcome;
    bool done = false;
    operation(store, [&](const SecretStore::Outcome &o) {
        outcome = o;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        outcome.message = u"the keychain operation did not finish"_s;
    return outcome;
}

/** What the Secret Service holds for a key, as another program reads it. */
QString lookUp(const QString &id)
{
    const Run r = runProcess(u"secret-tool"_s,
                             {u"lookup"_s, u"server"_s, SecretStore::serviceName(), u"user"_s, id},
                             {}, QProcessEnvironment::systemEnvironment(), 60000);
    return r.code == 0 ? r.out.trimmed() : QString();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripThroughTheKeyring();
    void commandLineUsesTheKeyring();
    void teamPasswordInTheKeyring();
    void busWithoutKeyringKeepsKeyForSession();
    void noBusAtAll();

private:
    Run sd(const QStringList &args, const QByteArray &input = {},
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
};

void TestKeychain::initTestCase()
{
    QVERIFY(qEnvironmentVariableIsSet(kInSession));
    QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"),
             "a display would let the keyring wait for an invisible prompt");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool is missing (libsecret-tools)");
    QVERIFY(m_dir.isValid());
}

Run TestKeychain::sd(const QStringList &args, const QByteArray &input,
                     const QProcessEnvironment &env)
{
    return runProcess(TestPaths::binary(),
                      QStringList(args) << u"--db"_s << m_dir.filePath(u"board.sprintdeck"_s),
                      input, env);
}

void TestKeychain::roundTripThroughTheKeyring()
{
    const QString id = u"remote-roundtrip"_s;
    const QString key = u"4f7e0c3b9a1d2e5f6a7b8c9d0e1f2a3b4c5d6e7f"_s;
    SecretStore::Outcome written =
        wait([&](SecretStore &s, SecretStore::Done d) { s.write(id, key, d); });
    QVERIFY2(written.ok, qPrintable(written.message));
    QCOMPARE(written.where, SecretStore::Where::Keychain);
    QVERIFY(written.message.isEmpty());
    QCOMPARE(lookUp(id), key);

    SecretStore::Outcome read = wait([&](SecretStore &s, SecretStore::Done d) { s.read(id, d); });
    QVERIFY2(read.ok, qPrintable(read.message));
    QCOMPARE(read.where, SecretStore::Where::Keychain);
    QCOMPARE(read.secret, key);

    // The keyring's own file is encrypted: the key is not in it in clear.
    QDirIterator it(qEnvironmentVariable("XDG_DATA_HOME"), QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);

    SecretStore::Outcome removed =
        wait([&](SecretStore &s, SecretStore::Done d) { s.remove(id, d); });
    QVERIFY2(removed.ok, qPrintable(removed.message));
    QVERIFY(lookUp(id).isEmpty());
    read = wait([&](SecretStore &s, SecretStore::Done d) { s.read(id, d); });
    QVERIFY(!read.ok);
    QCOMPARE(read.message, u"no API key is stored for this remote"_s);
}

void TestKeychain::commandLineUsesTheKeyring()
{
    RedmineServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.createProject(u"keyring"_s));
    server.createIssue(u"keyring"_s, {{u"subject"_s, u"Needs the key"_s}});

    Run r = sd({u"remote"_s, u"add"_s, u"team"_s, u"--url"_s, server.url().toString(),
                u"--project"_s, u"keyring"_s, u"--api-key-stdin"_s},
               server.apiKey().toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // stored, nothing to warn about

    // A later process finds the key in the keyring, with nothing on standard input.
    r = sd({u"sync"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"1 new"_s), qPrintable(r.out));

    // The database names only the keychain entry; the key itself is not in it.
    QFile db(m_dir.filePath(u"board.sprintdeck"_s));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(server.apiKey().toUtf8()));

    // Removing the remote removes its key from the keyring.
    auto secretIds = [&] {
        const Run list = runProcess(
            u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, SecretStore::serviceName()},
            {}, QProcessEnvironment::systemEnvironment(), 60000);
        return list.out + list.err;
    };
    QVERIFY(secretIds().contains(u"remote-"_s));
    r = sd({u"remote"_s, u"remove"_s, u"team"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!secretIds().contains(u"remote-"_s));
    server.stop();
}

void TestKeychain::teamPasswordInTheKeyring()
{
    PgServer pg;
    QString error;
    QVERIFY2(pg.start(&error), qPrintable(error));
    const QString password = u"correct horse battery staple"_s;
    QVERIFY(pg.createRole(u"ana"_s, password));
    QVERIFY(pg.createDatabase(u"team"_s, u"ana"_s));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PGPASSWORD"_s);
    env.insert(u"PGPASSFILE"_s, m_dir.filePath(u"no-pgpass"_s)); // only the keyring knows it
    const QString file = m_dir.filePath(u"team.sprintdeck"_s);
    auto run = [&](QStringList args, const QByteArray &input = {}) {
        return runProcess(TestPaths::binary(), args << u"--db"_s << file, input, env);
    };
    QCOMPARE(run({u"card"_s, u"add"_s, u"--title"_s, u"Shared"_s}).code, 0);
    Run r = run({u"share"_s, u"--server"_s, pg.url(u"ana"_s, u"team"_s), u"--as"_s, u"Ana"_s,
                 u"--password-stdin"_s},
                password.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // kept, nothing to warn about
    QCOMPARE(lookUp(u"postgresql:ana@127.0.0.1:%1/team"_s.arg(pg.port())), password);

    // A later command reaches the server with the password from the keyring.
    r = run({u"card"_s, u"add"_s, u"--title"_s, u"Sent"_s});
    QVERIFY2(r.code == 0 && !r.err.contains(u"offline"_s), qPrintable(r.err));
    QString out;
    QVERIFY(pg.sql(u"team"_s, u"SELECT count(*) FROM sd_events WHERE applied->>'title' = 'Sent'"_s,
                   &out));
    QCOMPARE(out.trimmed(), u"1"_s);
    // Neither the board file nor the settings hold it.
    QFile db(file);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(password.toUtf8()));
    QDirIterator settings(qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::Files,
                          QDirIterator::Subdirectories);
    while (settings.hasNext()) {
        QFile f(settings.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
    }
    pg.stop();
}

void TestKeychain::busWithoutKeyringKeepsKeyForSession()
{
    // A session bus with no Secret Service on it.
    const QString dbus = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    QVERIFY(!dbus.isEmpty());
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"HOME"_s, dir.path());
    const Run r =
        runProcess(u"timeout"_s,
                   {u"120"_s, dbus, u"--"_s, TestPaths::binary(), u"remote"_s, u"add"_s, u"team"_s,
                    u"--url"_s, u"https://redmine.example.org"_s, u"--project"_s, u"p"_s,
                    u"--api-key-stdin"_s, u"--db"_s, dir.filePath(u"board.sprintdeck"_s)},
                   "0123456789012345678901234567890123456789\n", env);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(u"no keychain is available"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"for this session only"_s));
}

void TestKeychain::noBusAtAll()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"nothing-here"_s));
    const QString db = dir.filePath(u"board.sprintdeck"_s);
    Run r =
        runProcess(TestPaths::binary(),
                   {u"remote"_s, u"add"_s, u"team"_s, u"--url"_s, u"https://redmine.example.org"_s,
                    u"--project"_s, u"p"_s, u"--api-key-stdin"_s, u"--db"_s, db},
                   "0123456789012345678901234567890123456789\n", env);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(u"no keychain is available"_s), qPrintable(r.err));
    r = runProcess(TestPaths::binary(), {u"sync"_s, u"--db"_s, db}, {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no keychain is available"_s), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
}

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet(kInSession)) {
        // Outside: start a private session bus with an unlocked keyring and no display, and run
        // again inside it.
        QCoreApplication app(argc, argv);
        const QString dbus = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        if (dbus.isEmpty() || keyring.isEmpty()) {
            fprintf(stderr, "FAIL: dbus-run-session and gnome-keyring-daemon are needed (packages "
                            "dbus, gnome-keyring)\n");
            return 1;
        }
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
        QDir(home.path()).mkpath(u"run"_s);
        QFile::setPermissions(home.filePath(u"run"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(QString::fromLatin1(kInSession), u"1"_s);
        QStringList args{
            u"600"_s,
            dbus,
            u"--"_s,
            u"sh"_s,
            u"-c"_s,
            u"printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$0\" \"$@\""_s,
            QCoreApplication::applicationFilePath()};
        args.append(app.arguments().mid(1));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(u"timeout"_s, args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(660 * 1000)) {
            p.kill();
            fprintf(stderr, "FAIL: the keyring session did not finish\n");
            return 1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 1;
    }
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"

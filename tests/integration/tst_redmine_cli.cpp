// The remote and sync commands end to end: the real binary against a real Redmine.
#include "tests/integration/redmineserver.h"
#include "tests/testpaths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestRedmineCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void keyIsNeverAnArgument();
    void plainHttpNeedsConfirmation();
    void withoutKeychainTheKeyLastsOneSession();
    void exitCodesTellTheOutcome();
    void conflictsAreListedAndResolved();
    void keyIsWrittenNowhere();

private:
    Run sd(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 600000);
    void addRemote(const QString &project);

    RedmineServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QList<Run> m_runs; ///< everything the binary printed in this test
};

void TestRedmineCli::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestRedmineCli::cleanupTestCase()
{
    m_server.stop();
}

void TestRedmineCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"data/board.sprintdeck"_s);
    m_runs.clear();
}

Run TestRedmineCli::sd(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->filePath(u"home"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    // No session bus: the path where no keychain is available, whatever the machine has.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir->filePath(u"no-bus"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(), QStringList(args) << u"--db"_s << m_db);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
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
    m_runs.append(r);
    return r;
}

void TestRedmineCli::addRemote(const QString &project)
{
    QVERIFY(m_server.createProject(project));
    QVERIFY(m_server.createVersion(project, u"Sprint 1"_s,
                                   QDate::currentDate().addDays(10).toString(Qt::ISODate)));
    const Run r = sd({u"remote"_s, u"add"_s, u"team"_s, u"--url"_s, m_server.url().toString(),
                      u"--project"_s, project, u"--api-key-stdin"_s},
                     m_server.apiKey().toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestRedmineCli::keyIsNeverAnArgument()
{
    const Run r =
        sd({u"remote"_s, u"add"_s, u"team"_s, u"--url"_s, u"https://redmine.example.org"_s,
            u"--project"_s, u"p"_s, u"--api-key"_s, u"secret-on-the-command-line"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"api-key"_s));
    const Run sync = sd({u"sync"_s, u"--api-key"_s, u"secret-on-the-command-line"_s});
    QCOMPARE(sync.code, 2);
    const Run help = sd({u"remote"_s, u"add"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"--api-key-stdin"_s));
    QVERIFY(!help.out.contains(u"--api-key "_s));
    const Run list = sd({u"remote"_s, u"list"_s});
    QCOMPARE(list.code, 0);
    QVERIFY(!list.out.contains(u"team"_s));
}

void TestRedmineCli::plainHttpNeedsConfirmation()
{
    Run r = sd({u"remote"_s, u"add"_s, u"far"_s, u"--url"_s, u"http://redmine.example.org"_s,
                u"--project"_s, u"p"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"plain http"_s), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    r = sd({u"remote"_s, u"add"_s, u"far"_s, u"--url"_s, u"http://redmine.example.org"_s,
            u"--project"_s, u"p"_s, u"--allow-insecure-http"_s});
    QCOMPARE(r.code, 0);
    r = sd({u"remote"_s, u"add"_s, u"local"_s, u"--url"_s, u"http://127.0.0.1:9"_s, u"--project"_s,
            u"p"_s});
    QCOMPARE(r.code, 0);
    r = sd({u"remote"_s, u"add"_s, u"safe"_s, u"--url"_s, u"redmine.example.org/tracker"_s,
            u"--project"_s, u"p"_s});
    QCOMPARE(r.code, 0);
    r = sd({u"remote"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"safe,redmine,https://redmine.example.org/tracker,p"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"far,redmine,http://redmine.example.org,p"_s));
    r = sd({u"remote"_s, u"remove"_s, u"far"_s});
    QCOMPARE(r.code, 0);
    r = sd({u"remote"_s, u"list"_s});
    QVERIFY(!r.out.contains(u"far"_s));
}

void TestRedmineCli::withoutKeychainTheKeyLastsOneSession()
{
    QVERIFY(m_server.createProject(u"nokeychain"_s));
    Run r = sd({u"remote"_s, u"add"_s, u"team"_s, u"--url"_s, m_server.url().toString(),
                u"--project"_s, u"nokeychain"_s, u"--api-key-stdin"_s},
               m_server.apiKey().toUtf8() + '\n');
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(u"no keychain is available"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"session only"_s), qPrintable(r.err));
    // The next process has no key: it says so plainly.
    r = sd({u"sync"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no keychain is available"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"--api-key-stdin"_s));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, m_server.apiKey().toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Synced with team"_s));
}

void TestRedmineCli::exitCodesTellTheOutcome()
{
    addRemote(u"exitcodes"_s);
    const QByteArray key = m_server.apiKey().toUtf8() + '\n';
    Run r = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // A bad key: 401, one line.
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, "0000000000000000000000000000000000000000\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"401"_s), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);

    // A change the server refuses: 422 with its message, exit 3.
    r = sd({u"card"_s, u"add"_s, u"--title"_s, QString(300, u'y'), u"--sprint"_s, u"Sprint 1"_s});
    QCOMPARE(r.code, 0);
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(u"Subject is too long"_s), qPrintable(r.err));
    const QString refusedKey = r.err.section(u"team: "_s, 1).section(u':', 0, 0);
    QVERIFY(!refusedKey.isEmpty());
    r = sd({u"card"_s, u"edit"_s, refusedKey, u"--title"_s, u"Short enough"_s});
    QCOMPARE(r.code, 0);
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(m_server.issues(u"exitcodes"_s).size(), 1);

    // The server down: exit 1, one line, and the edit waits.
    r = sd({u"card"_s, u"edit"_s, refusedKey, u"--points"_s, u"3"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(m_server.halt());
    const Run down = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    const Run list = sd({u"remote"_s, u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY(m_server.resume());
    QCOMPARE(down.code, 1);
    QVERIFY2(down.err.contains(u"cannot reach"_s), qPrintable(down.err));
    QCOMPARE(down.err.trimmed().count(u'\n'), 0);
    const QJsonArray remotes = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(remotes.size(), 1);
    QCOMPARE(remotes.first()[u"waiting"_s].toString(), u"1"_s);
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(RedmineServer::storyPoints(m_server.issues(u"exitcodes"_s).first()), u"3"_s);
}

void TestRedmineCli::conflictsAreListedAndResolved()
{
    addRemote(u"cliconflict"_s);
    const qint64 id = m_server.createIssue(u"cliconflict"_s, {{u"subject"_s, u"Both edit me"_s}});
    const QByteArray key = m_server.apiKey().toUtf8() + '\n';
    Run r = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString cardKey = u"CLICONFLIC-%1"_s.arg(id);
    r = sd({u"card"_s, u"edit"_s, cardKey, u"--title"_s, u"Edited here"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(m_server.updateIssue(id, {{u"subject"_s, u"Edited there"_s}}));
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(u"1 conflicts wait"_s) || r.err.contains(u"conflict"_s));
    r = sd({u"sync"_s, u"--conflicts"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(cardKey));
    QVERIFY(r.out.contains(u"Edited here"_s));
    QVERIFY(r.out.contains(u"Edited there"_s));
    r = sd({u"sync"_s, u"--resolve"_s, cardKey, u"--keep"_s, u"sideways"_s});
    QCOMPARE(r.code, 2);
    r = sd({u"sync"_s, u"--resolve"_s, cardKey, u"--keep"_s, u"local"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, key);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"Edited here"_s);
    r = sd({u"sync"_s, u"--resolve"_s, cardKey, u"--keep"_s, u"remote"_s});
    QCOMPARE(r.code, 1); // nothing to resolve any more
}

void TestRedmineCli::keyIsWrittenNowhere()
{
    addRemote(u"leak"_s);
    const QString key = m_server.apiKey();
    m_server.createIssue(u"leak"_s, {{u"subject"_s, u"Pulled"_s}});
    Run r = sd({u"sync"_s, u"--api-key-stdin"_s}, key.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"1 new"_s)); // the key was really used
    r = sd({u"card"_s, u"add"_s, u"--title"_s, u"Pushed"_s, u"--sprint"_s, u"Sprint 1"_s});
    QCOMPARE(r.code, 0);
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, key.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(m_server.issues(u"leak"_s).size(), 2);
    // A failing sync (bad key) must not echo the key it was given either.
    r = sd({u"sync"_s, u"--api-key-stdin"_s}, "f00dbabef00dbabef00dbabef00dbabef00dbabe\n");
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.contains(u"f00dbabe"_s));
    sd({u"remote"_s, u"list"_s, u"--format"_s, u"json"_s});
    sd({u"card"_s, u"list"_s, u"--format"_s, u"json"_s});
    sd({u"sync"_s, u"--conflicts"_s});
    for (const QString &format : {u"json"_s, u"csv"_s, u"md"_s}) {
        const Run exported = sd(
            {u"export"_s, u"--format"_s, format, u"-o"_s, m_dir->filePath(u"export."_s + format)});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(m_dir->filePath(u"export."_s + format)));
    }

    // Everything the app printed, and every file it could have written: database, journal,
    // settings, caches, exports.
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QByteArray needle = key.toUtf8();
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(!f.readAll().contains(needle), qPrintable(u"the API key is in "_s + path));
        ++files;
    }
    QVERIFY2(files >= 2, "the database was not found"); // the database and its WAL at least
    QVERIFY(QFile::exists(m_db));
    for (const Run &run : std::as_const(m_runs)) {
        QVERIFY2(!run.out.contains(key), "the API key was printed");
        QVERIFY2(!run.err.contains(key), "the API key was printed on stderr");
    }
}

QTEST_GUILESS_MAIN(TestRedmineCli)
#include "tst_redmine_cli.moc"

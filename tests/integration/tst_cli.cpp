#include "tests/integration/clirunner.h"

#include "core/board/board.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// A failure is one line on stderr, starting with the program's name.
bool oneLineReason(const CliRun &r, const QString &needle)
{
    const QStringList lines = r.err.trimmed().split(u'\n');
    return lines.size() == 1 && lines.first().startsWith(u"sprintdeck: "_s) &&
           lines.first().contains(needle);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"cli.sprintdeck"_s);
    }

    void versionAndHelp()
    {
        CliRun v = runSprintDeck({u"--version"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(u"sprintdeck "_s));
        CliRun h = runSprintDeck({u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(u"--screenshot"_s));
        QVERIFY(h.out.contains(u"card add"_s));
        CliRun sub = runSprintDeck({u"card"_s, u"add"_s, u"--help"_s});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains(u"--points"_s));
    }

    void everySubcommandHasHelpAndDb_data()
    {
        QTest::addColumn<QStringList>("command");
        const QList<QStringList> commands = {
            {u"card"_s, u"add"_s},
            {u"card"_s, u"move"_s},
            {u"card"_s, u"edit"_s},
            {u"card"_s, u"list"_s},
            {u"card"_s, u"show"_s},
            {u"card"_s, u"delete"_s},
            {u"import"_s},
            {u"export"_s},
            {u"restore"_s},
            {u"backup"_s},
            {u"sprint"_s, u"create"_s},
            {u"sprint"_s, u"edit"_s},
            {u"sprint"_s, u"start"_s},
            {u"sprint"_s, u"close"_s},
            {u"sprint"_s, u"reopen"_s},
            {u"sprint"_s, u"list"_s},
            {u"sprint"_s, u"plan"_s},
            {u"report"_s, u"burndown"_s},
            {u"report"_s, u"velocity"_s},
            {u"report"_s, u"standup"_s},
            {u"standup"_s, u"fill"_s},
            {u"slides"_s},
            {u"review"_s, u"set"_s},
            {u"review"_s, u"show"_s},
            {u"review"_s, u"clear"_s},
            {u"remote"_s, u"add"_s},
            {u"remote"_s, u"list"_s},
            {u"remote"_s, u"remove"_s},
            {u"remote"_s, u"map"_s},
            {u"sync"_s},
        };
        for (const QStringList &command : commands)
            QTest::newRow(qPrintable(command.join(u' '))) << command;
    }

    // Each subcommand names itself in its help and its hints, and takes --help and --db.
    void everySubcommandHasHelpAndDb()
    {
        QFETCH(QStringList, command);
        const QString name = u"sprintdeck "_s + command.join(u' ');
        CliRun help = runSprintDeck(command + QStringList{u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: "_s + name + u" [options]"_s), qPrintable(help.out));
        QVERIFY2(help.out.contains(u"--db <FILE>"_s), qPrintable(help.out));
        CliRun wrong = runSprintDeck(command + QStringList{u"--db"_s, m_db, u"--no-such-option"_s});
        QCOMPARE(wrong.exitCode, 2);
        // endsWith: slides starts a GUI application, which may warn about the runtime folder.
        QVERIFY2(wrong.err.endsWith(u"sprintdeck: Unknown option 'no-such-option'.\nTry '"_s +
                                    name + u" --help'.\n"_s),
                 qPrintable(wrong.err));
        QCOMPARE(wrong.out, QString());
        QVERIFY(!QFile::exists(m_db)); // wrong usage does not create the database
    }

    void cardLifecycle()
    {
        CliRun add = runSprintDeck({u"card"_s, u"add"_s, u"--db"_s, m_db, u"--title"_s,
                                    u"Write the importer"_s, u"--points"_s, u"5"_s, u"--priority"_s,
                                    u"P1"_s, u"--assignee"_s, u"Grace Hopper"_s, u"--label"_s,
                                    u"import"_s, u"--label"_s, u"core"_s, u"--type"_s, u"story"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QCOMPARE(add.out.trimmed(), u"SD-1"_s);
        CliRun keyed = runSprintDeck({u"card"_s, u"add"_s, u"--db"_s, m_db, u"--title"_s,
                                      u"Stabilize tests"_s, u"--key"_s, u"FIX-003"_s, u"--points"_s,
                                      u"4"_s, u"--column"_s, u"Review"_s});
        QCOMPARE(keyed.exitCode, 0);
        QCOMPARE(keyed.out.trimmed(), u"FIX-003"_s);

        // Cards in the backlog cannot move across the board until they are in a sprint.
        CliRun move =
            runSprintDeck({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"Done"_s, u"--db"_s, m_db});
        QCOMPARE(move.exitCode, 1);
        QVERIFY(oneLineReason(move, u"backlog"_s));

        {
            auto board = Board::open(m_db);
            QVERIFY2(board, qPrintable(board.error()));
            Sprint s;
            s.name = u"Sprint 9"_s;
            s.start = QDate::currentDate();
            s.end = s.start.addDays(13);
            QVERIFY(board.value()->createSprint(s));
        }
        CliRun edit = runSprintDeck({u"card"_s, u"edit"_s, u"SD-1"_s, u"--sprint"_s, u"Sprint 9"_s,
                                     u"--blocked"_s, u"Waiting for the CSV spec"_s, u"--points"_s,
                                     u"8"_s, u"--db"_s, m_db});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        move = runSprintDeck(
            {u"card"_s, u"move"_s, u"sd-1"_s, u"--to"_s, u"in progress"_s, u"--db"_s, m_db});
        QVERIFY2(move.exitCode == 0, qPrintable(move.err));

        CliRun json = runSprintDeck({u"card"_s, u"list"_s, u"--sprint"_s, u"Sprint 9"_s,
                                     u"--format"_s, u"json"_s, u"--db"_s, m_db});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray cards = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(cards.size(), 1);
        const QJsonObject c = cards.first().toObject();
        QCOMPARE(c.value(u"key"_s).toString(), u"SD-1"_s);
        QCOMPARE(c.value(u"status"_s).toString(), u"In Progress"_s);
        QCOMPARE(c.value(u"points"_s).toString(), u"8"_s);
        QCOMPARE(c.value(u"assignee"_s).toString(), u"Grace Hopper"_s);
        QCOMPARE(c.value(u"labels"_s).toString(), u"import,core"_s);
        QCOMPARE(c.value(u"blocked"_s).toString(), u"Waiting for the CSV spec"_s);

        CliRun csv =
            runSprintDeck({u"card"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--db"_s, m_db});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"Key,Title,Points"_s));
        QVERIFY(lines.at(1).startsWith(u"SD-1,Write the importer,8,P1"_s));
        QVERIFY(lines.at(2).startsWith(u"FIX-003,Stabilize tests,4,P3,story,Review"_s));

        // Changes are stamped with the current time, as in the GUI.
        CliRun show = runSprintDeck({u"card"_s, u"show"_s, u"SD-1"_s, u"--db"_s, m_db});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(show.out.contains(u"moved"_s));
        QVERIFY(show.out.contains(u"blocked"_s));

        CliRun unblock = runSprintDeck(
            {u"card"_s, u"edit"_s, u"SD-1"_s, u"--unblocked"_s, u"--backlog"_s, u"--db"_s, m_db});
        QCOMPARE(unblock.exitCode, 0);
        CliRun del = runSprintDeck({u"card"_s, u"delete"_s, u"FIX-003"_s, u"--db"_s, m_db});
        QCOMPARE(del.exitCode, 0);
        CliRun table = runSprintDeck({u"card"_s, u"list"_s, u"--db"_s, m_db});
        QVERIFY(table.out.contains(u"SD-1"_s));
        QVERIFY(!table.out.contains(u"FIX-003"_s));
        QVERIFY(!table.out.contains(u"Waiting for the CSV spec"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << 2 << u"unknown command"_s;
        QTest::newRow("missing title") << QStringList{u"card"_s, u"add"_s} << 2 << u"--title"_s;
        QTest::newRow("bad points")
            << QStringList{u"card"_s, u"add"_s, u"--title"_s, u"x"_s, u"--points"_s, u"lots"_s} << 2
            << u"--points"_s;
        QTest::newRow("bad priority")
            << QStringList{u"card"_s, u"add"_s, u"--title"_s, u"x"_s, u"--priority"_s, u"P9"_s} << 2
            << u"--priority"_s;
        QTest::newRow("unknown column")
            << QStringList{u"card"_s, u"add"_s, u"--title"_s, u"x"_s, u"--column"_s, u"Nowhere"_s}
            << 1 << u"Nowhere"_s;
        QTest::newRow("unknown sprint")
            << QStringList{u"card"_s, u"list"_s, u"--sprint"_s, u"Nope"_s} << 1 << u"Nope"_s;
        QTest::newRow("unknown key")
            << QStringList{u"card"_s, u"move"_s, u"XX-1"_s, u"--to"_s, u"Done"_s} << 1 << u"XX-1"_s;
        QTest::newRow("unknown option")
            << QStringList{u"card"_s, u"list"_s, u"--colour"_s} << 2 << u"colour"_s;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        CliRun r = runSprintDeck(args + QStringList{u"--db"_s, m_db});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(u"sprintdeck: "_s) && r.err.contains(reason), qPrintable(r.err));
    }

    void damagedDatabaseIsNamedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << QByteArray("# not a database\n") << u"not a SprintDeck database"_s;
        QTest::newRow("zeros") << QByteArray(4096, '\0') << u"zero bytes"_s;
    }

    void damagedDatabaseIsNamedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        {
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = fileHash(m_db);
        CliRun r = runSprintDeck({u"card"_s, u"add"_s, u"--title"_s, u"x"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineReason(r, reason) && r.err.contains(m_db), qPrintable(r.err));
        QCOMPARE(fileHash(m_db), before);
    }

    void commandsWorkWhileTheBoardIsOpenElsewhere()
    {
        auto board = Board::open(m_db);
        QVERIFY(board);
        CliRun r = runSprintDeck({u"card"_s, u"add"_s, u"--title"_s, u"x"_s, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        auto refreshed = board.value()->refreshFromStore();
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QCOMPARE(board.value()->cardCount(), 1);
    }

    void readOnlyFolderAndFile()
    {
        // Permission bits do not bind root: run the app as an unprivileged user then.
        const bool root = ::geteuid() == 0;
        const QStringList asUser = root ? QStringList{u"setpriv"_s, u"--reuid=65534"_s,
                                                      u"--regid=65534"_s, u"--clear-groups"_s}
                                        : QStringList{};
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ReadGroup |
                                                 QFile::ExeGroup | QFile::ReadOther |
                                                 QFile::ExeOther);
        const QString folder = m_dir->filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/board.sprintdeck"_s;
        QCOMPARE(
            runSprintDeck({u"card"_s, u"add"_s, u"--title"_s, u"x"_s, u"--db"_s, path}).exitCode,
            0);
        QFile::remove(path + u".lock"_s);
        const QByteArray before = fileHash(path);

        const auto rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                        QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(
            folder, rx | (root ? QFile::WriteOwner : QFileDevice::Permissions())));
        CliRun r = runSprintDeck({u"card"_s, u"list"_s, u"--db"_s, path}, asUser);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineReason(r, u"folder is read-only"_s) && r.err.contains(path),
                 qPrintable(r.err));
        QCOMPARE(fileHash(path), before);

        // A writable folder but a read-only file.
        QVERIFY(QFile::setPermissions(folder, rx | QFile::WriteOwner | QFile::WriteGroup |
                                                  QFile::WriteOther));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        r = runSprintDeck({u"card"_s, u"list"_s, u"--db"_s, path}, asUser);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineReason(r, u"file is read-only"_s), qPrintable(r.err));
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

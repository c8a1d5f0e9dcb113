#include "tests/integration/clirunner.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

/** A local time in the test's zone, as SPRINTDECK_NOW takes it. */
QString localNow(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toString(Qt::ISODate);
}

/** Runs the binary with its clock fixed at `now`. */
CliRun runAt(const QString &now, const QStringList &args, const QStringList &prefix = {})
{
    return runSprintDeck(args, QStringList{u"env"_s, u"SPRINTDECK_NOW="_s + now} +
                                   prefix); // env runs the prefix, which runs the binary
}

/** A failure is one line on stderr, starting with the program's name. */
bool oneLineReason(const CliRun &r, const QString &needle)
{
    const QStringList lines = r.err.trimmed().split(u'\n');
    return lines.size() == 1 && lines.first().startsWith(u"sprintdeck: "_s) &&
           lines.first().contains(needle);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

/**
 * A team of three on Sprint 6 (Monday 3 to Friday 14 March 2025): Ada's and Ben's cards move
 * on Friday 7th and Monday 10th, Ben's audit log is blocked, an unassigned card gets blocked on
 * Monday afternoon; Ada writes her Today on `adaWritesOn` at 09:00. Cleo has nothing.
 */
void buildTeamBoard(const QString &path, QDate adaWritesOn)
{
    auto opened = Board::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    Board &board = *opened.value();
    QDateTime now;
    board.setClock([&now] { return now; });
    auto at = [&now](QDate d, int h, int m = 0) {
        now = QDateTime(d, QTime(h, m), QTimeZone::systemTimeZone()).toUTC();
    };
    at(QDate(2025, 2, 28), 10);
    const qint64 ada = *board.addMember(u"Ada Lovelace"_s);
    const qint64 ben = *board.addMember(u"Ben Okri"_s);
    QVERIFY(board.addMember(u"Cleo Park"_s));
    Sprint s;
    s.name = u"Sprint 6"_s;
    s.start = QDate(2025, 3, 3);
    s.end = QDate(2025, 3, 14);
    const qint64 sprint = *board.createSprint(s);
    const QList<Column> cols = board.columns(); // To Do, In Progress, Review, Done
    auto add = [&](const QString &key, const QString &title, double points, qint64 assignee) {
        Card c;
        c.key = key;
        c.title = title;
        c.points = points;
        c.assigneeId = assignee;
        c.sprintId = sprint;
        c.columnId = cols.first().id;
        return *board.addCard(c);
    };
    const qint64 a1 = add(u"A-1"_s, u"Login form"_s, 3, ada);
    const qint64 a2 = add(u"A-2"_s, u"Password reset"_s, 5, ada);
    const qint64 b1 = add(u"B-1"_s, u"Audit log"_s, 8, ben);
    const qint64 b2 = add(u"B-2"_s, u"Rate limits"_s, 2, ben);
    const qint64 c1 = add(u"C-1"_s, u"Dark mode"_s, 1, 0);
    at(QDate(2025, 3, 3), 9);
    QVERIFY(board.startSprint(sprint));
    at(QDate(2025, 3, 7), 11);
    QVERIFY(board.moveCards({a2, b1}, sprint, cols.at(1).id));
    Card blocked = *board.card(b1);
    blocked.blocked = true;
    blocked.blockedReason = u"Waiting for IT to open the syslog port"_s;
    QVERIFY(board.updateCard(blocked));
    at(QDate(2025, 3, 10), 8, 45);
    QVERIFY(board.moveCards({a1}, sprint, cols.last().id));
    at(QDate(2025, 3, 10), 16);
    QVERIFY(board.moveCards({b2}, sprint, cols.at(1).id));
    Card design = *board.card(c1);
    design.blocked = true;
    design.blockedReason = u"Needs a design"_s;
    QVERIFY(board.updateCard(design));

    at(adaWritesOn, 9);
    StandupEntry e;
    e.memberId = ada;
    e.today = u"Pairing with Ben on the audit log\n"_s;
    QVERIFY(StandupBook::of(board)->saveEntry(adaWritesOn, e));
}

/** The saved entry of `member` on `date`. */
StandupEntry savedEntry(const QString &path, QDate date, const QString &member)
{
    auto opened = Board::open(path);
    if (!opened)
        return {};
    Board &board = *opened.value();
    const Member *m = board.memberByName(member);
    auto standup = StandupBook::of(board)->standup(date);
    return m && standup ? standup->entryOrEmpty(m->id) : StandupEntry();
}

} // namespace

/** `sprintdeck report standup|status` on a board with a scripted week. */
class TestStandupCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cli.sprintdeck"_s);
        auto opened = Board::open(m_db);
        QVERIFY2(opened, qPrintable(opened.error()));
        Board &board = *opened.value();
        QDateTime now;
        board.setClock([&now] { return now; });
        auto at = [&now](QDate d, int h) {
            now = QDateTime(d, QTime(h, 0), QTimeZone::systemTimeZone()).toUTC();
        };
        at(QDate(2025, 1, 3), 10);
        const qint64 ada = *board.addMember(u"Ada Lovelace"_s);
        Sprint s;
        s.name = u"Sprint 5"_s;
        s.goal = u"Ship the login flow"_s;
        s.start = QDate(2025, 1, 6);
        s.end = QDate(2025, 1, 17);
        const qint64 sprint = *board.createSprint(s);
        const QList<Column> cols = board.columns();
        auto add = [&](const QString &key, const QString &title, double points, Priority p) {
            Card c;
            c.key = key;
            c.title = title;
            c.points = points;
            c.priority = p;
            c.assigneeId = ada;
            c.sprintId = sprint;
            c.columnId = cols.first().id;
            return *board.addCard(c);
        };
        const qint64 a1 = add(u"A-1"_s, u"Login form"_s, 3, Priority::P1);
        const qint64 a2 = add(u"A-2"_s, u"Password reset"_s, 5, Priority::P2);
        at(QDate(2025, 1, 6), 9);
        Sprint started = *board.sprint(sprint);
        started.state = Sprint::State::Active;
        started.startedAt = now;
        QVERIFY(board.updateSprint(started));
        at(QDate(2025, 1, 10), 11);
        QVERIFY(board.moveCards({a2}, sprint, cols.at(1).id));
        at(QDate(2025, 1, 13), 10);
        QVERIFY(board.moveCards({a1}, sprint, cols.last().id));
        StandupEntry e;
        e.memberId = ada;
        e.yesterday = u"- A-2 started\n"_s;
        e.today = u"- Finish A-2\n"_s;
        QVERIFY(StandupBook::of(board)->saveEntry(QDate(2025, 1, 13), e));
        QVERIFY(StandupBook::of(board)->saveNote(QDate(2025, 1, 13), u"Retro on *Thursday*"_s));
    }

    void standupAsMarkdown()
    {
        const CliRun r = runSprintDeck(
            {u"report"_s, u"standup"_s, u"--db"_s, m_db, u"--date"_s, u"2025-01-13"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"# Daily Standup: Monday, January 13, 2025\n"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"## Yesterday\n\n**Ada Lovelace**\n\n- A-2 started\n"_s));
        QVERIFY(r.out.contains(u"## Blockers\n\n- None\n"_s));
        QVERIFY(r.out.contains(u"| Priority | Story Points | Completed | Remaining |"_s));
        QVERIFY(r.out.contains(u"| **Total** | **8** | **3** | **5** |"_s));
        QVERIFY(r.out.contains(u"## Notes\n\nRetro on *Thursday*"_s));
        // The same numbers as the progress report.
        const CliRun progress =
            runSprintDeck({u"report"_s, u"progress"_s, u"--db"_s, m_db, u"--date"_s,
                           u"2025-01-13"_s, u"--format"_s, u"md"_s});
        QCOMPARE(progress.exitCode, 0);
        QVERIFY2(progress.out.contains(u"**Overall Progress**: 37% (3/8 points)"_s),
                 qPrintable(progress.out));
        QVERIFY(r.out.contains(u"**Overall Progress**: 37% (3/8 points)"_s));
    }

    void statusAsHtml()
    {
        const CliRun r =
            runSprintDeck({u"report"_s, u"status"_s, u"--db"_s, m_db, u"--date"_s, u"2025-01-13"_s,
                           u"--sprint"_s, u"Sprint 5"_s, u"--format"_s, u"html"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(r.out.contains(u"<title>Daily Status: January 13, 2025</title>"_s));
        QVERIFY(r.out.contains(u"<h1>Sprint 5 Daily Status</h1>"_s));
        QVERIFY(r.out.contains(u"<h2>Day 6: Monday, January 13, 2025</h2>"_s));
        QVERIFY(
            r.out.contains(u"<h4>A-1: Login form (3 points) - <strong>COMPLETED</strong></h4>"_s));
        QVERIFY(r.out.contains(u"<table"_s));
        QVERIFY(r.out.trimmed().endsWith(u"</html>"_s));
    }

    void statusAsMarkdown()
    {
        const CliRun r = runSprintDeck({u"report"_s, u"status"_s, u"--db"_s, m_db, u"--date"_s,
                                        u"2025-01-13"_s, u"--format"_s, u"md"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(
            r.out.startsWith(u"# Sprint 5 Daily Status\n\n## Day 6: Monday, January 13, 2025\n"_s));
        QVERIFY(r.out.contains(u"#### A-2: Password reset (5 points) - **IN PROGRESS**"_s));
        QVERIFY(r.out.contains(u"1. **Continue** A-2: Password reset (5 points) - Ada Lovelace"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{u"--date"_s, u"2025-02-30"_s} << 2
                                  << u"--date takes"_s;
        QTest::newRow("bad format")
            << QStringList{u"--format"_s, u"csv"_s} << 2 << u"--format takes md, html"_s;
        QTest::newRow("unknown sprint")
            << QStringList{u"--sprint"_s, u"Sprint 99"_s} << 1 << u"no sprint called"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (const QString &kind : {u"standup"_s, u"status"_s}) {
            const CliRun r = runSprintDeck(QStringList{u"report"_s, kind, u"--db"_s, m_db} + args);
            QCOMPARE(r.exitCode, exitCode);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.count(u"sprintdeck: "_s), 1); // one line saying why
        }
    }

    void listedInTheHelp()
    {
        const CliRun r = runSprintDeck({u"report"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"standup"_s));
        QVERIFY(r.out.contains(u"status"_s));
        const CliRun all = runSprintDeck({u"--help"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(u"standup fill [--sprint NAME] [--date YYYY-MM-DD]"_s),
                 qPrintable(all.out));
        const CliRun fill = runSprintDeck({u"standup"_s, u"fill"_s, u"--help"_s});
        QCOMPARE(fill.exitCode, 0);
        QVERIFY(fill.out.startsWith(u"Usage: sprintdeck standup fill"_s));
        QVERIFY(fill.out.contains(u"--sprint <NAME>"_s));
        QVERIFY(fill.out.contains(u"--date <YYYY-MM-DD>"_s));
        QVERIFY(fill.out.contains(u"Fill from Board"_s));
        const CliRun none = runSprintDeck({u"standup"_s});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.contains(u"sprintdeck standup fill"_s));
    }

    void fillKeepsWhatMembersWrote_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hour");
        QTest::addColumn<QString>("adaYesterday");
        QTest::addColumn<QString>("benToday");
        // Monday morning: since Friday; B-2 starts only in the afternoon.
        QTest::newRow("Monday 09:30") << QDate(2025, 3, 10) << 9
                                      << u"- A-2: Password reset (5 points) \u2192 In Progress\n"
                                         "- A-1: Login form (3 points) \u2192 **Done**\n"_s
                                      << u"- B-1: Audit log (8 points) - In Progress (blocked)\n"_s;
        // Tuesday: since Monday, with the afternoon's work.
        QTest::newRow("Tuesday 11:30")
            << QDate(2025, 3, 11) << 11 << u"- A-1: Login form (3 points) \u2192 **Done**\n"_s
            << u"- B-1: Audit log (8 points) - In Progress (blocked)\n"
               "- B-2: Rate limits (2 points) - In Progress\n"_s;
    }
    void fillKeepsWhatMembersWrote()
    {
        QFETCH(QDate, day);
        QFETCH(int, hour);
        QFETCH(QString, adaYesterday);
        QFETCH(QString, benToday);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"team.sprintdeck"_s);
        buildTeamBoard(db, day);
        if (QTest::currentTestFailed())
            return;
        const QString now = localNow(day, hour, 30);

        // No --date: the day of "now"; no --sprint: the active one.
        const CliRun r = runAt(now, {u"standup"_s, u"fill"_s, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Standup of %1, Sprint 6"_s.arg(day.toString(Qt::ISODate))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Ada Lovelace\n  Yesterday, filled from the board:\n    - "_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  Today, kept as written; it does not mention A-2"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"Cleo Park: nothing on the board\n"_s));
        QVERIFY(r.out.contains(u"Saved the standup of %1:"_s.arg(day.toString(Qt::ISODate))));

        const StandupEntry ada = savedEntry(db, day, u"Ada Lovelace"_s);
        QCOMPARE(ada.today, u"Pairing with Ben on the audit log\n"_s); // her own words
        QCOMPARE(ada.yesterday, adaYesterday);
        const StandupEntry ben = savedEntry(db, day, u"Ben Okri"_s);
        QCOMPARE(ben.today, benToday);
        QCOMPARE(ben.blockers, u"- B-1: Audit log - Waiting for IT to open the syslog port\n"_s);
        QCOMPARE(ben.updatedAt, QDateTime::fromString(now, Qt::ISODate).toUTC());
        QVERIFY(savedEntry(db, day, u"Cleo Park"_s).isEmpty());

        // What the window's Fill from Board would write, on the same file.
        const CliRun again = runAt(now, {u"standup"_s, u"fill"_s, u"--db"_s, db});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"Nothing to fill"_s), qPrintable(again.out));
        QCOMPARE(savedEntry(db, day, u"Ben Okri"_s).updatedAt, ben.updatedAt);
    }

    void fillRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString inSprint = localNow(QDate(2025, 3, 10), 9, 30);
        QTest::newRow("--date after the sprint")
            << inSprint << QStringList{u"--date"_s, u"2025-03-17"_s} << 1
            << u"2025-03-17 is not a day of Sprint 6 (2025-03-03 to 2025-03-14)"_s;
        QTest::newRow("--date before the sprint")
            << inSprint << QStringList{u"--date"_s, u"2025-02-28"_s} << 1
            << u"2025-02-28 is not a day of Sprint 6"_s;
        QTest::newRow("today after the sprint")
            << localNow(QDate(2025, 3, 18), 9, 30) << QStringList{} << 1
            << u"2025-03-18 is not a day of Sprint 6"_s;
        QTest::newRow("unknown sprint") << inSprint << QStringList{u"--sprint"_s, u"Sprint 9"_s}
                                        << 1 << u"no sprint called \u201cSprint 9\u201d"_s;
        QTest::newRow("not a date")
            << inSprint << QStringList{u"--date"_s, u"2025-03-32"_s} << 2 << u"--date takes"_s;
        QTest::newRow("not a time") << u"Monday"_s << QStringList{} << 1 << u"SPRINTDECK_NOW"_s;
    }
    void fillRefusesWhatItCannotDo()
    {
        QFETCH(QString, now);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"team.sprintdeck"_s);
        buildTeamBoard(db, QDate(2025, 3, 10));
        if (QTest::currentTestFailed())
            return;
        const CliRun r = runAt(now, QStringList{u"standup"_s, u"fill"_s, u"--db"_s, db} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(u"sprintdeck: "_s) && r.err.contains(message), qPrintable(r.err));
        if (exitCode == 1)
            QVERIFY2(oneLineReason(r, message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(savedEntry(db, QDate(2025, 3, 10), u"Ben Okri"_s).today, QString());
    }

    void fillRefusesABoardWithoutActiveSprint()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"planned.sprintdeck"_s);
        {
            auto opened = Board::open(db);
            QVERIFY2(opened, qPrintable(opened.error()));
            Sprint s;
            s.name = u"Sprint 1"_s;
            s.start = QDate(2025, 3, 3);
            s.end = QDate(2025, 3, 14);
            QVERIFY(opened.value()->createSprint(s));
        }
        const CliRun r =
            runAt(localNow(QDate(2025, 3, 4), 9, 0), {u"standup"_s, u"fill"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineReason(r, u"no sprint is active"_s), qPrintable(r.err));
        // Named, the planned sprint's standup can be filled.
        const CliRun named =
            runAt(localNow(QDate(2025, 3, 4), 9, 0),
                  {u"standup"_s, u"fill"_s, u"--sprint"_s, u"Sprint 1"_s, u"--db"_s, db});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QVERIFY(named.out.contains(u"Nothing to fill"_s));
    }

    void fillRefusesAReadOnlyDatabase()
    {
        // Permission bits do not bind root: run the app as an unprivileged user then.
        const QStringList asUser = ::geteuid() == 0
                                       ? QStringList{u"setpriv"_s, u"--reuid=65534"_s,
                                                     u"--regid=65534"_s, u"--clear-groups"_s}
                                       : QStringList{};
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                      QFile::ExeOwner | QFile::ReadGroup |
                                                      QFile::ExeGroup | QFile::ReadOther |
                                                      QFile::ExeOther | QFile::WriteOther));
        const QString db = dir.filePath(u"team.sprintdeck"_s);
        buildTeamBoard(db, QDate(2025, 3, 10));
        if (QTest::currentTestFailed())
            return;
        QFile::remove(db + u".lock"_s);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(db);
        const CliRun r = runAt(localNow(QDate(2025, 3, 10), 9, 30),
                               {u"standup"_s, u"fill"_s, u"--db"_s, db}, asUser);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineReason(r, u"read-only"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileHash(db), before);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    }

    void reportShowsBlockersAndWhatTheBoardKnows_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("adaWrote");
        // Monday evening, today's report; Tuesday morning, Monday's report and today's.
        QTest::newRow("Monday evening, today")
            << localNow(QDate(2025, 3, 10), 18, 0) << QStringList{} << true;
        QTest::newRow("Tuesday, Monday's") << localNow(QDate(2025, 3, 11), 9, 15)
                                           << QStringList{u"--date"_s, u"2025-03-10"_s} << true;
        QTest::newRow("Tuesday, today")
            << localNow(QDate(2025, 3, 11), 9, 15) << QStringList{} << false;
    }
    void reportShowsBlockersAndWhatTheBoardKnows()
    {
        QFETCH(QString, now);
        QFETCH(QStringList, args);
        QFETCH(bool, adaWrote);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"team.sprintdeck"_s);
        buildTeamBoard(db, QDate(2025, 3, 10));
        if (QTest::currentTestFailed())
            return;
        const CliRun r = runAt(now, QStringList{u"report"_s, u"standup"_s, u"--db"_s, db} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString blockers = r.out.section(u"## Blockers\n\n"_s, 1).section(u"\n## "_s, 0, 0);
        QVERIFY2(!blockers.contains(u"None"_s), qPrintable(r.out));
        // Ben wrote nothing: the board's proposal, marked as such, with the card's reason.
        QVERIFY2(blockers.contains(u"**Ben Okri** *(proposed from the board)*\n\n"
                                   "- B-1: Audit log - Waiting for IT to open the syslog port\n"_s),
                 qPrintable(r.out));
        // Nobody's card, blocked on Monday afternoon: listed with its reason and no assignee.
        QVERIFY2(blockers.contains(u"**Blocked on the board**\n\n"
                                   "- C-1: Dark mode - Needs a design (unassigned)\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"**Ben Okri** *(proposed from the board)*\n\n"
                                "- B-1: Audit log (8 points) - In Progress (blocked)\n"_s),
                 qPrintable(r.out));
        // Ada's own words on Monday stand alone; on Tuesday she has said nothing yet.
        QCOMPARE(r.out.contains(u"**Ada Lovelace**\n\nPairing with Ben on the audit log"_s),
                 adaWrote);
        QCOMPARE(r.out.contains(u"**Ada Lovelace** *(proposed from the board)*"_s), !adaWrote);
        QVERIFY(!r.out.contains(u"Cleo Park"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestStandupCli)
#include "tst_standupcli.moc"

#include "tests/integration/clirunner.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

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
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestStandupCli)
#include "tst_standupcli.moc"

#include "tests/core/sprintscript.h"

#include "core/analytics/analytics.h"
#include "core/storage/analyticsstore.h"

#include <QProcess>
#include <QTest>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

const QString kTwoSprints =
    u"sprint S1 2025-01-13 2025-01-24; sprint S2 2025-01-27 2025-02-07;"
    "at 2025-01-10 16:00; card A 3; card B 5; card C 2 backlog; card D 1 in=S2;"_s;

QString column(Board &b, const QString &key)
{
    const Card *c = b.cardByKey(key);
    const Column *col = c ? b.column(c->columnId) : nullptr;
    return col ? col->name : QString();
}

QString sprintOf(Board &b, const QString &key)
{
    const Card *c = b.cardByKey(key);
    const Sprint *s = c ? b.sprint(c->sprintId) : nullptr;
    return s ? s->name : (c ? u"backlog"_s : QString());
}

bool hasReport(Board &b, qint64 sprintId)
{
    auto r = AnalyticsStore(b.database()).loadReport(sprintId);
    return r && r->has_value();
}

} // namespace

class TestSprints : public QObject
{
    Q_OBJECT

private slots:
    void planStartUndo();
    void onlyOneActiveSprint();
    void closeWithCarryOver();
    void closeToBacklog();
    void closeErrors_data();
    void closeErrors();
    void frozenReportUnchanged();
    void closedSprintIsReadOnly_data();
    void closedSprintIsReadOnly();
    void reopenDropsTheFrozenReport();
    void cliClosedSprintAndReopen();
    void cliLifecycle();
    void cliErrors_data();
    void cliErrors();
};

void TestSprints::planStartUndo()
{
    SprintScript s;
    QVERIFY2(s.run(kTwoSprints + u"at 2025-01-12 18:00; plan S1 C"_s), qPrintable(s.error()));
    Board &b = s.board();
    QCOMPARE(sprintOf(b, u"C"_s), u"S1"_s);
    QCOMPARE(column(b, u"C"_s), u"To Do"_s);
    QCOMPARE(b.undoStack()->undoText(), u"Plan 1 card(s) into S1"_s);
    b.undoStack()->undo();
    QCOMPARE(sprintOf(b, u"C"_s), u"backlog"_s);
    b.undoStack()->redo();
    QCOMPARE(sprintOf(b, u"C"_s), u"S1"_s);

    const int steps = b.undoStack()->count();
    QVERIFY(s.run(u"at 2025-01-13 09:00; start S1"_s));
    const Sprint *s1 = b.sprintByName(u"S1");
    QCOMPARE(s1->state, Sprint::State::Active);
    QCOMPARE(s1->startedAt, s.local(u"2025-01-13"_s, u"09:00"_s));
    QCOMPARE(b.undoStack()->count(), steps + 1);
    QCOMPARE(b.undoStack()->undoText(), u"Start sprint S1"_s);
    // Committed: A, B and the planned C.
    QCOMPARE(s.series(u"S1"_s).committed.points, 10.0);

    b.undoStack()->undo();
    QCOMPARE(b.sprintByName(u"S1")->state, Sprint::State::Planned);
    QVERIFY(!b.sprintByName(u"S1")->startedAt.isValid());
    b.undoStack()->redo();
    QCOMPARE(b.sprintByName(u"S1")->state, Sprint::State::Active);
    QCOMPARE(b.sprintByName(u"S1")->startedAt, s.local(u"2025-01-13"_s, u"09:00"_s));
}

void TestSprints::onlyOneActiveSprint()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1"_s));
    QVERIFY(!s.run(u"start S2"_s));
    QVERIFY2(s.error().contains(u"S1 is active; close it before starting S2"_s),
             qPrintable(s.error()));
    QVERIFY(!s.run(u"start S1"_s));
    QVERIFY2(s.error().contains(u"already active"_s), qPrintable(s.error()));
    QCOMPARE(s.board().sprintByName(u"S2")->state, Sprint::State::Planned);
    // Closing S1 lets S2 start.
    QVERIFY(s.run(u"at 2025-01-24 17:00; close S1 S2; at 2025-01-27 09:00; start S2"_s));
    QCOMPARE(s.board().sprintByName(u"S2")->state, Sprint::State::Active);
    QVERIFY(!s.run(u"start S1"_s));
    QVERIFY2(s.error().contains(u"closed"_s), qPrintable(s.error()));
}

void TestSprints::closeWithCarryOver()
{
    SprintScript s;
    QVERIFY(s.run(
        kTwoSprints +
        u"at 2025-01-13 09:00; start S1; at 2025-01-14 10:00; move A done; move B progress"_s));
    Board &b = s.board();
    const qint64 s1 = s.sprintId(u"S1"_s);
    const int steps = b.undoStack()->count();
    QVERIFY2(s.run(u"at 2025-01-24 17:00; close S1 S2"_s), qPrintable(s.error()));
    QCOMPARE(b.undoStack()->count(), steps + 1);
    QCOMPARE(b.undoStack()->undoText(), u"Close sprint S1"_s);
    QCOMPARE(b.sprint(s1)->state, Sprint::State::Closed);
    QCOMPARE(b.sprint(s1)->closedAt, s.local(u"2025-01-24"_s, u"17:00"_s));
    QVERIFY(hasReport(b, s1));
    // The finished card stays; the unfinished one moves on in its column.
    QCOMPARE(sprintOf(b, u"A"_s), u"S1"_s);
    QCOMPARE(sprintOf(b, u"B"_s), u"S2"_s);
    QCOMPARE(column(b, u"B"_s), u"In Progress"_s);
    QVERIFY(b.incompleteCards(s1).isEmpty());

    // Carried-over work is not a scope change of the closed sprint.
    const SprintSeries frozen = s.series(u"S1"_s);
    QVERIFY(frozen.frozen);
    QVERIFY(frozen.scopeChanges.isEmpty());
    QCOMPARE(velocityEntry(frozen).completed.points, 3.0);
    QCOMPARE(velocityEntry(frozen).committed.points, 8.0);
    // S2 did not start yet: B and D are its planned scope.
    QCOMPARE(s.series(u"S2"_s).committed.points, 6.0);

    b.undoStack()->undo();
    QCOMPARE(b.sprint(s1)->state, Sprint::State::Active);
    QVERIFY(!b.sprint(s1)->closedAt.isValid());
    QVERIFY(!hasReport(b, s1));
    QCOMPARE(sprintOf(b, u"B"_s), u"S1"_s);
    QCOMPARE(column(b, u"B"_s), u"In Progress"_s);
    b.undoStack()->redo();
    QCOMPARE(b.sprint(s1)->state, Sprint::State::Closed);
    QVERIFY(hasReport(b, s1));
    QCOMPARE(sprintOf(b, u"B"_s), u"S2"_s);
}

void TestSprints::closeToBacklog()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints +
                  u"at 2025-01-13 09:00; start S1; at 2025-01-14 10:00; move B review;"
                  "at 2025-01-24 17:00; close S1 backlog"_s));
    Board &b = s.board();
    QCOMPARE(sprintOf(b, u"A"_s), u"backlog"_s);
    QCOMPARE(sprintOf(b, u"B"_s), u"backlog"_s);
    QCOMPARE(column(b, u"B"_s), u"Review"_s); // the backlog keeps the card's column
    QCOMPARE(velocityEntry(s.series(u"S1"_s)).completed.points, 0.0);
    QCOMPARE(velocityEntry(s.series(u"S1"_s)).committed.points, 8.0);
}

void TestSprints::closeErrors_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("error");
    QTest::newRow("not started") << u"close S1 backlog"_s << u"S1 has not been started"_s;
    QTest::newRow("into itself") << u"at 2025-01-13 09:00; start S1; close S1 S1"_s
                                 << u"same sprint"_s;
    QTest::newRow("into a closed sprint")
        << u"sprint S0 2025-01-01 2025-01-10; at 2025-01-02 09:00; start S0; close S0 backlog; start S1; close S1 S0"_s
        << u"S0 is closed"_s;
    QTest::newRow("closed twice")
        << u"at 2025-01-13 09:00; start S1; close S1 backlog; close S1 backlog"_s
        << u"closed already"_s;
    QTest::newRow("plan into a closed sprint")
        << u"at 2025-01-13 09:00; start S1; close S1 backlog; plan S1 C"_s << u"S1 is closed"_s;
    QTest::newRow("plan out of a closed sprint")
        << u"at 2025-01-13 09:00; move A done; start S1; close S1 backlog; plan S2 A"_s
        << u"A belongs to the closed sprint S1"_s;
}

void TestSprints::closeErrors()
{
    QFETCH(QString, script);
    QFETCH(QString, error);
    SprintScript s;
    QVERIFY(s.run(kTwoSprints));
    const int steps = s.board().undoStack()->count();
    QVERIFY(!s.run(script));
    QVERIFY2(s.error().contains(error), qPrintable(s.error()));
    // A refused action leaves no step behind (earlier statements of the script may have).
    QVERIFY(s.board().undoStack()->count() >= steps);
    QVERIFY(!s.board().undoStack()->undoText().isEmpty() ||
            s.board().undoStack()->count() == steps);
}

void TestSprints::frozenReportUnchanged()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1; at 2025-01-14 10:00; move A done;"
                                "at 2025-01-15 11:00; plan S1 C; at 2025-01-16 12:00; points B 8;"
                                "at 2025-01-24 17:00; close S1 S2; now 2025-01-27 10:00"_s));
    const SprintSeries before = s.series(u"S1"_s);
    QVERIFY(before.frozen);
    s.closeBoard();
    const CliResult csvBefore = runCli(
        s.path(), {u"report"_s, u"burndown"_s, u"--sprint"_s, u"S1"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csvBefore.code, 0);
    const QStringList lines = csvBefore.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13); // header and one row per day
    QCOMPARE(lines.at(0),
             u"date,working_day,ideal,remaining,scope,completed,scope_change,changes,projected"_s);
    QCOMPARE(lines.at(1), u"2025-01-13,yes,7.2,8,8,0,0,,"_s);
    QCOMPARE(lines.at(3), u"2025-01-15,yes,5.6,7,10,3,2,+C (2),"_s);
    QCOMPARE(lines.at(4), u"2025-01-16,yes,4.8,10,13,3,3,B 5\u21928,"_s);
    QCOMPARE(lines.at(12), u"2025-01-24,yes,0,10,13,3,0,,"_s);
    const CliResult progressBefore = runCli(
        s.path(), {u"report"_s, u"progress"_s, u"--sprint"_s, u"S1"_s, u"--format"_s, u"md"_s});
    QCOMPARE(progressBefore.code, 0);
    s.reopen();

    // Later edits: the finished card re-opened and re-estimated, a card deleted, the done column
    // renamed and no longer "done".
    QVERIFY2(s.run(u"at 2025-01-28 10:00; move A progress; points A 13; delete C"_s),
             qPrintable(s.error()));
    Column done = *s.board().columnByName(u"Done");
    done.done = false;
    done.name = u"Finished"_s;
    QVERIFY(s.board().updateColumn(done));

    // Computed from the events, the report would now differ…
    auto live = s.analytics().liveSeries(*s.board().sprintByName(u"S1"), s.now());
    QVERIFY(live);
    QVERIFY(live.value() != before);
    // …but the closed sprint's report is the frozen one.
    QCOMPARE(s.series(u"S1"_s), before);
    SprintAnalytics fresh(s.board());
    fresh.setTimeZone(s.zone());
    QCOMPARE(fresh.series(s.sprintId(u"S1"_s)).value(), before);
    QCOMPARE(fresh.velocity(ChartUnit::Points).value().rows.first().completed, 3.0);

    s.closeBoard();
    const CliResult csvAfter = runCli(
        s.path(), {u"report"_s, u"burndown"_s, u"--sprint"_s, u"S1"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csvAfter.code, 0);
    QCOMPARE(csvAfter.out, csvBefore.out);
    const CliResult progressAfter = runCli(
        s.path(), {u"report"_s, u"progress"_s, u"--sprint"_s, u"S1"_s, u"--format"_s, u"md"_s});
    QCOMPARE(progressAfter.out, progressBefore.out);
    QVERIFY2(progressAfter.out.contains(u"| **Total** | **13** | **3** | **10** |"_s),
             qPrintable(progressAfter.out));
}

void TestSprints::closedSprintIsReadOnly_data()
{
    // S1 is closed with A done in it; B went to the backlog, D is planned into S2.
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("error");
    QTest::newRow("move a card into it") << u"backlog D; plan S2 D; backlog D"_s << QString();
    QTest::newRow("move into") << u"moveinto B S1"_s << u"Sprint S1 is closed"_s;
    QTest::newRow("move out") << u"moveinto A S2"_s << u"A belongs to the closed sprint S1"_s;
    QTest::newRow("to the backlog") << u"backlog A"_s << u"A belongs to the closed sprint S1"_s;
    QTest::newRow("add into") << u"card E 2 in=S1"_s << u"Sprint S1 is closed"_s;
    QTest::newRow("edit the sprint") << u"editsprint B S1"_s << u"Sprint S1 is closed"_s;
    QTest::newRow("edit out") << u"editsprint A -"_s << u"A belongs to the closed sprint S1"_s;
}

/** Cards neither enter nor leave a closed sprint, by any user action; the reason is one line. */
void TestSprints::closedSprintIsReadOnly()
{
    QFETCH(QString, script);
    QFETCH(QString, error);
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1; at 2025-01-14 10:00; move A done;"
                                "at 2025-01-24 17:00; close S1 backlog"_s));
    Board &b = s.board();
    const qint64 s1 = s.sprintId(u"S1"_s), s2 = s.sprintId(u"S2"_s);
    const int steps = b.undoStack()->count();
    const QStringList words = script.split(u' ');
    Status result;
    if (words.first() == u"moveinto") {
        const Card *c = b.cardByKey(words.at(1));
        result = b.moveCards({c->id}, words.at(2) == u"S1" ? s1 : s2, b.firstColumnId());
    } else if (words.first() == u"editsprint") {
        Card c = *b.cardByKey(words.at(1));
        c.sprintId = words.at(2) == u"S1" ? s1 : 0;
        result = b.updateCard(c);
        const Status batch = b.updateCards({c}, u"edit"_s); // the path of multi-card edits
        QCOMPARE(bool(batch), bool(result));
    } else if (!s.run(script)) {
        result = Status::failure(s.error());
    }
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(result.error()));
        return;
    }
    QVERIFY(!result);
    QVERIFY2(result.error().contains(error), qPrintable(result.error()));
    QVERIFY(!result.error().contains(u'\n'));
    QCOMPARE(b.undoStack()->count(), steps);
    QCOMPARE(sprintOf(b, u"A"_s), u"S1"_s);
    QCOMPARE(sprintOf(b, u"B"_s), u"backlog"_s);
}

void TestSprints::reopenDropsTheFrozenReport()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1; at 2025-01-14 10:00; move A done;"
                                "at 2025-01-24 17:00; close S1 backlog; start S2"_s));
    Board &b = s.board();
    const qint64 s1 = s.sprintId(u"S1"_s);
    // One active sprint at a time: S2 is running.
    QVERIFY(!s.run(u"reopen S1"_s));
    QVERIFY2(s.error().contains(u"S2 is active"_s), qPrintable(s.error()));
    QVERIFY(!s.run(u"reopen S2"_s));
    QVERIFY2(s.error().contains(u"not closed"_s), qPrintable(s.error()));
    QVERIFY2(s.run(u"at 2025-01-27 09:00; close S2 backlog; at 2025-01-27 10:00; reopen S1"_s),
             qPrintable(s.error()));
    QCOMPARE(b.undoStack()->undoText(), u"Reopen sprint S1"_s);
    QCOMPARE(b.sprint(s1)->state, Sprint::State::Active);
    QVERIFY(!b.sprint(s1)->closedAt.isValid());
    QVERIFY(!hasReport(b, s1));
    // Live again: cards may enter, and the charts follow them.
    QVERIFY(!s.series(u"S1"_s).frozen);
    QVERIFY2(s.run(u"plan S1 B"_s), qPrintable(s.error()));
    QCOMPARE(sprintOf(b, u"B"_s), u"S1"_s);

    // Undo walks back to the closed sprint with its report as it was.
    b.undoStack()->undo();
    b.undoStack()->undo();
    QCOMPARE(b.sprint(s1)->state, Sprint::State::Closed);
    QCOMPARE(b.sprint(s1)->closedAt, s.local(u"2025-01-24"_s, u"17:00"_s));
    QVERIFY(hasReport(b, s1));
    QVERIFY(s.series(u"S1"_s).frozen);
    b.undoStack()->redo();
    QCOMPARE(b.sprint(s1)->state, Sprint::State::Active);
    QVERIFY(!hasReport(b, s1));
}

void TestSprints::cliClosedSprintAndReopen()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1; at 2025-01-14 10:00; move A done;"
                                "at 2025-01-24 17:00; close S1 backlog"_s));
    s.closeBoard();
    const QString db = s.path();
    const QList<QStringList> refused = {
        {u"card"_s, u"add"_s, u"--title"_s, u"Late"_s, u"--sprint"_s, u"S1"_s},
        {u"card"_s, u"edit"_s, u"B"_s, u"--sprint"_s, u"S1"_s, u"--points"_s, u"13"_s},
        {u"card"_s, u"edit"_s, u"A"_s, u"--backlog"_s},
        {u"sprint"_s, u"plan"_s, u"S1"_s, u"B"_s},
    };
    for (const QStringList &args : refused) {
        const CliResult r = runCli(db, args);
        QVERIFY2(r.code == 1, qPrintable(args.join(u' ')));
        QVERIFY2(r.err.startsWith(u"sprintdeck: "_s) && r.err.count(u'\n') == 1 &&
                     r.err.contains(u"S1"_s) && r.err.contains(u"closed"_s),
                 qPrintable(r.err));
    }
    CliResult r = runCli(db, {u"sprint"_s, u"reopen"_s, u"S1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(db, {u"sprint"_s, u"reopen"_s, u"S1"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"not closed"_s), qPrintable(r.err));
    r = runCli(db, {u"sprint"_s, u"plan"_s, u"S1"_s, u"B"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    s.reopen();
    QCOMPARE(s.board().sprintByName(u"S1")->state, Sprint::State::Active);
    QCOMPARE(sprintOf(s.board(), u"B"_s), u"S1"_s);
    QCOMPARE(s.board().cardByKey(u"B")->points, std::optional<double>(5));
}

void TestSprints::cliLifecycle()
{
    SprintScript s;
    s.closeBoard();
    const QString db = s.path();
    CliResult r = runCli(db, {u"sprint"_s, u"create"_s, u"--name"_s, u"Sprint 7"_s, u"--start"_s,
                              u"2025-01-13"_s, u"--end"_s, u"2025-01-24"_s, u"--goal"_s,
                              u"Ship it"_s, u"--capacity"_s, u"30"_s, u"--holiday"_s,
                              u"2025-01-15"_s, u"--workday"_s, u"2025-01-18"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"10 working days"_s), qPrintable(r.out));
    r = runCli(db, {u"sprint"_s, u"create"_s, u"--name"_s, u"Sprint 8"_s, u"--start"_s,
                    u"2025-01-27"_s, u"--end"_s, u"2025-02-07"_s});
    QCOMPARE(r.code, 0);
    r = runCli(db, {u"card"_s, u"add"_s, u"--title"_s, u"One"_s, u"--key"_s, u"K-1"_s,
                    u"--points"_s, u"5"_s});
    QCOMPARE(r.code, 0);
    r = runCli(db, {u"card"_s, u"add"_s, u"--title"_s, u"Two"_s, u"--key"_s, u"K-2"_s,
                    u"--points"_s, u"3"_s});
    QCOMPARE(r.code, 0);
    r = runCli(db, {u"sprint"_s, u"plan"_s, u"Sprint 7"_s, u"K-1"_s, u"K-2"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(db, {u"sprint"_s, u"start"_s, u"Sprint 7"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"committed 8 points in 2 cards"_s), qPrintable(r.out));
    r = runCli(db, {u"sprint"_s, u"start"_s, u"Sprint 8"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Sprint 7 is active"_s), qPrintable(r.err));
    r = runCli(db, {u"card"_s, u"move"_s, u"K-1"_s, u"--to"_s, u"Done"_s});
    QCOMPARE(r.code, 0);
    r = runCli(db, {u"sprint"_s, u"close"_s, u"Sprint 7"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"1 incomplete card"_s) && r.err.contains(u"--to-backlog"_s),
             qPrintable(r.err));
    r = runCli(db, {u"sprint"_s, u"close"_s, u"Sprint 7"_s, u"--carry-over"_s, u"Sprint 8"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.contains(u"completed 5 of 8 committed points; 1 card carried over to Sprint 8"_s),
        qPrintable(r.out));
    r = runCli(db, {u"sprint"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.code, 0);
    const QStringList rows = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    // A closed sprint lists the numbers of its close (the frozen report's), not what is left in
    // it after the carry-over: cards, points, committed, done, remaining.
    QCOMPARE(rows.at(0), u"Name,State,Start,End,Working days,Capacity,Cards,Points,Committed,Done,"
                         "Remaining,Current,Goal"_s);
    QCOMPARE(rows.at(1), u"Sprint 7,closed,2025-01-13,2025-01-24,10,30,2,8,8,5,3,,Ship it"_s);
    QCOMPARE(rows.at(2), u"Sprint 8,planned,2025-01-27,2025-02-07,10,,1,3,3,0,3,yes,"_s);
    r = runCli(db, {u"report"_s, u"velocity"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(
        r.out,
        u"sprint,start,end,committed,completed\r\nSprint 7,2025-01-13,2025-01-24,8,5\r\nAverage,,,8,5\r\n"_s);
    r = runCli(db, {u"report"_s, u"velocity"_s, u"--unit"_s, u"cards"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"\"average_completed\": 1"_s), qPrintable(r.out));
}

void TestSprints::cliErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString c = u"create"_s;
    QTest::newRow("no name") << QStringList{u"sprint"_s,     c,          u"--start"_s,
                                            u"2025-01-13"_s, u"--end"_s, u"2025-01-24"_s}
                             << 2 << u"needs --name"_s;
    QTest::newRow("bad date") << QStringList{u"sprint"_s,  c,
                                             u"--name"_s,  u"X"_s,
                                             u"--start"_s, u"13.1.2025"_s,
                                             u"--end"_s,   u"2025-01-24"_s}
                              << 2 << u"--start takes a date as YYYY-MM-DD"_s;
    QTest::newRow("end before start")
        << QStringList{u"sprint"_s,     c,          u"--name"_s,    u"X"_s, u"--start"_s,
                       u"2025-01-13"_s, u"--end"_s, u"2025-01-12"_s}
        << 2 << u"is before --start"_s;
    QTest::newRow("weekend holiday") << QStringList{u"sprint"_s,    c,
                                                    u"--name"_s,    u"X"_s,
                                                    u"--start"_s,   u"2025-01-13"_s,
                                                    u"--end"_s,     u"2025-01-24"_s,
                                                    u"--holiday"_s, u"2025-01-18"_s}
                                     << 2 << u"is a weekend day"_s;
    QTest::newRow("weekday workday") << QStringList{u"sprint"_s,    c,
                                                    u"--name"_s,    u"X"_s,
                                                    u"--start"_s,   u"2025-01-13"_s,
                                                    u"--end"_s,     u"2025-01-24"_s,
                                                    u"--workday"_s, u"2025-01-16"_s}
                                     << 2 << u"is a weekday"_s;
    QTest::newRow("holiday outside") << QStringList{u"sprint"_s,    c,
                                                    u"--name"_s,    u"X"_s,
                                                    u"--start"_s,   u"2025-01-13"_s,
                                                    u"--end"_s,     u"2025-01-24"_s,
                                                    u"--holiday"_s, u"2025-02-03"_s}
                                     << 2 << u"outside the sprint"_s;
    QTest::newRow("bad capacity") << QStringList{u"sprint"_s,     c,
                                                 u"--name"_s,     u"X"_s,
                                                 u"--start"_s,    u"2025-01-13"_s,
                                                 u"--end"_s,      u"2025-01-24"_s,
                                                 u"--capacity"_s, u"-3"_s}
                                  << 2 << u"--capacity takes a number"_s;
    QTest::newRow("unknown sprint")
        << QStringList{u"sprint"_s, u"start"_s, u"Nope"_s} << 1 << u"no sprint called"_s;
    QTest::newRow("unknown report")
        << QStringList{u"report"_s, u"pie"_s} << 2 << u"unknown report"_s;
    QTest::newRow("bad unit") << QStringList{u"report"_s, u"burndown"_s, u"--unit"_s, u"hours"_s}
                              << 2 << u"--unit takes points or cards"_s;
    QTest::newRow("bad format") << QStringList{u"report"_s, u"burndown"_s, u"--format"_s, u"xml"_s}
                                << 2 << u"--format takes table, csv, json, md"_s;
    QTest::newRow("no sprint") << QStringList{u"report"_s, u"burndown"_s} << 1
                               << u"the board has no sprint"_s;
    QTest::newRow("unknown sub") << QStringList{u"sprint"_s, u"restart"_s} << 2
                                 << u"unknown sprint command"_s;
}

void TestSprints::cliErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    SprintScript s;
    s.closeBoard();
    const CliResult r = runCli(s.path(), args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.startsWith(u"sprintdeck: "_s) && r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestSprints)
#include "tst_sprints.moc"

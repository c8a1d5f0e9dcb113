// Editing a sprint's plan: the Board operation, its one rule, undo, the charts, the command line.
#include "tests/core/sprintscript.h"

#include "core/analytics/analytics.h"
#include "core/domain/sprintrule.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

// S1 runs Monday 13 to Friday 24 January 2025 (10 working days), S2 the two weeks after.
const QString kTwoSprints =
    u"sprint S1 2025-01-13 2025-01-24; sprint S2 2025-01-27 2025-02-07;"
    "at 2025-01-10 16:00; card A 3; card B 5; card C 2 backlog; card D 1 in=S2;"_s;

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/** The ideal line at the end of each day of the sprint's burndown, in points. */
QList<double> idealLine(const SprintSeries &series)
{
    QList<double> ideal;
    for (const BurndownPoint &p : burndown(series, ChartUnit::Points).days)
        ideal.append(std::round(p.ideal * 1000) / 1000);
    return ideal;
}

} // namespace

class TestSprintEdit : public QObject
{
    Q_OBJECT

private slots:
    void editIsOneUndoStep();
    void editKeepsTheLifecycle();
    void unchangedPlanIsNoStep();
    void refused_data();
    void refused();
    void createFollowsTheSameRule();
    void burndownFollowsTheEdit();
    void cliEdit();
    void cliRefuses_data();
    void cliRefuses();
    void sprintRule_data();
    void sprintRule();
};

void TestSprintEdit::editIsOneUndoStep()
{
    SprintScript s;
    QVERIFY2(s.run(kTwoSprints), qPrintable(s.error()));
    Board &b = s.board();
    const Sprint before = *b.sprintByName(u"S2");
    Sprint edited = before;
    edited.name = u" Release 2 "_s;
    edited.goal = u"Ship the importer"_s;
    edited.start = day("2025-01-28");
    edited.end = day("2025-02-11");
    edited.capacity = 21;
    edited.holidays = {day("2025-02-04"), day("2025-01-29")};
    edited.extraWorkdays = {day("2025-02-01")};
    const int steps = b.undoStack()->count();
    QSignalSpy changed(&b, &Board::sprintsChanged);
    QVERIFY(b.editSprint(edited));

    const Sprint *after = b.sprint(before.id);
    QCOMPARE(after->name, u"Release 2"_s);
    QCOMPARE(after->goal, u"Ship the importer"_s);
    QCOMPARE(after->start, day("2025-01-28"));
    QCOMPARE(after->end, day("2025-02-11"));
    QCOMPARE(after->capacity, 21.0);
    QCOMPARE(after->holidays, (QList<QDate>{day("2025-01-29"), day("2025-02-04")}));
    QCOMPARE(after->extraWorkdays, QList<QDate>{day("2025-02-01")});
    QCOMPARE(after->workingDays(), 10);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(b.undoStack()->count(), steps + 1);
    QCOMPARE(b.undoStack()->undoText(), u"Edit sprint S2"_s);
    const Sprint expected = *after;

    b.undoStack()->undo();
    QCOMPARE(*b.sprint(before.id), before);
    QCOMPARE(changed.count(), 2);
    b.undoStack()->redo();
    QCOMPARE(*b.sprint(before.id), expected);

    // The row and its calendar are in the file, not only in memory.
    s.closeBoard();
    s.reopen();
    QCOMPARE(*s.board().sprint(before.id), expected);
}

void TestSprintEdit::editKeepsTheLifecycle()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1"_s));
    Board &b = s.board();
    const Sprint active = *b.sprintByName(u"S1");
    // Only the plan is edited: state and times passed along are not taken.
    Sprint edited = active;
    edited.end = day("2025-01-31");
    edited.state = Sprint::State::Closed;
    edited.startedAt = {};
    edited.closedAt = s.now();
    QVERIFY(b.editSprint(edited));
    const Sprint *after = b.sprint(active.id);
    QCOMPARE(after->end, day("2025-01-31"));
    QCOMPARE(after->state, Sprint::State::Active);
    QCOMPARE(after->startedAt, active.startedAt);
    QVERIFY(!after->closedAt.isValid());
}

void TestSprintEdit::unchangedPlanIsNoStep()
{
    SprintScript s;
    QVERIFY(s.run(u"sprint S1 2025-01-13 2025-01-24 holiday=2025-01-20 holiday=2025-01-15"_s));
    Board &b = s.board();
    const int steps = b.undoStack()->count();
    Sprint same = *b.sprintByName(u"S1");
    std::reverse(same.holidays.begin(), same.holidays.end()); // the order is no change
    same.holidays.append(same.holidays.first());              // nor is a repeat
    QVERIFY(b.editSprint(same));
    QCOMPARE(b.undoStack()->count(), steps);
}

void TestSprintEdit::refused_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty name") << QString() << u"name"_s << u"  "_s << u"needs a name"_s;
    QTest::newRow("name of another sprint")
        << QString() << u"name"_s << u"s2"_s << u"already a sprint called S2"_s;
    QTest::newRow("end before start")
        << QString() << u"end"_s << u"2025-01-12"_s << u"end date must not be before"_s;
    QTest::newRow("holiday outside")
        << QString() << u"holiday"_s << u"2025-01-27"_s
        << u"holiday 2025-01-27 is not a weekday from 2025-01-13 to 2025-01-24"_s;
    QTest::newRow("holiday on a weekend")
        << QString() << u"holiday"_s << u"2025-01-18"_s << u"holiday 2025-01-18"_s;
    QTest::newRow("worked weekday")
        << QString() << u"workday"_s << u"2025-01-16"_s << u"worked day 2025-01-16"_s;
    QTest::newRow("worked day outside")
        << QString() << u"workday"_s << u"2025-01-11"_s << u"worked day 2025-01-11"_s;
    QTest::newRow("negative capacity")
        << QString() << u"capacity"_s << u"-1"_s << u"capacity must not be negative"_s;
    QTest::newRow("closed sprint")
        << u"at 2025-01-13 09:00; start S1; at 2025-01-24 17:00; close S1 backlog"_s << u"goal"_s
        << u"Later"_s << u"S1 is closed; its plan can no longer be edited"_s;
    QTest::newRow("unknown sprint") << QString() << u"id"_s << u"999"_s << u"No sprint"_s;
}

void TestSprintEdit::refused()
{
    QFETCH(QString, script);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    SprintScript s;
    QVERIFY(s.run(kTwoSprints));
    if (!script.isEmpty())
        QVERIFY2(s.run(script), qPrintable(s.error()));
    Board &b = s.board();
    const Sprint before = *b.sprintByName(u"S1");
    Sprint edited = before;
    if (field == u"name")
        edited.name = value;
    else if (field == u"end")
        edited.end = QDate::fromString(value, Qt::ISODate);
    else if (field == u"holiday")
        edited.holidays.append(QDate::fromString(value, Qt::ISODate));
    else if (field == u"workday")
        edited.extraWorkdays.append(QDate::fromString(value, Qt::ISODate));
    else if (field == u"capacity")
        edited.capacity = value.toDouble();
    else if (field == u"goal")
        edited.goal = value;
    else if (field == u"id")
        edited.id = value.toLongLong();
    const int steps = b.undoStack()->count();
    const Status status = b.editSprint(edited);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(error), qPrintable(status.error()));
    QVERIFY(!status.error().contains(u'\n'));
    QCOMPARE(b.undoStack()->count(), steps);
    QCOMPARE(*b.sprintByName(u"S1"), before);
}

void TestSprintEdit::createFollowsTheSameRule()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints));
    Board &b = s.board();
    Sprint draft;
    draft.name = u"S3"_s;
    draft.start = day("2025-02-10");
    draft.end = day("2025-02-21");
    draft.holidays = {day("2025-02-24")};
    auto created = b.createSprint(draft);
    QVERIFY(!created);
    QVERIFY2(created.error().contains(u"holiday 2025-02-24 is not a weekday"_s),
             qPrintable(created.error()));
    draft.holidays.clear();
    draft.name = u"s1"_s;
    created = b.createSprint(draft);
    QVERIFY(!created);
    QVERIFY2(created.error().contains(u"already a sprint called S1"_s),
             qPrintable(created.error()));
    QVERIFY(!b.sprintByName(u"S3"));
}

void TestSprintEdit::burndownFollowsTheEdit()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1; at 2025-01-14 11:00; move A done;"
                                "now 2025-01-15 12:00"_s));
    Board &b = s.board();
    // The charts' cache has seen the sprint before the edit.
    const SprintSeries planned = s.series(u"S1"_s);
    QCOMPARE(planned.days.size(), 12);
    QCOMPARE(idealLine(planned).first(), 7.2); // 8 points over 10 working days

    // A week longer, with Monday 20 off: 14 working days.
    Sprint longer = *b.sprintByName(u"S1");
    longer.end = day("2025-01-31");
    longer.holidays = {day("2025-01-20")};
    QVERIFY(b.editSprint(longer));
    const SprintSeries edited = s.series(u"S1"_s);
    QCOMPARE(edited.days.size(), 19);
    QCOMPARE(edited.days.last().date, day("2025-01-31"));
    QCOMPARE(edited.committed.points, 8.0);
    const QList<double> ideal = idealLine(edited);
    QCOMPARE(ideal.first(), 7.429);         // 8 - 8/14
    QVERIFY(!edited.days.at(7).workingDay); // the holiday
    QCOMPARE(ideal.at(7), ideal.at(6));     // flat across it, and the weekend before
    QCOMPARE(ideal.at(6), ideal.at(4));
    QCOMPARE(ideal.last(), 0.0);
    // What happened does not move with the plan: A was done on Tuesday.
    QCOMPARE(burndown(edited, ChartUnit::Points).days.at(1).remaining.value_or(-1), 5.0);

    b.undoStack()->undo();
    const SprintSeries undone = s.series(u"S1"_s);
    QCOMPARE(undone.days.size(), 12);
    QCOMPARE(undone.days.last().date, day("2025-01-24"));
    QCOMPARE(idealLine(undone), idealLine(planned));
    b.undoStack()->redo();
    QCOMPARE(idealLine(s.series(u"S1"_s)), ideal);
}

void TestSprintEdit::cliEdit()
{
    SprintScript s;
    QVERIFY(s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1"_s));
    s.closeBoard();
    CliResult r =
        runCli(s.path(), {u"sprint"_s, u"edit"_s, u"S1"_s, u"--end"_s, u"2025-01-31"_s,
                          u"--holiday"_s, u"2025-01-20"_s, u"--workday"_s, u"2025-01-25"_s,
                          u"--goal"_s, u"Import everything"_s, u"--capacity"_s, u"13"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"Edited S1: 2025-01-13 to 2025-01-31, 15 working days"_s);
    QVERIFY(r.err.isEmpty());
    // Shorter again: the holiday and the worked Saturday fall outside and are dropped; a rename.
    r = runCli(s.path(), {u"sprint"_s, u"edit"_s, u"S1"_s, u"--end"_s, u"2025-01-17"_s, u"--name"_s,
                          u"Sprint 1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"Edited Sprint 1: 2025-01-13 to 2025-01-17, 5 working days"_s);
    r = runCli(s.path(), {u"sprint"_s, u"edit"_s, u"Sprint 1"_s, u"--end"_s, u"2025-01-24"_s,
                          u"--holiday"_s, u"2025-01-21"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(s.path(), {u"sprint"_s, u"edit"_s, u"Sprint 1"_s, u"--clear-holidays"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"Edited Sprint 1: 2025-01-13 to 2025-01-24, 10 working days"_s);

    s.reopen();
    const Sprint *edited = s.board().sprintByName(u"Sprint 1");
    QVERIFY(edited);
    QCOMPARE(edited->state, Sprint::State::Active);
    QCOMPARE(edited->goal, u"Import everything"_s);
    QCOMPARE(edited->capacity, 13.0);
    QVERIFY(edited->holidays.isEmpty());
    QVERIFY(edited->extraWorkdays.isEmpty());
}

void TestSprintEdit::cliRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString e = u"edit"_s;
    QTest::newRow("no change") << QStringList{u"sprint"_s, e, u"S2"_s} << 2
                               << u"needs at least one change"_s;
    QTest::newRow("no name") << QStringList{u"sprint"_s, e, u"--end"_s, u"2025-02-14"_s} << 2
                             << u"usage: sprintdeck sprint edit NAME"_s;
    QTest::newRow("bad date") << QStringList{u"sprint"_s, e, u"S2"_s, u"--end"_s, u"14.2.2025"_s}
                              << 2 << u"--end takes a date as YYYY-MM-DD"_s;
    QTest::newRow("bad holiday") << QStringList{u"sprint"_s, e, u"S2"_s, u"--holiday"_s, u"soon"_s}
                                 << 2 << u"--holiday takes a date as YYYY-MM-DD"_s;
    QTest::newRow("bad capacity") << QStringList{u"sprint"_s, e, u"S2"_s, u"--capacity"_s,
                                                 u"lots"_s}
                                  << 2 << u"--capacity takes a number"_s;
    QTest::newRow("unknown sprint") << QStringList{u"sprint"_s, e, u"Nope"_s, u"--goal"_s, u"x"_s}
                                    << 1 << u"no sprint called"_s;
    QTest::newRow("end before start")
        << QStringList{u"sprint"_s, e, u"S2"_s, u"--end"_s, u"2025-01-20"_s} << 1
        << u"end date must not be before the start date"_s;
    QTest::newRow("holiday outside")
        << QStringList{u"sprint"_s, e, u"S2"_s, u"--holiday"_s, u"2025-02-10"_s} << 1
        << u"holiday 2025-02-10 is not a weekday from 2025-01-27 to 2025-02-07"_s;
    QTest::newRow("taken name") << QStringList{u"sprint"_s, e, u"S2"_s, u"--name"_s, u"S1"_s} << 1
                                << u"already a sprint called S1"_s;
    QTest::newRow("closed") << QStringList{u"sprint"_s, e, u"S1"_s, u"--goal"_s, u"x"_s} << 1
                            << u"S1 is closed"_s;
}

void TestSprintEdit::cliRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    SprintScript s;
    QVERIFY(
        s.run(kTwoSprints + u"at 2025-01-13 09:00; start S1; at 2025-01-24 17:00; close S1 S2"_s));
    const Sprint before = *s.board().sprintByName(u"S2");
    s.closeBoard();
    const CliResult r = runCli(s.path(), args);
    QCOMPARE(r.code, code);
    // One line of reason; wrong usage adds where to find the help.
    const QString reason = r.err.section(u'\n', 0, 0);
    QVERIFY2(reason.startsWith(u"sprintdeck: "_s) && reason.contains(message), qPrintable(r.err));
    QCOMPARE(int(r.err.count(u'\n')), code == 2 ? 2 : 1);
    QVERIFY(r.out.isEmpty());
    s.reopen();
    QCOMPARE(*s.board().sprintByName(u"S2"), before);
}

void TestSprintEdit::sprintRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<SprintRule>("broken");
    QTest::newRow("kept") << u"S1"_s << day("2025-01-13") << day("2025-01-24") << SprintRule::Kept;
    QTest::newRow("one day") << u"S1"_s << day("2025-01-13") << day("2025-01-13")
                             << SprintRule::Kept;
    QTest::newRow("blank name") << u" \t"_s << day("2025-01-13") << day("2025-01-24")
                                << SprintRule::NeedsName;
    // The name is checked first, then the start, then the end, then their order.
    QTest::newRow("name before dates") << QString() << QDate() << QDate() << SprintRule::NeedsName;
    QTest::newRow("no start") << u"S1"_s << QDate() << QDate() << SprintRule::StartInvalid;
    QTest::newRow("no end") << u"S1"_s << day("2025-01-13") << QDate() << SprintRule::EndInvalid;
    QTest::newRow("end before start")
        << u"S1"_s << day("2025-01-24") << day("2025-01-13") << SprintRule::EndBeforeStart;
}

void TestSprintEdit::sprintRule()
{
    QFETCH(QString, name);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(SprintRule, broken);
    QCOMPARE(brokenSprintRule(name, start, end), broken);
}

QTEST_GUILESS_MAIN(TestSprintEdit)
#include "tst_sprintedit.moc"

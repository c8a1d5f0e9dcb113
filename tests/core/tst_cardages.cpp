// The age markers' numbers: days in progress, counted as the flow metrics count them.
#include "tests/core/sprintscript.h"

#include "core/board/cardages.h"
#include "core/board/flowanalytics.h"

#include <QTest>

#include <QUndoStack>
#include <numeric>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

class TestCardAges : public QObject
{
    Q_OBJECT

private slots:
    void daysInProgress_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("days");
        const QString start = u"sprint S 2025-03-03 2025-03-14; at 2025-03-03 09:00; card A 3; "
                              "card B 2 backlog; start S"_s;
        QTest::newRow("in the first column") << start + u"; at 2025-03-06 12:00"_s << 0;
        QTest::newRow("started today") << start + u"; at 2025-03-06 10:00; move A progress; "
                                                  "at 2025-03-06 12:00"_s
                                       << 1;
        QTest::newRow("over a weekend, calendar days")
            << start + u"; at 2025-03-07 10:00; move A progress; at 2025-03-10 09:00"_s << 4;
        QTest::newRow("review keeps the first start")
            << start + u"; at 2025-03-04 10:00; move A progress; at 2025-03-06 10:00; move A "
                       "review; at 2025-03-07 12:00"_s
            << 4;
        QTest::newRow("back to To Do shows none")
            << start + u"; at 2025-03-04 10:00; move A progress; at 2025-03-05 10:00; move A "
                       "todo; at 2025-03-07 12:00"_s
            << 0;
        QTest::newRow("restarted: counted from the first start")
            << start + u"; at 2025-03-04 10:00; move A progress; at 2025-03-05 10:00; move A "
                       "todo; at 2025-03-06 10:00; move A progress; at 2025-03-07 12:00"_s
            << 4;
        QTest::newRow("done shows none")
            << start + u"; at 2025-03-04 10:00; move A progress; at 2025-03-05 10:00; move A "
                       "done; at 2025-03-07 12:00"_s
            << 0;
        QTest::newRow("created in progress")
            << u"sprint S 2025-03-03 2025-03-14; at 2025-03-03 09:00; start S; "
               "at 2025-03-05 09:00; card A 3 progress; at 2025-03-07 12:00"_s
            << 3;
    }

    void daysInProgress()
    {
        QFETCH(QString, script);
        QFETCH(int, days);
        SprintScript s;
        QVERIFY2(s.run(script), qPrintable(s.error()));
        CardAges ages(&s.board());
        ages.setTimeZone(s.zone());
        QCOMPARE(ages.days(s.cardId(u"A"_s)), days);
    }

    void followsTheBoard()
    {
        SprintScript s;
        QVERIFY2(s.run(u"sprint S 2025-03-03 2025-03-14; at 2025-03-03 09:00; card A 3; card B "
                       "2; start S; at 2025-03-04 10:00; move A progress; at 2025-03-06 12:00"_s),
                 qPrintable(s.error()));
        CardAges ages(&s.board());
        ages.setTimeZone(s.zone());
        QCOMPARE(ages.days(s.cardId(u"A"_s)), 3);
        QCOMPARE(ages.days(s.cardId(u"B"_s)), 0);
        // A move read after the first answer: the starts are read again.
        QVERIFY(s.run(u"move B progress"_s));
        QCOMPARE(ages.days(s.cardId(u"B"_s)), 1);
        QVERIFY(s.run(u"at 2025-03-11 12:00"_s));
        QCOMPARE(ages.days(s.cardId(u"A"_s)), 8);
        // Undo of B's move: back in To Do, no marker.
        s.board().undoStack()->undo();
        QCOMPARE(ages.days(s.cardId(u"B"_s)), 0);
    }

    // The forecast's history is cached for the day, but not past an event dated before today.
    void forecastHistoryFollowsOldEvents()
    {
        SprintScript s;
        QVERIFY2(
            s.run(u"sprint S 2025-03-03 2025-03-21; at 2025-03-03 09:00; card A 1; card B 2; "
                  "card C 3; start S; at 2025-03-04 10:00; move A done; at 2025-03-17 12:00"_s),
            qPrintable(s.error()));
        FlowAnalytics flow(s.board());
        flow.setTimeZone(s.zone());
        const auto sum = [&] {
            const auto history = flow.history({}, 30);
            return std::accumulate(history->points.cbegin(), history->points.cend(), 0.0);
        };
        QCOMPARE(sum(), 1.0);
        // Finished today: not in the history up to yesterday.
        QVERIFY(s.run(u"move B done"_s));
        QCOMPARE(sum(), 1.0);
        // Written now but dated two weeks ago, as an import of an old report does.
        QVERIFY(s.run(u"at 2025-03-05 10:00; move C done; at 2025-03-17 12:00"_s));
        QCOMPARE(sum(), 4.0);
        // The next day, B counts too.
        QVERIFY(s.run(u"at 2025-03-18 12:00"_s));
        QCOMPARE(sum(), 6.0);
        // Done is a column's flag: when Done stops being one, nothing was finished.
        Column done = s.board().columns().constLast();
        QVERIFY(done.done);
        done.done = false;
        QVERIFY(s.board().updateColumn(done));
        QCOMPARE(sum(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCardAges)
#include "tst_cardages.moc"

#include "tests/core/sprintscript.h"

#include "core/analytics/analytics.h"
#include "core/analytics/dateaxis.h"
#include "core/analytics/sprinthistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

// Two weeks from Monday 13 January 2025; weekends 18-19 and 25-26.
const QString kCards =
    u"sprint S 2025-01-13 2025-01-24; at 2025-01-10 16:00; card A 3 P1; card B 5 P2; card C 2 P3;"_s;

/** "10 7 - 2.5": numbers, "-" for none. */
QList<std::optional<double>> numbers(const QString &text)
{
    QList<std::optional<double>> list;
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts))
        list.append(w == u"-" ? std::nullopt : std::optional<double>(w.toDouble()));
    return list;
}

QString show(const QList<std::optional<double>> &values)
{
    QStringList words;
    for (const auto &v : values)
        words.append(v ? QString::number(*v, 'f', 2) : u"-"_s);
    return words.join(u' ');
}

/** Equal within the two decimals the expectations are written with. */
bool same(const QList<std::optional<double>> &a, const QList<std::optional<double>> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).has_value() != b.at(i).has_value())
            return false;
        if (a.at(i) && qAbs(*a.at(i) - *b.at(i)) > 0.006)
            return false;
    }
    return true;
}

#define COMPARE_NUMBERS(actual, expected)                                                          \
    do {                                                                                           \
        const auto a_ = (actual);                                                                  \
        const auto e_ = numbers(expected);                                                         \
        if (!same(a_, e_))                                                                         \
            QFAIL(qPrintable(u"%1\n   actual: %2\n expected: %3"_s.arg(QStringLiteral(#actual),    \
                                                                       show(a_), show(e_))));      \
    } while (false)

} // namespace

class TestBurndown : public QObject
{
    Q_OBJECT

private slots:
    void burndown_data();
    void burndown();
    void drawnDays_data();
    void drawnDays();
    void reportSaysWhyThereIsNoForecast();
    void tickStep_data();
    void tickStep();
    void axisCaption_data();
    void axisCaption();
    void burnup();
    void cumulativeFlow_data();
    void cumulativeFlow();
    void progressByPriority_data();
    void progressByPriority();
    void velocity();
    void pureFunctionMatchesBoard();
    void resumedSeriesMatchesFullReplay();
    void frozenReportRoundTrip();
    void unitNames();
};

void TestBurndown::burndown_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("committed");
    QTest::addColumn<QString>("remaining");
    QTest::addColumn<QString>("ideal");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QString>("forecast");

    // Days: 13 14 15 16 17 | 18 19 | 20 21 22 23 24
    QTest::newRow("weekends")
        << kCards +
               u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
               "at 2025-01-17 15:00; move B done; at 2025-01-20 11:00; move C done; now 2025-01-22 12:00"_s
        << u"points"_s << 10.0 << u"10 7 7 7 2 2 2 0 0 0 - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 10 10 10 10 10 10 10 10 - -"_s << QString() << u"2025-01-20"_s;

    // Wednesday 15 is a holiday: nine working days, the ideal stays flat over it.
    QTest::newRow("holiday") << u"sprint S 2025-01-13 2025-01-24 holiday=2025-01-15; at 2025-01-10 "
                                u"16:00; card A 3; card B 5; card C 2;"
                                "at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; "
                                "at 2025-01-16 10:00; move B done;"
                                "now 2025-01-20 12:00"_s
                             << u"points"_s << 10.0 << u"10 7 7 2 2 2 2 2 - - - -"_s
                             << u"8.89 7.78 7.78 6.67 5.56 5.56 5.56 4.44 3.33 2.22 1.11 0"_s
                             << u"10 10 10 10 10 10 10 10 - - - -"_s << QString()
                             << u"2025-01-21"_s; // 8 points in 4 working days: 2 a day, 2 left

    // Saturday 18 is worked: eleven working days.
    QTest::newRow("worked Saturday")
        << u"sprint S 2025-01-13 2025-01-24 workday=2025-01-18; at 2025-01-10 16:00; card A 3; "
           u"card B 5; card C 2;"
           "at 2025-01-13 09:00; start S; at 2025-01-18 10:00; move A done; now 2025-01-19 12:00"_s
        << u"points"_s << 10.0 << u"10 10 10 10 10 7 7 - - - - -"_s
        << u"9.09 8.18 7.27 6.36 5.45 4.55 4.55 3.64 2.73 1.82 0.91 0"_s
        << u"10 10 10 10 10 10 10 - - - - -"_s << QString()
        << u"2025-02-06"_s; // 3 points in 6 working days: 14 more working days for 7

    QTest::newRow("scope added mid-sprint")
        << kCards +
               u"card E 3 backlog; at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
               "at 2025-01-15 11:00; card D 5; at 2025-01-16 09:30; plan S E; now 2025-01-17 18:00"_s
        << u"points"_s << 10.0 << u"10 7 12 15 15 - - - - - - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 15 18 18 - - - - - - -"_s << u"2025-01-15 +D (5)|2025-01-16 +E (3)"_s
        << u"2025-02-14"_s; // 3 points in 4 days: 0.75 a day, 15 left

    QTest::newRow("scope added, count mode")
        << kCards +
               u"card E 3 backlog; at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
               "at 2025-01-15 11:00; card D 5; at 2025-01-16 09:30; plan S E; now 2025-01-17 18:00"_s
        << u"cards"_s << 3.0 << u"3 2 3 4 4 - - - - - - -"_s
        << u"2.7 2.4 2.1 1.8 1.5 1.5 1.5 1.2 0.9 0.6 0.3 0"_s << u"3 3 4 5 5 - - - - - - -"_s
        << u"2025-01-15 +D|2025-01-16 +E"_s << u"2025-02-10"_s;

    QTest::newRow("scope removed")
        << kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
                    "at 2025-01-16 10:00; backlog B; now 2025-01-17 12:00"_s
        << u"points"_s << 10.0 << u"10 7 7 2 2 - - - - - - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 10 5 5 - - - - - - -"_s << u"2025-01-16 -B (5)"_s << u"2025-01-22"_s;

    QTest::newRow("card deleted")
        << kCards +
               u"at 2025-01-13 09:00; start S; at 2025-01-15 10:00; delete C; now 2025-01-15 12:00"_s
        << u"points"_s << 10.0 << u"10 10 8 - - - - - - - - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 8 - - - - - - - - -"_s << u"2025-01-15 -C (2)"_s << QString();

    QTest::newRow("re-estimate")
        << kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
                    "at 2025-01-15 14:00; points B 8; now 2025-01-16 12:00"_s
        << u"points"_s << 10.0 << u"10 7 10 10 - - - - - - - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 13 13 - - - - - - - -"_s << u"2025-01-15 B 5\u21928"_s << u"2025-01-30"_s;

    QTest::newRow("re-estimate, count mode")
        << kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
                    "at 2025-01-15 14:00; points B 8; now 2025-01-16 12:00"_s
        << u"cards"_s << 3.0 << u"3 2 2 2 - - - - - - - -"_s
        << u"2.7 2.4 2.1 1.8 1.5 1.5 1.5 1.2 0.9 0.6 0.3 0"_s << u"3 3 3 3 - - - - - - - -"_s
        << QString() << u"2025-01-24"_s;

    // A card moved out of done again raises remaining; it is not scope.
    QTest::newRow("re-open")
        << kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
                    "at 2025-01-16 11:00; move A progress; now 2025-01-16 18:00"_s
        << u"points"_s << 10.0 << u"10 7 7 10 - - - - - - - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 10 10 - - - - - - - -"_s << QString() << QString();

    // Committed counts every card in the sprint at the start, done ones included.
    QTest::newRow("card done before the start")
        << u"sprint S 2025-01-13 2025-01-24; at 2025-01-10 16:00; card A 3 done; card B 5; card C "
           u"2;"
           "at 2025-01-13 09:00; start S; at 2025-01-15 10:00; move B done; now 2025-01-15 20:00"_s
        << u"points"_s << 10.0 << u"7 7 2 - - - - - - - - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 10 - - - - - - - - -"_s << QString() << u"2025-01-16"_s;

    // Runs four days late; closing carries C to the backlog, which is not a scope change.
    QTest::newRow("closed after its end date")
        << kCards +
               u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
               "at 2025-01-27 10:00; move B done; at 2025-01-28 16:00; close S backlog; now 2025-01-30 12:00"_s
        << u"points"_s << 10.0 << u"10 7 7 7 7 7 7 7 7 7 7 7 7 7 2 2"_s
        << u"9 8 7 6 5 5 5 4 3 2 1 0 0 0 0 0"_s
        << u"10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10"_s << QString() << QString();

    // Europe/Berlin: A done at 23:59 on the 25th, B at 00:00 on the 26th (23:00 UTC on the 25th),
    // C at 00:30 on the 31st, the night after the switch to summer time (22:30 UTC on the 30th).
    QTest::newRow("local day boundaries and DST")
        << u"sprint S 2025-03-24 2025-04-04; at 2025-03-21 16:00; card A 3; card B 5; card C 2;"
           "at 2025-03-24 09:00; start S; at 2025-03-25 23:59; move A done; at 2025-03-26 00:00; "
           "move B done;"
           "at 2025-03-30 23:30; card D 1; at 2025-03-31 00:30; move C done; now 2025-03-31 12:00"_s
        << u"points"_s << 10.0 << u"10 7 2 2 2 2 3 1 - - - -"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 10 10 10 10 11 11 - - - -"_s << u"2025-03-30 +D (1)"_s << u"2025-04-01"_s;

    // Frozen at the close in the local zone: 00:30 on Tuesday the 21st is Monday evening in UTC.
    QTest::newRow("frozen report in the local zone")
        << kCards +
               u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; move B done;"
               "at 2025-01-21 00:30; move C done; at 2025-01-24 17:00; close S backlog; now 2025-01-27 09:00"_s
        << u"points"_s << 10.0 << u"10 2 2 2 2 2 2 2 0 0 0 0"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 10 10 10 10 10 10 10 10 10 10"_s << QString() << QString();

    QTest::newRow("empty sprint")
        << u"sprint S 2025-01-13 2025-01-24; at 2025-01-13 09:00; start S; now 2025-01-15 12:00"_s
        << u"points"_s << 0.0 << u"0 0 0 - - - - - - - - -"_s << u"0 0 0 0 0 0 0 0 0 0 0 0"_s
        << u"0 0 0 - - - - - - - - -"_s << QString() << QString();

    QTest::newRow("no points, count mode")
        << u"sprint S 2025-01-13 2025-01-24; at 2025-01-10 16:00; card A -; card B -; card C -; "
           u"card D -;"
           "at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; at 2025-01-15 10:00; "
           "move B done;"
           "now 2025-01-16 12:00"_s
        << u"cards"_s << 4.0 << u"4 3 2 2 - - - - - - - -"_s
        << u"3.6 3.2 2.8 2.4 2 2 2 1.6 1.2 0.8 0.4 0"_s << u"4 4 4 4 - - - - - - - -"_s << QString()
        << u"2025-01-21"_s;

    QTest::newRow("no points, points mode")
        << u"sprint S 2025-01-13 2025-01-24; at 2025-01-10 16:00; card A -; card B -;"
           "at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; now 2025-01-16 12:00"_s
        << u"points"_s << 0.0 << u"0 0 0 0 - - - - - - - -"_s << u"0 0 0 0 0 0 0 0 0 0 0 0"_s
        << u"0 0 0 0 - - - - - - - -"_s << QString() << QString();

    QTest::newRow("planned, not started")
        << kCards + u"now 2025-01-15 12:00"_s << u"points"_s << 10.0 << u"- - - - - - - - - - - -"_s
        << u"9 8 7 6 5 5 5 4 3 2 1 0"_s << u"- - - - - - - - - - - -"_s << QString() << QString();

    // Still open after its end, its last activity within its dates: drawn over its own dates,
    // not on to today, and no forecast once today lies past them.
    QTest::newRow("running past its end")
        << kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; at "
                    u"2025-01-21 10:00;"
                    "move B done; now 2025-01-27 09:00"_s
        << u"points"_s << 10.0 << u"10 7 7 7 7 7 7 7 2 2 2 2"_s << u"9 8 7 6 5 5 5 4 3 2 1 0"_s
        << u"10 10 10 10 10 10 10 10 10 10 10 10"_s << QString() << QString();

    // Work done after the end extends the chart to that day; the ideal is 0 after the end.
    QTest::newRow("activity after its end")
        << kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; at "
                    u"2025-01-27 10:00; move B done; now 2025-03-05 09:00"_s
        << u"points"_s << 10.0 << u"10 7 7 7 7 7 7 7 7 7 7 7 7 7 2"_s
        << u"9 8 7 6 5 5 5 4 3 2 1 0 0 0 0"_s << u"10 10 10 10 10 10 10 10 10 10 10 10 10 10 10"_s
        << QString() << QString();
}

void TestBurndown::drawnDays_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("drawnTo");
    QTest::addColumn<QString>("today");
    QTest::addColumn<QString>("forecast");
    QTest::addColumn<QString>("note");

    // S runs Monday 13 to Friday 24 January 2025; A (3 points) is done on the 14th.
    const QString started = kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; "
                                     u"move A done;"_s;
    QTest::newRow("planned, before its start")
        << kCards + u"now 2025-01-08 12:00"_s << u"2025-01-24"_s << QString() << QString()
        << u"No forecast: the sprint has not been started"_s;
    QTest::newRow("started early, before its first day")
        << kCards + u"at 2025-01-10 16:30; start S; now 2025-01-10 17:00"_s << u"2025-01-24"_s
        << QString() << QString() << u"No forecast: the sprint starts on 13 Jan 2025"_s;
    QTest::newRow("first day, no working day passed")
        << kCards + u"at 2025-01-13 09:00; start S; at 2025-01-13 11:00; move A done;"
                    "now 2025-01-13 15:00"_s
        << u"2025-01-24"_s << u"2025-01-13"_s << QString()
        << u"No forecast: no working day has passed yet"_s;
    // 3 points in 3 working days: 1 a day, 7 left on Thursday 16 -> Monday 27.
    QTest::newRow("within its dates") << started + u"now 2025-01-16 12:00"_s << u"2025-01-24"_s
                                      << u"2025-01-16"_s << u"2025-01-27"_s << QString();
    // Nothing completed on Friday 17, Monday 20 or Tuesday 21.
    QTest::newRow("within, no recent progress")
        << started + u"now 2025-01-22 12:00"_s << u"2025-01-24"_s << u"2025-01-22"_s << QString()
        << u"No forecast: no progress in the last 3 working days"_s;
    // 8 points in 9 working days, 2 left on Friday 24 -> Wednesday 29.
    QTest::newRow("last day") << started +
                                     u"at 2025-01-23 10:00; move B done; now 2025-01-24 23:00"_s
                              << u"2025-01-24"_s << u"2025-01-24"_s << u"2025-01-29"_s << QString();
    QTest::newRow("just after its end")
        << started + u"now 2025-01-25 08:00"_s << u"2025-01-24"_s << QString() << QString()
        << u"No forecast: the sprint ended on 24 Jan 2025"_s;
    QTest::newRow("long after its end")
        << started + u"now 2027-05-03 12:00"_s << u"2025-01-24"_s << QString() << QString()
        << u"No forecast: the sprint ended on 24 Jan 2025"_s;
    QTest::newRow("late activity, long after")
        << started + u"at 2025-01-29 10:00; move B done; now 2027-05-03 12:00"_s << u"2025-01-29"_s
        << QString() << QString() << u"No forecast: the sprint ended on 24 Jan 2025"_s;
    // Work today keeps today drawn: 8 points in 12 working days, 2 left -> Monday 3 February.
    QTest::newRow("late activity today")
        << started + u"at 2025-01-29 10:00; move B done; now 2025-01-29 18:00"_s << u"2025-01-29"_s
        << u"2025-01-29"_s << u"2025-02-03"_s << QString();
    // A card that left the sprint is no activity of it.
    QTest::newRow("activity after leaving the sprint")
        << started + u"at 2025-01-22 10:00; backlog C; at 2025-02-04 10:00; move C done;"
                     "now 2025-03-01 12:00"_s
        << u"2025-01-24"_s << QString() << QString()
        << u"No forecast: the sprint ended on 24 Jan 2025"_s;
    QTest::newRow("closed on its last day, long after")
        << started + u"at 2025-01-24 17:00; close S backlog; now 2027-05-03 12:00"_s
        << u"2025-01-24"_s << QString() << QString()
        << u"No forecast: the sprint was closed on 24 Jan 2025"_s;
    QTest::newRow("closed late")
        << started + u"at 2025-01-28 16:00; close S backlog; now 2025-01-28 17:00"_s
        << u"2025-01-28"_s << QString() << QString()
        << u"No forecast: the sprint was closed on 28 Jan 2025"_s;
    QTest::newRow("empty")
        << u"sprint S 2025-01-13 2025-01-24; at 2025-01-13 09:00; start S; now 2025-01-15 12:00"_s
        << u"2025-01-24"_s << u"2025-01-15"_s << QString()
        << u"No forecast: the sprint holds no work"_s;
}

void TestBurndown::drawnDays()
{
    QFETCH(QString, script);
    QFETCH(QString, drawnTo);
    QFETCH(QString, today);
    QFETCH(QString, forecast);
    QFETCH(QString, note);

    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([locale] { QLocale::setDefault(locale); });
    SprintScript s;
    QVERIFY2(s.run(script), qPrintable(s.error()));
    const SprintSeries series = s.series();
    QCOMPARE(series.days.constFirst().date, QDate(2025, 1, 13));
    QCOMPARE(series.days.constLast().date.toString(Qt::ISODate), drawnTo);
    const Burndown b = SprintDeck::burndown(series, ChartUnit::Points);
    QCOMPARE(b.today ? b.today->toString(Qt::ISODate) : QString(), today);
    QCOMPARE(b.forecast ? b.forecast->toString(Qt::ISODate) : QString(), forecast);
    QCOMPARE(b.noForecast == NoForecast::None, !forecast.isEmpty());
    QCOMPARE(noForecastNote(b), note);
}

void TestBurndown::burndown()
{
    QFETCH(QString, script);
    QFETCH(QString, unit);
    QFETCH(double, committed);
    QFETCH(QString, remaining);
    QFETCH(QString, ideal);
    QFETCH(QString, scope);
    QFETCH(QString, changes);
    QFETCH(QString, forecast);

    SprintScript s;
    QVERIFY2(s.run(script), qPrintable(s.error()));
    const ChartUnit u = *parseChartUnit(unit);
    const Burndown b = SprintDeck::burndown(s.series(), u);

    QCOMPARE(b.committed, committed);
    QList<std::optional<double>> actualRemaining, actualIdeal, actualScope;
    QStringList actualChanges;
    for (const BurndownPoint &p : b.days) {
        actualRemaining.append(p.remaining);
        actualIdeal.append(p.ideal);
        actualScope.append(p.scope);
        for (const ScopeChange &c : p.changes)
            actualChanges.append(p.date.toString(Qt::ISODate) + u' ' + describeScopeChange(c, u));
        // The day's net change is the sum of its listed changes.
        double sum = 0;
        for (const ScopeChange &c : p.changes)
            sum += c.delta.in(u);
        QCOMPARE(p.scopeChange, sum);
    }
    COMPARE_NUMBERS(actualRemaining, remaining);
    COMPARE_NUMBERS(actualIdeal, ideal);
    COMPARE_NUMBERS(actualScope, scope);
    QCOMPARE(actualChanges.join(u'|'), changes);
    QCOMPARE(b.forecast ? b.forecast->toString(Qt::ISODate) : QString(), forecast);
    // The burndown starts at committed minus what was done before the start.
    if (b.remainingAtStart && !b.days.isEmpty() && b.days.first().remaining &&
        b.scopeChanges.isEmpty())
        QVERIFY(*b.remainingAtStart >= *b.days.first().remaining);
}

void TestBurndown::reportSaysWhyThereIsNoForecast()
{
    // A sprint of 2025 never closed, reported on today's date (years after).
    SprintScript s;
    QVERIFY2(s.run(kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done"_s),
             qPrintable(s.error()));
    s.closeBoard();
    CliResult r = runCli(s.path(), {u"report"_s, u"burndown"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"days"_s).toArray().size(), 12);
    QCOMPARE(json.value(u"days"_s).toArray().last().toObject().value(u"date"_s).toString(),
             u"2025-01-24"_s);
    QVERIFY(json.value(u"today"_s).isNull());
    QVERIFY(json.value(u"forecast"_s).isNull());
    QVERIFY2(
        json.value(u"no_forecast"_s).toString().startsWith(u"No forecast: the sprint ended on "_s),
        qPrintable(json.value(u"no_forecast"_s).toString()));

    r = runCli(s.path(), {u"report"_s, u"burndown"_s, u"--format"_s, u"md"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"remaining 7 \u00b7 No forecast: the sprint ended on "_s),
             qPrintable(r.out));
}

void TestBurndown::tickStep_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("labelWidth");
    QTest::addColumn<int>("step");

    QTest::newRow("two weeks, wide") << 12 << 600.0 << 20.0 << 1;
    QTest::newRow("two weeks, narrow") << 12 << 120.0 << 20.0 << 2;
    QTest::newRow("a month, narrow: weekly") << 30 << 300.0 << 30.0 << 7;
    QTest::newRow("just fits") << 10 << 200.0 << 20.0 << 1;
    QTest::newRow("just does not fit") << 10 << 199.0 << 20.0 << 2;
    QTest::newRow("two years") << 730 << 800.0 << 40.0 << 56;
    QTest::newRow("ten years on a stamp: yearly") << 3660 << 100.0 << 50.0 << 364;
    QTest::newRow("one day") << 1 << 10.0 << 50.0 << 1;
    QTest::newRow("not laid out yet") << 30 << 0.0 << 30.0 << 1;
}

void TestBurndown::tickStep()
{
    QFETCH(int, days);
    QFETCH(double, width);
    QFETCH(double, labelWidth);
    QFETCH(int, step);
    QCOMPARE(DateAxis::tickStep(days, width, labelWidth), step);
    // Labels of that step never overlap (when any step can keep them apart).
    if (width > 0 && days > 1 && step < 364)
        QVERIFY(step * width / days >= labelWidth);
}

void TestBurndown::axisCaption_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("caption");

    QTest::newRow("one month") << QDate(2025, 3, 3) << QDate(2025, 3, 14) << u"March 2025"_s;
    QTest::newRow("two months") << QDate(2025, 3, 24) << QDate(2025, 4, 4)
                                << u"March \u2013 April 2025"_s;
    QTest::newRow("across a year boundary")
        << QDate(2025, 12, 15) << QDate(2026, 1, 9) << u"Dec 2025 \u2013 Jan 2026"_s;
    QTest::newRow("one day") << QDate(2025, 11, 12) << QDate(2025, 11, 12) << u"November 2025"_s;
}

void TestBurndown::axisCaption()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, caption);
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([locale] { QLocale::setDefault(locale); });
    QCOMPARE(DateAxis::caption(first, last), caption);
}

void TestBurndown::burnup()
{
    SprintScript s;
    QVERIFY2(
        s.run(kCards +
              u"card E 3 backlog; at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done;"
              "at 2025-01-15 11:00; card D 5; at 2025-01-16 09:30; plan S E; at 2025-01-16 15:00;"
              "move D done; now 2025-01-17 18:00"_s),
        qPrintable(s.error()));
    const Burnup up = SprintDeck::burnup(s.series(), ChartUnit::Points);
    QCOMPARE(up.committed, 10.0);
    QCOMPARE(up.completedAtStart, 0.0);
    QList<std::optional<double>> scope, completed, ideal;
    for (const BurnupPoint &p : up.days) {
        scope.append(p.scope);
        completed.append(p.completed);
        ideal.append(p.ideal);
    }
    COMPARE_NUMBERS(scope, u"10 10 15 18 18 - - - - - - -"_s);
    COMPARE_NUMBERS(completed, u"0 3 3 8 8 - - - - - - -"_s);
    COMPARE_NUMBERS(ideal, u"1 2 3 4 5 5 5 6 7 8 9 10"_s);
    QCOMPARE(up.scopeChanges.size(), 2);
}

void TestBurndown::cumulativeFlow_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected"); // per day: To Do, In Progress, Review, Done
    QTest::newRow("cards") << u"cards"_s << u"2 1 0 0|1 1 0 1|0 1 1 1"_s;
    QTest::newRow("points") << u"points"_s << u"7 3 0 0|2 5 0 3|0 5 2 3"_s;
}

void TestBurndown::cumulativeFlow()
{
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    SprintScript s;
    QVERIFY2(
        s.run(
            kCards +
            u"at 2025-01-13 09:00; start S; at 2025-01-13 11:00; move A progress;"
            "at 2025-01-14 10:00; move A done; move B progress; at 2025-01-15 10:00; move C review;"
            "now 2025-01-15 20:00"_s),
        qPrintable(s.error()));
    const CumulativeFlow flow = SprintDeck::cumulativeFlow(s.series(), *parseChartUnit(unit));
    QCOMPARE(flow.columns.size(), 4);
    QCOMPARE(flow.columns.at(3).name, u"Done"_s);
    QCOMPARE(flow.dates, (QList<QDate>{{2025, 1, 13}, {2025, 1, 14}, {2025, 1, 15}}));
    QStringList days;
    for (const QList<double> &day : flow.values) {
        QStringList v;
        for (double x : day)
            v.append(QString::number(x));
        days.append(v.join(u' '));
    }
    QCOMPARE(days.join(u'|'), expected);
}

void TestBurndown::progressByPriority_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected"); // priority:total/completed/remaining
    QTest::addColumn<int>("percent");
    // The sample daily status of Sprint 4: day 1 and day 2.
    QTest::newRow("day 1") << u"2025-01-13"_s
                           << u"P1:20/16/4 P2:29/0/29 P3:21/0/21 P4:10/0/10 Total:80/16/64"_s << 20;
    QTest::newRow("day 2") << u"2025-01-14"_s
                           << u"P1:20/20/0 P2:29/8/21 P3:21/0/21 P4:10/0/10 Total:80/28/52"_s << 35;
    QTest::newRow("latest") << QString()
                            << u"P1:20/20/0 P2:29/8/21 P3:21/0/21 P4:10/0/10 Total:80/28/52"_s
                            << 35;
}

void TestBurndown::progressByPriority()
{
    QFETCH(QString, date);
    QFETCH(QString, expected);
    QFETCH(int, percent);
    SprintScript s;
    QVERIFY2(
        s.run(u"sprint S 2025-01-13 2025-01-24; at 2025-01-10 16:00;"
              "card FIX-001 8 P1; card FIX-002 8 P1; card FIX-003 4 P1;"
              "card STORY-013 8 P2; card STORY-012 5 P2; card STORY-014 8 P2; card STORY-015 8 P2;"
              "card STORY-016 8 P3; card STORY-017 8 P3; card STORY-018 5 P3;"
              "card TASK-040 5 P4; card TASK-041 5 P4;"
              "at 2025-01-13 09:00; start S; at 2025-01-13 14:00; move FIX-001 done; move FIX-002 "
              "done;"
              "move FIX-003 progress; at 2025-01-14 11:00; move FIX-003 done; at 2025-01-14 16:00;"
              "move STORY-013 done; now 2025-01-15 09:00"_s),
        qPrintable(s.error()));
    const PriorityProgress p = SprintDeck::progressByPriority(s.series(), ChartUnit::Points,
                                                              QDate::fromString(date, Qt::ISODate));
    QStringList rows;
    for (const PriorityProgressRow &r : p.rows)
        rows.append(u"%1:%2/%3/%4"_s.arg(priorityName(*r.priority))
                        .arg(r.total)
                        .arg(r.completed)
                        .arg(r.remaining));
    rows.append(
        u"Total:%1/%2/%3"_s.arg(p.total.total).arg(p.total.completed).arg(p.total.remaining));
    QCOMPARE(rows.join(u' '), expected);
    QCOMPARE(p.percentComplete(), percent);
    QVERIFY(!p.total.priority);
}

void TestBurndown::velocity()
{
    SprintScript s;
    QVERIFY2(
        s.run(
            u"sprint S1 2025-01-06 2025-01-10; sprint S2 2025-01-13 2025-01-17; sprint S3 "
            u"2025-01-20 2025-01-24;"
            "sprint S4 2025-01-27 2025-01-31;"
            "at 2025-01-03 10:00; card A 3; card B 5; card C 8 in=S2; card D 2 in=S2; card E 5 "
            "in=S3;"
            "card F 1 in=S3; card G 1 in=S3;"
            "at 2025-01-06 09:00; start S1; at 2025-01-07 10:00; move A done; at 2025-01-10 17:00; "
            "close S1 S2;"
            "at 2025-01-13 09:00; start S2; at 2025-01-14 10:00; move B done; move C done;"
            "at 2025-01-16 10:00; move D done; at 2025-01-17 17:00; close S2 S3;"
            "at 2025-01-20 09:00; start S3; at 2025-01-21 09:00; card H 2 in=S3; at 2025-01-22 "
            "10:00;"
            "move E done; move H done; at 2025-01-24 17:00; close S3 backlog; now 2025-01-27 09:00"_s),
        qPrintable(s.error()));
    // S1: committed 8 (A, B), done 3; B carried over. S2: 5 + 8 + 2 = 15, all done.
    // S3: 5 + 1 + 1 = 7 committed, H (2) added, E and H done: 7.
    auto v = s.analytics().velocity(ChartUnit::Points, 6);
    QVERIFY2(v, qPrintable(v.error()));
    QCOMPARE(v->rows.size(), 3);
    QCOMPARE(v->rows.at(0).name, u"S1"_s);
    QCOMPARE(v->rows.at(0).committed, 8.0);
    QCOMPARE(v->rows.at(0).completed, 3.0);
    QCOMPARE(v->rows.at(1).committed, 15.0);
    QCOMPARE(v->rows.at(1).completed, 15.0);
    QCOMPARE(v->rows.at(2).committed, 7.0);
    QCOMPARE(v->rows.at(2).completed, 7.0);
    QCOMPARE(v->averageCompleted, 25.0 / 3);
    QCOMPARE(v->averageCommitted, 30.0 / 3);

    auto lastTwo = s.analytics().velocity(ChartUnit::Cards, 2);
    QVERIFY(lastTwo);
    QCOMPARE(lastTwo->rows.size(), 2);
    QCOMPARE(lastTwo->rows.at(0).name, u"S2"_s);
    QCOMPARE(lastTwo->rows.at(0).committed, 3.0); // B, C, D
    QCOMPARE(lastTwo->rows.at(1).completed, 2.0); // E, H
    QCOMPARE(lastTwo->averageCompleted, 2.5);

    // The pure function picks the latest sprints by end date, whatever the input order.
    QList<VelocityEntry> entries{{3, u"c"_s, {2025, 3, 1}, {2025, 3, 14}, {10, 2}, {6, 1}},
                                 {1, u"a"_s, {2025, 2, 1}, {2025, 2, 14}, {4, 1}, {2, 1}},
                                 {2, u"b"_s, {2025, 2, 15}, {2025, 2, 28}, {8, 2}, {8, 2}}};
    const Velocity pure = computeVelocity(entries, ChartUnit::Points, 2);
    QCOMPARE(pure.rows.size(), 2);
    QCOMPARE(pure.rows.at(0).name, u"b"_s);
    QCOMPARE(pure.averageCompleted, 7.0);
    QCOMPARE(computeVelocity({}, ChartUnit::Points).averageCompleted, 0.0);
}

void TestBurndown::pureFunctionMatchesBoard()
{
    SprintScript s;
    QVERIFY(s.run(
        kCards +
        u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; now 2025-01-15 12:00"_s));
    // The events given in any order give the same series.
    auto events = s.analytics().sprintEvents(s.sprintId(u"S"_s));
    QVERIFY(events);
    SprintChartInput input{*s.board().sprint(s.sprintId(u"S"_s)), events.value(),
                           s.board().columns(), s.now(), s.zone()};
    const SprintSeries ordered = computeSprintSeries(input);
    std::reverse(input.events.begin(), input.events.end());
    std::stable_sort(input.events.begin(), input.events.end(),
                     [](const Event &a, const Event &b) { return a.cardId > b.cardId; });
    QCOMPARE(computeSprintSeries(input), ordered);
    QCOMPARE(ordered, s.series());

    // The cache tops up after a change, and agrees with a fresh read.
    QVERIFY(s.run(u"at 2025-01-15 10:00; move B done; card X 4"_s));
    SprintAnalytics fresh(s.board());
    fresh.setTimeZone(s.zone());
    QCOMPARE(s.series(), fresh.series(s.sprintId(u"S"_s), s.now()).value());
    QCOMPARE(s.series().days.at(2).remaining().points, 6.0); // C 2 and X 4

    // Moves, estimates and a re-open of the sprint's cards are parsed on top of the kept
    // history (no card joins): after each, the series agrees with a fresh read.
    const QStringList changes{u"at 2025-01-15 11:00; move C progress"_s,
                              u"at 2025-01-15 11:20; points C 5"_s,
                              u"at 2025-01-15 11:40; move A progress"_s,
                              u"at 2025-01-15 11:50; move C done; move X done"_s};
    for (const QString &change : changes) {
        QVERIFY2(s.run(change), qPrintable(change));
        SprintAnalytics again(s.board());
        again.setTimeZone(s.zone());
        QCOMPARE(s.series(), again.series(s.sprintId(u"S"_s), s.now()).value());
    }
    QCOMPARE(s.series().days.at(2).remaining().points, 3.0); // A re-opened
}

void TestBurndown::resumedSeriesMatchesFullReplay()
{
    SprintScript s;
    QVERIFY(s.run(kCards + u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done"_s));
    const qint64 id = s.sprintId(u"S"_s);
    SprintSeriesCheckpoint checkpoint;
    std::unique_ptr<SprintHistory> history;
    qsizetype parsed = 0;
    // The series computed as the charts do (kept history, resumed replay) equals a full replay.
    auto check = [&](const QString &date, const QString &time, bool resumes) {
        auto events = s.analytics().sprintEvents(id);
        QVERIFY(events);
        const QList<Column> columns = s.board().columns();
        if (history && !history->append(events->mid(parsed)))
            history.reset();
        if (!history)
            history = std::make_unique<SprintHistory>(id, events.value(), columns);
        parsed = events->size();
        SprintChartInput input{*s.board().sprint(id), events.value(), columns, s.local(date, time),
                               s.zone()};
        const SprintSeries full = computeSprintSeries(input);
        input.history = history.get();
        const SprintSeries resumed = computeSprintSeries(input, &checkpoint);
        QCOMPARE(checkpoint.resumed(), resumes);
        QCOMPARE(resumed, full);
    };
    check(u"2025-01-15"_s, u"12:00"_s, false); // nothing kept yet
    check(u"2025-01-15"_s, u"12:00"_s, true);
    QVERIFY(s.run(u"at 2025-01-15 13:00; move B done"_s));
    check(u"2025-01-15"_s, u"14:00"_s, true); // a move today replays today only
    check(u"2025-01-17"_s, u"09:00"_s, true); // a new day: resumes, then keeps the 17th
    QVERIFY(s.run(u"at 2025-01-16 10:00; move C done"_s));
    check(u"2025-01-17"_s, u"10:00"_s, false); // dated before today: replayed from the start
    QVERIFY(s.run(u"at 2025-01-17 11:00; points C 8; move C progress"_s));
    check(u"2025-01-17"_s, u"12:00"_s, true);
    QVERIFY(s.run(u"at 2025-01-17 12:30; card Y 3"_s)); // a card joins the sprint
    check(u"2025-01-17"_s, u"13:00"_s, true);
    QVERIFY(s.run(u"at 2025-01-17 12:40; move A progress"_s)); // a re-open is scope, not done
    check(u"2025-01-17"_s, u"13:00"_s, true);
    QVERIFY(s.run(u"at 2025-01-16 09:00; move B progress"_s)); // before the last event
    check(u"2025-01-17"_s, u"14:00"_s, false);
    QCOMPARE(
        computeSprintSeries({*s.board().sprint(id), s.analytics().sprintEvents(id).value(),
                             s.board().columns(), s.local(u"2025-01-17"_s, u"14:00"_s), s.zone()})
            .days.at(4)
            .remaining()
            .points,
        8.0 + 5 + 3 + 3); // C re-estimated, B, Y and A re-opened
}

void TestBurndown::frozenReportRoundTrip()
{
    SprintScript s;
    QVERIFY(s.run(
        kCards +
        u"at 2025-01-13 09:00; start S; at 2025-01-14 10:00; move A done; at 2025-01-15 11:00;"
        "card D 5; points B 8; now 2025-01-16 12:00"_s));
    const SprintSeries live = s.series();
    auto back = sprintSeriesFromJson(sprintSeriesToJson(live));
    QVERIFY2(back, qPrintable(back.error()));
    QVERIFY(back->frozen);
    SprintSeries expected = live;
    expected.frozen = true;
    QCOMPARE(back.value(), expected);
    QVERIFY(!sprintSeriesFromJson(QJsonObject{{u"version"_s, 99}}));
}

void TestBurndown::unitNames()
{
    QCOMPARE(parseChartUnit(u"Points"), ChartUnit::Points);
    QCOMPARE(parseChartUnit(u"cards"), ChartUnit::Cards);
    QVERIFY(!parseChartUnit(u"hours"));
    QCOMPARE(chartUnitName(ChartUnit::Cards), u"cards"_s);
}

QTEST_GUILESS_MAIN(TestBurndown)
#include "tst_burndown.moc"

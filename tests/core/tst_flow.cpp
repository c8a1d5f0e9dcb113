#include "core/analytics/flow.h"
#include "core/analytics/forecast.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// The board: To Do (first), In Progress, Review, Done.
Column column(qint64 id, const QString &name, bool done = false)
{
    Column c;
    c.id = id;
    c.name = name;
    c.done = done;
    return c;
}

const QList<Column> kColumns = {column(1, u"To Do"_s), column(2, u"In Progress"_s),
                                column(3, u"Review"_s), column(4, u"Done"_s, true)};

FlowFilter between(QDate from, QDate to)
{
    FlowFilter filter;
    filter.from = from;
    filter.to = to;
    return filter;
}

MonteCarloInput simulation(const QList<double> &samples, QDate firstDay, int trials = 10000)
{
    MonteCarloInput input;
    input.samples = samples;
    input.firstDay = firstDay;
    input.trials = trials;
    return input;
}

/** Local time in Berlin on a day of March 2025 (3 March was a Monday). */
QDateTime march(int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, minute), kBerlin).toUTC();
}

/** Writes a card's events the way the Board records them. */
class History
{
public:
    History &create(qint64 card, const QDateTime &at, qint64 column = 1, double points = -1)
    {
        m_events.append({0, card, at, Event::Kind::Created, QString(), u"SD-%1"_s.arg(card)});
        m_events.append({0, card, at, Event::Kind::Moved, QString(), QString::number(column)});
        m_events.append({0, card, at, Event::Kind::Title, QString(), u"Card %1"_s.arg(card)});
        if (points >= 0)
            m_events.append({0, card, at, Event::Kind::Points, QString(), formatPoints(points)});
        m_column[card] = column;
        return *this;
    }
    History &move(qint64 card, const QDateTime &at, qint64 column)
    {
        m_events.append({0, card, at, Event::Kind::Moved, QString::number(m_column[card]),
                         QString::number(column)});
        m_column[card] = column;
        return *this;
    }
    History &field(qint64 card, const QDateTime &at, Event::Kind kind, const QString &value)
    {
        m_events.append({0, card, at, kind, QString(), value});
        return *this;
    }
    History &remove(qint64 card, const QDateTime &at)
    {
        m_events.append({0, card, at, Event::Kind::Deleted, QString(), QString()});
        return *this;
    }
    QList<CardFlow> flows() const { return computeCardFlows(m_events, kColumns, kBerlin); }
    const QList<Event> &events() const { return m_events; }

private:
    QList<Event> m_events;
    QHash<qint64, qint64> m_column;
};

/** The n-th working day (Monday to Friday) from `from`, counting `from` as the first. */
QDate nthWeekday(QDate from, int n)
{
    QDate d = from.addDays(-1);
    while (n > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --n;
    }
    return d;
}

} // namespace

class TestFlow : public QObject
{
    Q_OBJECT

private slots:
    // --- cycle and lead time ------------------------------------------------------------------

    void cycleTime_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::addColumn<int>("cycle"); // 0: not done
        QTest::addColumn<int>("lead");
        QTest::addColumn<QDate>("doneDay");
        QTest::addColumn<QDate>("startDay");

        QTest::newRow("through every column") << History()
                                                     .create(1, march(3, 9))
                                                     .move(1, march(4), 2)
                                                     .move(1, march(5), 3)
                                                     .move(1, march(6, 16), 4)
                                                     .events()
                                              << 3 << 4 << QDate(2025, 3, 6) << QDate(2025, 3, 4);
        QTest::newRow("re-opened: counted to its last arrival in done")
            << History()
                   .create(1, march(3, 9))
                   .move(1, march(3, 11), 2)
                   .move(1, march(5), 4)
                   .move(1, march(6), 2)
                   .move(1, march(10), 4)
                   .events()
            << 8 << 8 << QDate(2025, 3, 10) << QDate(2025, 3, 3);
        QTest::newRow("re-opened and not done again") << History()
                                                             .create(1, march(3, 9))
                                                             .move(1, march(4), 2)
                                                             .move(1, march(5), 4)
                                                             .move(1, march(6), 3)
                                                             .events()
                                                      << 0 << 0 << QDate() << QDate(2025, 3, 4);
        QTest::newRow("skipped columns: To Do straight to Done")
            << History().create(1, march(3, 9)).move(1, march(5), 4).events() << 1 << 3
            << QDate(2025, 3, 5) << QDate(2025, 3, 5);
        QTest::newRow("over a weekend: calendar days")
            << History()
                   .create(1, march(6))
                   .move(1, march(7, 9), 2)
                   .move(1, march(10, 17), 4)
                   .events()
            << 4 << 5 << QDate(2025, 3, 10) << QDate(2025, 3, 7);
        QTest::newRow("moved back to the first column: started at the first move out")
            << History()
                   .create(1, march(3, 9))
                   .move(1, march(3, 10), 2)
                   .move(1, march(4), 1)
                   .move(1, march(6), 2)
                   .move(1, march(7), 4)
                   .events()
            << 5 << 5 << QDate(2025, 3, 7) << QDate(2025, 3, 3);
        QTest::newRow("created directly in Done") << History().create(1, march(5), 4).events() << 1
                                                  << 1 << QDate(2025, 3, 5) << QDate(2025, 3, 5);
        QTest::newRow("created in progress: started when created")
            << History().create(1, march(3), 2).move(1, march(4), 4).events() << 2 << 2
            << QDate(2025, 3, 4) << QDate(2025, 3, 3);
        QTest::newRow("done late in the evening: the local day")
            << History()
                   .create(1, march(3, 9))
                   .move(1, march(3, 9, 30), 2)
                   .move(1, march(4, 23, 30), 4)
                   .events()
            << 2 << 2 << QDate(2025, 3, 4) << QDate(2025, 3, 3);
        QTest::newRow("never started")
            << History().create(1, march(3, 9)).events() << 0 << 0 << QDate() << QDate();
    }

    void cycleTime()
    {
        QFETCH(QList<Event>, events);
        QFETCH(int, cycle);
        QFETCH(int, lead);
        QFETCH(QDate, doneDay);
        QFETCH(QDate, startDay);
        const QList<CardFlow> flows = computeCardFlows(events, kColumns, kBerlin);
        QCOMPARE(flows.size(), 1);
        const CardFlow &flow = flows.constFirst();
        QCOMPARE(flow.isDone(), cycle > 0);
        QCOMPARE(flow.cycleDays(), cycle);
        QCOMPARE(flow.leadDays(), lead);
        QCOMPARE(flow.doneDay, doneDay);
        QCOMPARE(flow.startDay, startDay);

        // The events in another order (as a sync may deliver them) give the same flow.
        QList<Event> reversed(events.crbegin(), events.crend());
        std::stable_sort(reversed.begin(), reversed.end(),
                         [](const Event &a, const Event &b) { return a.at < b.at; });
        QCOMPARE(computeCardFlows(reversed, kColumns, kBerlin).constFirst().cycleDays(), cycle);
    }

    void deletedCardsAreLeftOut()
    {
        History h;
        h.create(1, march(3)).move(1, march(4), 4).create(2, march(3)).move(2, march(4), 4);
        h.remove(2, march(5));
        const QList<CardFlow> flows = h.flows();
        QCOMPARE(flows.size(), 1);
        QCOMPARE(flows.constFirst().cardId, 1);
    }

    void replayTopsUp()
    {
        History h;
        h.create(1, march(3)).move(1, march(4), 2).create(2, march(4)).move(1, march(5), 4);
        h.move(2, march(6), 2).move(2, march(7), 4).move(1, march(7), 3);
        const QList<Event> &all = h.events();
        CardFlowReplay replay(kColumns, kBerlin);
        QVERIFY(replay.apply(all.mid(0, 5)));
        QVERIFY(replay.apply(all.mid(5)));
        const QList<CardFlow> topped = replay.flows(), whole = h.flows();
        QCOMPARE(topped.size(), whole.size());
        for (int i = 0; i < whole.size(); ++i) {
            QCOMPARE(topped.at(i).done, whole.at(i).done);
            QCOMPARE(topped.at(i).started, whole.at(i).started);
            QCOMPARE(topped.at(i).columnId, whole.at(i).columnId);
        }
        // An event dated before the ones applied (an import of an old document) is refused.
        QVERIFY(!replay.apply(QList<Event>{{0, 3, march(1), Event::Kind::Created, {}, u"SD-3"_s}}));
        QCOMPARE(replay.flows().size(), 2);
    }

    void fieldsFollowTheLastValue()
    {
        History h;
        h.create(1, march(3), 1, 3).field(1, march(4), Event::Kind::Points, u"5"_s);
        h.field(1, march(4), Event::Kind::Type, u"bug"_s);
        h.field(1, march(4), Event::Kind::Labels, u"ui,api"_s);
        h.field(1, march(4), Event::Kind::Assignee, u"7"_s);
        h.field(1, march(4), Event::Kind::Sprint, u"2"_s);
        const CardFlow flow = h.flows().constFirst();
        QCOMPARE(flow.points, 5.0);
        QCOMPARE(flow.type, CardType::Bug);
        QCOMPARE(flow.labels, QStringList({u"ui"_s, u"api"_s}));
        QCOMPARE(flow.assigneeId, 7);
        QCOMPARE(flow.sprintId, 2);
        QCOMPARE(flow.key, u"SD-1"_s);
        QCOMPARE(flow.title, u"Card 1"_s);
    }

    // --- percentiles ---------------------------------------------------------------------------

    void percentiles_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QList<int>{} << 85.0 << 0;
        QTest::newRow("one value") << QList<int>{5} << 50.0 << 5;
        QTest::newRow("4 values, p50: rank 2") << QList<int>{4, 1, 3, 2} << 50.0 << 2;
        QTest::newRow("4 values, p70: rank 3 (2.8 up)") << QList<int>{4, 1, 3, 2} << 70.0 << 3;
        QTest::newRow("4 values, p85: rank 4 (3.4 up)") << QList<int>{4, 1, 3, 2} << 85.0 << 4;
        QTest::newRow("10 values, p50: rank 5")
            << QList<int>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 50.0 << 5;
        QTest::newRow("10 values, p85: rank 9 (8.5 up)")
            << QList<int>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 85.0 << 9;
        QTest::newRow("10 values, p95: rank 10")
            << QList<int>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 95.0 << 10;
        QTest::newRow("ties") << QList<int>{2, 2, 2, 9} << 70.0 << 2;
        QTest::newRow("20 values, p95: rank 19")
            << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
            << 95.0 << 19;
    }

    void percentiles()
    {
        QFETCH(QList<int>, values);
        QFETCH(double, p);
        QFETCH(int, expected);
        QCOMPARE(percentile(values, p), expected);
    }

    void scatterFiltersAndPercentiles()
    {
        History h;
        // Cycle times 1..10 days, all done on 14 March; card 11 is a bug, card 12 outside the
        // range.
        for (int i = 1; i <= 10; ++i)
            h.create(i, march(1)).move(i, march(15 - i), 2).move(i, march(14), 4);
        h.create(11, march(1)).field(11, march(1), Event::Kind::Type, u"bug"_s);
        h.move(11, march(13), 2).move(11, march(14), 4);
        h.create(12, march(1)).move(12, march(2), 2).move(12, march(20), 4);
        const QList<CardFlow> flows = h.flows();

        FlowFilter march14 = between(QDate(2025, 3, 14), QDate(2025, 3, 14));
        march14.type = CardType::Story;
        const CycleTimes times = cycleTimes(flows, march14);
        QCOMPARE(times.points.size(), 10);
        QCOMPARE(times.p50, 5);
        QCOMPARE(times.p70, 7);
        QCOMPARE(times.p85, 9);
        QCOMPARE(times.p95, 10);
        QCOMPARE(times.leadP50, 14);

        march14.type = CardType::Bug;
        QCOMPARE(cycleTimes(flows, march14).points.size(), 1);
        QCOMPARE(cycleTimes(flows, march14).p85, 2);
        QCOMPARE(cycleTimes(flows, FlowFilter{}).points.size(), 12);
    }

    // --- throughput and ageing work --------------------------------------------------------------

    void throughputPerDayAndWeek()
    {
        History h;
        h.create(1, march(3), 1, 3).move(1, march(4), 4);
        h.create(2, march(3), 1, 5).move(2, march(4), 4);
        h.create(3, march(3)).move(3, march(8), 4); // a Saturday
        h.create(4, march(3), 1, 2).move(4, march(11), 4);
        const Throughput t =
            throughput(h.flows(), between(QDate(2025, 3, 3), QDate(2025, 3, 14)), WorkCalendar{});
        QCOMPARE(t.days.size(), 12);
        QCOMPARE(t.days.at(1).items, 2);
        QCOMPARE(t.days.at(1).points, 8.0);
        QCOMPARE(t.days.at(5).items, 1);
        QVERIFY(!t.days.at(5).workingDay);
        QCOMPARE(t.weeks.size(), 2);
        QCOMPARE(t.weeks.at(0).monday, QDate(2025, 3, 3));
        QCOMPARE(t.weeks.at(0).items, 3);
        QCOMPARE(t.weeks.at(1).items, 1);
        QCOMPARE(t.weeks.at(1).points, 2.0);
        QCOMPARE(t.itemsPerWorkingDay, 0.4); // 4 items in 10 working days
        QCOMPARE(t.pointsPerWorkingDay, 1.0);
    }

    void ageingWorkAgainstPercentiles()
    {
        History h;
        for (int i = 1; i <= 10; ++i) // cycle times 1..10: p85 = 9
            h.create(i, march(1)).move(i, march(15 - i), 2).move(i, march(14), 4);
        h.create(20, march(1)).move(20, march(3), 2);  // 12 days old on the 14th
        h.create(21, march(1)).move(21, march(12), 3); // 3 days, in Review
        h.create(22, march(1)).move(22, march(10), 2); // 5 days
        h.create(23, march(1));                        // not started
        const QList<CardFlow> flows = h.flows();
        const CycleTimes reference = cycleTimes(flows, {});
        const AgingWork aging = agingWork(flows, {}, reference, kColumns, QDate(2025, 3, 14));
        QCOMPARE(aging.items.size(), 3);
        QCOMPARE(aging.items.at(0).cardId, 20); // In Progress, oldest first
        QCOMPARE(aging.items.at(0).ageDays, 12);
        QVERIFY(aging.items.at(0).pastP85);
        QCOMPARE(aging.items.at(1).cardId, 22);
        QVERIFY(!aging.items.at(1).pastP85);
        QCOMPARE(aging.items.at(2).cardId, 21); // Review comes after In Progress
        QCOMPARE(aging.items.at(2).ageDays, 3);
        QCOMPARE(aging.p85, 9);
    }

    // --- the forecast's history
    // --------------------------------------------------------------------

    void historyCountsDaysOffOnTheNextWorkingDay()
    {
        History h;
        h.create(1, march(3)).move(1, march(7), 4);  // Friday
        h.create(2, march(3)).move(2, march(8), 4);  // Saturday: counts on Monday the 10th
        h.create(3, march(3)).move(3, march(9), 4);  // Sunday: also Monday
        h.create(4, march(3)).move(4, march(12), 4); // a holiday: counts on the 13th
        WorkCalendar calendar;
        calendar.holidays.insert(QDate(2025, 3, 12));
        const ThroughputHistory history =
            throughputHistory(h.flows(), {}, calendar, QDate(2025, 3, 14), 30);
        // From the first card's creation (3 March) to the 14th: 9 working days.
        QCOMPARE(history.from, QDate(2025, 3, 3));
        QCOMPARE(history.to, QDate(2025, 3, 14));
        QCOMPARE(history.items, QList<double>({0, 0, 0, 0, 1, 2, 0, /* 12th off */ 1, 0}));
        QVERIFY(!history.empty());
        QVERIFY(!history.enough()); // fewer than ten working days

        const ThroughputHistory last3 =
            throughputHistory(h.flows(), {}, calendar, QDate(2025, 3, 14), 3);
        QCOMPARE(last3.from, QDate(2025, 3, 11));
        QCOMPARE(last3.items, QList<double>({0, 1, 0}));
    }

    // --- Monte Carlo
    // --------------------------------------------------------------------------------

    void constantThroughputGivesAnExactDate()
    {
        // Two items every working day: 10 items take 5 working days, whatever the draw.
        MonteCarloInput input = simulation(QList<double>(30, 2.0), QDate(2025, 3, 6));
        const WhenForecast when = forecastWhen(input, 10);
        QVERIFY(when.possible);
        const QDate fifth = QDate(2025, 3, 12); // Thu, Fri, Mon, Tue, Wed
        QCOMPARE(when.p50, fifth);
        QCOMPARE(when.p85, fifth);
        QCOMPARE(when.p95, fifth);
        QCOMPARE(when.histogram, (QList<QPair<QDate, int>>{{fifth, 10000}}));

        const HowManyForecast howMany = forecastHowMany(input, QDate(2025, 3, 14));
        QCOMPARE(howMany.workingDays, 7);
        QCOMPARE(howMany.p50, 14.0);
        QCOMPARE(howMany.p85, 14.0);
        QCOMPARE(howMany.p95, 14.0);
    }

    void aHolidayMovesTheDate()
    {
        MonteCarloInput input = simulation(QList<double>(30, 2.0), QDate(2025, 3, 6));
        input.calendar.holidays.insert(QDate(2025, 3, 10));
        QCOMPARE(forecastWhen(input, 10).p85, QDate(2025, 3, 13));
        QCOMPARE(forecastHowMany(input, QDate(2025, 3, 14)).p85, 12.0);
        // A weekend worked brings it back.
        input.calendar.extraWorkdays.insert(QDate(2025, 3, 8));
        QCOMPARE(forecastWhen(input, 10).p85, QDate(2025, 3, 12));
    }

    void fixedSeedIsDeterministic()
    {
        const QList<double> samples{0, 1, 2, 0, 3, 1, 1, 0, 2, 1};
        MonteCarloInput input = simulation(samples, QDate(2025, 3, 3));
        const WhenForecast a = forecastWhen(input, 40);
        const WhenForecast b = forecastWhen(input, 40);
        QCOMPARE(a.p50, b.p50);
        QCOMPARE(a.p85, b.p85);
        QCOMPARE(a.histogram, b.histogram);
        QVERIFY(a.p50 <= a.p85 && a.p85 <= a.p95);
        int trials = 0;
        for (const auto &bar : a.histogram)
            trials += bar.second;
        QCOMPARE(trials, 10000);
        // The mean is 1.1 items a day: 40 items take about 36 working days.
        const int p50Days = WorkCalendar{}.workingDaysBetween(input.firstDay, a.p50);
        QVERIFY2(p50Days >= 33 && p50Days <= 39, qPrintable(QString::number(p50Days)));
        const int p95Days = WorkCalendar{}.workingDaysBetween(input.firstDay, a.p95);
        QVERIFY(p95Days > p50Days);

        input.seed = 7;
        const WhenForecast other = forecastWhen(input, 40);
        QVERIFY(other.histogram != a.histogram);
        QVERIFY(qAbs(WorkCalendar{}.workingDaysBetween(input.firstDay, other.p85) -
                     WorkCalendar{}.workingDaysBetween(input.firstDay, a.p85)) <= 2);
    }

    void moreOfTheSameHistoryNeverWidensTheRange()
    {
        QRandomGenerator random(42);
        for (int run = 0; run < 20; ++run) {
            QList<double> pattern;
            for (int i = 0; i < 5 + int(random.bounded(10)); ++i)
                pattern.append(random.bounded(4));
            if (std::all_of(pattern.cbegin(), pattern.cend(), [](double n) { return n == 0; }))
                pattern.append(1);
            const double remaining = 10 + random.bounded(40);
            MonteCarloInput input = simulation(pattern, QDate(2025, 3, 3), 2000);
            const WhenForecast once = forecastWhen(input, remaining);
            const int width = int(once.p50.daysTo(once.p85));
            for (int copies = 2; copies <= 4; ++copies) {
                QList<double> longer;
                for (int c = 0; c < copies; ++c)
                    longer += pattern;
                input.samples = longer;
                const WhenForecast more = forecastWhen(input, remaining);
                QVERIFY2(more.p50.daysTo(more.p85) <= width,
                         qPrintable(u"run %1, %2 copies"_s.arg(run).arg(copies)));
                QCOMPARE(more.p85, once.p85);
            }
        }
    }

    void noForecastWithoutThroughput()
    {
        MonteCarloInput input = simulation(QList<double>(30, 0.0), QDate(2025, 3, 3));
        QVERIFY(!forecastWhen(input, 5).possible);
        input.samples.clear();
        QVERIFY(!forecastWhen(input, 5).possible);
        QVERIFY(!forecastHowMany(input, QDate(2025, 3, 14)).possible);
        input.samples = {1};
        const WhenForecast done = forecastWhen(input, 0);
        QVERIFY(done.possible && done.alreadyDone);
    }

    void forecastInPoints()
    {
        History h;
        // Every working day of two weeks: one 3-point card done.
        int card = 1;
        for (QDate d(2025, 3, 3); d <= QDate(2025, 3, 14); d = d.addDays(1))
            if (d.dayOfWeek() <= 5) {
                h.create(card, march(3, 8), 1, 3).move(card, march(d.day(), 15), 4);
                ++card;
            }
        const ThroughputHistory history =
            throughputHistory(h.flows(), {}, WorkCalendar{}, QDate(2025, 3, 14), 30);
        QVERIFY(history.enough());
        MonteCarloInput input = simulation(history.points, QDate(2025, 3, 17));
        QCOMPARE(forecastWhen(input, 30).p85, nthWeekday(QDate(2025, 3, 17), 10));
        input.samples = history.items;
        QCOMPARE(forecastWhen(input, 30).p85, nthWeekday(QDate(2025, 3, 17), 30));
    }
};

QTEST_GUILESS_MAIN(TestFlow)
#include "tst_flow.moc"

#include "tests/core/sprintscript.h"

#include "core/analytics/analytics.h"
#include "core/slides/reviewdata.h"
#include "core/standup/standupbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

/** What the board itself holds in a sprint right now: the independent count to check against. */
struct BoardCount
{
    double points = 0, donePoints = 0;
    int cards = 0, doneCards = 0;
};

BoardCount countOnBoard(Board &b, qint64 sprintId)
{
    BoardCount n;
    for (const Column &c : b.columns()) {
        for (qint64 id : b.cardsIn(sprintId, c.id)) {
            const double p = b.card(id)->points.value_or(0);
            n.points += p;
            ++n.cards;
            if (c.done) {
                n.donePoints += p;
                ++n.doneCards;
            }
        }
    }
    return n;
}

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

QString describe(const SprintNumbers &n)
{
    return u"committed %1, scope %2 (%3 cards), completed %4 (%5 cards)"_s.arg(n.committed.points)
        .arg(n.scope.points)
        .arg(n.scope.cards)
        .arg(n.completed.points)
        .arg(n.completed.cards);
}

} // namespace

class TestSprintNumbers : public QObject
{
    Q_OBJECT

private slots:
    void startedBeforeItsFirstDay();
    void startedLate();
    void everyViewReportsTheSameNumbers_data();
    void everyViewReportsTheSameNumbers();
    void sprintListReadsTheSameNumbers();

private:
    /** Checks every place that shows a sprint's numbers against SprintAnalytics::numbers(). */
    void checkEveryView(SprintScript &s, const QString &sprint);
};

void TestSprintNumbers::startedBeforeItsFirstDay()
{
    // Planned and started on Sunday; its dates begin on Monday.
    SprintScript s;
    QVERIFY2(s.run(u"sprint S 2026-12-07 2026-12-18;"
                   "at 2026-12-06 10:00; card A 3 P1; card B 5 P2; card C 21 P2;"
                   "at 2026-12-06 11:00; start S;"
                   "at 2026-12-06 12:00; move A done;"
                   "now 2026-12-06 15:00"_s),
             qPrintable(s.error()));
    const qint64 id = s.sprintId(u"S"_s);
    auto n = s.analytics().numbers(id, s.now());
    QVERIFY(n);
    QVERIFY(n->started);
    QCOMPARE(n->committed.points, 29.0);
    QCOMPARE(n->scope.points, 29.0);
    QCOMPARE(n->completed.points, 3.0);
    QCOMPARE(n->remaining().points, 26.0);
    checkEveryView(s, u"S"_s);

    // Its clock starts with its first day: the commitment is what it held then.
    QVERIFY(s.run(u"at 2026-12-07 09:00; card D 2 P3; now 2026-12-07 10:00"_s));
    n = s.analytics().numbers(id, s.now());
    QVERIFY(n);
    QCOMPARE(n->committed.points, 29.0);
    QCOMPARE(n->scope.points, 31.0);
    const SprintSeries series = s.series(u"S"_s);
    QCOMPARE(series.days.first().date, QDate(2026, 12, 7));
    QVERIFY(series.days.first().hasData);
    QCOMPARE(series.days.first().remaining().points, 28.0);
    QCOMPARE(series.scopeChanges.size(), 1);
    QCOMPARE(series.scopeChanges.first().key, u"D"_s);
    checkEveryView(s, u"S"_s);

    // After the close, the frozen report, velocity and the live numbers agree.
    QVERIFY(s.run(u"at 2026-12-07 17:00; close S backlog; now 2026-12-08 09:00"_s));
    n = s.analytics().numbers(id, s.now());
    QVERIFY(n);
    QCOMPARE(n->committed.points, 29.0);
    QCOMPARE(n->completed.points, 3.0);
    QCOMPARE(n->scope.points, 31.0);
    auto velocity = s.analytics().velocity(ChartUnit::Points);
    QVERIFY(velocity);
    QCOMPARE(velocity->rows.size(), 1);
    QCOMPARE(velocity->rows.first().committed, 29.0);
    QCOMPARE(velocity->rows.first().completed, 3.0);
    checkEveryView(s, u"S"_s);
}

void TestSprintNumbers::startedLate()
{
    // A two-week sprint whose first week passed before anyone started it.
    SprintScript s;
    QVERIFY(s.run(u"sprint S 2026-11-30 2026-12-11;"
                  "at 2026-12-07 09:00; card A 1; card B 2;"
                  "at 2026-12-07 09:30; start S;"
                  "at 2026-12-07 11:00; move A done;"
                  "now 2026-12-07 12:00"_s));
    const SprintSeries series = s.series(u"S"_s);
    QCOMPARE(series.committed.points, 3.0);
    QVERIFY(series.scopeChanges.isEmpty());
    for (const SprintDay &day : series.days)
        QCOMPARE(day.hasData, day.date == QDate(2026, 12, 7)); // before: it was not running
    const Burndown b = burndown(series, ChartUnit::Points);
    for (const BurndownPoint &p : b.days)
        QCOMPARE(p.remaining.has_value(), p.date == QDate(2026, 12, 7));
    QCOMPARE(b.remainingNow, std::optional<double>(2.0));
    checkEveryView(s, u"S"_s);
}

void TestSprintNumbers::everyViewReportsTheSameNumbers_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 60; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestSprintNumbers::everyViewReportsTheSameNumbers()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    SprintScript s;
    // "Today" anywhere in a year; the sprint starts a year ago, yesterday, today or tomorrow.
    const QDate today = QDate(2026, 1, 5).addDays(rng.bounded(365));
    const int offsets[] = {-365, -1, 0, 1, -7};
    const QDate first = today.addDays(offsets[rng.bounded(5)]);
    const QDate last = first.addDays(11);
    auto at = [&](QDate d, int hour) {
        return u"at %1 %2:00;"_s.arg(d.toString(Qt::ISODate)).arg(hour, 2, 10, QChar(u'0'));
    };
    QString script =
        u"sprint S %1 %2;"_s.arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    // Planned a few days before its first day.
    const QDate planned = first.addDays(-int(rng.bounded(4)));
    script += at(planned, 9);
    const int cards = 3 + int(rng.bounded(6));
    for (int i = 0; i < cards; ++i)
        script += u"card K%1 %2 P%3;"_s.arg(i).arg(1 + rng.bounded(8)).arg(1 + rng.bounded(4));
    // Started early, on time or late.
    const QDate started = first.addDays(int(rng.bounded(5)) - 2);
    script += at(qMax(planned, started), 10) + u"start S;"_s;
    QDate day = qMax(planned, started);
    int extra = 0;
    const int steps = 4 + int(rng.bounded(10));
    for (int i = 0; i < steps; ++i) {
        day = day.addDays(rng.bounded(3));
        script += at(day, 11 + i % 8);
        const QString key = u"K%1"_s.arg(rng.bounded(cards));
        switch (rng.bounded(6)) {
        case 0:
            script += u"move %1 done;"_s.arg(key);
            break;
        case 1:
            script += u"move %1 progress;"_s.arg(key);
            break;
        case 2: // re-opened or simply started
            script += u"move %1 todo;"_s.arg(key);
            break;
        case 3:
            script += u"points %1 %2;"_s.arg(key).arg(1 + rng.bounded(13));
            break;
        case 4:
            script += u"card X%1 %2;"_s.arg(extra++).arg(1 + rng.bounded(5));
            break;
        default:
            script += u"backlog %1;"_s.arg(key);
            break;
        }
    }
    const bool close = rng.bounded(3) == 0;
    day = qMax(day, today.addDays(-int(rng.bounded(3))));
    if (close)
        script += at(day, 19) + u"close S backlog;"_s;
    // "Now" at any hour of a later day, or after the last change of the same day.
    const QDate nowDay = qMax(day, today);
    const int hour = nowDay > day ? int(rng.bounded(24)) : 20 + int(rng.bounded(4));
    script += u"now %1 %2:30"_s.arg(nowDay.toString(Qt::ISODate)).arg(hour, 2, 10, QChar(u'0'));
    QVERIFY2(s.run(script), qPrintable(s.error() + u"\n"_s + script));
    checkEveryView(s, u"S"_s);
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(script));
    if (!close) {
        // What the board holds now is what the numbers say.
        const BoardCount board = countOnBoard(s.board(), s.sprintId(u"S"_s));
        auto n = s.analytics().numbers(s.sprintId(u"S"_s), s.now());
        QVERIFY(n);
        QVERIFY2(same(n->scope.points, board.points) && same(n->scope.cards, board.cards) &&
                     same(n->completed.points, board.donePoints) &&
                     same(n->completed.cards, board.doneCards),
                 qPrintable(describe(*n) + u"\n"_s + script));
    }
}

void TestSprintNumbers::sprintListReadsTheSameNumbers()
{
    SprintScript s;
    QVERIFY(s.run(u"sprint S 2026-12-07 2026-12-18;"
                  "at 2026-12-06 10:00; card A 3; card B 5; card C 21;"
                  "at 2026-12-06 11:00; start S; move A done;"
                  "at 2026-12-07 17:00; close S backlog"_s));
    const auto n = s.analytics().numbers(s.sprintId(u"S"_s));
    QVERIFY(n);
    s.closeBoard();
    const CliResult list = runCli(s.path(), {u"sprint"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(u"committed"_s).toString(), u"29"_s);
    QCOMPARE(row.value(u"done"_s).toString(), u"3"_s);
    QCOMPARE(row.value(u"remaining"_s).toString(), u"26"_s);
    QCOMPARE(n->committed.points, 29.0);
    QCOMPARE(n->completed.points, 3.0);
}

void TestSprintNumbers::checkEveryView(SprintScript &s, const QString &name)
{
    const qint64 id = s.sprintId(name);
    const QDateTime now = s.now();
    s.setClock(now); // the board's own "now", which the standup and the slides read
    auto numbers = s.analytics().numbers(id, now);
    QVERIFY(numbers);
    const SprintNumbers &n = *numbers;
    const QString context = describe(n);

    // The charts: burndown summary and the progress table.
    const SprintSeries series = s.series(name);
    QCOMPARE(series.numbers(), n);
    const Burndown down = burndown(series, ChartUnit::Points);
    QCOMPARE(down.committed, n.committed.points);
    if (n.started)
        QVERIFY2(down.remainingNow && same(*down.remainingNow, n.remaining().points),
                 qPrintable(context));
    const PriorityProgress table = progressByPriority(series, ChartUnit::Points);
    if (n.started) {
        QVERIFY2(same(table.total.total, n.scope.points), qPrintable(context));
        QVERIFY2(same(table.total.completed, n.completed.points), qPrintable(context));
    }

    // The slides.
    auto review = collectReviewData(s.board(), id, now);
    QVERIFY(review);
    QVERIFY2(same(review->committed, n.committed.points), qPrintable(context));
    QVERIFY2(same(review->completed, n.completed.points), qPrintable(context));
    QCOMPARE(review->completedCards.size(), qsizetype(n.completed.cards));
    QCOMPARE(review->completedCards.size() + review->openCards.size(), qsizetype(n.scope.cards));
    QCOMPARE(review->progress.date.isValid(), n.started);

    // Velocity, for a closed sprint.
    const Sprint *sprint = s.board().sprint(id);
    if (sprint->state == Sprint::State::Closed) {
        auto velocity = s.analytics().velocity(ChartUnit::Points);
        QVERIFY(velocity);
        bool found = false;
        for (const Velocity::Row &row : velocity->rows) {
            if (row.sprintId != id)
                continue;
            found = true;
            QVERIFY2(same(row.committed, n.committed.points), qPrintable(context));
            QVERIFY2(same(row.completed, n.completed.points), qPrintable(context));
        }
        QVERIFY(found);
    }

    // The standup of today, when this is the team's sprint today.
    StandupBook *book = StandupBook::of(s.board());
    const QDate today = now.toTimeZone(s.zone()).date();
    if (book->sprintForDate(today) == id && sprint->state != Sprint::State::Closed) {
        auto standup = book->reportData(today);
        QVERIFY(standup);
        QCOMPARE(standup->sprintName, name);
        QCOMPARE(standup->progress.has_value(), n.started);
        if (n.started) {
            QVERIFY2(same(standup->progress->total.total, n.scope.points), qPrintable(context));
            QVERIFY2(same(standup->progress->total.completed, n.completed.points),
                     qPrintable(context));
            QVERIFY2(same(standup->committed, n.committed.points), qPrintable(context));
        }
    }
}

QTEST_GUILESS_MAIN(TestSprintNumbers)
#include "tst_sprintnumbers.moc"

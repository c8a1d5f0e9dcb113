// Sprint analytics against the budgets: burndown + burnup of a sprint whose cards have
// 100,000 events <= 20 ms; velocity over 50 sprints <= 20 ms.
#include "tests/bench/benchdata.h"

#include "core/analytics/analytics.h"
#include "core/board/board.h"
#include "core/board/sprintanalytics.h"
#include "core/storage/analyticsstore.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

const QList<Column> kColumns = {{1, u"To Do"_s, false, 0, 0},
                                {2, u"In Progress"_s, false, 0, 1},
                                {3, u"Review"_s, false, 0, 2},
                                {4, u"Done"_s, true, 0, 3}};

/**
 * A sprint of ten working days and the history of its cards, `events` rows in
 * all: creation (with sprint, column, points, priority), moves through the
 * columns, edits that charts skip (titles, ranks, labels), re-estimates,
 * re-opened cards, cards added and removed mid-sprint.
 */
SprintChartInput syntheticSprint(qint64 sprintId, QDate start, int events, quint32 seed)
{
    SprintChartInput in;
    in.sprint.id = sprintId;
    in.sprint.name = u"Sprint %1"_s.arg(sprintId);
    in.sprint.start = start;
    in.sprint.end = start.addDays(11);
    in.sprint.state = Sprint::State::Closed;
    in.sprint.startedAt = QDateTime(start, QTime(9, 0), QTimeZone::systemTimeZone()).toUTC();
    in.sprint.closedAt =
        QDateTime(in.sprint.end, QTime(17, 0), QTimeZone::systemTimeZone()).toUTC();
    in.columns = kColumns;
    in.now = in.sprint.closedAt.addDays(3);

    QRandomGenerator rng(seed);
    const int cards = qMax(1, events / 20);
    const QString sprintText = QString::number(sprintId);
    const qint64 begin = in.sprint.startedAt.addDays(-2).toMSecsSinceEpoch();
    const qint64 span = in.sprint.closedAt.toMSecsSinceEpoch() - begin;
    QList<Event> &list = in.events;
    list.reserve(events);
    qint64 id = sprintId * 10'000'000;
    auto add = [&](qint64 card, qint64 ms, Event::Kind kind, const QString &oldValue,
                   const QString &newValue) {
        list.append(
            {++id, card, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), kind, oldValue, newValue});
    };
    // Creation before the start; the rest of the events spread over the sprint in time order.
    for (int c = 0; c < cards; ++c) {
        const qint64 card = sprintId * 100'000 + c;
        const qint64 at = begin + c;
        add(card, at, Event::Kind::Created, {}, u"SD-%1"_s.arg(card));
        add(card, at, Event::Kind::Sprint, {},
            c % 10 == 9 ? QString() : sprintText); // some start in the backlog
        add(card, at, Event::Kind::Moved, {}, u"1"_s);
        add(card, at, Event::Kind::Points, {}, QString::number(1 + rng.bounded(8)));
        add(card, at, Event::Kind::Priority, {}, u"P%1"_s.arg(1 + rng.bounded(4)));
    }
    QList<int> column(cards, 1);
    const qint64 step = span / qMax(1, events - int(list.size()));
    qint64 at = begin + cards + 1;
    while (list.size() < events) {
        const int c = int(rng.bounded(cards));
        const qint64 card = sprintId * 100'000 + c;
        at += step;
        // A plausible mix: mostly moves and edits that charts skip; a few re-estimates and
        // cards entering or leaving the sprint.
        const quint32 dice = rng.bounded(100);
        if (dice < 35) { // forward through the columns; sometimes back out of done
            const int from = column[c];
            const int to = from == 4 ? (rng.bounded(4) == 0 ? 2 : 4) : from + 1;
            if (to != from) {
                add(card, at, Event::Kind::Moved, QString::number(from), QString::number(to));
                column[c] = to;
            }
        } else if (dice < 39) {
            add(card, at, Event::Kind::Points, u"3"_s, QString::number(1 + rng.bounded(13)));
        } else if (dice < 42) {
            add(card, at, Event::Kind::Sprint, rng.bounded(2) ? sprintText : QString(),
                rng.bounded(2) ? QString() : sprintText);
        } else if (dice < 57) {
            add(card, at, Event::Kind::Ranked, u"1024"_s, QString::number(rng.bounded(100000)));
        } else if (dice < 67) {
            add(card, at, Event::Kind::Title, u"Old title"_s, u"A new title for the card"_s);
        } else if (dice < 77) {
            add(card, at, Event::Kind::Description, u"Old text"_s, u"- [ ] acceptance criteria"_s);
        } else if (dice < 85) {
            add(card, at, Event::Kind::Labels, u"board"_s, u"board,ui"_s);
        } else if (dice < 93) {
            add(card, at, Event::Kind::Assignee, u"1"_s, QString::number(1 + rng.bounded(20)));
        } else {
            add(card, at, Event::Kind::Blocked, {}, u"blocked: waiting"_s);
        }
    }
    return in;
}

/** The budget case: burndown and burnup of one sprint, both from one pass over the history. */
void BM_BurndownBurnup(benchmark::State &state)
{
    const SprintChartInput in = syntheticSprint(7, QDate(2025, 1, 13), int(state.range(0)), 42);
    for (auto _ : state) {
        const SprintSeries series = computeSprintSeries(in);
        const Burndown down = burndown(series, ChartUnit::Points);
        const Burnup up = burnup(series, ChartUnit::Points);
        benchmark::DoNotOptimize(down.days.size() + up.days.size());
    }
    state.counters["events"] = double(in.events.size());
}
BENCHMARK(BM_BurndownBurnup)->Arg(100'000)->Unit(benchmark::kMillisecond);

/** All five views of one sprint (what the Charts view draws after each change). */
void BM_AllCharts(benchmark::State &state)
{
    const SprintChartInput in = syntheticSprint(7, QDate(2025, 1, 13), int(state.range(0)), 42);
    for (auto _ : state) {
        const SprintSeries series = computeSprintSeries(in);
        for (ChartUnit unit : {ChartUnit::Points, ChartUnit::Cards}) {
            benchmark::DoNotOptimize(burndown(series, unit));
            benchmark::DoNotOptimize(burnup(series, unit));
            benchmark::DoNotOptimize(cumulativeFlow(series, unit));
            benchmark::DoNotOptimize(progressByPriority(series, unit));
        }
    }
}
BENCHMARK(BM_AllCharts)->Arg(100'000)->Unit(benchmark::kMillisecond);

/** The budget case: velocity over 50 sprints, each computed from its events (2,000 per sprint). */
void BM_VelocityFromEvents(benchmark::State &state)
{
    const int sprints = int(state.range(0));
    QList<SprintChartInput> inputs;
    for (int i = 0; i < sprints; ++i)
        inputs.append(syntheticSprint(i + 1, QDate(2023, 1, 2).addDays(14 * i), 2'000, quint32(i)));
    for (auto _ : state) {
        QList<VelocityEntry> entries;
        entries.reserve(sprints);
        for (const SprintChartInput &in : std::as_const(inputs))
            entries.append(velocityEntry(computeSprintSeries(in)));
        benchmark::DoNotOptimize(computeVelocity(entries, ChartUnit::Points, sprints));
    }
}
BENCHMARK(BM_VelocityFromEvents)->Arg(50)->Unit(benchmark::kMillisecond);

/** Velocity over 50 closed sprints read from their frozen reports (the path of a real board). */
void BM_VelocityFromFrozenReports(benchmark::State &state)
{
    const int sprints = int(state.range(0));
    QList<QByteArray> reports;
    for (int i = 0; i < sprints; ++i)
        reports.append(
            QJsonDocument(sprintSeriesToJson(computeSprintSeries(syntheticSprint(
                              i + 1, QDate(2023, 1, 2).addDays(14 * i), 2'000, quint32(i)))))
                .toJson(QJsonDocument::Compact));
    for (auto _ : state) {
        QList<VelocityEntry> entries;
        for (const QByteArray &json : std::as_const(reports))
            entries.append(velocityEntry(
                sprintSeriesFromJson(QJsonDocument::fromJson(json).object()).value()));
        benchmark::DoNotOptimize(computeVelocity(entries, ChartUnit::Points, sprints));
    }
}
BENCHMARK(BM_VelocityFromFrozenReports)->Arg(50)->Unit(benchmark::kMillisecond);

/** A private copy of a generated board (20,000 cards, 51 sprints: 50 closed, 200,000 events). */
struct GeneratedBoard
{
    GeneratedBoard()
    {
        GeneratorOptions o;
        o.cards = 20'000;
        o.sprints = 51;
        o.events = 200'000;
        const QString copy = dir.filePath(u"board.sprintdeck"_s);
        QFile::copy(benchDatabase(o, "analytics"), copy);
        auto opened = Board::open(copy);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            std::exit(1);
        }
        board = std::move(opened.value());
    }
    /** Stores the report of every closed sprint, as closing it in the application would. */
    void freezeReports()
    {
        SprintAnalytics analytics(*board);
        AnalyticsStore store(board->database());
        for (const Sprint &s : board->sprints()) {
            if (s.state != Sprint::State::Closed)
                continue;
            const QByteArray json =
                QJsonDocument(sprintSeriesToJson(analytics.liveSeries(s).value()))
                    .toJson(QJsonDocument::Compact);
            Transaction tx(board->database());
            (void)store.saveReport({s.id, s.closedAt, json});
            tx.commit();
        }
    }
    QTemporaryDir dir;
    std::unique_ptr<Board> board;
};

/** Recomputing the active sprint's burndown and burnup after one card move, event cache warm. */
void BM_BoardRecomputeAfterMove(benchmark::State &state)
{
    GeneratedBoard generated;
    Board &board = *generated.board;
    const qint64 sprint = board.currentSprintId();
    SprintAnalytics analytics(board);
    benchmark::DoNotOptimize(analytics.series(sprint));
    QList<qint64> cards;
    for (const Column &c : board.columns())
        cards += board.cardsIn(sprint, c.id);
    const QList<Column> columns = board.columns();
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const Card *c = board.card(cards.at(i++ % cards.size()));
        const qint64 to =
            columns.at((columns.indexOf(*board.column(c->columnId)) + 1) % columns.size()).id;
        (void)board.moveCards({c->id}, sprint, to);
        state.ResumeTiming();
        auto s = analytics.series(sprint);
        benchmark::DoNotOptimize(burndown(s.value(), ChartUnit::Points));
        benchmark::DoNotOptimize(burnup(s.value(), ChartUnit::Points));
    }
    auto events = analytics.sprintEvents(sprint);
    state.counters["sprint_events"] = double(events ? events->size() : 0);
}
BENCHMARK(BM_BoardRecomputeAfterMove)->Unit(benchmark::kMillisecond);

/** Velocity over 50 closed sprints of a board, from their frozen reports, caches cold. */
void BM_BoardVelocity(benchmark::State &state)
{
    GeneratedBoard generated;
    generated.freezeReports();
    for (auto _ : state) {
        SprintAnalytics analytics(*generated.board);
        auto v = analytics.velocity(ChartUnit::Points, 50);
        benchmark::DoNotOptimize(v);
        state.counters["sprints"] = double(v ? v->rows.size() : 0);
    }
}
BENCHMARK(BM_BoardVelocity)->Unit(benchmark::kMillisecond);

/** The same without frozen reports: every sprint's events read from SQLite and replayed. */
void BM_BoardVelocityWithoutReports(benchmark::State &state)
{
    GeneratedBoard generated;
    for (auto _ : state) {
        SprintAnalytics analytics(*generated.board);
        auto v = analytics.velocity(ChartUnit::Points, 50);
        benchmark::DoNotOptimize(v);
        state.counters["sprints"] = double(v ? v->rows.size() : 0);
    }
}
BENCHMARK(BM_BoardVelocityWithoutReports)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

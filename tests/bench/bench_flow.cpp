// Flow metrics against the budgets: the cycle-time scatter over 100,000 done cards <= 50 ms; a
// 10,000-trial forecast <= 20 ms.
#include "core/analytics/flow.h"
#include "core/analytics/forecast.h"

#include <QCoreApplication>
#include <QRandomGenerator>
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
 * `cards` cards finished over two years, each with its creation (column, title, points, type,
 * labels), a start, a review and its arrival in Done, and a re-open for one card in twenty:
 * about 11 events a card, in time order as the log holds them.
 */
QList<Event> finishedCards(int cards)
{
    QRandomGenerator rng(7);
    const QDateTime begin(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    struct Step
    {
        qint64 ms;
        Event event;
    };
    std::vector<Step> steps;
    steps.reserve(size_t(cards) * 12);
    const auto add = [&](qint64 card, qint64 ms, Event::Kind kind, const QString &newValue) {
        steps.push_back(
            {ms, {0, card, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), kind, {}, newValue}});
    };
    const qint64 day = 86'400'000;
    for (int c = 0; c < cards; ++c) {
        const qint64 card = c + 1;
        const qint64 created = begin.toMSecsSinceEpoch() + qint64(rng.bounded(700)) * day;
        add(card, created, Event::Kind::Created, u"SD-%1"_s.arg(card));
        add(card, created, Event::Kind::Moved, u"1"_s);
        add(card, created, Event::Kind::Title, u"Card %1"_s.arg(card));
        add(card, created, Event::Kind::Points, QString::number(1 + rng.bounded(8)));
        add(card, created, Event::Kind::Type, c % 5 == 0 ? u"bug"_s : u"story"_s);
        add(card, created, Event::Kind::Labels, c % 3 == 0 ? u"api"_s : u"ui"_s);
        const qint64 started = created + qint64(rng.bounded(10)) * day + 3'600'000;
        add(card, started, Event::Kind::Moved, u"2"_s);
        const qint64 review = started + qint64(rng.bounded(8)) * day + 3'600'000;
        add(card, review, Event::Kind::Moved, u"3"_s);
        qint64 done = review + qint64(rng.bounded(3)) * day + 3'600'000;
        add(card, done, Event::Kind::Moved, u"4"_s);
        if (c % 20 == 0) {
            add(card, done + day, Event::Kind::Moved, u"2"_s);
            done += 3 * day;
            add(card, done, Event::Kind::Moved, u"4"_s);
        }
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step &a, const Step &b) { return a.ms < b.ms; });
    QList<Event> events;
    events.reserve(qsizetype(steps.size()));
    qint64 id = 0;
    for (Step &s : steps) {
        s.event.id = ++id;
        events.append(std::move(s.event));
    }
    return events;
}

const QTimeZone kZone("Europe/Berlin");

/** The budget's measure: percentiles and points of the scatter from the board's flows. */
void BM_CycleTimeScatter(benchmark::State &state)
{
    const QList<CardFlow> flows =
        computeCardFlows(finishedCards(int(state.range(0))), kColumns, kZone);
    FlowFilter all;
    for (auto _ : state) {
        const CycleTimes times = cycleTimes(flows, all);
        benchmark::DoNotOptimize(times.p85);
        state.counters["done"] = double(times.points.size());
    }
}
BENCHMARK(BM_CycleTimeScatter)->Arg(100'000)->Unit(benchmark::kMillisecond);

/** The flows themselves, replayed from the whole log (once per board; later moves top it up). */
void BM_CardFlowsFromEvents(benchmark::State &state)
{
    const QList<Event> events = finishedCards(int(state.range(0)));
    for (auto _ : state) {
        const QList<CardFlow> flows = computeCardFlows(events, kColumns, kZone);
        benchmark::DoNotOptimize(flows.size());
        state.counters["events"] = double(events.size());
    }
}
BENCHMARK(BM_CardFlowsFromEvents)->Arg(100'000)->Unit(benchmark::kMillisecond);

/** A card move on a replayed board of 100,000 cards: its two events applied, the flows read. */
void BM_FlowTopUpAfterMove(benchmark::State &state)
{
    const QList<Event> events = finishedCards(int(state.range(0)));
    CardFlowReplay replay(kColumns, kZone);
    replay.apply(events);
    QDateTime at = events.constLast().at;
    qint64 column = 2;
    for (auto _ : state) {
        at = at.addSecs(60);
        column = column == 2 ? 3 : 2;
        replay.apply(QList<Event>{{0, 1, at, Event::Kind::Moved, {}, QString::number(column)}});
        const CycleTimes times = cycleTimes(replay.flows(), {});
        benchmark::DoNotOptimize(times.p85);
    }
}
BENCHMARK(BM_FlowTopUpAfterMove)->Arg(100'000)->Unit(benchmark::kMillisecond);

/** A team's last 30 working days: 0 to 6 cards a day. */
QList<double> history()
{
    return {3, 0, 5, 2, 4, 1, 6, 3, 2, 0, 4, 5, 3, 2, 1,
            3, 4, 0, 2, 6, 3, 3, 1, 4, 2, 5, 0, 3, 2, 4};
}

/** "When will these N cards be done?", 10,000 trials (N = 100: about 35 working days each). */
void BM_ForecastWhen(benchmark::State &state)
{
    MonteCarloInput input;
    input.samples = history();
    input.firstDay = QDate(2026, 12, 7);
    input.calendar.holidays = {QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2026, 12, 31)};
    for (auto _ : state) {
        const WhenForecast when = forecastWhen(input, double(state.range(0)));
        benchmark::DoNotOptimize(when.p85);
    }
    state.counters["trials"] = input.trials;
}
BENCHMARK(BM_ForecastWhen)->Arg(30)->Arg(100)->Unit(benchmark::kMillisecond);

/** "How many cards by this day?", 10,000 trials over 40 working days. */
void BM_ForecastHowMany(benchmark::State &state)
{
    MonteCarloInput input;
    input.samples = history();
    input.firstDay = QDate(2026, 12, 7);
    for (auto _ : state) {
        const HowManyForecast howMany = forecastHowMany(input, QDate(2027, 1, 29));
        benchmark::DoNotOptimize(howMany.p85);
    }
}
BENCHMARK(BM_ForecastHowMany)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

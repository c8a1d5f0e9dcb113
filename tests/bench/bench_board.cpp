#include "tests/bench/benchdata.h"

#include "core/board/board.h"
#include "core/models/cardlistmodel.h"
#include "core/models/columnmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

const QString &bigBoard()
{
    static const QString path = benchDatabase(GeneratorOptions(), "board");
    return path;
}

/** The board as the window shows it: one model per column of the active sprint, the backlog. */
struct OpenBoard
{
    explicit OpenBoard(const QString &path)
    {
        auto opened = Board::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            std::exit(1);
        }
        board = std::move(opened.value());
        sprint = board->currentSprintId();
        for (const Column &c : board->columns()) {
            auto m = std::make_unique<CardListModel>(board.get());
            m->setList(sprint, c.id);
            cells.push_back(std::move(m));
        }
        auto backlogModel = std::make_unique<CardListModel>(board.get());
        backlogModel->setList(0, 0);
        cells.push_back(std::move(backlogModel));
        columns = std::make_unique<ColumnModel>(board.get());
        columns->setSprint(sprint);
    }
    std::unique_ptr<Board> board;
    qint64 sprint = 0;
    std::vector<std::unique_ptr<CardListModel>> cells;
    std::unique_ptr<ColumnModel> columns;
};

/** A private copy, so benchmarks that write leave the generated file as it was. */
QString scratchCopy(QTemporaryDir &dir)
{
    const QString copy = dir.filePath(u"scratch.sprintdeck"_s);
    QFile::copy(bigBoard(), copy);
    return copy;
}

void reportPercentiles(benchmark::State &state, std::vector<double> &ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))];
    state.counters["max_ms"] = ms.back();
}

} // namespace

// Open the database and build every model the board window shows (100,000 cards).
static void BM_OpenBoard(benchmark::State &state)
{
    const QString path = bigBoard();
    for (auto _ : state) {
        OpenBoard open(path);
        benchmark::DoNotOptimize(open.cells.front()->rowCount());
    }
    OpenBoard open(path);
    state.counters["cards"] = open.board->cardCount();
}
BENCHMARK(BM_OpenBoard)->Unit(benchmark::kMillisecond)->Iterations(5);

// Move a card to the next column: Board (transaction + events) and the models' row moves.
static void BM_MoveCard(benchmark::State &state)
{
    QTemporaryDir dir;
    OpenBoard open(scratchCopy(dir));
    Board &board = *open.board;
    const QList<Column> columns = board.columns();
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        const qint64 from = columns.at(i % 2).id;
        const qint64 to = columns.at((i + 1) % 2).id;
        const QList<qint64> &list = board.cardsIn(open.sprint, from);
        const qint64 id = list.at(list.size() / 2);
        QElapsedTimer t;
        t.start();
        const Status s = board.moveCards({id}, open.sprint, to);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!s)
            state.SkipWithError(qPrintable(s.error()));
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000.0);
        ++i;
    }
    reportPercentiles(state, ms);
}
BENCHMARK(BM_MoveCard)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(400);

// Type a filter one key at a time over the whole board (active sprint + backlog).
static void BM_FilterAsYouType(benchmark::State &state)
{
    OpenBoard open(bigBoard());
    const QString typed = u"fix burndown"_s;
    std::vector<double> ms;
    for (auto _ : state) {
        for (int n = 1; n <= typed.size(); ++n) {
            CardFilter f;
            f.text = typed.left(n);
            QElapsedTimer t;
            t.start();
            for (auto &cell : open.cells)
                cell->setFilter(f);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        // Clearing the filter shows everything again.
        QElapsedTimer t;
        t.start();
        for (auto &cell : open.cells)
            cell->setFilter({});
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    int shown = 0;
    for (auto &cell : open.cells)
        shown += cell->rowCount();
    state.counters["cards_filtered"] = shown;
    reportPercentiles(state, ms);
}
BENCHMARK(BM_FilterAsYouType)->Unit(benchmark::kMillisecond)->Iterations(10);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

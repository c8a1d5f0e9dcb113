#include "tests/bench/benchdata.h"

#include "ui/board/backlogpanel.h"
#include "ui/board/boardview.h"
#include "ui/board/cardactions.h"
#include "ui/board/cardlistview.h"
#include "ui/board/filterbar.h"
#include "ui/charts/chartsview.h"
#include "ui/shell/mainwindow.h"

#include "core/board/board.h"
#include "core/models/cardlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QScrollBar>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

// The board window on the budget's data: 100,000 cards, and a first column of the
// active sprint holding 20,000 of them. Runs on the offscreen platform unless told otherwise.

namespace {

const QString &bigBoard()
{
    static const QString path = [] {
        GeneratorOptions o;
        o.bigColumn = 20000;
        return benchDatabase(o, "board");
    }();
    return path;
}

/**
 * The window on a board. `dataDay`: the board's clock runs from that day's morning (moving with
 * real time), so the board is seen on that day whatever day the benchmark runs.
 */
std::unique_ptr<MainWindow> openWindow(const QString &path, QDate dataDay = {})
{
    auto opened = Board::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        std::exit(1);
    }
    if (dataDay.isValid()) {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QDateTime afternoon = QDateTime(dataDay, QTime(14, 0));
        opened.value()->setClock([start, afternoon] {
            return afternoon.addMSecs(start.msecsTo(QDateTime::currentDateTimeUtc()));
        });
    }
    auto window = std::make_unique<MainWindow>(std::move(opened.value()));
    window->resize(1600, 1000);
    return window;
}

/** Paints the window as the screen would, now. */
void paint(QWidget *w)
{
    QCoreApplication::processEvents();
    w->repaint();
}

void reportPercentiles(benchmark::State &state, std::vector<double> &ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p90_ms"] = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.9))];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))];
    state.counters["max_ms"] = ms.back();
}

CardListView *biggestCell(BoardView *view)
{
    CardListView *big = nullptr;
    for (CardListView *v : view->cells())
        if (!big || v->model()->rowCount() > big->model()->rowCount())
            big = v;
    return big;
}

} // namespace

// Open the file and show the board: the Board, the board view with its backlog dock, one paint.
// Counters split the time: open_ms (file to Board), view_ms (widgets and models), paint_ms.
static void BM_OpenToFirstPaint(benchmark::State &state)
{
    const QString path = bigBoard();
    std::vector<double> openMs, viewMs, paintMs;
    int cards = 0;
    int column = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto opened = Board::open(path);
        if (!opened) {
            state.SkipWithError(qPrintable(opened.error()));
            break;
        }
        std::unique_ptr<Board> board = std::move(opened.value());
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        QMainWindow window;
        auto *view = new BoardView(board.get(), &window);
        window.setCentralWidget(view);
        window.addDockWidget(Qt::LeftDockWidgetArea, new BacklogPanel(view, &window));
        window.resize(1600, 1000);
        viewMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        window.show();
        paint(&window);
        paintMs.push_back(double(t.nsecsElapsed()) / 1e6);
        cards = board->cardCount();
        column = biggestCell(view)->model()->rowCount();
    }
    std::sort(openMs.begin(), openMs.end());
    std::sort(viewMs.begin(), viewMs.end());
    std::sort(paintMs.begin(), paintMs.end());
    state.counters["open_ms"] = openMs[openMs.size() / 2];
    state.counters["view_ms"] = viewMs[viewMs.size() / 2];
    state.counters["paint_ms"] = paintMs[paintMs.size() / 2];
    state.counters["cards"] = cards;
    state.counters["big_column"] = column;
}
BENCHMARK(BM_OpenToFirstPaint)->Unit(benchmark::kMillisecond)->Iterations(5);

// The whole main window with every view (board, charts, standup, slides, ...), for comparison.
static void BM_MainWindowFirstPaint(benchmark::State &state)
{
    const QString path = bigBoard();
    for (auto _ : state) {
        auto window = openWindow(path);
        window->show();
        paint(window.get());
    }
}
BENCHMARK(BM_MainWindowFirstPaint)->Unit(benchmark::kMillisecond)->Iterations(2);

// Ctrl+Right on a card of the 20,000-card column: Board, database commit, models, selection, focus.
static void BM_KeyboardMove(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"scratch.sprintdeck"_s);
    QFile::copy(bigBoard(), copy);
    auto window = openWindow(copy);
    window->show();
    window->activateWindow();
    paint(window.get());
    BoardView *view = window->boardView();
    CardListView *big = biggestCell(view);
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        // Alternate: out of the big column and back in.
        CardListView *from = big;
        int delta = +1;
        if (i % 2 == 1) {
            from = view->cell(view->board()->columns().at(1).id);
            delta = -1;
        }
        from->setFocus();
        const int row = i % 2 == 0 ? from->model()->rowCount() / 2 : from->model()->rowCount() - 1;
        from->selectCards({from->cardModel()->cardId(row)});
        if (view->cardActions()->activeView() != from) {
            state.SkipWithError("the card list did not take the focus");
            break;
        }
        QElapsedTimer t;
        t.start();
        const bool moved = view->cardActions()->moveSelection(delta);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!moved)
            state.SkipWithError("the move did not happen");
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000.0);
        ++i;
    }
    reportPercentiles(state, ms);
}
BENCHMARK(BM_KeyboardMove)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(200);

// A card of the active sprint moves one column: Board, database commit, models, and the Charts
// view (shown next to the board) recomputing and redrawing its series before the next frame.
static void BM_MoveWithChartRefresh(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"scratch.sprintdeck"_s);
    QFile::copy(bigBoard(), copy);
    // The moves are made on the first working day after the data's last events (up to ten days
    // after its "today"), while its last sprint is still being worked on: on a later day the
    // first move would stretch that sprint's charts over the months since.
    auto window = openWindow(copy, GeneratorOptions().today.addDays(12));
    window->show();
    paint(window.get());
    Board *board = window->board();
    ChartsView charts(board);
    charts.resize(1200, 800);
    charts.show();
    charts.refresh();
    paint(&charts);
    // Cards are moved a moment after the window appeared, as a user would: the idle work of
    // that moment (the filter's search text) is done by then.
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const qint64 sprint = board->currentSprintId();
    const QList<Column> columns = board->columns();
    const QList<qint64> cards = board->cardsIn(sprint, columns.at(1).id);
    if (cards.isEmpty()) {
        state.SkipWithError("no card in the second column");
        return;
    }
    std::vector<double> ms, moveMs;
    int i = 0;
    for (auto _ : state) {
        const qint64 id = cards.at((i / 2) % cards.size());
        const qint64 to = columns.at(i % 2 == 0 ? 2 : 1).id;
        QElapsedTimer t;
        t.start();
        const Status moved = board->moveCards({id}, sprint, to);
        moveMs.push_back(double(t.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // the models and the charts' scheduled refresh
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!moved) {
            state.SkipWithError(qPrintable(moved.error()));
            break;
        }
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000.0);
        ++i;
    }
    state.counters["cards"] = board->cardCount();
    std::sort(moveMs.begin(), moveMs.end());
    if (!moveMs.empty())
        state.counters["move_p50_ms"] = moveMs[moveMs.size() / 2]; // Board and models alone
    reportPercentiles(state, ms);
}
BENCHMARK(BM_MoveWithChartRefresh)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(200);

// Typing into the filter field, one key at a time, including the count refresh.
static void BM_FilterTyping(benchmark::State &state)
{
    auto window = openWindow(bigBoard());
    window->show();
    paint(window.get());
    // Typing starts half a second after the window appeared; the idle work of that
    // moment (the search text is prepared then) runs as it would for a user.
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    BoardView *view = window->boardView();
    QLineEdit *search = view->filterBar()->searchField();
    const QString typed = u"fix burndown"_s;
    std::vector<double> ms;
    double firstKey = 0, clearing = 0;
    for (auto _ : state) {
        for (int n = 1; n <= typed.size(); ++n) {
            QElapsedTimer t;
            t.start();
            search->setText(typed.left(n));
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (n == 1)
                firstKey = std::max(firstKey, ms.back());
        }
        QElapsedTimer t;
        t.start();
        search->clear();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        clearing = std::max(clearing, ms.back());
    }
    state.counters["first_key_ms"] = firstKey;
    state.counters["clear_ms"] = clearing;
    state.counters["shown"] = view->shownCardCount();
    reportPercentiles(state, ms);
}
BENCHMARK(BM_FilterTyping)->Unit(benchmark::kMillisecond)->Iterations(5);

// Scroll the 20,000-card column a page at a time and paint each frame.
static void BM_ScrollBigColumn(benchmark::State &state)
{
    auto window = openWindow(bigBoard());
    window->show();
    paint(window.get());
    CardListView *big = biggestCell(window->boardView());
    QScrollBar *bar = big->verticalScrollBar();
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        bar->setValue((bar->value() + bar->pageStep() * 37) % qMax(1, bar->maximum()));
        big->viewport()->repaint();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000.0);
    }
    state.counters["rows"] = big->model()->rowCount();
    reportPercentiles(state, ms);
}
BENCHMARK(BM_ScrollBigColumn)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(200);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

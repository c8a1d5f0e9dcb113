// Import budgets: a 10,000-row Jira CSV imports in <= 1 s; a 1 MB markdown document in <= 200 ms.
#include "core/board/board.h"
#include "core/io/importpreview.h"
#include "core/io/jiracsvimporter.h"
#include "core/io/markdownimporter.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

const char *const kStatuses[] = {"To Do", "In Progress", "Code Review",
                                 "Done",  "Done",        "Selected for Development"};
const char *const kTypes[] = {"Story", "Bug", "Task", "Sub-task"};
const char *const kPriorities[] = {"Highest", "High", "Medium", "Low", "Lowest"};
const char *const kPeople[] = {
    "Ada Lovelace", "Grace Hopper", "Linus Torvalds", "Margaret Hamilton", "", "Barbara Liskov"};

/** A Jira "Export CSV (all fields)" of `rows` issues: repeated columns, multi-line quoted
 * descriptions, CRLF. */
QByteArray jiraCsv(int rows)
{
    QByteArray csv = "\xEF\xBB\xBFSummary,Issue key,Issue id,Issue "
                     "Type,Status,Priority,Assignee,Reporter,Created,Updated,"
                     "Resolved,Sprint,Sprint,Labels,Labels,Labels,Description,Custom field (Story "
                     "Points),Watchers\r\n";
    for (int i = 0; i < rows; ++i) {
        const int day = 1 + i % 28;
        const QByteArray date = QByteArray::number(day) + "/Jul/25 " +
                                QByteArray::number(1 + i % 12) + ":" +
                                QByteArray::number(10 + i % 50) + (i % 2 ? " PM" : " AM");
        const char *status = kStatuses[i % 6];
        const bool done = qstrcmp(status, "Done") == 0;
        csv += "\"Issue number " + QByteArray::number(i) + ", with a comma\",BENCH-" +
               QByteArray::number(i + 1) + "," + QByteArray::number(10000 + i) + "," +
               kTypes[i % 4] + "," + status + "," + kPriorities[i % 5] + "," + kPeople[i % 6] +
               ",Grace Hopper," + date + "," + date + "," + (done ? date : QByteArray()) + "," +
               (i % 3 == 0 ? "BENCH Sprint " + QByteArray::number(i % 7) : QByteArray()) +
               ",BENCH Sprint " + QByteArray::number(i % 7 + 1) + ",backend,perf" +
               QByteArray::number(i % 9) + "," + (i % 2 ? "ux" : "") +
               ",\"As a user I want issue " + QByteArray::number(i) +
               "\r\nso that \"\"things\"\" work.\r\n- step one\r\n- step two\"," +
               QByteArray::number(1 + i % 8) + ",someone\r\n";
    }
    return csv;
}

/** About `bytes` of markdown: dated days newest first, story headings, lists, checklists, progress
 * tables. */
QString markdown(qsizetype bytes)
{
    QString md =
        u"# Sprint 42 Daily Status\n\n**Sprint Goal:** Ship it\n**Sprint Duration:** 2025-01-06 to 2025-06-27\n\n"_s;
    int day = 200;
    int story = 0;
    while (md.toUtf8().size() < bytes && day > 0) {
        const QDate date = QDate(2025, 1, 6).addDays(day);
        md += u"## Day %1: %2\n\n### \u2705 Completed Tasks\n\n"_s.arg(day).arg(
            QLocale::c().toString(date, u"MMMM d, yyyy"_s));
        for (int i = 0; i < 40; ++i, ++story) {
            md += u"#### STORY-%1: Feature number %1 of the release (%2 points) - **%3**\n"_s
                      .arg(story % 3000)
                      .arg(1 + story % 8)
                      .arg(story % 3 ? u"COMPLETED"_s : u"IN PROGRESS"_s);
            md +=
                u"- Implemented the part that does %1\n- Tests: 12/12 passing \u2705\n- [x] Review done\n- [ ] Docs\n\n"_s
                    .arg(story);
        }
        md +=
            u"### \U0001F4C8 Sprint Progress\n\n| Priority | Story Points | Completed | Remaining "
            u"|\n|---|---|---|---|\n"
            "| P1 | 40 | 20 | 20 |\n| P2 | 30 | 10 | 20 |\n| **Total** | **70** | **30** | **40** |\n\n"_s;
        --day;
    }
    return md;
}

std::unique_ptr<Board> freshBoard(QTemporaryDir &dir, int n)
{
    auto opened = Board::open(dir.filePath(u"bench%1.sprintdeck"_s.arg(n)));
    return opened ? std::move(opened.value()) : nullptr;
}

void BM_JiraCsvImport10k(benchmark::State &state)
{
    const QByteArray csv = jiraCsv(10000);
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto board = freshBoard(dir, n++);
        state.ResumeTiming();
        auto plan = JiraCsvImporter::importBytes(csv, u"export.csv"_s);
        auto preview = ImportPreview::build(*board, {plan.value()});
        if (!preview || !preview->apply(*board) || board->cardCount() != 10000)
            state.SkipWithError("import failed");
        state.PauseTiming();
        board.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = 10000;
    state.counters["MB"] = double(csv.size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_JiraCsvImport10k)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_JiraCsvParse10k(benchmark::State &state)
{
    const QByteArray csv = jiraCsv(10000);
    for (auto _ : state) {
        auto plan = JiraCsvImporter::importBytes(csv, u"export.csv"_s);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_JiraCsvParse10k)->Unit(benchmark::kMillisecond);

void BM_Markdown1MBParse(benchmark::State &state)
{
    const QString md = markdown(1024 * 1024);
    const QByteArray bytes = md.toUtf8();
    for (auto _ : state) {
        auto plan = MarkdownImporter::importBytes(bytes, u"status.md"_s);
        benchmark::DoNotOptimize(plan);
    }
    state.counters["MB"] = double(bytes.size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_Markdown1MBParse)->Unit(benchmark::kMillisecond);

void BM_Markdown1MBImport(benchmark::State &state)
{
    const QByteArray bytes = markdown(1024 * 1024).toUtf8();
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto board = freshBoard(dir, 1000 + n++);
        state.ResumeTiming();
        auto plan = MarkdownImporter::importBytes(bytes, u"status.md"_s);
        auto preview = ImportPreview::build(*board, {plan.value()});
        if (!preview || !preview->apply(*board))
            state.SkipWithError("import failed");
        state.counters["cards"] = board->cardCount();
        state.PauseTiming();
        board.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Markdown1MBImport)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// Review deck export: a 20-slide deck with three charts, end to end from the
// board (analytics, content, layout, writer) to the file.
// Budgets (issue 6): PPTX <= 1 s, PDF <= 2 s.
#include "tests/core/reviewfixture.h"

#include "core/slides/deckbuilder.h"
#include "core/slides/pdfdeckwriter.h"
#include "core/slides/pptxwriter.h"
#include "core/slides/reviewdata.h"
#include "core/slides/slidelayout.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

ReviewFixture *g_fixture = nullptr;
QTemporaryDir *g_dir = nullptr;

/** The deck of the fixture's sprint, laid out; `slides` and `charts` are reported as counters. */
QList<SlidePage> layOut(const SlideTheme &theme)
{
    auto data = collectReviewData(g_fixture->board(), g_fixture->sprintId(), g_fixture->now());
    if (!data)
        return {};
    const Deck deck = DeckBuilder(*data).build(allDeckSections());
    return SlideLayout(theme).layout(deck);
}

void report(benchmark::State &state, const QList<SlidePage> &pages)
{
    int charts = 0;
    for (const SlidePage &page : pages)
        charts += page.chartCount();
    state.counters[u"slides"_s.toStdString()] = double(pages.size());
    state.counters["charts"] = charts;
}

void BM_SlidesPptx(benchmark::State &state)
{
    const SlideTheme theme;
    QList<SlidePage> pages;
    for (auto _ : state) {
        pages = layOut(theme);
        DeckWriteOptions options;
        options.theme = theme;
        if (Status s = PptxWriter::write(g_dir->filePath(u"bench.pptx"_s), pages, options); !s)
            state.SkipWithError(s.error().toStdString().c_str());
    }
    report(state, pages);
}
BENCHMARK(BM_SlidesPptx)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_SlidesPdf(benchmark::State &state)
{
    const SlideTheme theme;
    QList<SlidePage> pages;
    for (auto _ : state) {
        pages = layOut(theme);
        DeckWriteOptions options;
        options.theme = theme;
        if (Status s = PdfDeckWriter::write(g_dir->filePath(u"bench.pdf"_s), pages, options); !s)
            state.SkipWithError(s.error().toStdString().c_str());
    }
    report(state, pages);
}
BENCHMARK(BM_SlidesPdf)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/** The layout alone (text measured, tables split), the part both writers share. */
void BM_SlidesLayout(benchmark::State &state)
{
    const SlideTheme theme;
    QList<SlidePage> pages;
    for (auto _ : state)
        benchmark::DoNotOptimize(pages = layOut(theme));
    report(state, pages);
}
BENCHMARK(BM_SlidesLayout)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    ReviewFixture fixture;
    // Sized to give 20 slides: eleven sections, the completed table over ten of them.
    ReviewFixture::Spec spec;
    spec.completed = 156;
    spec.open = 8;
    spec.previousSprints = 4;
    if (!fixture.build(spec)) {
        fprintf(stderr, "bench_slides: %s\n", qPrintable(fixture.error()));
        return 1;
    }
    g_fixture = &fixture;
    g_dir = &dir;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

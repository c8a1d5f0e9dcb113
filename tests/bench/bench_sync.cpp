// Pulling 2,000 issues from a real Redmine on loopback: how much of the wall time is the client's
// own CPU. Budget: under 10 %. Reported as counters (wall_s, cpu_s, cpu_percent) per pull into an
// empty board.
#include "tests/integration/redmineserver.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/sync/outboxrecorder.h"
#include "core/sync/syncengine.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

constexpr int kIssues = 2000;
RedmineServer *g_server = nullptr;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void BM_PullIssues(benchmark::State &state)
{
    double wallTotal = 0, cpuTotal = 0, requests = 0, issues = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        auto board = Board::open(dir.filePath(u"bench.sprintdeck"_s));
        if (!board) {
            state.SkipWithError(qPrintable(board.error()));
            return;
        }
        Remote remote;
        remote.name = u"bench"_s;
        remote.url = g_server->url();
        remote.project = u"bench"_s;
        remote.secretId = u"bench"_s;
        remote.keyPrefix = u"B"_s;
        {
            SyncStore store((*board)->database());
            Transaction tx((*board)->database());
            if (!store.insertRemote(remote) || !tx.commit()) {
                state.SkipWithError("cannot add the remote");
                return;
            }
        }
        SyncEngine engine(**board);
        QEventLoop loop;
        SyncReport report;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &r) {
            report = r;
            loop.quit();
        });
        const double cpuBefore = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        engine.start(remote, g_server->apiKey());
        if (engine.isRunning())
            loop.exec();
        const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        if (report.outcome != SyncReport::Outcome::Ok || report.pulled.created != kIssues) {
            state.SkipWithError(qPrintable(u"pull failed: "_s + report.message));
            return;
        }
        state.SetIterationTime(wallSeconds);
        wallTotal += wallSeconds;
        cpuTotal += cpu;
        requests += report.requests;
        issues += report.pulled.created;
    }
    // Per pull: the averages over the iterations.
    state.counters["wall_s"] = benchmark::Counter(wallTotal, benchmark::Counter::kAvgIterations);
    state.counters["cpu_s"] = benchmark::Counter(cpuTotal, benchmark::Counter::kAvgIterations);
    state.counters["cpu_percent"] =
        benchmark::Counter(wallTotal > 0 ? 100.0 * cpuTotal / wallTotal : 0);
    state.counters["requests"] = benchmark::Counter(requests, benchmark::Counter::kAvgIterations);
    state.counters["issues"] = benchmark::Counter(issues, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_PullIssues)->Iterations(2)->UseManualTime()->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    RedmineServer server;
    QString error;
    if (!server.start(&error)) {
        fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 version = [&] {
        server.createProject(u"bench"_s);
        return server.createVersion(u"bench"_s, u"Sprint 1"_s);
    }();
    // Half of the issues have a journal, so the pull also fetches 1,000 issues' history.
    if (!version || !server.seed(u"bench"_s, kIssues, version)) {
        fprintf(stderr, "bench_sync: cannot seed the server\n");
        return 1;
    }
    g_server = &server;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_server = nullptr;
    server.stop();
    return 0;
}

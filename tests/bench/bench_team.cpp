// The team board on a real PostgreSQL that the benchmark starts on loopback.
//
// BM_TeamLive: 25 members' SprintDecks (processes, bench_team_child) on one shared board, 5 of
// them moving cards 2 times a second each (10 edits/s) for 60 s: how long a move takes to show
// on the others (p50, p95; budgets 100 and 250 ms). Then the server is killed for 5 s while the
// editors go on, and restarted: how long until every member holds everything (budget 5 s).
// Afterwards every edit must be on the server exactly once and all 25 boards equal.
//
// BM_TeamJoin: joining a board of 100,000 cards and 1,000,000 events (budget 15 s).
#include "tests/bench/generator.h"
#include "tests/integration/pgserver.h"

#include "core/board/board.h"
#include "core/storage/teamserver.h"
#include "core/team/teamsync.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

PgServer *g_pg = nullptr;
QString g_pgpass;
int g_database = 0;

constexpr int kMembers = 25;
constexpr int kEditors = 5;
constexpr double kEditsPerSecond = 2; // per editor: 10 edits/s in all

int liveSeconds()
{
    const int s = qEnvironmentVariableIntValue("SPRINTDECK_TEAM_BENCH_SECONDS");
    return s > 0 ? s : 60;
}

/** A new database on the server for one benchmark, owned by the role "team". */
QString newDatabase()
{
    const QString name = u"bench%1"_s.arg(++g_database);
    g_pg->createDatabase(name, u"team"_s);
    return name;
}

Result<std::unique_ptr<TeamServer>> connectTo(const QString &database)
{
    Result<TeamAddress> address = TeamAddress::parse(g_pg->url(u"team"_s, database));
    return TeamServer::connect(*address, u"team-secret"_s);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = qMin(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values.at(i);
}

QString serverValue(const QString &database, const QString &sql)
{
    QString out;
    g_pg->sql(database, sql, &out);
    return out.trimmed();
}

void BM_TeamLive(benchmark::State &state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString database = newDatabase();
        // The lead's board: one active sprint of 300 cards, shared.
        {
            auto board = Board::open(dir.filePath(u"lead.sprintdeck"_s));
            Sprint sprint;
            sprint.name = u"Sprint 1"_s;
            sprint.start = QDate::currentDate();
            sprint.end = sprint.start.addDays(13);
            auto sprintId = (*board)->createSprint(sprint);
            for (int i = 0; i < 300; ++i) {
                Card c;
                c.title = u"Card %1"_s.arg(i);
                c.sprintId = *sprintId;
                c.points = 1 + i % 5;
                (void)(*board)->addCard(c);
            }
            auto server = connectTo(database);
            if (!server || !TeamSync(**board).share(**server, u"lead"_s)) {
                state.SkipWithError("cannot share the board");
                return;
            }
        }
        QStringList files;
        for (int m = 0; m < kMembers; ++m) {
            const QString file = dir.filePath(u"member%1.sprintdeck"_s.arg(m));
            auto board = Board::open(file);
            auto server = connectTo(database);
            if (!board || !server || !TeamSync(**board).join(**server, u"m%1"_s.arg(m))) {
                state.SkipWithError("cannot join the board");
                return;
            }
            files.append(file);
        }

        // The timeline, in epoch ms: 5 s to connect, the live edits, the outage, the end.
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const qint64 liveFrom = start + 5000;
        const qint64 killAt = liveFrom + liveSeconds() * 1000;
        const qint64 editUntil = killAt + 3000; // edits go on, queued, while the server is away
        const qint64 resumeAt = killAt + 5000;
        const qint64 endAt = resumeAt + 15000;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSFILE"_s, g_pgpass);
        QList<QProcess *> children;
        for (int m = 0; m < kMembers; ++m) {
            auto *p = new QProcess;
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QCoreApplication::applicationDirPath() + u"/bench_team_child"_s,
                     {files.at(m), QString::number(m < kEditors ? kEditsPerSecond : 0),
                      QString::number(liveFrom), QString::number(editUntil), QString::number(endAt),
                      files.at(m) + u".log"_s});
            children.append(p);
        }
        QThread::msleep(ulong(qMax<qint64>(0, killAt - QDateTime::currentMSecsSinceEpoch())));
        g_pg->kill();
        QThread::msleep(ulong(qMax<qint64>(0, resumeAt - QDateTime::currentMSecsSinceEpoch())));
        const qint64 resumed = QDateTime::currentMSecsSinceEpoch();
        g_pg->resume();
        for (QProcess *p : children) {
            p->waitForFinished(int(endAt - QDateTime::currentMSecsSinceEpoch()) + 30000);
            delete p;
        }

        // What the members saw.
        QList<double> latencies;
        qint64 edits = 0;
        QHash<int, QList<QPair<qint64, qint64>>> seqs; // member -> (at, seq) with nothing queued
        QStringList boards;
        for (int m = 0; m < kMembers; ++m) {
            QFile f(files.at(m) + u".log"_s);
            if (!f.open(QIODevice::ReadOnly)) {
                state.SkipWithError("a member wrote no log");
                return;
            }
            QStringList cards;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (const QString &line : lines) {
                const QStringList w = line.split(u' ');
                // Moves made while the server was up; those of the outage count for the catch-up.
                if (w.first() == u"lat" && w.at(1).toLongLong() < killAt - 1000)
                    latencies.append(w.at(2).toDouble());
                else if (w.first() == u"edits")
                    edits += w.at(1).toLongLong();
                else if (w.first() == u"seq" && w.size() == 4 && w.at(3) == u"0")
                    seqs[m].append({w.at(1).toLongLong(), w.at(2).toLongLong()});
                else if (w.first() == u"card")
                    cards.append(line);
            }
            cards.sort();
            boards.append(cards.join(u'\n'));
        }
        const qint64 lastSeq = serverValue(database, u"SELECT max(seq) FROM sd_events"_s).toLongLong();
        qint64 caughtUp = 0;
        int behind = 0;
        for (int m = 0; m < kMembers; ++m) {
            const auto &list = seqs.value(m);
            const auto done = std::find_if(list.cbegin(), list.cend(), [&](const auto &s) {
                return s.first >= resumed && s.second >= lastSeq;
            });
            if (done == list.cend())
                ++behind;
            else
                caughtUp = qMax(caughtUp, done->first - resumed);
        }
        const qint64 onServer =
            serverValue(database, u"SELECT count(*) FROM sd_events WHERE op = 'update' AND "
                                  "applied ? 'title' AND author ~ '^m[0-9]+$'"_s)
                .toLongLong();
        const qint64 refused =
            serverValue(database, u"SELECT count(*) FROM sd_events WHERE refused <> '{}'"_s)
                .toLongLong();
        const qint64 duplicates =
            serverValue(database, u"SELECT count(*) - count(DISTINCT event_id) FROM sd_events"_s)
                .toLongLong();
        const int diverged = int(std::count_if(boards.cbegin(), boards.cend(),
                                               [&](const QString &b) { return b != boards.first(); }));
        state.SetIterationTime(double(endAt - start) / 1000.0);
        state.counters["p50_ms"] = percentile(latencies, 50);
        state.counters["p95_ms"] = percentile(latencies, 95);
        state.counters["max_ms"] = percentile(latencies, 100);
        state.counters["moves_seen"] = double(latencies.size());
        state.counters["edits"] = double(edits);
        // An edit refused as a conflict writes no title; every other one is on the server once.
        state.counters["lost"] = double(edits - onServer - refused);
        state.counters["duplicated"] = double(duplicates);
        state.counters["conflicts"] = double(refused);
        state.counters["catch_up_s"] = double(caughtUp) / 1000.0;
        state.counters["members_behind"] = behind;
        state.counters["boards_differing"] = diverged;
    }
}
BENCHMARK(BM_TeamLive)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

void BM_TeamJoin(benchmark::State &state)
{
    // Where tests/bench/run_all.py keeps its data: it opens the replica afterwards.
    const QString data = qEnvironmentVariable("SPRINTDECK_BENCH_DIR",
                                              QDir::temp().filePath(u"sprintdeck-bench"_s));
    QDir().mkpath(data);
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString database = newDatabase();
        const QString lead = dir.filePath(u"lead.sprintdeck"_s);
        GeneratorOptions options; // 100,000 cards, 1,000,000 events
        if (Status s = generateBoard(lead, options); !s) {
            state.SkipWithError(qPrintable(s.error()));
            return;
        }
        QElapsedTimer shareTime;
        shareTime.start();
        {
            auto board = Board::open(lead);
            auto server = connectTo(database);
            if (!board || !server) {
                state.SkipWithError("cannot open the board or reach the server");
                return;
            }
            if (Status s = TeamSync(**board).share(**server, u"lead"_s); !s) {
                state.SkipWithError(qPrintable(s.error()));
                return;
            }
        }
        const double shared = double(shareTime.elapsed()) / 1000.0;
        const QString replica = QDir(data).filePath(u"team-replica-100k.sprintdeck"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(replica + suffix);
        QElapsedTimer joinTime;
        joinTime.start();
        {
            auto board = Board::open(replica);
            auto server = connectTo(database);
            if (Status s = TeamSync(**board).join(**server, u"m1"_s); !s) {
                state.SkipWithError(qPrintable(s.error()));
                return;
            }
        }
        const double joined = double(joinTime.elapsed()) / 1000.0;
        auto check = Board::open(replica);
        state.SetIterationTime(joined);
        state.counters["join_s"] = joined;
        state.counters["share_s"] = shared;
        state.counters["cards"] = check ? double((*check)->cardCount()) : 0;
        state.counters["events"] =
            serverValue(database, u"SELECT count(*) FROM sd_events"_s).toDouble();
    }
}
BENCHMARK(BM_TeamJoin)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    PgServer server;
    QString error;
    if (!server.start(&error)) {
        fprintf(stderr, "bench_team: %s\n", qPrintable(error));
        return 1;
    }
    server.createRole(u"team"_s, u"team-secret"_s);
    QTemporaryDir dir;
    g_pgpass = dir.filePath(u"pgpass"_s);
    QFile pass(g_pgpass);
    if (!pass.open(QIODevice::WriteOnly))
        return 1;
    pass.write(u"127.0.0.1:%1:*:team:team-secret\n"_s.arg(server.port()).toUtf8());
    pass.close();
    pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    g_pg = &server;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_pg = nullptr;
    return 0;
}

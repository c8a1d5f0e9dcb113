// Sync under faults: 50 seeded runs (15 under the sanitizers) against a real Redmine through a
// proxy that answers 500, delays and drops requests at random points, with the server itself killed
// (SIGKILL) and restarted in some runs. After each run a sync without faults must leave every local
// edit on the server exactly once: no edit lost, no issue created twice. The runs can be shared out
// among processes, each with a server and a board of its own (SPRINTDECK_FAULT_SHARD).
#include "tests/integration/faultproxy.h"
#include "tests/integration/redmineserver.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/sync/outboxrecorder.h"
#include "core/sync/syncengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

/// The single-fault test: long enough that no request but the one held times out, even on a
/// loaded machine, so the forced fault is always what breaks its sync. It waits out one stall.
constexpr int kSingleFaultTimeoutMs = 2500;
/// The long test, per request: short, so that answers held by the proxy time out quickly, yet many
/// times what the server on loopback needs to answer (tens of milliseconds).
constexpr int kTimeoutMs = 600;
/// A stalled answer comes this long after the client has given up on it.
constexpr int kStallMs = kTimeoutMs + 300;
/// Delayed requests and answers come late, but within the timeout.
constexpr int kDelayMs = kTimeoutMs / 2;
/// In a run that kills the server, the kill comes this far into its first faulty sync at most.
constexpr int kKillWindowMs = 600;

/// The runs of the long test: 50, or SPRINTDECK_FAULT_RUNS (the sanitizer build sets fewer).
int runCount()
{
    const int runs = qEnvironmentVariableIntValue("SPRINTDECK_FAULT_RUNS");
    return runs > 0 ? runs : 50;
}

/** The runs this process makes: all of them, or share k of n given as SPRINTDECK_FAULT_SHARD=k/n.
 */
struct RunRange
{
    int first = 0;
    int end = 0;
};

RunRange runRange()
{
    const int runs = runCount();
    const QStringList share =
        qEnvironmentVariable("SPRINTDECK_FAULT_SHARD").split(u'/', Qt::SkipEmptyParts);
    const int k = share.size() == 2 ? share.at(0).toInt() : 1;
    const int n = share.size() == 2 ? share.at(1).toInt() : 1;
    if (n < 1 || k < 1 || k > n)
        qFatal("SPRINTDECK_FAULT_SHARD must be k/n with 1 <= k <= n");
    return {runs * (k - 1) / n, runs * k / n};
}

/// Every tenth run (the fourth of each ten) kills the server as well.
bool killsServer(int run)
{
    return run % 10 == 3;
}

/** What the board must hold for a card, and so the server after a clean sync. */
struct Expected
{
    QString title;
    double points = 0;
    bool inProgress = false;
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answerLostWithTheConnectionCreatesOnce_data();
    void answerLostWithTheConnectionCreatesOnce();
    void fiftyRunsLoseNothingAndDuplicateNothing();

private:
    static SyncOptions cleanOptions()
    {
        SyncOptions clean;
        clean.retries = 2;
        clean.retryDelayMs = 100;
        clean.timeoutMs = 30000;
        return clean;
    }
    SyncReport sync(const QUrl &url, const SyncOptions &options,
                    const std::function<void()> &whileRunning = {});

    RedmineServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Board> m_board;
    Remote m_remote;
};

void TestSyncFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createProject(u"faults"_s));
    QVERIFY(m_server.createVersion(u"faults"_s, u"Sprint 1"_s,
                                   QDate::currentDate().addDays(7).toString(Qt::ISODate)) > 0);
    auto board = Board::open(m_dir.filePath(u"board.sprintdeck"_s));
    QVERIFY2(board, qPrintable(board.error()));
    m_board = std::move(board.value());
    OutboxRecorder::attach(*m_board);
    m_remote.name = u"redmine"_s;
    m_remote.url = m_server.url();
    m_remote.project = u"faults"_s;
    m_remote.secretId = u"test-faults"_s;
    m_remote.keyPrefix = u"RM"_s;
    SyncStore store(m_board->database());
    Transaction tx(m_board->database());
    QVERIFY(store.insertRemote(m_remote));
    QVERIFY(tx.commit());
}

void TestSyncFaults::cleanupTestCase()
{
    m_board.reset();
    m_server.stop();
}

SyncReport TestSyncFaults::sync(const QUrl &url, const SyncOptions &options,
                                const std::function<void()> &whileRunning)
{
    // The engine reads the remote as stored: point it at the proxy or at the server.
    {
        SyncStore store(m_board->database());
        auto stored = store.remote(m_remote.id);
        if (!stored) {
            SyncReport broken;
            broken.outcome = SyncReport::Outcome::Failed;
            broken.message = stored.error();
            return broken;
        }
        Remote remote = stored.value();
        remote.url = url;
        Transaction tx(m_board->database());
        if (!store.updateRemote(remote) || !tx.commit())
            qFatal("cannot point the remote at %s", qPrintable(url.toString()));
    }
    SyncEngine engine(*m_board);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start(m_remote, m_server.apiKey(), options);
    if (whileRunning)
        whileRunning();
    if (finished.isEmpty() && !finished.wait(120 * 1000)) {
        engine.cancel();
        finished.wait(10 * 1000);
    }
    if (finished.isEmpty()) {
        SyncReport hung;
        hung.outcome = SyncReport::Outcome::Failed;
        hung.message = u"the sync did not finish within two minutes"_s;
        return hung;
    }
    return finished.first().first().value<SyncReport>();
}

void TestSyncFaults::answerLostWithTheConnectionCreatesOnce_data()
{
    QTest::addColumn<int>("fault");
    for (FaultProxy::Fault f : {FaultProxy::DropAfter, FaultProxy::ErrorAfter, FaultProxy::Stall,
                                FaultProxy::DropBefore, FaultProxy::ErrorBefore})
        QTest::newRow(FaultProxy::name(f)) << int(f);
}

void TestSyncFaults::answerLostWithTheConnectionCreatesOnce()
{
    // The server creates the issue and the answer never arrives: the client must not send the
    // POST again by itself (Qt resends a request when a connection closes before the answer).
    QFETCH(int, fault);
    {
        const SyncReport first = sync(m_server.url(), cleanOptions());
        QVERIFY2(first.outcome == SyncReport::Outcome::Ok, qPrintable(first.message));
    }
    const int before = int(m_server.issues(u"faults"_s).size());
    Card c;
    c.title =
        u"Created once despite %1"_s.arg(QLatin1String(FaultProxy::name(FaultProxy::Fault(fault))));
    c.sprintId = m_board->sprintByName(u"Sprint 1"_s)->id;
    c.columnId = m_board->firstColumnId();
    const qint64 id = m_board->addCard(c).value();
    FaultProxy proxy(quint16(m_server.url().port()));
    QVERIFY(proxy.listen());
    proxy.force("POST", FaultProxy::Fault(fault));
    SyncOptions options = cleanOptions();
    options.timeoutMs = kSingleFaultTimeoutMs;
    proxy.arm(1, 0, kSingleFaultTimeoutMs + 1500);
    const SyncReport broken = sync(proxy.url(), options);
    QCOMPARE(broken.outcome, SyncReport::Outcome::Failed);
    QCOMPARE(proxy.injected()[fault], 1);
    const int afterBroken = int(m_server.issues(u"faults"_s).size());
    QVERIFY2(afterBroken <= before + 1, "the POST was sent twice");
    const SyncReport report = sync(m_server.url(), cleanOptions());
    QVERIFY2(report.outcome == SyncReport::Outcome::Ok, qPrintable(report.message));
    QCOMPARE(int(m_server.issues(u"faults"_s).size()), before + 1);
    SyncStore store(m_board->database());
    const auto link = store.linkForCard(id);
    QVERIFY(link && link->has_value());
    QCOMPARE(m_server.issue((*link)->issueId).value(u"subject"_s).toString(), c.title);
    // Leave the board as the long test expects to find it.
    QVERIFY(m_board->deleteCards({id}));
    QVERIFY(sync(m_server.url(), cleanOptions()).outcome == SyncReport::Outcome::Ok);
    QCOMPARE(int(m_server.issues(u"faults"_s).size()), before);
}

void TestSyncFaults::fiftyRunsLoseNothingAndDuplicateNothing()
{
    const RunRange range = runRange();
    const int runs = range.end - range.first;
    const quint32 seed = qEnvironmentVariableIsSet("SPRINTDECK_FAULT_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SPRINTDECK_FAULT_SEED"))
                             : 20251121u;
    qInfo("sync faults: runs %d to %d of %d, seed %u (set SPRINTDECK_FAULT_SEED to repeat a run)",
          range.first + 1, range.end, runCount(), seed);
    QRandomGenerator random(seed + quint32(range.first));
    QElapsedTimer clock;
    clock.start();

    const SyncOptions clean = cleanOptions();
    SyncOptions faulty = clean;
    faulty.retries = 3;
    faulty.retryDelayMs = 50;
    faulty.timeoutMs = kTimeoutMs;

    {
        const SyncReport first = sync(m_server.url(), clean);
        QVERIFY2(first.outcome == SyncReport::Outcome::Ok, qPrintable(first.message));
    }
    const Sprint *sprint = m_board->sprintByName(u"Sprint 1"_s);
    QVERIFY(sprint);
    const qint64 sprintId = sprint->id;
    const qint64 todo = m_board->firstColumnId();
    const Column *progress = m_board->columnByName(u"In Progress"_s);
    QVERIFY(progress);
    const qint64 inProgress = progress->id;

    FaultProxy proxy(quint16(m_server.url().port()));
    QVERIFY(proxy.listen());

    QHash<qint64, Expected> expected;
    int edits = 0, creates = 0, kills = 0, plannedKills = 0, faultySyncs = 0, failedSyncs = 0;
    for (int run = range.first; run < range.end; ++run) {
        // Local edits while offline: new cards, renames, re-estimates, moves.
        const int newCards = 1 + int(random.bounded(3));
        for (int n = 0; n < newCards; ++n) {
            Card c;
            c.title = u"Run %1 card %2 (seed %3)"_s.arg(run).arg(n).arg(seed);
            c.sprintId = sprintId;
            c.columnId = todo;
            c.points = double(random.bounded(13));
            auto id = m_board->addCard(c);
            QVERIFY2(id, qPrintable(id.error()));
            expected.insert(*id, {c.title, *c.points, false});
            ++creates;
            ++edits;
        }
        const QList<qint64> ids = expected.keys();
        const int changes = 1 + int(random.bounded(4));
        for (int n = 0; n < changes; ++n) {
            const qint64 id = ids.at(int(random.bounded(qsizetype(ids.size()))));
            Expected &e = expected[id];
            Card c = *m_board->card(id);
            switch (random.bounded(3)) {
            case 0:
                c.title = e.title =
                    u"%1, renamed in run %2"_s.arg(e.title.section(u',', 0, 0)).arg(run);
                QVERIFY(m_board->updateCard(c));
                break;
            case 1:
                c.points = e.points = double(random.bounded(21));
                QVERIFY(m_board->updateCard(c));
                break;
            default:
                e.inProgress = !e.inProgress;
                QVERIFY(m_board->moveCards({id}, sprintId, e.inProgress ? inProgress : todo));
                break;
            }
            ++edits;
        }

        // Three syncs through the faulty proxy; in every tenth run the server is killed too.
        const bool kill = killsServer(run);
        plannedKills += kill;
        proxy.arm(seed * 1000u + quint32(run), 0.3, kStallMs, kDelayMs);
        for (int attempt = 0; attempt < 3; ++attempt) {
            std::function<void()> killer;
            bool killed = false;
            if (kill && attempt == 0) {
                const int after = int(random.bounded(kKillWindowMs));
                killer = [&, after] {
                    QTimer::singleShot(after, this, [&] {
                        if (m_server.kill())
                            ++kills;
                        killed = true;
                    });
                };
            }
            const SyncReport report = sync(proxy.url(), faulty, killer);
            ++faultySyncs;
            failedSyncs += report.outcome != SyncReport::Outcome::Ok;
            QVERIFY2(report.outcome != SyncReport::Outcome::Cancelled, qPrintable(report.message));
            if (kill && attempt == 0) {
                // The sync may have ended before the kill: the server goes down before it resumes.
                QTRY_VERIFY_WITH_TIMEOUT(killed, 30000);
                QVERIFY(m_server.resume());
            }
        }
        proxy.disarm();

        // Without faults everything arrives, once.
        const SyncReport report = sync(m_server.url(), clean);
        QVERIFY2(report.outcome == SyncReport::Outcome::Ok,
                 qPrintable(u"run %1: %2 (%3)"_s.arg(run).arg(report.message,
                                                              report.rejected.join(u"; "_s))));
        SyncStore store(m_board->database());
        const auto outbox = store.outbox(m_remote.id);
        QVERIFY(outbox);
        QVERIFY2(
            outbox->isEmpty(),
            qPrintable(u"run %1: %2 entries left in the outbox"_s.arg(run).arg(outbox->size())));
        const QList<QJsonObject> issues = m_server.issues(u"faults"_s);
        QHash<qint64, QJsonObject> byId;
        QHash<QString, int> subjects;
        for (const QJsonObject &issue : issues) {
            byId.insert(issue.value(u"id"_s).toInteger(), issue);
            ++subjects[issue.value(u"subject"_s).toString().section(u',', 0, 0)];
        }
        for (auto it = subjects.cbegin(); it != subjects.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(u"run %1: %2 issues named \u201c%3\u201d"_s.arg(run)
                                    .arg(it.value())
                                    .arg(it.key())));
        QCOMPARE(issues.size(), expected.size());
        QCOMPARE(m_board->cardCount(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Card *card = m_board->card(it.key());
            QVERIFY(card);
            // The board kept the local edit...
            QCOMPARE(card->title, it->title);
            QCOMPARE(card->points.value_or(-1), it->points);
            QCOMPARE(card->columnId, it->inProgress ? inProgress : todo);
            // ... and the server has it.
            const auto link = store.linkForCard(it.key());
            QVERIFY(link && link->has_value());
            const QJsonObject issue = byId.value((*link)->issueId);
            QVERIFY2(!issue.isEmpty(),
                     qPrintable(u"run %1: %2 has no issue"_s.arg(run).arg(card->title)));
            QCOMPARE(issue.value(u"subject"_s).toString(), it->title);
            QCOMPARE(RedmineServer::storyPoints(issue).toDouble(), it->points);
            QCOMPARE(issue.value(u"status"_s)[u"name"_s].toString() == u"In Progress"_s,
                     it->inProgress);
        }
        if ((run + 1) % 10 == 0)
            qInfo("sync faults: run %d of %d: %lld issues, each once; %d requests, %d faulty "
                  "syncs (%d failed) so far",
                  run + 1, runCount(), qint64(issues.size()), proxy.requests(), faultySyncs,
                  failedSyncs);
    }
    const auto &injected = proxy.injected();
    int faults = 0;
    QStringList kinds;
    for (int k = FaultProxy::ErrorBefore; k < FaultProxy::FaultKinds; ++k) {
        faults += injected[k];
        kinds.append(
            u"%1 %2"_s.arg(injected[k]).arg(QLatin1String(FaultProxy::name(FaultProxy::Fault(k)))));
    }
    qInfo("sync faults: %d runs, %d local edits (%d new cards), %d faulty syncs (%d failed), "
          "%d requests through the proxy, %d faults injected (%s), server killed %d times; "
          "0 edits lost, 0 duplicates; %.0f s",
          runs, edits, creates, faultySyncs, failedSyncs, proxy.requests(), faults,
          qPrintable(kinds.join(u", "_s)), kills, double(clock.elapsed()) / 1000.0);
    QVERIFY(plannedKills >= runs / 10);
    QCOMPARE(kills, plannedKills);
    QVERIFY2(faults >= 2 * runs, "too few faults for the test to mean anything");
    QVERIFY2(failedSyncs >= runs / 5, "the faults should have broken syncs");
    for (int k = FaultProxy::ErrorBefore; k < FaultProxy::FaultKinds; ++k)
        QVERIFY2(injected[k] > 0, FaultProxy::name(FaultProxy::Fault(k)));
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"

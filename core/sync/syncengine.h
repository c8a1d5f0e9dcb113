#pragma once

#include "core/storage/syncstore.h"
#include "core/sync/remote.h"
#include "core/sync/syncapplier.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace SprintDeck {

class Board;
class OutboxRecorder;
class RedmineClient;
struct RemoteReply;

struct SyncOptions
{
    bool reconcile = false; ///< look for deleted issues now, not only when due
    int reconcileIntervalSeconds = 3600;
    int retries = 3;          ///< per idempotent request, on network errors and 5xx
    int retryDelayMs = 500;   ///< doubles with each retry
    int timeoutMs = 60000;    ///< per request
    int parallelRequests = 4; ///< journals fetched at once
};

/** What a sync did and how it ended. */
struct SyncReport
{
    enum class Outcome
    {
        Ok,
        Attention, ///< done, but conflicts wait for the user or the server refused changes
        Failed,
        Cancelled,
    };

    Outcome outcome = Outcome::Ok;
    QString message; ///< one line for people
    ApplyStats pulled;
    int pushed = 0;
    int waiting = 0;      ///< outbox entries left
    int conflicts = 0;    ///< conflicts waiting for the user
    QStringList rejected; ///< "KEY: the server's message"
    QStringList notes;    ///< things worth knowing (a field the server lacks, ...)
    int requests = 0;
};

/**
 * One sync of a board with one remote, in the background of the event loop
 * (no thread, no nested loop): check the key, read the project's lists and
 * versions, pull issues changed since the last pull (pages of 100, with
 * journals where history is new), find deleted issues now and then, then send
 * the outbox in order. Every step that changes the board is one transaction,
 * so a sync that fails or is cancelled half-way loses nothing and the next one
 * continues from there.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    /** Points where tests stop a sync as if the process died there. */
    enum class FaultPoint
    {
        CreateAnswered,
        UpdateAnswered
    };

    explicit SyncEngine(Board &board, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** Starts a sync; finished() tells the outcome. The key is used for this sync only. */
    void start(const Remote &remote, const QString &apiKey, const SyncOptions &options = {});
    /** Stops at once; what was committed stays, the rest is done next time. */
    void cancel();
    bool isRunning() const { return m_running; }

    /** Test seam: when it returns true at a point, the sync stops there without writing anything
     * more. */
    void setFaultHook(std::function<bool(FaultPoint)> hook) { m_faultHook = std::move(hook); }

signals:
    void progress(int done, int total, const QString &text);
    void finished(const SprintDeck::SyncReport &report);

private:
    // syncengine.cpp: set-up and pull
    void fail(const QString &message);
    void finish();
    bool check(const RemoteReply &reply);
    void fetchUser();
    void fetchProject();
    void fetchLists();
    void fetchMemberships(int offset);
    void fetchCustomFields();
    void fetchVersions();
    void findLostCreates();
    void lookForLostCreates(const QList<OutboxEntry> &lost, const QDateTime &since, int offset,
                            const QList<RemoteIssue> &found);
    void matchLostCreates(const QList<OutboxEntry> &lost, QList<RemoteIssue> candidates);
    void startPull();
    void pullPage(int offset);
    void pageArrived(const RemoteReply &reply, int offset);
    void fetchJournals();
    void applyPage();
    void reconcile();
    void reconcilePage(int offset);
    void reconcileDone();
    bool learnStoryPointsField(const QJsonArray &issues);
    bool saveRemote();
    PointsSource pointsSource() const;

    // syncpush.cpp: the outbox
    void pushNext();
    void pushVersion(const OutboxEntry &entry);
    void pushDelete(qint64 cardId, const QList<OutboxEntry> &entries, qint64 issueId);
    void pushCreate(const OutboxEntry &create, const QList<OutboxEntry> &entries);
    void pushUpdate(qint64 cardId, const QList<OutboxEntry> &entries);
    void reject(const QList<OutboxEntry> &entries, const QString &message);
    bool faulted(FaultPoint point);
    void pushFailed(const RemoteReply &reply);

    Board &m_board;
    OutboxRecorder *m_recorder;
    SyncStore m_store;
    QNetworkAccessManager *m_network;
    RedmineClient *m_client = nullptr;
    Remote m_remote;
    SyncOptions m_options;
    SyncState m_state;
    SyncReport m_report;
    std::unique_ptr<RedmineMapper> m_mapper;
    std::unique_ptr<SyncApplier> m_applier;
    std::function<bool(FaultPoint)> m_faultHook;
    bool m_running = false;
    qint64 m_userId = 0;
    qint64 m_projectId = 0;

    // pull
    QDateTime m_pullStarted;
    QString m_maxUpdatedOn;
    bool m_fullPull = false;
    QSet<qint64> m_seenIssues;
    QList<RemoteIssue> m_page;
    QList<int> m_journalQueue; ///< indexes into m_page
    int m_journalsInFlight = 0;
    int m_nextOffset = 0;
    int m_total = 0;
    int m_done = 0;

    // push
    QSet<qint64> m_skipCards;
    QSet<qint64> m_skipSprints;
};

} // namespace SprintDeck

Q_DECLARE_METATYPE(SprintDeck::SyncReport)

#include "core/sync/syncengine.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/sync/outboxrecorder.h"
#include "core/sync/redmineclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
constexpr int kPageSize = 100;
/** Issues changed while a pull pages through them may be missed by it; the next pull looks back
 * this far. */
constexpr qint64 kPullOverlapSeconds = 120;
} // namespace

SyncEngine::SyncEngine(Board &board, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_recorder(OutboxRecorder::attach(board))
    , m_store(board.database())
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<SprintDeck::SyncReport>();
}

SyncEngine::~SyncEngine()
{
    if (m_client)
        m_client->abortAll();
}

void SyncEngine::start(const Remote &remote, const QString &apiKey, const SyncOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_report = SyncReport();
    m_options = options;
    m_skipCards.clear();
    m_skipSprints.clear();
    m_seenIssues.clear();
    m_done = m_total = 0;
    // The stored remote is the truth (the mapping may have been edited since the caller read it).
    auto stored = m_store.remote(remote.id);
    m_remote = stored ? stored.value() : remote;
    if (Status s = checkTransport(m_remote.url, m_remote.allowInsecureHttp); !s) {
        fail(s.error());
        return;
    }
    auto state = m_store.state(m_remote.id);
    if (!state) {
        fail(state.error());
        return;
    }
    m_state = state.value();
    delete m_client;
    m_client = new RedmineClient(m_network, m_remote.url, apiKey, this);
    m_client->setRetries(options.retries, options.retryDelayMs);
    m_client->setTimeout(options.timeoutMs);
    m_mapper = std::make_unique<RedmineMapper>(m_remote, m_board);
    m_applier = std::make_unique<SyncApplier>(m_board, *m_recorder, m_store, m_remote, *m_mapper);
    if (Status s = m_applier->load(); !s) {
        fail(s.error());
        return;
    }
    emit progress(0, 0, tr("Connecting to %1").arg(m_remote.url.host()));
    fetchUser();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    if (m_client)
        m_client->abortAll();
    m_report.outcome = SyncReport::Outcome::Cancelled;
    m_report.message = tr("Sync with %1 cancelled; what was done is kept").arg(m_remote.name);
    finish();
}

void SyncEngine::fail(const QString &message)
{
    if (!m_running)
        return;
    if (m_client)
        m_client->abortAll();
    m_report.outcome = SyncReport::Outcome::Failed;
    m_report.message = tr("Sync with %1 failed: %2").arg(m_remote.name, message);
    finish();
}

void SyncEngine::finish()
{
    if (!m_running)
        return;
    m_running = false;
    auto conflicts = m_store.conflicts(m_remote.id);
    m_report.conflicts = conflicts ? int(conflicts->size()) : 0;
    auto outbox = m_store.outbox(m_remote.id);
    if (outbox) {
        m_report.waiting = int(outbox->size());
        m_report.rejected.clear();
        for (const OutboxEntry &e : std::as_const(outbox.value())) {
            if (e.state != OutboxEntry::State::Rejected)
                continue;
            const Card *card = m_board.card(e.cardId);
            const Sprint *sprint = m_board.sprint(e.sprintId);
            const QString what = card ? card->key : sprint ? sprint->name : QString::number(e.id);
            const QString line = u"%1: %2"_s.arg(what, e.error);
            if (!m_report.rejected.contains(line))
                m_report.rejected.append(line);
        }
    }
    m_report.requests = m_client ? m_client->requestCount() : 0;
    if (m_report.outcome == SyncReport::Outcome::Ok) {
        QStringList parts;
        parts.append(tr("%n new", nullptr, m_report.pulled.created));
        parts.append(tr("%n updated", nullptr, m_report.pulled.updated));
        if (m_report.pulled.deleted)
            parts.append(tr("%n deleted", nullptr, m_report.pulled.deleted));
        parts.append(tr("%n sent", nullptr, m_report.pushed));
        if (m_report.conflicts)
            parts.append(tr("%n conflicts", nullptr, m_report.conflicts));
        if (!m_report.rejected.isEmpty())
            parts.append(tr("%n refused", nullptr, int(m_report.rejected.size())));
        m_report.message = tr("Synced with %1: %2").arg(m_remote.name, parts.join(u", "_s));
        if (m_report.conflicts || !m_report.rejected.isEmpty())
            m_report.outcome = SyncReport::Outcome::Attention;
    }
    m_state.syncedAt = QDateTime::currentDateTimeUtc();
    m_state.result = m_report.message;
    Transaction tx(m_store.database());
    if (tx.isActive() && m_store.saveState(m_remote.id, m_state))
        tx.commit();
    emit finished(m_report);
}

bool SyncEngine::check(const RemoteReply &reply)
{
    if (reply.ok())
        return true;
    fail(reply.error);
    return false;
}

PointsSource SyncEngine::pointsSource() const
{
    return {m_remote.pointsField == Remote::PointsField::EstimatedHours,
            m_remote.storyPointsFieldId};
}

void SyncEngine::fetchUser()
{
    m_client->get(u"/users/current.json"_s, {}, [this](const RemoteReply &reply) {
        if (!check(reply))
            return;
        // The answer holds the key itself: take the id, keep nothing else.
        m_userId = reply.json.object().value(u"user"_s).toObject().value(u"id"_s).toInteger();
        fetchProject();
    });
}

void SyncEngine::fetchProject()
{
    m_client->get(
        u"/projects/%1.json"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(m_remote.project))),
        {}, [this](const RemoteReply &reply) {
            if (reply.status == 404) {
                fail(tr("there is no project \u201c%1\u201d on %2 (or it is not visible with this "
                        "key)")
                         .arg(m_remote.project, m_remote.url.host()));
                return;
            }
            if (!check(reply))
                return;
            m_projectId =
                reply.json.object().value(u"project"_s).toObject().value(u"id"_s).toInteger();
            fetchLists();
        });
}

void SyncEngine::fetchLists()
{
    auto readList = [](const RemoteReply &reply, const QString &name, const QString &flag) {
        QList<RemoteEnumValue> list;
        const QJsonArray array = reply.json.object().value(name).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            list.append({o.value(u"id"_s).toInteger(), o.value(u"name"_s).toString(),
                         o.value(flag).toBool()});
        }
        return list;
    };
    m_client->get(u"/issue_statuses.json"_s, {}, [this, readList](const RemoteReply &statuses) {
        if (!check(statuses))
            return;
        QList<StatusMapping> listed;
        for (const RemoteEnumValue &s : readList(statuses, u"issue_statuses"_s, u"is_closed"_s))
            listed.append({s.id, s.name, s.flag, 0});
        // New statuses get a column; what the user mapped stays.
        m_remote.statusMap = defaultStatusMapping(listed, m_board, m_remote.statusMap);
        m_client->get(u"/enumerations/issue_priorities.json"_s, {},
                      [this, readList](const RemoteReply &priorities) {
                          if (!check(priorities))
                              return;
                          m_remote.priorities =
                              readList(priorities, u"issue_priorities"_s, u"is_default"_s);
                          m_client->get(u"/trackers.json"_s, {},
                                        [this, readList](const RemoteReply &trackers) {
                                            if (!check(trackers))
                                                return;
                                            m_remote.trackers =
                                                readList(trackers, u"trackers"_s, QString());
                                            fetchMemberships(0);
                                        });
                      });
    });
}

void SyncEngine::fetchMemberships(int offset)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    m_client->get(
        u"/projects/%1/memberships.json"_s.arg(m_projectId), query,
        [this, offset](const RemoteReply &reply) {
            if (reply.status ==
                403) { // members are not visible to everyone; names then come from the issues
                fetchCustomFields();
                return;
            }
            if (!check(reply))
                return;
            const QJsonObject o = reply.json.object();
            const QJsonArray memberships = o.value(u"memberships"_s).toArray();
            for (const QJsonValue &v : memberships) {
                const QJsonObject user = v.toObject().value(u"user"_s).toObject();
                m_mapper->addUser(user.value(u"id"_s).toInteger(),
                                  user.value(u"name"_s).toString());
            }
            const int next = offset + int(memberships.size());
            if (!memberships.isEmpty() && next < o.value(u"total_count"_s).toInt())
                fetchMemberships(next);
            else
                fetchCustomFields();
        });
}

void SyncEngine::fetchCustomFields()
{
    if (m_remote.pointsField != Remote::PointsField::StoryPoints || m_remote.storyPointsFieldId) {
        fetchVersions();
        return;
    }
    m_client->get(u"/custom_fields.json"_s, {}, [this](const RemoteReply &reply) {
        if (reply.status ==
            403) { // only administrators may list them; the issues name their fields too
            fetchVersions();
            return;
        }
        if (!check(reply))
            return;
        const QJsonArray fields = reply.json.object().value(u"custom_fields"_s).toArray();
        for (const QJsonValue &v : fields) {
            const QJsonObject f = v.toObject();
            if (f.value(u"customized_type"_s).toString() == u"issue" &&
                f.value(u"name"_s).toString().compare(u"Story points"_s, Qt::CaseInsensitive) ==
                    0) {
                m_remote.storyPointsFieldId = f.value(u"id"_s).toInteger();
                break;
            }
        }
        fetchVersions();
    });
}

bool SyncEngine::saveRemote()
{
    m_remote.users = m_mapper->users();
    auto stored = m_store.remote(m_remote.id);
    if (stored && stored.value() == m_remote)
        return true;
    Transaction tx(m_store.database());
    if (Status s = m_store.updateRemote(m_remote); !s || !tx.commit()) {
        fail(s ? m_store.database().lastError() : s.error());
        return false;
    }
    return true;
}

bool SyncEngine::learnStoryPointsField(const QJsonArray &issues)
{
    if (m_remote.pointsField != Remote::PointsField::StoryPoints || m_remote.storyPointsFieldId)
        return true;
    for (const QJsonValue &issue : issues) {
        const QJsonArray fields = issue.toObject().value(u"custom_fields"_s).toArray();
        for (const QJsonValue &v : fields) {
            const QJsonObject f = v.toObject();
            if (f.value(u"name"_s).toString().compare(u"Story points"_s, Qt::CaseInsensitive) ==
                0) {
                m_remote.storyPointsFieldId = f.value(u"id"_s).toInteger();
                return saveRemote();
            }
        }
    }
    return true;
}

void SyncEngine::fetchVersions()
{
    if (!saveRemote())
        return;
    m_client->get(u"/projects/%1/versions.json"_s.arg(m_projectId), {},
                  [this](const RemoteReply &reply) {
                      if (!check(reply))
                          return;
                      QList<RemoteVersion> versions;
                      const QJsonArray array = reply.json.object().value(u"versions"_s).toArray();
                      for (const QJsonValue &v : array)
                          versions.append(RemoteVersion::fromJson(v.toObject()));
                      if (Status s = m_applier->applyVersions(versions); !s) {
                          fail(s.error());
                          return;
                      }
                      m_pullStarted = QDateTime::currentDateTimeUtc();
                      m_maxUpdatedOn.clear();
                      m_fullPull = m_state.pulledUntil.isEmpty();
                      // Before pulling: an issue created by an answer that got lost belongs to its
                      // card, and must not come back as a new card.
                      findLostCreates();
                  });
}

void SyncEngine::pullPage(int offset)
{
    QUrlQuery query;
    query.addQueryItem(u"project_id"_s, QString::number(m_projectId));
    query.addQueryItem(u"subproject_id"_s, u"!*"_s);
    query.addQueryItem(u"status_id"_s, u"*"_s);
    // By id: an issue updated while we page does not move, so no page boundary skips one.
    query.addQueryItem(u"sort"_s, u"id"_s);
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    if (!m_fullPull)
        query.addQueryItem(u"updated_on"_s, u">="_s + m_state.pulledUntil);
    m_client->get(u"/issues.json"_s, query,
                  [this, offset](const RemoteReply &reply) { pageArrived(reply, offset); });
}

void SyncEngine::pageArrived(const RemoteReply &reply, int offset)
{
    if (!check(reply))
        return;
    const QJsonObject o = reply.json.object();
    const QJsonArray issues = o.value(u"issues"_s).toArray();
    if (!learnStoryPointsField(issues))
        return;
    m_total = o.value(u"total_count"_s).toInt();
    m_page.clear();
    m_journalQueue.clear();
    const PointsSource points = pointsSource();
    for (const QJsonValue &v : issues) {
        auto issue = RemoteIssue::fromJson(v.toObject(), points);
        if (!issue) {
            fail(issue.error());
            return;
        }
        m_seenIssues.insert(issue->id);
        if (issue->updatedOn > m_maxUpdatedOn)
            m_maxUpdatedOn = issue->updatedOn;
        if (m_applier->needsJournals(*issue))
            m_journalQueue.append(int(m_page.size()));
        m_page.append(issue.value());
    }
    m_nextOffset = issues.isEmpty() ? m_total : offset + int(issues.size());
    fetchJournals();
}

void SyncEngine::fetchJournals()
{
    if (!m_running)
        return;
    if (m_journalQueue.isEmpty() && m_journalsInFlight == 0) {
        applyPage();
        return;
    }
    const PointsSource points = pointsSource();
    while (!m_journalQueue.isEmpty() && m_journalsInFlight < qMax(1, m_options.parallelRequests)) {
        const int index = m_journalQueue.takeFirst();
        ++m_journalsInFlight;
        QUrlQuery query;
        query.addQueryItem(u"include"_s, u"journals"_s);
        m_client->get(
            u"/issues/%1.json"_s.arg(m_page.at(index).id), query,
            [this, index, points](const RemoteReply &reply) {
                --m_journalsInFlight;
                if (reply.status ==
                    404) { // deleted since the page was read: the next reconciliation finds it
                    m_page[index].journalsFetched = false;
                    m_page[index].id = 0;
                } else if (!check(reply)) {
                    return;
                } else {
                    auto issue = RemoteIssue::fromJson(
                        reply.json.object().value(u"issue"_s).toObject(), points);
                    if (!issue) {
                        fail(issue.error());
                        return;
                    }
                    m_page[index] = issue.value();
                }
                fetchJournals();
            });
    }
}

void SyncEngine::applyPage()
{
    m_page.removeIf([](const RemoteIssue &i) { return i.id == 0; });
    if (Status s = m_applier->applyPulled(m_page); !s) {
        fail(s.error());
        return;
    }
    m_done += int(m_page.size());
    m_report.pulled = m_applier->stats();
    emit progress(m_done, m_total, tr("Pulled %1 of %2 issues").arg(m_done).arg(m_total));
    m_page.clear();
    if (m_nextOffset < m_total) {
        pullPage(m_nextOffset);
        return;
    }
    // The pull is complete: the next one starts a little before the newest change seen.
    if (!m_maxUpdatedOn.isEmpty()) {
        const qint64 pullSeconds = m_pullStarted.secsTo(QDateTime::currentDateTimeUtc());
        const QDateTime from =
            parseRemoteTime(m_maxUpdatedOn).addSecs(-(kPullOverlapSeconds + pullSeconds));
        const QString next = formatRemoteTime(from);
        if (next > m_state.pulledUntil)
            m_state.pulledUntil = next;
    }
    {
        Transaction tx(m_store.database());
        if (!tx.isActive() || !m_store.saveState(m_remote.id, m_state) || !tx.commit()) {
            fail(m_store.database().lastError());
            return;
        }
    }
    reconcile();
}

void SyncEngine::reconcile()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_fullPull) {
        // A full pull saw every issue there is.
        reconcileDone();
        return;
    }
    const bool due = !m_state.reconciledAt.isValid() ||
                     m_state.reconciledAt.secsTo(now) >= m_options.reconcileIntervalSeconds;
    if (!m_options.reconcile && !due) {
        pushNext();
        return;
    }
    m_seenIssues.clear();
    emit progress(0, 0, tr("Looking for deleted issues"));
    reconcilePage(0);
}

void SyncEngine::reconcilePage(int offset)
{
    QUrlQuery query;
    query.addQueryItem(u"project_id"_s, QString::number(m_projectId));
    query.addQueryItem(u"subproject_id"_s, u"!*"_s);
    query.addQueryItem(u"status_id"_s, u"*"_s);
    query.addQueryItem(u"sort"_s, u"id"_s);
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    m_client->get(u"/issues.json"_s, query, [this, offset](const RemoteReply &reply) {
        if (!check(reply))
            return;
        const QJsonObject o = reply.json.object();
        const QJsonArray issues = o.value(u"issues"_s).toArray();
        for (const QJsonValue &v : issues)
            m_seenIssues.insert(v.toObject().value(u"id"_s).toInteger());
        const int next = offset + int(issues.size());
        if (!issues.isEmpty() && next < o.value(u"total_count"_s).toInt())
            reconcilePage(next);
        else
            reconcileDone();
    });
}

void SyncEngine::reconcileDone()
{
    QList<qint64> gone;
    for (auto it = m_applier->links().cbegin(); it != m_applier->links().cend(); ++it)
        if (!m_seenIssues.contains(it.key()))
            gone.append(it.key());
    if (Status s = m_applier->applyGone(gone); !s) {
        fail(s.error());
        return;
    }
    m_report.pulled = m_applier->stats();
    m_state.reconciledAt = QDateTime::currentDateTimeUtc();
    pushNext();
}

} // namespace SprintDeck

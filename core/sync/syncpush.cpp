// The push half of SyncEngine: the outbox, in order, one card at a time.
#include "core/sync/syncengine.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/sync/redmineclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
/** How far back to look for an issue whose creation answer got lost (clocks of client and server
 * differ). */
constexpr qint64 kCreateLookBackSeconds = 600;
constexpr int kLookupPageSize = 100; ///< the most Redmine returns at once
} // namespace

bool SyncEngine::faulted(FaultPoint point)
{
    if (!m_faultHook || !m_faultHook(point))
        return false;
    // As if the process died here: nothing more is written.
    m_client->abortAll();
    m_report.outcome = SyncReport::Outcome::Failed;
    m_report.message = tr("Sync with %1 interrupted").arg(m_remote.name);
    m_running = false;
    emit finished(m_report);
    return true;
}

void SyncEngine::pushFailed(const RemoteReply &reply)
{
    auto waiting = m_store.pendingCount(m_remote.id);
    fail(tr("%1; %n changes wait to be sent", nullptr, waiting ? waiting.value() : 0)
             .arg(reply.error));
}

void SyncEngine::reject(const QList<OutboxEntry> &entries, const QString &message)
{
    Transaction tx(m_store.database());
    for (OutboxEntry e : entries) {
        e.state = OutboxEntry::State::Rejected;
        e.error = message;
        if (Status s = m_store.saveEntry(e); !s) {
            fail(s.error());
            return;
        }
    }
    if (!tx.commit()) {
        fail(m_store.database().lastError());
        return;
    }
    if (!entries.isEmpty())
        m_skipCards.insert(entries.first().cardId);
    pushNext();
}

void SyncEngine::pushNext()
{
    if (!m_running)
        return;
    auto outbox = m_store.outbox(m_remote.id);
    if (!outbox) {
        fail(outbox.error());
        return;
    }
    auto conflicts = m_store.conflicts(m_remote.id);
    if (!conflicts) {
        fail(conflicts.error());
        return;
    }
    QSet<qint64> conflicted;
    for (const SyncConflict &c : std::as_const(conflicts.value()))
        conflicted.insert(c.cardId);

    const OutboxEntry *next = nullptr;
    for (const OutboxEntry &e : std::as_const(outbox.value())) {
        if (e.state == OutboxEntry::State::Rejected)
            continue;
        if (e.op == OutboxEntry::Op::Version
                ? m_skipSprints.contains(e.sprintId)
                : (m_skipCards.contains(e.cardId) || conflicted.contains(e.cardId)))
            continue;
        next = &e;
        break;
    }
    if (!next) {
        finish();
        return;
    }
    ++m_done;
    emit progress(m_done, m_total + int(outbox->size()),
                  tr("Sending changes to %1").arg(m_remote.name));
    if (next->op == OutboxEntry::Op::Version) {
        pushVersion(*next);
        return;
    }
    const qint64 cardId = next->cardId;
    QList<OutboxEntry> entries;
    for (const OutboxEntry &e : std::as_const(outbox.value()))
        if (e.cardId == cardId && e.op != OutboxEntry::Op::Version &&
            e.state != OutboxEntry::State::Rejected)
            entries.append(e);
    const auto issueIt = std::find_if(m_applier->links().cbegin(), m_applier->links().cend(),
                                      [cardId](const IssueLink &l) { return l.cardId == cardId; });
    const qint64 issueId = issueIt != m_applier->links().cend() ? issueIt->issueId : 0;
    const bool deleting = std::any_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) {
        return e.op == OutboxEntry::Op::Delete;
    });
    const auto create = std::find_if(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) {
        return e.op == OutboxEntry::Op::Create;
    });
    if (create != entries.cend() && !issueId) {
        pushCreate(*create, entries);
        return;
    }
    if (deleting || !m_board.card(cardId)) {
        pushDelete(cardId, entries, issueId);
        return;
    }
    if (!issueId) {
        // Changes of a card whose issue is gone: nothing to send them to.
        QList<qint64> ids;
        for (const OutboxEntry &e : std::as_const(entries))
            ids.append(e.id);
        if (Status s = m_applier->dropEntries(ids); !s) {
            fail(s.error());
            return;
        }
        pushNext();
        return;
    }
    pushUpdate(cardId, entries);
}

void SyncEngine::pushDelete(qint64 cardId, const QList<OutboxEntry> &entries, qint64 issueId)
{
    QList<qint64> ids;
    for (const OutboxEntry &e : entries)
        ids.append(e.id);
    auto done = [this, cardId, ids] {
        Transaction tx(m_store.database());
        if (Status s = m_store.removeLink(cardId); !s) {
            fail(s.error());
            return;
        }
        if (Status s = m_store.removeEntries(ids); !s) {
            fail(s.error());
            return;
        }
        if (!tx.commit()) {
            fail(m_store.database().lastError());
            return;
        }
        if (Status s = m_applier->load(); !s) {
            fail(s.error());
            return;
        }
        ++m_report.pushed;
        pushNext();
    };
    if (!issueId) {
        done();
        return;
    }
    m_client->remove(u"/issues/%1.json"_s.arg(issueId),
                     [this, done, entries](const RemoteReply &reply) {
                         if (reply.ok() || reply.status == 404) {
                             done();
                         } else if (reply.status == 403 || reply.status == 422) {
                             reject(entries, reply.error);
                         } else {
                             pushFailed(reply);
                         }
                     });
}

void SyncEngine::findLostCreates()
{
    auto outbox = m_store.outbox(m_remote.id);
    if (!outbox) {
        fail(outbox.error());
        return;
    }
    QList<OutboxEntry> lost;
    QDateTime since;
    for (const OutboxEntry &e : std::as_const(outbox.value())) {
        if (e.op != OutboxEntry::Op::Create || e.state != OutboxEntry::State::InFlight)
            continue;
        lost.append(e);
        const QDateTime sent =
            (e.sentAt.isValid() ? e.sentAt : e.createdAt).addSecs(-kCreateLookBackSeconds);
        if (!since.isValid() || sent < since)
            since = sent;
    }
    if (lost.isEmpty()) {
        startPull();
        return;
    }
    // Sent before without a known outcome: the issues may exist. Look for them before sending
    // again.
    lookForLostCreates(lost, since, 0, {});
}

void SyncEngine::startPull()
{
    emit progress(0, 0, tr("Pulling issues of %1").arg(m_remote.project));
    pullPage(0);
}

void SyncEngine::lookForLostCreates(const QList<OutboxEntry> &lost, const QDateTime &since,
                                    int offset, const QList<RemoteIssue> &found)
{
    QUrlQuery query;
    query.addQueryItem(u"project_id"_s, QString::number(m_projectId));
    query.addQueryItem(u"status_id"_s, u"*"_s);
    query.addQueryItem(u"author_id"_s, u"me"_s);
    query.addQueryItem(u"created_on"_s, u">="_s + formatRemoteTime(since));
    query.addQueryItem(u"sort"_s, u"id"_s);
    query.addQueryItem(u"limit"_s, QString::number(kLookupPageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    m_client->get(u"/issues.json"_s, query,
                  [this, lost, since, offset, found](const RemoteReply &reply) {
                      if (!check(reply))
                          return;
                      QList<RemoteIssue> candidates = found;
                      const QJsonObject o = reply.json.object();
                      const QJsonArray issues = o.value(u"issues"_s).toArray();
                      for (const QJsonValue &v : issues) {
                          auto issue = RemoteIssue::fromJson(v.toObject(), pointsSource());
                          if (issue && !m_applier->links().contains(issue->id))
                              candidates.append(issue.value());
                      }
                      // More issues were created since than one page holds: read them all, or the
                      // lost one could be on a later page and be created a second time.
                      const int next = offset + int(issues.size());
                      if (!issues.isEmpty() && next < o.value(u"total_count"_s).toInt()) {
                          lookForLostCreates(lost, since, next, candidates);
                          return;
                      }
                      matchLostCreates(lost, candidates);
                  });
}

void SyncEngine::matchLostCreates(const QList<OutboxEntry> &lost, QList<RemoteIssue> candidates)
{
    for (const OutboxEntry &create : lost) {
        // The server may trim and normalise line ends; compare what survives that.
        auto plain = [](QString text) { return text.replace(u"\r\n"_s, u"\n"_s).trimmed(); };
        const QString subject = plain(create.payload.value(u"subject"_s).toString());
        const QString description = plain(create.payload.value(u"description"_s).toString());
        const auto found =
            std::find_if(candidates.cbegin(), candidates.cend(), [&](const RemoteIssue &i) {
                return plain(i.fields.value(SyncField::Title)) == subject &&
                       plain(i.fields.value(SyncField::Description)) == description;
            });
        if (found == candidates.cend()) {
            // Not there: the request never arrived, so sending it again creates it once.
            OutboxEntry retry = create;
            retry.state = OutboxEntry::State::Pending;
            Transaction tx(m_store.database());
            if (Status s = m_store.saveEntry(retry); !s || !tx.commit()) {
                fail(s ? m_store.database().lastError() : s.error());
                return;
            }
            continue;
        }
        // Found: the earlier POST went through. Link it instead of creating a second one.
        const IssueFields sent = issueFieldsFromJson(create.payload.value(u"fields"_s).toObject());
        if (Status s = m_applier->applyPushed(create.cardId, *found, sent, {create.id}, true); !s) {
            fail(s.error());
            return;
        }
        ++m_report.pushed;
        candidates.erase(found);
    }
    startPull();
}

void SyncEngine::pushCreate(const OutboxEntry &create, const QList<OutboxEntry> &entries)
{
    const Card *card = m_board.card(create.cardId);
    const bool deleting = std::any_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) {
        return e.op == OutboxEntry::Op::Delete;
    });
    if (!card || deleting) { // never created, and gone already
        QList<qint64> ids;
        for (const OutboxEntry &e : entries)
            ids.append(e.id);
        if (Status s = m_applier->dropEntries(ids); !s) {
            fail(s.error());
            return;
        }
        pushNext();
        return;
    }
    const IssueFields values = m_mapper->fromCard(*card, {});
    QList<SyncField> which;
    for (SyncField f : allSyncFields())
        if (!values.value(f).isEmpty() || f == SyncField::Description)
            which.append(f);
    QJsonObject issue = m_mapper->payload(values, which);
    issue.insert(u"project_id"_s, m_projectId);

    // Durably in flight before the request leaves: if the answer is lost (a crash, the
    // network), the next sync looks for the issue instead of creating it twice.
    OutboxEntry sent = create;
    sent.state = OutboxEntry::State::InFlight;
    sent.sentAt = QDateTime::currentDateTimeUtc();
    ++sent.attempts;
    sent.payload = QJsonObject{{u"subject"_s, values.value(SyncField::Title)},
                               {u"description"_s, values.value(SyncField::Description)},
                               {u"fields"_s, issueFieldsToJson(values)}};
    {
        Transaction tx(m_store.database());
        if (Status s = m_store.saveEntry(sent); !s || !tx.commit()) {
            fail(s ? m_store.database().lastError() : s.error());
            return;
        }
    }
    m_client->post(u"/issues.json"_s, QJsonDocument(QJsonObject{{u"issue"_s, issue}}),
                   [this, sent, values](const RemoteReply &reply) {
                       if (reply.status == 422 || reply.status == 403) {
                           // Refused, so certainly not created: back in line after the next edit.
                           reject({sent}, reply.error);
                           return;
                       }
                       if (!reply.ok()) {
                           pushFailed(reply);
                           return;
                       }
                       if (faulted(FaultPoint::CreateAnswered))
                           return;
                       auto issue = RemoteIssue::fromJson(
                           reply.json.object().value(u"issue"_s).toObject(), pointsSource());
                       if (!issue) {
                           fail(issue.error());
                           return;
                       }
                       if (Status s = m_applier->applyPushed(sent.cardId, issue.value(), values,
                                                             {sent.id}, true);
                           !s) {
                           fail(s.error());
                           return;
                       }
                       ++m_report.pushed;
                       pushNext();
                   });
}

void SyncEngine::pushUpdate(qint64 cardId, const QList<OutboxEntry> &entries)
{
    const auto link = std::find_if(m_applier->links().cbegin(), m_applier->links().cend(),
                                   [cardId](const IssueLink &l) { return l.cardId == cardId; });
    const qint64 issueId = link->issueId;
    QUrlQuery withJournals;
    withJournals.addQueryItem(u"include"_s, u"journals"_s);
    // Look before writing: a change on the server since the last pull is merged (or is a conflict)
    // first.
    m_client->get(
        u"/issues/%1.json"_s.arg(issueId), withJournals,
        [this, cardId, entries, issueId](const RemoteReply &before) {
            if (before.status == 404) {
                if (Status s = m_applier->applyGone({issueId}); !s) {
                    fail(s.error());
                    return;
                }
                m_report.pulled = m_applier->stats();
                pushNext();
                return;
            }
            if (!before.ok()) {
                pushFailed(before);
                return;
            }
            auto current = RemoteIssue::fromJson(before.json.object().value(u"issue"_s).toObject(),
                                                 pointsSource());
            if (!current) {
                fail(current.error());
                return;
            }
            if (!m_applier->isUnchanged(current.value())) {
                if (Status s = m_applier->applyPulled({current.value()}); !s) {
                    fail(s.error());
                    return;
                }
                m_report.pulled = m_applier->stats();
                if (!m_applier->isUnchanged(current.value()))
                    m_skipCards.insert(cardId); // a conflict now; the user decides
                pushNext();
                return;
            }
            const Card *card = m_board.card(cardId);
            const IssueLink &link = m_applier->links().value(issueId);
            QList<SyncField> fields;
            for (const OutboxEntry &e : entries)
                for (SyncField f : e.fields)
                    if (!fields.contains(f))
                        fields.append(f);
            const IssueFields values = m_mapper->fromCard(*card, link.base);
            fields.removeIf([&](SyncField f) { return values.value(f) == link.base.value(f); });
            IssueFields sent;
            for (SyncField f : std::as_const(fields))
                sent.insert(f, values.value(f));
            QList<qint64> ids;
            for (const OutboxEntry &e : entries)
                ids.append(e.id);
            if (fields.isEmpty()) { // edited back to what the server has
                if (Status s = m_applier->dropEntries(ids); !s) {
                    fail(s.error());
                    return;
                }
                pushNext();
                return;
            }
            const QJsonObject payload{{u"issue"_s, m_mapper->payload(values, fields)}};
            m_client->put(
                u"/issues/%1.json"_s.arg(issueId), QJsonDocument(payload),
                [this, cardId, entries, issueId, sent, ids](const RemoteReply &reply) {
                    if (reply.status == 422 || reply.status == 403) {
                        reject(entries, reply.error);
                        return;
                    }
                    if (reply.status == 404) {
                        if (Status s = m_applier->applyGone({issueId}); !s)
                            fail(s.error());
                        else
                            pushNext();
                        return;
                    }
                    if (!reply.ok()) {
                        pushFailed(reply);
                        return;
                    }
                    if (faulted(FaultPoint::UpdateAnswered))
                        return;
                    // A PUT answers without a body: read the issue to learn its new time stamp.
                    QUrlQuery query;
                    query.addQueryItem(u"include"_s, u"journals"_s);
                    m_client->get(
                        u"/issues/%1.json"_s.arg(issueId), query,
                        [this, cardId, sent, ids](const RemoteReply &after) {
                            if (!after.ok()) {
                                pushFailed(after);
                                return;
                            }
                            auto issue = RemoteIssue::fromJson(
                                after.json.object().value(u"issue"_s).toObject(), pointsSource());
                            if (!issue) {
                                fail(issue.error());
                                return;
                            }
                            if (Status s =
                                    m_applier->applyPushed(cardId, issue.value(), sent, ids, false);
                                !s) {
                                fail(s.error());
                                return;
                            }
                            ++m_report.pushed;
                            pushNext();
                        });
                });
        });
}

void SyncEngine::pushVersion(const OutboxEntry &entry)
{
    auto link = m_store.versionLinkForSprint(entry.sprintId);
    const Sprint *sprint = m_board.sprint(entry.sprintId);
    if (!link || !link->has_value() || !sprint) {
        if (Status s = m_applier->dropEntries({entry.id}); !s) {
            fail(s.error());
            return;
        }
        pushNext();
        return;
    }
    const VersionLink versionLink = **link;
    QJsonObject version{{u"name"_s, sprint->name},
                        {u"due_date"_s, sprint->end.toString(Qt::ISODate)}};
    const QString status = versionLink.base.value(u"status"_s).toString();
    if (sprint->state == Sprint::State::Closed)
        version.insert(u"status"_s, u"closed"_s);
    else if (status == u"closed")
        version.insert(u"status"_s, u"open"_s);
    m_client->put(u"/versions/%1.json"_s.arg(versionLink.versionId),
                  QJsonDocument(QJsonObject{{u"version"_s, version}}),
                  [this, entry, versionLink, version](const RemoteReply &reply) {
                      if (reply.status == 422 || reply.status == 403) {
                          Transaction tx(m_store.database());
                          OutboxEntry e = entry;
                          e.state = OutboxEntry::State::Rejected;
                          e.error = reply.error;
                          if (Status s = m_store.saveEntry(e); !s || !tx.commit()) {
                              fail(s ? m_store.database().lastError() : s.error());
                              return;
                          }
                          m_skipSprints.insert(entry.sprintId);
                          pushNext();
                          return;
                      }
                      if (!reply.ok() && reply.status != 404) {
                          pushFailed(reply);
                          return;
                      }
                      VersionLink updated = versionLink;
                      for (auto it = version.constBegin(); it != version.constEnd(); ++it)
                          updated.base.insert(it.key(), it.value());
                      Transaction tx(m_store.database());
                      if (Status s = m_store.saveVersionLink(updated); !s) {
                          fail(s.error());
                          return;
                      }
                      if (Status s = m_store.removeEntries({entry.id}); !s) {
                          fail(s.error());
                          return;
                      }
                      if (!tx.commit()) {
                          fail(m_store.database().lastError());
                          return;
                      }
                      ++m_report.pushed;
                      pushNext();
                  });
}

} // namespace SprintDeck

// SyncApplier's half for versions: Redmine versions become sprints, and back.
#include "core/sync/applyplan.h"
#include "core/sync/syncapplier.h"

#include "core/board/board.h"

using namespace Qt::StringLiterals;

namespace SprintDeck {

RemoteVersion RemoteVersion::fromJson(const QJsonObject &v)
{
    RemoteVersion version;
    version.id = v.value(u"id"_s).toInteger();
    version.name = v.value(u"name"_s).toString().trimmed();
    version.dueDate = QDate::fromString(v.value(u"due_date"_s).toString(), Qt::ISODate);
    version.status = v.value(u"status"_s).toString();
    version.createdOn = parseRemoteTime(v.value(u"created_on"_s).toString());
    version.updatedOn = parseRemoteTime(v.value(u"updated_on"_s).toString());
    return version;
}

QJsonObject RemoteVersion::toBase() const
{
    return {
        {u"name"_s, name}, {u"due_date"_s, dueDate.toString(Qt::ISODate)}, {u"status"_s, status}};
}

Sprint SyncApplier::sprintFor(const RemoteVersion &v, Sprint sprint, const QJsonObject &base) const
{
    const bool isNew = sprint.id == 0;
    const QDate today = QDate::currentDate();
    if (isNew || base.value(u"name"_s).toString() != v.name)
        sprint.name = v.name;
    if (isNew || base.value(u"due_date"_s).toString() != v.dueDate.toString(Qt::ISODate)) {
        const QDate end = v.dueDate.isValid()    ? v.dueDate
                          : sprint.end.isValid() ? sprint.end
                                                 : v.createdOn.toLocalTime().date().addDays(13);
        sprint.end = end;
        // Redmine versions have no start: two weeks before the due date, unless known here.
        if (!sprint.start.isValid() || sprint.start > end)
            sprint.start = end.addDays(-13);
    }
    const bool closed = v.status == u"closed";
    if (isNew || base.value(u"status"_s).toString() != v.status) {
        if (closed) {
            sprint.state = Sprint::State::Closed;
            sprint.closedAt = v.updatedOn.isValid() ? v.updatedOn : QDateTime::currentDateTimeUtc();
        } else if (sprint.state == Sprint::State::Closed || isNew) {
            sprint.closedAt = QDateTime();
            sprint.state = sprint.start <= today ? Sprint::State::Active : Sprint::State::Planned;
        }
        if (sprint.state != Sprint::State::Planned && !sprint.startedAt.isValid())
            sprint.startedAt = QDateTime(sprint.start, QTime(0, 0)).toUTC();
    }
    return sprint;
}

Status SyncApplier::applyVersions(const QList<RemoteVersion> &versions)
{
    auto links = m_store.versionLinks(m_remote.id);
    if (!links)
        return Status::failure(links.error());
    QSet<qint64> linkedSprints;
    for (const VersionLink &l : std::as_const(links.value()))
        linkedSprints.insert(l.sprintId);
    auto pendingSprints = m_store.outbox(m_remote.id);
    if (!pendingSprints)
        return Status::failure(pendingSprints.error());
    QSet<qint64> editedHere;
    for (const OutboxEntry &e : std::as_const(pendingSprints.value()))
        if (e.op == OutboxEntry::Op::Version)
            editedHere.insert(e.sprintId);

    Plan plan;
    QSet<QString> names;
    for (const Sprint &s : m_board.sprints())
        names.insert(s.name.toLower());
    QHash<qint64, qint64> versionToSprint;
    for (const RemoteVersion &v : versions) {
        if (v.id <= 0 || v.name.isEmpty())
            continue;
        const auto it = links->constFind(v.id);
        if (it != links->cend()) {
            const Sprint *sprint = m_board.sprint(it->sprintId);
            if (!sprint)
                continue;
            versionToSprint.insert(v.id, sprint->id);
            if (editedHere.contains(sprint->id))
                continue; // the local edit goes out first
            Sprint updated = sprintFor(v, *sprint, it->base);
            if (!(updated == *sprint)) {
                if (updated.name != sprint->name && names.contains(updated.name.toLower()))
                    updated.name = sprint->name;
                plan.batch.sprints.append(updated);
            }
            if (it->base != v.toBase())
                plan.saveVersionLinks.append({sprint->id, m_remote.id, v.id, v.toBase()});
            continue;
        }
        // A sprint of the same name that no version claims yet is the same sprint.
        const Sprint *same = m_board.sprintByName(v.name);
        if (same && !linkedSprints.contains(same->id)) {
            linkedSprints.insert(same->id);
            versionToSprint.insert(v.id, same->id);
            plan.saveVersionLinks.append({same->id, m_remote.id, v.id, v.toBase()});
            continue;
        }
        Sprint sprint = sprintFor(v, Sprint(), {});
        if (names.contains(sprint.name.toLower()))
            sprint.name = u"%1 (%2)"_s.arg(sprint.name, m_remote.name);
        names.insert(sprint.name.toLower());
        plan.batch.sprints.append(sprint);
        plan.newVersionLinks.insert(sprint.name, {0, m_remote.id, v.id, v.toBase()});
    }
    if (Status s = commit(plan); !s)
        return s;
    // The new sprints have ids now.
    auto saved = m_store.versionLinks(m_remote.id);
    if (!saved)
        return Status::failure(saved.error());
    for (const VersionLink &l : std::as_const(saved.value()))
        versionToSprint.insert(l.versionId, l.sprintId);
    m_mapper.setVersionLinks(versionToSprint);
    return {};
}

} // namespace SprintDeck

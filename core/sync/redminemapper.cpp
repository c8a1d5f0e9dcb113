#include "core/sync/redminemapper.h"

#include "core/board/board.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

qint64 toId(const QString &text)
{
    return text.toLongLong();
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

} // namespace

RedmineMapper::RedmineMapper(const Remote &remote, const Board &board)
    : m_remote(remote)
    , m_board(board)
    , m_users(remote.users)
{}

void RedmineMapper::addUser(qint64 id, const QString &name)
{
    if (id > 0 && !name.trimmed().isEmpty())
        m_users.insert(id, name.simplified());
}

Priority RedmineMapper::localPriority(qint64 priorityId) const
{
    const QList<RemoteEnumValue> &priorities = m_remote.priorities;
    qsizetype index = -1, defaultIndex = -1;
    for (qsizetype i = 0; i < priorities.size(); ++i) {
        if (priorities.at(i).id == priorityId)
            index = i;
        if (priorities.at(i).flag)
            defaultIndex = i;
    }
    if (index < 0)
        return Priority::P3;
    if (const auto parsed = parsePriority(priorities.at(index).name))
        return *parsed;
    // An unknown name: rank it around the default priority, as the server orders them.
    const qsizetype diff = index - (defaultIndex < 0 ? 0 : defaultIndex);
    return diff == 0   ? Priority::P3
           : diff == 1 ? Priority::P2
           : diff > 1  ? Priority::P1
                       : Priority::P4;
}

qint64 RedmineMapper::remotePriority(Priority priority, qint64 current) const
{
    if (current && localPriority(current) == priority)
        return current;
    for (const RemoteEnumValue &p : m_remote.priorities)
        if (localPriority(p.id) == priority)
            return p.id;
    return current;
}

CardType RedmineMapper::localType(qint64 trackerId) const
{
    for (const RemoteEnumValue &t : m_remote.trackers)
        if (t.id == trackerId)
            return parseCardType(t.name).value_or(CardType::Story);
    return CardType::Story;
}

qint64 RedmineMapper::remoteTracker(CardType type, qint64 current) const
{
    if (current && localType(current) == type)
        return current;
    for (const RemoteEnumValue &t : m_remote.trackers)
        if (parseCardType(t.name) == type)
            return t.id;
    // A fix is a kind of bug where the server has no "Fix" tracker.
    if (type == CardType::Fix)
        return remoteTracker(CardType::Bug, current);
    return current;
}

void RedmineMapper::toCard(const IssueFields &fields, const QList<SyncField> &which, Card &card,
                           const MemberFor &memberFor) const
{
    for (SyncField field : which) {
        if (!fields.contains(field))
            continue;
        const QString &value = fields.value(field);
        switch (field) {
        case SyncField::Title:
            card.title = value.trimmed().isEmpty() ? card.title : value;
            break;
        case SyncField::Description:
            card.description = value;
            break;
        case SyncField::Status:
            if (const qint64 column = m_remote.columnForStatus(toId(value));
                column && m_board.column(column))
                card.columnId = column;
            break;
        case SyncField::Priority:
            card.priority = localPriority(toId(value));
            break;
        case SyncField::Type:
            card.type = localType(toId(value));
            break;
        case SyncField::Assignee: {
            const qint64 user = toId(value);
            if (!user)
                card.assigneeId = 0;
            else if (const auto member = memberFor(user, m_users.value(user)))
                card.assigneeId = *member;
            break;
        }
        case SyncField::Sprint:
            card.sprintId = m_versionToSprint.value(toId(value), 0);
            break;
        case SyncField::Points:
            if (value.isEmpty())
                card.points.reset();
            else
                card.points = value.toDouble();
            break;
        }
    }
}

QString RedmineMapper::fromCard(SyncField field, const Card &card, const IssueFields &base) const
{
    const QString current = base.value(field);
    switch (field) {
    case SyncField::Title:
        return card.title;
    case SyncField::Description:
        return card.description;
    case SyncField::Status: {
        const qint64 status = m_remote.statusForColumn(card.columnId, toId(current));
        return status ? QString::number(status) : current;
    }
    case SyncField::Priority:
        return idText(remotePriority(card.priority, toId(current)));
    case SyncField::Type:
        return idText(remoteTracker(card.type, toId(current)));
    case SyncField::Assignee: {
        if (!card.assigneeId)
            return {};
        const Member *m = m_board.member(card.assigneeId);
        if (!m)
            return current;
        if (m_users.value(toId(current)).compare(m->name, Qt::CaseInsensitive) == 0)
            return current;
        for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
            if (it.value().compare(m->name, Qt::CaseInsensitive) == 0)
                return QString::number(it.key());
        // Not a user of the server: the assignment stays local.
        return current;
    }
    case SyncField::Sprint:
        for (auto it = m_versionToSprint.cbegin(); it != m_versionToSprint.cend(); ++it)
            if (it.value() == card.sprintId && card.sprintId)
                return QString::number(it.key());
        return {};
    case SyncField::Points:
        return formatPoints(card.points);
    }
    return current;
}

IssueFields RedmineMapper::fromCard(const Card &card, const IssueFields &base) const
{
    IssueFields fields;
    for (SyncField f : allSyncFields())
        fields.insert(f, fromCard(f, card, base));
    return fields;
}

QJsonObject RedmineMapper::payload(const IssueFields &values, const QList<SyncField> &which) const
{
    QJsonObject issue;
    auto idOrEmpty = [](const QString &v) {
        return v.isEmpty() ? QJsonValue(u""_s) : QJsonValue(v.toLongLong());
    };
    for (SyncField field : which) {
        const QString value = values.value(field);
        switch (field) {
        case SyncField::Title:
            issue.insert(u"subject"_s, value);
            break;
        case SyncField::Description:
            issue.insert(u"description"_s, value);
            break;
        case SyncField::Status:
            if (!value.isEmpty())
                issue.insert(u"status_id"_s, value.toLongLong());
            break;
        case SyncField::Priority:
            if (!value.isEmpty())
                issue.insert(u"priority_id"_s, value.toLongLong());
            break;
        case SyncField::Type:
            if (!value.isEmpty())
                issue.insert(u"tracker_id"_s, value.toLongLong());
            break;
        case SyncField::Assignee:
            issue.insert(u"assigned_to_id"_s, idOrEmpty(value));
            break;
        case SyncField::Sprint:
            issue.insert(u"fixed_version_id"_s, idOrEmpty(value));
            break;
        case SyncField::Points:
            if (m_remote.pointsField == Remote::PointsField::EstimatedHours)
                issue.insert(u"estimated_hours"_s, value.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(value.toDouble()));
            else if (m_remote.storyPointsFieldId)
                issue.insert(u"custom_fields"_s,
                             QJsonArray{QJsonObject{{u"id"_s, m_remote.storyPointsFieldId},
                                                    {u"value"_s, value}}});
            break;
        }
    }
    return issue;
}

QString RedmineMapper::displayRemote(SyncField field, const QString &value,
                                     const QString &assigneeName) const
{
    const qint64 id = toId(value);
    switch (field) {
    case SyncField::Status:
        for (const StatusMapping &m : m_remote.statusMap)
            if (m.statusId == id)
                return m.statusName;
        return value;
    case SyncField::Priority:
        return priorityName(localPriority(id));
    case SyncField::Type:
        return cardTypeName(localType(id));
    case SyncField::Assignee:
        if (!id)
            return {};
        return !assigneeName.isEmpty() ? assigneeName : m_users.value(id, u"#"_s + value);
    case SyncField::Sprint: {
        const Sprint *s = m_board.sprint(m_versionToSprint.value(id, 0));
        return s ? s->name : QString();
    }
    default:
        return value;
    }
}

QString RedmineMapper::displayLocal(SyncField field, const Card &card) const
{
    switch (field) {
    case SyncField::Title:
        return card.title;
    case SyncField::Description:
        return card.description;
    case SyncField::Status: {
        const Column *c = m_board.column(card.columnId);
        return c ? c->name : QString();
    }
    case SyncField::Priority:
        return priorityName(card.priority);
    case SyncField::Type:
        return cardTypeName(card.type);
    case SyncField::Assignee: {
        const Member *m = m_board.member(card.assigneeId);
        return m ? m->name : QString();
    }
    case SyncField::Sprint: {
        const Sprint *s = m_board.sprint(card.sprintId);
        return s ? s->name : QString();
    }
    case SyncField::Points:
        return formatPoints(card.points);
    }
    return {};
}

QList<StatusMapping> defaultStatusMapping(const QList<StatusMapping> &statuses, const Board &board,
                                          const QList<StatusMapping> &existing)
{
    const QList<Column> &columns = board.columns();
    auto columnLike = [&](std::initializer_list<QStringView> hints) -> qint64 {
        for (QStringView hint : hints)
            for (const Column &c : columns)
                if (!c.done && c.name.contains(hint, Qt::CaseInsensitive))
                    return c.id;
        return 0;
    };
    QList<StatusMapping> result;
    for (const StatusMapping &s : statuses) {
        StatusMapping m{s.statusId, s.statusName, s.closed, 0};
        for (const StatusMapping &old : existing)
            if (old.statusId == s.statusId && board.column(old.columnId))
                m.columnId = old.columnId;
        const QString &name = s.statusName;
        if (!m.columnId)
            if (const Column *same = board.columnByName(name))
                m.columnId = same->id;
        if (!m.columnId && s.closed)
            m.columnId = board.firstDoneColumnId();
        if (!m.columnId && name.contains(u"progress"_s, Qt::CaseInsensitive))
            m.columnId = columnLike({u"progress", u"doing"});
        if (!m.columnId && (name.contains(u"resolved"_s, Qt::CaseInsensitive) ||
                            name.contains(u"feedback"_s, Qt::CaseInsensitive) ||
                            name.contains(u"review"_s, Qt::CaseInsensitive) ||
                            name.contains(u"test"_s, Qt::CaseInsensitive)))
            m.columnId = columnLike({u"review", u"test", u"qa", u"verify"});
        if (!m.columnId)
            m.columnId = board.firstColumnId();
        result.append(m);
    }
    return result;
}

} // namespace SprintDeck

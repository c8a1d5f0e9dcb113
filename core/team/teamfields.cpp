#include "core/team/teamfields.h"

#include "core/storage/teamstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QString teamKindName(TeamKind kind)
{
    switch (kind) {
    case TeamKind::Card:
        return u"card"_s;
    case TeamKind::Sprint:
        return u"sprint"_s;
    case TeamKind::Column:
        return u"column"_s;
    case TeamKind::Member:
        return u"member"_s;
    case TeamKind::Standup:
        return u"standup"_s;
    }
    return {};
}

std::optional<TeamKind> parseTeamKind(QStringView name)
{
    for (TeamKind k :
         {TeamKind::Card, TeamKind::Sprint, TeamKind::Column, TeamKind::Member, TeamKind::Standup})
        if (name == teamKindName(k))
            return k;
    return std::nullopt;
}

QString teamOpName(TeamOp op)
{
    switch (op) {
    case TeamOp::Create:
        return u"create"_s;
    case TeamOp::Update:
        return u"update"_s;
    case TeamOp::Delete:
        return u"delete"_s;
    case TeamOp::Restore:
        return u"restore"_s;
    }
    return {};
}

std::optional<TeamOp> parseTeamOp(QStringView name)
{
    for (TeamOp op : {TeamOp::Create, TeamOp::Update, TeamOp::Delete, TeamOp::Restore})
        if (name == teamOpName(op))
            return op;
    return std::nullopt;
}

namespace {

QString flag(bool on)
{
    return on ? u"1"_s : u"0"_s;
}

QString datesText(const QList<QDate> &dates)
{
    QStringList texts;
    for (const QDate &d : dates)
        texts.append(d.toString(Qt::ISODate));
    return texts.join(u',');
}

QList<QDate> datesFrom(const QString &text)
{
    QList<QDate> dates;
    const QStringList texts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &t : texts)
        if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid())
            dates.append(d);
    return dates;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QString::number(t.toMSecsSinceEpoch()) : QString();
}

QDateTime timeFrom(const QString &text)
{
    return text.isEmpty() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(text.toLongLong(), Qt::UTC);
}

QString text(const QJsonObject &fields, QLatin1StringView name)
{
    return fields.value(name).toString();
}

} // namespace

Result<QJsonObject> TeamFields::ofCard(const Card &c, TeamStore &ids)
{
    auto uid = [&ids](TeamKind kind, qint64 id) -> Result<QString> {
        return id ? ids.uidOf(kind, id) : Result<QString>(QString());
    };
    const Result<QString> column = uid(TeamKind::Column, c.columnId);
    const Result<QString> sprint = uid(TeamKind::Sprint, c.sprintId);
    const Result<QString> assignee = uid(TeamKind::Member, c.assigneeId);
    for (const Result<QString> *r : {&column, &sprint, &assignee})
        if (!*r)
            return Result<QJsonObject>::failure(r->error());
    return QJsonObject{
        {u"key"_s, c.key},
        {u"title"_s, c.title},
        {u"description"_s, c.description},
        {u"points"_s, formatPoints(c.points)},
        {u"priority"_s, priorityName(c.priority)},
        {u"type"_s, cardTypeName(c.type)},
        {u"assignee"_s, *assignee},
        {u"labels"_s,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(c.labels)).toJson(QJsonDocument::Compact))},
        {u"blocked"_s, flag(c.blocked)},
        {u"blocked_reason"_s, c.blockedReason},
        {u"checklist"_s, checklistToJson(c.checklist)},
        {u"column"_s, *column},
        {u"rank"_s, QString::number(c.rank, 'g', 17)},
        {u"sprint"_s, *sprint},
        {u"created_at"_s, timeText(c.createdAt)},
    };
}

Status TeamFields::toCard(const QJsonObject &fields, Card &c, TeamStore &ids)
{
    return toCard(fields, c,
                  [&ids](TeamKind kind, const QString &uid) { return ids.localIdOf(kind, uid); });
}

Status TeamFields::toCard(const QJsonObject &fields, Card &c, const LocalIds &ids)
{
    auto local = [&ids](TeamKind kind, const QString &uid, qint64 *id) -> Status {
        if (uid.isEmpty()) {
            *id = 0;
            return {};
        }
        const Result<qint64> found = ids(kind, uid);
        if (!found)
            return Status::failure(found.error());
        if (!*found)
            return Status::failure(
                QCoreApplication::translate("SprintDeck::TeamFields",
                                            "the team server refers to a %1 this file lacks (%2)")
                    .arg(teamKindName(kind), uid));
        *id = *found;
        return {};
    };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString &name = it.key();
        const QString value = it.value().toString();
        Status s;
        if (name == u"key")
            c.key = value;
        else if (name == u"title")
            c.title = value;
        else if (name == u"description")
            c.description = value;
        else if (name == u"points")
            c.points = value.isEmpty() ? std::nullopt : std::optional<double>(value.toDouble());
        else if (name == u"priority")
            c.priority = parsePriority(value).value_or(Priority::P3);
        else if (name == u"type")
            c.type = parseCardType(value).value_or(CardType::Story);
        else if (name == u"assignee")
            s = local(TeamKind::Member, value, &c.assigneeId);
        else if (name == u"labels") {
            c.labels.clear();
            const QJsonArray labels = QJsonDocument::fromJson(value.toUtf8()).array();
            for (const QJsonValue &l : labels)
                c.labels.append(l.toString());
        } else if (name == u"blocked")
            c.blocked = value == u"1";
        else if (name == u"blocked_reason")
            c.blockedReason = value;
        else if (name == u"checklist")
            c.checklist = checklistFromJson(value);
        else if (name == u"column")
            s = local(TeamKind::Column, value, &c.columnId);
        else if (name == u"rank")
            c.rank = value.toDouble();
        else if (name == u"sprint")
            s = local(TeamKind::Sprint, value, &c.sprintId);
        else if (name == u"created_at")
            c.createdAt = timeFrom(value);
        if (!s)
            return s;
    }
    return {};
}

QJsonObject TeamFields::ofSprint(const Sprint &s)
{
    return QJsonObject{
        {u"name"_s, s.name},
        {u"goal"_s, s.goal},
        {u"start"_s, s.start.toString(Qt::ISODate)},
        {u"end"_s, s.end.toString(Qt::ISODate)},
        {u"state"_s, QString::number(int(s.state))},
        {u"capacity"_s, QString::number(s.capacity, 'g', 17)},
        {u"holidays"_s, datesText(s.holidays)},
        {u"extra_workdays"_s, datesText(s.extraWorkdays)},
        {u"started_at"_s, timeText(s.startedAt)},
        {u"closed_at"_s, timeText(s.closedAt)},
    };
}

void TeamFields::toSprint(const QJsonObject &f, Sprint &s)
{
    if (f.contains(u"name"_s))
        s.name = text(f, "name"_L1);
    if (f.contains(u"goal"_s))
        s.goal = text(f, "goal"_L1);
    if (f.contains(u"start"_s))
        s.start = QDate::fromString(text(f, "start"_L1), Qt::ISODate);
    if (f.contains(u"end"_s))
        s.end = QDate::fromString(text(f, "end"_L1), Qt::ISODate);
    if (f.contains(u"state"_s))
        s.state = Sprint::State(qBound(0, text(f, "state"_L1).toInt(), 2));
    if (f.contains(u"capacity"_s))
        s.capacity = text(f, "capacity"_L1).toDouble();
    if (f.contains(u"holidays"_s))
        s.holidays = datesFrom(text(f, "holidays"_L1));
    if (f.contains(u"extra_workdays"_s))
        s.extraWorkdays = datesFrom(text(f, "extra_workdays"_L1));
    if (f.contains(u"started_at"_s))
        s.startedAt = timeFrom(text(f, "started_at"_L1));
    if (f.contains(u"closed_at"_s))
        s.closedAt = timeFrom(text(f, "closed_at"_L1));
}

QJsonObject TeamFields::ofColumn(const Column &c, bool removed)
{
    return QJsonObject{
        {u"name"_s, c.name},
        {u"done"_s, flag(c.done)},
        {u"wip_limit"_s, QString::number(c.wipLimit)},
        {u"position"_s, QString::number(c.position)},
        {u"removed"_s, flag(removed)},
    };
}

void TeamFields::toColumn(const QJsonObject &f, Column &c)
{
    if (f.contains(u"name"_s))
        c.name = text(f, "name"_L1);
    if (f.contains(u"done"_s))
        c.done = text(f, "done"_L1) == u"1";
    if (f.contains(u"wip_limit"_s))
        c.wipLimit = text(f, "wip_limit"_L1).toInt();
    if (f.contains(u"position"_s))
        c.position = text(f, "position"_L1).toInt();
}

QJsonObject TeamFields::ofMember(const Member &m, bool removed)
{
    return QJsonObject{
        {u"name"_s, m.name},
        {u"active"_s, flag(m.active)},
        {u"removed"_s, flag(removed)},
    };
}

void TeamFields::toMember(const QJsonObject &f, Member &m)
{
    if (f.contains(u"name"_s))
        m.name = text(f, "name"_L1);
    if (f.contains(u"active"_s))
        m.active = text(f, "active"_L1) == u"1";
}

QJsonObject TeamFields::changed(const QJsonObject &before, const QJsonObject &after,
                                QJsonObject *oldValues)
{
    QJsonObject fields;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        fields.insert(it.key(), it.value());
        if (oldValues)
            oldValues->insert(it.key(), before.value(it.key()));
    }
    return fields;
}

} // namespace SprintDeck

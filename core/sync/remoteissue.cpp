#include "core/sync/remoteissue.h"

#include "core/domain/card.h"

#include <QJsonArray>
#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

struct FieldName
{
    SyncField field;
    QStringView name;
};
constexpr FieldName kFieldNames[] = {
    {SyncField::Title, u"title"},   {SyncField::Description, u"description"},
    {SyncField::Status, u"status"}, {SyncField::Priority, u"priority"},
    {SyncField::Type, u"type"},     {SyncField::Assignee, u"assignee"},
    {SyncField::Sprint, u"sprint"}, {SyncField::Points, u"points"},
};

QString idText(const QJsonValue &object)
{
    const qint64 id = object.toObject().value(u"id"_s).toInteger();
    return id > 0 ? QString::number(id) : QString();
}

QString scalarText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

/** The synced field a journal detail changes, if any. */
std::optional<SyncField> detailField(const QString &property, const QString &name,
                                     const PointsSource &points)
{
    if (property == u"attr") {
        if (name == u"subject")
            return SyncField::Title;
        if (name == u"description")
            return SyncField::Description;
        if (name == u"status_id")
            return SyncField::Status;
        if (name == u"priority_id")
            return SyncField::Priority;
        if (name == u"tracker_id")
            return SyncField::Type;
        if (name == u"assigned_to_id")
            return SyncField::Assignee;
        if (name == u"fixed_version_id")
            return SyncField::Sprint;
        if (name == u"estimated_hours" && points.estimatedHours)
            return SyncField::Points;
    } else if (property == u"cf" && !points.estimatedHours && points.storyPointsFieldId &&
               name == QString::number(points.storyPointsFieldId)) {
        return SyncField::Points;
    }
    return std::nullopt;
}

QString normalized(SyncField field, const QString &value)
{
    if (field == SyncField::Points)
        return normalizePoints(value);
    if (field == SyncField::Description)
        return QString(value).replace(u"\r\n"_s, u"\n"_s);
    return value;
}

} // namespace

QString syncFieldName(SyncField field)
{
    for (const FieldName &f : kFieldNames)
        if (f.field == field)
            return f.name.toString();
    return {};
}

std::optional<SyncField> parseSyncField(QStringView name)
{
    for (const FieldName &f : kFieldNames)
        if (f.name == name)
            return f.field;
    return std::nullopt;
}

const QList<SyncField> &allSyncFields()
{
    static const QList<SyncField> fields = [] {
        QList<SyncField> list;
        for (const FieldName &f : kFieldNames)
            list.append(f.field);
        return list;
    }();
    return fields;
}

QJsonObject issueFieldsToJson(const IssueFields &fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(syncFieldName(it.key()), it.value());
    return o;
}

IssueFields issueFieldsFromJson(const QJsonObject &json)
{
    IssueFields fields;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        if (const auto field = parseSyncField(it.key()))
            fields.insert(*field, it.value().toString());
    return fields;
}

QDateTime parseRemoteTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString formatRemoteTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString normalizePoints(const QString &value)
{
    const QString t = value.trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? formatPoints(v) : QString();
}

QDateTime RemoteIssue::created() const
{
    return parseRemoteTime(createdOn);
}

QDateTime RemoteIssue::updated() const
{
    return parseRemoteTime(updatedOn);
}

Result<RemoteIssue> RemoteIssue::fromJson(const QJsonObject &o, const PointsSource &points)
{
    RemoteIssue issue;
    issue.id = o.value(u"id"_s).toInteger();
    if (issue.id <= 0)
        return Result<RemoteIssue>::failure(QObject::tr("The server sent an issue without an id"));
    issue.createdOn = o.value(u"created_on"_s).toString();
    issue.updatedOn = o.value(u"updated_on"_s).toString();
    if (!parseRemoteTime(issue.createdOn).isValid() || !parseRemoteTime(issue.updatedOn).isValid())
        return Result<RemoteIssue>::failure(
            QObject::tr("Issue #%1 has no valid time stamps").arg(issue.id));
    IssueFields &f = issue.fields;
    f.insert(SyncField::Title, o.value(u"subject"_s).toString());
    f.insert(SyncField::Description,
             normalized(SyncField::Description, o.value(u"description"_s).toString()));
    f.insert(SyncField::Status, idText(o.value(u"status"_s)));
    f.insert(SyncField::Priority, idText(o.value(u"priority"_s)));
    f.insert(SyncField::Type, idText(o.value(u"tracker"_s)));
    f.insert(SyncField::Assignee, idText(o.value(u"assigned_to"_s)));
    f.insert(SyncField::Sprint, idText(o.value(u"fixed_version"_s)));
    issue.assigneeName = o.value(u"assigned_to"_s).toObject().value(u"name"_s).toString();
    QString pointsValue;
    if (points.estimatedHours) {
        pointsValue = scalarText(o.value(u"estimated_hours"_s));
    } else if (points.storyPointsFieldId) {
        const QJsonArray custom = o.value(u"custom_fields"_s).toArray();
        for (const QJsonValue &cf : custom) {
            const QJsonObject field = cf.toObject();
            if (field.value(u"id"_s).toInteger() == points.storyPointsFieldId)
                pointsValue = scalarText(field.value(u"value"_s));
        }
    }
    f.insert(SyncField::Points, normalizePoints(pointsValue));

    if (o.contains(u"journals"_s)) {
        issue.journalsFetched = true;
        const QJsonArray journals = o.value(u"journals"_s).toArray();
        for (const QJsonValue &jv : journals) {
            const QJsonObject j = jv.toObject();
            Journal journal;
            journal.id = j.value(u"id"_s).toInteger();
            journal.at = parseRemoteTime(j.value(u"created_on"_s).toString());
            const QJsonArray details = j.value(u"details"_s).toArray();
            for (const QJsonValue &dv : details) {
                const QJsonObject d = dv.toObject();
                const auto field = detailField(d.value(u"property"_s).toString(),
                                               d.value(u"name"_s).toString(), points);
                if (!field)
                    continue;
                journal.changes.append({*field,
                                        normalized(*field, scalarText(d.value(u"old_value"_s))),
                                        normalized(*field, scalarText(d.value(u"new_value"_s)))});
            }
            if (journal.id > 0 && journal.at.isValid())
                issue.journals.append(journal);
        }
        std::sort(issue.journals.begin(), issue.journals.end(),
                  [](const Journal &a, const Journal &b) { return a.id < b.id; });
    }
    return issue;
}

QJsonObject RemoteIssue::toStored() const
{
    QJsonArray journalArray;
    for (const Journal &j : journals) {
        QJsonArray changes;
        for (const JournalChange &c : j.changes)
            changes.append(QJsonArray{syncFieldName(c.field), c.oldValue, c.newValue});
        journalArray.append(QJsonObject{
            {u"id"_s, j.id}, {u"at"_s, formatRemoteTime(j.at)}, {u"changes"_s, changes}});
    }
    return {{u"id"_s, id},
            {u"fields"_s, issueFieldsToJson(fields)},
            {u"assignee_name"_s, assigneeName},
            {u"created_on"_s, createdOn},
            {u"updated_on"_s, updatedOn},
            {u"journals"_s, journalArray},
            {u"journals_fetched"_s, journalsFetched}};
}

RemoteIssue RemoteIssue::fromStored(const QJsonObject &o)
{
    RemoteIssue issue;
    issue.id = o.value(u"id"_s).toInteger();
    issue.fields = issueFieldsFromJson(o.value(u"fields"_s).toObject());
    issue.assigneeName = o.value(u"assignee_name"_s).toString();
    issue.createdOn = o.value(u"created_on"_s).toString();
    issue.updatedOn = o.value(u"updated_on"_s).toString();
    issue.journalsFetched = o.value(u"journals_fetched"_s).toBool();
    const QJsonArray journals = o.value(u"journals"_s).toArray();
    for (const QJsonValue &jv : journals) {
        const QJsonObject j = jv.toObject();
        Journal journal{
            j.value(u"id"_s).toInteger(), parseRemoteTime(j.value(u"at"_s).toString()), {}};
        const QJsonArray changes = j.value(u"changes"_s).toArray();
        for (const QJsonValue &cv : changes) {
            const QJsonArray c = cv.toArray();
            if (const auto field = parseSyncField(c.at(0).toString()))
                journal.changes.append({*field, c.at(1).toString(), c.at(2).toString()});
        }
        issue.journals.append(journal);
    }
    return issue;
}

IssueFields RemoteIssue::initialFields() const
{
    IssueFields initial = fields;
    for (auto j = journals.crbegin(); j != journals.crend(); ++j)
        for (auto c = j->changes.crbegin(); c != j->changes.crend(); ++c)
            initial.insert(c->field, c->oldValue);
    return initial;
}

} // namespace SprintDeck

#include "core/analytics/reportjson.h"
#include "core/analytics/velocity.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

constexpr int kReportVersion = 1;

QJsonArray amountToJson(const Amount &a)
{
    return {a.points, a.cards};
}

Amount amountFromJson(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return {a.at(0).toDouble(), a.at(1).toDouble()};
}

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonValue timeToJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonArray datesToJson(const QList<QDate> &dates)
{
    QJsonArray a;
    for (QDate d : dates)
        a.append(dateText(d));
    return a;
}

QList<QDate> datesFrom(const QJsonValue &v)
{
    QList<QDate> dates;
    for (const QJsonValue &d : v.toArray())
        dates.append(dateFrom(d));
    return dates;
}

QJsonValue optionalPoints(std::optional<double> p)
{
    return p ? QJsonValue(*p) : QJsonValue();
}

std::optional<double> optionalPointsFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject dayToJson(const SprintDay &d)
{
    QJsonArray perColumn;
    for (const Amount &a : d.columns)
        perColumn.append(amountToJson(a));
    QJsonArray priorities;
    for (const PriorityAmount &p : d.priorities)
        priorities.append(QJsonArray{amountToJson(p.total), amountToJson(p.done)});
    return QJsonObject{
        {u"date"_s, dateText(d.date)},       {u"working"_s, d.workingDay},
        {u"afterEnd"_s, d.afterEnd},         {u"hasData"_s, d.hasData},
        {u"scope"_s, amountToJson(d.scope)}, {u"done"_s, amountToJson(d.done)},
        {u"ideal"_s, amountToJson(d.ideal)}, {u"scopeChange"_s, amountToJson(d.scopeChange)},
        {u"columns"_s, perColumn},           {u"priorities"_s, priorities},
    };
}

SprintDay dayFromJson(const QJsonObject &o)
{
    SprintDay d;
    d.date = dateFrom(o.value(u"date"_s));
    d.workingDay = o.value(u"working"_s).toBool();
    d.afterEnd = o.value(u"afterEnd"_s).toBool();
    d.hasData = o.value(u"hasData"_s).toBool();
    d.scope = amountFromJson(o.value(u"scope"_s));
    d.done = amountFromJson(o.value(u"done"_s));
    d.ideal = amountFromJson(o.value(u"ideal"_s));
    d.scopeChange = amountFromJson(o.value(u"scopeChange"_s));
    for (const QJsonValue &c : o.value(u"columns"_s).toArray())
        d.columns.append(amountFromJson(c));
    const QJsonArray priorities = o.value(u"priorities"_s).toArray();
    for (int p = 0; p < 4 && p < priorities.size(); ++p) {
        const QJsonArray pair = priorities.at(p).toArray();
        d.priorities[size_t(p)] = {amountFromJson(pair.at(0)), amountFromJson(pair.at(1))};
    }
    return d;
}

} // namespace

QJsonObject sprintSeriesToJson(const SprintSeries &series)
{
    const Sprint &sp = series.sprint;
    QJsonObject sprint{
        {u"id"_s, sp.id},
        {u"name"_s, sp.name},
        {u"goal"_s, sp.goal},
        {u"start"_s, dateText(sp.start)},
        {u"end"_s, dateText(sp.end)},
        {u"state"_s, sp.stateName()},
        {u"capacity"_s, sp.capacity},
        {u"holidays"_s, datesToJson(sp.holidays)},
        {u"extraWorkdays"_s, datesToJson(sp.extraWorkdays)},
        {u"startedAt"_s, timeToJson(sp.startedAt)},
        {u"closedAt"_s, timeToJson(sp.closedAt)},
    };
    QJsonArray columns;
    for (const Column &c : series.columns)
        columns.append(QJsonObject{{u"id"_s, c.id},
                                   {u"name"_s, c.name},
                                   {u"done"_s, c.done},
                                   {u"wipLimit"_s, c.wipLimit},
                                   {u"position"_s, c.position}});
    QJsonArray days;
    for (const SprintDay &d : series.days)
        days.append(dayToJson(d));
    QJsonArray changes;
    for (const ScopeChange &c : series.scopeChanges)
        changes.append(QJsonObject{
            {u"at"_s, timeToJson(c.at)},
            {u"day"_s, dateText(c.day)},
            {u"cardId"_s, c.cardId},
            {u"key"_s, c.key},
            {u"kind"_s, scopeChangeKindName(c.kind)},
            {u"delta"_s, amountToJson(c.delta)},
            {u"oldPoints"_s, optionalPoints(c.oldPoints)},
            {u"newPoints"_s, optionalPoints(c.newPoints)},
        });
    // Read by SQL (json_extract) so velocity needs no full parse of every closed sprint's report.
    const VelocityEntry velocity = velocityEntry(series);
    return QJsonObject{
        {u"version"_s, kReportVersion},
        {u"velocity"_s, QJsonObject{{u"committed"_s, amountToJson(velocity.committed)},
                                    {u"completed"_s, amountToJson(velocity.completed)}}},
        {u"sprint"_s, sprint},
        {u"columns"_s, columns},
        {u"computedAt"_s, timeToJson(series.computedAt)},
        {u"today"_s, dateText(series.today)},
        {u"started"_s, series.started},
        {u"committed"_s, amountToJson(series.committed)},
        {u"doneAtStart"_s, amountToJson(series.doneAtStart)},
        {u"days"_s, days},
        {u"scopeChanges"_s, changes},
        {u"atCutoff"_s, dayToJson(series.atCutoff)},
    };
}

Result<SprintSeries> sprintSeriesFromJson(const QJsonObject &json)
{
    using R = Result<SprintSeries>;
    const int version = json.value(u"version"_s).toInt();
    if (version < 1 || version > kReportVersion)
        return R::failure(QObject::tr("The stored sprint report has an unknown format (version %1)")
                              .arg(version));
    SprintSeries s;
    const QJsonObject sp = json.value(u"sprint"_s).toObject();
    s.sprint.id = sp.value(u"id"_s).toInteger();
    s.sprint.name = sp.value(u"name"_s).toString();
    s.sprint.goal = sp.value(u"goal"_s).toString();
    s.sprint.start = dateFrom(sp.value(u"start"_s));
    s.sprint.end = dateFrom(sp.value(u"end"_s));
    const QString state = sp.value(u"state"_s).toString();
    s.sprint.state = state == u"closed"   ? Sprint::State::Closed
                     : state == u"active" ? Sprint::State::Active
                                          : Sprint::State::Planned;
    s.sprint.capacity = sp.value(u"capacity"_s).toDouble();
    s.sprint.holidays = datesFrom(sp.value(u"holidays"_s));
    s.sprint.extraWorkdays = datesFrom(sp.value(u"extraWorkdays"_s));
    s.sprint.startedAt = timeFrom(sp.value(u"startedAt"_s));
    s.sprint.closedAt = timeFrom(sp.value(u"closedAt"_s));
    if (!s.sprint.start.isValid() || !s.sprint.end.isValid())
        return R::failure(QObject::tr("The stored sprint report has no valid dates"));

    for (const QJsonValue &v : json.value(u"columns"_s).toArray()) {
        const QJsonObject c = v.toObject();
        s.columns.append({c.value(u"id"_s).toInteger(), c.value(u"name"_s).toString(),
                          c.value(u"done"_s).toBool(), c.value(u"wipLimit"_s).toInt(),
                          c.value(u"position"_s).toInt()});
    }
    s.computedAt = timeFrom(json.value(u"computedAt"_s));
    s.today = dateFrom(json.value(u"today"_s));
    s.started = json.value(u"started"_s).toBool();
    s.committed = amountFromJson(json.value(u"committed"_s));
    s.doneAtStart = amountFromJson(json.value(u"doneAtStart"_s));
    for (const QJsonValue &v : json.value(u"days"_s).toArray()) {
        const SprintDay d = dayFromJson(v.toObject());
        if (!d.date.isValid())
            return R::failure(
                QObject::tr("The stored sprint report has a day without a valid date"));
        s.days.append(d);
    }
    for (const QJsonValue &v : json.value(u"scopeChanges"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ScopeChange c;
        c.at = timeFrom(o.value(u"at"_s));
        c.day = dateFrom(o.value(u"day"_s));
        c.cardId = o.value(u"cardId"_s).toInteger();
        c.key = o.value(u"key"_s).toString();
        const QString kind = o.value(u"kind"_s).toString();
        c.kind = kind == u"removed"        ? ScopeChange::Kind::Removed
                 : kind == u"re-estimated" ? ScopeChange::Kind::Reestimated
                                           : ScopeChange::Kind::Added;
        c.delta = amountFromJson(o.value(u"delta"_s));
        c.oldPoints = optionalPointsFrom(o.value(u"oldPoints"_s));
        c.newPoints = optionalPointsFrom(o.value(u"newPoints"_s));
        s.scopeChanges.append(c);
    }
    // Reports frozen before the sprint's numbers were stored with them: the last day is the close.
    if (json.contains(u"atCutoff"_s)) {
        s.atCutoff = dayFromJson(json.value(u"atCutoff"_s).toObject());
    } else if (const SprintDay *last = s.lastDayWithData()) {
        s.atCutoff = *last;
        s.atCutoff.date = s.computedAt.isValid() ? s.computedAt.toLocalTime().date() : last->date;
    }
    s.frozen = true;
    return s;
}

} // namespace SprintDeck

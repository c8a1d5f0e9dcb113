#include "core/analytics/flow.h"

#include <QHash>

#include <unordered_map>
#include <vector>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace SprintDeck {

bool WorkCalendar::isWorkingDay(QDate day) const
{
    if (holidays.contains(day))
        return false;
    return extraWorkdays.contains(day) || weekdays.contains(day.dayOfWeek());
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int days = 0;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        days += isWorkingDay(d) ? 1 : 0;
    return days;
}

WorkCalendar WorkCalendar::fromSprints(const QList<Sprint> &sprints, const QList<int> &weekdays)
{
    WorkCalendar calendar;
    calendar.weekdays = weekdays;
    for (const Sprint &sprint : sprints) {
        for (QDate day : sprint.holidays)
            calendar.holidays.insert(day);
        for (QDate day : sprint.extraWorkdays)
            calendar.extraWorkdays.insert(day);
    }
    return calendar;
}

int CardFlow::cycleDays() const
{
    return isDone() && startDay.isValid() ? int(startDay.daysTo(doneDay)) + 1 : 0;
}

int CardFlow::leadDays() const
{
    return isDone() && createdDay.isValid() ? int(createdDay.daysTo(doneDay)) + 1 : 0;
}

int CardFlow::ageDays(QDate today) const
{
    return inProgress() && startDay <= today ? int(startDay.daysTo(today)) + 1 : 0;
}

namespace {} // namespace

CardFlowReplay::CardFlowReplay(const QList<Column> &columns, const QTimeZone &zone)
    : m_columns(columns)
    , m_zone(zone)
{
    for (int i = 0; i < columns.size(); ++i)
        m_columnIndex.insert(columns.at(i).id, i);
}

CardFlowReplay::~CardFlowReplay() = default;

bool CardFlowReplay::apply(const QList<Event> &events)
{
    if (events.isEmpty())
        return true;
    // Ordered by their times as numbers: comparing QDateTimes a million times costs seconds.
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i)
        order.emplace_back(events.at(i).at.toMSecsSinceEpoch(), i);
    const auto earlier = [](const auto &a, const auto &b) { return a.first < b.first; };
    if (!std::is_sorted(order.begin(), order.end(), earlier))
        std::stable_sort(order.begin(), order.end(), earlier);
    if (order.front().first < m_lastMs)
        return false;
    for (const auto &[ms, i] : order)
        apply(events.at(i));
    m_lastMs = order.back().first;
    return true;
}

void CardFlowReplay::apply(const Event &e)
{
    auto [it, added] = m_index.try_emplace(e.cardId, m_flows.size());
    if (added) {
        m_flows.emplaceBack().cardId = e.cardId;
        m_flows.last().deleted = true; // until its creation
        m_column.push_back(-1);
    }
    const qsizetype card = it->second;
    CardFlow &flow = m_flows[card];
    switch (e.kind) {
    case Event::Kind::Created:
        flow.deleted = false;
        flow.key = e.newValue;
        flow.created = e.at;
        flow.createdDay = localDay(e.at);
        break;
    case Event::Kind::Restored:
        flow.deleted = false;
        break;
    case Event::Kind::Deleted:
        flow.deleted = true;
        break;
    case Event::Kind::Moved:
        move(card, e);
        break;
    case Event::Kind::Sprint:
        flow.sprintId = e.newValue.toLongLong();
        break;
    case Event::Kind::Title:
        flow.title = e.newValue;
        break;
    case Event::Kind::Points:
        flow.points =
            e.newValue.isEmpty() ? std::nullopt : std::optional<double>(e.newValue.toDouble());
        break;
    case Event::Kind::Type:
        flow.type = parseCardType(e.newValue).value_or(flow.type);
        break;
    case Event::Kind::Assignee:
        flow.assigneeId = e.newValue.toLongLong();
        break;
    case Event::Kind::Labels:
        flow.labels = e.newValue.isEmpty() ? QStringList() : e.newValue.split(u',');
        break;
    default:
        break;
    }
}

void CardFlowReplay::move(qsizetype card, const Event &e)
{
    CardFlow &flow = m_flows[card];
    flow.columnId = e.newValue.toLongLong();
    const auto found = m_columnIndex.constFind(flow.columnId);
    const int column = found == m_columnIndex.cend() ? -1 : *found;
    const int was = m_column[size_t(card)];
    const bool wasDone = was >= 0 && m_columns.at(was).done;
    const bool isDone = column >= 0 && m_columns.at(column).done;
    m_column[size_t(card)] = column;
    // Started: the first time it is anywhere but the first column (its creation, when it was
    // created in a later one).
    if (!flow.started.isValid() && column != 0) {
        flow.started = e.at;
        flow.startDay = localDay(e.at);
    }
    if (isDone && !wasDone) {
        flow.done = e.at;
        flow.doneDay = localDay(e.at);
    } else if (!isDone) {
        flow.done = QDateTime();
        flow.doneDay = QDate();
    }
}

QDate CardFlowReplay::localDay(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    // The zone's offset is looked up once per hour of the history: converting every time with
    // QDateTime::toTimeZone costs more than the rest of the replay.
    constexpr qint64 kHour = 3'600'000, kDay = 24 * kHour;
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 hour = ms >= 0 ? ms / kHour : (ms - kHour + 1) / kHour;
    auto it = m_offsets.constFind(hour);
    if (it == m_offsets.cend())
        it = m_offsets.insert(
            hour, m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour * kHour, Qt::UTC)));
    const qint64 local = ms + qint64(*it) * 1000;
    const qint64 days = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    return QDate(1970, 1, 1).addDays(days);
}

QList<CardFlow> computeCardFlows(const QList<Event> &events, const QList<Column> &columns,
                                 const QTimeZone &zone)
{
    CardFlowReplay replay(columns, zone);
    replay.apply(events);
    QList<CardFlow> flows = replay.flows();
    flows.removeIf([](const CardFlow &f) { return f.deleted; });
    return flows;
}

bool FlowFilter::accepts(const CardFlow &flow) const
{
    if (flow.deleted)
        return false;
    if (sprintId != 0 && flow.sprintId != sprintId)
        return false;
    if (type && flow.type != *type)
        return false;
    if (!label.isEmpty() && !flow.labels.contains(label, Qt::CaseInsensitive))
        return false;
    if (assigneeId && flow.assigneeId != *assigneeId)
        return false;
    return true;
}

int percentile(QList<int> values, double p)
{
    if (values.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + index, values.end());
    return values.at(index);
}

int CycleTimes::at(double p) const
{
    QList<int> days;
    days.reserve(points.size());
    for (const Point &point : points)
        days.append(point.cycleDays);
    return percentile(days, p);
}

namespace {

bool doneWithin(const CardFlow &flow, const FlowFilter &filter)
{
    return flow.isDone() && (!filter.from.isValid() || flow.doneDay >= filter.from) &&
           (!filter.to.isValid() || flow.doneDay <= filter.to) && filter.accepts(flow);
}

} // namespace

namespace {

/** Nearest-rank percentile of values sorted ascending; 0 for none. */
int sortedPercentile(const QList<int> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

CycleTimes cycleTimes(const QList<CardFlow> &flows, const FlowFilter &filter)
{
    CycleTimes result;
    // Sorted as plain numbers first, the points then built in order (cheaper than sorting them).
    struct Order
    {
        qint64 day;
        qint64 cardId;
        qsizetype index;
        auto operator<=>(const Order &) const = default;
    };
    std::vector<Order> order;
    QList<int> cycle, lead;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const CardFlow &flow = flows.at(i);
        if (!doneWithin(flow, filter))
            continue;
        order.push_back({flow.doneDay.toJulianDay(), flow.cardId, i});
        cycle.append(flow.cycleDays());
        lead.append(flow.leadDays());
    }
    std::sort(order.begin(), order.end());
    result.points.reserve(qsizetype(order.size()));
    for (const Order &o : order) {
        const CardFlow &flow = flows.at(o.index);
        result.points.append({flow.cardId, flow.key, flow.title, flow.doneDay, flow.cycleDays(),
                              flow.leadDays(), flow.points});
    }
    std::sort(cycle.begin(), cycle.end());
    std::sort(lead.begin(), lead.end());
    result.p50 = sortedPercentile(cycle, 50);
    result.p70 = sortedPercentile(cycle, 70);
    result.p85 = sortedPercentile(cycle, 85);
    result.p95 = sortedPercentile(cycle, 95);
    result.leadP50 = sortedPercentile(lead, 50);
    result.leadP85 = sortedPercentile(lead, 85);
    return result;
}

Throughput throughput(const QList<CardFlow> &flows, const FlowFilter &filter,
                      const WorkCalendar &calendar)
{
    Throughput result;
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return result;
    for (QDate d = filter.from; d <= filter.to; d = d.addDays(1))
        result.days.append({d, calendar.isWorkingDay(d), 0, 0});
    for (const CardFlow &flow : flows) {
        if (!doneWithin(flow, filter))
            continue;
        Throughput::Day &day = result.days[filter.from.daysTo(flow.doneDay)];
        day.items += 1;
        day.points += flow.points.value_or(0);
    }
    int workingDays = 0, items = 0;
    double points = 0;
    for (const Throughput::Day &day : std::as_const(result.days)) {
        const QDate monday = day.date.addDays(1 - day.date.dayOfWeek());
        if (result.weeks.isEmpty() || result.weeks.constLast().monday != monday)
            result.weeks.append({monday, 0, 0});
        result.weeks.last().items += day.items;
        result.weeks.last().points += day.points;
        workingDays += day.workingDay ? 1 : 0;
        items += day.items;
        points += day.points;
    }
    if (workingDays > 0) {
        result.itemsPerWorkingDay = double(items) / workingDays;
        result.pointsPerWorkingDay = points / workingDays;
    }
    return result;
}

AgingWork agingWork(const QList<CardFlow> &flows, const FlowFilter &filter,
                    const CycleTimes &reference, const QList<Column> &columns, QDate today)
{
    AgingWork result;
    result.asOf = today;
    result.p50 = reference.p50;
    result.p70 = reference.p70;
    result.p85 = reference.p85;
    result.p95 = reference.p95;
    QHash<qint64, int> order;
    for (int i = 0; i < columns.size(); ++i)
        order.insert(columns.at(i).id, i);
    for (const CardFlow &flow : flows) {
        if (!flow.inProgress() || !filter.accepts(flow) || flow.startDay > today)
            continue;
        const int age = flow.ageDays(today);
        result.items.append({flow.cardId, flow.key, flow.title, flow.columnId, age, flow.points,
                             !reference.points.isEmpty() && age > reference.p85});
    }
    std::sort(result.items.begin(), result.items.end(),
              [&](const AgingWork::Item &a, const AgingWork::Item &b) {
                  const int ca = order.value(a.columnId, INT_MAX);
                  const int cb = order.value(b.columnId, INT_MAX);
                  if (ca != cb)
                      return ca < cb;
                  return a.ageDays != b.ageDays ? a.ageDays > b.ageDays : a.key < b.key;
              });
    return result;
}

} // namespace SprintDeck

#include "core/board/flowanalytics.h"

#include "core/board/board.h"
#include "core/storage/analyticsstore.h"

#include <QObject>

namespace SprintDeck {

FlowAnalytics::FlowAnalytics(Board &board)
    : m_board(board)
{}

FlowAnalytics::~FlowAnalytics() = default;

void FlowAnalytics::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    invalidate();
}

void FlowAnalytics::invalidate()
{
    m_replay.reset();
    m_flows.clear();
    m_lastEventId = 0;
    m_fresh = false;
}

Result<QList<CardFlow>> FlowAnalytics::flows()
{
    using R = Result<QList<CardFlow>>;
    if (m_columns != m_board.columns())
        invalidate(); // a column became done (or stopped being): every card's flow changes
    AnalyticsStore store(m_board.database());
    auto fresh = store.eventsAfter(m_lastEventId);
    if (!fresh)
        return R::failure(fresh.error());
    if (fresh->isEmpty() && m_replay && m_fresh)
        return m_flows;
    if (m_replay && !m_replay->apply(fresh.value())) {
        // Events dated before the ones replayed (an import of an old document): start again.
        invalidate();
        fresh = store.eventsAfter(0);
        if (!fresh)
            return R::failure(fresh.error());
    }
    if (!m_replay) {
        m_columns = m_board.columns();
        m_replay = std::make_unique<CardFlowReplay>(m_columns, m_zone);
        m_replay->apply(fresh.value());
    }
    for (const Event &e : std::as_const(fresh.value()))
        m_lastEventId = qMax(m_lastEventId, e.id);
    m_flows = m_replay->flows();
    m_fresh = true;
    return m_flows;
}

WorkCalendar FlowAnalytics::calendar() const
{
    return WorkCalendar::fromSprints(m_board.sprints(), m_weekdays);
}

FlowFilter FlowAnalytics::sprintFilter(qint64 sprintId) const
{
    FlowFilter filter;
    filter.sprintId = sprintId;
    if (const Sprint *sprint = m_board.sprint(sprintId)) {
        filter.from = sprint->start;
        const QDate today = m_board.now().toTimeZone(m_zone).date();
        filter.to = sprint->state == Sprint::State::Closed && sprint->closedAt.isValid()
                        ? sprint->closedAt.toTimeZone(m_zone).date()
                        : qMax(sprint->end, qMin(today, sprint->end.addYears(1)));
    }
    return filter;
}

Result<CycleTimes> FlowAnalytics::cycleTimes(const FlowFilter &filter)
{
    auto all = flows();
    if (!all)
        return Result<CycleTimes>::failure(all.error());
    return SprintDeck::cycleTimes(all.value(), filter);
}

Result<Throughput> FlowAnalytics::throughput(const FlowFilter &filter)
{
    auto all = flows();
    if (!all)
        return Result<Throughput>::failure(all.error());
    return SprintDeck::throughput(all.value(), filter, calendar());
}

Result<AgingWork> FlowAnalytics::agingWork(const FlowFilter &filter, int referenceDays)
{
    auto all = flows();
    if (!all)
        return Result<AgingWork>::failure(all.error());
    // Ages count to today, or to the end of a range that ended before (a closed sprint's close).
    QDate asOf = m_board.now().toTimeZone(m_zone).date();
    if (filter.to.isValid() && filter.to < asOf)
        asOf = filter.to;
    FlowFilter reference = filter;
    reference.sprintId = 0; // a sprint's own few done cards say little about how long work takes
    reference.from = asOf.addDays(-referenceDays);
    reference.to = asOf;
    return SprintDeck::agingWork(all.value(), filter,
                                 SprintDeck::cycleTimes(all.value(), reference), m_board.columns(),
                                 asOf);
}

Result<ThroughputHistory> FlowAnalytics::history(const FlowFilter &filter, int workingDays)
{
    auto all = flows();
    if (!all)
        return Result<ThroughputHistory>::failure(all.error());
    FlowFilter team = filter;
    team.sprintId = 0; // the team's pace, not one sprint's cards
    const QDate yesterday = m_board.now().toTimeZone(m_zone).date().addDays(-1);
    return throughputHistory(all.value(), team, calendar(), yesterday, workingDays);
}

double FlowAnalytics::remaining(qint64 sprintId, ChartUnit unit) const
{
    double left = 0;
    for (const Card &card : m_board.cards()) {
        const Column *column = m_board.column(card.columnId);
        if (card.sprintId == sprintId && !(column && column->done))
            left += unit == ChartUnit::Points ? card.points.value_or(0) : 1;
    }
    return left;
}

Result<FlowForecast> FlowAnalytics::forecast(const FlowFilter &filter, ChartUnit unit,
                                             double amount, QDate by, int historyDays, quint64 seed)
{
    auto past = history(filter, historyDays);
    if (!past)
        return Result<FlowForecast>::failure(past.error());
    FlowForecast f;
    f.unit = unit;
    f.amount = amount;
    f.history = std::move(past.value());
    f.firstDay = m_board.now().toTimeZone(m_zone).date();
    f.by = by;
    f.input.samples = unit == ChartUnit::Points ? f.history.points : f.history.items;
    f.input.calendar = calendar();
    f.input.firstDay = f.firstDay;
    f.input.seed = seed;
    if (f.history.workingDays() < ThroughputHistory::kEnoughDays)
        f.reason = QObject::tr("not enough history: %n working day(s) of the %1 needed", nullptr,
                               f.history.workingDays())
                       .arg(ThroughputHistory::kEnoughDays);
    else if (f.history.empty())
        f.reason = QObject::tr("nothing was finished in the last %n working day(s)", nullptr,
                               f.history.workingDays());
    if (!f.possible())
        return f;
    f.when = forecastWhen(f.input, amount);
    if (by.isValid() && by >= f.firstDay)
        f.howMany = forecastHowMany(f.input, by);
    return f;
}

} // namespace SprintDeck

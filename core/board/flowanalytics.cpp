#include "core/board/flowanalytics.h"

#include "core/board/board.h"
#include "core/storage/analyticsstore.h"

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
    const QDate today = m_board.now().toTimeZone(m_zone).date();
    FlowFilter reference = filter;
    reference.sprintId = 0; // a sprint's own few done cards say little about how long work takes
    reference.from = today.addDays(-referenceDays);
    reference.to = today;
    return SprintDeck::agingWork(all.value(), filter,
                                 SprintDeck::cycleTimes(all.value(), reference), m_board.columns(),
                                 today);
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

} // namespace SprintDeck

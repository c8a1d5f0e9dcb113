#include "core/board/flowanalytics.h"

#include "core/board/board.h"
#include "core/storage/analyticsstore.h"

#include <QObject>

#include <algorithm>

namespace SprintDeck {

namespace {

/** FlowFilter::accepts() for a card as it is on the board. */
bool accepts(const FlowFilter &filter, const Card &card)
{
    CardFlow flow;
    flow.sprintId = card.sprintId;
    flow.type = card.type;
    flow.labels = card.labels;
    flow.assigneeId = card.assigneeId;
    return filter.accepts(flow);
}

} // namespace

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
    m_lastEventId = 0;
    m_history.reset();
    m_forecast.reset();
}

Status FlowAnalytics::update()
{
    if (m_columns != m_board.columns())
        invalidate(); // a column became done (or stopped being): every card's flow changes
    AnalyticsStore store(m_board.database());
    auto fresh = store.eventsAfter(m_lastEventId);
    if (!fresh)
        return Status::failure(fresh.error());
    if (fresh->isEmpty() && m_replay)
        return {};
    if (m_replay && !m_replay->apply(fresh.value())) {
        // Events dated before the ones replayed (an import of an old document): start again.
        invalidate();
        fresh = store.eventsAfter(0);
        if (!fresh)
            return Status::failure(fresh.error());
    }
    if (!m_replay) {
        m_columns = m_board.columns();
        m_replay = std::make_unique<CardFlowReplay>(m_columns, m_zone);
        m_replay->apply(fresh.value());
    }
    for (const Event &e : std::as_const(fresh.value()))
        m_lastEventId = qMax(m_lastEventId, e.id);
    return {};
}

Result<const QList<CardFlow> *> FlowAnalytics::flows()
{
    if (Status s = update(); !s)
        return Result<const QList<CardFlow> *>::failure(s.error());
    return &m_replay->flows();
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
    return SprintDeck::cycleTimes(**all, filter);
}

Result<Throughput> FlowAnalytics::throughput(const FlowFilter &filter)
{
    auto all = flows();
    if (!all)
        return Result<Throughput>::failure(all.error());
    return SprintDeck::throughput(**all, filter, calendar());
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
    return SprintDeck::agingWork(**all, filter, SprintDeck::cycleTimes(**all, reference),
                                 m_board.columns(), asOf);
}

Result<ThroughputHistory> FlowAnalytics::history(const FlowFilter &filter, int workingDays)
{
    using R = Result<ThroughputHistory>;
    FlowFilter team = filter;
    team.sprintId = 0; // the team's pace, not one sprint's cards
    team.from = team.to = QDate();
    const QDate today = m_board.now().toTimeZone(m_zone).date();
    const QDate yesterday = today.addDays(-1);
    const WorkCalendar days = calendar();
    AnalyticsStore store(m_board.database());
    auto lastId = store.lastEventId();
    if (!lastId)
        return R::failure(lastId.error());
    // Today's moves do not change the history up to yesterday; an import of old days does.
    if (m_history && *lastId != m_historyEventId) {
        auto old = store.hasEventsBefore(m_historyEventId, today.startOfDay(m_zone));
        if (!old)
            return R::failure(old.error());
        if (*old)
            m_history.reset();
    }
    m_historyEventId = *lastId;
    QList<qint64> doneColumns;
    for (const Column &c : m_board.columns())
        if (c.done)
            doneColumns.append(c.id);
    if (m_history && m_history->filter == team && m_history->workingDays == workingDays &&
        m_history->yesterday == yesterday && m_history->calendar == days &&
        m_history->doneColumns == doneColumns)
        return m_history->history;

    // The cards finished in the days sampled, read from their last moves into a done column
    // (the flow's definition of done) without replaying the board.
    QDate first;
    for (const Card &card : m_board.cards()) {
        const QDate created = card.createdAt.toTimeZone(m_zone).date();
        if (accepts(team, card) && (!first.isValid() || created < first))
            first = created;
    }
    const QDate from = firstSampledDay(days, yesterday, workingDays, first);
    QList<CardFlow> finished;
    if (from.isValid()) {
        // A week earlier: a card finished on the days off before the first day counts on it.
        const QHash<qint64, QDateTime> moves =
            store.lastMovesInto(doneColumns, from.addDays(-7).startOfDay(m_zone));
        for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
            const Card *card = m_board.card(it.key());
            if (!card || !m_board.isDoneColumn(card->columnId) || !accepts(team, *card))
                continue;
            CardFlow flow;
            flow.cardId = card->id;
            flow.points = card->points;
            flow.type = card->type;
            flow.labels = card->labels;
            flow.assigneeId = card->assigneeId;
            flow.done = it.value();
            flow.doneDay = it.value().toTimeZone(m_zone).date();
            finished.append(flow);
        }
    }
    m_history = HistoryCache{
        team, workingDays, yesterday,
        days, doneColumns, throughputHistory(finished, team, days, yesterday, workingDays, first)};
    return m_history->history;
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

double FlowAnalytics::remaining(const QList<qint64> &cardIds, ChartUnit unit) const
{
    double left = 0;
    for (qint64 id : cardIds) {
        const Card *card = m_board.card(id);
        const Column *column = card ? m_board.column(card->columnId) : nullptr;
        if (card && !(column && column->done))
            left += unit == ChartUnit::Points ? card->points.value_or(0) : 1;
    }
    return left;
}

qint64 FlowAnalytics::simulationSteps(const FlowForecast &f)
{
    double total = 0;
    for (double v : f.input.samples)
        total += v;
    const double mean = f.input.samples.isEmpty() ? 0 : total / double(f.input.samples.size());
    // Each trial draws about one day of history per working day until the amount is done, and
    // once per working day up to "by".
    const double days = mean > 0 ? std::min(2600.0, f.amount / mean + 1) : 2600.0;
    const double byDays = f.by.isValid() ? std::max<qint64>(0, f.firstDay.daysTo(f.by)) : 0;
    return qint64(double(f.input.trials) * (days + byDays));
}

void FlowAnalytics::simulate(FlowForecast &f)
{
    f.pending = false;
    if (!f.possible())
        return;
    f.when = forecastWhen(f.input, f.amount);
    if (f.by.isValid() && f.by >= f.firstDay)
        f.howMany = forecastHowMany(f.input, f.by);
}

void FlowAnalytics::remember(const FlowForecast &f)
{
    // Only the simulation of the forecast last handed out pending, for the same question.
    if (f.pending || !m_pending)
        return;
    const FlowForecast &asked = m_pending->forecast;
    if (asked.unit != f.unit || asked.amount != f.amount || asked.by != f.by ||
        asked.firstDay != f.firstDay || asked.input.seed != f.input.seed ||
        !(asked.history == f.history))
        return;
    m_forecast = m_pending;
    m_forecast->forecast = f;
    m_pending.reset();
}

Result<FlowForecast> FlowAnalytics::forecast(const FlowFilter &filter, ChartUnit unit,
                                             double amount, QDate by, int historyDays, quint64 seed,
                                             Simulate when)
{
    auto past = history(filter, historyDays);
    if (!past)
        return Result<FlowForecast>::failure(past.error());
    const QDate today = m_board.now().toTimeZone(m_zone).date();
    FlowFilter team = filter;
    team.sprintId = 0;
    team.from = team.to = QDate();
    if (m_forecast && m_forecast->filter == team && m_forecast->unit == unit &&
        m_forecast->amount == amount && m_forecast->by == by &&
        m_forecast->historyDays == historyDays && m_forecast->seed == seed &&
        m_forecast->firstDay == today && m_forecast->forecast.history == past.value())
        return m_forecast->forecast;
    FlowForecast f;
    f.unit = unit;
    f.amount = amount;
    f.history = std::move(past.value());
    f.firstDay = today;
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
    const ForecastCache key{team, unit, amount, by, historyDays, seed, today, {}};
    if (f.possible() && when == Simulate::Later && simulationSteps(f) > kStepsInAFrame) {
        f.pending = true;
        m_pending = key;
        m_pending->forecast = f;
        return f;
    }
    simulate(f);
    m_forecast = key;
    m_forecast->forecast = f;
    return f;
}

Status FlowAnalytics::prepareForecast(ChartUnit unit, double remaining, QDate end,
                                      FlowForecast *pending)
{
    if (remaining <= 0)
        return {};
    auto f = forecast({}, unit, remaining, end, 30, kForecastSeed, Simulate::Later);
    if (!f)
        return Status::failure(f.error());
    if (f->pending && pending)
        *pending = *f;
    return {};
}

Status FlowAnalytics::forecastBurndown(Burndown &b, Simulate when, FlowForecast *pending)
{
    // Only a burndown that may forecast at all: open, drawn to today, with work left.
    const bool mayForecast = b.noForecast == NoForecast::None ||
                             b.noForecast == NoForecast::NoRecentProgress ||
                             b.noForecast == NoForecast::NoWorkingDayYet;
    if (!b.today || !mayForecast || b.remainingNow.value_or(0) <= 0)
        return {};
    auto f = forecast({}, b.unit, *b.remainingNow, b.end, 30, kForecastSeed, when);
    if (!f)
        return Status::failure(f.error());
    if (f->pending) {
        if (pending)
            *pending = *f;
        return {};
    }
    if (f->possible() && f->when.p85.isValid()) {
        b.forecast = f->when.p85;
        b.forecast50 = f->when.p50;
        b.forecast95 = f->when.p95;
        b.forecastMethod = ForecastMethod::MonteCarlo;
        b.noForecast = NoForecast::None;
    } else {
        b.forecast.reset();
        b.noForecast = f->history.workingDays() < ThroughputHistory::kEnoughDays
                           ? NoForecast::NotEnoughHistory
                           : NoForecast::NoThroughput;
        b.noForecastDays = f->history.workingDays();
    }
    return {};
}

} // namespace SprintDeck

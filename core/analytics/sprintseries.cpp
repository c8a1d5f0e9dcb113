#include "core/analytics/sprintseries.h"
#include "core/analytics/sprinthistory.h"
#include "core/domain/card.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QString chartUnitName(ChartUnit unit)
{
    return unit == ChartUnit::Points ? u"points"_s : u"cards"_s;
}

std::optional<ChartUnit> parseChartUnit(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"points" || t == u"point" || t == u"sp")
        return ChartUnit::Points;
    if (t == u"cards" || t == u"card" || t == u"count")
        return ChartUnit::Cards;
    return std::nullopt;
}

QString scopeChangeKindName(ScopeChange::Kind kind)
{
    switch (kind) {
    case ScopeChange::Kind::Added:
        return u"added"_s;
    case ScopeChange::Kind::Removed:
        return u"removed"_s;
    case ScopeChange::Kind::Reestimated:
        return u"re-estimated"_s;
    }
    return {};
}

QString describeScopeChange(const ScopeChange &change, ChartUnit unit)
{
    const auto points = [](std::optional<double> p) { return p ? formatPoints(*p) : u"-"_s; };
    switch (change.kind) {
    case ScopeChange::Kind::Added:
        return unit == ChartUnit::Points ? u"+%1 (%2)"_s.arg(change.key, points(change.newPoints))
                                         : u"+"_s + change.key;
    case ScopeChange::Kind::Removed:
        return unit == ChartUnit::Points ? u"-%1 (%2)"_s.arg(change.key, points(change.oldPoints))
                                         : u"-"_s + change.key;
    case ScopeChange::Kind::Reestimated:
        return u"%1 %2\u2192%3"_s.arg(change.key, points(change.oldPoints),
                                      points(change.newPoints));
    }
    return {};
}

int SprintSeries::dayIndex(QDate date) const
{
    if (days.isEmpty() || !date.isValid())
        return -1;
    const qint64 i = days.first().date.daysTo(date);
    return i >= 0 && i < days.size() ? int(i) : -1;
}

SprintNumbers SprintSeries::numbers() const
{
    SprintNumbers n;
    n.asOf = computedAt;
    n.started = atCutoff.hasData;
    n.committed = committed;
    n.scope = atCutoff.scope;
    n.completed = atCutoff.done;
    n.priorities = atCutoff.priorities;
    return n;
}

const SprintDay *SprintSeries::lastDayWithData() const
{
    for (auto it = days.crbegin(); it != days.crend(); ++it)
        if (it->hasData)
            return &*it;
    return nullptr;
}

namespace {

/** Running totals in milli-points and cards, so that adding and removing never drifts. */
struct Totals
{
    qint64 points = 0;
    qint64 cards = 0;
    void add(qint64 milli, int sign)
    {
        points += sign * milli;
        cards += sign;
    }
    Amount amount() const { return {double(points) / 1000.0, double(cards)}; }
};

struct Sweep
{
    const SprintHistory *history;
    std::vector<SprintHistory::CardState> states;
    Totals scope, done;
    std::vector<Totals> columns;
    std::array<Totals, 4> priorityTotal{}, priorityDone{};

    explicit Sweep(const SprintHistory &h)
        : history(&h)
        , states(size_t(h.cardCount()))
        , columns(size_t(h.columnCount()))
    {}

    static qint64 milli(const SprintHistory::CardState &s)
    {
        return s.hasPoints() ? qint64(std::llround(s.points * 1000.0)) : 0;
    }
    static bool inScope(const SprintHistory::CardState &s) { return s.exists && s.inSprint; }

    void contribute(const SprintHistory::CardState &s, int sign)
    {
        if (!inScope(s))
            return;
        const qint64 m = milli(s);
        const bool isDone = history->isDoneColumn(s.column);
        const int p = qBound(1, s.priority, 4) - 1;
        scope.add(m, sign);
        priorityTotal[size_t(p)].add(m, sign);
        if (isDone) {
            done.add(m, sign);
            priorityDone[size_t(p)].add(m, sign);
        }
        if (s.column >= 0 && s.column < int(columns.size()))
            columns[size_t(s.column)].add(m, sign);
    }

    void snapshot(SprintDay &day) const
    {
        day.scope = scope.amount();
        day.done = done.amount();
        day.columns.resize(qsizetype(columns.size()));
        for (size_t c = 0; c < columns.size(); ++c)
            day.columns[qsizetype(c)] = columns[c].amount();
        for (size_t p = 0; p < 4; ++p)
            day.priorities[p] = {priorityTotal[p].amount(), priorityDone[p].amount()};
    }
};

/** The local day of the last change to a card while it was in the sprint, up to `limitMs`. */
QDate lastActivityDay(const SprintHistory &history, qint64 limitMs, const QTimeZone &zone)
{
    std::vector<SprintHistory::CardState> states(size_t(history.cardCount()));
    std::optional<qint64> lastMs;
    for (const SprintHistory::Step &step : history.steps()) {
        if (step.ms > limitMs)
            break;
        SprintHistory::CardState &state = states[size_t(step.card)];
        const bool wasIn = Sweep::inScope(state);
        SprintHistory::apply(state, step);
        if (wasIn || Sweep::inScope(state))
            lastMs = step.ms;
    }
    return lastMs ? QDateTime::fromMSecsSinceEpoch(*lastMs, Qt::UTC).toTimeZone(zone).date()
                  : QDate();
}

/**
 * The last day the charts draw (see SprintSeries): a closed sprint runs to its close; an open
 * sprint past its end runs to its last activity, never to today for its own sake, so that an
 * imported or forgotten sprint keeps to its own dates. `lastActivity` is asked only then.
 */
template<typename LastActivity>
QDate lastDrawnDay(const Sprint &sprint, QDate closedOn, bool started, QDate today,
                   LastActivity lastActivity)
{
    const QDate first = sprint.start;
    QDate last = sprint.end;
    if (closedOn.isValid()) {
        last = qMax(last, closedOn);
    } else if (started && today > last) {
        const QDate active = lastActivity();
        if (active.isValid())
            last = qBound(last, active, today);
    }
    if (!first.isValid() || !last.isValid() || last < first)
        last = first;
    return qMin(last, first.addDays(3660)); // a forgotten sprint must not produce years of rows
}

} // namespace

struct SprintSeriesCheckpoint::State
{
    Sprint sprint;
    QList<Column> columns;
    QTimeZone zone;
    quint64 generation = 0;
    int day = 0; ///< the first day not replayed
    qint64 dayStartMs = 0;
    size_t next = 0; ///< the first step not replayed
    Sweep sweep;
    bool startRecorded = false;
    Amount committed, doneAtStart;
    QList<SprintDay> days; ///< the days before `day`, complete
    QList<ScopeChange> scopeChanges;
};

SprintSeriesCheckpoint::SprintSeriesCheckpoint() = default;
SprintSeriesCheckpoint::~SprintSeriesCheckpoint() = default;

SprintSeries computeSprintSeries(const SprintChartInput &input, SprintSeriesCheckpoint *checkpoint)
{
    SprintSeries s;
    s.sprint = input.sprint;
    s.columns = input.columns;
    const Sprint &sprint = s.sprint;
    const QTimeZone zone = input.timeZone.isValid() ? input.timeZone : QTimeZone::systemTimeZone();
    const QDateTime now =
        (input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc()).toUTC();
    const bool closed = sprint.state == Sprint::State::Closed && sprint.closedAt.isValid();
    s.started = sprint.state != Sprint::State::Planned && sprint.startedAt.isValid();
    const QDateTime cutoff = closed ? sprint.closedAt.toUTC() : now;
    const qint64 cutoffMs = cutoff.toMSecsSinceEpoch();
    const qint64 startedAtMs = s.started ? sprint.startedAt.toMSecsSinceEpoch() : cutoffMs;
    const bool startedByCutoff = s.started && startedAtMs <= cutoffMs;
    const qint64 closedMs = closed ? cutoffMs : std::numeric_limits<qint64>::min();
    s.computedAt = cutoff;
    s.today = now.toTimeZone(zone).date();

    std::optional<SprintHistory> parsed;
    const SprintHistory &history =
        input.history ? *input.history : parsed.emplace(sprint.id, input.events, input.columns);
    const QDate first = sprint.start;
    const QDate last =
        lastDrawnDay(sprint, closed ? cutoff.toTimeZone(zone).date() : QDate(), s.started, s.today,
                     [&] { return lastActivityDay(history, cutoffMs, zone); });

    const qint64 firstDayStartMs = first.startOfDay(zone).toMSecsSinceEpoch();
    // The sprint's clock: from its start, but not before its first day begins.
    const qint64 startedMs = s.started ? qMax(startedAtMs, firstDayStartMs) : cutoffMs;
    Sweep sweep(history);
    const std::vector<SprintHistory::Step> &steps = history.steps();
    const size_t stepCount = steps.size();
    size_t next = 0;
    bool startRecorded = false;
    int currentDay = 0;
    auto recordStart = [&] {
        s.committed = sweep.scope.amount();
        s.doneAtStart = sweep.done.amount();
        startRecorded = true;
    };
    // Replays the steps before `limit`; a card's steps of one transaction form one scope change.
    auto replayUntil = [&](qint64 limit) {
        while (next < stepCount && steps[next].ms < limit) {
            if (!startRecorded && s.started && steps[next].ms > startedMs)
                recordStart();
            const int card = steps[next].card;
            const qint64 ms = steps[next].ms;
            SprintHistory::CardState &state = sweep.states[size_t(card)];
            const SprintHistory::CardState before = state;
            sweep.contribute(state, -1);
            for (; next < stepCount && steps[next].card == card && steps[next].ms == ms; ++next) {
                const SprintHistory::Step &step = steps[next];
                // Carrying the cards over at the close takes them out, but not out of its scope.
                if (ms == closedMs && step.field == SprintHistory::Field::InSprint &&
                    step.value == 0)
                    continue;
                SprintHistory::apply(state, step);
            }
            sweep.contribute(state, +1);
            if (!s.started || ms <= startedMs || ms > cutoffMs)
                continue;
            const bool wasIn = Sweep::inScope(before), isIn = Sweep::inScope(state);
            const qint64 oldMilli = wasIn ? Sweep::milli(before) : 0;
            const qint64 newMilli = isIn ? Sweep::milli(state) : 0;
            if (wasIn == isIn && (!isIn || oldMilli == newMilli))
                continue;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            // The day being replayed is the change's day, unless it lies before the first day.
            const QDate day = ms >= firstDayStartMs && currentDay < s.days.size()
                                  ? s.days.at(currentDay).date
                                  : at.toTimeZone(zone).date();
            const ScopeChange::Kind kind = wasIn && isIn ? ScopeChange::Kind::Reestimated
                                           : isIn        ? ScopeChange::Kind::Added
                                                         : ScopeChange::Kind::Removed;
            const Amount delta{double(newMilli - oldMilli) / 1000.0,
                               double(int(isIn) - int(wasIn))};
            s.scopeChanges.emplaceBack(ScopeChange{
                at, day, history.cardId(card), history.cardKey(card), kind, delta,
                wasIn && before.hasPoints() ? std::optional<double>(before.points) : std::nullopt,
                isIn && state.hasPoints() ? std::optional<double>(state.points) : std::nullopt});
            const ScopeChange &change = s.scopeChanges.constLast();
            if (!s.days.isEmpty())
                s.days[currentDay].scopeChange += change.delta;
        }
        if (!startRecorded && s.started && startedMs < limit)
            recordStart();
    };

    const qsizetype dayCount = first.daysTo(last) + 1;
    s.days.reserve(dayCount);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        SprintDay day;
        day.date = d;
        day.workingDay = sprint.isWorkingDay(d);
        day.afterEnd = d > sprint.end;
        day.columns.resize(input.columns.size());
        s.days.append(day);
    }
    int replayed = 0;
    int resumedDay = -1;
    if (checkpoint) {
        checkpoint->m_resumed = false;
        const SprintSeriesCheckpoint::State *cp = checkpoint->m_state.get();
        // Valid while the steps it replayed are the same and nothing new lies before its day.
        bool valid =
            cp && cp->generation == history.generation() && cp->sprint == sprint &&
            cp->columns == input.columns && cp->zone == zone && cp->day < s.days.size() &&
            cp->days.size() == cp->day && s.days.at(cp->day).date.isValid() &&
            cp->dayStartMs == s.days.at(cp->day).date.startOfDay(zone).toMSecsSinceEpoch() &&
            cp->dayStartMs <= cutoffMs && cp->next <= stepCount &&
            size_t(history.cardCount()) >= cp->sweep.states.size();
        for (size_t i = cp ? cp->next : 0; valid && i < stepCount; ++i)
            valid = steps[i].ms >= cp->dayStartMs;
        if (valid) {
            sweep = cp->sweep;
            sweep.history = &history;
            sweep.states.resize(size_t(history.cardCount()));
            next = cp->next;
            startRecorded = cp->startRecorded;
            s.committed = cp->committed;
            s.doneAtStart = cp->doneAtStart;
            s.scopeChanges = cp->scopeChanges;
            for (int d = 0; d < cp->day; ++d)
                s.days[d] = cp->days.at(d);
            replayed = resumedDay = cp->day;
            checkpoint->m_resumed = true;
        }
    }
    for (; replayed < s.days.size(); ++replayed) {
        currentDay = replayed;
        SprintDay &day = s.days[replayed];
        const qint64 dayStart = day.date.startOfDay(zone).toMSecsSinceEpoch();
        if (dayStart > cutoffMs)
            break;
        const qint64 dayEnd = day.date.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
        // The day that holds the cutoff is where the next computation of this sprint resumes.
        if (checkpoint && dayEnd > cutoffMs && replayed != resumedDay) {
            auto cp = std::make_unique<SprintSeriesCheckpoint::State>(SprintSeriesCheckpoint::State{
                sprint, input.columns, zone, history.generation(), replayed, dayStart, next, sweep,
                startRecorded, s.committed, s.doneAtStart, s.days.mid(0, replayed),
                s.scopeChanges});
            checkpoint->m_state = std::move(cp);
        }
        replayUntil(qMin(dayEnd, cutoffMs + 1));
        // A day that ended before a late start has no data: the sprint was not running.
        if (startedByCutoff && dayEnd > startedMs) {
            day.hasData = true;
            sweep.snapshot(day);
        }
    }
    // What is left before the cutoff: a start before the first day, or the whole history of a
    // sprint that never started ("committed" is then its scope now).
    currentDay = qMax(0, qMin(replayed, int(s.days.size())) - 1);
    replayUntil(cutoffMs + 1);
    if (!startRecorded)
        recordStart();
    s.atCutoff.date = cutoff.toTimeZone(zone).date();
    s.atCutoff.hasData = startedByCutoff;
    s.atCutoff.columns.resize(input.columns.size());
    sweep.snapshot(s.atCutoff);

    // The ideal line falls from committed to 0 over the planned working days.
    const int workingDays = sprint.workingDays();
    int worked = 0;
    for (SprintDay &day : s.days) {
        if (day.date > sprint.end) {
            day.ideal = {};
            continue;
        }
        if (day.workingDay)
            ++worked;
        if (workingDays == 0) {
            day.ideal = day.date >= sprint.end ? Amount{} : s.committed;
            continue;
        }
        const double left = double(workingDays - worked) / workingDays;
        day.ideal = {s.committed.points * left, s.committed.cards * left};
    }
    return s;
}

} // namespace SprintDeck

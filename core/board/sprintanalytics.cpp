#include "core/board/sprintanalytics.h"
#include "core/board/board.h"
#include "core/storage/analyticsstore.h"
#include "core/storage/repository.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

SprintAnalytics::SprintAnalytics(Board &board)
    : m_board(board)
{}

void SprintAnalytics::invalidate()
{
    m_events.clear();
    m_frozen.clear();
    m_velocityKey.clear();
}

Result<QList<Event>> SprintAnalytics::sprintEvents(qint64 sprintId)
{
    using R = Result<QList<Event>>;
    AnalyticsStore store(m_board.database());
    Repository repo(m_board.database());
    auto it = m_events.find(sprintId);
    if (it == m_events.end()) {
        auto last = store.lastEventId();
        if (!last)
            return R::failure(last.error());
        auto events = store.eventsForSprint(sprintId);
        if (!events)
            return R::failure(events.error());
        EventCache cache;
        cache.events = std::move(events.value());
        cache.lastEventId = *last;
        for (const Event &e : std::as_const(cache.events)) {
            cache.cards.insert(e.cardId);
            cache.lastEventId = qMax(cache.lastEventId, e.id);
        }
        it = m_events.insert(sprintId, std::move(cache));
        return it->events;
    }

    // Top up with the events written since: a card move adds a handful of rows.
    auto fresh = store.eventsAfter(it->lastEventId);
    if (!fresh)
        return R::failure(fresh.error());
    if (fresh->isEmpty())
        return it->events;
    const QString sprintText = QString::number(sprintId);
    QSet<qint64> joined;
    for (const Event &e : std::as_const(fresh.value()))
        if (e.kind == Event::Kind::Sprint && e.newValue == sprintText &&
            !it->cards.contains(e.cardId))
            joined.insert(e.cardId);
    qint64 newLast = it->lastEventId;
    bool ordered = true;
    auto append = [&](const Event &e) {
        if (!it->events.isEmpty() && e.at < it->events.constLast().at)
            ordered = false;
        it->events.append(e);
    };
    for (const Event &e : std::as_const(fresh.value())) {
        newLast = qMax(newLast, e.id);
        if (it->cards.contains(e.cardId))
            append(e);
    }
    // A card that joined the sprint brings its whole history (its creation, its estimate…).
    for (qint64 cardId : std::as_const(joined)) {
        auto history = repo.eventsForCard(cardId);
        if (!history)
            return R::failure(history.error());
        for (const Event &e : std::as_const(history.value()))
            if (e.id <= newLast)
                append(e);
        it->cards.insert(cardId);
    }
    it->lastEventId = newLast;
    if (!ordered || !joined.isEmpty()) {
        it->history.reset(); // the order changed before the parsed part: parse again
        it->parsed = 0;
    }
    if (!ordered || !joined.isEmpty())
        std::stable_sort(it->events.begin(), it->events.end(), [](const Event &a, const Event &b) {
            return a.at != b.at ? a.at < b.at : a.id < b.id;
        });
    return it->events;
}

Result<SprintSeries> SprintAnalytics::liveSeries(const Sprint &sprint, const QDateTime &now)
{
    auto events = sprintEvents(sprint.id);
    if (!events)
        return Result<SprintSeries>::failure(events.error());
    SprintChartInput input;
    input.sprint = sprint;
    input.events = events.value();
    input.columns = m_board.columns();
    input.now = now.isValid() ? now : m_board.now();
    input.timeZone = m_zone;
    // The parsed events are kept: a move parses only the rows it added.
    EventCache &cache = *m_events.find(sprint.id);
    if (cache.history && cache.history->columns() != input.columns)
        cache.history.reset();
    if (cache.history && cache.parsed < cache.events.size() &&
        !cache.history->append(cache.events.mid(cache.parsed)))
        cache.history.reset();
    if (!cache.history)
        cache.history = std::make_shared<SprintHistory>(sprint.id, cache.events, input.columns);
    cache.parsed = cache.events.size();
    input.history = cache.history.get();
    return computeSprintSeries(input, cache.checkpoint.get());
}

Result<std::optional<SprintSeries>> SprintAnalytics::frozenSeries(const Sprint &sprint)
{
    using R = Result<std::optional<SprintSeries>>;
    if (sprint.state != Sprint::State::Closed)
        return std::optional<SprintSeries>();
    auto cached = m_frozen.constFind(sprint.id);
    if (cached != m_frozen.cend() && cached->closedAt == sprint.closedAt)
        return std::optional<SprintSeries>(cached->series);
    AnalyticsStore store(m_board.database());
    auto report = store.loadReport(sprint.id);
    if (!report)
        return R::failure(report.error());
    if (!report->has_value())
        return std::optional<SprintSeries>();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson((*report)->json, &error);
    if (doc.isNull())
        return R::failure(QObject::tr("The stored report of sprint %1 is damaged: %2")
                              .arg(sprint.name, error.errorString()));
    auto series = sprintSeriesFromJson(doc.object());
    if (!series)
        return R::failure(QObject::tr("Sprint %1: %2").arg(sprint.name, series.error()));
    m_frozen.insert(sprint.id, {sprint.closedAt, series.value()});
    return std::optional<SprintSeries>(std::move(series.value()));
}

Result<SprintSeries> SprintAnalytics::series(qint64 sprintId, const QDateTime &now)
{
    const Sprint *sprint = m_board.sprint(sprintId);
    if (!sprint)
        return Result<SprintSeries>::failure(QObject::tr("No sprint with id %1").arg(sprintId));
    auto frozen = frozenSeries(*sprint);
    if (!frozen)
        return Result<SprintSeries>::failure(frozen.error());
    if (frozen->has_value())
        return std::move(**frozen);
    return liveSeries(*sprint, now);
}

Result<SprintNumbers> SprintAnalytics::numbers(qint64 sprintId, const QDateTime &asOf)
{
    using R = Result<SprintNumbers>;
    const Sprint *sprint = m_board.sprint(sprintId);
    if (!sprint)
        return R::failure(QObject::tr("No sprint with id %1").arg(sprintId));
    if (sprint->state == Sprint::State::Closed && asOf.isValid() && sprint->closedAt.isValid() &&
        asOf < sprint->closedAt) {
        Sprint running = *sprint; // as it was at that moment
        running.state = Sprint::State::Active;
        running.closedAt = {};
        auto before = liveSeries(running, asOf);
        if (!before)
            return R::failure(before.error());
        return before->numbers();
    }
    auto s = series(sprintId, asOf);
    if (!s)
        return R::failure(s.error());
    return s->numbers();
}

Result<Velocity> SprintAnalytics::velocity(ChartUnit unit, int lastN)
{
    QList<const Sprint *> closed;
    for (const Sprint &s : m_board.sprints())
        if (s.state == Sprint::State::Closed)
            closed.append(&s);
    std::stable_sort(closed.begin(), closed.end(), [](const Sprint *a, const Sprint *b) {
        return a->end != b->end ? a->end < b->end : a->start < b->start;
    });
    if (lastN > 0 && closed.size() > lastN)
        closed = closed.mid(closed.size() - lastN);
    // Closed sprints do not change: the same ones give the same velocity.
    QString key = QString::number(int(unit)) + u'/' + QString::number(lastN);
    for (const Sprint *s : std::as_const(closed))
        key += u'/' + QString::number(s->id) + u':' +
               QString::number(s->closedAt.toMSecsSinceEpoch()) + u':' + s->name + u':' +
               QString::number(s->start.toJulianDay()) + u':' +
               QString::number(s->end.toJulianDay());
    if (key == m_velocityKey)
        return m_velocity;
    // Frozen reports carry their summary; a sprint closed without one is computed from its events.
    QHash<qint64, AnalyticsStore::VelocitySummary> summaries;
    if (auto stored = AnalyticsStore(m_board.database()).velocitySummaries(); stored)
        for (const AnalyticsStore::VelocitySummary &v : std::as_const(stored.value()))
            summaries.insert(v.sprintId, v);
    QList<VelocityEntry> entries;
    for (const Sprint *s : std::as_const(closed)) {
        const auto summary = summaries.constFind(s->id);
        if (summary != summaries.cend() && summary->frozenAt == s->closedAt) {
            entries.append({s->id,
                            s->name,
                            s->start,
                            s->end,
                            {summary->committedPoints, summary->committedCards},
                            {summary->completedPoints, summary->completedCards}});
            continue;
        }
        auto series = this->series(s->id);
        if (!series)
            return Result<Velocity>::failure(series.error());
        VelocityEntry e = velocityEntry(series.value());
        e.name = s->name; // a sprint renamed after its close keeps its current name on the chart
        entries.append(e);
    }
    m_velocity = computeVelocity(entries, unit, lastN);
    m_velocityKey = key;
    return m_velocity;
}

} // namespace SprintDeck

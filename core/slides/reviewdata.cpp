#include "core/slides/reviewdata.h"
#include "core/analytics/sprinthistory.h"
#include "core/board/board.h"
#include "core/board/flowanalytics.h"
#include "core/board/sprintanalytics.h"
#include "core/storage/standupstore.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** A standup's blockers (markdown) as one line: list items joined with "; ". */
QString blockerText(const QString &markdown)
{
    QStringList parts;
    for (QString line : markdown.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u"- "_s) || line.startsWith(u"* "_s) || line.startsWith(u"+ "_s))
            line = line.mid(2).trimmed();
        if (line.startsWith(u"[ ] "_s) || line.startsWith(u"[x] "_s))
            line = line.mid(4).trimmed();
        line.remove(u"**"_s);
        if (!line.isEmpty())
            parts.append(line.simplified());
    }
    return parts.join(u"; "_s);
}

/** Blockers fields that only say there are none. */
bool saysNothing(const QString &text)
{
    static const QStringList nothing = {u"none"_s,    u"no"_s,          u"-"_s,     u"n/a"_s,
                                        u"nothing"_s, u"no blockers"_s, u"\u2014"_s};
    return text.trimmed().isEmpty() || nothing.contains(text.trimmed().toLower().remove(u'.'));
}

} // namespace

int ReviewData::completionPercent() const
{
    if (committed <= 0)
        return 0;
    return int(std::floor(completed * 100.0 / committed + 1e-9));
}

Result<ReviewData> collectReviewData(Board &board, qint64 sprintId, const QDateTime &now,
                                     bool withFlow)
{
    using R = Result<ReviewData>;
    const Sprint *sprint = board.sprint(sprintId);
    if (!sprint)
        return R::failure(
            QCoreApplication::translate("SprintDeck::ReviewData", "No sprint with id %1")
                .arg(sprintId));

    ReviewData d;
    d.sprint = *sprint;
    SprintAnalytics analytics(board);
    auto series = analytics.series(sprintId, now);
    if (!series)
        return R::failure(series.error());
    const bool closed = sprint->state == Sprint::State::Closed && sprint->closedAt.isValid();
    d.evaluatedAt = closed ? sprint->closedAt.toUTC() : series->computedAt;

    d.burndown = burndown(*series, ChartUnit::Points);
    FlowAnalytics flow(board);
    if (!now.isValid() || qAbs(now.secsTo(board.now())) < 60) { // as of now: Monte Carlo
        if (Status s = flow.forecastBurndown(d.burndown); !s)
            return R::failure(s.error());
    }
    if (withFlow) {
        ReviewFlow f;
        const FlowFilter filter = flow.sprintFilter(sprintId);
        f.from = filter.from;
        f.to = filter.to;
        auto times = flow.cycleTimes(filter);
        if (!times)
            return R::failure(times.error());
        f.cycleTimes = std::move(times.value());
        // The burndown's forecast again (cached): the slide and the summary give one date.
        if (d.burndown.forecastMethod == ForecastMethod::MonteCarlo) {
            auto forecast = flow.forecast(filter, ChartUnit::Points,
                                          d.burndown.remainingNow.value_or(0), sprint->end);
            if (!forecast)
                return R::failure(forecast.error());
            f.forecast = std::move(forecast.value());
        }
        d.flow = std::move(f);
    }
    d.burnup = burnup(*series, ChartUnit::Points);
    d.progress = progressByPriority(*series, ChartUnit::Points);
    const VelocityEntry current = velocityEntry(*series);
    const SprintNumbers numbers = series->numbers();
    d.committed = numbers.committed.points;
    d.completed = numbers.completed.points;
    d.scopeChanges = series->scopeChanges;
    for (const ScopeChange &c : std::as_const(d.scopeChanges)) {
        if (c.delta.points > 0)
            d.scopeAdded += c.delta.points;
        else
            d.scopeRemoved -= c.delta.points;
    }

    // Velocity: the closed sprints before this one, then this one.
    QList<VelocityEntry> entries;
    for (const Sprint &s : board.sprints()) {
        if (s.id == sprintId || s.state != Sprint::State::Closed)
            continue;
        if (s.end > sprint->end || (s.end == sprint->end && s.start >= sprint->start))
            continue;
        auto previous = analytics.series(s.id);
        if (!previous)
            return R::failure(previous.error());
        VelocityEntry e = velocityEntry(*previous);
        e.name = s.name;
        entries.append(e);
    }
    const Velocity previous = computeVelocity(entries, ChartUnit::Points, 5);
    d.previousSprints = int(previous.rows.size());
    d.previousAverage = previous.averageCompleted;
    entries.append(current);
    d.velocity = computeVelocity(entries, ChartUnit::Points, 6);

    // The sprint's cards at its end (or now), replayed from their history.
    auto events = analytics.sprintEvents(sprintId);
    if (!events)
        return R::failure(events.error());
    const QList<Column> &columns = board.columns();
    if (!columns.isEmpty())
        d.firstColumn = columns.first().name;
    const SprintHistory history(sprintId, *events, columns);
    // Cards carried over at the close leave at that instant; look just before it.
    const qint64 at = d.evaluatedAt.toMSecsSinceEpoch() - (closed ? 1 : 0);
    const QList<SprintHistory::CardState> states = history.statesAt(at);
    QSet<QString> team;
    for (int i = 0; i < states.size(); ++i) {
        const SprintHistory::CardState &state = states.at(i);
        if (!state.exists || !state.inSprint)
            continue;
        ReviewCard rc;
        rc.id = history.cardId(i);
        rc.key = history.cardKey(i);
        rc.priority = Priority(std::clamp(state.priority, 1, 4));
        if (state.hasPoints())
            rc.points = state.points;
        if (state.column >= 0 && state.column < columns.size())
            rc.column = columns.at(state.column).name;
        if (const Card *card = board.card(rc.id)) {
            rc.key = card->key;
            rc.title = card->title;
            rc.type = card->type;
            rc.blocked = card->blocked;
            rc.blockedReason = card->blockedReason;
            if (const Member *m = board.member(card->assigneeId)) {
                rc.assignee = m->name;
                team.insert(m->name);
            }
            if (closed && card->sprintId != sprintId) {
                const Sprint *into = board.sprint(card->sprintId);
                rc.nowIn = into ? into->name
                                : QCoreApplication::translate("SprintDeck::ReviewData", "Backlog");
            }
        } else {
            rc.title = QCoreApplication::translate("SprintDeck::ReviewData", "(deleted)");
        }
        if (history.isDoneColumn(state.column))
            d.completedCards.append(rc);
        else
            d.openCards.append(rc);
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto byPriorityThenKey = [&collator](const ReviewCard &a, const ReviewCard &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return collator.compare(a.key, b.key) < 0;
    };
    std::sort(d.completedCards.begin(), d.completedCards.end(), byPriorityThenKey);
    std::sort(d.openCards.begin(), d.openCards.end(), byPriorityThenKey);

    d.team = QStringList(team.begin(), team.end());
    if (d.team.isEmpty())
        for (const Member &m : board.members())
            if (m.active)
                d.team.append(m.name);
    std::sort(d.team.begin(), d.team.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });

    // Blockers the team raised in standups during the sprint.
    StandupStore standups(board.database());
    const QDate lastDay = std::min(sprint->end, d.evaluatedAt.toLocalTime().date());
    auto days = standups.daysWithText(sprint->start, lastDay);
    if (days) {
        for (const QDate &day : std::as_const(days.value())) {
            auto standup = standups.load(day);
            if (!standup)
                continue;
            for (const StandupEntry &entry : std::as_const(standup->entries)) {
                if (saysNothing(entry.blockers))
                    continue;
                const Member *m = board.member(entry.memberId);
                d.standupBlockers.append(
                    {day,
                     m ? m->name : QCoreApplication::translate("SprintDeck::ReviewData", "Someone"),
                     blockerText(entry.blockers)});
            }
        }
    }

    // The next sprint: the earliest open sprint that starts after this one.
    const Sprint *next = nullptr;
    for (const Sprint &s : board.sprints()) {
        if (s.id == sprintId || s.state == Sprint::State::Closed || s.start <= sprint->start)
            continue;
        if (!next || s.start < next->start)
            next = &s;
    }
    if (next) {
        d.nextSprint = *next;
        for (const Card &c : board.cards()) {
            if (c.sprintId != next->id)
                continue;
            ++d.nextSprintCards;
            d.nextSprintPoints += c.points.value_or(0);
        }
    }

    ReviewNotesStore notes(board.database());
    auto loaded = notes.load(sprintId);
    if (!loaded)
        return R::failure(loaded.error());
    d.notes = *loaded;
    return d;
}

} // namespace SprintDeck

// Editing a sprint's plan, and the one rule a planned sprint follows (creating and editing).
#include "core/board/board.h"
#include "core/board/commands.h"
#include "core/domain/sprintrule.h"

#include <algorithm>

namespace SprintDeck {

namespace {

/** Sorted without repeats: the order days were entered in is no change to the calendar. */
QList<QDate> normalizedDays(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

Sprint withNormalizedCalendar(Sprint sprint)
{
    sprint.holidays = normalizedDays(sprint.holidays);
    sprint.extraWorkdays = normalizedDays(sprint.extraWorkdays);
    return sprint;
}

} // namespace

Status Board::checkSprint(const Sprint &sprint)
{
    const SprintRule broken = brokenSprintRule(sprint.name, sprint.start, sprint.end);
    if (broken == SprintRule::NeedsName)
        return Status::failure(tr("A sprint needs a name"));
    if (broken != SprintRule::Kept)
        return Status::failure(
            tr("Sprint %1: the end date must not be before the start date").arg(sprint.name));
    return {};
}

Status Board::checkSprintPlan(const Sprint &sprint) const
{
    if (Status s = checkSprint(sprint); !s)
        return s;
    // The database compares names exactly; people and the command line look sprints up
    // regardless of case, so two names that differ only in case would be ambiguous.
    if (const Sprint *same = sprintByName(sprint.name.trimmed()); same && same->id != sprint.id)
        return Status::failure(tr("There is already a sprint called %1").arg(same->name));
    if (sprint.capacity < 0)
        return Status::failure(tr("Sprint %1: the capacity must not be negative").arg(sprint.name));
    const QString from = sprint.start.toString(Qt::ISODate);
    const QString to = sprint.end.toString(Qt::ISODate);
    // A calendar exception outside the dates would silently come back when the dates grow.
    for (const QDate &d : sprint.holidays)
        if (d < sprint.start || d > sprint.end || d.dayOfWeek() >= 6)
            return Status::failure(tr("Sprint %1: the holiday %2 is not a weekday from %3 to %4")
                                       .arg(sprint.name, d.toString(Qt::ISODate), from, to));
    for (const QDate &d : sprint.extraWorkdays)
        if (d < sprint.start || d > sprint.end || d.dayOfWeek() < 6)
            return Status::failure(
                tr("Sprint %1: the worked day %2 is not a weekend day from %3 to %4")
                    .arg(sprint.name, d.toString(Qt::ISODate), from, to));
    return {};
}

Status Board::editSprint(const Sprint &edited)
{
    const Sprint *current = sprint(edited.id);
    if (!current)
        return Status::failure(tr("No sprint with id %1").arg(edited.id));
    if (current->state == Sprint::State::Closed)
        return Status::failure(
            tr("Sprint %1 is closed; its plan can no longer be edited").arg(current->name));
    // Only the plan changes: starting and closing are the lifecycle's (boardsprints.cpp).
    Sprint after = *current;
    after.name = edited.name.trimmed();
    after.goal = edited.goal;
    after.start = edited.start;
    after.end = edited.end;
    after.capacity = edited.capacity;
    after.holidays = edited.holidays;
    after.extraWorkdays = edited.extraWorkdays;
    after = withNormalizedCalendar(after);
    if (Status s = checkSprintPlan(after); !s)
        return s;
    if (after == withNormalizedCalendar(*current))
        return {};
    return pushAndApply(
        new SprintCommand(this, tr("Edit sprint %1").arg(current->name), *current, after));
}

} // namespace SprintDeck

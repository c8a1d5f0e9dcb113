#include "core/board/cardevents.h"

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString blockedValue(const Card &c)
{
    if (!c.blocked)
        return {};
    return c.blockedReason.isEmpty() ? u"blocked"_s : u"blocked: "_s + c.blockedReason;
}

QString idValue(qint64 id)
{
    return id ? QString::number(id) : QString();
}

} // namespace

QList<Event> CardEvents::changes(const Card &b, const Card &a, const QDateTime &at)
{
    QList<Event> events;
    auto add = [&](Event::Kind kind, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            events.append({0, a.id, at, kind, oldValue, newValue});
    };
    add(Event::Kind::Sprint, idValue(b.sprintId), idValue(a.sprintId));
    add(Event::Kind::Moved, idValue(b.columnId), idValue(a.columnId));
    if (b.columnId == a.columnId && b.sprintId == a.sprintId && b.rank != a.rank)
        add(Event::Kind::Ranked, QString::number(b.rank, 'g', 17),
            QString::number(a.rank, 'g', 17));
    add(Event::Kind::Title, b.title, a.title);
    add(Event::Kind::Description, b.description, a.description);
    add(Event::Kind::Points, formatPoints(b.points), formatPoints(a.points));
    add(Event::Kind::Priority, priorityName(b.priority), priorityName(a.priority));
    add(Event::Kind::Type, cardTypeName(b.type), cardTypeName(a.type));
    add(Event::Kind::Assignee, idValue(b.assigneeId), idValue(a.assigneeId));
    add(Event::Kind::Labels, b.labels.join(u','), a.labels.join(u','));
    add(Event::Kind::Blocked, blockedValue(b), blockedValue(a));
    if (b.checklist != a.checklist)
        events.append({0, a.id, at, Event::Kind::Checklist, checklistToJson(b.checklist),
                       checklistToJson(a.checklist)});
    return events;
}

QList<Event> CardEvents::created(const Card &card, const QDateTime &at)
{
    QList<Event> events{{0, card.id, at, Event::Kind::Created, QString(), card.key}};
    // The initial-state rule: a history is replayed from a default Card (Story, P3, backlog,
    // no points...), so the created event is followed by one event for every field whose
    // value differs from the default, the type included. Replaying the history then rebuilds
    // the card as it was created: its column, sprint, points and priority for the charts, and
    // every other field for the card's own history. The rank is left out: it only orders the
    // card within its list and changes with every neighbour, so no replay reads it.
    Card empty;
    empty.id = card.id;
    QList<Event> initial = changes(empty, card, at);
    initial.removeIf([](const Event &e) { return e.kind == Event::Kind::Ranked; });
    events += initial;
    return events;
}

Event CardEvents::restored(const Card &card, const QDateTime &at)
{
    return {0, card.id, at, Event::Kind::Restored, QString(), card.key};
}

Event CardEvents::deleted(qint64 cardId, const QString &key, const QDateTime &at)
{
    return {0, cardId, at, Event::Kind::Deleted, key, QString()};
}

} // namespace SprintDeck

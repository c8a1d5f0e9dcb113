#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace SprintDeck {

/**
 * One entry of a card's history. The event log is append-only: undo writes the
 * inverse change as a new event. Values are stored as text: ids for column,
 * sprint and assignee, numbers for points, names for priority and type.
 */
struct Event
{
    enum class Kind
    {
        Created,
        Deleted,
        Restored,
        Moved,  ///< column id
        Ranked, ///< rank within the list
        Sprint, ///< sprint id, "" for backlog
        Title,
        Description,
        Points,   ///< "" for none
        Priority, ///< P1..P4
        Type,
        Assignee, ///< member id, "" for none
        Labels,   ///< comma separated
        Blocked,  ///< "" when not blocked, else "blocked" or "blocked: <reason>"
        Checklist,
    };

    qint64 id = 0;
    qint64 cardId = 0;
    QDateTime at; ///< UTC
    Kind kind = Kind::Created;
    QString oldValue;
    QString newValue;
    qint64 authorId = 0; ///< the member who made it on a shared board; 0: the board's own user

    bool operator==(const Event &) const = default;
};

QString eventKindName(Event::Kind kind);
std::optional<Event::Kind> parseEventKind(QStringView name);

} // namespace SprintDeck

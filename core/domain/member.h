#pragma once

#include <QString>

namespace SprintDeck {

/** A team member; cards refer to members as assignees. */
struct Member
{
    qint64 id = 0;
    QString name;
    bool active = true;

    /** Up to two letters for avatars: "Ada Lovelace" -> "AL". */
    QString initials() const;

    bool operator==(const Member &) const = default;
};

/** The order of the board's members: by name, regardless of case. */
bool memberBefore(const Member &a, const Member &b);

} // namespace SprintDeck

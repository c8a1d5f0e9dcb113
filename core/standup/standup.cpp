#include "core/standup/standup.h"

#include <QCoreApplication>

namespace SprintDeck {

const QString &StandupEntry::text(Field field) const
{
    switch (field) {
    case Field::Yesterday:
        return yesterday;
    case Field::Today:
        return today;
    case Field::Blockers:
        return blockers;
    }
    return yesterday;
}

void StandupEntry::setText(Field field, const QString &text)
{
    switch (field) {
    case Field::Yesterday:
        yesterday = text;
        break;
    case Field::Today:
        today = text;
        break;
    case Field::Blockers:
        blockers = text;
        break;
    }
}

bool StandupEntry::isEmpty() const
{
    return yesterday.trimmed().isEmpty() && today.trimmed().isEmpty() &&
           blockers.trimmed().isEmpty();
}

const StandupEntry *Standup::entry(qint64 memberId) const
{
    for (const StandupEntry &e : entries)
        if (e.memberId == memberId)
            return &e;
    return nullptr;
}

StandupEntry Standup::entryOrEmpty(qint64 memberId) const
{
    if (const StandupEntry *e = entry(memberId))
        return *e;
    StandupEntry empty;
    empty.memberId = memberId;
    return empty;
}

bool Standup::isEmpty() const
{
    if (!note.trimmed().isEmpty())
        return false;
    for (const StandupEntry &e : entries)
        if (!e.isEmpty())
            return false;
    return true;
}

QString standupFieldTitle(StandupEntry::Field field)
{
    switch (field) {
    case StandupEntry::Field::Yesterday:
        return QCoreApplication::translate("SprintDeck::Standup", "Yesterday");
    case StandupEntry::Field::Today:
        return QCoreApplication::translate("SprintDeck::Standup", "Today");
    case StandupEntry::Field::Blockers:
        return QCoreApplication::translate("SprintDeck::Standup", "Blockers");
    }
    return {};
}

} // namespace SprintDeck

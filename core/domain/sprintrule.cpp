#include "core/domain/sprintrule.h"

namespace SprintDeck {

SprintRule brokenSprintRule(const QString &name, const QDate &start, const QDate &end)
{
    if (name.trimmed().isEmpty())
        return SprintRule::NeedsName;
    if (!start.isValid())
        return SprintRule::StartInvalid;
    if (!end.isValid())
        return SprintRule::EndInvalid;
    if (end < start)
        return SprintRule::EndBeforeStart;
    return SprintRule::Kept;
}

} // namespace SprintDeck

#pragma once

#include "core/board/board.h"
#include "core/util/result.h"

#include <QString>

namespace SprintDeck {

/** The rule for a member's name on adding, renaming and importing: it is not blank. */
inline Status checkMemberName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(Board::tr("A member needs a name"));
    return {};
}

} // namespace SprintDeck

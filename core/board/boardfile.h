#pragma once

#include "core/util/result.h"

#include <QString>

namespace SprintDeck {

class Board;

/**
 * Writes a consistent copy of the board's database to `path` (SQLite's online
 * backup API), replacing a file there only once the copy is complete. The
 * board stays on its own file; open the copy to work on it.
 */
Status saveBoardCopy(Board &board, const QString &path);

} // namespace SprintDeck

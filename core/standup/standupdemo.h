#pragma once

#include "core/util/result.h"

namespace SprintDeck {

class Board;

/**
 * Writes the demo sprint's standups so far, the way a lead would have: each
 * working day filled from the board with a few words typed on top, and the
 * latest working day half done (the first members written, the rest left to
 * "Fill from Board"). Call after fillDemo(); does nothing without an active sprint.
 */
Status fillDemoStandups(Board &board);

} // namespace SprintDeck

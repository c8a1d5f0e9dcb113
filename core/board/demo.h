#pragma once

#include "core/util/result.h"

#include <QDate>

namespace SprintDeck {

class Board;

/**
 * Fills an empty board with a realistic sprint: five members, about thirty
 * cards across the columns, and a history spread over the sprint's first days
 * (moves, a scope change, a re-estimate, a re-opened card, blockers), so the
 * charts and standups have real data. `today` is the last day with activity.
 */
Status fillDemo(Board &board, QDate today = QDate::currentDate());

} // namespace SprintDeck

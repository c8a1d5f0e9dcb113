#pragma once

#include "core/io/importplan.h"
#include "core/io/markdownoutline.h"

#include <QDate>

namespace SprintDeck {

/**
 * Decides what a status document's outline means: the sprint (name, goal,
 * dates, state), one card per story key (or per checklist section when a
 * document has no stories), each card's dated status history, and warnings
 * where the document contradicts itself (a progress table against the stories
 * it lists, "0/26 tasks" against the checklist).
 *
 * Times of day: cards exist at 08:00 local time on the sprint's first day, the
 * sprint starts at 09:00, a story added during the sprint ("NEW FIX-004")
 * joins at 09:00 of the day it is first reported, and a status reported on a
 * day is stamped 12:00 of that day, so each day's burndown sees it.
 */
class MarkdownPlanner
{
public:
    static ImportPlan plan(const MarkdownOutline &outline, const QString &name, QDate today);
};

} // namespace SprintDeck

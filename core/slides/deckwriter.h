#pragma once

#include "core/slides/slidepage.h"
#include "core/slides/slidetheme.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace SprintDeck {

/**
 * Reports progress while a deck is written: called with the number of slides
 * done and the total; returning false cancels the export (the partial file is
 * removed).
 */
using DeckProgress = std::function<bool(int done, int total)>;

/** What every deck writer needs besides the pages. */
struct DeckWriteOptions
{
    SlideTheme theme;
    QString title;  ///< document title
    QString author; ///< document author
    DeckProgress progress;
};

} // namespace SprintDeck

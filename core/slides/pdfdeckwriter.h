#pragma once

#include "core/slides/deckwriter.h"

#include <QPageSize>

namespace SprintDeck {

/**
 * Writes laid-out slides as a vector PDF, one 16:9 page per slide without
 * margins, with the fonts embedded (QPdfWriter embeds the used subsets).
 */
class PdfDeckWriter
{
public:
    /** Page size of one slide: 338.667 x 190.5 mm (13.333 x 7.5 in). */
    static QPageSize pageSize();

    static Status write(const QString &path, const QList<SlidePage> &pages,
                        const DeckWriteOptions &options);
};

} // namespace SprintDeck

#pragma once

#include "core/slides/deckwriter.h"

namespace SprintDeck {

/**
 * Writes laid-out slides as a PowerPoint package (Office Open XML
 * PresentationML, 16:9): real text boxes and tables, native charts with their
 * data, a theme in the deck's colours, and speaker notes on notes pages.
 */
class PptxWriter
{
public:
    static Status write(const QString &path, const QList<SlidePage> &pages,
                        const DeckWriteOptions &options);
    /** The package's bytes (what write() saves). */
    static Result<QByteArray> package(const QList<SlidePage> &pages,
                                      const DeckWriteOptions &options);
};

} // namespace SprintDeck

#pragma once

#include "core/slides/deckwriter.h"
#include "core/slides/reviewnotes.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace SprintDeck {

class Board;

/**
 * One-call export of a sprint's review deck: gathers the data, builds the
 * content, lays it out and writes PPTX or PDF (chosen by the file suffix).
 */
class DeckExporter
{
public:
    enum class Format
    {
        Pptx,
        Pdf
    };

    /** The format a file name asks for; none for other suffixes. */
    static std::optional<Format> formatFor(const QString &path);

    /** Writes the deck; returns the number of slides written. */
    static Result<int> exportDeck(Board &board, qint64 sprintId, const QString &path,
                                  const DeckSettings &settings, const DeckProgress &progress = {},
                                  const QDateTime &now = {});
    /** Writes already laid-out pages in the format of `path`. */
    static Status write(const QString &path, const QList<SlidePage> &pages,
                        const DeckWriteOptions &options);
};

} // namespace SprintDeck

#pragma once

#include "core/io/markdownoutline.h"

#include <QByteArrayView>

#include <functional>

namespace SprintDeck {

/**
 * The parse of a large markdown document in two halves at once.
 *
 * Why: cmark parses on one thread, and a large status document (a sprint's daily log of a
 * megabyte) is most of an import's time; the machine has a second core that would idle.
 *
 * What it saves: the parse and walk of the second half run beside those of the first, on the
 * other core. A document below a size threshold, or one that cannot be cut without changing what
 * it means, is parsed whole: on a small document a thread costs more than it saves.
 *
 * The cut is at a level 1 or 2 heading, so every block of the first part ends before it; the
 * second part's outline is appended to the first's as one walk over the whole would have made it.
 */
class MarkdownSplit
{
public:
    /**
     * Where a large document can be parsed as two: the start of a level 1 or 2 heading after a
     * blank line, outside fenced code, nearest the middle. -1 when the document is small, has no
     * such line, or holds what could tie its parts together (link reference definitions, HTML
     * blocks).
     */
    static qsizetype splitPoint(QByteArrayView utf8);

    /**
     * Fills `into` with `first` on this thread while `second` fills a part on a thread of its
     * own, then appends that part.
     */
    static void inTwo(MarkdownOutline &into, const std::function<void(MarkdownOutline &)> &first,
                      const std::function<void(MarkdownOutline &)> &second);

    /**
     * Appends the outline of the part of a document after `into`'s part. Indexes move up by
     * what `into` holds, and the part's top headings find their parents among `into`'s
     * sections, as one walk over the whole document would have found them.
     */
    static void append(MarkdownOutline &into, MarkdownOutline &&part);
};

} // namespace SprintDeck

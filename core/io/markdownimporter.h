#pragma once

#include "core/io/importplan.h"
#include "core/io/markdownoutline.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace SprintDeck {

/**
 * Reads markdown status documents (daily status, completion reports, phase
 * trackers) with cmark-gfm and its table and tasklist extensions: the syntax
 * tree gives headings, list items, task items and table cells, and only the
 * text of one such element is ever matched against a pattern.
 *
 * Mojibake is repaired before parsing. Content never makes the import fail:
 * what cannot be read becomes a warning with its line. The file itself can be
 * refused (empty, binary, not UTF-8, too large).
 */
class MarkdownImporter
{
public:
    /** `today` decides assumed dates of undated documents (as in parse()). */
    static Result<ImportPlan> importFile(const QString &path, QDate today = QDate::currentDate());
    static Result<ImportPlan> importBytes(QByteArrayView bytes, const QString &name,
                                          QDate today = QDate::currentDate());
    /** Parses decoded text; `today` decides assumed dates of undated documents. */
    static ImportPlan parse(const QString &text, const QString &name,
                            QDate today = QDate::currentDate());

    enum class Threads
    {
        Two, ///< a large document is parsed as two parts at once
        One
    };
    /** The outline of the document (exposed for tests and the planner). */
    static MarkdownOutline outline(const QString &text, Threads threads = Threads::Two);
    /**
     * Where outline() parts a document of these UTF-8 bytes: the offset of the line that opens
     * the second part, or -1 when it is parsed whole.
     */
    static qsizetype splitPoint(QByteArrayView utf8);
};

} // namespace SprintDeck

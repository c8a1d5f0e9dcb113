#pragma once

#include "core/io/importplan.h"
#include "core/util/result.h"

#include <QDate>
#include <QString>

namespace SprintDeck {

/** Tells the kinds of files apart that SprintDeck imports, and reads them into plans. */
class Importer
{
public:
    enum class Format
    {
        Unknown,
        Markdown,
        IssueCsv,
        Backup
    };

    /** By the file name's extension, else by the first bytes. */
    static Format detect(const QString &path);
    /** Reads a markdown document or an issue CSV (a backup is restored, not planned). */
    static Result<ImportPlan> read(const QString &path, QDate today = QDate::currentDate());
    /** The file filter for open dialogs. */
    static QString fileFilter();
};

} // namespace SprintDeck

#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace SprintDeck {

class Database;

/**
 * A full backup of a board database as JSON, and its restore.
 *
 * The document is {"format": "sprintdeck-backup", "version": 1,
 * "schemaVersion": N, "tables": {...}}: one section per table of the
 * database, each an array of rows with every column by name (INTEGER, REAL and
 * TEXT as JSON values, BLOB as {"base64": ...}), so tables that later versions
 * add (standups, sync state…) are carried without this code knowing them.
 * For people and other tools, rows also name what their ids point to:
 * a card's "column", "sprint" and "assignee", an event's "card" (the key) and
 * "time", a sprint's "holidays" and "extraWorkdays"; restore ignores these.
 *
 * Rows are ordered by their columns and keys are sorted, so export → restore
 * into a new file → export gives identical bytes.
 */
class JsonBackup
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

    /** A backup document read and checked, before anything is written. */
    struct Document
    {
        int schemaVersion = 0;
        /** Table name -> array of rows; every row an object whose values are
         * null, numbers, text, arrays or {"base64": ...}. */
        QJsonObject tables;
    };

    static Result<QByteArray> write(Database &db);

    /**
     * Reads a backup document and checks its form (format, version, every
     * table a list of rows, every value one that restores); `name` heads the
     * one-line error, which also says the line or the row.
     */
    static Result<Document> parse(const QByteArray &json, const QString &name);
    static Status writeFile(Database &db, const QString &path);

    /**
     * Restores a backup into a database that holds no cards, sprints, members
     * or events (a new file); its default columns and settings are replaced.
     * One transaction: on any error nothing is written.
     */
    static Status restore(Database &db, const QByteArray &json, const QString &name);
    static Status restore(Database &db, const Document &backup, const QString &name);
    static Status restoreFile(Database &db, const QString &path);
    /**
     * Restores the backup at `path` into the database file `target`. A file made
     * only for this restore is removed again when the restore fails.
     */
    static Status restoreIntoFile(const QString &target, const QString &path);

    /** True when the bytes start like a SprintDeck backup. */
    static bool looksLikeBackup(const QByteArray &head);
};

} // namespace SprintDeck

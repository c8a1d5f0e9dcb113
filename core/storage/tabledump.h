#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace SprintDeck {

class Database;

/**
 * The SQL behind a whole-database copy (JsonBackup): every table of the schema read row by row,
 * and rows written back by column name. Table and column names are identifiers of the schema,
 * never values; values are always bound. Callers own the transaction of a restore.
 */
class TableDump
{
public:
    explicit TableDump(Database &db)
        : m_db(db)
    {}

    /** The tables with data of their own: not SQLite's, not virtual tables (full-text
     * indexes) or their shadows; by name. */
    QStringList tableNames();
    /** The table's columns in schema order; empty for an unknown table. */
    QStringList columnNames(const QString &table);
    /** `column` of every row of `table` by its id. */
    QHash<qint64, QString> textById(const QString &table, const QString &column);
    /** The days of every sprint (sprint id, ISO day, working), by sprint and day. */
    void forEachSprintDay(const std::function<void(qint64, const QString &, bool)> &take);
    /**
     * Every row of `table`, ordered by all its `columnCount` columns so that a copy reads
     * the same every time; fails with the database's message.
     */
    Status forEachRow(const QString &table, int columnCount,
                      const std::function<void(const QVariantList &)> &take);
    /** True when the table holds any row (false when it cannot be read). */
    bool hasRows(const QString &table);

    /** Foreign keys are checked at commit, so tables restore in any order. */
    Status deferForeignKeys();
    Status clear(const QString &table);
    /** Makes the insert of these columns of `table` the current one (prepared once). */
    Status prepareInsert(const QString &table, const QStringList &columns);
    /** Inserts one row through the current insert, values in its columns' order. */
    Status insertRow(const QVariantList &values);
    /** Drops the prepared inserts (before the caller commits). */
    void releaseInserts();

private:
    Database &m_db;
    QHash<QString, QSqlQuery> m_inserts;
    QSqlQuery *m_insert = nullptr;
};

} // namespace SprintDeck

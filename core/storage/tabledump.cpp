#include "core/storage/tabledump.h"
#include "core/storage/database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

QString sqlError(const QSqlQuery &q)
{
    const QString text = q.lastError().databaseText();
    return text.isEmpty() ? q.lastError().text() : text;
}

} // namespace

QStringList TableDump::tableNames()
{
    QStringList names, virtuals;
    QSqlQuery q(m_db.connection());
    if (q.exec(
            u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s)) {
        while (q.next()) {
            if (q.value(1).toString().startsWith(u"CREATE VIRTUAL"_s, Qt::CaseInsensitive))
                virtuals.append(q.value(0).toString());
            else
                names.append(q.value(0).toString());
        }
    }
    names.removeIf([&virtuals](const QString &n) {
        for (const QString &v : std::as_const(virtuals))
            if (n.startsWith(v + u'_'))
                return true;
        return false;
    });
    return names;
}

QStringList TableDump::columnNames(const QString &table)
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    if (q.exec(u"PRAGMA table_info("_s + quoted(table) + u')'))
        while (q.next())
            names.append(q.value(1).toString());
    return names;
}

QHash<qint64, QString> TableDump::textById(const QString &table, const QString &column)
{
    QHash<qint64, QString> map;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Identifiers only (a table of the schema and one of its columns), never values.
    if (q.exec(u"SELECT id, "_s + quoted(column) + u" FROM "_s + quoted(table)))
        while (q.next())
            map.insert(q.value(0).toLongLong(), q.value(1).toString());
    return map;
}

void TableDump::forEachSprintDay(const std::function<void(qint64, const QString &, bool)> &take)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT sprint_id, day, working FROM sprint_days ORDER BY sprint_id, day"_s))
        while (q.next())
            take(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool());
}

Status TableDump::forEachRow(const QString &table, int columnCount,
                             const std::function<void(const QVariantList &)> &take)
{
    QStringList order;
    for (int i = 1; i <= columnCount; ++i)
        order.append(QString::number(i));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Identifiers only (the schema's own tables, column numbers), never values.
    if (!q.exec(u"SELECT * FROM "_s + quoted(table) + u" ORDER BY "_s + order.join(u", "_s)))
        return Status::failure(sqlError(q));
    QVariantList values(columnCount);
    while (q.next()) {
        for (int i = 0; i < columnCount; ++i)
            values[i] = q.value(i);
        take(values);
    }
    return {};
}

bool TableDump::hasRows(const QString &table)
{
    QSqlQuery q(m_db.connection());
    // Identifiers only (a table of the schema), never values.
    return q.exec(u"SELECT count(*) FROM "_s + quoted(table)) && q.next() &&
           q.value(0).toLongLong() > 0;
}

Status TableDump::deferForeignKeys()
{
    QSqlQuery pragma(m_db.connection());
    if (!pragma.exec(u"PRAGMA defer_foreign_keys = ON"_s))
        return Status::failure(sqlError(pragma));
    return {};
}

Status TableDump::clear(const QString &table)
{
    QSqlQuery clear(m_db.connection());
    // Identifiers only (a table of the schema, checked by the caller), never values.
    if (!clear.exec(u"DELETE FROM "_s + quoted(table)))
        return Status::failure(sqlError(clear));
    return {};
}

Status TableDump::prepareInsert(const QString &table, const QStringList &columns)
{
    QStringList names, marks;
    for (const QString &c : columns) {
        names.append(quoted(c));
        marks.append(u"?"_s);
    }
    // Identifiers only (checked against the schema) and placeholders; values are bound.
    const QString sql = u"INSERT INTO "_s + quoted(table) + u" ("_s + names.join(u", "_s) +
                        u") VALUES ("_s + marks.join(u", "_s) + u')';
    auto q = m_inserts.find(sql);
    if (q == m_inserts.end()) {
        m_insert = nullptr;
        QSqlQuery prepared(m_db.connection());
        if (!prepared.prepare(sql))
            return Status::failure(sqlError(prepared));
        q = m_inserts.insert(sql, prepared);
    }
    m_insert = &q.value();
    return {};
}

Status TableDump::insertRow(const QVariantList &values)
{
    Q_ASSERT(m_insert);
    for (const QVariant &v : values)
        m_insert->addBindValue(v);
    if (!m_insert->exec())
        return Status::failure(sqlError(*m_insert));
    return {};
}

void TableDump::releaseInserts()
{
    m_insert = nullptr;
    m_inserts.clear();
}

} // namespace SprintDeck

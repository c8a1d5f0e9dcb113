#include "core/storage/cardcodec.h"

#include <sqlite3.h>

#include <QDateTime>

namespace SprintDeck {

namespace {

/**
 * The columns of a card row. The index of a column is its position in columns() and, for every
 * column but the id, the number of its parameter in insertSql() and updateSql().
 */
enum Column : int
{
    Id,
    Key,
    Title,
    Description,
    Points,
    PriorityColumn,
    TypeColumn,
    AssigneeId,
    Labels,
    Blocked,
    BlockedReason,
    Checklist,
    ColumnId,
    Rank,
    SprintId,
    CreatedAt,
    UpdatedAt,
    ColumnCount
};

constexpr const char *kNames[ColumnCount] = {
    "id",        "key",         "title",     "description", "points",         "priority",
    "type",      "assignee_id", "labels",    "blocked",     "blocked_reason", "checklist",
    "column_id", "rank",        "sprint_id", "created_at",  "updated_at",
};

QByteArray joined(int from, const char *separator, const char *suffix)
{
    QByteArray text;
    for (int i = from; i < ColumnCount; ++i) {
        if (i > from)
            text += separator;
        text += kNames[i];
        text += suffix;
    }
    return text;
}

QString labelsToText(const QStringList &labels)
{
    return labels.join(u'\n');
}

QStringList labelsFromText(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

qint64 toMs(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString columnText(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, col)) : QString();
}

} // namespace

const QByteArray &CardCodec::columns()
{
    static const QByteArray text = joined(Id, ", ", "");
    return text;
}

const QByteArray &CardCodec::insertSql()
{
    static const QByteArray text = [] {
        QByteArray values;
        for (int i = Key; i < ColumnCount; ++i)
            values += i > Key ? ", ?" : "?";
        // The codec's column names and placeholders: identifiers only.
        return "INSERT INTO cards(" + joined(Key, ", ", "") + ") VALUES(" + values + ")";
    }();
    return text;
}

const QByteArray &CardCodec::updateSql()
{
    // The codec's column names and placeholders: identifiers only.
    static const QByteArray sql = "UPDATE cards SET " + joined(Key, ", ", " = ?") + " WHERE id = ?";
    return sql;
}

void CardCodec::bind(sqlite3_stmt *stmt, const Card &card, std::vector<QByteArray> &texts)
{
    // Text is bound as UTF-8, converted here (faster than SQLite's own conversion); a null
    // QString binds an empty text.
    const auto text = [stmt, &texts](int column, const QString &value) {
        const QByteArray &utf8 = texts.emplace_back(value.toUtf8());
        sqlite3_bind_text(stmt, column, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_STATIC);
    };
    const auto id = [stmt](int column, qint64 value) {
        if (value > 0)
            sqlite3_bind_int64(stmt, column, value);
        else
            sqlite3_bind_null(stmt, column);
    };
    text(Key, card.key);
    text(Title, card.title);
    text(Description, card.description);
    if (card.points)
        sqlite3_bind_double(stmt, Points, *card.points);
    else
        sqlite3_bind_null(stmt, Points);
    sqlite3_bind_int(stmt, PriorityColumn, int(card.priority));
    sqlite3_bind_int(stmt, TypeColumn, int(card.type));
    id(AssigneeId, card.assigneeId);
    text(Labels, labelsToText(card.labels));
    sqlite3_bind_int(stmt, Blocked, card.blocked ? 1 : 0);
    text(BlockedReason, card.blockedReason);
    text(Checklist, checklistToJson(card.checklist));
    sqlite3_bind_int64(stmt, ColumnId, card.columnId);
    sqlite3_bind_double(stmt, Rank, card.rank);
    id(SprintId, card.sprintId);
    sqlite3_bind_int64(stmt, CreatedAt, toMs(card.createdAt));
    sqlite3_bind_int64(stmt, UpdatedAt, toMs(card.updatedAt));
}

void CardCodec::bindId(sqlite3_stmt *stmt, qint64 id)
{
    sqlite3_bind_int64(stmt, ColumnCount, id);
}

Card CardCodec::read(sqlite3_stmt *stmt)
{
    Card c;
    c.id = sqlite3_column_int64(stmt, Id);
    c.key = columnText(stmt, Key);
    c.title = columnText(stmt, Title);
    c.description = columnText(stmt, Description);
    if (sqlite3_column_type(stmt, Points) != SQLITE_NULL)
        c.points = sqlite3_column_double(stmt, Points);
    c.priority = Priority(qBound(1, sqlite3_column_int(stmt, PriorityColumn), 4));
    c.type = CardType(qBound(0, sqlite3_column_int(stmt, TypeColumn), 3));
    c.assigneeId = sqlite3_column_int64(stmt, AssigneeId);
    c.labels = labelsFromText(columnText(stmt, Labels));
    c.blocked = sqlite3_column_int(stmt, Blocked) != 0;
    c.blockedReason = columnText(stmt, BlockedReason);
    if (sqlite3_column_bytes(stmt, Checklist) > 0)
        c.checklist = checklistFromJson(columnText(stmt, Checklist));
    c.columnId = sqlite3_column_int64(stmt, ColumnId);
    c.rank = sqlite3_column_double(stmt, Rank);
    c.sprintId = sqlite3_column_int64(stmt, SprintId);
    c.createdAt = fromMs(sqlite3_column_int64(stmt, CreatedAt));
    c.updatedAt = fromMs(sqlite3_column_int64(stmt, UpdatedAt));
    return c;
}

} // namespace SprintDeck

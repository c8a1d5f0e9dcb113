#include "core/storage/reviewstore.h"
#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SprintDeck {

Result<ReviewStore::Row> ReviewStore::load(qint64 sprintId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT went_well, challenges, learnings, improvements, next_sprint, updated_at FROM sprint_reviews WHERE sprint_id = ?"_s);
    q.addBindValue(sprintId);
    if (!q.exec())
        return Result<Row>::failure(q.lastError().text());
    Row row;
    if (q.next()) {
        for (int i = 0; i < 5; ++i)
            row.texts.append(q.value(i).toString());
        row.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    }
    q.finish();
    return row;
}

Status ReviewStore::save(qint64 sprintId, const QStringList &texts, const QDateTime &updatedAt)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO sprint_reviews(sprint_id, went_well, challenges, learnings, improvements, "
        u"next_sprint, updated_at) "
        "VALUES(?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, "
        "''), ?) ON CONFLICT(sprint_id) DO UPDATE SET went_well = excluded.went_well, "
        "challenges = excluded.challenges, learnings = excluded.learnings, improvements = "
        "excluded.improvements, "
        "next_sprint = excluded.next_sprint, updated_at = excluded.updated_at"_s);
    q.addBindValue(sprintId);
    for (const QString &text : texts)
        q.addBindValue(text);
    q.addBindValue(updatedAt.toSecsSinceEpoch());
    if (!m_db.exec(q))
        return Status::failure(m_db.lastError());
    return {};
}

} // namespace SprintDeck

#include "core/storage/analyticsstore.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

Status failed(Database &db, QSqlQuery &q)
{
    QString text = q.lastError().text();
    if (text.trimmed().isEmpty())
        text = db.lastError();
    q.finish();
    return Status::failure(text);
}

} // namespace

Result<std::optional<AnalyticsStore::FrozenReport>> AnalyticsStore::loadReport(qint64 sprintId)
{
    using R = Result<std::optional<FrozenReport>>;
    QSqlQuery &q =
        m_db.statement(u"SELECT frozen_at, report FROM sprint_reports WHERE sprint_id = ?"_s);
    q.addBindValue(sprintId);
    if (!q.exec())
        return R::failure(failed(m_db, q).error());
    std::optional<FrozenReport> report;
    if (q.next())
        report =
            FrozenReport{sprintId, QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
                         q.value(1).toString().toUtf8()};
    q.finish();
    return report;
}

Status AnalyticsStore::saveReport(const FrozenReport &report)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT OR REPLACE INTO sprint_reports(sprint_id, frozen_at, report) VALUES(?, ?, ?)"_s);
    q.addBindValue(report.sprintId);
    q.addBindValue(report.frozenAt.toMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(report.json));
    if (!q.exec())
        return failed(m_db, q);
    q.finish();
    return {};
}

Status AnalyticsStore::deleteReport(qint64 sprintId)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM sprint_reports WHERE sprint_id = ?"_s);
    q.addBindValue(sprintId);
    if (!q.exec())
        return failed(m_db, q);
    q.finish();
    return {};
}

namespace {

/** Reads event rows (id, card_id, at, kind, old_value, new_value); kinds this version does not know
 * are left out. */
QList<Event> readEvents(QSqlQuery &q)
{
    QList<Event> events;
    while (q.next()) {
        const std::optional<Event::Kind> kind = parseEventKind(q.value(3).toString());
        if (!kind)
            continue; // a kind added by a later version changes no chart
        Event e;
        e.id = q.value(0).toLongLong();
        e.cardId = q.value(1).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        e.kind = *kind;
        e.oldValue = q.value(4).toString();
        e.newValue = q.value(5).toString();
        events.append(e);
    }
    q.finish();
    return events;
}

} // namespace

Result<QList<Event>> AnalyticsStore::eventsForSprint(qint64 sprintId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT id, card_id, at, kind, old_value, new_value FROM events WHERE card_id IN "
        "(SELECT id FROM cards WHERE sprint_id = ? "
        "UNION SELECT card_id FROM events WHERE kind = 'sprint' AND new_value = ? "
        "UNION SELECT card_id FROM events WHERE kind = 'sprint' AND old_value = ?) "
        "ORDER BY at, id"_s);
    const QString text = QString::number(sprintId);
    q.addBindValue(sprintId);
    q.addBindValue(text);
    q.addBindValue(text);
    if (!q.exec())
        return Result<QList<Event>>::failure(failed(m_db, q).error());
    return readEvents(q);
}

Result<QList<AnalyticsStore::VelocitySummary>> AnalyticsStore::velocitySummaries()
{
    using R = Result<QList<VelocitySummary>>;
    QSqlQuery &q =
        m_db.statement(u"SELECT sprint_id, frozen_at, "
                       "json_extract(report, '$.velocity.committed[0]'), "
                       "json_extract(report, '$.velocity.committed[1]'), "
                       "json_extract(report, '$.velocity.completed[0]'), "
                       "json_extract(report, '$.velocity.completed[1]') FROM sprint_reports"_s);
    if (!q.exec())
        return R::failure(failed(m_db, q).error());
    QList<VelocitySummary> list;
    while (q.next()) {
        if (q.value(2).isNull() || q.value(5).isNull())
            continue;
        list.append({q.value(0).toLongLong(),
                     QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                     q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toDouble(),
                     q.value(5).toDouble()});
    }
    q.finish();
    return list;
}

Result<qint64> AnalyticsStore::lastEventId()
{
    QSqlQuery &q = m_db.statement(u"SELECT coalesce(max(id), 0) FROM events"_s);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(failed(m_db, q).error());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QList<Event>> AnalyticsStore::eventsAfter(qint64 afterId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT id, card_id, at, kind, old_value, new_value FROM events WHERE id > ? ORDER BY id"_s);
    q.addBindValue(afterId);
    if (!q.exec())
        return Result<QList<Event>>::failure(failed(m_db, q).error());
    return readEvents(q);
}

QHash<qint64, QDateTime> AnalyticsStore::startsOfCardsIn(const QList<qint64> &columnIds,
                                                         qint64 firstColumnId)
{
    QJsonArray ids;
    for (qint64 id : columnIds)
        ids.append(id);
    QHash<qint64, QDateTime> times;
    if (ids.isEmpty())
        return times;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Only the events of the cards in those columns are read (events_by_card).
    if (q.prepare(u"SELECT card_id, min(at) FROM events WHERE kind = 'moved' AND new_value <> ? "
                  u"AND card_id IN (SELECT id FROM cards WHERE deleted = 0 AND column_id IN "
                  u"(SELECT value FROM json_each(?))) GROUP BY card_id"_s)) {
        q.addBindValue(QString::number(firstColumnId));
        q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        if (q.exec())
            while (q.next())
                times.insert(q.value(0).toLongLong(),
                             QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    }
    return times;
}

QHash<qint64, QDateTime> AnalyticsStore::lastMovesInto(const QList<qint64> &columnIds,
                                                       const QDateTime &since)
{
    QJsonArray ids;
    for (qint64 id : columnIds)
        ids.append(QString::number(id));
    QHash<qint64, QDateTime> times;
    if (ids.isEmpty())
        return times;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The columns are bound as one JSON array, so the statement text never changes.
    const QString sql =
        since.isValid() ? u"SELECT card_id, max(at) FROM events WHERE at >= ? AND kind = 'moved' "
                          u"AND new_value IN (SELECT value FROM json_each(?)) GROUP BY card_id"_s
                        : u"SELECT card_id, max(at) FROM events WHERE kind = 'moved' AND "
                          u"new_value IN (SELECT value FROM json_each(?)) GROUP BY card_id"_s;
    if (q.prepare(sql)) {
        if (since.isValid())
            q.addBindValue(since.toMSecsSinceEpoch());
        q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        if (q.exec())
            while (q.next())
                times.insert(q.value(0).toLongLong(),
                             QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    }
    return times;
}

Result<bool> AnalyticsStore::hasEventsBefore(qint64 afterId, const QDateTime &before)
{
    // "+at": the rowid range of the few new events, not the time index over all the old ones.
    QSqlQuery &q = m_db.statement(u"SELECT 1 FROM events WHERE id > ? AND +at < ? LIMIT 1"_s);
    q.addBindValue(afterId);
    q.addBindValue(before.toMSecsSinceEpoch());
    if (!q.exec())
        return Result<bool>::failure(failed(m_db, q).error());
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace SprintDeck

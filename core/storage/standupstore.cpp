#include "core/storage/standupstore.h"
#include "core/storage/database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString dayText(QDate date)
{
    return date.toString(Qt::ISODate);
}

qint64 toMs(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

/** Qt binds a null QString as NULL; the text columns want ''. */
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

template<typename T> Result<T> failed(Database &db, QSqlQuery &q)
{
    return Result<T>::failure(db.queryFailed(q).error());
}

// A day "has a standup" when the note or any entry holds more than white space;
// the editors store "" for an emptied field, so comparing with '' is enough.
const QString kHasText =
    u"(s.note <> '' OR EXISTS(SELECT 1 FROM standup_entries e WHERE e.day = s.day "
    "AND (e.yesterday <> '' OR e.today <> '' OR e.blockers <> '')))"_s;

} // namespace

Result<Standup> StandupStore::load(QDate date)
{
    Standup standup;
    standup.date = date;
    QSqlQuery &day =
        m_db.statement(u"SELECT note, created_at, updated_at FROM standups WHERE day = ?"_s);
    day.addBindValue(dayText(date));
    if (!day.exec())
        return failed<Standup>(m_db, day);
    if (day.next()) {
        standup.note = day.value(0).toString();
        standup.createdAt = fromMs(day.value(1).toLongLong());
        standup.updatedAt = fromMs(day.value(2).toLongLong());
    }
    day.finish();

    QSqlQuery &q =
        m_db.statement(u"SELECT member_id, yesterday, today, blockers, created_at, updated_at "
                       "FROM standup_entries WHERE day = ? ORDER BY member_id"_s);
    q.addBindValue(dayText(date));
    if (!q.exec())
        return failed<Standup>(m_db, q);
    while (q.next()) {
        StandupEntry e;
        e.memberId = q.value(0).toLongLong();
        e.yesterday = q.value(1).toString();
        e.today = q.value(2).toString();
        e.blockers = q.value(3).toString();
        e.createdAt = fromMs(q.value(4).toLongLong());
        e.updatedAt = fromMs(q.value(5).toLongLong());
        standup.entries.append(e);
    }
    q.finish();
    return standup;
}

Result<QList<QDate>> StandupStore::daysWithText(QDate from, QDate to)
{
    QSqlQuery &q =
        m_db.statement(u"SELECT s.day FROM standups s WHERE s.day BETWEEN ? AND ? AND "_s +
                       kHasText + u" ORDER BY s.day"_s);
    q.addBindValue(dayText(from));
    q.addBindValue(dayText(to));
    if (!q.exec())
        return failed<QList<QDate>>(m_db, q);
    QList<QDate> days;
    while (q.next())
        days.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    q.finish();
    return days;
}

Result<QDate> StandupStore::latestBefore(QDate date)
{
    QSqlQuery &q = m_db.statement(u"SELECT s.day FROM standups s WHERE s.day < ? AND "_s +
                                  kHasText + u" ORDER BY s.day DESC LIMIT 1"_s);
    q.addBindValue(dayText(date));
    if (!q.exec())
        return failed<QDate>(m_db, q);
    QDate found;
    if (q.next())
        found = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    q.finish();
    return found;
}

Status StandupStore::ensureDay(QDate date, const QDateTime &at)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO standups(day, note, created_at, updated_at) VALUES(?, '', ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET updated_at = excluded.updated_at"_s);
    q.addBindValue(dayText(date));
    q.addBindValue(toMs(at));
    q.addBindValue(toMs(at));
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status StandupStore::upsertEntry(QDate date, const StandupEntry &entry, const QDateTime &at)
{
    if (Status s = ensureDay(date, at); !s)
        return s;
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO standup_entries(day, member_id, yesterday, today, blockers, created_at, "
        u"updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(day, member_id) DO UPDATE SET "
        "yesterday = excluded.yesterday, today = excluded.today, blockers = excluded.blockers, "
        "updated_at = excluded.updated_at"_s);
    q.addBindValue(dayText(date));
    q.addBindValue(entry.memberId);
    q.addBindValue(text(entry.yesterday));
    q.addBindValue(text(entry.today));
    q.addBindValue(text(entry.blockers));
    q.addBindValue(toMs(at));
    q.addBindValue(toMs(at));
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status StandupStore::upsertNote(QDate date, const QString &note, const QDateTime &at)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO standups(day, note, created_at, updated_at) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET note = excluded.note, "
        "updated_at = excluded.updated_at"_s);
    q.addBindValue(dayText(date));
    q.addBindValue(text(note));
    q.addBindValue(toMs(at));
    q.addBindValue(toMs(at));
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Result<QList<Event>> StandupStore::eventsForStandup(qint64 sprintId, const QDateTime &since)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT e.id, e.card_id, e.at, e.kind, e.old_value, e.new_value, e.author_id FROM events e "
        "WHERE e.card_id IN (SELECT card_id FROM events WHERE at >= ? "
        "UNION SELECT id FROM cards WHERE sprint_id = ? "
        "UNION SELECT card_id FROM events WHERE kind = 'sprint' AND (old_value = ? OR new_value = "
        "?)) "
        "ORDER BY e.at, e.id"_s);
    // No sprint: no card matches the sprint terms.
    const QString sprintText = sprintId ? QString::number(sprintId) : u"-"_s;
    q.addBindValue(toMs(since));
    q.addBindValue(sprintId);
    q.addBindValue(sprintText);
    q.addBindValue(sprintText);
    if (!q.exec())
        return failed<QList<Event>>(m_db, q);
    QList<Event> events;
    while (q.next()) {
        const auto kind = parseEventKind(q.value(3).toString());
        if (!kind)
            continue; // a kind from a newer version: not needed for a standup
        events.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                       fromMs(q.value(2).toLongLong()), *kind, q.value(4).toString(),
                       q.value(5).toString(), q.value(6).toLongLong()});
    }
    q.finish();
    return events;
}

} // namespace SprintDeck

#include "storage/repository.h"
#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <QScopeGuard>
#include <QTimeZone>

#include <sqlite3.h>

#include <limits>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

qint64 toMs(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString labelsToText(const QStringList &labels)
{
    return labels.join(u'\n');
}

QStringList labelsFromText(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

Status fail(Database &db, QSqlQuery &q)
{
    QString text = q.lastError().databaseText();
    if (text.isEmpty())
        text = q.lastError().text();
    if (text.isEmpty())
        text = db.lastError();
    q.finish();
    return Status::failure(text);
}

const QString kCardColumns =
    u"id, key, title, description, points, priority, type, assignee_id, labels, "
    "blocked, blocked_reason, checklist, column_id, rank, sprint_id, "
    "created_at, updated_at"_s;

Card cardFromQuery(const QSqlQuery &q)
{
    Card c;
    c.id = q.value(0).toLongLong();
    c.key = q.value(1).toString();
    c.title = q.value(2).toString();
    c.description = q.value(3).toString();
    const QVariant points = q.value(4);
    if (!points.isNull())
        c.points = points.toDouble();
    c.priority = Priority(qBound(1, q.value(5).toInt(), 4));
    c.type = CardType(qBound(0, q.value(6).toInt(), 3));
    c.assigneeId = q.value(7).toLongLong();
    c.labels = labelsFromText(q.value(8).toString());
    c.blocked = q.value(9).toBool();
    c.blockedReason = q.value(10).toString();
    const QString checklist = q.value(11).toString();
    if (!checklist.isEmpty())
        c.checklist = checklistFromJson(checklist);
    c.columnId = q.value(12).toLongLong();
    c.rank = q.value(13).toDouble();
    c.sprintId = q.value(14).toLongLong();
    c.createdAt = fromMs(q.value(15).toLongLong());
    c.updatedAt = fromMs(q.value(16).toLongLong());
    return c;
}

Event eventFromQuery(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.cardId = q.value(1).toLongLong();
    e.at = fromMs(q.value(2).toLongLong());
    e.kind = parseEventKind(q.value(3).toString()).value_or(Event::Kind::Created);
    e.oldValue = q.value(4).toString();
    e.newValue = q.value(5).toString();
    return e;
}

} // namespace

QString Repository::lastError() const
{
    return m_db.lastError();
}

Result<QList<Column>> Repository::loadColumns()
{
    QSqlQuery &q = m_db.statement(u"SELECT id, name, is_done, wip_limit, position FROM columns "
                                  "WHERE removed = 0 ORDER BY position, id"_s);
    if (!q.exec())
        return Result<QList<Column>>::failure(fail(m_db, q).error());
    QList<Column> columns;
    while (q.next())
        columns.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(),
                        q.value(3).toInt(), q.value(4).toInt()});
    q.finish();
    return columns;
}

Result<QList<Member>> Repository::loadMembers()
{
    QSqlQuery &q =
        m_db.statement(u"SELECT id, name, active FROM members ORDER BY name COLLATE NOCASE"_s);
    if (!q.exec())
        return Result<QList<Member>>::failure(fail(m_db, q).error());
    QList<Member> members;
    while (q.next())
        members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    q.finish();
    return members;
}

Result<QList<Sprint>> Repository::loadSprints()
{
    QSqlQuery &q = m_db.statement(u"SELECT id, name, goal, start_date, end_date, state, capacity, "
                                  "started_at, closed_at FROM sprints ORDER BY start_date, id"_s);
    if (!q.exec())
        return Result<QList<Sprint>>::failure(fail(m_db, q).error());
    QList<Sprint> sprints;
    while (q.next()) {
        Sprint s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.goal = q.value(2).toString();
        s.start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.end = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.state = Sprint::State(qBound(0, q.value(5).toInt(), 2));
        s.capacity = q.value(6).toDouble();
        s.startedAt = fromMs(q.value(7).toLongLong());
        s.closedAt = fromMs(q.value(8).toLongLong());
        sprints.append(s);
    }
    q.finish();
    QSqlQuery &days =
        m_db.statement(u"SELECT sprint_id, day, working FROM sprint_days ORDER BY day"_s);
    if (!days.exec())
        return Result<QList<Sprint>>::failure(fail(m_db, days).error());
    while (days.next()) {
        const qint64 id = days.value(0).toLongLong();
        const QDate day = QDate::fromString(days.value(1).toString(), Qt::ISODate);
        for (Sprint &s : sprints) {
            if (s.id == id) {
                (days.value(2).toBool() ? s.extraWorkdays : s.holidays).append(day);
                break;
            }
        }
    }
    days.finish();
    return sprints;
}

namespace {

QString columnText(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, col)) : QString();
}

} // namespace

Result<qint64> Repository::cardCount()
{
    QSqlQuery &q = m_db.statement(u"SELECT count(*) FROM cards WHERE deleted = 0"_s);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(fail(m_db, q).error());
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

namespace {

/** Reads the cards with ids in [from, to] through `raw`, in id order; false with `error` set. */
bool readCards(sqlite3 *raw, qint64 from, qint64 to, const std::function<void(Card &&)> &take,
               QString *error)
{
    const QByteArray sql = (u"SELECT "_s + kCardColumns +
                            u" FROM cards WHERE deleted = 0 AND id BETWEEN ? AND ? ORDER BY id"_s)
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(raw));
        return false;
    }
    sqlite3_bind_int64(stmt, 1, from);
    sqlite3_bind_int64(stmt, 2, to);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        Card c;
        c.id = sqlite3_column_int64(stmt, 0);
        c.key = columnText(stmt, 1);
        c.title = columnText(stmt, 2);
        c.description = columnText(stmt, 3);
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            c.points = sqlite3_column_double(stmt, 4);
        c.priority = Priority(qBound(1, sqlite3_column_int(stmt, 5), 4));
        c.type = CardType(qBound(0, sqlite3_column_int(stmt, 6), 3));
        c.assigneeId = sqlite3_column_int64(stmt, 7);
        c.labels = labelsFromText(columnText(stmt, 8));
        c.blocked = sqlite3_column_int(stmt, 9) != 0;
        c.blockedReason = columnText(stmt, 10);
        if (sqlite3_column_bytes(stmt, 11) > 0)
            c.checklist = checklistFromJson(columnText(stmt, 11));
        c.columnId = sqlite3_column_int64(stmt, 12);
        c.rank = sqlite3_column_double(stmt, 13);
        c.sprintId = sqlite3_column_int64(stmt, 14);
        c.createdAt = fromMs(sqlite3_column_int64(stmt, 15));
        c.updatedAt = fromMs(sqlite3_column_int64(stmt, 16));
        take(std::move(c));
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(raw));
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

} // namespace

std::optional<std::pair<qint64, qint64>> Repository::cardIdRange()
{
    // Two subqueries: SQLite answers a lone min() or max() from the end of the table, but scans
    // every row for both in one select.
    QSqlQuery &q =
        m_db.statement(u"SELECT (SELECT min(id) FROM cards), (SELECT max(id) FROM cards)"_s);
    std::optional<std::pair<qint64, qint64>> range;
    if (q.exec() && q.next() && !q.value(0).isNull())
        range = std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return range;
}

Status Repository::forEachCard(const std::function<void(Card &&)> &take)
{
    // Opening a board reads every card: step through SQLite directly, without a
    // QVariant per value, which makes loading 100,000 cards several times faster.
    sqlite3 *raw = m_db.handle();
    if (!raw) {
        QSqlQuery &q =
            m_db.statement(u"SELECT "_s + kCardColumns + u" FROM cards WHERE deleted = 0"_s);
        if (!q.exec())
            return fail(m_db, q);
        while (q.next())
            take(cardFromQuery(q));
        q.finish();
        return {};
    }
    QString error;
    const auto range = cardIdRange();
    // No range: no cards, or a query that failed, which the full read below reports.
    const qint64 first = range ? range->first : std::numeric_limits<qint64>::min();
    const qint64 last = range ? range->second : std::numeric_limits<qint64>::max();
    // A large board is decoded by two threads: the upper half of the ids on a read-only connection
    // of its own, while this one reads the lower half. Nothing writes in between, so both read the
    // same committed state.
    const char *file = sqlite3_db_filename(raw, "main");
    constexpr qint64 kParallelFrom = 20000;
    if (!range || last - first < kParallelFrom || !file || !*file)
        return readCards(raw, first, last, take, &error) ? Status() : Status::failure(error);
    const qint64 middle = first + (last - first) / 2;
    std::vector<Card> upper;
    upper.reserve(size_t((last - middle) * 11 / 10));
    QString upperError;
    std::thread worker([&] {
        sqlite3 *own = nullptr;
        if (sqlite3_open_v2(file, &own, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK) {
            upperError = QString::fromUtf8(own ? sqlite3_errmsg(own) : "out of memory");
        } else {
            sqlite3_busy_timeout(own, 5000);
            readCards(
                own, middle + 1, last, [&upper](Card &&c) { upper.push_back(std::move(c)); },
                &upperError);
        }
        sqlite3_close(own);
    });
    const bool lowerRead = readCards(raw, first, middle, take, &error);
    worker.join();
    if (!lowerRead)
        return Status::failure(error);
    if (!upperError.isEmpty())
        return Status::failure(upperError);
    for (Card &c : upper)
        take(std::move(c));
    return {};
}

Result<Card> Repository::loadCard(qint64 id, bool includeDeleted)
{
    QSqlQuery &q = m_db.statement(u"SELECT "_s + kCardColumns +
                                  u" FROM cards WHERE id = ? AND (deleted = 0 OR ?)"_s);
    q.addBindValue(id);
    q.addBindValue(includeDeleted);
    if (!q.exec())
        return Result<Card>::failure(fail(m_db, q).error());
    if (!q.next()) {
        q.finish();
        return Result<Card>::failure(QObject::tr("No card with id %1").arg(id));
    }
    Card c = cardFromQuery(q);
    q.finish();
    return c;
}

Result<QList<Card>> Repository::loadCards(const QList<qint64> &ids)
{
    QSqlQuery &q =
        m_db.statement(u"SELECT "_s + kCardColumns + u" FROM cards WHERE id = ? AND deleted = 0"_s);
    QList<Card> cards;
    cards.reserve(ids.size());
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return Result<QList<Card>>::failure(fail(m_db, q).error());
        if (q.next())
            cards.append(cardFromQuery(q));
        q.finish();
    }
    return cards;
}

namespace {

/** The one number a statement without bound values returns; 0 when it returns no row. */
Result<qint64> readNumber(Database &db, const QString &sql)
{
    QSqlQuery &q = db.statement(sql);
    if (!q.exec())
        return Result<qint64>::failure(fail(db, q).error());
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

} // namespace

Result<qint64> Repository::dataVersion()
{
    return readNumber(m_db, u"PRAGMA data_version"_s);
}

Result<qint64> Repository::lastEventId()
{
    return readNumber(m_db, u"SELECT coalesce(max(id), 0) FROM events"_s);
}

Result<QList<qint64>> Repository::cardsWithEventsAfter(qint64 eventId)
{
    QSqlQuery &q = m_db.statement(u"SELECT DISTINCT card_id FROM events WHERE id > ?"_s);
    q.addBindValue(eventId);
    if (!q.exec())
        return Result<QList<qint64>>::failure(fail(m_db, q).error());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

Result<QList<Event>> Repository::eventsForCard(qint64 cardId)
{
    return events({cardId});
}

Result<QList<Event>> Repository::events(const QList<qint64> &cardIds)
{
    QList<Event> result;
    if (cardIds.isEmpty()) {
        QSqlQuery &q = m_db.statement(
            u"SELECT id, card_id, at, kind, old_value, new_value FROM events ORDER BY at, id"_s);
        if (!q.exec())
            return Result<QList<Event>>::failure(fail(m_db, q).error());
        while (q.next())
            result.append(eventFromQuery(q));
        q.finish();
        return result;
    }
    QSqlQuery &q = m_db.statement(
        u"SELECT id, card_id, at, kind, old_value, new_value FROM events WHERE card_id = ? ORDER BY at, id"_s);
    for (qint64 id : cardIds) {
        q.addBindValue(id);
        if (!q.exec())
            return Result<QList<Event>>::failure(fail(m_db, q).error());
        while (q.next())
            result.append(eventFromQuery(q));
        q.finish();
    }
    std::stable_sort(result.begin(), result.end(), [](const Event &a, const Event &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    return result;
}

Result<QList<Event>> Repository::eventsForSprint(qint64 sprintId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT e.id, e.card_id, e.at, e.kind, e.old_value, e.new_value FROM events e "
        "WHERE e.card_id IN (SELECT id FROM cards WHERE sprint_id = ?1 "
        "UNION SELECT card_id FROM events WHERE kind = 'sprint' AND (old_value = ?2 OR new_value = "
        "?2)) "
        "ORDER BY e.at, e.id"_s);
    q.addBindValue(sprintId);
    q.addBindValue(QString::number(sprintId));
    if (!q.exec())
        return Result<QList<Event>>::failure(fail(m_db, q).error());
    QList<Event> result;
    while (q.next())
        result.append(eventFromQuery(q));
    q.finish();
    return result;
}

Status Repository::insertColumn(Column &column)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO columns(name, is_done, wip_limit, position) VALUES(?, ?, ?, ?)"_s);
    q.addBindValue(column.name);
    q.addBindValue(column.done);
    q.addBindValue(column.wipLimit);
    q.addBindValue(column.position);
    if (!q.exec())
        return fail(m_db, q);
    column.id = q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

Status Repository::updateColumn(const Column &column)
{
    QSqlQuery &q = m_db.statement(
        u"UPDATE columns SET name = ?, is_done = ?, wip_limit = ?, position = ? WHERE id = ?"_s);
    q.addBindValue(column.name);
    q.addBindValue(column.done);
    q.addBindValue(column.wipLimit);
    q.addBindValue(column.position);
    q.addBindValue(column.id);
    if (!q.exec())
        return fail(m_db, q);
    q.finish();
    return {};
}

Status Repository::setColumnRemoved(qint64 columnId, bool removed)
{
    QSqlQuery &q = m_db.statement(u"UPDATE columns SET removed = ? WHERE id = ?"_s);
    q.addBindValue(removed);
    q.addBindValue(columnId);
    if (!q.exec())
        return fail(m_db, q);
    q.finish();
    return {};
}

Status Repository::insertMember(Member &member)
{
    QSqlQuery &q = m_db.statement(u"INSERT INTO members(id, name, active) VALUES(?, ?, ?)"_s);
    q.addBindValue(nullableId(member.id));
    q.addBindValue(member.name);
    q.addBindValue(member.active);
    if (!q.exec())
        return fail(m_db, q);
    member.id = q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

Status Repository::updateMember(const Member &member)
{
    QSqlQuery &q = m_db.statement(u"UPDATE members SET name = ?, active = ? WHERE id = ?"_s);
    q.addBindValue(member.name);
    q.addBindValue(member.active);
    q.addBindValue(member.id);
    if (!q.exec())
        return fail(m_db, q);
    q.finish();
    return {};
}

Status Repository::deleteMember(qint64 id)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM members WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return fail(m_db, q);
    q.finish();
    return {};
}

Status Repository::deleteSprint(qint64 id)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM sprints WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return fail(m_db, q);
    q.finish();
    return {};
}

Status Repository::insertSprint(Sprint &sprint)
{
    QSqlQuery &q = m_db.statement(u"INSERT INTO sprints(id, name, goal, start_date, end_date, "
                                  u"state, capacity, started_at, closed_at) "
                                  "VALUES(?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(nullableId(sprint.id));
    q.addBindValue(sprint.name);
    q.addBindValue(sprint.goal);
    q.addBindValue(sprint.start.toString(Qt::ISODate));
    q.addBindValue(sprint.end.toString(Qt::ISODate));
    q.addBindValue(int(sprint.state));
    q.addBindValue(sprint.capacity);
    q.addBindValue(toMs(sprint.startedAt));
    q.addBindValue(toMs(sprint.closedAt));
    if (!q.exec())
        return fail(m_db, q);
    sprint.id = q.lastInsertId().toLongLong();
    q.finish();
    return updateSprint(sprint);
}

Status Repository::updateSprint(const Sprint &sprint)
{
    QSqlQuery &q = m_db.statement(u"UPDATE sprints SET name = ?, goal = coalesce(?, ''), "
                                  u"start_date = ?, end_date = ?, state = ?, "
                                  "capacity = ?, started_at = ?, closed_at = ? WHERE id = ?"_s);
    q.addBindValue(sprint.name);
    q.addBindValue(sprint.goal);
    q.addBindValue(sprint.start.toString(Qt::ISODate));
    q.addBindValue(sprint.end.toString(Qt::ISODate));
    q.addBindValue(int(sprint.state));
    q.addBindValue(sprint.capacity);
    q.addBindValue(toMs(sprint.startedAt));
    q.addBindValue(toMs(sprint.closedAt));
    q.addBindValue(sprint.id);
    if (!q.exec())
        return fail(m_db, q);
    q.finish();
    QSqlQuery &clear = m_db.statement(u"DELETE FROM sprint_days WHERE sprint_id = ?"_s);
    clear.addBindValue(sprint.id);
    if (!clear.exec())
        return fail(m_db, clear);
    clear.finish();
    QSqlQuery &day =
        m_db.statement(u"INSERT INTO sprint_days(sprint_id, day, working) VALUES(?, ?, ?)"_s);
    auto insertDays = [&](const QList<QDate> &days, bool working) -> Status {
        for (const QDate &d : days) {
            day.addBindValue(sprint.id);
            day.addBindValue(d.toString(Qt::ISODate));
            day.addBindValue(working);
            if (!day.exec())
                return fail(m_db, day);
            day.finish();
        }
        return {};
    };
    if (Status s = insertDays(sprint.holidays, false); !s)
        return s;
    return insertDays(sprint.extraWorkdays, true);
}

namespace {
void bindCard(QSqlQuery &q, const Card &card)
{
    q.addBindValue(card.key);
    q.addBindValue(card.title);
    q.addBindValue(card.description);
    q.addBindValue(card.points ? QVariant(*card.points) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(int(card.priority));
    q.addBindValue(int(card.type));
    q.addBindValue(nullableId(card.assigneeId));
    q.addBindValue(labelsToText(card.labels));
    q.addBindValue(card.blocked);
    q.addBindValue(card.blockedReason);
    q.addBindValue(checklistToJson(card.checklist));
    q.addBindValue(card.columnId);
    q.addBindValue(card.rank);
    q.addBindValue(nullableId(card.sprintId));
    q.addBindValue(toMs(card.createdAt));
    q.addBindValue(toMs(card.updatedAt));
}
} // namespace

Status Repository::insertCard(Card &card)
{
    // An import inserts thousands: bound straight on the connection, without QVariants.
    sqlite3_stmt *q = m_db.rawStatement(
        "INSERT INTO cards(key, title, description, points, priority, type, assignee_id, labels, "
        "blocked, blocked_reason, checklist, column_id, rank, sprint_id, created_at, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return Status::failure(m_db.lastError());
    const auto reset = qScopeGuard([q] {
        sqlite3_reset(q);
        sqlite3_clear_bindings(q);
    });
    // Text is bound as UTF-8, converted here (faster than SQLite's own conversion) and alive
    // until the statement ran; a null QString binds an empty text.
    std::vector<QByteArray> texts;
    texts.reserve(7); // never reallocated: the statement points into the texts
    const auto text = [q, &texts](int column, const QString &value) {
        const QByteArray &utf8 = texts.emplace_back(value.toUtf8());
        sqlite3_bind_text(q, column, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_STATIC);
    };
    const auto id = [q](int column, qint64 value) {
        if (value > 0)
            sqlite3_bind_int64(q, column, value);
        else
            sqlite3_bind_null(q, column);
    };
    text(1, card.key);
    text(2, card.title);
    text(3, card.description);
    if (card.points)
        sqlite3_bind_double(q, 4, *card.points);
    sqlite3_bind_int(q, 5, int(card.priority));
    sqlite3_bind_int(q, 6, int(card.type));
    id(7, card.assigneeId);
    text(8, labelsToText(card.labels));
    sqlite3_bind_int(q, 9, card.blocked ? 1 : 0);
    text(10, card.blockedReason);
    text(11, checklistToJson(card.checklist));
    sqlite3_bind_int64(q, 12, card.columnId);
    sqlite3_bind_double(q, 13, card.rank);
    id(14, card.sprintId);
    sqlite3_bind_int64(q, 15, toMs(card.createdAt));
    sqlite3_bind_int64(q, 16, toMs(card.updatedAt));
    if (sqlite3_step(q) != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    card.id = sqlite3_last_insert_rowid(m_db.handle());
    return {};
}

Status Repository::updateCard(const Card &card)
{
    QSqlQuery &q = m_db.statement(
        u"UPDATE cards SET key = ?, title = coalesce(?, ''), description = coalesce(?, ''), "
        "points = ?, priority = ?, type = ?, assignee_id = ?, labels = coalesce(?, ''), "
        "blocked = ?, blocked_reason = coalesce(?, ''), checklist = coalesce(?, ''), "
        "column_id = ?, rank = ?, sprint_id = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    bindCard(q, card);
    q.addBindValue(card.id);
    if (!q.exec())
        return fail(m_db, q);
    if (q.numRowsAffected() != 1) {
        q.finish();
        return Status::failure(QObject::tr("Card %1 no longer exists").arg(card.key));
    }
    q.finish();
    return {};
}

Status Repository::setCardDeleted(qint64 cardId, bool deleted, const QDateTime &at)
{
    QSqlQuery &q = m_db.statement(u"UPDATE cards SET deleted = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(deleted);
    q.addBindValue(toMs(at));
    q.addBindValue(cardId);
    if (!q.exec())
        return fail(m_db, q);
    q.finish();
    return {};
}

Status Repository::appendEvent(Event &event)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO events(card_id, at, kind, old_value, new_value) VALUES(?, ?, ?, coalesce(?, ''), coalesce(?, ''))"_s);
    q.addBindValue(event.cardId);
    q.addBindValue(toMs(event.at));
    q.addBindValue(eventKindName(event.kind));
    q.addBindValue(event.oldValue);
    q.addBindValue(event.newValue);
    if (!q.exec())
        return fail(m_db, q);
    event.id = q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

Status Repository::appendEvents(const QList<Event> &events)
{
    sqlite3 *raw = m_db.handle();
    if (!raw) {
        for (Event e : events)
            if (Status s = appendEvent(e); !s)
                return s;
        return {};
    }
    // Many rows per statement: an import writes tens of thousands, and each execution of a
    // statement has a fixed cost that dwarfs one row's.
    constexpr int kRowsPerStatement = 64;
    // Prepared once per connection: parsing a statement of 320 placeholders costs as much as
    // writing its rows.
    // OR ROLLBACK: a row that fails fails the whole batch, so the transaction ends at once
    // instead of this statement being undone alone, and SQLite need not copy every page the
    // statement changes aside first.
    static const QByteArray blockSql = [] {
        QByteArray sql =
            "INSERT OR ROLLBACK INTO events(card_id, at, kind, old_value, new_value) VALUES";
        for (int r = 0; r < kRowsPerStatement; ++r) // placeholders only: values are bound below
            sql += r == 0 ? "(?,?,?,?,?)" : ",(?,?,?,?,?)";
        return sql;
    }();
    static constexpr char kOneRow[] =
        "INSERT OR ROLLBACK INTO events(card_id, at, kind, old_value, new_value) "
        "VALUES(?,?,?,?,?)";
    const bool blocks = events.size() >= kRowsPerStatement;
    const bool singles = events.size() % kRowsPerStatement != 0;
    sqlite3_stmt *block = blocks ? m_db.rawStatement(blockSql.constData()) : nullptr;
    sqlite3_stmt *single = singles ? m_db.rawStatement(kOneRow) : nullptr;
    if ((blocks && !block) || (singles && !single))
        return Status::failure(m_db.lastError());
    QHash<int, QByteArray> kindNames;
    // The values bound to a statement stay alive until it ran. Most are ASCII (ids, numbers,
    // names): they are copied one after another into one buffer, sized for the statement's
    // values before the first is bound. The others are converted to UTF-8 each on its own.
    QByteArray ascii;
    QList<QByteArray> texts;
    qsizetype i = 0;
    while (i < events.size()) {
        const bool many = events.size() - i >= kRowsPerStatement;
        sqlite3_stmt *stmt = many ? block : single;
        const int rows = many ? kRowsPerStatement : 1;
        texts.clear();
        qsizetype units = 0;
        for (int r = 0; r < rows; ++r)
            units += events.at(i + r).oldValue.size() + events.at(i + r).newValue.size();
        ascii.resize(units);
        char *next = ascii.data();
        const auto bindText = [&](int column, const QString &value) {
            const qsizetype n = value.size();
            const QChar *in = value.constData();
            qsizetype k = 0;
            while (k < n && in[k].unicode() < 0x80) {
                next[k] = char(in[k].unicode());
                ++k;
            }
            if (n == 0) {
                sqlite3_bind_text(stmt, column, "", 0, SQLITE_STATIC);
            } else if (k == n) {
                sqlite3_bind_text(stmt, column, next, int(n), SQLITE_STATIC);
                next += n;
            } else {
                const QByteArray &utf8 = texts.emplaceBack(value.toUtf8());
                sqlite3_bind_text(stmt, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            }
        };
        for (int r = 0; r < rows; ++r, ++i) {
            const Event &e = events.at(i);
            auto kind = kindNames.constFind(int(e.kind));
            if (kind == kindNames.cend())
                kind = kindNames.insert(int(e.kind), eventKindName(e.kind).toUtf8());
            const int p = r * 5;
            sqlite3_bind_int64(stmt, p + 1, e.cardId);
            sqlite3_bind_int64(stmt, p + 2, toMs(e.at));
            sqlite3_bind_text(stmt, p + 3, kind->constData(), int(kind->size()), SQLITE_STATIC);
            bindText(p + 4, e.oldValue);
            bindText(p + 5, e.newValue);
        }
        const bool written = sqlite3_step(stmt) == SQLITE_DONE;
        const QString error = written ? QString() : QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt); // the statement stays; the texts bound to it go
        if (!written)
            return Status::failure(error);
    }
    return {};
}

} // namespace SprintDeck

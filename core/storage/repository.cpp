#include "core/storage/repository.h"
#include "core/storage/cardcodec.h"
#include "core/storage/cardread.h"
#include "core/storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <QScopeGuard>
#include <QTimeZone>

#include <sqlite3.h>

#include <optional>
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

Event eventFromQuery(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.cardId = q.value(1).toLongLong();
    e.at = fromMs(q.value(2).toLongLong());
    e.kind = parseEventKind(q.value(3).toString()).value_or(Event::Kind::Created);
    e.oldValue = q.value(4).toString();
    e.newValue = q.value(5).toString();
    e.authorId = q.value(6).toLongLong();
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
        return Result<QList<Column>>::failure(m_db.queryFailed(q).error());
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
        return Result<QList<Member>>::failure(m_db.queryFailed(q).error());
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
        return Result<QList<Sprint>>::failure(m_db.queryFailed(q).error());
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
        return Result<QList<Sprint>>::failure(m_db.queryFailed(days).error());
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

Result<qint64> Repository::cardCount()
{
    QSqlQuery &q = m_db.statement(u"SELECT count(*) FROM cards WHERE deleted = 0"_s);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(m_db.queryFailed(q).error());
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

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
    sqlite3 *raw = m_db.handle();
    if (!raw)
        return Status::failure(u"no SQLite connection"_s);
    QString error;
    return CardRead::readCards(raw, cardIdRange(), take, &error) ? Status()
                                                                 : Status::failure(error);
}

namespace {

/** Resets a raw statement of the Database's cache (and its bindings) when it goes. */
auto resetting(sqlite3_stmt *stmt)
{
    return qScopeGuard([stmt] {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    });
}

} // namespace

Result<Card> Repository::loadCard(qint64 id, bool includeDeleted)
{
    // The codec's column names: identifiers only.
    static const QByteArray sql =
        "SELECT " + CardCodec::columns() + " FROM cards WHERE id = ? AND (deleted = 0 OR ?)";
    sqlite3_stmt *q = m_db.rawStatement(sql.constData());
    if (!q)
        return Result<Card>::failure(m_db.lastError());
    const auto reset = resetting(q);
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int(q, 2, includeDeleted ? 1 : 0);
    const int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        return CardCodec::read(q);
    if (rc != SQLITE_DONE)
        return Result<Card>::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return Result<Card>::failure(QObject::tr("No card with id %1").arg(id));
}

Result<QList<Card>> Repository::loadCards(const QList<qint64> &ids)
{
    // The codec's column names: identifiers only.
    static const QByteArray sql =
        "SELECT " + CardCodec::columns() + " FROM cards WHERE id = ? AND deleted = 0";
    sqlite3_stmt *q = m_db.rawStatement(sql.constData());
    if (!q)
        return Result<QList<Card>>::failure(m_db.lastError());
    QList<Card> cards;
    cards.reserve(ids.size());
    for (qint64 id : ids) {
        const auto reset = resetting(q);
        sqlite3_bind_int64(q, 1, id);
        const int rc = sqlite3_step(q);
        if (rc == SQLITE_ROW)
            cards.append(CardCodec::read(q));
        else if (rc != SQLITE_DONE)
            return Result<QList<Card>>::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    }
    return cards;
}

namespace {

/** The one number a statement without bound values returns; 0 when it returns no row. */
Result<qint64> readNumber(Database &db, const QString &sql)
{
    QSqlQuery &q = db.statement(sql);
    if (!q.exec())
        return Result<qint64>::failure(db.queryFailed(q).error());
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
        return Result<QList<qint64>>::failure(m_db.queryFailed(q).error());
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
            u"SELECT id, card_id, at, kind, old_value, new_value, author_id FROM events ORDER BY at, "
            "id"_s);
        if (!q.exec())
            return Result<QList<Event>>::failure(m_db.queryFailed(q).error());
        while (q.next())
            result.append(eventFromQuery(q));
        q.finish();
        return result;
    }
    QSqlQuery &q = m_db.statement(
        u"SELECT id, card_id, at, kind, old_value, new_value, author_id FROM events WHERE card_id = ? "
        "ORDER BY at, id"_s);
    for (qint64 id : cardIds) {
        q.addBindValue(id);
        if (!q.exec())
            return Result<QList<Event>>::failure(m_db.queryFailed(q).error());
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
        u"SELECT e.id, e.card_id, e.at, e.kind, e.old_value, e.new_value, e.author_id FROM events e "
        "WHERE e.card_id IN (SELECT id FROM cards WHERE sprint_id = ?1 "
        "UNION SELECT card_id FROM events WHERE kind = 'sprint' AND (old_value = ?2 OR new_value = "
        "?2)) "
        "ORDER BY e.at, e.id"_s);
    q.addBindValue(sprintId);
    q.addBindValue(QString::number(sprintId));
    if (!q.exec())
        return Result<QList<Event>>::failure(m_db.queryFailed(q).error());
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
        return m_db.queryFailed(q);
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
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status Repository::setColumnRemoved(qint64 columnId, bool removed)
{
    QSqlQuery &q = m_db.statement(u"UPDATE columns SET removed = ? WHERE id = ?"_s);
    q.addBindValue(removed);
    q.addBindValue(columnId);
    if (!q.exec())
        return m_db.queryFailed(q);
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
        return m_db.queryFailed(q);
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
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status Repository::deleteMember(qint64 id)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM members WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status Repository::deleteSprint(qint64 id)
{
    QSqlQuery &q = m_db.statement(u"DELETE FROM sprints WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.queryFailed(q);
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
        return m_db.queryFailed(q);
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
        return m_db.queryFailed(q);
    q.finish();
    QSqlQuery &clear = m_db.statement(u"DELETE FROM sprint_days WHERE sprint_id = ?"_s);
    clear.addBindValue(sprint.id);
    if (!clear.exec())
        return m_db.queryFailed(clear);
    clear.finish();
    QSqlQuery &day =
        m_db.statement(u"INSERT INTO sprint_days(sprint_id, day, working) VALUES(?, ?, ?)"_s);
    auto insertDays = [&](const QList<QDate> &days, bool working) -> Status {
        for (const QDate &d : days) {
            day.addBindValue(sprint.id);
            day.addBindValue(d.toString(Qt::ISODate));
            day.addBindValue(working);
            if (!day.exec())
                return m_db.queryFailed(day);
            day.finish();
        }
        return {};
    };
    if (Status s = insertDays(sprint.holidays, false); !s)
        return s;
    return insertDays(sprint.extraWorkdays, true);
}

Status Repository::insertCard(Card &card)
{
    sqlite3_stmt *q = m_db.rawStatement(CardCodec::insertSql().constData());
    if (!q)
        return Status::failure(m_db.lastError());
    const auto reset = resetting(q);
    std::vector<QByteArray> texts;
    texts.reserve(CardCodec::textCount()); // never reallocated: the statement points into them
    CardCodec::bind(q, card, texts);
    if (sqlite3_step(q) != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    card.id = sqlite3_last_insert_rowid(m_db.handle());
    return {};
}

Status Repository::updateCard(const Card &card)
{
    sqlite3_stmt *q = m_db.rawStatement(CardCodec::updateSql().constData());
    if (!q)
        return Status::failure(m_db.lastError());
    const auto reset = resetting(q);
    std::vector<QByteArray> texts;
    texts.reserve(CardCodec::textCount()); // never reallocated: the statement points into them
    CardCodec::bind(q, card, texts);
    CardCodec::bindId(q, card.id);
    if (sqlite3_step(q) != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    if (sqlite3_changes(m_db.handle()) != 1)
        return Status::failure(QObject::tr("Card %1 no longer exists").arg(card.key));
    return {};
}

Status Repository::setCardDeleted(qint64 cardId, bool deleted, const QDateTime &at)
{
    QSqlQuery &q = m_db.statement(u"UPDATE cards SET deleted = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(deleted);
    q.addBindValue(toMs(at));
    q.addBindValue(cardId);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Result<QHash<QString, qint64>> Repository::deletedCardKeys()
{
    QSqlQuery &q = m_db.statement(u"SELECT key, id FROM cards WHERE deleted = 1"_s);
    if (!q.exec())
        return Result<QHash<QString, qint64>>::failure(m_db.queryFailed(q).error());
    QHash<QString, qint64> keys;
    while (q.next())
        keys.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return keys;
}

Status Repository::releaseSprintOfDeletedCards(qint64 sprintId)
{
    QSqlQuery &q =
        m_db.statement(u"UPDATE cards SET sprint_id = NULL WHERE sprint_id = ? AND deleted = 1"_s);
    q.addBindValue(sprintId);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status Repository::releaseMemberOfDeletedCards(qint64 memberId)
{
    QSqlQuery &q = m_db.statement(
        u"UPDATE cards SET assignee_id = NULL WHERE assignee_id = ? AND deleted = 1"_s);
    q.addBindValue(memberId);
    if (!q.exec())
        return m_db.queryFailed(q);
    q.finish();
    return {};
}

Status Repository::appendEvent(Event &event)
{
    QSqlQuery &q = m_db.statement(
        u"INSERT INTO events(card_id, at, kind, old_value, new_value, author_id) VALUES(?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?)"_s);
    q.addBindValue(event.cardId);
    q.addBindValue(toMs(event.at));
    q.addBindValue(eventKindName(event.kind));
    q.addBindValue(event.oldValue);
    q.addBindValue(event.newValue);
    q.addBindValue(event.authorId);
    if (!q.exec())
        return m_db.queryFailed(q);
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
            "INSERT OR ROLLBACK INTO events(card_id, at, kind, old_value, new_value, author_id) VALUES";
        for (int r = 0; r < kRowsPerStatement; ++r) // placeholders only: values are bound below
            sql += r == 0 ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)";
        return sql;
    }();
    static constexpr char kOneRow[] =
        "INSERT OR ROLLBACK INTO events(card_id, at, kind, old_value, new_value, author_id) "
        "VALUES(?,?,?,?,?,?)";
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
            const int p = r * 6;
            sqlite3_bind_int64(stmt, p + 1, e.cardId);
            sqlite3_bind_int64(stmt, p + 2, toMs(e.at));
            sqlite3_bind_text(stmt, p + 3, kind->constData(), int(kind->size()), SQLITE_STATIC);
            bindText(p + 4, e.oldValue);
            bindText(p + 5, e.newValue);
            sqlite3_bind_int64(stmt, p + 6, e.authorId);
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

Result<qint64> Repository::eventsWithoutCardAfter(qint64 eventId)
{
    QSqlQuery &q = m_db.statement(
        u"SELECT count(*) FROM events WHERE id > ? AND card_id NOT IN (SELECT id FROM cards)"_s);
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(m_db.queryFailed(q).error());
    const qint64 orphans = q.value(0).toLongLong();
    q.finish();
    return orphans;
}

} // namespace SprintDeck

#include "core/storage/cardread.h"
#include "core/storage/cardcodec.h"

#include <sqlite3.h>

#include <limits>
#include <thread>
#include <vector>

namespace SprintDeck {

namespace {

/** The span of ids from which a board is read by two threads. */
constexpr qint64 kParallelFrom = 20000;

/** Reads the cards with ids in [from, to] through `db` on this thread, in id order. */
bool readRange(sqlite3 *db, qint64 from, qint64 to, const std::function<void(Card &&)> &take,
               QString *error)
{
    // The codec's column names: identifiers only.
    const QByteArray sql = "SELECT " + CardCodec::columns() +
                           " FROM cards WHERE deleted = 0 AND id BETWEEN ? AND ? ORDER BY id";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_int64(stmt, 1, from);
    sqlite3_bind_int64(stmt, 2, to);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        take(CardCodec::read(stmt));
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

} // namespace

bool CardRead::readCards(sqlite3 *db, std::optional<std::pair<qint64, qint64>> ids,
                         const std::function<void(Card &&)> &take, QString *error)
{
    if (!ids)
        return readRange(db, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                         take, error);
    const qint64 first = ids->first;
    const qint64 last = ids->second;
    const char *file = sqlite3_db_filename(db, "main");
    if (last - first < kParallelFrom || !file || !*file)
        return readRange(db, first, last, take, error);
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
            readRange(
                own, middle + 1, last, [&upper](Card &&c) { upper.push_back(std::move(c)); },
                &upperError);
        }
        sqlite3_close(own);
    });
    const bool lowerRead = readRange(db, first, middle, take, error);
    worker.join();
    if (!lowerRead)
        return false;
    if (!upperError.isEmpty()) {
        *error = upperError;
        return false;
    }
    for (Card &c : upper)
        take(std::move(c));
    return true;
}

} // namespace SprintDeck

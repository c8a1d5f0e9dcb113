#pragma once

#include "core/domain/card.h"

#include <QByteArray>

#include <vector>

struct sqlite3_stmt;

namespace SprintDeck {

/**
 * The one place that knows how a Card is stored in the cards table: the list of its columns,
 * and how each is bound and read, in the order of that list. Every statement that reads or
 * writes a whole card row is made from it, so adding a card field touches this codec, the Card
 * type and a migration.
 *
 * It works on SQLite's statements directly: opening a board reads every card and an import
 * inserts thousands, and a QVariant per value would cost more than the decoding itself.
 */
namespace CardCodec {

/** The columns read() takes, in its order: "id, key, title, ...". */
const QByteArray &columns();
/** Inserts a card: every column but id, bound by bind(). */
const QByteArray &insertSql();
/** Updates the card with the id bound by bindId() to the values bound by bind(). */
const QByteArray &updateSql();

/**
 * Binds every field but the id to a statement made from insertSql() or updateSql(). Texts are
 * converted to UTF-8 into `texts`, which must stay alive (and not be reallocated: reserve
 * textCount()) until the statement ran.
 */
void bind(sqlite3_stmt *stmt, const Card &card, std::vector<QByteArray> &texts);
/** Binds the id of the card a statement made from updateSql() updates. */
void bindId(sqlite3_stmt *stmt, qint64 id);
/** How many texts bind() converts. */
constexpr size_t textCount()
{
    return 7;
}

/** The card of the current row of a statement that selects columns() first. */
Card read(sqlite3_stmt *stmt);

} // namespace CardCodec

} // namespace SprintDeck

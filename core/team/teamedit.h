#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SprintDeck {

/**
 * The rows a team board shares. Every shared row has a global id (a UUID, the same on the
 * server and in every replica) and a version that counts the edits the server applied to it.
 */
enum class TeamKind
{
    Card,
    Sprint,
    Column,
    Member,
    Standup, ///< one member's entry of a day, or the day's team note
};

QString teamKindName(TeamKind kind); // "card"
std::optional<TeamKind> parseTeamKind(QStringView name);

enum class TeamOp
{
    Create,
    Update,
    Delete,
    Restore
};

QString teamOpName(TeamOp op); // "create"
std::optional<TeamOp> parseTeamOp(QStringView name);

/**
 * One local edit on its way to the server: the fields it changed with the values it found
 * (`before`) and wrote (`after`), all as text, and the row's version it was made on. The event
 * id is unique, so a retry after an unknown outcome is never applied twice.
 */
struct TeamEdit
{
    qint64 outboxId = 0; ///< its place in the local queue
    QString eventId;
    TeamKind kind = TeamKind::Card;
    QString uid;
    TeamOp op = TeamOp::Update;
    qint64 baseVersion = 0;
    QJsonObject before;
    QJsonObject after;
    QDateTime madeAt; ///< UTC
};

/** What the server did with an edit. */
struct TeamOutcome
{
    qint64 seq = 0;       ///< the event's place in the board's log
    qint64 version = 0;   ///< the row's version after it
    QJsonObject applied;  ///< the fields written, with their values
    QJsonObject refused;  ///< field -> {"theirs": value, "by": member}: changed by someone since
    bool already = false; ///< the server had this event already (a retry)
};

/** One event of the board's log on the server, as every replica applies it. */
struct TeamEvent
{
    qint64 seq = 0;
    QString eventId;
    QString clientId; ///< the replica that made it
    QString author;   ///< the member who made it
    QDateTime madeAt; ///< UTC, when its author made it
    TeamKind kind = TeamKind::Card;
    QString uid;
    TeamOp op = TeamOp::Update;
    qint64 version = 0;  ///< the row's version after it
    QJsonObject applied; ///< the fields written
};

} // namespace SprintDeck

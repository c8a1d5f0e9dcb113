#pragma once

#include "core/util/result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace SprintDeck {

class Board;
class TeamServer;

namespace Cli {

/** Chooses GUI or a headless subcommand and runs it. */
int main(int argc, char *argv[]);

/** What a subcommand gets: its arguments (after the subcommand name), streams and the database. */
class Context
{
public:
    Context(QStringList args, QString dbPath);
    ~Context();

    /** The subcommand's own arguments; args().first() is the subcommand name. */
    const QStringList &args() const { return m_args; }
    const QString &dbPath() const { return m_dbPath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /** The parser's help with "Usage: sprintdeck <command>" instead of the program's path. */
    QString helpText(const QCommandLineParser &parser) const;

    /**
     * Opens the board; on failure prints the reason and returns nullptr. A replica of a shared
     * board first catches up with its server when it is reachable (teamcommands.cpp).
     * SPRINTDECK_NOW (ISO 8601, local time unless it has an offset) fixes the board's clock.
     */
    Board *board();
    /** Closes the board (before removing a file that could not be made). */
    void closeBoard();
    /** Sends the edits a command queued on a replica, when its server was reached. */
    void sendTeamQueue();

    /** Prints "sprintdeck: <message>" on stderr and returns the exit code 1. */
    int fail(const QString &message);
    /** Exit code 2 for wrong usage. */
    int usage(const QString &message);

private:
    QStringList m_args;
    QString m_dbPath;
    QTextStream m_out;
    QTextStream m_err;
    void catchUpTeam();

    std::unique_ptr<Board> m_board;
    std::unique_ptr<TeamServer> m_team;
};

using Handler = int (*)(Context &);

struct Command
{
    const char *name;
    Handler handler;
    const char *synopsis; ///< one line for --help
};

/** Every headless subcommand, in the order --help lists them. */
const QList<Command> &commands();

/** After a file could not be opened: names the newest of its backups and how to restore it. */
void offerBackups(QTextStream &err, const QString &dbPath);

/** The default database: <user data folder>/board.sprintdeck. */
QString defaultDatabasePath();

// Subcommands, one file each.
int cardCommand(Context &ctx);
int importCommand(Context &ctx);  // iocommands.cpp
int exportCommand(Context &ctx);  // iocommands.cpp
int restoreCommand(Context &ctx); // iocommands.cpp
int backupCommand(Context &ctx);
int sprintCommand(Context &ctx);
int reportCommand(Context &ctx);
int slidesCommand(Context &ctx);
int reviewCommand(Context &ctx);
int standupCommand(Context &ctx);
int remoteCommand(Context &ctx);
int syncCommand(Context &ctx);
int shareCommand(Context &ctx); // teamcommands.cpp
int joinCommand(Context &ctx);  // teamcommands.cpp
/** Whether the board is a replica of a shared board. */
bool isShared(Board &board);
/** Sends the queue of a replica and catches up; prints the outcome; the exit code. */
int teamSync(Context &ctx, Board &board);
/** The conflicts of a replica as rows: name, field, here, server (by whom). */
QList<QStringList> teamConflictRows(Board &board);
/** Settles the conflicts of the card KEY (or sprint); false when it has none. */
Result<bool> resolveTeamConflict(Board &board, const QString &key, bool keepMine);

} // namespace Cli
} // namespace SprintDeck

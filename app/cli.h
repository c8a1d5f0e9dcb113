#pragma once

#include "core/util/result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace SprintDeck {

class Board;

namespace Cli {

/** Chooses GUI or a headless subcommand and runs it. */
int main(int argc, char *argv[]);

/** What a subcommand gets: its arguments (after the subcommand name), streams and the database. */
class Context
{
public:
    Context(QStringList args, QString dbPath);

    /** The subcommand's own arguments; args().first() is the subcommand name. */
    const QStringList &args() const { return m_args; }
    const QString &dbPath() const { return m_dbPath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /** The parser's help with "Usage: sprintdeck <command>" instead of the program's path. */
    QString helpText(const QCommandLineParser &parser) const;

    /** Opens the board (locked); on failure prints the reason and returns nullptr. */
    Board *board();

    /** Prints "sprintdeck: <message>" on stderr and returns the exit code 1. */
    int fail(const QString &message);
    /** Exit code 2 for wrong usage. */
    int usage(const QString &message);

private:
    QStringList m_args;
    QString m_dbPath;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Board> m_board;
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
int remoteCommand(Context &ctx);
int syncCommand(Context &ctx);

} // namespace Cli
} // namespace SprintDeck

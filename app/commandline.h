// The command line of one subcommand. Every subcommand takes --help and --db, prints its help with
// "Usage: sprintdeck <command>", answers a wrong option with exit code 2 and a hint, and checks how
// many positional arguments it got; this class does that once, so that a command states only its
// own description, options and arguments:
//
//     CommandLine cl(ctx, QCoreApplication::translate("SprintDeck::Cli", "Start a sprint."));
//     cl.addPositionalArgument(u"NAME"_s, QCoreApplication::translate("SprintDeck::Cli", "..."));
//     if (!cl.parse(1, 1, QObject::tr("usage: sprintdeck sprint start NAME")))
//         return cl.exitCode();
//     const Sprint *sprint = cl.sprintNamed(cl.argument(0));
//     if (!sprint)
//         return cl.exitCode();
//
// Each step that can end the command returns false (or nullptr) after printing why and keeps the
// exit code: 0 after --help, 1 for a failure, 2 for wrong usage.
#pragma once

#include "app/cli.h"
#include "app/output.h"
#include "core/sync/secretstore.h"

#include <QCommandLineParser>

namespace SprintDeck {

struct Sprint;

namespace Cli {

class CommandLine
{
public:
    /** A parser with `description`, --help and --db FILE (described by `dbHelp` if given). */
    CommandLine(Context &ctx, const QString &description, const QString &dbHelp = QString());

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    void addPositionalArgument(const QString &name, const QString &description,
                               const QString &syntax = QString())
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }

    /** Parses the arguments; false when the command is done: after --help or a wrong option. */
    bool parse();
    /** parse(), then wants between `min` and `max` positional arguments (max < 0: any number);
     * prints `usage` when the count is wrong. */
    bool parse(qsizetype min, qsizetype max, const QString &usage);
    /** parse(), then refuses any positional argument ("unexpected argument"). */
    bool parseWithoutArguments();
    /** Refuses any positional argument; for commands that check an option first. */
    bool noArguments();

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    QString argument(qsizetype i) const { return m_parser.positionalArguments().value(i); }

    /** Reads `text` as table, csv or json (markdown is no choice here); a usage error if not. */
    bool tableFormat(const QString &text, Format *format);

    /** The open board; nullptr after printing why it cannot be opened. */
    Board *board();
    /** Opens the board and finds the sprint called `name`; nullptr after printing why not. */
    const Sprint *sprintNamed(const QString &name);
    /** The sprint of --sprint NAME, else the board's current one; nullptr after printing why not.
     */
    const Sprint *sprintOrCurrent();

    /** Prints a usage error; false, with the exit code 2. */
    bool usage(const QString &message);
    /** Prints a failure; false, with the exit code 1. */
    bool fail(const QString &message);

    /** The exit code after a step returned false or nullptr. */
    int exitCode() const { return m_exitCode; }

private:
    Context &m_ctx;
    QCommandLineParser m_parser;
    int m_exitCode = 0;
};

/** One subcommand of a command with subcommands, such as `add` of `sprintdeck card add`. */
struct Subcommand
{
    const char *name;
    Handler handler;
};

/** What a command with subcommands prints when it gets none, --help or an unknown one. */
struct SubcommandHelp
{
    QString text;    ///< the help, printed for --help (exit 0) and for no subcommand (exit 2)
    QString unknown; ///< "unknown card command “%1”"
    bool shortHelp = false; ///< whether -h is --help too (it is not for every command)
};

/**
 * Runs the subcommand that ctx.args().value(1) names, with "<command> <subcommand>" as its first
 * argument so that its help and hints name both.
 */
int runSubcommand(Context &ctx, const QList<Subcommand> &subcommands, const SubcommandHelp &help);

/** Runs a keychain operation to its end (the command line may wait; the GUI never does). */
SecretStore::Outcome
waitForKeychain(const std::function<void(SecretStore &, SecretStore::Done)> &operation);

} // namespace Cli
} // namespace SprintDeck

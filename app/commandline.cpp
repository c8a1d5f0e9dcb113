#include "app/commandline.h"

#include <QEventLoop>

#include "core/board/board.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

CommandLine::CommandLine(Context &ctx, const QString &description, const QString &dbHelp)
    : m_ctx(ctx)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({u"db"_s,
                        dbHelp.isEmpty()
                            ? QCoreApplication::translate("SprintDeck::Cli", "The database file.")
                            : dbHelp,
                        u"FILE"_s});
}

bool CommandLine::parse()
{
    if (!m_parser.parse(m_ctx.args()))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_ctx.out() << m_ctx.helpText(m_parser);
        m_exitCode = 0;
        return false;
    }
    return true;
}

bool CommandLine::parse(qsizetype min, qsizetype max, const QString &usageText)
{
    if (!parse())
        return false;
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < min || (max >= 0 && count > max))
        return usage(usageText);
    return true;
}

bool CommandLine::parseWithoutArguments()
{
    return parse() && noArguments();
}

bool CommandLine::noArguments()
{
    if (m_parser.positionalArguments().isEmpty())
        return true;
    return usage(QObject::tr("unexpected argument \u201c%1\u201d")
                     .arg(m_parser.positionalArguments().first()));
}

bool CommandLine::tableFormat(const QString &text, Format *format)
{
    if (!parseFormat(text, format) || *format == Format::Markdown)
        return usage(QObject::tr("--format takes table, csv or json"));
    return true;
}

Board *CommandLine::board()
{
    Board *board = m_ctx.board();
    if (!board)
        m_exitCode = 1;
    return board;
}

const Sprint *CommandLine::sprintNamed(const QString &name)
{
    Board *b = board();
    if (!b)
        return nullptr;
    const Sprint *sprint = b->sprintByName(name);
    if (!sprint)
        fail(QObject::tr("no sprint called \u201c%1\u201d").arg(name));
    return sprint;
}

const Sprint *CommandLine::sprintOrCurrent()
{
    if (m_parser.isSet(u"sprint"_s))
        return sprintNamed(m_parser.value(u"sprint"_s));
    Board *b = board();
    if (!b)
        return nullptr;
    const Sprint *sprint = b->sprint(b->currentSprintId());
    if (!sprint)
        fail(QObject::tr("the board has no sprint; create one with 'sprintdeck sprint create'"));
    return sprint;
}

bool CommandLine::usage(const QString &message)
{
    m_exitCode = m_ctx.usage(message);
    return false;
}

bool CommandLine::fail(const QString &message)
{
    m_exitCode = m_ctx.fail(message);
    return false;
}

int runSubcommand(Context &ctx, const QList<Subcommand> &subcommands, const SubcommandHelp &help)
{
    const QString name = ctx.args().value(1);
    for (const Subcommand &sub : subcommands) {
        if (name != QLatin1String(sub.name))
            continue;
        QStringList args = ctx.args().mid(1);
        args.first() = ctx.args().first() + u' ' + name;
        Context subCtx(args, ctx.dbPath());
        const int exitCode = sub.handler(subCtx);
        subCtx.sendTeamQueue();
        return exitCode;
    }
    if (name == u"--help" || (help.shortHelp && name == u"-h") || name.isEmpty()) {
        ctx.out() << help.text;
        ctx.out().flush();
        return name.isEmpty() ? 2 : 0;
    }
    return ctx.usage(help.unknown.arg(name));
}

SecretStore::Outcome
waitForKeychain(const std::function<void(SecretStore &, SecretStore::Done)> &operation)
{
    SecretStore store;
    QEventLoop loop;
    SecretStore::Outcome outcome;
    bool done = false;
    operation(store, [&](const SecretStore::Outcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return outcome;
}

} // namespace SprintDeck::Cli

// share and join: a board shared by a team on a PostgreSQL server; the catch-up every command
// on a replica makes first, and the team part of sync.
#include "app/commandline.h"

#include "core/board/board.h"
#include "core/storage/teamserver.h"
#include "core/storage/teamstore.h"
#include "core/sync/secretstore.h"
#include "core/team/teamfields.h"
#include "core/team/teamrecorder.h"
#include "core/team/teamsync.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::Cli", text);
}

/** The password from the first line of standard input; never from the arguments. */
Result<QString> readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Result<QString>::failure(tr("cannot read the password from standard input"));
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    if (password.isEmpty())
        return Result<QString>::failure(tr("--password-stdin: standard input held no password"));
    return password;
}

/**
 * Connects to the server of `address`: with the password typed for this command, else the one
 * in the keychain, else what libpq finds itself (PGPASSWORD, ~/.pgpass).
 */
Result<std::unique_ptr<TeamServer>> connectTo(const TeamAddress &address, const QString &typed)
{
    QString password = typed;
    if (password.isEmpty()) {
        const auto read = waitForKeychain([&](SecretStore &secrets, SecretStore::Done done) {
            secrets.read(address.secretId(), std::move(done));
        });
        if (read.ok)
            password = read.secret;
    }
    return TeamServer::connect(address, password, u"cli"_s);
}

/** Keeps a typed password in the keychain; says so when there is none to keep it. */
void rememberPassword(Context &ctx, const TeamAddress &address, const QString &password)
{
    if (password.isEmpty())
        return;
    const auto saved = waitForKeychain([&](SecretStore &secrets, SecretStore::Done done) {
        secrets.write(address.secretId(), password, std::move(done));
    });
    if (saved.where != SecretStore::Where::Keychain)
        ctx.err() << "sprintdeck: "
                  << tr("no keychain kept the password; later commands need --password-stdin "
                        "or a ~/.pgpass entry")
                  << Qt::endl;
}

/** The member to edit as: --as NAME, else the user's login name. */
QString memberName(const CommandLine &cl, const QCommandLineOption &as)
{
    if (cl.isSet(as))
        return cl.value(as).simplified();
    return TeamSync::defaultMember();
}

QCommandLineOption passwordOption()
{
    return {u"password-stdin"_s,
            tr("Read the server password from standard input; it is kept in the OS keychain.")};
}

QCommandLineOption asOption()
{
    return {u"as"_s, tr("Your name on the board (default: your login name)."), u"NAME"_s};
}

Result<TeamAddress> linkedAddress(Board &board)
{
    Result<std::optional<TeamLink>> link = TeamStore(board.database()).link();
    if (!link)
        return Result<TeamAddress>::failure(link.error());
    if (!link->has_value())
        return Result<TeamAddress>::failure(tr("this board is not shared"));
    return TeamAddress::parse(link->value().url);
}

} // namespace

int shareCommand(Context &ctx)
{
    CommandLine cl(ctx, tr("Share the board on a team server (PostgreSQL): it becomes the first "
                           "replica of the team's board."));
    const QCommandLineOption server{
        u"server"_s, tr("The server and database, e.g. postgresql://ana@db.example.org/team."),
        u"URL"_s};
    const QCommandLineOption password = passwordOption();
    const QCommandLineOption as = asOption();
    cl.addOptions({server, password, as});
    if (!cl.parseWithoutArguments())
        return cl.exitCode();
    if (!cl.isSet(server))
        return ctx.usage(tr("usage: sprintdeck share --server postgresql://USER@HOST/DATABASE"));
    const QString member = memberName(cl, as);
    if (member.isEmpty())
        return ctx.usage(tr("say who you are on the board with --as NAME"));
    Result<TeamAddress> address = TeamAddress::parse(cl.value(server));
    if (!address)
        return ctx.fail(address.error());
    QString typed;
    if (cl.isSet(password)) {
        Result<QString> read = readPasswordFromStdin();
        if (!read)
            return ctx.fail(read.error());
        typed = *read;
    }
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    Result<std::unique_ptr<TeamServer>> connection = connectTo(*address, typed);
    if (!connection)
        return ctx.fail(connection.error());
    if (Status s = TeamSync(*board).share(**connection, member); !s)
        return ctx.fail(s.error());
    rememberPassword(ctx, *address, typed);
    ctx.out() << QCoreApplication::translate("SprintDeck::Cli", "Shared on %1 as %2: %n card(s)",
                                             nullptr, int(board->cardCount()))
                     .arg(address->url(), member)
              << Qt::endl;
    return 0;
}

int joinCommand(Context &ctx)
{
    CommandLine cl(ctx, tr("Join a team's board: make a new file a replica of the board on its "
                           "server (PostgreSQL)."));
    const QCommandLineOption password = passwordOption();
    const QCommandLineOption as = asOption();
    cl.addOptions({password, as});
    cl.addPositionalArgument(
        u"URL"_s, tr("The server and database, e.g. postgresql://ana@db.example.org/team."));
    if (!cl.parse(1, 1, tr("usage: sprintdeck join postgresql://USER@HOST/DATABASE --db FILE")))
        return cl.exitCode();
    const QString member = memberName(cl, as);
    if (member.isEmpty())
        return ctx.usage(tr("say who you are on the board with --as NAME"));
    Result<TeamAddress> address = TeamAddress::parse(cl.argument(0));
    if (!address)
        return ctx.fail(address.error());
    if (QFileInfo::exists(ctx.dbPath()))
        return ctx.fail(tr("%1 exists already; join makes a new file").arg(ctx.dbPath()));
    QString typed;
    if (cl.isSet(password)) {
        Result<QString> read = readPasswordFromStdin();
        if (!read)
            return ctx.fail(read.error());
        typed = *read;
    }
    // Reached first, so that a wrong address or password leaves no file behind.
    Result<std::unique_ptr<TeamServer>> connection = connectTo(*address, typed);
    if (!connection)
        return ctx.fail(connection.error());
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    if (Status s = TeamSync(*board).join(**connection, member); !s) {
        const QString path = ctx.dbPath();
        ctx.closeBoard();
        QFile::remove(path);
        return ctx.fail(s.error());
    }
    rememberPassword(ctx, *address, typed);
    ctx.out() << QCoreApplication::translate("SprintDeck::Cli", "Joined %1 as %2: %n card(s)",
                                             nullptr, int(board->cardCount()))
                     .arg(address->url(), member)
              << Qt::endl;
    return 0;
}

int teamSync(Context &ctx, Board &board)
{
    Result<TeamAddress> address = linkedAddress(board);
    if (!address)
        return ctx.fail(address.error());
    Result<std::unique_ptr<TeamServer>> connection = connectTo(*address, {});
    if (!connection) {
        Result<int> waiting = TeamStore(board.database()).outboxCount();
        return ctx.fail(QCoreApplication::translate("SprintDeck::Cli",
                                                    "%1; %n edit(s) waiting here for the next sync",
                                                    nullptr, waiting ? *waiting : 0)
                            .arg(connection.error()));
    }
    Result<TeamSyncReport> report = TeamSync(board).sync(**connection);
    if (!report)
        return ctx.fail(report.error());
    for (const QString &line : std::as_const(report->renamed))
        ctx.err() << "sprintdeck: " << line << Qt::endl;
    ctx.out() << report->message() << Qt::endl;
    if (report->conflicts) {
        ctx.err() << "sprintdeck: "
                  << QCoreApplication::translate(
                         "SprintDeck::Cli",
                         "%n conflict(s) waiting: see them with sync --conflicts, "
                         "settle each with sync --resolve KEY --keep "
                         "local|remote",
                         nullptr, report->conflicts)
                  << Qt::endl;
        return 3;
    }
    return 0;
}

bool isShared(Board &board)
{
    Result<std::optional<TeamLink>> link = TeamStore(board.database()).link();
    return link && link->has_value();
}

QList<QStringList> teamConflictRows(Board &board)
{
    TeamStore store(board.database());
    Result<QList<TeamConflict>> conflicts = store.conflicts();
    QList<QStringList> rows;
    if (!conflicts)
        return rows;
    for (const TeamConflict &c : std::as_const(*conflicts)) {
        Result<qint64> local = store.localIdOf(c.kind, c.uid);
        const Card *card = c.kind == TeamKind::Card && local ? board.card(*local) : nullptr;
        const Sprint *sprint = c.kind == TeamKind::Sprint && local ? board.sprint(*local) : nullptr;
        const QString name = card ? card->key : sprint ? sprint->name : c.uid;
        rows.append(
            {name, c.field, c.mine.left(60), tr("%1 (by %2)").arg(c.theirs.left(60), c.by)});
    }
    return rows;
}

Result<bool> resolveTeamConflict(Board &board, const QString &key, bool keepMine)
{
    TeamStore store(board.database());
    Result<QList<TeamConflict>> conflicts = store.conflicts();
    if (!conflicts)
        return Result<bool>::failure(conflicts.error());
    bool any = false;
    TeamSync sync(board);
    for (const TeamConflict &c : std::as_const(*conflicts)) {
        Result<qint64> local = store.localIdOf(c.kind, c.uid);
        if (!local)
            return Result<bool>::failure(local.error());
        const Card *card = c.kind == TeamKind::Card ? board.card(*local) : nullptr;
        const Sprint *sprint = c.kind == TeamKind::Sprint ? board.sprint(*local) : nullptr;
        if (!(card && card->key.compare(key, Qt::CaseInsensitive) == 0) &&
            !(sprint && sprint->name == key))
            continue;
        if (Status s = sync.resolve(c, keepMine); !s)
            return Result<bool>::failure(s.error());
        any = true;
    }
    return any;
}

void Context::catchUpTeam()
{
    if (!m_board || !isShared(*m_board))
        return;
    Result<TeamAddress> address = linkedAddress(*m_board);
    if (!address)
        return;
    Result<std::unique_ptr<TeamServer>> connection = connectTo(*address, {});
    if (!connection) {
        m_err << "sprintdeck: "
              << QCoreApplication::translate("SprintDeck::Cli", "working offline: %1")
                     .arg(connection.error())
              << Qt::endl;
        return;
    }
    m_team = std::move(*connection);
    if (Result<TeamSyncReport> report = TeamSync(*m_board).sync(*m_team); !report) {
        m_err << "sprintdeck: "
              << QCoreApplication::translate("SprintDeck::Cli", "working offline: %1")
                     .arg(report.error())
              << Qt::endl;
        m_team.reset();
    }
}

void Context::sendTeamQueue()
{
    if (!m_board || !m_team)
        return;
    Result<int> waiting = TeamStore(m_board->database()).outboxCount();
    if (!waiting || *waiting == 0)
        return;
    TeamSyncReport report;
    if (Status s = TeamSync(*m_board).push(*m_team, report); !s)
        m_err << "sprintdeck: "
              << QCoreApplication::translate("SprintDeck::Cli",
                                             "%1; %n edit(s) waiting here for the next sync",
                                             nullptr, report.waiting)
                     .arg(s.error())
              << Qt::endl;
}

} // namespace SprintDeck::Cli

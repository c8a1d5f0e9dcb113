// remote add|list|remove|map and sync: headless sync with remote trackers.
#include "app/commandline.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/sync/conflictresolver.h"
#include "core/sync/secretstore.h"
#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

/** Exit code of a sync that finished but needs the user: conflicts, or changes the server refused.
 */
constexpr int kExitAttention = 3;

/** The key from the first line of standard input; never from the arguments, where others could read
 * it. */
Result<QString> readKeyFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Result<QString>::failure(QObject::tr("cannot read the API key from standard input"));
    const QString key = QString::fromUtf8(in.readLine()).trimmed();
    if (key.isEmpty())
        return Result<QString>::failure(QObject::tr("--api-key-stdin: standard input held no key"));
    return key;
}

/** Stores a new remote, and its key in the keychain when one was given. */
int saveRemote(Context &ctx, Board &board, Remote &remote, const QString &key)
{
    SyncStore store(board.database());
    {
        Transaction tx(board.database());
        if (Status s = store.insertRemote(remote); !s)
            return ctx.fail(s.error());
        if (!tx.commit())
            return ctx.fail(board.database().lastError());
    }
    if (!key.isEmpty()) {
        const auto saved = waitForKeychain([&](SecretStore &secrets, SecretStore::Done done) {
            secrets.write(remote.secretId, key, std::move(done));
        });
        if (saved.where != SecretStore::Where::Keychain)
            ctx.err() << "sprintdeck: " << saved.message
                      << QObject::tr("; give it again with sync --api-key-stdin") << Qt::endl;
    }
    return 0;
}

int remoteAdd(Context &ctx)
{
    CommandLine cl(ctx,
                   QCoreApplication::translate(
                       "SprintDeck::Cli",
                       "Add a remote tracker (Redmine). The API key goes to the OS keychain."));
    const QCommandLineOption url{
        u"url"_s,
        QCoreApplication::translate("SprintDeck::Cli",
                                    "The server, e.g. https://redmine.example.org."),
        u"URL"_s};
    const QCommandLineOption project{
        u"project"_s,
        QCoreApplication::translate("SprintDeck::Cli", "The project's identifier on the server."),
        u"ID"_s};
    const QCommandLineOption keyStdin{
        u"api-key-stdin"_s,
        QCoreApplication::translate("SprintDeck::Cli",
                                    "Read the API key from the first line of standard input.")};
    const QCommandLineOption insecure{
        u"allow-insecure-http"_s,
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Allow plain http to a host that is not this computer (the key travels unencrypted).")};
    const QCommandLineOption points{
        u"points-field"_s,
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Where the server keeps points: story-points (default) or estimated-hours."),
        u"FIELD"_s, u"story-points"_s};
    const QCommandLineOption prefix{
        u"key-prefix"_s,
        QCoreApplication::translate(
            "SprintDeck::Cli", "Prefix of the keys of pulled cards (default: from the project)."),
        u"P"_s};
    const QCommandLineOption type{
        u"type"_s, QCoreApplication::translate("SprintDeck::Cli", "The tracker's type (redmine)."),
        u"TYPE"_s, u"redmine"_s};
    cl.addOptions({url, project, keyStdin, insecure, points, prefix, type});
    cl.addPositionalArgument(
        u"NAME"_s, QCoreApplication::translate("SprintDeck::Cli", "A name for the remote."));
    if (!cl.parse())
        return cl.exitCode();
    if (cl.arguments().size() != 1 || !cl.isSet(url) || !cl.isSet(project))
        return ctx.usage(QObject::tr(
            "usage: sprintdeck remote add NAME --url URL --project ID [--api-key-stdin]"));
    if (cl.value(type) != u"redmine")
        return ctx.usage(QObject::tr("--type: only redmine is supported"));
    const auto field = parsePointsField(cl.value(points));
    if (!field)
        return ctx.usage(QObject::tr("--points-field takes story-points or estimated-hours"));
    auto server = parseServerUrl(cl.value(url));
    if (!server)
        return ctx.fail(server.error());
    if (Status s = checkTransport(*server, cl.isSet(insecure)); !s)
        return ctx.fail(s.error() + QObject::tr(" (--allow-insecure-http)"));

    QString key;
    if (cl.isSet(keyStdin)) {
        auto read = readKeyFromStdin();
        if (!read)
            return ctx.fail(read.error());
        key = read.value();
    }
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    Remote remote;
    remote.name = cl.argument(0).trimmed();
    remote.url = *server;
    remote.project = cl.value(project).trimmed();
    remote.allowInsecureHttp = cl.isSet(insecure) && !isLoopbackHost(server->host());
    remote.secretId = u"remote-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    remote.keyPrefix =
        cl.isSet(prefix) ? cl.value(prefix).trimmed().toUpper() : defaultKeyPrefix(remote.project);
    remote.pointsField = *field;
    if (remote.name.isEmpty() || remote.project.isEmpty() || remote.keyPrefix.isEmpty())
        return ctx.usage(QObject::tr("the name, --project and --key-prefix must not be empty"));

    if (int code = saveRemote(ctx, *board, remote, key); code != 0)
        return code;
    ctx.out() << QObject::tr("Added remote %1 (%2, project %3)")
                     .arg(remote.name, remote.url.toDisplayString(), remote.project)
              << Qt::endl;
    return 0;
}

int remoteList(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate("SprintDeck::Cli", "List the remotes."));
    const QCommandLineOption format{
        u"format"_s, QCoreApplication::translate("SprintDeck::Cli", "Output: table, csv or json."),
        u"FORMAT"_s, u"table"_s};
    cl.addOption(format);
    if (!cl.parse())
        return cl.exitCode();
    Format f;
    if (!cl.tableFormat(cl.value(format), &f))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    SyncStore store(board->database());
    auto remotes = store.remotes();
    if (!remotes)
        return ctx.fail(remotes.error());
    QList<QStringList> rows;
    for (const Remote &r : std::as_const(remotes.value())) {
        auto state = store.state(r.id);
        auto waiting = store.pendingCount(r.id);
        auto conflicts = store.conflicts(r.id);
        rows.append({r.name, r.type, r.url.toDisplayString(), r.project,
                     state && state->syncedAt.isValid()
                         ? state->syncedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                         : QString(),
                     waiting ? QString::number(*waiting) : QString(),
                     conflicts ? QString::number(conflicts->size()) : QString(),
                     state ? state->result : QString()});
    }
    writeRows(ctx.out(), f,
              {u"Name"_s, u"Type"_s, u"URL"_s, u"Project"_s, u"Last sync"_s, u"Waiting"_s,
               u"Conflicts"_s, u"Result"_s},
              rows);
    return 0;
}

int remoteRemove(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate(
                 "SprintDeck::Cli", "Remove a remote and its key; the cards stay on the board."));
    cl.addPositionalArgument(u"NAME"_s,
                             QCoreApplication::translate("SprintDeck::Cli", "The remote."));
    if (!cl.parse(1, 1, QObject::tr("usage: sprintdeck remote remove NAME")))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    SyncStore store(board->database());
    auto remote = store.remoteByName(cl.argument(0));
    if (!remote)
        return ctx.fail(remote.error());
    {
        Transaction tx(board->database());
        if (Status s = store.removeRemote(remote->id); !s)
            return ctx.fail(s.error());
        if (!tx.commit())
            return ctx.fail(board->database().lastError());
    }
    const auto removed = waitForKeychain([&](SecretStore &secrets, SecretStore::Done done) {
        secrets.remove(remote->secretId, std::move(done));
    });
    if (!removed.ok)
        ctx.err() << "sprintdeck: "
                  << QObject::tr(
                         "the remote is removed, but its key may remain in the keychain: %1")
                         .arg(removed.message)
                  << Qt::endl;
    return 0;
}

int remoteMap(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate("SprintDeck::Cli",
                                         "Show or change which column each status of a remote "
                                         "maps to (known after the first sync)."));
    cl.addPositionalArgument(u"NAME"_s,
                             QCoreApplication::translate("SprintDeck::Cli", "The remote."));
    cl.addPositionalArgument(
        u"STATUS=COLUMN"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Map a status to a column."),
        u"[STATUS=COLUMN...]"_s);
    if (!cl.parse(1, -1, QObject::tr("usage: sprintdeck remote map NAME [STATUS=COLUMN...]")))
        return cl.exitCode();
    const QStringList args = cl.arguments();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    SyncStore store(board->database());
    auto remote = store.remoteByName(args.first());
    if (!remote)
        return ctx.fail(remote.error());
    for (const QString &pair : args.mid(1)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return ctx.usage(QObject::tr("\u201c%1\u201d is not STATUS=COLUMN").arg(pair));
        const QString status = pair.left(eq).trimmed();
        const Column *column = board->columnByName(pair.mid(eq + 1).trimmed());
        if (!column)
            return ctx.fail(
                QObject::tr("no column called \u201c%1\u201d").arg(pair.mid(eq + 1).trimmed()));
        bool found = false;
        for (StatusMapping &m : remote->statusMap) {
            if (m.statusName.compare(status, Qt::CaseInsensitive) == 0) {
                m.columnId = column->id;
                found = true;
            }
        }
        if (!found)
            return ctx.fail(QObject::tr("remote %1 has no status \u201c%2\u201d (statuses are "
                                        "known after the first sync)")
                                .arg(remote->name, status));
    }
    if (args.size() > 1) {
        Transaction tx(board->database());
        if (Status s = store.updateRemote(remote.value()); !s)
            return ctx.fail(s.error());
        if (!tx.commit())
            return ctx.fail(board->database().lastError());
    }
    QList<QStringList> rows;
    for (const StatusMapping &m : std::as_const(remote->statusMap)) {
        const Column *c = board->column(m.columnId);
        rows.append({m.statusName, c ? c->name : QString()});
    }
    writeRows(ctx.out(), Format::Table, {u"Status"_s, u"Column"_s}, rows);
    return 0;
}

int listConflicts(Context &ctx, Board &board)
{
    ConflictResolver resolver(board);
    auto conflicts = resolver.conflicts();
    if (!conflicts)
        return ctx.fail(conflicts.error());
    QList<QStringList> rows;
    for (const SyncConflict &c : std::as_const(conflicts.value())) {
        const Card *card = board.card(c.cardId);
        const QString key = card ? card->key : QString::number(c.cardId);
        if (c.deletedRemotely) {
            rows.append({key, QObject::tr("(whole card)"), QObject::tr("edited here"),
                         QObject::tr("deleted on the server")});
            continue;
        }
        for (SyncField f : c.fields)
            rows.append(
                {key, syncFieldName(f), c.local.value(f).left(60), c.remote.value(f).left(60)});
    }
    rows += teamConflictRows(board);
    writeRows(ctx.out(), Format::Table, {u"Card"_s, u"Field"_s, u"Here"_s, u"Server"_s}, rows);
    return 0;
}

} // namespace

int remoteCommand(Context &ctx)
{
    // Outside the brace list below, where lupdate would file it under a wrong context.
    const QString unknownCommand = QObject::tr("unknown remote command \u201c%1\u201d");
    return runSubcommand(
        ctx,
        {{"add", &remoteAdd},
         {"list", &remoteList},
         {"remove", &remoteRemove},
         {"map", &remoteMap}},
        {QCoreApplication::translate(
             "SprintDeck::Cli",
             "Usage: sprintdeck remote add|list|remove|map [--db FILE] ...\n"
             "  remote add NAME --url URL --project ID [--api-key-stdin] "
             "[--allow-insecure-http]\n"
             "  remote list [--format table|csv|json]\n"
             "  remote remove NAME\n"
             "  remote map NAME [STATUS=COLUMN...]\n"
             "API keys are read from standard input and kept in the OS keychain only.\n"),
         unknownCommand});
}

/** `sync --resolve KEY --keep local|remote`: settles the conflict of one card. */
int resolveConflict(Context &ctx, Board &board, const QString &key, bool keepLocal)
{
    const Card *card = board.cardByKey(key);
    if (!card)
        return ctx.fail(QObject::tr("no card with the key %1").arg(key));
    if (Status s = ConflictResolver(board).resolve(card->id, keepLocal); !s)
        return ctx.fail(s.error());
    ctx.out() << QObject::tr("%1: kept the %2 version")
                     .arg(card->key, keepLocal ? QObject::tr("local") : QObject::tr("server's"))
              << Qt::endl;
    return 0;
}

/** The remote called `name` when `one`, else all remotes; an error when there is none. */
Result<QList<Remote>> remotesToSync(Board &board, bool one, const QString &name)
{
    SyncStore store(board.database());
    QList<Remote> remotes;
    if (one) {
        auto r = store.remoteByName(name);
        if (!r)
            return Result<QList<Remote>>::failure(r.error());
        remotes.append(r.value());
    } else {
        auto all = store.remotes();
        if (!all)
            return Result<QList<Remote>>::failure(all.error());
        remotes = all.value();
    }
    if (remotes.isEmpty())
        return Result<QList<Remote>>::failure(
            QObject::tr("no remote to sync with; add one with: sprintdeck remote add "
                        "NAME --url URL --project ID --api-key-stdin"));
    return remotes;
}

/** Syncs with one remote and prints its report; the exit code of that sync. */
int syncWith(Context &ctx, Board &board, const Remote &remote, const QString &typedKey, bool full)
{
    QString key = typedKey;
    if (key.isEmpty()) {
        const auto read = waitForKeychain([&](SecretStore &secrets, SecretStore::Done done) {
            secrets.read(remote.secretId, std::move(done));
        });
        if (!read.ok)
            return ctx.fail(QObject::tr("sync with %1: %2; give the key with --api-key-stdin")
                                .arg(remote.name, read.message));
        key = read.secret;
    }
    SyncEngine engine(board);
    QEventLoop loop;
    SyncReport report;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    SyncOptions options;
    options.reconcile = full;
    engine.start(remote, key, options);
    if (engine.isRunning())
        loop.exec();
    for (const QString &line : std::as_const(report.rejected))
        ctx.err() << "sprintdeck: " << QObject::tr("refused by %1: %2").arg(remote.name, line)
                  << Qt::endl;
    switch (report.outcome) {
    case SyncReport::Outcome::Ok:
        ctx.out() << report.message << Qt::endl;
        return 0;
    case SyncReport::Outcome::Attention:
        ctx.out() << report.message << Qt::endl;
        if (report.conflicts)
            ctx.err() << "sprintdeck: "
                      << QObject::tr("%n conflicts wait: see them with sync --conflicts, "
                                     "settle each with sync --resolve KEY --keep local|remote",
                                     nullptr, report.conflicts)
                      << Qt::endl;
        return kExitAttention;
    case SyncReport::Outcome::Failed:
    case SyncReport::Outcome::Cancelled:
        break;
    }
    return ctx.fail(report.message);
}

int syncCommand(Context &ctx)
{
    CommandLine cl(
        ctx,
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Sync the board with its remotes: pull what changed there, send what changed here."));
    const QCommandLineOption remoteOption{
        u"remote"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Only this remote (default: all)."),
        u"NAME"_s};
    const QCommandLineOption keyStdin{
        u"api-key-stdin"_s,
        QCoreApplication::translate("SprintDeck::Cli",
                                    "Read the API key for this sync from standard input.")};
    const QCommandLineOption full{
        u"full"_s, QCoreApplication::translate("SprintDeck::Cli",
                                               "Also look for issues deleted on the server now.")};
    const QCommandLineOption resolve{
        u"resolve"_s,
        QCoreApplication::translate("SprintDeck::Cli",
                                    "Resolve the conflict of a card (with --keep)."),
        u"KEY"_s};
    const QCommandLineOption keep{
        u"keep"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Which version to keep: local or remote."),
        u"SIDE"_s};
    const QCommandLineOption conflictsOption{
        u"conflicts"_s,
        QCoreApplication::translate("SprintDeck::Cli", "List the conflicts that wait.")};
    cl.addOptions({remoteOption, keyStdin, full, resolve, keep, conflictsOption});
    if (!cl.parse())
        return cl.exitCode();
    if (cl.isSet(resolve) != cl.isSet(keep))
        return ctx.usage(QObject::tr("--resolve KEY and --keep local|remote go together"));
    if (cl.isSet(keep) && cl.value(keep) != u"local" && cl.value(keep) != u"remote")
        return ctx.usage(QObject::tr("--keep takes local or remote"));
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    if (cl.isSet(conflictsOption))
        return listConflicts(ctx, *board);
    if (cl.isSet(resolve)) {
        Result<bool> team =
            resolveTeamConflict(*board, cl.value(resolve), cl.value(keep) == u"local");
        if (!team)
            return ctx.fail(team.error());
        if (!*team)
            return resolveConflict(ctx, *board, cl.value(resolve), cl.value(keep) == u"local");
        ctx.out() << QObject::tr("%1: kept the %2 version")
                         .arg(cl.value(resolve), cl.value(keep) == u"local"
                                                     ? QObject::tr("local")
                                                     : QObject::tr("server's"))
                  << Qt::endl;
        return teamSync(ctx, *board);
    }

    // A shared board's server first; then the remote trackers, when it has any.
    const bool shared = isShared(*board) && !cl.isSet(remoteOption);
    int teamCode = 0;
    if (shared) {
        teamCode = teamSync(ctx, *board);
        const auto remotes = SyncStore(board->database()).remotes();
        if (remotes && remotes->isEmpty())
            return teamCode;
    }
    const auto remotes = remotesToSync(*board, cl.isSet(remoteOption), cl.value(remoteOption));
    if (!remotes)
        return ctx.fail(remotes.error());
    QString typedKey;
    if (cl.isSet(keyStdin)) {
        if (remotes->size() != 1)
            return ctx.usage(
                QObject::tr("--api-key-stdin needs --remote NAME when there are several remotes"));
        auto read = readKeyFromStdin();
        if (!read)
            return ctx.fail(read.error());
        typedKey = read.value();
    }
    // Every remote is synced even after one fails.
    int exitCode = teamCode;
    for (const Remote &remote : remotes.value()) {
        const int code = syncWith(ctx, *board, remote, typedKey, cl.isSet(full));
        if (code == kExitAttention)
            exitCode = qMax(exitCode, kExitAttention);
        else if (code != 0)
            exitCode = 1;
    }
    return exitCode;
}

} // namespace SprintDeck::Cli

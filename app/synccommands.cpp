// remote add|list|remove|map and sync: headless sync with remote trackers.
#include "cli.h"
#include "output.h"

#include "board/board.h"
#include "storage/database.h"
#include "storage/syncstore.h"
#include "sync/conflictresolver.h"
#include "sync/secretstore.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
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

void addCommon(QCommandLineParser &p, const QString &description)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    p.addOption(
        {u"db"_s, QCoreApplication::translate("SprintDeck::Cli", "The database file."), u"FILE"_s});
}

bool parse(Context &ctx, QCommandLineParser &p, int *code)
{
    if (!p.parse(ctx.args())) {
        *code = ctx.usage(p.errorText());
        return false;
    }
    if (p.isSet(u"help"_s)) {
        ctx.out() << ctx.helpText(p);
        *code = 0;
        return false;
    }
    return true;
}

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

/** Runs a keychain operation to its end (the command line may wait; the GUI never does). */
SecretStore::Outcome waitFor(const std::function<void(SecretStore &, SecretStore::Done)> &operation)
{
    SecretStore store;
    QEventLoop loop;
    SecretStore::Outcome outcome;
    operation(store, [&](const SecretStore::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

int remoteAdd(Context &ctx)
{
    QCommandLineParser p;
    addCommon(p, QCoreApplication::translate(
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
    p.addOptions({url, project, keyStdin, insecure, points, prefix, type});
    p.addPositionalArgument(
        u"NAME"_s, QCoreApplication::translate("SprintDeck::Cli", "A name for the remote."));
    int code = 0;
    if (!parse(ctx, p, &code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(url) || !p.isSet(project))
        return ctx.usage(QObject::tr(
            "usage: sprintdeck remote add NAME --url URL --project ID [--api-key-stdin]"));
    if (p.value(type) != u"redmine")
        return ctx.usage(QObject::tr("--type: only redmine is supported"));
    const auto field = parsePointsField(p.value(points));
    if (!field)
        return ctx.usage(QObject::tr("--points-field takes story-points or estimated-hours"));
    auto server = parseServerUrl(p.value(url));
    if (!server)
        return ctx.fail(server.error());
    if (Status s = checkTransport(*server, p.isSet(insecure)); !s)
        return ctx.fail(s.error() + QObject::tr(" (--allow-insecure-http)"));

    QString key;
    if (p.isSet(keyStdin)) {
        auto read = readKeyFromStdin();
        if (!read)
            return ctx.fail(read.error());
        key = read.value();
    }
    Board *board = ctx.board();
    if (!board)
        return 1;
    Remote remote;
    remote.name = p.positionalArguments().first().trimmed();
    remote.url = *server;
    remote.project = p.value(project).trimmed();
    remote.allowInsecureHttp = p.isSet(insecure) && !isLoopbackHost(server->host());
    remote.secretId = u"remote-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    remote.keyPrefix =
        p.isSet(prefix) ? p.value(prefix).trimmed().toUpper() : defaultKeyPrefix(remote.project);
    remote.pointsField = *field;
    if (remote.name.isEmpty() || remote.project.isEmpty() || remote.keyPrefix.isEmpty())
        return ctx.usage(QObject::tr("the name, --project and --key-prefix must not be empty"));

    SyncStore store(board->database());
    {
        Transaction tx(board->database());
        if (Status s = store.insertRemote(remote); !s)
            return ctx.fail(s.error());
        if (!tx.commit())
            return ctx.fail(board->database().lastError());
    }
    if (!key.isEmpty()) {
        const auto saved = waitFor([&](SecretStore &secrets, SecretStore::Done done) {
            secrets.write(remote.secretId, key, std::move(done));
        });
        if (saved.where != SecretStore::Where::Keychain)
            ctx.err() << "sprintdeck: " << saved.message
                      << QObject::tr("; give it again with sync --api-key-stdin") << Qt::endl;
    }
    ctx.out() << QObject::tr("Added remote %1 (%2, project %3)")
                     .arg(remote.name, remote.url.toDisplayString(), remote.project)
              << Qt::endl;
    return 0;
}

int remoteList(Context &ctx)
{
    QCommandLineParser p;
    addCommon(p, QCoreApplication::translate("SprintDeck::Cli", "List the remotes."));
    const QCommandLineOption format{
        u"format"_s, QCoreApplication::translate("SprintDeck::Cli", "Output: table, csv or json."),
        u"FORMAT"_s, u"table"_s};
    p.addOption(format);
    int code = 0;
    if (!parse(ctx, p, &code))
        return code;
    Format f;
    if (!parseFormat(p.value(format), &f) || f == Format::Markdown)
        return ctx.usage(QObject::tr("--format takes table, csv or json"));
    Board *board = ctx.board();
    if (!board)
        return 1;
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
    QCommandLineParser p;
    addCommon(p,
              QCoreApplication::translate(
                  "SprintDeck::Cli", "Remove a remote and its key; the cards stay on the board."));
    p.addPositionalArgument(u"NAME"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "The remote."));
    int code = 0;
    if (!parse(ctx, p, &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QObject::tr("usage: sprintdeck remote remove NAME"));
    Board *board = ctx.board();
    if (!board)
        return 1;
    SyncStore store(board->database());
    auto remote = store.remoteByName(p.positionalArguments().first());
    if (!remote)
        return ctx.fail(remote.error());
    {
        Transaction tx(board->database());
        if (Status s = store.removeRemote(remote->id); !s)
            return ctx.fail(s.error());
        if (!tx.commit())
            return ctx.fail(board->database().lastError());
    }
    const auto removed = waitFor([&](SecretStore &secrets, SecretStore::Done done) {
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
    QCommandLineParser p;
    addCommon(p, QCoreApplication::translate("SprintDeck::Cli",
                                             "Show or change which column each status of a remote "
                                             "maps to (known after the first sync)."));
    p.addPositionalArgument(u"NAME"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "The remote."));
    p.addPositionalArgument(
        u"STATUS=COLUMN"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Map a status to a column."),
        u"[STATUS=COLUMN...]"_s);
    int code = 0;
    if (!parse(ctx, p, &code))
        return code;
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.usage(QObject::tr("usage: sprintdeck remote map NAME [STATUS=COLUMN...]"));
    Board *board = ctx.board();
    if (!board)
        return 1;
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
    writeRows(ctx.out(), Format::Table, {u"Card"_s, u"Field"_s, u"Here"_s, u"Server"_s}, rows);
    return 0;
}

} // namespace

int remoteCommand(Context &ctx)
{
    const QString sub = ctx.args().value(1);
    QStringList subArgs = ctx.args().mid(1);
    if (!subArgs.isEmpty())
        subArgs.first() = u"remote "_s + sub;
    Context subCtx(subArgs, ctx.dbPath());
    if (sub == u"add")
        return remoteAdd(subCtx);
    if (sub == u"list")
        return remoteList(subCtx);
    if (sub == u"remove")
        return remoteRemove(subCtx);
    if (sub == u"map")
        return remoteMap(subCtx);
    if (sub == u"--help" || sub.isEmpty()) {
        ctx.out() << QCoreApplication::translate(
            "SprintDeck::Cli",
            "Usage: sprintdeck remote add|list|remove|map [--db FILE] ...\n"
            "  remote add NAME --url URL --project ID [--api-key-stdin] "
            "[--allow-insecure-http]\n"
            "  remote list [--format table|csv|json]\n"
            "  remote remove NAME\n"
            "  remote map NAME [STATUS=COLUMN...]\n"
            "API keys are read from standard input and kept in the OS keychain only.\n");
        return sub.isEmpty() ? 2 : 0;
    }
    return ctx.usage(QObject::tr("unknown remote command \u201c%1\u201d").arg(sub));
}

int syncCommand(Context &ctx)
{
    QCommandLineParser p;
    addCommon(
        p,
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
    p.addOptions({remoteOption, keyStdin, full, resolve, keep, conflictsOption});
    int code = 0;
    if (!parse(ctx, p, &code))
        return code;
    if (p.isSet(resolve) != p.isSet(keep))
        return ctx.usage(QObject::tr("--resolve KEY and --keep local|remote go together"));
    if (p.isSet(keep) && p.value(keep) != u"local" && p.value(keep) != u"remote")
        return ctx.usage(QObject::tr("--keep takes local or remote"));
    Board *board = ctx.board();
    if (!board)
        return 1;

    if (p.isSet(conflictsOption))
        return listConflicts(ctx, *board);
    if (p.isSet(resolve)) {
        const Card *card = board->cardByKey(p.value(resolve));
        if (!card)
            return ctx.fail(QObject::tr("no card with the key %1").arg(p.value(resolve)));
        if (Status s = ConflictResolver(*board).resolve(card->id, p.value(keep) == u"local"); !s)
            return ctx.fail(s.error());
        ctx.out() << QObject::tr("%1: kept the %2 version")
                         .arg(card->key, p.value(keep) == u"local" ? QObject::tr("local")
                                                                   : QObject::tr("server's"))
                  << Qt::endl;
        return 0;
    }

    SyncStore store(board->database());
    QList<Remote> remotes;
    if (p.isSet(remoteOption)) {
        auto r = store.remoteByName(p.value(remoteOption));
        if (!r)
            return ctx.fail(r.error());
        remotes.append(r.value());
    } else {
        auto all = store.remotes();
        if (!all)
            return ctx.fail(all.error());
        remotes = all.value();
    }
    if (remotes.isEmpty())
        return ctx.fail(QObject::tr("no remote to sync with; add one with: sprintdeck remote add "
                                    "NAME --url URL --project ID --api-key-stdin"));
    QString typedKey;
    if (p.isSet(keyStdin)) {
        if (remotes.size() != 1)
            return ctx.usage(
                QObject::tr("--api-key-stdin needs --remote NAME when there are several remotes"));
        auto read = readKeyFromStdin();
        if (!read)
            return ctx.fail(read.error());
        typedKey = read.value();
    }

    int exitCode = 0;
    for (const Remote &remote : std::as_const(remotes)) {
        QString key = typedKey;
        if (key.isEmpty()) {
            const auto read = waitFor([&](SecretStore &secrets, SecretStore::Done done) {
                secrets.read(remote.secretId, std::move(done));
            });
            if (!read.ok) {
                ctx.fail(QObject::tr("sync with %1: %2; give the key with --api-key-stdin")
                             .arg(remote.name, read.message));
                exitCode = 1;
                continue;
            }
            key = read.secret;
        }
        SyncEngine engine(*board);
        QEventLoop loop;
        SyncReport report;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &r) {
            report = r;
            loop.quit();
        });
        SyncOptions options;
        options.reconcile = p.isSet(full);
        engine.start(remote, key, options);
        if (engine.isRunning())
            loop.exec();
        for (const QString &line : std::as_const(report.rejected))
            ctx.err() << "sprintdeck: " << QObject::tr("refused by %1: %2").arg(remote.name, line)
                      << Qt::endl;
        switch (report.outcome) {
        case SyncReport::Outcome::Ok:
            ctx.out() << report.message << Qt::endl;
            break;
        case SyncReport::Outcome::Attention:
            ctx.out() << report.message << Qt::endl;
            if (report.conflicts)
                ctx.err() << "sprintdeck: "
                          << QObject::tr("%n conflicts wait: see them with sync --conflicts, "
                                         "settle each with sync --resolve KEY --keep local|remote",
                                         nullptr, report.conflicts)
                          << Qt::endl;
            exitCode = qMax(exitCode, kExitAttention);
            break;
        case SyncReport::Outcome::Failed:
        case SyncReport::Outcome::Cancelled:
            ctx.fail(report.message);
            exitCode = 1;
            break;
        }
    }
    return exitCode == kExitAttention ? kExitAttention : exitCode;
}

} // namespace SprintDeck::Cli

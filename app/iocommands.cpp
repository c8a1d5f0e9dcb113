#include "app/commandline.h"

#include "core/board/board.h"
#include "core/io/csvexporter.h"
#include "core/io/importer.h"
#include "core/io/importpreview.h"
#include "core/io/jsonbackup.h"
#include "core/io/markdownexporter.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

QString actionName(ImportPreview::Action a)
{
    switch (a) {
    case ImportPreview::Action::Create:
        return u"create"_s;
    case ImportPreview::Action::Update:
        return u"update"_s;
    case ImportPreview::Action::Skip:
        return u"skip"_s;
    }
    return {};
}

void printPreview(Context &ctx, const ImportPreview &preview)
{
    QTextStream &out = ctx.out();
    out << preview.summary() << Qt::endl;
    int keyWidth = 4;
    for (const ImportPreview::Item &item : preview.items())
        keyWidth = qMax(keyWidth, int(item.key.size()));
    for (const ImportPreview::Item &item : preview.items()) {
        out << "  " << actionName(item.action).leftJustified(7) << ' '
            << (item.key.isEmpty() ? u"(new)"_s : item.key).leftJustified(keyWidth) << "  "
            << item.title;
        if (!item.detail.isEmpty())
            out << "  (" << item.detail << ')';
        out << '\n';
    }
    if (!preview.mappings().isEmpty()) {
        out << QObject::tr("Status to column:") << '\n';
        for (const ImportPreview::Mapping &m : preview.mappings())
            out << "  " << m.status << " -> " << m.column
                << (m.byDefault ? QString() : QObject::tr(" (--map)")) << '\n';
    }
    const QStringList warnings = preview.warningTexts();
    if (!warnings.isEmpty()) {
        out << QObject::tr("Warnings:") << '\n';
        for (const QString &w : warnings)
            out << "  " << w << '\n';
    }
    out.flush();
}

/** A backup given to import: only into a board that holds nothing yet. */
int importBackup(Context &ctx, const QString &path, bool dryRun)
{
    Board *board = ctx.board();
    if (!board)
        return 1;
    if (board->cardCount() > 0 || !board->sprints().isEmpty() || !board->members().isEmpty())
        return ctx.fail(
            QObject::tr("%1 is a backup and %2 is not empty; restore it into a new database: "
                        "sprintdeck restore %1 --db NEW")
                .arg(path, ctx.dbPath()));
    if (dryRun) {
        ctx.out()
            << QObject::tr("%1 is a backup; it would be restored into %2").arg(path, ctx.dbPath())
            << Qt::endl;
        return 0;
    }
    if (Status s = JsonBackup::restoreFile(board->database(), path); !s)
        return ctx.fail(s.error());
    if (Status s = board->reload(); !s)
        return ctx.fail(s.error());
    ctx.out() << QObject::tr("Restored %1 into %2: %3 cards")
                     .arg(path, ctx.dbPath())
                     .arg(board->cardCount())
              << Qt::endl;
    return 0;
}

} // namespace

int importCommand(Context &ctx)
{
    CommandLine cl(
        ctx,
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Import markdown status documents and Jira CSV exports (Export CSV (all fields)).\n"
            "Prints what will be created, updated or skipped and the warnings, then writes\n"
            "everything in one step (one undo step in the app). Cards are matched by key, so\n"
            "importing a document again updates its cards. A JSON backup given here is\n"
            "restored, but only into an empty database."));
    cl.addOption({u"dry-run"_s, QCoreApplication::translate(
                                    "SprintDeck::Cli", "Only print what the import would do.")});
    cl.addOption(
        {u"map"_s,
         QCoreApplication::translate(
             "SprintDeck::Cli",
             "Put cards with STATUS in COLUMN (repeatable), e.g. --map \"Ready for QA=Review\"."),
         u"STATUS=COLUMN"_s});
    cl.addPositionalArgument(
        u"FILE"_s,
        QCoreApplication::translate("SprintDeck::Cli",
                                    "Files to import (.md, .csv, or one .json backup)."),
        u"FILE..."_s);
    if (!cl.parse(1, -1, QObject::tr("import needs at least one file")))
        return cl.exitCode();
    const QStringList files = cl.arguments();
    ImportOptions options;
    for (const QString &m : cl.values(u"map"_s))
        if (!options.addMapping(m))
            return ctx.usage(QObject::tr("--map takes STATUS=COLUMN, not \u201c%1\u201d").arg(m));
    const bool dryRun = cl.isSet(u"dry-run"_s);

    for (const QString &f : std::as_const(files)) {
        if (Importer::detect(f) == Importer::Format::Backup && QFileInfo::exists(f)) {
            if (files.size() > 1)
                return ctx.usage(
                    QObject::tr("a backup (%1) is restored on its own, not with other files")
                        .arg(f));
            return importBackup(ctx, f, dryRun);
        }
    }
    // Read every file before touching the board: one bad file imports nothing.
    QList<ImportPlan> plans;
    for (const QString &f : std::as_const(files)) {
        auto plan = Importer::read(f);
        if (!plan)
            return ctx.fail(plan.error());
        plans.append(std::move(plan.value()));
    }
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    auto preview = ImportPreview::build(*board, plans, options);
    if (!preview)
        return ctx.fail(preview.error());
    printPreview(ctx, preview.value());
    if (dryRun)
        return 0;
    if (!preview->hasChanges()) {
        ctx.out() << QObject::tr("Nothing to change.") << Qt::endl;
        return 0;
    }
    if (Status s = preview->apply(*board); !s)
        return ctx.fail(QObject::tr("nothing was imported: %1").arg(s.error()));
    ctx.out() << QObject::tr("Imported into %1.").arg(ctx.dbPath()) << Qt::endl;
    return 0;
}

int exportCommand(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate(
                 "SprintDeck::Cli",
                 "Export the board: json (a full backup with history that `restore` reads back),\n"
                 "csv (Jira's column names; `import` reads it back) or md (a status report of a "
                 "sprint)."));
    cl.addOption({u"format"_s,
                  QCoreApplication::translate("SprintDeck::Cli",
                                              "json, csv or md (default: from the file name)."),
                  u"FORMAT"_s});
    cl.addOption({{u"o"_s, u"output"_s},
                  QCoreApplication::translate("SprintDeck::Cli",
                                              "The file to write (- for standard output)."),
                  u"FILE"_s});
    cl.addOption({u"sprint"_s,
                  QCoreApplication::translate(
                      "SprintDeck::Cli", "Only this sprint (csv; md: default the current sprint)."),
                  u"NAME"_s});
    if (!cl.parse())
        return cl.exitCode();
    const QString output = cl.value(u"output"_s);
    if (output.isEmpty())
        return ctx.usage(QObject::tr("export needs -o FILE"));
    QString format = cl.value(u"format"_s).toLower();
    if (format.isEmpty()) {
        format = QFileInfo(output).suffix().toLower();
        if (format == u"markdown")
            format = u"md"_s;
    }
    if (format != u"json" && format != u"csv" && format != u"md")
        return ctx.usage(QObject::tr("--format takes json, csv or md"));
    if (format == u"json" && cl.isSet(u"sprint"_s))
        return ctx.usage(
            QObject::tr("a json backup holds the whole board; --sprint is for csv and md"));
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    qint64 sprintId = 0;
    if (cl.isSet(u"sprint"_s)) {
        const Sprint *s = cl.sprintNamed(cl.value(u"sprint"_s));
        if (!s)
            return cl.exitCode();
        sprintId = s->id;
    }
    Result<QByteArray> bytes = format == u"json"  ? JsonBackup::write(board->database())
                               : format == u"csv" ? CsvExporter::write(*board, sprintId)
                                                  : MarkdownExporter::write(*board, sprintId);
    if (!bytes)
        return ctx.fail(bytes.error());
    if (output == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size())
            return ctx.fail(QObject::tr("cannot write to standard output"));
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() ||
        !file.commit())
        return ctx.fail(QObject::tr("cannot write %1: %2").arg(output, file.errorString()));
    return 0;
}

int restoreCommand(Context &ctx)
{
    CommandLine cl(
        ctx,
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Restore a JSON backup (from `export --format json`) into a new database:\n"
            "  sprintdeck restore backup.json --db new.sprintdeck\n"
            "The database must not exist yet or hold no board. Nothing is written on error."),
        QCoreApplication::translate("SprintDeck::Cli", "The new database file."));
    cl.addPositionalArgument(u"BACKUP"_s,
                             QCoreApplication::translate("SprintDeck::Cli", "The .json backup."));
    if (!cl.parse(1, 1, QObject::tr("usage: sprintdeck restore BACKUP.json --db NEW")))
        return cl.exitCode();
    const QString backup = cl.argument(0);
    const QString target = ctx.dbPath();
    if (Status restored = JsonBackup::restoreIntoFile(target, backup); !restored)
        return ctx.fail(restored.error());
    ctx.out() << QObject::tr("Restored %1 into %2").arg(backup, target) << Qt::endl;
    return 0;
}

} // namespace SprintDeck::Cli

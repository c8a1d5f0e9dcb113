// The sprint review: `slides` writes the deck, `review` reads and writes the lead's notes.
#include "app/commandline.h"

#include "core/board/board.h"
#include "core/slides/deckexporter.h"
#include "core/slides/reviewnotes.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

/** --sections, --theme and --accent over the settings last chosen in the Slides view. */
bool readDeckSettings(CommandLine &cl, DeckSettings &settings)
{
    if (cl.isSet(u"sections"_s)) {
        auto sections = parseDeckSections(cl.value(u"sections"_s));
        if (!sections)
            return cl.usage(u"--sections: "_s + sections.error());
        if (sections->isEmpty())
            return cl.usage(QObject::tr("--sections needs at least one section"));
        settings.sections = *sections;
    }
    if (cl.isSet(u"theme"_s)) {
        const QString theme = cl.value(u"theme"_s).toLower();
        if (theme != u"light" && theme != u"dark")
            return cl.usage(QObject::tr("--theme takes light or dark, not \u201c%1\u201d")
                                .arg(cl.value(u"theme"_s)));
        settings.dark = theme == u"dark";
    }
    if (cl.isSet(u"accent"_s)) {
        const QColor accent = SlideTheme::parseAccent(cl.value(u"accent"_s));
        if (!accent.isValid())
            return cl.usage(QObject::tr("--accent takes a colour as #RRGGBB, not \u201c%1\u201d")
                                .arg(cl.value(u"accent"_s)));
        settings.accent = accent;
    }
    return true;
}

/** --sprint NAME, the option of every slides and review command. */
void addSprintOption(CommandLine &cl)
{
    cl.addOption(
        {u"sprint"_s,
         QCoreApplication::translate("SprintDeck::Cli", "The sprint (default: the current one)."),
         u"NAME"_s});
}

int slidesCommandImpl(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate(
                 "SprintDeck::Cli",
                 "Write the sprint review deck as PowerPoint (.pptx) or PDF (.pdf).\n"
                 "Sections, theme and accent default to the ones last chosen in the Slides view."));
    addSprintOption(cl);
    cl.addOptions({
        {{u"o"_s, u"output"_s},
         QCoreApplication::translate("SprintDeck::Cli",
                                     "The file to write: FILE.pptx or FILE.pdf."),
         u"FILE"_s},
        {u"sections"_s,
         QCoreApplication::translate("SprintDeck::Cli",
                                     "Comma-separated sections: "
                                     "title,summary,burndown,burnup,velocity,flow,completed,"
                                     "notcompleted,blockers,progress,retro,next (default: as last "
                                     "chosen in the Slides view, else all but flow)."),
         u"LIST"_s},
        {u"theme"_s, QCoreApplication::translate("SprintDeck::Cli", "light or dark."), u"THEME"_s},
        {u"accent"_s, QCoreApplication::translate("SprintDeck::Cli", "Accent colour as #RRGGBB."),
         u"COLOR"_s},
    });
    if (!cl.parseWithoutArguments())
        return cl.exitCode();
    const QString output = cl.value(u"output"_s);
    if (output.isEmpty())
        return ctx.usage(QObject::tr("-o FILE.pptx or -o FILE.pdf is required"));
    if (!DeckExporter::formatFor(output))
        return ctx.usage(
            QObject::tr("-o takes a file ending in .pptx or .pdf, not \u201c%1\u201d").arg(output));

    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    DeckSettings settings = ReviewNotesStore(board->database()).loadSettings();
    if (!readDeckSettings(cl, settings))
        return cl.exitCode();
    const Sprint *sprint = cl.sprintOrCurrent();
    if (!sprint)
        return cl.exitCode();
    auto written = DeckExporter::exportDeck(*board, sprint->id, output, settings);
    if (!written)
        return ctx.fail(written.error());
    ctx.out() << QObject::tr("Wrote %n slide(s) of %1 to %2", nullptr, *written)
                     .arg(sprint->name, QFileInfo(output).absoluteFilePath())
              << Qt::endl;
    return 0;
}

struct FieldOption
{
    ReviewNotes::Field field;
    QCommandLineOption option;
};

QList<FieldOption> fieldOptions()
{
    QList<FieldOption> list;
    for (ReviewNotes::Field f : ReviewNotes::fields()) {
        QStringList names{ReviewNotes::fieldName(f)};
        if (f == ReviewNotes::Field::NextSprint)
            names.append(u"next"_s);
        list.append({f, QCommandLineOption(
                            names,
                            QCoreApplication::translate(
                                "SprintDeck::Cli",
                                "%1: one line per use (repeat for more; an empty text clears it).")
                                .arg(ReviewNotes::fieldTitle(f)),
                            u"TEXT"_s)});
    }
    return list;
}

int reviewSet(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate(
                            "SprintDeck::Cli",
                            "Write the retrospective and next-sprint notes of a sprint (the "
                            "review slides show them).\n"
                            "Only the fields given change."));
    addSprintOption(cl);
    cl.addOption(
        {u"from"_s,
         QCoreApplication::translate(
             "SprintDeck::Cli",
             "Read the notes from a markdown report with headings such as \"What Went Well\", "
             "\"Challenges\", \"Key Learnings\", \"Improvements\" and \"Next Steps\"."),
         u"FILE"_s});
    const QList<FieldOption> fields = fieldOptions();
    for (const FieldOption &f : fields)
        cl.addOption(f.option);
    if (!cl.parseWithoutArguments())
        return cl.exitCode();
    bool any = cl.isSet(u"from"_s);
    for (const FieldOption &f : fields)
        any = any || cl.isSet(f.option);
    if (!any)
        return ctx.usage(
            QObject::tr("give at least one of --from, --went-well, --challenges, --learnings, "
                        "--improvements, --next-sprint"));
    ReviewNotes imported;
    if (cl.isSet(u"from"_s)) {
        QFile file(cl.value(u"from"_s));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(
                QObject::tr("cannot read %1: %2").arg(cl.value(u"from"_s), file.errorString()));
        imported = ReviewNotes::fromMarkdown(QString::fromUtf8(file.readAll()));
        if (imported.isEmpty())
            return ctx.fail(
                QObject::tr("%1 has no retrospective headings (What Went Well, Challenges, Key "
                            "Learnings, Improvements, Next Steps)")
                    .arg(cl.value(u"from"_s)));
    }

    const Sprint *sprint = cl.sprintOrCurrent();
    if (!sprint)
        return cl.exitCode();
    Board *board = cl.board();
    ReviewNotesStore store(board->database());
    auto notes = store.load(sprint->id);
    if (!notes)
        return ctx.fail(notes.error());
    for (ReviewNotes::Field f : ReviewNotes::fields())
        if (!imported.value(f).isEmpty())
            notes->setValue(f, imported.value(f));
    for (const FieldOption &f : fields)
        if (cl.isSet(f.option))
            notes->setValue(f.field, cl.values(f.option).join(u'\n').trimmed());
    if (Status s = store.save(*notes, board->now()); !s)
        return ctx.fail(s.error());
    return 0;
}

int reviewShow(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate(
                 "SprintDeck::Cli", "Show the retrospective and next-sprint notes of a sprint."));
    addSprintOption(cl);
    cl.addOption({u"format"_s,
                  QCoreApplication::translate("SprintDeck::Cli", "Output: table, json or md."),
                  u"FORMAT"_s, u"table"_s});
    if (!cl.parse())
        return cl.exitCode();
    const QString format = cl.value(u"format"_s);
    if (format != u"table" && format != u"json" && format != u"md")
        return ctx.usage(QObject::tr("--format takes table, json or md"));
    const Sprint *sprint = cl.sprintOrCurrent();
    if (!sprint)
        return cl.exitCode();
    ReviewNotesStore store(cl.board()->database());
    auto notes = store.load(sprint->id);
    if (!notes)
        return ctx.fail(notes.error());
    if (format == u"json") {
        QJsonObject o{{u"sprint"_s, sprint->name}};
        for (ReviewNotes::Field f : ReviewNotes::fields())
            o.insert(ReviewNotes::fieldName(f), notes->value(f));
        o.insert(u"updated"_s,
                 notes->updatedAt.isValid() ? notes->updatedAt.toString(Qt::ISODate) : QString());
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (format == u"md") {
        ctx.out() << "## " << sprint->name << " retrospective\n";
        for (ReviewNotes::Field f : ReviewNotes::fields()) {
            ctx.out() << "\n### " << ReviewNotes::fieldTitle(f) << "\n\n";
            for (const QString &item : notes->items(f))
                ctx.out() << "- " << item << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    QList<QStringList> rows;
    for (ReviewNotes::Field f : ReviewNotes::fields()) {
        const QStringList items = notes->items(f);
        if (items.isEmpty())
            rows.append({ReviewNotes::fieldTitle(f), QString()});
        for (int i = 0; i < items.size(); ++i)
            rows.append({i == 0 ? ReviewNotes::fieldTitle(f) : QString(), items.at(i)});
    }
    writeRows(ctx.out(), Format::Table, {QObject::tr("Field"), QObject::tr("Note")}, rows);
    return 0;
}

int reviewClear(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate(
                            "SprintDeck::Cli",
                            "Remove every retrospective and next-sprint note of a sprint."));
    addSprintOption(cl);
    if (!cl.parse())
        return cl.exitCode();
    const Sprint *sprint = cl.sprintOrCurrent();
    if (!sprint)
        return cl.exitCode();
    Board *board = cl.board();
    ReviewNotes empty;
    empty.sprintId = sprint->id;
    if (Status s = ReviewNotesStore(board->database()).save(empty, board->now()); !s)
        return ctx.fail(s.error());
    return 0;
}

} // namespace

int slidesCommand(Context &ctx)
{
    // Cli::main has installed the translations, English plurals included ("3 items").
    return slidesCommandImpl(ctx);
}

int reviewCommand(Context &ctx)
{
    // Outside the brace list below, where lupdate would file it under a wrong context.
    const QString unknownCommand = QObject::tr("unknown review command \u201c%1\u201d");
    return runSubcommand(
        ctx, {{"set", &reviewSet}, {"show", &reviewShow}, {"clear", &reviewClear}},
        {QCoreApplication::translate(
             "SprintDeck::Cli",
             "Usage: sprintdeck review set|show|clear [--sprint NAME] [--db FILE] ...\n"
             "Run 'sprintdeck review COMMAND --help' for the options of each.\n"),
         unknownCommand, true});
}

} // namespace SprintDeck::Cli

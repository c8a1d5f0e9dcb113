#include "cli.h"
#include "output.h"

#include "board/board.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

int backupCommand(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "SprintDeck::Cli",
        "Backups of the database: create one now, list them, restore one.\n"
        "A restore first saves the current state as a \"before-restore\" backup,\n"
        "so restoring that one undoes it."));
    p.addHelpOption();
    p.addOption(
        {u"db"_s, QCoreApplication::translate("SprintDeck::Cli", "The database file."), u"FILE"_s});
    p.addOption({u"folder"_s,
                 QCoreApplication::translate(
                     "SprintDeck::Cli", "Where the backups are (default: the user's data folder)."),
                 u"DIR"_s});
    p.addOption(
        {u"format"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Output of list: table, csv or json."),
         u"FORMAT"_s, u"table"_s});
    p.addPositionalArgument(u"action"_s, u"create, list or restore BACKUP"_s);
    if (!p.parse(ctx.args()))
        return ctx.usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        ctx.out() << ctx.helpText(p);
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    Backups backups(ctx.dbPath(), p.value(u"folder"_s));
    if (action == u"create" && pos.size() == 1) {
        Board *board = ctx.board();
        if (!board)
            return 1;
        auto made = backups.create(board->database());
        if (!made)
            return ctx.fail(made.error());
        ctx.out() << made->path << Qt::endl;
        return 0;
    }
    if (action == u"list" && pos.size() == 1) {
        Format format;
        if (!parseFormat(p.value(u"format"_s), &format) || format == Format::Markdown)
            return ctx.usage(QObject::tr("--format takes table, csv or json"));
        QList<QStringList> rows;
        for (const BackupInfo &b : backups.list())
            rows.append({b.createdAt.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         QLocale::c().formattedDataSize(b.size), b.path});
        writeRows(ctx.out(), format, {u"Created"_s, u"Size"_s, u"Path"_s}, rows);
        return 0;
    }
    if (action == u"restore" && pos.size() == 2) {
        auto restored = backups.restore(pos.at(1));
        if (!restored)
            return ctx.fail(restored.error());
        ctx.out() << QObject::tr("Restored %1 from %2; the previous state is saved as %3")
                         .arg(ctx.dbPath(), pos.at(1), restored->path)
                  << Qt::endl;
        return 0;
    }
    return ctx.usage(QObject::tr("usage: sprintdeck backup create|list|restore BACKUP"));
}

} // namespace SprintDeck::Cli

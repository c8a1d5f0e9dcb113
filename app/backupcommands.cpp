#include "app/commandline.h"

#include "core/board/board.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

int backupCommand(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate(
                            "SprintDeck::Cli",
                            "Backups of the database: create one now, list them, restore one.\n"
                            "A restore first saves the current state as a \"before-restore\" "
                            "backup,\n"
                            "so restoring that one undoes it."));
    cl.addOption(
        {u"folder"_s,
         QCoreApplication::translate("SprintDeck::Cli",
                                     "Where the backups are (default: the user's data folder)."),
         u"DIR"_s});
    cl.addOption(
        {u"format"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Output of list: table, csv or json."),
         u"FORMAT"_s, u"table"_s});
    cl.addPositionalArgument(u"action"_s, u"create, list or restore BACKUP"_s);
    if (!cl.parse())
        return cl.exitCode();
    const QStringList pos = cl.arguments();
    const QString action = pos.value(0);
    Backups backups(ctx.dbPath(), cl.value(u"folder"_s));
    if (action == u"create" && pos.size() == 1) {
        Board *board = cl.board();
        if (!board)
            return cl.exitCode();
        auto made = backups.create(board->database());
        if (!made)
            return ctx.fail(made.error());
        ctx.out() << made->path << Qt::endl;
        return 0;
    }
    if (action == u"list" && pos.size() == 1) {
        Format format;
        if (!cl.tableFormat(cl.value(u"format"_s), &format))
            return cl.exitCode();
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

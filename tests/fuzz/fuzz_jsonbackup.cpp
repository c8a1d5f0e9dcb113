// libFuzzer entry point for the JSON backup reader: any bytes are refused with a
// one-line error or read as a backup; a backup that reads is then restored into
// a new database file, which either takes it whole or is left with nothing.
#include "core/io/jsonbackup.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

struct Files
{
    QTemporaryDir dir;
    QString empty;  ///< a new board database, made once
    QString target; ///< a copy of it for each restore
};

Files *files = nullptr;

qint64 boardRows(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT (SELECT count(*) FROM cards) + (SELECT count(*) FROM sprints) + "
                u"(SELECT count(*) FROM members) + (SELECT count(*) FROM events)"_s) ||
        !q.next())
        __builtin_trap();
    return q.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static Files f;
    files = &f;
    f.empty = f.dir.filePath(u"empty.sprintdeck"_s);
    f.target = f.dir.filePath(u"target.sprintdeck"_s);
    Database::Options options;
    if (!f.dir.isValid() || !Database::open(f.empty, options))
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto backup = JsonBackup::parse(bytes, u"fuzz.json"_s);
    if (!backup) {
        if (backup.error().isEmpty() || backup.error().contains(u'\n'))
            __builtin_trap(); // refusals are one line that says why
        return 0;
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(files->target + suffix);
    if (!QFile::copy(files->empty, files->target))
        __builtin_trap();
    Database::Options options;
    options.create = false;
    auto db = Database::open(files->target, options);
    if (!db)
        __builtin_trap();
    const Status restored = JsonBackup::restore(*db.value(), backup.value(), u"fuzz.json"_s);
    if (!restored && (restored.error().isEmpty() || boardRows(*db.value()) != 0))
        __builtin_trap(); // a failed restore says why and writes nothing
    return 0;
}

#include "core/board/boardfile.h"
#include "core/board/board.h"
#include "core/storage/backups.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace SprintDeck {

Status saveBoardCopy(Board &board, const QString &path)
{
    const QFileInfo target(path);
    const QFileInfo own(board.path());
    if (target.exists() && target.canonicalFilePath() == own.canonicalFilePath())
        return Status::failure(QObject::tr("%1 is the open board; choose another file.").arg(path));
    if (target.isDir())
        return Status::failure(QObject::tr("%1 is a folder; choose a file.").arg(path));
    // Copied next to the target first, so a failed copy leaves an existing file as it was.
    const QString file = target.absoluteFilePath();
    const QString partial = file + u".partial"_s;
    QFile::remove(partial);
    if (Status s = copyDatabase(board.database(), partial); !s)
        return s;
    if (target.exists() && !QFile::remove(file)) {
        QFile::remove(partial);
        return Status::failure(QObject::tr("Cannot replace %1").arg(path));
    }
    // A write-ahead log left by an earlier file of that name belongs to that file.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return Status::failure(QObject::tr("Cannot write %1").arg(path));
    }
    return {};
}

} // namespace SprintDeck

#include "core/storage/backups.h"
#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

const QString kStamp = u"yyyy-MM-dd_HH-mm-ss"_s;

QDateTime stampOf(const QString &fileName)
{
    return QDateTime::fromString(fileName.left(kStamp.size()), kStamp);
}

} // namespace

Status copyDatabase(Database &source, const QString &targetPath)
{
    sqlite3 *from = source.handle();
    if (!from)
        return Status::failure(QObject::tr("The database driver does not allow backups"));
    sqlite3 *to = nullptr;
    const QByteArray target = QFile::encodeName(targetPath);
    if (sqlite3_open_v2(target.constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        const QString error =
            to ? QString::fromUtf8(sqlite3_errmsg(to)) : QObject::tr("out of memory");
        sqlite3_close(to);
        return Status::failure(QObject::tr("Cannot write %1: %2").arg(targetPath, error));
    }
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        // Copy in steps so a large board does not hold the read lock in one go.
        do {
            rc = sqlite3_backup_step(backup, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(10);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(to));
    sqlite3_close(to);
    if (rc != SQLITE_DONE) {
        QFile::remove(targetPath);
        return Status::failure(QObject::tr("Cannot back up to %1: %2").arg(targetPath, error));
    }
    return {};
}

Status rollDailyBackup(const QString &dbPath, int keep)
{
    Database::Options options;
    options.create = false;
    auto db = Database::open(dbPath, options);
    if (!db)
        return Status::failure(db.error());
    return Status::from(Backups(dbPath).rollDaily(*db.value(), keep));
}

Backups::Backups(const QString &dbPath, const QString &folder)
    : m_dbPath(QFileInfo(dbPath).absoluteFilePath())
    , m_folder(folder)
{
    if (m_folder.isEmpty()) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(m_dbPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
        m_folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   u"/backups/"_s + QFileInfo(m_dbPath).completeBaseName() + u'-' + hash;
    }
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> result;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({u"*.sprintdeck"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &f : files) {
        const QDateTime at = stampOf(f.fileName());
        if (at.isValid())
            result.append({f.absoluteFilePath(), at, f.size()});
    }
    return result;
}

Result<BackupInfo> Backups::create(Database &db, const QString &tag)
{
    if (!QDir().mkpath(m_folder))
        return Result<BackupInfo>::failure(
            QObject::tr("Cannot create the backup folder %1").arg(m_folder));
    const QDateTime now = QDateTime::currentDateTime();
    QString name = now.toString(kStamp);
    if (!tag.isEmpty())
        name += u'-' + tag;
    QString path = m_folder + u'/' + name + u".sprintdeck"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = m_folder + u'/' + name + u'-' + QString::number(n) + u".sprintdeck"_s;
    const QString partial = path + u".part"_s;
    QFile::remove(partial);
    if (Status s = copyDatabase(db, partial); !s)
        return Result<BackupInfo>::failure(s.error());
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Result<BackupInfo>::failure(QObject::tr("Cannot write %1").arg(path));
    }
    return BackupInfo{path, now, QFileInfo(path).size()};
}

Result<bool> Backups::rollDaily(Database &db, int keep)
{
    const QDate today = QDate::currentDate();
    QList<BackupInfo> existing = list();
    bool made = false;
    const bool haveToday =
        std::any_of(existing.cbegin(), existing.cend(), [&](const BackupInfo &b) {
            return b.createdAt.date() == today &&
                   !QFileInfo(b.path).completeBaseName().contains(u"before-restore"_s);
        });
    if (!haveToday) {
        auto created = create(db);
        if (!created)
            return Result<bool>::failure(created.error());
        made = true;
        existing = list();
    }
    // Keep the newest daily backups; "before-restore" copies are kept as long as daily ones.
    int daily = 0;
    for (const BackupInfo &b : std::as_const(existing)) {
        if (QFileInfo(b.path).completeBaseName().contains(u"before-restore"_s))
            continue;
        if (++daily > keep)
            QFile::remove(b.path);
    }
    return made;
}

Result<BackupInfo> Backups::restore(const QString &backupPath)
{
    using R = Result<BackupInfo>;
    Database::Options probe;
    probe.create = false;
    // The backup must itself be a readable SprintDeck database.
    {
        Database::Options ro;
        ro.create = false;
        auto check = Database::open(backupPath, ro);
        if (!check)
            return R::failure(check.error());
    }
    BackupInfo saved;
    {
        auto current = Database::open(m_dbPath, probe);
        if (!current) {
            // A damaged file is what a restore is for: keep its bytes, then replace it.
            const QFileInfo file(m_dbPath);
            if (file.exists() && file.isFile() && file.isWritable() &&
                QFileInfo(file.absolutePath()).isWritable())
                return replaceDamaged(backupPath);
            return R::failure(current.error());
        }
        auto before = create(*current.value(), u"before-restore"_s);
        if (!before)
            return R::failure(before.error());
        saved = before.value();
        // Write the backup's pages into the live file in one transaction, so the path and its
        // WAL stay consistent and a SprintDeck that has it open reads the restored board.
        Database::Options ro;
        ro.create = false;
        auto source = Database::open(backupPath, ro);
        if (!source)
            return R::failure(source.error());
        sqlite3 *from = source.value()->handle();
        sqlite3 *to = current.value()->handle();
        if (!from || !to)
            return R::failure(QObject::tr("The database driver does not allow backups"));
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (!backup)
            return R::failure(QString::fromUtf8(sqlite3_errmsg(to)));
        int rc;
        do {
            rc = sqlite3_backup_step(backup, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(10);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return R::failure(QObject::tr("Cannot restore %1: %2")
                                  .arg(backupPath, QString::fromUtf8(sqlite3_errmsg(to))));
        if (Status s = unlinkTeamBoard(to); !s)
            return R::failure(s.error());
    }
    return saved;
}

Status Backups::unlinkTeamBoard(sqlite3 *db)
{
    // A restored replica of a shared board is a board of its own: its copy of the log is older
    // than the server's and than its own edits there. Join the team board again to share it.
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE name = 'team_link'", -1, &q,
                           nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    const bool shared = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    if (!shared)
        return {};
    if (sqlite3_exec(db,
                     "BEGIN; DELETE FROM team_outbox; DELETE FROM team_conflicts; "
                     "DELETE FROM team_ids; DELETE FROM team_link; COMMIT;",
                     nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return Status::failure(error);
    }
    return {};
}

Result<BackupInfo> Backups::replaceDamaged(const QString &backupPath)
{
    using R = Result<BackupInfo>;
    // Two restores of one damaged file take turns. A lock left by a killed restore is stale
    // once its process is gone (or, when it is empty, after a few seconds).
    QLockFile lock(m_dbPath + u".restore-lock"_s);
    lock.setStaleLockTime(5000);
    if (!lock.tryLock(10000))
        return R::failure(
            QObject::tr("%1 is being restored by another SprintDeck; try again when it is done")
                .arg(m_dbPath));
    if (!QDir().mkpath(m_folder))
        return R::failure(QObject::tr("Cannot create the backup folder %1").arg(m_folder));
    // The damaged file and its log are kept byte for byte as the "before-restore" copy.
    const QDateTime now = QDateTime::currentDateTime();
    // Not named *.sprintdeck: a file that cannot be opened is no backup to offer.
    QString path = m_folder + u'/' + now.toString(kStamp) + u"-before-restore.damaged"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = m_folder + u'/' + now.toString(kStamp) + u"-before-restore-"_s + QString::number(n) +
               u".damaged"_s;
    if (!QFile::copy(m_dbPath, path))
        return R::failure(QObject::tr("Cannot save a copy of %1 in %2").arg(m_dbPath, m_folder));
    const QString wal = m_dbPath + u"-wal"_s;
    if (QFileInfo::exists(wal) && !QFile::copy(wal, path + u"-wal"_s)) {
        QFile::remove(path);
        return R::failure(QObject::tr("Cannot save a copy of %1 in %2").arg(wal, m_folder));
    }
    // The backup is copied beside the file first and then renamed over it, so the file is
    // either the damaged one or the whole backup, never a mix.
    const QString partial = m_dbPath + u".restoring"_s;
    QFile::remove(partial);
    {
        Database::Options ro;
        ro.create = false;
        auto source = Database::open(backupPath, ro);
        if (!source)
            return R::failure(source.error());
        if (Status s = copyDatabase(*source.value(), partial); !s)
            return R::failure(s.error());
    }
    {
        sqlite3 *copy = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy,
                                       SQLITE_OPEN_READWRITE, nullptr);
        const Status unlinked = rc == SQLITE_OK
                                    ? unlinkTeamBoard(copy)
                                    : Status::failure(QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(copy);
        if (!unlinked) {
            QFile::remove(partial);
            return R::failure(unlinked.error());
        }
    }
    QFile::remove(m_dbPath + u"-shm"_s);
    QFile::remove(wal);
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(m_dbPath).constData()) != 0) {
        QFile::remove(partial);
        return R::failure(QObject::tr("Cannot replace %1: %2")
                              .arg(m_dbPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return BackupInfo{path, now, QFileInfo(path).size()};
}

} // namespace SprintDeck

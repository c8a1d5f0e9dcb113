#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct sqlite3;

namespace SprintDeck {

class Database;

/** One backup copy of a board database. */
struct BackupInfo
{
    QString path;
    QDateTime createdAt; ///< local time, from the file name
    qint64 size = 0;
};

/**
 * Rolling backups of a board database, written with SQLite's online backup API
 * (a consistent copy while the board stays open). By default one a day, the
 * last seven kept, in the user's data folder under backups/<name>-<hash>/.
 */
class Backups
{
public:
    /** Backups of the database at `dbPath`; `folder` overrides where they live (tests). */
    explicit Backups(const QString &dbPath, const QString &folder = {});

    const QString &folder() const { return m_folder; }
    QList<BackupInfo> list() const; ///< newest first

    /** Writes a backup now; `tag` is added to the name ("before-restore"). */
    Result<BackupInfo> create(Database &db, const QString &tag = {});
    /** Writes today's backup unless one exists, then keeps the newest `keep` daily ones. */
    Result<bool> rollDaily(Database &db, int keep = 7);

    /**
     * Replaces the database file with a backup. The current file is first saved as
     * a "before-restore" backup, so a restore is undone by restoring that. The
     * backup is written into the file in one transaction: a SprintDeck that has the
     * file open reads the restored board (Board::refreshFromStore()). A current file that
     * cannot be opened (damaged, truncated) is kept byte for byte as a
     * "<time>-before-restore.damaged" file (with its write-ahead log) in the backup
     * folder before it is replaced; it is not listed as a backup.
     */
    Result<BackupInfo> restore(const QString &backupPath);

private:
    Result<BackupInfo> replaceDamaged(const QString &backupPath);
    /** Makes a restored replica of a shared board a board of its own. */
    static Status unlinkTeamBoard(sqlite3 *db);

    QString m_dbPath;
    QString m_folder;
};

/**
 * Writes today's rolling backup of the board at `dbPath` on a connection of its
 * own, so it may run on any thread while the board is open elsewhere.
 */
Status rollDailyBackup(const QString &dbPath, int keep = 7);

/** Copies one open SQLite database into a new file (online backup API). */
Status copyDatabase(Database &source, const QString &targetPath);

} // namespace SprintDeck

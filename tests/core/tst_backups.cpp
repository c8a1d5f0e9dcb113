#include "core/board/board.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {
Card titled(const QString &title)
{
    Card c;
    c.title = title;
    return c;
}
QByteArray hash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
QStringList titles(Board &board)
{
    QStringList t;
    for (const Card &c : board.cards())
        t.append(c.title);
    t.sort();
    return t;
}
} // namespace

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void createRestoreAndUndoTheRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.sprintdeck"_s);
        Backups backups(path, dir.filePath(u"backups"_s));
        QString first;
        {
            auto board = std::move(Board::open(path).value());
            QVERIFY(board->addCard(titled(u"Kept"_s)));
            auto made = backups.create(board->database());
            QVERIFY2(made, qPrintable(made.error()));
            first = made->path;
            // The backup was written while the board stayed open and usable.
            QVERIFY(board->addCard(titled(u"Later"_s)));
        }
        QCOMPARE(backups.list().size(), 1);
        // A restore works while the board is open elsewhere, which reads the restored board;
        // its undo history, which would write over the restored board, is gone.
        auto open = Board::open(path);
        QVERIFY(open);
        Board &elsewhere = *open.value();
        QVERIFY(elsewhere.addCard(titled(u"Elsewhere"_s)));
        QCOMPARE(elsewhere.undoStack()->count(), 1);
        auto restored = backups.restore(first);
        QVERIFY2(restored, qPrintable(restored.error()));
        auto refreshed = elsewhere.refreshFromStore();
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QVERIFY(refreshed.value());
        QCOMPARE(titles(elsewhere), QStringList{u"Kept"_s});
        QCOMPARE(elsewhere.undoStack()->count(), 0);
        open.value().reset();
        {
            auto board = std::move(Board::open(path).value());
            QCOMPARE(titles(*board), QStringList{u"Kept"_s});
        }
        // Restoring the saved state undoes the restore.
        QVERIFY(QFile::exists(restored->path));
        QVERIFY(restored->path.contains(u"before-restore"_s));
        QVERIFY(backups.restore(restored->path));
        auto board = std::move(Board::open(path).value());
        QCOMPARE(titles(*board), (QStringList{u"Elsewhere"_s, u"Kept"_s, u"Later"_s}));
    }

    void dailyRollingKeepsSeven()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.sprintdeck"_s);
        const QString folder = dir.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(folder));
        // Ten older daily backups exist already.
        for (int d = 1; d <= 10; ++d) {
            const QString name =
                QDateTime::currentDateTime().addDays(-d).toString(u"yyyy-MM-dd_HH-mm-ss"_s);
            QFile f(folder + u'/' + name + u".sprintdeck"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        Backups backups(path, folder);
        auto board = std::move(Board::open(path).value());
        auto rolled = backups.rollDaily(board->database(), 7);
        QVERIFY2(rolled, qPrintable(rolled.error()));
        QVERIFY(rolled.value());
        const QList<BackupInfo> list = backups.list();
        QCOMPARE(list.size(), 7);
        QCOMPARE(list.first().createdAt.date(), QDate::currentDate());
        QCOMPARE(list.last().createdAt.date(), QDate::currentDate().addDays(-6));
        // A second run on the same day writes nothing new.
        auto again = backups.rollDaily(board->database(), 7);
        QVERIFY(again && !again.value());
        QCOMPARE(backups.list().size(), 7);
    }

    void restoreReplacesADamagedFileKeepingItsBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.sprintdeck"_s);
        Backups backups(path, dir.filePath(u"backups"_s));
        QString saved;
        {
            auto board = std::move(Board::open(path).value());
            QVERIFY(board->addCard(titled(u"Backed up"_s)));
            saved = backups.create(board->database())->path;
        }
        // Half the file is gone, and a stale log lies beside it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.resize(f.size() / 2 + 7));
        f.close();
        QFile wal(path + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::WriteOnly) && wal.write(QByteArray(100, 'w')) == 100);
        wal.close();
        const QByteArray damaged = hash(path);
        QVERIFY(!Board::open(path));

        // The lock of a restore that was killed while it created it (empty, written a while
        // ago) does not hold this one up.
        {
            QFile other(path + u".restore-lock"_s);
            QVERIFY(other.open(QIODevice::WriteOnly));
            QVERIFY(other.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                                      QFileDevice::FileModificationTime));
        }
        auto restored = backups.restore(saved);
        QVERIFY2(restored, qPrintable(restored.error()));
        auto board = Board::open(path);
        QVERIFY2(board, qPrintable(board.error()));
        QCOMPARE(titles(*board.value()), QStringList{u"Backed up"_s});
        // The damaged file and its log are kept byte for byte, and not offered as a backup.
        QVERIFY(restored->path.endsWith(u".damaged"_s));
        QCOMPARE(hash(restored->path), damaged);
        QCOMPARE(hash(restored->path + u"-wal"_s),
                 QCryptographicHash::hash(QByteArray(100, 'w'), QCryptographicHash::Sha256));
        QCOMPARE(backups.list().size(), 1);
    }

    void refusesABackupThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"n.sprintdeck"_s);
        {
            auto board = std::move(Board::open(path).value());
            QVERIFY(board->addCard(titled(u"Mine"_s)));
        }
        const QString bogus = dir.filePath(u"bogus.sprintdeck"_s);
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite");
        f.close();
        Backups backups(path, dir.filePath(u"backups"_s));
        auto r = backups.restore(bogus);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"not a SprintDeck database"_s), qPrintable(r.error()));
        auto board = std::move(Board::open(path).value());
        QCOMPARE(titles(*board), QStringList{u"Mine"_s});
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"

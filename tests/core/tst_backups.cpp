#include "board/board.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {
Card titled(const QString &title)
{
    Card c;
    c.title = title;
    return c;
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
        {
            // A restore needs the board closed: the lock says so.
            auto open = Board::open(path);
            QVERIFY(open);
            auto refused = backups.restore(first);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(u"already open"_s), qPrintable(refused.error()));
        }
        auto restored = backups.restore(first);
        QVERIFY2(restored, qPrintable(restored.error()));
        {
            auto board = std::move(Board::open(path).value());
            QCOMPARE(titles(*board), QStringList{u"Kept"_s});
        }
        // Restoring the saved state undoes the restore.
        QVERIFY(QFile::exists(restored->path));
        QVERIFY(restored->path.contains(u"before-restore"_s));
        QVERIFY(backups.restore(restored->path));
        auto board = std::move(Board::open(path).value());
        QCOMPARE(titles(*board), (QStringList{u"Kept"_s, u"Later"_s}));
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

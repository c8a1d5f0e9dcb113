// Damaged and hostile database files given to the real program: each gets a clear message
// naming the file and the reason, the newest backup is offered when there is one, and the
// file is never modified (checked by its SHA-256). A disk that fills up during edits keeps
// every earlier commit.
#include "core/board/board.h"
#include "core/storage/database.h"
#include "tests/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr uint kNobody = 65534;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

enum class As
{
    Me,
    Unprivileged ///< as a user without root's right to write anywhere (when run as root)
};

Run sprintdeck(const QStringList &args, As as = As::Me, qint64 fileSizeLimit = 0)
{
    QProcess p;
    QString program = TestPaths::binary();
    QStringList full = args;
    if (as == As::Unprivileged && ::geteuid() == 0) {
        full = QStringList{u"--reuid=%1"_s.arg(kNobody), u"--regid=%1"_s.arg(kNobody),
                           u"--clear-groups"_s, program} +
               args;
        program = u"setpriv"_s;
    }
    if (fileSizeLimit > 0) {
        // A file that may not grow past the limit, as on a full disk: writes fail with EFBIG
        // instead of the process being stopped by SIGXFSZ.
        p.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    p.start(program, full);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/** Hashes of the file and everything SQLite could write beside it. */
QStringList fileState(const QString &path)
{
    QStringList state{QString::fromLatin1(fileHash(path))};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        state.append(QFile::exists(path + suffix) ? QString::fromLatin1(fileHash(path + suffix))
                                                  : u"absent"_s);
    return state;
}

bool giveTo(const QString &path, uint uid)
{
    return ::geteuid() != 0 || ::chown(QFile::encodeName(path).constData(), uid, uid) == 0;
}

} // namespace

class TestDamagedFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Children find their backups under this data folder; an unprivileged child must be
        // able to read it.
        QFile::setPermissions(m_home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                 QFileDevice::ExeGroup);
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    }

    void refusedWithReasonAndUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("withBackup");
        const QList<std::pair<QString, QString>> cases = {
            {u"truncated"_s, u"is damaged: the file is truncated"_s},
            {u"zero-filled"_s, u"is not a SprintDeck database: the file holds only zero bytes"_s},
            {u"random bytes"_s, u"is not a SprintDeck database: it is not an SQLite file"_s},
            {u"other program"_s, u"is not a SprintDeck database: it belongs to another program"_s},
            {u"newer schema"_s, u"was written by a newer SprintDeck"_s},
            {u"read-only file"_s, u"the file is read-only"_s},
            {u"read-only folder"_s, u"its folder is read-only"_s},
        };
        for (const auto &[kind, reason] : cases) {
            QTest::addRow("%s", qPrintable(kind)) << kind << reason << false;
            QTest::addRow("%s, with backups", qPrintable(kind)) << kind << reason << true;
        }
    }

    void refusedWithReasonAndUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QFETCH(bool, withBackup);
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        const QString folder = dir.filePath(u"boards"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/team.sprintdeck"_s;
        {
            auto board = std::move(Board::open(path).value());
            for (int i = 0; i < 300; ++i) {
                Card c;
                c.title = u"Card %1 with enough words to fill a few pages"_s.arg(i);
                QVERIFY(board->addCard(c));
            }
        }
        QString backupPath;
        if (withBackup) {
            const Run made = sprintdeck({u"backup"_s, u"create"_s, u"--db"_s, path});
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
            backupPath = made.out.trimmed();
            QVERIFY(QFile::exists(backupPath));
        }
        As as = As::Me;
        if (kind == u"truncated") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.resize(f.size() / 2 + 100));
        } else if (kind == u"zero-filled") {
            QVERIFY(writeFile(path, QByteArray(int(QFileInfo(path).size()), '\0')));
        } else if (kind == u"random bytes") {
            QByteArray random(int(QFileInfo(path).size()), Qt::Uninitialized);
            QRandomGenerator gen(7);
            for (char &c : random)
                c = char(gen.bounded(256));
            QVERIFY(writeFile(path, random));
        } else if (kind == u"other program") {
            QVERIFY(QFile::remove(path));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)"_s));
                QVERIFY(q.exec(u"INSERT INTO moz_places(url) VALUES('https://example.org')"_s));
            }
            QSqlDatabase::removeDatabase(u"other"_s);
        } else if (kind == u"newer schema") {
            auto db = std::move(Database::open(path).value());
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(Database::latestSchemaVersion() + 3)));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        } else if (kind == u"read-only file") {
            as = As::Unprivileged;
            QVERIFY(giveTo(folder, kNobody) && giveTo(path, kNobody));
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        } else if (kind == u"read-only folder") {
            as = As::Unprivileged;
            QVERIFY(giveTo(folder, kNobody) && giveTo(path, kNobody));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                      QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
        }
        if (withBackup && as == As::Unprivileged) {
            // The unprivileged child reads the backup folder of the root test.
            for (QString d = QFileInfo(backupPath).absolutePath();
                 d.startsWith(m_home.path()) && d != m_home.path(); d = QFileInfo(d).absolutePath())
                QFile::setPermissions(d, QFile::permissions(d) | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);
        }
        const QStringList before = fileState(path);

        for (const QStringList &command :
             {QStringList{u"card"_s, u"list"_s},
              QStringList{u"card"_s, u"add"_s, u"--title"_s, u"Written anyway"_s},
              QStringList{u"export"_s, u"--format"_s, u"json"_s, u"-o"_s,
                          dir.filePath(u"out.json"_s)}}) {
            const Run r = sprintdeck(command + QStringList{u"--db"_s, path}, as);
            QVERIFY2(r.exitCode == 1,
                     qPrintable(
                         u"%1: exit %2, %3"_s.arg(command.join(u' ')).arg(r.exitCode).arg(r.err)));
            // The program's own lines (Qt may add warnings of its own, about the environment).
            QStringList lines;
            for (const QString &line : r.err.split(u'\n'))
                if (line.startsWith(u"sprintdeck: "_s))
                    lines.append(line);
            QVERIFY2(!lines.isEmpty(), qPrintable(r.err));
            const QString first = lines.first();
            QVERIFY2(first.startsWith(u"sprintdeck: "_s), qPrintable(r.err));
            QVERIFY2(first.contains(QDir::toNativeSeparators(path)), qPrintable(r.err));
            QVERIFY2(first.contains(reason), qPrintable(r.err));
            if (withBackup) {
                QCOMPARE(lines.size(), 2);
                QVERIFY2(lines.at(1).contains(u"backups of it exist"_s), qPrintable(r.err));
                QVERIFY2(lines.at(1).contains(backupPath), qPrintable(r.err));
                QVERIFY2(lines.at(1).contains(u"sprintdeck backup restore"_s), qPrintable(r.err));
            } else {
                QCOMPARE(lines.size(), 1);
            }
            QCOMPARE(fileState(path), before);
        }
        if (kind == u"read-only folder")
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }

    void openInAnotherInstanceIsNoError()
    {
        // A board open in a window is read and written by scripts; no backup is offered.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"open.sprintdeck"_s);
        auto open = Board::open(path);
        QVERIFY2(open, qPrintable(open.error()));
        Board &holder = *open.value();
        Card first;
        first.title = u"Mine"_s;
        QVERIFY(holder.addCard(first));
        const Run made = sprintdeck({u"backup"_s, u"create"_s, u"--db"_s, path});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        for (const QStringList &command :
             {QStringList{u"card"_s, u"list"_s},
              QStringList{u"card"_s, u"add"_s, u"--title"_s, u"Written alongside"_s},
              QStringList{u"export"_s, u"--format"_s, u"json"_s, u"-o"_s,
                          dir.filePath(u"out.json"_s)},
              QStringList{u"report"_s, u"status"_s}, QStringList{u"sprint"_s, u"list"_s}}) {
            const Run r = sprintdeck(command + QStringList{u"--db"_s, path});
            QVERIFY2(r.exitCode == 0,
                     qPrintable(
                         u"%1: exit %2, %3"_s.arg(command.join(u' ')).arg(r.exitCode).arg(r.err)));
            QVERIFY2(!r.err.contains(u"backup"_s), qPrintable(r.err));
        }
        // The window's Board reads the script's card and keeps working.
        auto refreshed = holder.refreshFromStore();
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QCOMPARE(holder.cardCount(), 2);
        Card mine;
        mine.title = u"Still mine"_s;
        QVERIFY(holder.addCard(mine));
        const Run list = sprintdeck({u"card"_s, u"list"_s, u"--db"_s, path});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(u"Still mine"_s) && list.out.contains(u"Written alongside"_s),
                 qPrintable(list.out));
    }

    void restoringTheOfferedBackupOfADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"zeroed.sprintdeck"_s);
        {
            auto board = std::move(Board::open(path).value());
            Card c;
            c.title = u"Saved before the damage"_s;
            QVERIFY(board->addCard(c));
        }
        const Run made = sprintdeck({u"backup"_s, u"create"_s, u"--db"_s, path});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(writeFile(path, QByteArray(int(QFileInfo(path).size()), '\0')));
        const QByteArray damaged = fileHash(path);
        const Run refused = sprintdeck({u"card"_s, u"list"_s, u"--db"_s, path});
        QCOMPARE(refused.exitCode, 1);
        // The command the message offers works as printed.
        const QString offer = refused.err.section(u"restore it with: "_s, 1).trimmed();
        QVERIFY2(offer.startsWith(u"sprintdeck backup restore "_s), qPrintable(refused.err));
        QStringList args = QProcess::splitCommand(offer);
        args.removeFirst();
        const Run restored = sprintdeck(args);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run list = sprintdeck({u"card"_s, u"list"_s, u"--db"_s, path});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(u"Saved before the damage"_s), qPrintable(list.out));
        // The damaged bytes are kept.
        const QString keptPath = restored.out.section(u"saved as "_s, 1).trimmed();
        QVERIFY2(keptPath.endsWith(u".damaged"_s), qPrintable(restored.out));
        QCOMPARE(fileHash(keptPath), damaged);
    }

    void diskFullDuringEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"full.sprintdeck"_s);
        {
            auto board = std::move(Board::open(path).value());
            for (int i = 0; i < 20; ++i) {
                Card c;
                c.title = u"Committed %1"_s.arg(i);
                QVERIFY(board->addCard(c));
            }
        }
        const qint64 size = QFileInfo(path).size();
        const qint64 limit = qMax<qint64>(size, 64 * 1024) + 16 * 1024;
        // Small edits still fit; one with a large description does not.
        const Run small = sprintdeck(
            {u"card"_s, u"add"_s, u"--title"_s, u"Fits"_s, u"--db"_s, path}, As::Me, limit);
        QVERIFY2(small.exitCode == 0, qPrintable(small.err));
        // An import of 2,000 issues writes far more than the limit leaves room for.
        QByteArray csv = "Summary,Issue key,Status,Description\n";
        for (int i = 0; i < 2000; ++i)
            csv += "Imported issue " + QByteArray::number(i) + ",BIG-" + QByteArray::number(i) +
                   ",To Do,\"" + QByteArray("A long description. ").repeated(15) + "\"\n";
        const QString csvPath = dir.filePath(u"big.csv"_s);
        QVERIFY(writeFile(csvPath, csv));
        int failures = 0;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Run r = sprintdeck({u"import"_s, csvPath, u"--db"_s, path}, As::Me, limit);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(u"sprintdeck: "_s), qPrintable(r.err.left(400)));
            QVERIFY2(r.err.contains(u"Cannot write "_s + QDir::toNativeSeparators(path)) ||
                         r.err.contains(u"Cannot write \u201c"_s + QDir::toNativeSeparators(path)),
                     qPrintable(r.err.left(400)));
            QVERIFY2(r.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
                     qPrintable(r.err.left(400)));
            QCOMPARE(r.err.count(u"sprintdeck: "_s), 1);
            ++failures;
        }
        // Everything committed before is there, nothing half-written, and once there is room
        // again the board takes the import.
        {
            auto board = Board::open(path);
            QVERIFY2(board, qPrintable(board.error()));
            QSqlQuery q(board.value()->database().connection());
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QCOMPARE(board.value()->cardCount(), 21);
            QVERIFY(board.value()->cardByKey(u"BIG-1") == nullptr);
            QStringList titles;
            for (const Card &c : board.value()->cards())
                titles.append(c.title);
            QVERIFY(titles.contains(u"Fits"_s));
            QVERIFY(titles.contains(u"Committed 19"_s));
        }
        const Run later = sprintdeck({u"import"_s, csvPath, u"--db"_s, path});
        QVERIFY2(later.exitCode == 0, qPrintable(later.err.left(400)));
        {
            auto board = std::move(Board::open(path).value());
            QCOMPARE(board->cardCount(), 2021);
        }
        qInfo("disk full: %d refused writes, database intact", failures);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"

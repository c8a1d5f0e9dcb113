#include "core/board/board.h"
#include "core/storage/cardcodec.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/repository.h"
#include "core/storage/walcheckpointer.h"
#include "tests/testpaths.h"

#include "tests/core/sqlcheck.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

Card titled(const QString &title)
{
    Card c;
    c.title = title;
    return c;
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void freshDatabaseIsAtLatestVersion()
    {
        const QString path = m_dir.filePath(u"fresh.sprintdeck"_s);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*db.value(), u"PRAGMA user_version"_s), Database::latestSchemaVersion());
        QCOMPARE(quint32(scalar(*db.value(), u"PRAGMA application_id"_s)),
                 Database::kApplicationId);
        QCOMPARE(scalar(*db.value(), u"PRAGMA foreign_keys"_s), 1);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }

    void olderDatabaseIsMigratedKeepingData()
    {
        const QString path = m_dir.filePath(u"old.sprintdeck"_s);
        {
            Database::Options v1;
            v1.targetVersion = 1;
            auto db = Database::open(path, v1);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), 1);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(
                u"INSERT INTO columns(name, is_done, wip_limit, position) VALUES('Doing', 0, 3, 0)"_s));
            QVERIFY(q.exec(
                u"INSERT INTO sprints(name, start_date, end_date) VALUES('S1', '2025-01-13', '2025-01-24')"_s));
            QVERIFY(q.exec(u"INSERT INTO cards(key, title, column_id, rank, sprint_id, created_at, "
                           u"updated_at) "
                           "VALUES('OLD-1', 'Kept', 1, 1, 1, 1, 1)"_s));
            // Version 1 has no sprint calendar yet.
            QVERIFY(!q.exec(u"SELECT capacity FROM sprints"_s));
        }
        auto board = Board::open(path);
        QVERIFY2(board, qPrintable(board.error()));
        QCOMPARE(board.value()->database().schemaVersion(), Database::latestSchemaVersion());
        const Card *card = board.value()->cardByKey(u"OLD-1");
        QVERIFY(card);
        QCOMPARE(card->title, u"Kept"_s);
        QCOMPARE(board.value()->columns().size(), 1);
        QCOMPARE(board.value()->columns().first().wipLimit, 3);
        QCOMPARE(board.value()->sprints().size(), 1);
        QCOMPARE(board.value()->sprints().first().capacity, 0.0);
    }

    void everyMigrationStepRuns()
    {
        for (int v = 1; v <= Database::latestSchemaVersion(); ++v) {
            const QString path = m_dir.filePath(u"step%1.sprintdeck"_s.arg(v));
            Database::Options o;
            o.targetVersion = v;
            {
                auto db = Database::open(path, o);
                QVERIFY2(db, qPrintable(db.error()));
                QCOMPARE(db.value()->schemaVersion(), v);
            }
            auto latest = Database::open(path);
            QVERIFY2(latest, qPrintable(latest.error()));
            QCOMPARE(latest.value()->schemaVersion(), Database::latestSchemaVersion());
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");

        QTest::newRow("text") << QByteArray("just some text, not a database\n")
                              << u"not an SQLite file"_s;
        QTest::newRow("zeros") << QByteArray(8192, '\0') << u"only zero bytes"_s;
        QByteArray random(16384, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &c : random)
            c = char(gen.bounded(256));
        QTest::newRow("random") << random << u"not an SQLite file"_s;
        QTest::newRow("short header")
            << QByteArray("SQLite format 3\0", 16) << u"not an SQLite file"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(u"bad.sprintdeck"_s);
        QVERIFY(writeFile(path, content));
        const QByteArray before = fileHash(path);
        auto board = Board::open(path);
        QVERIFY(!board);
        QVERIFY2(board.error().contains(reason), qPrintable(board.error()));
        QVERIFY2(board.error().contains(path), qPrintable(board.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void truncatedDatabase()
    {
        const QString path = m_dir.filePath(u"trunc.sprintdeck"_s);
        {
            auto board = Board::open(path);
            QVERIFY(board);
            for (int i = 0; i < 200; ++i)
                QVERIFY(board.value()->addCard(
                    titled(u"Card %1 with some text to fill pages"_s.arg(i))));
        }
        // Checkpoint happened on close; cut the file in the middle of a page.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        QVERIFY(f.resize(size / 2 + 100));
        f.close();
        const QByteArray before = fileHash(path);
        auto board = Board::open(path);
        QVERIFY(!board);
        QVERIFY2(board.error().contains(u"truncated"_s), qPrintable(board.error()));
        QCOMPARE(fileHash(path), before);
    }

    void otherProgramsDatabase()
    {
        const QString path = m_dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO recipes(name) VALUES('bread')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = fileHash(path);
        auto board = Board::open(path);
        QVERIFY(!board);
        QVERIFY2(board.error().contains(u"another program"_s), qPrintable(board.error()));
        QCOMPARE(fileHash(path), before);
    }

    void newerSchema()
    {
        const QString path = m_dir.filePath(u"newer.sprintdeck"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(Database::latestSchemaVersion() + 5)));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = fileHash(path);
        auto board = Board::open(path);
        QVERIFY(!board);
        QVERIFY2(board.error().contains(u"newer SprintDeck"_s), qPrintable(board.error()));
        QCOMPARE(fileHash(path), before);
    }

    void secondInstanceSharesTheFile()
    {
        const QString path = m_dir.filePath(u"shared.sprintdeck"_s);
        auto first = Board::open(path);
        QVERIFY(first);
        QVERIFY(first.value()->addCard(titled(u"Mine"_s)));
        // A second SprintDeck (a script, another window) reads and writes the same file.
        auto second = Board::open(path);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second.value()->cardCount(), 1);
        QVERIFY(second.value()->addCard(titled(u"Theirs"_s)));
        // The first reads the second's card when it looks, and keeps working.
        auto refreshed = first.value()->refreshFromStore();
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QVERIFY(refreshed.value());
        QCOMPARE(first.value()->cardCount(), 2);
        QVERIFY(first.value()->addCard(titled(u"Still mine"_s)));
        QVERIFY(second.value()->refreshFromStore().value());
        QCOMPARE(second.value()->cardCount(), 3);
        QSet<QString> keys;
        for (const Card &c : second.value()->cards())
            keys.insert(c.key);
        QCOMPARE(keys.size(), 3);
    }

    void leftoverLockFilesRefuseNobody_data()
    {
        QTest::addColumn<QByteArray>("content");
        // Older versions held a lock file; one killed while creating it left it empty.
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("a process that is gone") << QByteArray("2147483600\nsprintdeck\nhost\n");
        QTest::newRow("a live process") << QByteArray::number(QCoreApplication::applicationPid()) +
                                               "\nsprintdeck\n" +
                                               QSysInfo::machineHostName().toUtf8() + "\n";
    }

    void leftoverLockFilesRefuseNobody()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(u"leftover.sprintdeck"_s);
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        QFile lock(path + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QCOMPARE(lock.write(content), content.size());
        lock.close();
        for (int i = 0; i < 2; ++i) {
            auto board = Board::open(path);
            QVERIFY2(board, qPrintable(board.error()));
            QVERIFY(board.value()->addCard(titled(u"Card %1"_s.arg(i))));
        }
        auto board = Board::open(path);
        QVERIFY2(board, qPrintable(board.error()));
        QCOMPARE(board.value()->cardCount(), 2);
    }

    void aWriteWaitsForAnotherConnectionsWrite()
    {
        const QString path = m_dir.filePath(u"turns.sprintdeck"_s);
        {
            auto made = Board::open(path);
            QVERIFY2(made, qPrintable(made.error()));
        }
        auto holder = Database::open(path);
        QVERIFY2(holder, qPrintable(holder.error()));
        Database &db = *holder.value();
        std::optional<Transaction> tx(std::in_place, db);
        QVERIFY(tx->isActive());
        QVERIFY(db.setMetaValue(u"written_first"_s, u"yes"_s));
        // Another connection (as another process would) adds a card while this one writes:
        // it waits for the write lock instead of failing.
        QString error = u"not run"_s;
        QAtomicInt started;
        QThread *writer = QThread::create([&] {
            auto board = Board::open(path);
            if (!board) {
                error = board.error();
                return;
            }
            started.storeRelease(1);
            auto added = board.value()->addCard(titled(u"Waited"_s));
            error = added ? QString() : added.error();
        });
        writer->start();
        QTRY_VERIFY(started.loadAcquire() == 1);
        QTest::qWait(300);
        QVERIFY(tx->commit());
        tx.reset();
        QVERIFY(writer->wait(15000));
        delete writer;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto board = Board::open(path);
        QVERIFY2(board, qPrintable(board.error()));
        QCOMPARE(board.value()->cardCount(), 1);
        QCOMPARE(board.value()->database().metaValue(u"written_first"_s), u"yes"_s);
    }

    void logIsCopiedIntoTheFileInTheBackground()
    {
        const QString path = m_dir.filePath(u"logged.sprintdeck"_s);
        const QString wal = path + u"-wal"_s;
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = *opened.value();
        QSqlQuery create(db.connection());
        QVERIFY(create.exec(u"CREATE TABLE blobs(b BLOB NOT NULL)"_s));
        const int rows = WalCheckpointer::kPages + 200; // a page each
        auto writeRows = [&] {
            Transaction tx(db);
            QSqlQuery insert(db.connection());
            if (!tx.isActive() || !insert.prepare(u"INSERT INTO blobs(b) VALUES(zeroblob(?))"_s))
                return false;
            for (int i = 0; i < rows; ++i) {
                insert.addBindValue(3000 + i % 100);
                if (!insert.exec())
                    return false;
            }
            return tx.commit();
        };
        const qint64 fileBefore = QFileInfo(path).size();
        QVERIFY(writeRows());
        // The commit left the pages in the log; the checkpointer's thread copies them.
        QTRY_COMPARE_WITH_TIMEOUT(db.completedCheckpoints(), 1, 10000);
        QVERIFY2(QFileInfo(path).size() >= fileBefore + rows * 4096LL,
                 qPrintable(QString::number(QFileInfo(path).size())));
        const qint64 logAfterFirst = QFileInfo(wal).size();
        QVERIFY(logAfterFirst >= rows * 4096LL);
        // The next writes start the log over instead of making it longer.
        QVERIFY(writeRows());
        QTRY_COMPARE_WITH_TIMEOUT(db.completedCheckpoints(), 2, 10000);
        QVERIFY2(QFileInfo(wal).size() <= logAfterFirst + 64 * 4096,
                 qPrintable(u"%1 after %2"_s.arg(QFileInfo(wal).size()).arg(logAfterFirst)));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM blobs"_s), 2 * rows);
        // Closing hands the last checkpoint back to SQLite, which empties and removes the log.
        opened.value().reset();
        QVERIFY(!QFileInfo::exists(wal));
        auto again = Database::open(path);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(scalar(*again.value(), u"SELECT count(*) FROM blobs"_s), 2 * rows);
    }

    void folderIsNotADatabase()
    {
        auto board = Board::open(m_dir.path());
        QVERIFY(!board);
        QVERIFY(board.error().contains(u"folder"_s));
    }

    void cardCodecCoversTheCardsTable()
    {
        // A column the codec does not know would be lost on every write of a card.
        auto db = Database::open(m_dir.filePath(u"codec.sprintdeck"_s));
        QVERIFY2(db, qPrintable(db.error()));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"PRAGMA table_info(cards)"_s));
        QStringList table;
        while (q.next())
            table.append(q.value(1).toString());
        table.removeOne(u"deleted"_s); // a row's state, not a field of the card
        const QStringList codec =
            QString::fromLatin1(CardCodec::columns()).split(u", "_s, Qt::SkipEmptyParts);
        QCOMPARE(QSet<QString>(codec.cbegin(), codec.cend()),
                 QSet<QString>(table.cbegin(), table.cend()));
    }

    void cardRowRoundTrips()
    {
        // Every field of a card survives an insert, an update and both ways of reading.
        auto db = Database::open(m_dir.filePath(u"roundtrip.sprintdeck"_s));
        QVERIFY2(db, qPrintable(db.error()));
        Repository repo(**db);
        Column column{0, u"Doing"_s, false, 0, 1};
        QVERIFY(repo.insertColumn(column));
        Member m{0, u"Ada"_s, true};
        QVERIFY(repo.insertMember(m));
        Sprint sprint;
        sprint.name = u"Sprint 1"_s;
        sprint.start = QDate(2025, 1, 13);
        sprint.end = QDate(2025, 1, 24);
        QVERIFY(repo.insertSprint(sprint));
        Card c;
        c.key = u"BUG-7"_s;
        c.title = u"Crash on \u00e9t\u00e9"_s;
        c.description = u"line one\nline two"_s;
        c.points = 2.5;
        c.priority = Priority::P1;
        c.type = CardType::Fix;
        c.assigneeId = m.id;
        c.labels = {u"ui"_s, u"crash"_s};
        c.blocked = true;
        c.blockedReason = u"waiting"_s;
        c.checklist = {{u"repro"_s, true, QString(), QString()}};
        c.columnId = column.id;
        c.rank = 1536.25;
        c.sprintId = sprint.id;
        c.createdAt = QDateTime(QDate(2025, 1, 13), QTime(9, 0), Qt::UTC);
        c.updatedAt = QDateTime(QDate(2025, 1, 14), QTime(10, 30), Qt::UTC);
        QVERIFY(repo.insertCard(c));
        QVERIFY(c.id > 0);
        QCOMPARE(repo.loadCard(c.id).value(), c);

        Card edited = c;
        edited.points.reset();
        edited.priority = Priority::P4;
        edited.type = CardType::Task;
        edited.assigneeId = 0;
        edited.labels.clear();
        edited.blocked = false;
        edited.blockedReason.clear();
        edited.checklist.clear();
        edited.sprintId = 0;
        edited.title = u"Crash"_s;
        QVERIFY(repo.updateCard(edited));
        QCOMPARE(repo.loadCards({edited.id}).value(), QList<Card>{edited});
        QList<Card> all;
        QVERIFY(repo.forEachCard([&all](Card &&card) { all.append(std::move(card)); }));
        QCOMPARE(all, QList<Card>{edited});
    }

    void sqlCheckFindsBuiltStatements_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::newRow("concatenated value")
            << u"q.exec(u\"SELECT * FROM cards WHERE key = '\"_s + key + u\"'\"_s);"_s << 1;
        QTest::newRow("arg") << u"db.statement(u\"DELETE FROM cards WHERE id = %1\"_s.arg(id));"_s
                             << 1;
        QTest::newRow("built in a variable, used later")
            << u"void f(QSqlQuery &q, const QString &title)\n{\n    const QString sql = "
               u"QStringLiteral(\"UPDATE cards SET title = '\")\n        + title + "
               u"QStringLiteral(\"'\");\n    q.exec(sql);\n}\n"_s
            << 3;
        QTest::newRow("string builder")
            << u"q.prepare(u\"SELECT id FROM \"_s % table % u\" WHERE x = ?\"_s);"_s << 1;
        QTest::newRow("number") << u"q.exec(\"SELECT * FROM cards LIMIT \" + QString::number(n));"_s
                                << 1;
        QTest::newRow("appended")
            << u"QString sql = u\"SELECT id FROM cards WHERE \"_s;\nsql += column;\n"_s << 2;
        QTest::newRow("raw string")
            << u"q.exec(uR\"(INSERT INTO t VALUES(')\" + v + u\"')\"_s);"_s << 1;
        QTest::newRow("comment does not excuse")
            << u"// identifier\nq.exec(u\"SELECT * FROM \"_s + name);"_s << 2;

        QTest::newRow("bound values") << u"QSqlQuery &q = m_db.statement(\n"
                                         u"    u\"SELECT \"_s + kCardColumns +\n"
                                         u"    u\" FROM cards WHERE id = ?\"_s);\n"
                                         u"q.addBindValue(id);"_s
                                      << 0;
        QTest::newRow("pragma") << u"q.exec(u\"PRAGMA user_version=%1\"_s.arg(v));"_s << 0;
        QTest::newRow("message") << u"tr(\"Cannot update %1: %2\").arg(path, error);"_s << 0;
        QTest::newRow("identifiers only, said so")
            << u"// Identifiers only (checked against the schema), never values.\n"
               u"q.exec(u\"DELETE FROM \"_s + quoted(table));"_s
            << 0;
        QTest::newRow("placeholders only, said so")
            << u"QByteArray sql = \"INSERT INTO t(a, b) VALUES\";\n"
               u"for (int r = 0; r < rows; ++r) // placeholders only\n"
               u"    sql += r == 0 ? \"(?,?)\" : \",(?,?)\";"_s
            << 0;
        QTest::newRow("appended without saying so")
            << u"QByteArray sql = \"INSERT INTO t(a, b) VALUES\";\n"
               u"for (int r = 0; r < rows; ++r)\n"
               u"    sql += r == 0 ? \"(?,?)\" : \",(?,?)\";"_s
            << 3;
        QTest::newRow("literal in a comment") << u"// \"SELECT \" + x is what we never do\n"_s << 0;
    }

    void sqlCheckFindsBuiltStatements()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        const QList<SqlCheck::Finding> found = SqlCheck::findBuiltSql(source);
        if (line == 0) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).statement));
        } else {
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().line, line);
        }
    }

    void onlyPreparedStatements()
    {
        // SQL text is never assembled from values, in any part of the program: values are bound.
        QStringList offenders;
        int files = 0;
        for (const char *folder : {"core", "app", "ui"}) {
            QDirIterator it(TestPaths::sourceDir() + u'/' + QLatin1String(folder),
                            {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                for (const SqlCheck::Finding &found :
                     SqlCheck::findBuiltSql(QString::fromUtf8(f.readAll())))
                    offenders.append(u"%1:%2: %3"_s.arg(file).arg(found.line).arg(found.statement));
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u"\n"_s)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

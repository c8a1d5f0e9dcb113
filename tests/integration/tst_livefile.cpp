// A board open in a window while scripts use the same file: read commands work, writes from
// other processes appear in the open board within a second through its models' row signals,
// the window's undo never reverts another process's change, and a command killed at any
// moment never keeps the next one out.
#include "tests/integration/clirunner.h"
#include "tests/testpaths.h"

#include "core/board/board.h"
#include "core/board/storewatcher.h"
#include "core/models/cardlistmodel.h"
#include "core/storage/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

/** How long a change may take to appear in the open board (the watcher looks every 300 ms). */
constexpr int kVisibleWithinMs = 1500;

Card titled(const QString &title)
{
    Card c;
    c.title = title;
    return c;
}

QString runFailure(const QStringList &args, const CliRun &r)
{
    return u"%1: exit %2, %3"_s.arg(args.join(u' ')).arg(r.exitCode).arg(r.err);
}

} // namespace

class TestLiveFile : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"team.sprintdeck"_s);
        auto opened = Board::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        m_watcher = std::make_unique<StoreWatcher>(m_board.get());
        // A started sprint with a few cards, as a lead has it on the screen.
        Sprint sprint;
        sprint.name = u"Sprint 1"_s;
        sprint.start = QDate::currentDate().addDays(-2);
        sprint.end = QDate::currentDate().addDays(12);
        auto created = m_board->createSprint(sprint);
        QVERIFY2(created, qPrintable(created.error()));
        m_sprintId = created.value();
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i) {
            Card c = titled(u"Story %1"_s.arg(i));
            c.points = i;
            auto added = m_board->addCard(c);
            QVERIFY2(added, qPrintable(added.error()));
            ids.append(added.value());
        }
        QVERIFY(m_board->planCards(m_sprintId, ids));
        QVERIFY(m_board->startSprint(m_sprintId));
        m_board->undoStack()->clear();
    }

    void cleanup()
    {
        m_watcher.reset();
        m_board.reset();
        m_dir.reset();
    }

    void readCommandsWorkWhileTheBoardIsOpen_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("report status") << QStringList{u"report"_s, u"status"_s} << u"Sprint 1"_s;
        QTest::newRow("card list") << QStringList{u"card"_s, u"list"_s} << u"Story 2"_s;
        QTest::newRow("card show") << QStringList{u"card"_s, u"show"_s, u"SD-3"_s} << u"Story 3"_s;
        QTest::newRow("sprint list") << QStringList{u"sprint"_s, u"list"_s} << u"Sprint 1"_s;
        QTest::newRow("report burndown")
            << QStringList{u"report"_s, u"burndown"_s, u"--sprint"_s, u"Sprint 1"_s} << QString();
    }

    void readCommandsWorkWhileTheBoardIsOpen()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QStringList full = args + QStringList{u"--db"_s, m_path};
        const CliRun r = runSprintDeck(full);
        QVERIFY2(r.exitCode == 0, qPrintable(runFailure(full, r)));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        // The open board is untouched and still writes.
        QVERIFY(m_board->addCard(titled(u"After the report"_s)));
    }

    void scriptWritesAppearInTheOpenBoard()
    {
        const Column *done = m_board->column(m_board->firstDoneColumnId());
        QVERIFY(done);
        CardListModel todo(m_board.get());
        todo.setList(m_sprintId, m_board->firstColumnId());
        CardListModel finished(m_board.get());
        finished.setList(m_sprintId, done->id);
        QCOMPARE(todo.rowCount(), 3);
        QCOMPARE(finished.rowCount(), 0);
        QSignalSpy resets(&finished, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&finished, &QAbstractItemModel::rowsInserted);

        const Card before = *m_board->cardByKey(u"SD-2");
        const QList<Event> historyBefore = m_board->history(before.id).value();
        const QStringList move{u"card"_s,  u"move"_s, u"SD-2"_s, u"--to"_s,
                               done->name, u"--db"_s, m_path};
        const CliRun moved = runSprintDeck(move);
        QVERIFY2(moved.exitCode == 0, qPrintable(runFailure(move, moved)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.rowCount(), 1, kVisibleWithinMs);
        QCOMPARE(todo.rowCount(), 2);
        QCOMPARE(finished.cardId(0), before.id);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        // The card's history is the earlier one plus the script's move.
        const QList<Event> history = m_board->history(before.id).value();
        QCOMPARE(history.size(), historyBefore.size() + 1);
        QVERIFY(history.mid(0, historyBefore.size()) == historyBefore);
        QVERIFY(history.last().kind == Event::Kind::Moved);
        QCOMPARE(history.last().newValue, QString::number(done->id));

        const QStringList add{
            u"card"_s,     u"add"_s,      u"--title"_s,    u"Added by the script"_s,
            u"--sprint"_s, u"Sprint 1"_s, u"--assignee"_s, u"Newcomer"_s,
            u"--db"_s,     m_path};
        const CliRun added = runSprintDeck(add);
        QVERIFY2(added.exitCode == 0, qPrintable(runFailure(add, added)));
        QTRY_COMPARE_WITH_TIMEOUT(todo.rowCount(), 3, kVisibleWithinMs);
        const Card *script = m_board->cardByKey(u"SD-4");
        QVERIFY(script);
        QCOMPARE(script->title, u"Added by the script"_s);
        QVERIFY(m_board->memberByName(u"Newcomer"));
        QCOMPARE(m_board->member(script->assigneeId)->name, u"Newcomer"_s);
        QVERIFY(m_board->history(script->id).value().first().kind == Event::Kind::Created);
        // The window goes on with the next key.
        auto mine = m_board->addCard(titled(u"Added in the window"_s));
        QVERIFY2(mine, qPrintable(mine.error()));
        QCOMPARE(m_board->card(mine.value())->key, u"SD-5"_s);
    }

    void undoNeverRevertsAnotherProcessesChange()
    {
        const Card *first = m_board->cardByKey(u"SD-1");
        const Card *second = m_board->cardByKey(u"SD-2");
        const qint64 firstId = first->id, secondId = second->id;
        const qint64 startColumn = first->columnId;
        const qint64 review = m_board->columnByName(u"Review")->id;
        const qint64 doing = m_board->columnByName(u"In Progress")->id;
        // The window moves SD-1; a script moves SD-3, which the window never touched: the
        // window's undo history stays and undoes only its own move.
        QVERIFY(m_board->moveCards({firstId}, m_sprintId, doing));
        const QStringList other{u"card"_s,   u"move"_s, u"SD-3"_s, u"--to"_s,
                                u"Review"_s, u"--db"_s, m_path};
        QVERIFY(runSprintDeck(other).exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_board->cardByKey(u"SD-3")->columnId, review, kVisibleWithinMs);
        QCOMPARE(m_board->undoStack()->count(), 1);
        m_board->undoStack()->undo();
        QCOMPARE(m_board->card(firstId)->columnId, startColumn);
        QCOMPARE(m_board->cardByKey(u"SD-3")->columnId, review);
        m_board->undoStack()->redo();
        QCOMPARE(m_board->card(firstId)->columnId, doing);

        // A script moves SD-1 too: undoing the window's move would overwrite it, so the
        // history is cleared as soon as the window reads the change.
        const QStringList same{u"card"_s,   u"move"_s, u"SD-1"_s, u"--to"_s,
                               u"Review"_s, u"--db"_s, m_path};
        QVERIFY(runSprintDeck(same).exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_board->card(firstId)->columnId, review, kVisibleWithinMs);
        QCOMPARE(m_board->undoStack()->count(), 0);

        // An undo pressed before the window looked is refused and changes nothing.
        QVERIFY(m_board->moveCards({secondId}, m_sprintId, doing));
        const QStringList race{u"card"_s, u"move"_s, u"SD-2"_s, u"--to"_s,
                               u"Done"_s, u"--db"_s, m_path};
        m_watcher.reset(); // no look between the script's write and the undo
        QVERIFY(runSprintDeck(race).exitCode == 0);
        QSignalSpy refused(m_board.get(), &Board::errorOccurred);
        m_board->undoStack()->undo();
        QCOMPARE(refused.count(), 1);
        const qint64 done = m_board->firstDoneColumnId();
        QCOMPARE(m_board->card(secondId)->columnId, done);
        QTRY_COMPARE(m_board->undoStack()->count(), 0);
        auto reread = Board::open(m_path);
        QVERIFY2(reread, qPrintable(reread.error()));
        QCOMPARE(reread.value()->card(secondId)->columnId, done);
    }

    void killedCommandsNeverLockTheBoard()
    {
        // Moves from the command line, about a third killed at a random moment of their run,
        // while the window keeps the board open and follows the changes.
        const QStringList columns = [this] {
            QStringList names;
            for (const Column &c : m_board->columns())
                names.append(c.name);
            return names;
        }();
        QRandomGenerator random(20261207);
        constexpr int kMoves = 60;
        // A run of an ordinary command, to spread the kills over the whole of one.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runSprintDeck({u"card"_s, u"list"_s, u"--db"_s, m_path}).exitCode == 0);
        const int runMs = int(std::clamp<qint64>(timer.elapsed(), 20, 2000));
        int killed = 0, completed = 0;
        for (int i = 0; i < kMoves; ++i) {
            const QString key = u"SD-%1"_s.arg(1 + random.bounded(3));
            const QString column = columns.at(random.bounded(int(columns.size())));
            const QStringList args{u"card"_s, u"move"_s, key, u"--to"_s, column, u"--db"_s, m_path};
            QProcess p;
            p.start(TestPaths::binary(), args);
            QVERIFY(p.waitForStarted());
            if (random.bounded(3) == 0) {
                QTest::qWait(random.bounded(runMs + runMs / 2));
                p.kill(); // SIGKILL
                p.waitForFinished();
                ++killed;
                continue;
            }
            QVERIFY2(p.waitForFinished(30000), qPrintable(args.join(u' ')));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(args.join(u' ') + u": "_s +
                                QString::fromUtf8(p.readAllStandardError())));
            ++completed;
            // The window reads every change the moment it looks.
            QTRY_COMPARE_WITH_TIMEOUT(m_board->cardByKey(key)->columnId,
                                      m_board->columnByName(column)->id, kVisibleWithinMs);
        }
        qInfo("%d moves completed, %d killed", completed, killed);
        QVERIFY(killed >= kMoves / 5);

        auto reread = Board::open(m_path);
        QVERIFY2(reread, qPrintable(reread.error()));
        Board &after = *reread.value();
        QSqlQuery q(after.database().connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        q.finish();
        QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!q.next());
        // Each move is one transaction with its event: a card's column is its last move's.
        // And the open window holds what is on disk.
        QTRY_VERIFY_WITH_TIMEOUT(m_board->cards() == after.cards(), kVisibleWithinMs);
        for (const Card &c : after.cards()) {
            const QList<Event> history = after.history(c.id).value();
            QString lastColumn;
            for (const Event &e : history)
                if (e.kind == Event::Kind::Moved)
                    lastColumn = e.newValue;
            QCOMPARE(lastColumn, QString::number(c.columnId));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<StoreWatcher> m_watcher;
    qint64 m_sprintId = 0;
};

QTEST_GUILESS_MAIN(TestLiveFile)
#include "tst_livefile.moc"

// Save As copies, cancellable batches and the working week of new sprints.
#include "core/board/batchprogress.h"
#include "core/board/board.h"
#include "core/board/boardbatch.h"
#include "core/board/boardfile.h"
#include "core/board/demo.h"
#include "core/domain/workweek.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Board> openBoard(const QString &path)
{
    auto opened = Board::open(path);
    return opened ? std::move(opened.value()) : nullptr;
}

/** A batch that creates `n` cards in the first column, each with two dated steps. */
BoardBatch cardsBatch(const Board &board, int n)
{
    BoardBatch batch;
    for (int i = 0; i < n; ++i) {
        Card c;
        c.key = u"IMP-%1"_s.arg(i + 1);
        c.title = u"Imported card %1"_s.arg(i + 1);
        c.columnId = board.columns().first().id;
        Card later = c;
        later.points = 3;
        batch.cards.append({CardStep{c, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)},
                            CardStep{later, QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC)}});
    }
    return batch;
}

} // namespace

class TestBoardFile : public QObject
{
    Q_OBJECT

private slots:
    void saveCopyWritesAWorkingCopy()
    {
        QTemporaryDir dir;
        auto board = openBoard(dir.filePath(u"team.sprintdeck"_s));
        QVERIFY(board);
        QVERIFY(fillDemo(*board));
        const int cards = board->cardCount();
        const QString copy = dir.filePath(u"copy.sprintdeck"_s);
        // A file in the way is replaced once the copy is complete.
        {
            QFile old(copy);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("not a board");
        }
        QVERIFY(saveBoardCopy(*board, copy));
        QVERIFY(!QFile::exists(copy + u".partial"_s));
        auto copied = openBoard(copy);
        QVERIFY(copied);
        QCOMPARE(copied->cardCount(), cards);
        QCOMPARE(copied->sprints().size(), board->sprints().size());
        // The two files are independent.
        QVERIFY(copied->addCard([&] {
            Card c;
            c.title = u"Only in the copy"_s;
            c.columnId = copied->columns().first().id;
            return c;
        }()));
        QCOMPARE(board->cardCount(), cards);
        QCOMPARE(copied->cardCount(), cards + 1);
    }

    void saveCopyRefusesItselfAndBadPlaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.sprintdeck"_s);
        auto board = openBoard(path);
        QVERIFY(board);
        QVERIFY(fillDemo(*board));
        const Status self = saveBoardCopy(*board, path);
        QVERIFY(!self);
        QVERIFY(self.error().contains(u"open board"_s));
        QVERIFY(!saveBoardCopy(*board, dir.path()));
        const Status missing = saveBoardCopy(*board, dir.filePath(u"no/such/dir/x.sprintdeck"_s));
        QVERIFY(!missing);
        QVERIFY(!missing.error().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"no"_s)));
        QVERIFY(board->cardCount() > 0); // the board is as it was
    }

    void cancelledBatchWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.sprintdeck"_s);
        auto board = openBoard(path);
        QVERIFY(board);
        QList<qsizetype> reported;
        {
            const BatchProgressScope scope(board.get(), [&](qsizetype done, qsizetype total) {
                reported.append(done);
                return !(total == 100 && done >= 64); // cancel two thirds in
            });
            const Status s = board->applyBatchAction(cardsBatch(*board, 100), u"Import"_s);
            QVERIFY(!s);
        }
        QCOMPARE(reported, (QList<qsizetype>{0, 32, 64}));
        QCOMPARE(board->cardCount(), 0);
        QCOMPARE(board->undoStack()->count(), 0);
        auto reader = openBoard(path);
        QVERIFY(reader);
        QCOMPARE(reader->cardCount(), 0);
        reader.reset();

        // The scope is spent: the next batch runs without it, and keys are free again.
        QVERIFY(board->applyBatchAction(cardsBatch(*board, 100), u"Import"_s));
        QCOMPARE(board->cardCount(), 100);
        QVERIFY(board->cardByKey(u"IMP-1"_s));
    }

    void progressReachesTheEnd()
    {
        QTemporaryDir dir;
        auto board = openBoard(dir.filePath(u"team.sprintdeck"_s));
        QVERIFY(board);
        qsizetype last = -1, lastTotal = -1;
        bool forward = true;
        {
            const BatchProgressScope scope(board.get(), [&](qsizetype done, qsizetype total) {
                forward = forward && done >= last;
                last = done;
                lastTotal = total;
                return true;
            });
            QVERIFY(board->applyBatchAction(cardsBatch(*board, 40), u"Import"_s));
        }
        QVERIFY(forward);
        QCOMPARE(last, 40);
        QCOMPARE(lastTotal, 40);
        QCOMPARE(board->cardCount(), 40);
        QCOMPARE(board->undoStack()->count(), 1);
    }

    void workingWeekdays_data()
    {
        QTest::addColumn<QList<int>>("weekdays");
        QTest::addColumn<int>("working");
        QTest::addColumn<QList<int>>("holidayOffsets");
        QTest::addColumn<QList<int>>("extraOffsets");
        // Monday 2 March 2026 to Sunday 15 March: two whole weeks.
        QTest::newRow("Monday to Friday")
            << QList<int>{1, 2, 3, 4, 5} << 10 << QList<int>{} << QList<int>{};
        QTest::newRow("Monday to Thursday")
            << QList<int>{1, 2, 3, 4} << 8 << QList<int>{4, 11} << QList<int>{};
        QTest::newRow("Sunday to Thursday")
            << QList<int>{7, 1, 2, 3, 4} << 10 << QList<int>{4, 11} << QList<int>{6, 13};
        QTest::newRow("every day")
            << QList<int>{1, 2, 3, 4, 5, 6, 7} << 14 << QList<int>{} << QList<int>{5, 6, 12, 13};
    }

    void workingWeekdays()
    {
        QFETCH(QList<int>, weekdays);
        QFETCH(int, working);
        QFETCH(QList<int>, holidayOffsets);
        QFETCH(QList<int>, extraOffsets);
        const QDate monday(2026, 3, 2);
        Sprint s;
        s.start = monday;
        s.end = monday.addDays(13);
        s.holidays = {monday}; // replaced, not added to
        setWorkingWeekdays(s, weekdays);
        QCOMPARE(s.workingDays(), working);
        QList<QDate> holidays, extra;
        for (int d : holidayOffsets)
            holidays.append(monday.addDays(d));
        for (int d : extraOffsets)
            extra.append(monday.addDays(d));
        QCOMPARE(s.holidays, holidays);
        QCOMPARE(s.extraWorkdays, extra);
        for (QDate d = s.start; d <= s.end; d = d.addDays(1))
            QCOMPARE(s.isWorkingDay(d), weekdays.contains(d.dayOfWeek()));
    }
};

QTEST_GUILESS_MAIN(TestBoardFile)
#include "tst_boardfile.moc"

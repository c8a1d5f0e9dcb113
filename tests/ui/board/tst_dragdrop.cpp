#include "tests/ui/boardfixture.h"

#include "tests/ui/mousedrag.h"
#include "ui/board/backlogpanel.h"
#include "ui/board/boardview.h"
#include "ui/board/cardactions.h"
#include "ui/board/cardlistview.h"
#include "ui/shell/mainwindow.h"

#include "core/board/board.h"
#include "core/models/cardlistmodel.h"

#include <QApplication>
#include <QDrag>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

/**
 * Real drag and drop with the mouse, on a real window system: the press and
 * the first move go to the card list, which starts QDrag::exec(); that runs
 * its own event loop, so the rest of the gesture (moves, release) is sent to
 * the window from a timer while the drag is in progress.
 */
class TestDragDrop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dragToNextColumn();
    void dragToReorderWithinColumn();
    void dragSeveralCards();
    void dragFromBacklogToBoard();
    void dragBetweenLanesChangesPriority();

private:
    /** Drags from `from` in `source` to `to` in `target` (viewport coordinates). */
    void drag(CardListView *source, QPoint from, CardListView *target, QPoint to);
    CardListView *cell(const QString &column, qint64 lane = 0) const
    {
        return m_view->cell(m_board->columnByName(column)->id, lane);
    }
    QPoint cardCenter(CardListView *view, const QString &key) const
    {
        const int row = view->cardModel()->rowOf(m_board->cardByKey(key)->id);
        return view->visualRect(view->model()->index(row, 0)).center();
    }
    QStringList keysIn(const CardListView *view) const
    {
        QStringList keys;
        for (qint64 id : view->cardModel()->cardIds())
            keys.append(m_board->card(id)->key);
        return keys;
    }
    QStringList dbKeys(qint64 sprintId, const QString &column) const
    {
        auto fresh = TestFixture::reopen(m_path);
        QStringList keys;
        for (qint64 id : fresh->cardsIn(sprintId, fresh->columnByName(column)->id))
            keys.append(fresh->card(id)->key);
        return keys;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    Board *m_board = nullptr;
    BoardView *m_view = nullptr;
};

void TestDragDrop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Offscreen cannot drag; this test needs a window system that can.
    QVERIFY2(QGuiApplication::platformName() != u"offscreen",
             "run under xcb (Xvfb) or -platform minimal, not offscreen");
    qInfo("window system: %s", qPrintable(QGuiApplication::platformName()));
}

void TestDragDrop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"drag.sprintdeck"_s);
    auto board = TestFixture::makeBoard(m_path);
    QVERIFY(board);
    m_window = std::make_unique<MainWindow>(std::move(board));
    m_board = m_window->board();
    m_view = m_window->boardView();
    m_window->setGeometry(20, 20, 1500, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(100);
}

void TestDragDrop::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestDragDrop::drag(CardListView *source, QPoint from, CardListView *target, QPoint to)
{
    dragWithMouse(m_window.get(), source, from, target, to);
}

void TestDragDrop::dragToNextColumn()
{
    CardListView *todo = cell(u"To Do"_s);
    CardListView *doing = cell(u"In Progress"_s);
    const qint64 id = m_board->cardByKey(u"T-2")->id;
    // Drop onto the upper half of T-5: before it.
    QPoint to = cardCenter(doing, u"T-5"_s) - QPoint(0, 12);
    drag(todo, cardCenter(todo, u"T-2"_s), doing, to);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_board->card(id)->columnId, m_board->columnByName(u"In Progress")->id);
    QCOMPARE(keysIn(doing), QStringList({u"T-2"_s, u"T-5"_s}));
    QCOMPARE(keysIn(todo), QStringList({u"T-1"_s, u"T-3"_s, u"T-4"_s}));
    const qint64 sprint = m_view->sprintId();
    QCOMPARE(dbKeys(sprint, u"In Progress"_s), QStringList({u"T-2"_s, u"T-5"_s}));
    QCOMPARE(dbKeys(sprint, u"To Do"_s), QStringList({u"T-1"_s, u"T-3"_s, u"T-4"_s}));
    QCOMPARE(m_board->undoStack()->count(), 1);
    // The dropped card is selected where it landed.
    QCOMPARE(doing->selectedCardIds(), QList<qint64>{id});

    m_board->undoStack()->undo();
    QCOMPARE(dbKeys(sprint, u"To Do"_s), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));
}

void TestDragDrop::dragToReorderWithinColumn()
{
    CardListView *todo = cell(u"To Do"_s);
    QPoint to = cardCenter(todo, u"T-1"_s) - QPoint(0, 15);
    drag(todo, cardCenter(todo, u"T-4"_s), todo, to);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(keysIn(todo), QStringList({u"T-4"_s, u"T-1"_s, u"T-2"_s, u"T-3"_s}));
    QCOMPARE(dbKeys(m_view->sprintId(), u"To Do"_s),
             QStringList({u"T-4"_s, u"T-1"_s, u"T-2"_s, u"T-3"_s}));

    // Dropping a card back where it already is records nothing.
    const int steps = m_board->undoStack()->count();
    drag(todo, cardCenter(todo, u"T-2"_s), todo, cardCenter(todo, u"T-2"_s) + QPoint(0, 5));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(keysIn(todo), QStringList({u"T-4"_s, u"T-1"_s, u"T-2"_s, u"T-3"_s}));
    QCOMPARE(m_board->undoStack()->count(), steps);
}

void TestDragDrop::dragSeveralCards()
{
    CardListView *todo = cell(u"To Do"_s);
    CardListView *review = cell(u"Review"_s);
    todo->setFocus();
    QVERIFY(todo->selectCards({m_board->cardByKey(u"T-1")->id, m_board->cardByKey(u"T-3")->id}));
    // Pressing on a selected card keeps the selection for the drag.
    drag(todo, cardCenter(todo, u"T-3"_s), review, QPoint(review->viewport()->width() / 2, 40));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(keysIn(review), QStringList({u"T-1"_s, u"T-3"_s}));
    QCOMPARE(dbKeys(m_view->sprintId(), u"Review"_s), QStringList({u"T-1"_s, u"T-3"_s}));
    QCOMPARE(m_board->undoStack()->count(), 1);
}

void TestDragDrop::dragFromBacklogToBoard()
{
    CardListView *backlog = m_window->backlogPanel()->listView();
    CardListView *review = cell(u"Review"_s);
    drag(backlog, cardCenter(backlog, u"T-7"_s), review,
         QPoint(review->viewport()->width() / 2, 30));
    if (QTest::currentTestFailed())
        return;
    const Card *c = m_board->cardByKey(u"T-7");
    QCOMPARE(c->sprintId, m_view->sprintId());
    QCOMPARE(c->columnId, m_board->columnByName(u"Review")->id);
    QCOMPARE(dbKeys(m_view->sprintId(), u"Review"_s), QStringList({u"T-7"_s}));
    QCOMPARE(backlog->model()->rowCount(), 0);

    // And back to the backlog.
    drag(review, cardCenter(review, u"T-7"_s), backlog,
         QPoint(backlog->viewport()->width() / 2, 20));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_board->cardByKey(u"T-7")->sprintId, 0);
    QCOMPARE(keysIn(backlog), QStringList({u"T-7"_s}));
    QCOMPARE(m_board->undoStack()->count(), 2);
}

void TestDragDrop::dragBetweenLanesChangesPriority()
{
    m_view->setLaneMode(LaneMode::Priority);
    QTest::qWait(50);
    CardListView *from = cell(u"To Do"_s, 3);
    CardListView *to = cell(u"In Progress"_s, 1);
    QVERIFY(from->isVisible() && to->isVisible());
    drag(from, cardCenter(from, u"T-4"_s), to, QPoint(to->viewport()->width() / 2, 10));
    if (QTest::currentTestFailed())
        return;
    const Card *c = m_board->cardByKey(u"T-4");
    QCOMPARE(c->priority, Priority::P1);
    QCOMPARE(c->columnId, m_board->columnByName(u"In Progress")->id);
    QCOMPARE(m_board->undoStack()->count(), 1);
    auto fresh = TestFixture::reopen(m_path);
    QCOMPARE(fresh->cardByKey(u"T-4")->priority, Priority::P1);
}

QTEST_MAIN(TestDragDrop)
#include "tst_dragdrop.moc"

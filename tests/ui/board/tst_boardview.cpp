#include "tests/ui/boardfixture.h"

#include "ui/board/backlogpanel.h"
#include "ui/board/boardview.h"
#include "ui/board/cardactions.h"
#include "ui/board/cardeditor.h"
#include "ui/board/cardlistview.h"
#include "ui/board/columnheader.h"
#include "ui/board/filterbar.h"
#include "ui/board/laneheader.h"
#include "ui/common/markdownview.h"
#include "ui/common/typingguard.h"
#include "ui/shell/englishplurals.h"
#include "ui/shell/mainwindow.h"
#include "ui/sprints/sprintactions.h"

#include "core/board/board.h"
#include "core/board/demo.h"
#include "core/board/flowanalytics.h"
#include "core/models/cardlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QUndoView>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

class TestBoardView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsColumnsHeadersAndCards();
    void summaryFollowsMovesBlocksAndUndo();
    void ctrlRightMovesToNextColumn();
    void ctrlLeftAndUndoRedo();
    void reorderWithCtrlUpDown();
    void multiSelectMove();
    void forecastSelectedCards();
    void arrowKeysMoveFocusAcrossColumns();
    void deleteAndUndo();
    void filterTypingNarrowsRows_data();
    void filterTypingNarrowsRows();
    void filterChipsAndEscape();
    void filteredCountsAndEmptyTexts();
    void wipLimitExceeded();
    void swimlanesByPriority();
    void dropIntoOtherLaneIsOneUndoStep();
    void swimlanesByAssignee();
    void quickAddWithKeyN();
    void newCardGoesToTheFocusedOrFirstColumn();
    void firstSprintOfNewBoardShowsQuickAddedCards();
    void editorSavesAllFieldsAsOneStep();
    void editorPreviewLoadsNothing();
    void enterInChecklistAddsAndStays();
    void lettersTypedOnFromADialogAreNotShortcuts();
    void backlogMovesIntoSprint();
    void closedSprintTakesNoCardsUntilReopened();
    void sprintSwitcher();
    void cleanStateInStatusBar();
    void undoHistoryShowsWholeEntries();
    void longTitlesHaveTheirTooltip();
    void failedActionShowsDialog();
    void openBoardErrorsLeaveFilesAlone();
    void screenshots();

private:
    CardListView *cell(const QString &column, qint64 lane = 0) const;
    qint64 columnId(const QString &name) const { return m_board->columnByName(name)->id; }
    qint64 cardId(const QString &key) const { return m_board->cardByKey(key)->id; }
    QStringList keysIn(const CardListView *view) const;
    QStringList dbKeysIn(const QString &column) const;
    void focusCard(const QString &key);
    QMessageBox *openErrorBox() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    Board *m_board = nullptr;
    BoardView *m_view = nullptr;
};

void TestBoardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBoardView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"board.sprintdeck"_s);
    auto board = TestFixture::makeBoard(m_path);
    QVERIFY(board);
    m_window = std::make_unique<MainWindow>(std::move(board));
    m_board = m_window->board();
    m_view = m_window->boardView();
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestBoardView::cleanup()
{
    // Error boxes are window-modal children of the window; they go with it.
    m_window.reset();
    m_board = nullptr;
    m_view = nullptr;
    m_dir.reset();
}

CardListView *TestBoardView::cell(const QString &column, qint64 lane) const
{
    return m_view->cell(m_board->columnByName(column)->id, lane);
}

QStringList TestBoardView::keysIn(const CardListView *view) const
{
    QStringList keys;
    for (qint64 id : view->cardModel()->cardIds())
        keys.append(m_board->card(id)->key);
    return keys;
}

QStringList TestBoardView::dbKeysIn(const QString &column) const
{
    auto fresh = TestFixture::reopen(m_path);
    if (!fresh)
        return {u"<cannot reopen>"_s};
    QStringList keys;
    const qint64 sprint = fresh->currentSprintId();
    for (qint64 id : fresh->cardsIn(sprint, fresh->columnByName(column)->id))
        keys.append(fresh->card(id)->key);
    return keys;
}

void TestBoardView::focusCard(const QString &key)
{
    const Card *c = m_board->cardByKey(key);
    QVERIFY(c);
    CardListView *v = cell(m_board->column(c->columnId)->name);
    QVERIFY(v);
    v->setFocus();
    QVERIFY(v->selectCards({c->id}));
    QTRY_VERIFY(v->hasFocus());
    QCOMPARE(m_view->cardActions()->activeView(), v);
}

QMessageBox *TestBoardView::openErrorBox() const
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    return nullptr;
}

void TestBoardView::showsColumnsHeadersAndCards()
{
    QCOMPARE(m_view->sprintId(), m_board->currentSprintId());
    QCOMPARE(m_view->cells().size(), 4);
    QCOMPARE(keysIn(cell(u"To Do"_s)), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));
    QCOMPARE(keysIn(cell(u"In Progress"_s)), QStringList({u"T-5"_s}));
    ColumnHeader *todo = m_view->columnHeader(columnId(u"To Do"_s));
    QVERIFY(todo);
    QCOMPARE(todo->name(), u"To Do"_s);
    QCOMPARE(todo->cardCount(), 4);
    QCOMPARE(todo->points(), 11.0);
    QVERIFY(!todo->accessibleName().isEmpty());
    QVERIFY(m_view->columnHeader(columnId(u"Done"_s))->isDone());
    // Every card row has the same height, so the lists lay out 20,000 cards without asking each
    // one.
    CardListView *v = cell(u"To Do"_s);
    QVERIFY(v->uniformItemSizes());
    QCOMPARE(v->visualRect(v->model()->index(0, 0)).height(),
             v->visualRect(v->model()->index(3, 0)).height());
    QVERIFY(v->model()->index(0, 0).data(Qt::AccessibleTextRole).toString().contains(u"T-1"_s));
    // The backlog dock shows the card outside the sprint.
    QVERIFY(m_window->backlogPanel()->isVisible());
    QCOMPARE(m_window->backlogPanel()->model()->rowCount(), 1);
    m_view->refreshNow();
    QVERIFY(
        m_window->findChild<QLabel *>(u"sprintSummary"_s)->text().contains(u"2 of 21 points"_s));
}

void TestBoardView::ctrlRightMovesToNextColumn()
{
    focusCard(u"T-2"_s);
    CardListView *todo = cell(u"To Do"_s);
    QAbstractItemModelTester tester(todo->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The headers of the two columns change; the others are not refreshed.
    QSignalSpy todoHeader(m_view->columnHeader(columnId(u"To Do"_s)), &ColumnHeader::stateChanged);
    QSignalSpy doingHeader(m_view->columnHeader(columnId(u"In Progress"_s)),
                           &ColumnHeader::stateChanged);
    QSignalSpy reviewHeader(m_view->columnHeader(columnId(u"Review"_s)),
                            &ColumnHeader::stateChanged);
    QTest::keyClick(todo, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(todoHeader.size(), 1);
    QCOMPARE(doingHeader.size(), 1);
    QCOMPARE(reviewHeader.size(), 0);
    QCOMPARE(m_view->columnHeader(columnId(u"In Progress"_s))->accessibleDescription(),
             u"2 card(s), 13 point(s)"_s);

    const qint64 doing = columnId(u"In Progress"_s);
    QCOMPARE(m_board->cardByKey(u"T-2")->columnId, doing);
    QCOMPARE(keysIn(todo), QStringList({u"T-1"_s, u"T-3"_s, u"T-4"_s}));
    QCOMPARE(keysIn(cell(u"In Progress"_s)), QStringList({u"T-5"_s, u"T-2"_s}));
    // Written to the database, as a second reader sees it.
    QCOMPARE(dbKeysIn(u"In Progress"_s), QStringList({u"T-5"_s, u"T-2"_s}));
    // The moved card stays selected and focused in its new cell.
    CardListView *target = cell(u"In Progress"_s);
    QTRY_VERIFY(target->hasFocus());
    QCOMPARE(target->selectedCardIds(), QList<qint64>{cardId(u"T-2"_s)});
    QCOMPARE(target->currentCardId(), cardId(u"T-2"_s));
    QCOMPARE(m_board->undoStack()->count(), 1);
    QCOMPARE(m_board->undoStack()->text(0), u"Move T-2 to In Progress"_s);

    // Again: the card keeps travelling right.
    QTest::keyClick(target, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_board->cardByKey(u"T-2")->columnId, columnId(u"Review"_s));
}

void TestBoardView::ctrlLeftAndUndoRedo()
{
    focusCard(u"T-5"_s);
    QTest::keyClick(cell(u"In Progress"_s), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_board->cardByKey(u"T-5")->columnId, columnId(u"To Do"_s));
    QCOMPARE(dbKeysIn(u"To Do"_s).last(), u"T-5"_s);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_board->cardByKey(u"T-5")->columnId, columnId(u"In Progress"_s));
    QCOMPARE(dbKeysIn(u"In Progress"_s), QStringList({u"T-5"_s}));
    QCOMPARE(dbKeysIn(u"To Do"_s), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_board->cardByKey(u"T-5")->columnId, columnId(u"To Do"_s));
    QCOMPARE(dbKeysIn(u"To Do"_s).last(), u"T-5"_s);

    // Ctrl+Left in the first column goes nowhere and records nothing.
    focusCard(u"T-1"_s);
    const int steps = m_board->undoStack()->count();
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_board->cardByKey(u"T-1")->columnId, columnId(u"To Do"_s));
    QCOMPARE(m_board->undoStack()->count(), steps);
}

void TestBoardView::reorderWithCtrlUpDown()
{
    focusCard(u"T-3"_s);
    CardListView *todo = cell(u"To Do"_s);
    QTest::keyClick(todo, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(keysIn(todo), QStringList({u"T-1"_s, u"T-3"_s, u"T-2"_s, u"T-4"_s}));
    QTest::keyClick(todo, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(keysIn(todo), QStringList({u"T-3"_s, u"T-1"_s, u"T-2"_s, u"T-4"_s}));
    QCOMPARE(dbKeysIn(u"To Do"_s), QStringList({u"T-3"_s, u"T-1"_s, u"T-2"_s, u"T-4"_s}));
    // At the top already: nothing happens.
    QTest::keyClick(todo, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_board->undoStack()->count(), 2);
    QCOMPARE(todo->selectedCardIds(), QList<qint64>{cardId(u"T-3"_s)});

    QTest::keyClick(todo, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(todo, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(todo, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(keysIn(todo), QStringList({u"T-1"_s, u"T-2"_s, u"T-4"_s, u"T-3"_s}));
    QCOMPARE(dbKeysIn(u"To Do"_s), QStringList({u"T-1"_s, u"T-2"_s, u"T-4"_s, u"T-3"_s}));

    m_board->undoStack()->undo();
    QCOMPARE(keysIn(todo), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));
    QCOMPARE(dbKeysIn(u"To Do"_s), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));
    m_board->undoStack()->redo();
    QCOMPARE(dbKeysIn(u"To Do"_s), QStringList({u"T-1"_s, u"T-2"_s, u"T-4"_s, u"T-3"_s}));
}

void TestBoardView::multiSelectMove()
{
    CardListView *todo = cell(u"To Do"_s);
    focusCard(u"T-1"_s);
    // Ctrl+click adds T-3 to the selection.
    const QRect third = todo->visualRect(todo->model()->index(2, 0));
    QTest::mouseClick(todo->viewport(), Qt::LeftButton, Qt::ControlModifier, third.center());
    QCOMPARE(todo->selectedCardIds(), QList<qint64>({cardId(u"T-1"_s), cardId(u"T-3"_s)}));

    QTest::keyClick(todo, Qt::Key_Right, Qt::ControlModifier);
    CardListView *doing = cell(u"In Progress"_s);
    QCOMPARE(keysIn(doing), QStringList({u"T-5"_s, u"T-1"_s, u"T-3"_s}));
    QCOMPARE(dbKeysIn(u"In Progress"_s), QStringList({u"T-5"_s, u"T-1"_s, u"T-3"_s}));
    QCOMPARE(doing->selectedCardIds(), QList<qint64>({cardId(u"T-1"_s), cardId(u"T-3"_s)}));
    QTRY_VERIFY(doing->hasFocus());
    QCOMPARE(m_board->undoStack()->count(), 1);

    // Both come back in one undo step.
    m_board->undoStack()->undo();
    QCOMPARE(keysIn(todo), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));
    QCOMPARE(dbKeysIn(u"In Progress"_s), QStringList({u"T-5"_s}));
}

void TestBoardView::forecastSelectedCards()
{
    EnglishPlurals plurals; // "2 cards", as the application reads
    QCoreApplication::installTranslator(&plurals);
    const auto uninstall =
        qScopeGuard([&plurals] { QCoreApplication::removeTranslator(&plurals); });
    // The team finished one 1-point card on each of the last 20 weekdays.
    const QDate today = QDate::currentDate();
    QDateTime clock;
    m_board->setClock([&clock] { return clock; });
    int days = 0;
    for (QDate d = today.addDays(-1); days < 20; d = d.addDays(-1)) {
        if (d.dayOfWeek() > 5)
            continue;
        ++days;
        clock = QDateTime(d.addDays(-2), QTime(12, 0));
        Card draft;
        draft.title = u"Finished %1"_s.arg(days);
        draft.points = 1;
        auto id = m_board->addCard(draft);
        QVERIFY2(id, qPrintable(id.error()));
        clock = QDateTime(d, QTime(12, 0));
        QVERIFY(m_board->moveCards({*id}, 0, columnId(u"Done"_s)));
    }
    m_board->setClock([] { return QDateTime::currentDateTimeUtc(); });

    // T-1 (3 points) and T-3 (2 points) are selected: when will they be done?
    CardListView *todo = cell(u"To Do"_s);
    focusCard(u"T-1"_s);
    const QRect third = todo->visualRect(todo->model()->index(2, 0));
    QTest::mouseClick(todo->viewport(), Qt::LeftButton, Qt::ControlModifier, third.center());
    QAction *forecast = m_view->cardActions()->forecastAction();
    QSignalSpy asked(m_view, &BoardView::forecastRequested);
    forecast->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().value<QList<qint64>>(),
             (QList<qint64>{cardId(u"T-1"_s), cardId(u"T-3"_s)}));

    // The Charts view's Flow page answers: 5 points at 1 a weekday take five weekdays.
    auto *flow = m_window->findChild<QWidget *>(u"flowView"_s);
    QVERIFY(flow);
    QTRY_VERIFY(flow->isVisible());
    auto *subject = flow->findChild<QComboBox *>(u"flowSubject"_s);
    QCOMPARE(subject->currentText(), u"The 2 selected cards"_s);
    QDate fifth = today.addDays(-1);
    for (int n = 0; n < 5; fifth = fifth.addDays(1))
        n += fifth.addDays(1).dayOfWeek() <= 5 ? 1 : 0;
    auto *summary = flow->findChild<QLabel *>(u"flowSummary"_s);
    const QString expected = u"The 2 selected cards: 5 points left: 85 % likely done by %1"_s.arg(
        QLocale().toString(fifth, u"ddd d MMM"_s));
    QTRY_VERIFY2(summary->text().startsWith(expected), qPrintable(summary->text()));

    // How much by the third weekday: at least 3 of the 5 points.
    QDate thirdDay = today.addDays(-1);
    for (int n = 0; n < 3; thirdDay = thirdDay.addDays(1))
        n += thirdDay.addDays(1).dayOfWeek() <= 5 ? 1 : 0;
    flow->findChild<QDateEdit *>(u"flowBy"_s)->setDate(thirdDay);
    const QString byThird =
        u"By %1: at least 3 points (85 %)."_s.arg(QLocale().toString(thirdDay, u"ddd d MMM"_s));
    QTRY_VERIFY2(summary->text().endsWith(byThird), qPrintable(summary->text()));

    // Back to the rest of the sprint (T-1..T-5: 19 points), and the cards again when asked.
    subject->setCurrentIndex(0);
    emit subject->activated(0);
    QTRY_VERIFY2(summary->text().startsWith(u"19 points left"_s), qPrintable(summary->text()));

    // Those 19 points take 10,000 trials of 19 days each: longer than a frame, so the forecast
    // is handed out to be simulated elsewhere, and is cached once remembered.
    QDate nineteenth = today.addDays(-1);
    for (int n = 0; n < 19; nineteenth = nineteenth.addDays(1))
        n += nineteenth.addDays(1).dayOfWeek() <= 5 ? 1 : 0;
    FlowAnalytics analytics(*m_board);
    const QDate end = m_board->sprint(m_board->currentSprintId())->end;
    auto pending = analytics.forecast({}, ChartUnit::Points, 19, end, 30, MonteCarloInput().seed,
                                      FlowAnalytics::Simulate::Later);
    QVERIFY(pending);
    QVERIFY(pending->pending);
    QVERIFY(FlowAnalytics::simulationSteps(*pending) > FlowAnalytics::kStepsInAFrame);
    FlowForecast simulated = *pending;
    FlowAnalytics::simulate(simulated);
    QCOMPARE(simulated.when.p85, nineteenth);
    analytics.remember(simulated);
    auto cached = analytics.forecast({}, ChartUnit::Points, 19, end, 30, MonteCarloInput().seed,
                                     FlowAnalytics::Simulate::Later);
    QVERIFY(!cached->pending);
    QCOMPARE(cached->when.p85, nineteenth);
}

void TestBoardView::arrowKeysMoveFocusAcrossColumns()
{
    focusCard(u"T-1"_s);
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_Right);
    CardListView *doing = cell(u"In Progress"_s);
    QTRY_VERIFY(doing->hasFocus());
    QCOMPARE(doing->currentCardId(), cardId(u"T-5"_s));
    // Review is empty: Right skips it and lands in Done.
    QTest::keyClick(doing, Qt::Key_Right);
    QTRY_VERIFY(cell(u"Done"_s)->hasFocus());
    QCOMPARE(cell(u"Done"_s)->currentCardId(), cardId(u"T-6"_s));
    QTest::keyClick(cell(u"Done"_s), Qt::Key_Left);
    QTRY_VERIFY(doing->hasFocus());
    // Moving the focus changes no data.
    QCOMPARE(m_board->undoStack()->count(), 0);
}

void TestBoardView::deleteAndUndo()
{
    focusCard(u"T-2"_s);
    const qint64 id = cardId(u"T-2"_s);
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_Delete);
    QVERIFY(!m_board->card(id));
    QCOMPARE(dbKeysIn(u"To Do"_s), QStringList({u"T-1"_s, u"T-3"_s, u"T-4"_s}));
    // The next card takes the selection, ready for the next key.
    QCOMPARE(cell(u"To Do"_s)->selectedCardIds(), QList<qint64>{cardId(u"T-3"_s)});

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_board->card(id));
    QCOMPARE(keysIn(cell(u"To Do"_s)), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));
    QCOMPARE(dbKeysIn(u"To Do"_s), QStringList({u"T-1"_s, u"T-2"_s, u"T-3"_s, u"T-4"_s}));
}

void TestBoardView::filterTypingNarrowsRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("shown");
    QTest::newRow("nothing") << QString() << 6;
    QTest::newRow("title word") << u"chart"_s << 1;
    QTest::newRow("key") << u"t-5"_s << 1;
    QTest::newRow("label") << u"docs"_s << 1;
    QTest::newRow("assignee") << u"ana"_s << 3;
    QTest::newRow("two words") << u"ben page"_s << 1;
    QTest::newRow("no match") << u"zzz"_s << 0;
}

void TestBoardView::filterTypingNarrowsRows()
{
    QFETCH(QString, typed);
    QFETCH(int, shown);
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = m_view->filterBar()->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, typed);
    m_view->refreshNow();
    QCOMPARE(m_view->shownCardCount(), shown);
    int rows = 0;
    for (CardListView *v : m_view->cells())
        rows += v->model()->rowCount();
    QCOMPARE(rows, shown);
    const QString expected = typed.isEmpty() ? u"6 card(s)"_s : u"%1 of 6 card(s)"_s.arg(shown);
    QCOMPARE(m_view->filterBar()->countText(), expected);
    // Headers keep counting the whole column (WIP is about all the work).
    QCOMPARE(m_view->columnHeader(columnId(u"To Do"_s))->cardCount(), 4);
}

void TestBoardView::filterChipsAndEscape()
{
    FilterBar *bar = m_view->filterBar();
    bar->priorityChip(1)->click();
    m_view->refreshNow();
    QCOMPARE(m_view->shownCardCount(), 2); // T-1, T-3
    bar->blockedChip()->click();
    m_view->refreshNow();
    QCOMPARE(m_view->shownCardCount(), 0);
    QVERIFY(bar->clearButton()->isEnabled());
    bar->blockedChip()->click();
    bar->priorityChip(2)->click();
    m_view->refreshNow();
    QCOMPARE(m_view->shownCardCount(), 4); // P1 or P2
    // The backlog is filtered as well.
    QCOMPARE(m_window->backlogPanel()->model()->rowCount(), 0);

    bar->focusSearch();
    QTest::keyClicks(bar->searchField(), u"login"_s);
    m_view->refreshNow();
    QCOMPARE(m_view->shownCardCount(), 1);
    // Esc clears text and chips alike; a second Esc hands the focus back to the board.
    QTest::keyClick(bar->searchField(), Qt::Key_Escape);
    m_view->refreshNow();
    QVERIFY(bar->filter().isEmpty());
    QCOMPARE(m_view->shownCardCount(), 6);
    QVERIFY(!bar->priorityChip(1)->isChecked());
    QTest::keyClick(bar->searchField(), Qt::Key_Escape);
    QTRY_VERIFY(qobject_cast<CardListView *>(QApplication::focusWidget()));
}

void TestBoardView::filteredCountsAndEmptyTexts()
{
    FilterBar *bar = m_view->filterBar();
    ColumnHeader *todo = m_view->columnHeader(columnId(u"To Do"_s));
    ColumnHeader *doing = m_view->columnHeader(columnId(u"In Progress"_s));
    QCOMPARE(todo->countText(), u"4"_s);
    QCOMPARE(cell(u"In Progress"_s)->emptyText(), u"No cards"_s);
    CardListView *backlog = m_window->backlogPanel()->listView();
    const QString backlogEmpty = backlog->emptyText();

    bar->focusSearch();
    QTest::keyClicks(bar->searchField(), u"burndown"_s);
    m_view->refreshNow();
    // The headers say what the cells show, out of the column's cards.
    QCOMPARE(todo->shownCount(), 1);
    QCOMPARE(todo->countText(), u"1 of 4"_s);
    QCOMPARE(todo->cardCount(), 4);
    QCOMPARE(doing->countText(), u"0 of 1"_s);
    QCOMPARE(cell(u"In Progress"_s)->cardModel()->rowCount(), 0);
    QCOMPARE(cell(u"In Progress"_s)->emptyText(), u"No card matches the filter"_s);
    // The backlog has a card; the filter hides it.
    QCOMPARE(backlog->cardModel()->rowCount(), 0);
    QVERIFY2(backlog->emptyText().contains(u"matches the filter"_s),
             qPrintable(backlog->emptyText()));

    bar->clear();
    m_view->refreshNow();
    QCOMPARE(todo->countText(), u"4"_s);
    QCOMPARE(todo->shownCount(), -1);
    QCOMPARE(cell(u"In Progress"_s)->emptyText(), u"No cards"_s);
    QCOMPARE(backlog->emptyText(), backlogEmpty);

    // A chip clicked on and cleared looks as it did before.
    QToolButton *chip = bar->priorityChip(1);
    const QImage untouched = chip->grab().toImage();
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(chip->isChecked());
    QVERIFY(chip->grab().toImage() != untouched);
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QVERIFY(!chip->isChecked());
    QVERIFY(!chip->hasFocus());
    QCOMPARE(chip->grab().toImage(), untouched);
}

void TestBoardView::wipLimitExceeded()
{
    ColumnHeader *todo = m_view->columnHeader(columnId(u"To Do"_s));
    QVERIFY(!todo->isOverWip());
    Column c = *m_board->columnByName(u"To Do");
    c.wipLimit = 3;
    QVERIFY(m_board->updateColumn(c));
    QVERIFY(todo->isOverWip());
    QCOMPARE(todo->wipText(), u"4/3"_s);
    QVERIFY(todo->accessibleDescription().contains(u"exceeded"_s));
    // Moving one card out brings the column back within its limit.
    focusCard(u"T-4"_s);
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_Right, Qt::ControlModifier);
    QVERIFY(!todo->isOverWip());
    QCOMPARE(todo->wipText(), u"3/3"_s);
    m_view->refreshNow();
    // Moving it back exceeds the limit again: the status bar says so.
    QSignalSpy said(m_view, &BoardView::statusMessage);
    focusCard(u"T-4"_s);
    QTest::keyClick(cell(u"In Progress"_s), Qt::Key_Left, Qt::ControlModifier);
    QVERIFY(todo->isOverWip());
    m_view->refreshNow();
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"To Do is over its WIP limit"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"4 of 3"_s));
    // Said once: a later change inside the column does not repeat it.
    const qsizetype count = said.count();
    QVERIFY(m_board->reorderCard(cardId(u"T-1"_s), 1));
    m_view->refreshNow();
    QCOMPARE(said.count(), count);
    // Undo re-counts.
    m_board->undoStack()->undo();
    m_board->undoStack()->undo();
    QVERIFY(!todo->isOverWip());
}

void TestBoardView::swimlanesByPriority()
{
    Column c = *m_board->columnByName(u"To Do");
    c.wipLimit = 2;
    QVERIFY(m_board->updateColumn(c));
    QComboBox *lanes = m_view->laneCombo();
    lanes->setFocus();
    QTest::keyClick(lanes, Qt::Key_Down); // None -> By priority
    QCOMPARE(m_view->laneMode(), LaneMode::Priority);
    QCOMPARE(m_view->laneValues(), QList<qint64>({1, 2, 3, 4}));
    QCOMPARE(m_view->cells().size(), 16);
    m_view->refreshNow();
    QCOMPARE(keysIn(cell(u"To Do"_s, 1)), QStringList({u"T-1"_s, u"T-3"_s}));
    QCOMPARE(keysIn(cell(u"To Do"_s, 2)), QStringList({u"T-2"_s}));
    QCOMPARE(keysIn(cell(u"In Progress"_s, 2)), QStringList({u"T-5"_s}));
    QCOMPARE(m_view->laneHeader(1)->cardCount(), 2);
    QCOMPARE(m_view->laneHeader(4)->cardCount(), 1);
    // The header still counts the whole column, and the WIP limit still shows.
    ColumnHeader *todo = m_view->columnHeader(columnId(u"To Do"_s));
    QCOMPARE(todo->cardCount(), 4);
    QVERIFY(todo->isOverWip());
    QCOMPARE(todo->wipText(), u"4/2"_s);

    // Ctrl+Right stays in the lane.
    CardListView *p1todo = cell(u"To Do"_s, 1);
    p1todo->setFocus();
    QVERIFY(p1todo->selectCards({cardId(u"T-3"_s)}));
    QTRY_COMPARE(m_view->cardActions()->activeView(), p1todo);
    QTest::keyClick(p1todo, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(keysIn(cell(u"In Progress"_s, 1)), QStringList({u"T-3"_s}));
    QCOMPARE(m_board->cardByKey(u"T-3")->priority, Priority::P1);
    QTRY_VERIFY(cell(u"In Progress"_s, 1)->hasFocus());

    // Folding a lane hides its cells; the data stays.
    m_view->laneHeader(1)->setCollapsed(true);
    QVERIFY(!cell(u"To Do"_s, 1)->isVisible());
    QCOMPARE(m_view->columnHeader(columnId(u"To Do"_s))->cardCount(), 3);
    m_view->laneHeader(1)->setCollapsed(false);
    QVERIFY(cell(u"To Do"_s, 1)->isVisible());

    // Back to no lanes: one full-height list per column.
    m_view->setLaneMode(LaneMode::None);
    QCOMPARE(m_view->cells().size(), 4);
    QCOMPARE(keysIn(cell(u"To Do"_s)), QStringList({u"T-1"_s, u"T-2"_s, u"T-4"_s}));
}

void TestBoardView::dropIntoOtherLaneIsOneUndoStep()
{
    m_view->setLaneMode(LaneMode::Priority);
    const qint64 id = cardId(u"T-4"_s); // P3, To Do
    CardListView *target = cell(u"Review"_s, 1);
    QAbstractItemModelTester tester(target->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(target->cardModel()->dropCards({id}, -1));
    QCOMPARE(m_board->card(id)->priority, Priority::P1);
    QCOMPARE(m_board->card(id)->columnId, columnId(u"Review"_s));
    QCOMPARE(keysIn(target), QStringList({u"T-4"_s}));
    {
        auto fresh = TestFixture::reopen(m_path);
        QCOMPARE(fresh->cardByKey(u"T-4")->priority, Priority::P1);
        QCOMPARE(fresh->cardByKey(u"T-4")->columnId, columnId(u"Review"_s));
    }
    QCOMPARE(m_board->undoStack()->count(), 1);
    m_board->undoStack()->undo();
    QCOMPARE(m_board->card(id)->priority, Priority::P3);
    QCOMPARE(m_board->card(id)->columnId, columnId(u"To Do"_s));
    QCOMPARE(keysIn(cell(u"To Do"_s, 3)), QStringList({u"T-4"_s}));
    auto fresh = TestFixture::reopen(m_path);
    QCOMPARE(fresh->cardByKey(u"T-4")->priority, Priority::P3);
}

void TestBoardView::swimlanesByAssignee()
{
    m_view->setLaneMode(LaneMode::Assignee);
    const qint64 ana = m_board->memberByName(u"Ana Silva")->id;
    const qint64 ben = m_board->memberByName(u"Ben Okoro")->id;
    QCOMPARE(m_view->laneValues(), QList<qint64>({ana, ben, 0}));
    QCOMPARE(keysIn(cell(u"To Do"_s, ana)), QStringList({u"T-1"_s, u"T-4"_s}));
    QCOMPARE(keysIn(cell(u"To Do"_s, 0)), QStringList({u"T-3"_s}));
    QCOMPARE(m_view->laneHeader(0)->title(), u"Unassigned"_s);
    // Dropping into Ben's lane assigns the card to Ben.
    QVERIFY(cell(u"To Do"_s, ben)->cardModel()->dropCards({cardId(u"T-3"_s)}, 0));
    QCOMPARE(m_board->cardByKey(u"T-3")->assigneeId, ben);
    QCOMPARE(keysIn(cell(u"To Do"_s, ben)), QStringList({u"T-3"_s, u"T-2"_s}));
    // A new member gets a lane of their own.
    QVERIFY(m_board->addMember(u"Cleo Park"_s));
    QCOMPARE(m_view->laneValues().size(), 4);
}

void TestBoardView::quickAddWithKeyN()
{
    // Letters act once the keyboard has rested after typing in a field (earlier tests typed).
    QTest::qWait(TypingGuard::kQuietMs);
    focusCard(u"T-5"_s);
    QTest::keyClick(cell(u"In Progress"_s), Qt::Key_N);
    ColumnHeader *header = m_view->columnHeader(columnId(u"In Progress"_s));
    QLineEdit *field = header->quickAddField();
    QTRY_VERIFY(field->isVisible() && field->hasFocus());
    QTest::keyClicks(field, u"Hotfix the login"_s);
    QTest::keyClick(field, Qt::Key_Return);
    const Card *added = nullptr;
    for (const Card &c : m_board->cards())
        if (c.title == u"Hotfix the login")
            added = &c;
    QVERIFY(added);
    QCOMPARE(added->key, u"SD-1"_s); // the next key of the board's prefix
    // Appended at the bottom of the column.
    QCOMPARE(keysIn(cell(u"In Progress"_s)), QStringList({u"T-5"_s, u"SD-1"_s}));
    QCOMPARE(dbKeysIn(u"In Progress"_s), QStringList({u"T-5"_s, u"SD-1"_s}));
    QVERIFY(field->isVisible() && field->text().isEmpty());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
    QTRY_VERIFY(cell(u"In Progress"_s)->hasFocus());

    // Ctrl+N does the same from anywhere on the board.
    QTest::keyClick(cell(u"In Progress"_s), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
}

void TestBoardView::newCardGoesToTheFocusedOrFirstColumn()
{
    auto openEditorColumn = [this]() -> QString {
        m_view->cardActions()->newCardAction()->trigger();
        CardEditor *editor = nullptr;
        for (CardEditor *e : m_window->findChildren<CardEditor *>())
            if (e->isVisible())
                editor = e;
        if (!editor)
            return u"<no editor>"_s;
        const QString column = editor->findChild<QComboBox *>(u"editorColumn"_s)->currentText();
        editor->done(QDialog::Rejected);
        QApplication::processEvents();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return u"<window not active again>"_s;
        return column;
    };
    // The In Progress column was used, then the focus went to the filter field.
    focusCard(u"T-5"_s);
    m_view->filterBar()->focusSearch();
    QTRY_VERIFY(m_view->filterBar()->searchField()->hasFocus());
    QCOMPARE(openEditorColumn(), u"To Do"_s);
    // With a column focused, the card goes there.
    focusCard(u"T-5"_s);
    QCOMPARE(openEditorColumn(), u"In Progress"_s);
}

void TestBoardView::firstSprintOfNewBoardShowsQuickAddedCards()
{
    // The window opens on an empty board; its first sprint is created from the board.
    m_window.reset();
    const QString path = m_dir->filePath(u"new.sprintdeck"_s);
    auto opened = Board::open(path);
    QVERIFY(opened);
    m_window = std::make_unique<MainWindow>(std::move(opened.value()));
    m_board = m_window->board();
    m_view = m_window->boardView();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *create = m_view->findChild<QPushButton *>(u"createFirstSprint"_s);
    QVERIFY(create);
    create->click();
    QVERIFY(m_view->sprintId() != 0);

    const qint64 todo = m_board->columns().first().id;
    for (const QString &title : {u"First"_s, u"Second"_s}) {
        m_view->startQuickAdd(todo, 0);
        QLineEdit *field = m_view->columnHeader(todo)->quickAddField();
        QTRY_VERIFY(field->isVisible());
        field->setText(title);
        QTest::keyClick(field, Qt::Key_Return);
    }
    QCOMPARE(m_view->columnHeader(todo)->cardCount(), 2);
    QCOMPARE(m_view->cell(todo)->cardModel()->rowCount(), 2);
    QCOMPARE(m_view->shownCardCount(), 2);
}

void TestBoardView::editorSavesAllFieldsAsOneStep()
{
    const qint64 id = cardId(u"T-2"_s);
    CardEditor editor(m_board, id, m_window.get());
    auto *key = editor.findChild<QLineEdit *>(u"editorKey"_s);
    QVERIFY(key->isReadOnly());
    editor.findChild<QLineEdit *>(u"editorTitle"_s)->setText(u"Login page with SSO"_s);
    editor.findChild<QComboBox *>(u"editorPriority"_s)->setCurrentIndex(0);
    editor.findChild<QComboBox *>(u"editorType"_s)->setCurrentIndex(1);
    editor.findChild<QLineEdit *>(u"editorPoints"_s)->setText(QString());
    editor.findChild<QComboBox *>(u"editorAssignee"_s)->setEditText(u"Dana Kim"_s);
    editor.findChild<QLineEdit *>(u"editorLabels"_s)->setText(u"ui, auth, ui"_s);
    editor.findChild<QCheckBox *>(u"editorBlocked"_s)->setChecked(true);
    editor.findChild<QLineEdit *>(u"editorBlockedReason"_s)->setText(u"Waiting for IdP"_s);
    auto *column = editor.findChild<QComboBox *>(u"editorColumn"_s);
    column->setCurrentIndex(column->findText(u"Review"_s));
    auto *item = editor.findChild<QLineEdit *>(u"editorNewItem"_s);
    item->setText(u"Design review"_s);
    QTest::keyClick(item, Qt::Key_Return);
    item->setText(u"Tests"_s);
    QTest::keyClick(item, Qt::Key_Return);
    editor.findChild<QPlainTextEdit *>(u"editorDescription"_s)->setPlainText(u"**SSO** via OIDC"_s);
    QVERIFY(editor.isModified());
    QVERIFY(editor.save());

    QCOMPARE(m_board->undoStack()->count(), 1);
    auto fresh = TestFixture::reopen(m_path);
    const Card *c = fresh->cardByKey(u"T-2");
    QCOMPARE(c->title, u"Login page with SSO"_s);
    QCOMPARE(c->priority, Priority::P1);
    QCOMPARE(c->type, CardType::Bug);
    QVERIFY(!c->points.has_value());
    QCOMPARE(fresh->member(c->assigneeId)->name, u"Dana Kim"_s);
    QCOMPARE(c->labels, QStringList({u"ui"_s, u"auth"_s}));
    QVERIFY(c->blocked);
    QCOMPARE(c->blockedReason, u"Waiting for IdP"_s);
    QCOMPARE(c->columnId, columnId(u"Review"_s));
    QCOMPARE(c->checklist.size(), 2);
    QCOMPARE(c->checklist.at(1).text, u"Tests"_s);
    QCOMPARE(c->description, u"**SSO** via OIDC"_s);
    QCOMPARE(keysIn(cell(u"Review"_s)), QStringList({u"T-2"_s}));

    // One undo puts every field back.
    m_board->undoStack()->undo();
    fresh = TestFixture::reopen(m_path);
    QCOMPARE(fresh->cardByKey(u"T-2")->title, u"Login page"_s);
    QCOMPARE(fresh->cardByKey(u"T-2")->points, std::optional<double>(5));
    QCOMPARE(fresh->cardByKey(u"T-2")->columnId, columnId(u"To Do"_s));

    // Bad points are refused with a reason and nothing is written.
    CardEditor bad(m_board, id, m_window.get());
    bad.findChild<QLineEdit *>(u"editorPoints"_s)->setText(u"lots"_s);
    Status s = bad.save();
    QVERIFY(!s);
    QVERIFY(s.error().contains(u"lots"_s));
    QCOMPARE(m_board->undoStack()->index(), 0);
}

void TestBoardView::enterInChecklistAddsAndStays()
{
    CardEditor editor(m_board, cardId(u"T-2"_s), m_window.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *item = editor.findChild<QLineEdit *>(u"editorNewItem"_s);
    item->setFocus();
    QTRY_VERIFY(item->hasFocus());
    for (const QString &text : {u"Design review"_s, u"Tests"_s}) {
        QTest::keyClicks(item, text);
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(editor.isVisible());
        QVERIFY(item->hasFocus());
        QVERIFY(item->text().isEmpty());
    }
    QCOMPARE(editor.findChild<QListWidget *>(u"editorChecklist"_s)->count(), 2);
    QCOMPARE(m_board->undoStack()->count(), 0);
    editor.done(QDialog::Rejected);
}

void TestBoardView::lettersTypedOnFromADialogAreNotShortcuts()
{
    focusCard(u"T-1"_s);
    const int cards = m_board->cardCount();
    QLineEdit *field = m_view->columnHeader(columnId(u"To Do"_s))->quickAddField();
    {
        // Enter ends the dialog; the rest of the word lands on the board.
        CardEditor editor(m_board, cardId(u"T-1"_s), m_window.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *title = editor.findChild<QLineEdit *>(u"editorTitle"_s);
        QTest::keyClick(title, Qt::Key_Return);
    }
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    cell(u"To Do"_s)->setFocus();
    QTRY_VERIFY(cell(u"To Do"_s)->hasFocus());
    QTest::keyClicks(cell(u"To Do"_s), u"next"_s);
    QTest::qWait(TypingGuard::kQuietMs / 2);
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_N); // still the same burst of typing
    QVERIFY(!field->isVisible());
    QCOMPARE(m_board->cardCount(), cards);
    // After a pause the board's own shortcut works again.
    QTest::qWait(TypingGuard::kQuietMs + 100);
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_N);
    QTRY_VERIFY(field->isVisible());
}

void TestBoardView::editorPreviewLoadsNothing()
{
    QTemporaryDir dir;
    const QString secret = dir.filePath(u"secret.png"_s);
    QImage image(37, 23, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(secret));
    Card draft;
    draft.title = u"Has a picture"_s;
    draft.columnId = columnId(u"To Do"_s);
    draft.description =
        u"![local](%1) ![plain](%2) ![remote](https://example.invalid/x.png) "
        "[link](https://example.invalid)"_s.arg(QUrl::fromLocalFile(secret).toString(), secret);
    CardEditor editor(m_board, draft, m_window.get());
    editor.show();
    auto *tabs = editor.findChild<QTabWidget *>(u"editorDescriptionTabs"_s);
    tabs->setCurrentIndex(1);
    auto *preview = editor.findChild<MarkdownView *>(u"editorPreview"_s);
    QVERIFY(preview->toPlainText().contains(u"link"_s));
    preview->grab(); // lays out and paints, which is when images are requested
    // The preview holds a placeholder, never the file's picture.
    for (const QUrl &url : {QUrl::fromLocalFile(secret), QUrl(secret)}) {
        const QVariant loaded = preview->document()->resource(QTextDocument::ImageResource, url);
        const QSize size = loaded.userType() == QMetaType::QPixmap ? loaded.value<QPixmap>().size()
                                                                   : loaded.value<QImage>().size();
        QVERIFY(size != image.size());
    }
    editor.hide();
}

void TestBoardView::backlogMovesIntoSprint()
{
    BacklogPanel *backlog = m_window->backlogPanel();
    CardListView *list = backlog->listView();
    list->setFocus();
    QVERIFY(list->selectCards({cardId(u"T-7"_s)}));
    QTRY_COMPARE(m_view->cardActions()->activeView(), list);
    QTest::keyClick(list, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    const Card *c = m_board->cardByKey(u"T-7");
    QCOMPARE(c->sprintId, m_view->sprintId());
    QCOMPARE(dbKeysIn(u"To Do"_s).last(), u"T-7"_s);
    QCOMPARE(backlog->model()->rowCount(), 0);
    QTRY_VERIFY(cell(u"To Do"_s)->hasFocus());
    QCOMPARE(cell(u"To Do"_s)->selectedCardIds(), QList<qint64>{c->id});

    // And back with Ctrl+Shift+B.
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_board->cardByKey(u"T-7")->sprintId, 0);
    QCOMPARE(keysIn(list), QStringList({u"T-7"_s}));
    QCOMPARE(m_board->undoStack()->count(), 2);
}

void TestBoardView::closedSprintTakesNoCardsUntilReopened()
{
    const qint64 sprint = m_view->sprintId();
    QVERIFY(m_board->closeSprint(sprint, 0));
    QCOMPARE(m_view->sprintId(), sprint); // the board still shows the closed sprint
    BacklogPanel *backlog = m_window->backlogPanel();
    CardListView *list = backlog->listView();
    list->setFocus();
    const qint64 t7 = cardId(u"T-7"_s);
    QVERIFY(list->selectCards({t7}));
    QTRY_COMPARE(m_view->cardActions()->activeView(), list);

    // The backlog's button, the card menu and the drop targets all refuse.
    auto *button = backlog->findChild<QPushButton *>(u"backlogToSprint"_s);
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->text().contains(u"closed"_s), qPrintable(button->text()));
    CardActions *actions = m_view->cardActions();
    const QModelIndex index = list->cardModel()->index(list->cardModel()->rowOf(t7));
    actions->showContextMenu(list, list->visualRect(index).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = list->findChild<QMenu *>()) && menu->isVisible());
    QVERIFY(!actions->toSprintAction()->isEnabled());
    QVERIFY(!actions->moveRightAction()->isEnabled());
    menu->close();
    const qint64 done = cardId(u"T-6"_s);
    focusCard(u"T-6"_s);
    actions->showContextMenu(cell(u"Done"_s), QPoint(10, 10));
    QTRY_VERIFY((menu = cell(u"Done"_s)->findChild<QMenu *>()) && menu->isVisible());
    QVERIFY(!actions->toBacklogAction()->isEnabled());
    menu->close();
    std::unique_ptr<QMimeData> fromBacklog(list->cardModel()->mimeData({index}));
    std::unique_ptr<QMimeData> fromSprint(cell(u"Done"_s)->cardModel()->mimeData(
        {cell(u"Done"_s)->cardModel()->index(cell(u"Done"_s)->cardModel()->rowOf(done))}));
    QVERIFY(!cell(u"To Do"_s)
                 ->cardModel()
                 ->canDropMimeData(fromBacklog.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!list->cardModel()->canDropMimeData(fromSprint.get(), Qt::MoveAction, -1, -1, {}));
    // Within the closed sprint a card still moves across columns.
    QVERIFY(cell(u"To Do"_s)
                ->cardModel()
                ->canDropMimeData(fromSprint.get(), Qt::MoveAction, -1, -1, {}));

    // Sprint > Reopen Sprint… makes it active again, and the board takes cards again.
    auto *sprintActions = m_window->findChild<SprintActions *>();
    QVERIFY(sprintActions);
    QAction *reopen = sprintActions->reopenSprintAction();
    QVERIFY(reopen->isEnabled());
    QCOMPARE(sprintActions->reopenCandidate(), sprint);
    QVERIFY(sprintActions->reopen(sprint));
    QCOMPARE(m_board->sprint(sprint)->state, Sprint::State::Active);
    QVERIFY(!reopen->isEnabled());
    QVERIFY(list->selectCards({t7}));
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(cell(u"To Do"_s)
                ->cardModel()
                ->canDropMimeData(fromBacklog.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(m_board->undoStack()->undoText(), u"Reopen sprint Sprint 7"_s);
    m_board->undoStack()->undo();
    QCOMPARE(m_board->sprint(sprint)->state, Sprint::State::Closed);
    QVERIFY(reopen->isEnabled());
}

void TestBoardView::sprintSwitcher()
{
    Sprint next;
    next.name = u"Sprint 8"_s;
    next.start = QDate::currentDate().addDays(11);
    next.end = QDate::currentDate().addDays(24);
    const qint64 id = *m_board->createSprint(next);
    QComboBox *combo = m_view->sprintCombo();
    QCOMPARE(combo->count(), 2);
    const int index = combo->findData(id);
    QVERIFY(index >= 0);
    emit combo->activated(index);
    QCOMPARE(m_view->sprintId(), id);
    QCOMPARE(m_view->shownCardCount(), 0);
    QCOMPARE(m_view->columnHeader(columnId(u"To Do"_s))->cardCount(), 0);
    m_view->setSprintId(m_board->currentSprintId());
    QCOMPARE(m_view->shownCardCount(), 6);
}

void TestBoardView::cleanStateInStatusBar()
{
    QCOMPARE(m_window->saveStatus(), u"\u2713 All changes saved"_s);
    QVERIFY(!m_window->isWindowModified());
    focusCard(u"T-1"_s);
    QTest::keyClick(cell(u"To Do"_s), Qt::Key_Right, Qt::ControlModifier);
    // The change is saved already: the title shows no modified marker, the status bar agrees.
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!m_window->windowTitle().contains(u'*'));
    QVERIFY(m_window->saveStatus().contains(u"saved"_s));
    QVERIFY(m_window->saveStatus().contains(u"edited"_s));
    m_board->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->saveStatus(), u"\u2713 All changes saved"_s);
    // The undo history dock is one menu entry away.
    QDockWidget *history = m_window->undoHistoryDock();
    QVERIFY(!history->isVisible());
    history->toggleViewAction()->trigger();
    QVERIFY(history->isVisible());
}

void TestBoardView::undoHistoryShowsWholeEntries()
{
    Card draft;
    draft.title = u"Imported"_s;
    draft.columnId = columnId(u"To Do"_s);
    const QString label = u"Import 1 card from the weekly status document of the platform team "
                          "(status-2026-w49-platform-and-infrastructure.md)"_s;
    QVERIFY(m_board->addCards({draft}, label));
    QDockWidget *history = m_window->undoHistoryDock();
    history->toggleViewAction()->trigger();
    m_window->resizeDocks({history}, {200}, Qt::Horizontal);
    auto *view = history->findChild<QUndoView *>(u"undoView"_s);
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    QCOMPARE(last.data().toString(), label);
    // The entry wraps onto more lines instead of ending in "…".
    QTRY_VERIFY2(view->visualRect(last).height() >= 2 * view->fontMetrics().height(),
                 qPrintable(QString::number(view->visualRect(last).height())));
    QVERIFY(view->visualRect(last).width() <= view->viewport()->width());
}

void TestBoardView::longTitlesHaveTheirTooltip()
{
    Card c = *m_board->cardByKey(u"T-2");
    c.title = u"Login page with single sign-on through the company's identity provider, "
              "remembered devices and a fallback for people without a company account"_s;
    QVERIFY(m_board->updateCard(c));
    m_view->refreshNow();
    CardListView *todo = cell(u"To Do"_s);
    const QModelIndex index = todo->cardModel()->index(todo->cardModel()->rowOf(c.id));
    const QPoint at = todo->visualRect(index).center();
    QHelpEvent help(QEvent::ToolTip, at, todo->viewport()->mapToGlobal(at));
    QApplication::sendEvent(todo->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(c.title.toHtmlEscaped()), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestBoardView::failedActionShowsDialog()
{
    // Renaming a column to a name in use fails in the Board; the header shows why.
    ColumnHeader *review = m_view->columnHeader(columnId(u"Review"_s));
    review->startRename();
    QLineEdit *rename = nullptr;
    for (QLineEdit *e : review->findChildren<QLineEdit *>())
        if (e->isVisible())
            rename = e;
    QVERIFY(rename);
    rename->setText(u"Done"_s);
    QTest::keyClick(rename, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openErrorBox()) != nullptr);
    QVERIFY(box->text().contains(u"Done"_s));
    QCOMPARE(m_board->columnByName(u"Review")->id, columnId(u"Review"_s));
    box->close();
}

void TestBoardView::openBoardErrorsLeaveFilesAlone()
{
    const QString garbage = m_dir->filePath(u"notes.sprintdeck"_s);
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
    }
    auto digest = [](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest(garbage);
    QVERIFY(!m_window->openBoardWindow(garbage, false));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openErrorBox()) != nullptr);
    QVERIFY(box->text().contains(u"notes.sprintdeck"_s));
    box->close();
    QCOMPARE(digest(garbage), before);

    QVERIFY(!m_window->openBoardWindow(m_dir->filePath(u"missing.sprintdeck"_s), false));
    QVERIFY(!QFile::exists(m_dir->filePath(u"missing.sprintdeck"_s)));
    QTRY_VERIFY((box = openErrorBox()) != nullptr);
    box->close();

    // "New" refuses an existing file instead of touching it.
    QVERIFY(!m_window->openBoardWindow(garbage, true));
    QTRY_VERIFY((box = openErrorBox()) != nullptr);
    box->close();
    QCOMPARE(digest(garbage), before);

    // Opening the board that is already open raises its window.
    const int windows = int(QApplication::topLevelWidgets().size());
    QVERIFY(m_window->openBoardWindow(m_path, false));
    QCOMPARE(int(QApplication::topLevelWidgets().size()), windows);

    // A new board opens in a window of its own.
    const QString fresh = m_dir->filePath(u"second.sprintdeck"_s);
    QVERIFY(m_window->openBoardWindow(fresh, true));
    MainWindow *second = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *mw = qobject_cast<MainWindow *>(w); mw && mw != m_window.get() && mw->isVisible())
            second = mw;
    QVERIFY(second);
    QCOMPARE(QFileInfo(second->board()->path()).fileName(), u"second.sprintdeck"_s);
    QCOMPARE(second->board()->columns().size(), 4);
    QPointer<MainWindow> closing(second);
    second->close();
    QTRY_VERIFY(!closing); // deleted on close, which releases its lock
}

void TestBoardView::screenshots()
{
    // The demo board at the size of the README screenshots, in every lane mode. Pictures are
    // saved for people to look at when a directory is given; the checks run either way.
    const QString dir = qEnvironmentVariable("SPRINTDECK_SCREENSHOT_DIR");
    auto demo = Board::open(m_dir->filePath(u"demo.sprintdeck"_s));
    QVERIFY(demo);
    QVERIFY(fillDemo(*demo.value()));
    MainWindow window(std::move(demo.value()));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    BoardView *view = window.boardView();
    QList<QImage> images;
    for (LaneMode mode : {LaneMode::None, LaneMode::Priority, LaneMode::Assignee}) {
        view->setLaneMode(mode);
        view->refreshNow();
        QCoreApplication::processEvents();
        QCOMPARE(view->shownCardCount(), view->sprintCardCount());
        QVERIFY(view->sprintCardCount() > 20);
        // The cells never reach under the lanes' scroll bar, and the headers line up with them.
        const QList<CardListView *> cells = view->cells();
        for (CardListView *cell : cells) {
            if (!cell->isVisible())
                continue;
            // The area that shows the cell: the row of columns, or the lanes' scrolled viewport.
            const QWidget *area = cell->parentWidget();
            for (const QWidget *w = cell; w && mode != LaneMode::None; w = w->parentWidget())
                if (auto *scroll = qobject_cast<const QScrollArea *>(w);
                    scroll && scroll->objectName() == u"laneScroll")
                    area = scroll->viewport();
            ColumnHeader *header = view->columnHeader(cell->cardModel()->columnId());
            // Layouts settle on the next turns of the event loop.
            QTRY_COMPARE(header->mapTo(&window, QPoint(0, 0)).x(),
                         cell->mapTo(&window, QPoint(0, 0)).x());
            QCOMPARE(header->width(), cell->width());
            const int right = cell->mapTo(&window, QPoint(cell->width(), 0)).x();
            QVERIFY2(right <= area->mapTo(&window, QPoint(area->width(), 0)).x(),
                     qPrintable(cell->objectName()));
        }
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1600, 1000));
        for (const QImage &other : std::as_const(images))
            QVERIFY(image != other);
        images.append(image);
        if (!dir.isEmpty()) {
            const char *names[] = {"none", "priority", "assignee"};
            QVERIFY(
                image.save(u"%1/board-lanes-%2.png"_s.arg(dir, QLatin1String(names[int(mode)]))));
        }
    }
    // A dark palette: colours come from the palette, so the board follows it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x4a, 0x8f, 0xe7));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5c));
    dark.setColor(QPalette::Dark, QColor(0x70, 0x73, 0x78));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x93, 0x98));
    window.setPalette(dark);
    view->setLaneMode(LaneMode::None);
    view->refreshNow();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    QVERIFY(image != images.first());
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u"/board-dark.png"_s));
}

void TestBoardView::summaryFollowsMovesBlocksAndUndo()
{
    QVERIFY(m_view->summary().contains(u": 6 card(s), 2 of 21 points done (10%)"_s));
    QVERIFY(!m_view->summary().contains(u"blocked"_s));

    QVERIFY(m_board->moveCards({cardId(u"T-5"_s)}, m_view->sprintId(), columnId(u"Done"_s)));
    QVERIFY(m_view->summary().contains(u": 6 card(s), 10 of 21 points done (48%)"_s));

    Card blocked = *m_board->card(cardId(u"T-1"_s));
    blocked.blocked = true;
    blocked.blockedReason = u"Waiting for the API"_s;
    QVERIFY(m_board->updateCard(blocked));
    QVERIFY(m_view->summary().endsWith(u", 1 blocked"_s));

    Card moreWork = *m_board->card(cardId(u"T-2"_s));
    moreWork.points = 8;
    QVERIFY(m_board->updateCard(moreWork));
    QVERIFY(m_view->summary().contains(u"10 of 24 points done"_s));

    m_board->undoStack()->undo();
    m_board->undoStack()->undo();
    m_board->undoStack()->undo();
    QVERIFY(m_view->summary().contains(u": 6 card(s), 2 of 21 points done (10%)"_s));
    QVERIFY(!m_view->summary().contains(u"blocked"_s));
}

QTEST_MAIN(TestBoardView)
#include "tst_boardview.moc"

#include "tests/ui/desktoptestmain.h"

#include "tests/ui/mousedrag.h"
#include "ui/board/backlogpanel.h"
#include "ui/board/boardview.h"
#include "ui/board/cardlistview.h"
#include "ui/board/columnheader.h"
#include "ui/common/markdownedit.h"
#include "ui/common/typingguard.h"
#include "ui/shell/gui.h"
#include "ui/shell/mainwindow.h"
#include "ui/slides/slidesview.h"
#include "ui/standup/presenterwindow.h"
#include "ui/standup/standupentrywidget.h"
#include "ui/standup/standupview.h"

#include "core/board/board.h"
#include "core/models/cardlistmodel.h"
#include "core/standup/standup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDrag>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

/**
 * What a lead does in the first hour, on a real window system (Xvfb, xcb),
 * starting from a new empty database: create a sprint, quick-add and estimate
 * cards, plan from the backlog, start, move by mouse and keyboard, undo and
 * redo, fill and present the standup, export the slides, close the sprint.
 *
 * The steps are ordered test functions on one window; each checks what is on
 * screen (the cells' models, the column headers, the status line) and saves a
 * screenshot that must not be blank. Screenshots are kept (and their folder
 * printed) when a step fails; SPRINTDECK_WALK_SHOTS names a folder to keep them in.
 */
class TestWalkthrough : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void firstStartOffersEmptyBoard();
    void createSprint();
    void quickAddAndEstimate();
    void planFromBacklogAndStart();
    void moveByMouseAndKeyboard();
    void undoAndRedoByKeyboard();
    void fillAndPresentStandup();
    void exportSlides();
    void closeSprint();

private:
    using Answer = std::function<QString(QWidget *)>;
    /**
     * Calls `open` (which shows a modal dialog and returns when it is closed) and
     * answers the dialog `answer` is for, found by class name. Returns what went
     * wrong (empty when the dialog appeared and was closed by the answer).
     */
    QString answerModal(const std::function<void()> &open, const char *className,
                        const Answer &answer);
    /** Saves a screenshot of `widget`; empty when fine, else why it looks broken (with the path).
     */
    QString screenshot(QWidget *widget, const QString &name);
    bool ready() const { return m_window && m_board && m_view; }
    /**
     * Gives the window the keyboard again. Xvfb runs without a window manager, so
     * nothing does that when a dialog or the presenter closes.
     */
    bool activate();

    qint64 columnId(int index) const { return m_board->columns().at(index).id; }
    /** The cell under a column's header (found as on screen, not by what its model shows). */
    CardListView *cellOf(int column) const
    {
        const auto cells =
            m_view->findChildren<CardListView *>(u"cell_%1_0"_s.arg(columnId(column)));
        for (CardListView *cell : cells) // a rebuilt board deletes its old cells later
            if (cell->isVisible())
                return cell;
        return cells.isEmpty() ? nullptr : cells.first();
    }
    QStringList titlesIn(const CardListView *view) const;
    /** The key of the card with this title (cards are named by title in the walk). */
    QString keyOf(const QString &title) const;
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }
    QString summaryLine() const;
    /** Selects the card in its cell, with the keyboard focus there. */
    bool focusCard(CardListView *view, const QString &key);
    QPoint cardCenter(CardListView *view, const QString &key) const;
    void drag(CardListView *source, QPoint from, CardListView *target, QPoint to);

    QTemporaryDir m_dir;
    QString m_shots;
    QString m_lastShot;
    int m_shotCount = 0;
    bool m_keepShots = false;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    Board *m_board = nullptr;
    BoardView *m_view = nullptr;
    QDate m_tomorrow;
};

#define CHECK_SHOT(widget, name)                                                                   \
    do {                                                                                           \
        const QString problem_ = screenshot(widget, name);                                         \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

#define REQUIRE_WINDOW()                                                                           \
    do {                                                                                           \
        if (!ready())                                                                              \
            QSKIP("an earlier step did not leave a window");                                       \
        QVERIFY(activate());                                                                       \
    } while (false)

void TestWalkthrough::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() != u"offscreen",
             "run under xcb (Xvfb): xvfb-run -a env QT_QPA_PLATFORM=xcb tst_walkthrough");
    QVERIFY(m_dir.isValid());
    m_shots = qEnvironmentVariable("SPRINTDECK_WALK_SHOTS");
    if (m_shots.isEmpty())
        m_shots = m_dir.filePath(u"screenshots"_s);
    QVERIFY(QDir().mkpath(m_shots));
    m_path = m_dir.filePath(u"first.sprintdeck"_s);
    m_tomorrow = QDate::currentDate().addDays(1);
    qInfo("window system %s, screenshots in %s", qPrintable(QGuiApplication::platformName()),
          qPrintable(m_shots));
}

void TestWalkthrough::cleanup()
{
    // Whatever a failed step left open must not block the next one.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_window.get() && w->isVisible() && qobject_cast<QDialog *>(w))
            static_cast<QDialog *>(w)->done(QDialog::Rejected);
    }
    if (QTest::currentTestFailed()) {
        m_keepShots = true;
        if (m_window) {
            screenshot(m_window.get(),
                       u"FAILED-"_s + QString::fromLatin1(QTest::currentTestFunction()));
        }
        qWarning("step %s failed; last screenshot: %s", QTest::currentTestFunction(),
                 qPrintable(m_lastShot));
    }
}

void TestWalkthrough::cleanupTestCase()
{
    m_window.reset();
    if (m_keepShots && qEnvironmentVariableIsEmpty("SPRINTDECK_WALK_SHOTS")) {
        m_dir.setAutoRemove(false);
        qWarning("screenshots kept in %s", qPrintable(m_shots));
    }
}

// --- helpers ---------------------------------------------------------------------------------

QString TestWalkthrough::answerModal(const std::function<void()> &open, const char *className,
                                     const Answer &answer)
{
    QString problem = u"no %1 appeared"_s.arg(QString::fromLatin1(className));
    bool answered = false;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(30);
    connect(&timer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (answered)
            return;
        if (!modal || !modal->inherits(className) || !modal->isVisible()) {
            // Something else (an error box?) or nothing: give up after a while, closing it.
            if (++ticks > 250) {
                timer.stop();
                answered = true;
                if (modal) {
                    auto *box = qobject_cast<QMessageBox *>(modal);
                    problem += u"; instead: %1 %2"_s.arg(
                        QString::fromLatin1(modal->metaObject()->className()),
                        box ? box->text() : modal->windowTitle());
                    screenshot(modal, u"unexpected-dialog"_s);
                    if (auto *dialog = qobject_cast<QDialog *>(modal))
                        dialog->done(QDialog::Rejected);
                }
            }
            return;
        }
        answered = true;
        timer.stop();
        problem = answer(modal);
        if (modal->isVisible()) {
            // The answer did not close it (an error shown in the dialog?): note what it says.
            QStringList texts;
            for (QLabel *label : modal->findChildren<QLabel *>())
                if (label->isVisible() && label->objectName() == u"error")
                    texts.append(label->text());
            if (problem.isEmpty())
                problem = u"%1 stayed open: %2"_s.arg(QString::fromLatin1(className),
                                                      texts.join(u"; "_s));
            screenshot(modal, u"dialog-stayed-open"_s);
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->done(QDialog::Rejected);
        }
    });
    timer.start();
    open();
    // Dialogs opened with open() come back at once: wait for the answer.
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        problem += u" (timed out)"_s;
    if (m_window && !activate())
        problem += u" (the window did not get the keyboard back)"_s;
    return problem;
}

bool TestWalkthrough::activate()
{
    if (QApplication::activeWindow() == m_window.get())
        return true;
    m_window->raise();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

/** Distinct colours in the image, counted on a grid up to `enough`. */
static int distinctColours(const QImage &image, int enough = 64)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
            if (colours.size() >= enough)
                return int(colours.size());
        }
    }
    return int(colours.size());
}

QString TestWalkthrough::screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    const QString path =
        QDir(m_shots).filePath(u"%1-%2.png"_s.arg(++m_shotCount, 2, 10, QChar(u'0')).arg(name));
    if (image.isNull() || !image.save(path))
        return u"cannot save the screenshot %1"_s.arg(path);
    m_lastShot = path;
    // A window with its text, icons and antialiasing has many colours; a blank one has a few.
    const int colours = distinctColours(image);
    if (colours < 16)
        return u"the screenshot looks blank (%1 colours): %2"_s.arg(colours).arg(path);
    return {};
}

QStringList TestWalkthrough::titlesIn(const CardListView *view) const
{
    QStringList titles;
    if (!view)
        return titles;
    for (qint64 id : view->cardModel()->cardIds())
        titles.append(m_board->card(id)->title);
    return titles;
}

QString TestWalkthrough::keyOf(const QString &title) const
{
    for (const Card &card : m_board->cards())
        if (card.title == title)
            return card.key;
    return {};
}

QString TestWalkthrough::summaryLine() const
{
    auto *label = m_window->findChild<QLabel *>(u"sprintSummary"_s);
    return label ? label->text() : QString();
}

bool TestWalkthrough::focusCard(CardListView *view, const QString &key)
{
    const Card *card = m_board->cardByKey(key);
    if (!view || !card)
        return false;
    view->setFocus(Qt::OtherFocusReason);
    if (!view->selectCards({card->id}))
        return false;
    return QTest::qWaitFor([view] { return view->hasFocus(); }, 2000);
}

QPoint TestWalkthrough::cardCenter(CardListView *view, const QString &key) const
{
    const Card *card = m_board->cardByKey(key);
    const int row = card ? view->cardModel()->rowOf(card->id) : -1;
    return row < 0 ? QPoint() : view->visualRect(view->model()->index(row, 0)).center();
}

void TestWalkthrough::drag(CardListView *source, QPoint from, CardListView *target, QPoint to)
{
    dragWithMouse(m_window.get(), source, from, target, to);
}

// --- the walk --------------------------------------------------------------------------------

void TestWalkthrough::firstStartOffersEmptyBoard()
{
    // The real first start: no file yet, so the welcome box offers a demo or an empty board.
    QVERIFY(!QFileInfo::exists(m_path));
    QString welcome;
    bool sawWindow = false;
    int sprints = -1, cards = -1;
    bool emptyStateShown = false;
    QString shotProblem = u"no screenshot taken"_s;
    QTimer timer;
    timer.setInterval(30);
    int ticks = 0;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (++ticks > 400) { // 12 s: give up, but never leave the event loop running
            timer.stop();
            QApplication::exit(3);
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            welcome = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == u"Empty Board")
                    b->click();
            return;
        }
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *window = qobject_cast<MainWindow *>(w);
            if (!window || !window->isVisible())
                continue;
            timer.stop();
            sawWindow = true;
            QTest::qWait(200);
            sprints = int(window->board()->sprints().size());
            cards = int(window->board()->backlog().size());
            auto *empty = window->findChild<QWidget *>(u"boardEmptyState"_s);
            emptyStateShown = empty && empty->isVisible();
            shotProblem = screenshot(window, u"first-start"_s);
            window->close();
            QApplication::exit(0);
            return;
        }
    });
    timer.start();
    GuiOptions options;
    options.dbPath = m_path;
    const int code = runGui(options);
    QCOMPARE(code, 0);
    QVERIFY2(welcome.contains(u"empty board"), qPrintable(welcome));
    QVERIFY(sawWindow);
    QCOMPARE(sprints, 0);
    QCOMPARE(cards, 0);
    QVERIFY2(emptyStateShown, "the board should invite to create the first sprint");
    QVERIFY2(shotProblem.isEmpty(), qPrintable(shotProblem));
    QVERIFY(QFileInfo::exists(m_path));

    // The rest of the walk goes on in that (now existing, empty) database, on one window.
    auto board = Board::open(m_path);
    QVERIFY2(board, board ? "" : qPrintable(board.error()));
    m_window = std::make_unique<MainWindow>(std::move(board.value()));
    m_board = m_window->board();
    m_view = m_window->boardView();
    m_window->setGeometry(20, 20, 1500, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->currentViewName(), u"board"_s);
    QCOMPARE(summaryLine(), u"No sprint"_s);
}

void TestWalkthrough::createSprint()
{
    REQUIRE_WINDOW();
    auto *action = m_window->findChild<QAction *>(u"newSprint"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QString problem =
        answerModal([action] { action->trigger(); }, "SprintDeck::NewSprintDialog",
                    [&](QWidget *dialog) {
                        auto *name = dialog->findChild<QLineEdit *>(u"sprintName"_s);
                        auto *goal = dialog->findChild<QPlainTextEdit *>(u"sprintGoal"_s);
                        auto *start = dialog->findChild<QDateEdit *>(u"sprintStart"_s);
                        auto *end = dialog->findChild<QDateEdit *>(u"sprintEnd"_s);
                        auto *capacity = dialog->findChild<QDoubleSpinBox *>(u"sprintCapacity"_s);
                        if (!name || !goal || !start || !end || !capacity)
                            return u"the New Sprint dialog lacks a field"_s;
                        if (name->text() != u"Sprint 1")
                            return u"the first sprint's proposed name is %1"_s.arg(name->text());
                        name->setFocus();
                        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
                        QTest::keyClicks(name, u"Sprint 1"_s);
                        goal->setFocus();
                        QTest::keyClicks(goal, u"Ship the walk-through"_s);
                        // Tomorrow, for two weeks (as picked in the calendar popups).
                        start->setDate(m_tomorrow);
                        end->setDate(m_tomorrow.addDays(13));
                        capacity->setFocus();
                        QTest::keyClick(capacity, Qt::Key_A, Qt::ControlModifier);
                        QTest::keyClicks(capacity, u"20"_s);
                        screenshot(dialog, u"new-sprint-dialog"_s);
                        auto *buttons = dialog->findChild<QDialogButtonBox *>();
                        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
                        return QString();
                    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QCOMPARE(m_board->sprints().size(), 1);
    const Sprint sprint = m_board->sprints().first();
    QCOMPARE(sprint.name, u"Sprint 1"_s);
    QCOMPARE(sprint.goal, u"Ship the walk-through"_s);
    QCOMPARE(sprint.start, m_tomorrow);
    QCOMPARE(sprint.end, m_tomorrow.addDays(13));
    QCOMPARE(sprint.capacity, 20.0);
    QCOMPARE(sprint.state, Sprint::State::Planned);

    // On screen: the board shows the new sprint, its columns, and the status line says so.
    QTRY_COMPARE(m_view->sprintId(), sprint.id);
    QVERIFY(m_view->sprintCombo()->currentText().startsWith(u"Sprint 1"));
    auto *empty = m_window->findChild<QWidget *>(u"boardEmptyState"_s);
    QVERIFY(empty && !empty->isVisible());
    QCOMPARE(m_board->columns().size(), 4);
    QVERIFY(cellOf(0) && cellOf(0)->isVisible());
    QCOMPARE(m_view->columnHeader(columnId(0))->name(), u"To Do"_s);
    QTRY_COMPARE(summaryLine(), u"Sprint 1: 0 cards, 0 of 0 points done"_s);
    CHECK_SHOT(m_window.get(), u"sprint-created"_s);
    // Each cell lists the new sprint's cards of its column.
    for (int c = 0; c < 4; ++c) {
        QCOMPARE(cellOf(c)->cardModel()->sprintId(), sprint.id);
        QCOMPARE(cellOf(c)->cardModel()->columnId(), columnId(c));
    }
}

void TestWalkthrough::quickAddAndEstimate()
{
    REQUIRE_WINDOW();
    CardListView *todo = cellOf(0);
    ColumnHeader *header = m_view->columnHeader(columnId(0));
    QVERIFY(todo && header);

    // N in the empty first column opens its quick-add field; each Enter adds a card.
    todo->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(todo->hasFocus());
    // A lead looks at the board before pressing N: letters typed right after a dialog are
    // not taken as board shortcuts.
    QTest::qWait(TypingGuard::kQuietMs + 100);
    QTest::keyClick(todo, Qt::Key_N);
    QLineEdit *field = header->quickAddField();
    QTRY_VERIFY(field->isVisible() && field->hasFocus());
    for (const QString &title : {u"Set up CI"_s, u"Login screen"_s, u"Password reset"_s}) {
        QTest::keyClicks(field, title);
        QTest::keyClick(field, Qt::Key_Return);
    }
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(!field->isVisible());

    QCOMPARE(m_board->cardsIn(m_view->sprintId(), columnId(0)).size(), 3);
    m_view->refreshNow();
    // The header counts them, and the column shows them in the order they were added.
    QCOMPARE(header->cardCount(), 3);
    QTRY_VERIFY2(statusMessage().startsWith(u"Added "), qPrintable(statusMessage()));
    QTRY_COMPARE(summaryLine(), u"Sprint 1: 3 cards, 0 of 0 points done"_s);
    CHECK_SHOT(m_window.get(), u"quick-added"_s);
    QVERIFY2(todo && todo->isVisible(), "the sprint's first column has no cell showing its cards");
    QCOMPARE(titlesIn(todo), QStringList({u"Set up CI"_s, u"Login screen"_s, u"Password reset"_s}));

    // Enter on a card opens the editor: estimate, assign (a new name adds the member).
    struct Estimate
    {
        QString title;
        QString points;
        QString assignee;
    };
    const QList<Estimate> estimates = {{u"Set up CI"_s, u"3"_s, u"Alex"_s},
                                       {u"Login screen"_s, u"5"_s, u"Alex"_s},
                                       {u"Password reset"_s, u"2"_s, QString()}};
    for (const Estimate &e : estimates) {
        QVERIFY(focusCard(todo, keyOf(e.title)));
        const QString problem = answerModal(
            [&] { QTest::keyClick(todo, Qt::Key_Return); }, "SprintDeck::CardEditor",
            [&](QWidget *editor) {
                auto *points = editor->findChild<QLineEdit *>(u"editorPoints"_s);
                auto *assignee = editor->findChild<QComboBox *>(u"editorAssignee"_s);
                if (!points || !assignee || !assignee->lineEdit())
                    return u"the card editor lacks the points or assignee field"_s;
                points->setFocus();
                QTest::keyClicks(points, e.points);
                if (!e.assignee.isEmpty()) {
                    assignee->lineEdit()->setFocus();
                    QTest::keyClick(assignee->lineEdit(), Qt::Key_A, Qt::ControlModifier);
                    QTest::keyClicks(assignee->lineEdit(), e.assignee);
                }
                screenshot(editor, u"card-editor"_s);
                auto *buttons = editor->findChild<QDialogButtonBox *>();
                QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
                return QString();
            });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(m_board->card(m_board->cardByKey(keyOf(u"Set up CI"_s))->id)->points, 3.0);
    QVERIFY(m_board->memberByName(u"Alex"_s));
    m_view->refreshNow();
    QCOMPARE(header->points(), 10.0);
    QTRY_COMPARE(summaryLine(), u"Sprint 1: 3 cards, 0 of 10 points done (0%)"_s);
    CHECK_SHOT(m_window.get(), u"estimated"_s);

    // A checklist item typed into the editor and entered with Enter is added; the editor stays.
    QVERIFY(focusCard(todo, keyOf(u"Set up CI"_s)));
    const QString problem = answerModal(
        [&] { QTest::keyClick(todo, Qt::Key_Return); }, "SprintDeck::CardEditor",
        [&](QWidget *editor) {
            auto *item = editor->findChild<QLineEdit *>(u"editorNewItem"_s);
            auto *list = editor->findChild<QListWidget *>(u"editorChecklist"_s);
            if (!item || !list)
                return u"the card editor lacks the checklist"_s;
            item->setFocus();
            QTest::keyClicks(item, u"Pipeline green"_s);
            QTest::keyClick(item, Qt::Key_Return);
            QTest::qWait(100);
            if (!editor->isVisible())
                return u"Enter in the checklist field closed the card editor"_s;
            if (list->count() != 1)
                return u"the checklist has %1 items after Enter, not 1"_s.arg(list->count());
            QTest::keyClicks(item, u"Cache dependencies"_s);
            QTest::keyClick(item, Qt::Key_Return);
            QTest::qWait(100);
            if (!editor->isVisible() || list->count() != 2)
                return u"the second checklist item was not added"_s;
            auto *buttons = editor->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
            return QString();
        });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_board->cardByKey(keyOf(u"Set up CI"_s))->checklist.size(), 2);
}

void TestWalkthrough::planFromBacklogAndStart()
{
    REQUIRE_WINDOW();
    BacklogPanel *backlog = m_window->backlogPanel();
    QVERIFY(backlog && backlog->isVisible());
    QLineEdit *field = backlog->quickAddField();
    field->setFocus(Qt::OtherFocusReason);
    for (const QString &title : {u"Audit log"_s, u"Export CSV"_s, u"Dark mode"_s}) {
        QTest::keyClicks(field, title);
        QTest::keyClick(field, Qt::Key_Return);
    }
    CardListView *list = backlog->listView();
    QCOMPARE(list->cardModel()->rowCount(), 3);
    QCOMPARE(backlog->summaryText(), u"3 cards \u00b7 0 pts"_s);
    CHECK_SHOT(m_window.get(), u"backlog-filled"_s);

    // One by mouse: from the backlog onto the first column.
    CardListView *todo = cellOf(0);
    QVERIFY2(todo, "the sprint's first column has no cell showing its cards");
    QVERIFY(!cardCenter(list, keyOf(u"Audit log"_s)).isNull());
    drag(list, cardCenter(list, keyOf(u"Audit log"_s)), todo,
         QPoint(todo->viewport()->width() / 2, todo->viewport()->height() - 20));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_board->cardByKey(keyOf(u"Audit log"_s))->sprintId, m_view->sprintId());
    QVERIFY(titlesIn(todo).contains(u"Audit log"_s));

    // One with the panel's button (the context action): select it, click "Move to Sprint 1".
    QVERIFY(focusCard(list, keyOf(u"Export CSV"_s)));
    QPushButton *toSprint = backlog->moveToSprintButton();
    QTRY_VERIFY(toSprint->isEnabled());
    QCOMPARE(toSprint->text(), u"Move to Sprint 1  \u2192"_s);
    QTest::mouseClick(toSprint, Qt::LeftButton);
    QTRY_COMPARE(list->cardModel()->rowCount(), 1);
    QCOMPARE(titlesIn(list), QStringList{u"Dark mode"_s});
    QCOMPARE(backlog->summaryText(), u"1 card \u00b7 0 pts"_s);
    QCOMPARE(titlesIn(todo).size(), 5);
    m_view->refreshNow();
    QCOMPARE(m_view->columnHeader(columnId(0))->cardCount(), 5);
    QTRY_COMPARE(summaryLine(), u"Sprint 1: 5 cards, 0 of 10 points done (0%)"_s);
    CHECK_SHOT(m_window.get(), u"planned"_s);

    // Sprint ▸ Start Sprint…
    auto *start = m_window->findChild<QAction *>(u"startSprint"_s);
    QVERIFY(start && start->isEnabled());
    QString summary;
    const QString problem =
        answerModal([start] { start->trigger(); }, "SprintDeck::StartSprintDialog",
                    [&](QWidget *dialog) {
                        auto *label = dialog->findChild<QLabel *>(u"summary"_s);
                        summary = label ? label->text() : QString();
                        screenshot(dialog, u"start-sprint-dialog"_s);
                        auto *buttons = dialog->findChild<QDialogButtonBox *>();
                        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
                        return QString();
                    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(summary.contains(u"Committing 5 cards with 10 points."), qPrintable(summary));
    const Sprint *sprint = m_board->sprint(m_view->sprintId());
    QCOMPARE(sprint->state, Sprint::State::Active);
    QTRY_VERIFY2(m_view->sprintCombo()->currentText().contains(u"active"),
                 qPrintable(m_view->sprintCombo()->currentText()));
    QVERIFY(!start->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(u"closeSprint"_s)->isEnabled());
    CHECK_SHOT(m_window.get(), u"started"_s);
}

void TestWalkthrough::moveByMouseAndKeyboard()
{
    REQUIRE_WINDOW();
    CardListView *todo = cellOf(0);
    CardListView *doing = cellOf(1);
    QVERIFY(todo && doing);
    QVERIFY(titlesIn(doing).isEmpty());

    // By mouse: "Set up CI" to In Progress.
    QVERIFY2(!cardCenter(todo, keyOf(u"Set up CI"_s)).isNull(),
             qPrintable(u"To Do shows: "_s + titlesIn(todo).join(u", "_s)));
    drag(todo, cardCenter(todo, keyOf(u"Set up CI"_s)), doing,
         QPoint(doing->viewport()->width() / 2, 30));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(titlesIn(doing), QStringList{u"Set up CI"_s});
    QVERIFY(!titlesIn(todo).contains(u"Set up CI"_s));
    QCOMPARE(m_board->cardByKey(keyOf(u"Set up CI"_s))->columnId, columnId(1));

    // By keyboard: "Login screen", Ctrl+Right.
    QVERIFY(focusCard(todo, keyOf(u"Login screen"_s)));
    QTest::keyClick(todo, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_board->cardByKey(keyOf(u"Login screen"_s))->columnId, columnId(1));
    QCOMPARE(titlesIn(doing).size(), 2);
    QVERIFY(titlesIn(doing).contains(u"Login screen"_s));
    QCOMPARE(titlesIn(todo).size(), 3);
    m_view->refreshNow();
    QCOMPARE(m_view->columnHeader(columnId(0))->cardCount(), 3);
    QCOMPARE(m_view->columnHeader(columnId(1))->cardCount(), 2);
    CHECK_SHOT(m_window.get(), u"moved"_s);
}

void TestWalkthrough::undoAndRedoByKeyboard()
{
    REQUIRE_WINDOW();
    CardListView *todo = cellOf(0);
    CardListView *doing = cellOf(1);
    QVERIFY(todo && doing);
    const QString login = keyOf(u"Login screen"_s);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ctrl+Z takes the keyboard move back: the card is in To Do again, on screen.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY2(titlesIn(todo).contains(u"Login screen"_s),
                 qPrintable(titlesIn(todo).join(u", "_s)));
    QVERIFY(!titlesIn(doing).contains(u"Login screen"_s));
    QCOMPARE(m_board->cardByKey(login)->columnId, columnId(0));
    CHECK_SHOT(m_window.get(), u"undone"_s);

    // Ctrl+Shift+Z redoes it.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2(titlesIn(doing).contains(u"Login screen"_s),
                 qPrintable(u"In Progress shows: "_s + titlesIn(doing).join(u", "_s)));
    QVERIFY(!titlesIn(todo).contains(u"Login screen"_s));
    QCOMPARE(m_board->cardByKey(login)->columnId, columnId(1));
    CHECK_SHOT(m_window.get(), u"redone"_s);
}

void TestWalkthrough::fillAndPresentStandup()
{
    REQUIRE_WINDOW();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentViewName(), u"standup"_s);
    auto *standup = m_window->findChild<StandupView *>();
    QVERIFY(standup && standup->isVisible());
    const Member *alex = m_board->memberByName(u"Alex"_s);
    QVERIFY(alex);
    QTRY_VERIFY(standup->entryWidget(alex->id));
    StandupEntryWidget *row = standup->entryWidget(alex->id);
    QTRY_VERIFY(row->isVisible());

    auto *fill = standup->findChild<QAbstractButton *>(u"fillFromBoard"_s);
    QVERIFY(fill && fill->isEnabled());
    QTest::mouseClick(fill, Qt::LeftButton);
    QString written;
    for (StandupEntry::Field field : {StandupEntry::Field::Yesterday, StandupEntry::Field::Today,
                                      StandupEntry::Field::Blockers})
        written += row->editor(field)->toPlainText();
    QVERIFY2(!written.trimmed().isEmpty(), qPrintable(standup->statusText()));
    QVERIFY2(written.contains(u"Set up CI"_s) || written.contains(u"Login screen"_s),
             qPrintable(written));
    CHECK_SHOT(m_window.get(), u"standup-filled"_s);

    auto *present = standup->findChild<QAbstractButton *>(u"present"_s);
    QVERIFY(present);
    QTest::mouseClick(present, Qt::LeftButton);
    QTRY_VERIFY(standup->presenter() && standup->presenter()->isVisible());
    QPointer<PresenterWindow> presenter = standup->presenter();
    QVERIFY(QTest::qWaitForWindowExposed(presenter.data()));
    QVERIFY(presenter->pageCount() >= 2); // Alex, and the closing page
    CHECK_SHOT(presenter.data(), u"presenter"_s);
    QTest::keyClick(presenter.data(), Qt::Key_Escape);
    QTRY_VERIFY(!presenter || !presenter->isVisible());
    QVERIFY(activate());
    QCOMPARE(m_window->currentViewName(), u"standup"_s);
}

void TestWalkthrough::exportSlides()
{
    REQUIRE_WINDOW();
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentViewName(), u"slides"_s);
    auto *slides = m_window->findChild<SlidesView *>();
    QVERIFY(slides && slides->isVisible());
    QTRY_VERIFY(!slides->pages().isEmpty());
    // No viewer is started from a test.
    for (QCheckBox *box : slides->findChildren<QCheckBox *>())
        if (box->text() == u"&Open after export")
            box->setChecked(false);
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : slides->findChildren<QPushButton *>())
        if (b->text() == u"Export P&DF\u2026")
            exportButton = b;
    QVERIFY(exportButton);
    QTRY_VERIFY(exportButton->isEnabled());
    CHECK_SHOT(m_window.get(), u"slides"_s);

    const QString pdf = m_dir.filePath(u"walk-deck.pdf"_s);
    const QString problem = answerModal(
        [exportButton] { QTest::mouseClick(exportButton, Qt::LeftButton); }, "QFileDialog",
        [&](QWidget *widget) {
            auto *dialog = static_cast<QFileDialog *>(widget);
            // Typed over the proposed name, as the user does (selectFile() leaves a focused
            // name field alone).
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            if (!name)
                return u"the file dialog has no name field"_s;
            // In our folder; a name without slashes keeps the dialog from browsing as it types.
            dialog->setDirectory(m_dir.path());
            QTest::qWait(200);
            name->setFocus();
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(name, QFileInfo(pdf).fileName());
            if (dialog->selectedFiles() != QStringList{pdf})
                return u"the file dialog chose %1"_s.arg(dialog->selectedFiles().join(u", "_s));
            QMetaObject::invokeMethod(dialog, "accept");
            return QString();
        });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_VERIFY(QFileInfo::exists(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY2(statusMessage().startsWith(u"Exported "), qPrintable(statusMessage()));
    QVERIFY2(statusMessage().endsWith(u"walk-deck.pdf"), qPrintable(statusMessage()));
}

void TestWalkthrough::closeSprint()
{
    REQUIRE_WINDOW();
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentViewName(), u"board"_s);
    // "Set up CI" is done: Ctrl+Right from In Progress through Review to Done.
    CardListView *doing = cellOf(1);
    QVERIFY(doing);
    QVERIFY(focusCard(doing, keyOf(u"Set up CI"_s)));
    QTest::keyClick(doing, Qt::Key_Right, Qt::ControlModifier);
    CardListView *review = cellOf(2);
    QVERIFY(focusCard(review, keyOf(u"Set up CI"_s)));
    QTest::keyClick(review, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(titlesIn(cellOf(3)), QStringList{u"Set up CI"_s});
    QTRY_COMPARE(summaryLine(), u"Sprint 1: 5 cards, 3 of 10 points done (30%)"_s);

    auto *close = m_window->findChild<QAction *>(u"closeSprint"_s);
    QVERIFY(close && close->isEnabled());
    int incomplete = -1;
    const QString problem =
        answerModal([close] { close->trigger(); }, "SprintDeck::CloseSprintDialog",
                    [&](QWidget *dialog) {
                        auto *list = dialog->findChild<QListWidget *>(u"incompleteCards"_s);
                        auto *toBacklog = dialog->findChild<QRadioButton *>(u"toBacklog"_s);
                        if (!list || !toBacklog)
                            return u"the Close Sprint dialog lacks its list or choice"_s;
                        incomplete = list->count();
                        QTest::mouseClick(toBacklog, Qt::LeftButton);
                        screenshot(dialog, u"close-sprint-dialog"_s);
                        auto *buttons = dialog->findChild<QDialogButtonBox *>();
                        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
                        return QString();
                    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(incomplete, 4);
    const Sprint *sprint = m_board->sprints().isEmpty() ? nullptr : &m_board->sprints().first();
    QVERIFY(sprint);
    QCOMPARE(sprint->state, Sprint::State::Closed);

    // On screen: the incomplete cards wait in the backlog, the board keeps the done one.
    CardListView *backlog = m_window->backlogPanel()->listView();
    QTRY_COMPARE(backlog->cardModel()->rowCount(), 5); // four carried over and "Dark mode"
    QCOMPARE(m_window->backlogPanel()->summaryText(), u"5 cards \u00b7 7 pts"_s);
    QTRY_VERIFY2(m_view->sprintCombo()->currentText().contains(u"closed"),
                 qPrintable(m_view->sprintCombo()->currentText()));
    QCOMPARE(titlesIn(cellOf(3)), QStringList{u"Set up CI"_s});
    // The status line keeps the numbers of the close.
    QTRY_COMPARE(summaryLine(), u"Sprint 1: 5 cards, 3 of 10 points done (30%)"_s);
    CHECK_SHOT(m_window.get(), u"closed"_s);

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentViewName(), u"charts"_s);
    auto *charts = m_window->findChild<QLabel *>(u"chartsSummary"_s);
    QVERIFY(charts);
    QTRY_VERIFY2(charts->text().contains(u"closed: frozen report"), qPrintable(charts->text()));
    QVERIFY2(charts->text().contains(u"Committed <b>10</b>"), qPrintable(charts->text()));
    CHECK_SHOT(m_window.get(), u"charts-closed"_s);
}

SPRINTDECK_SETTINGS_TEST_MAIN(TestWalkthrough)

#include "tst_walkthrough.moc"

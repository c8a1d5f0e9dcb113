#include "ui/shell/mainwindow.h"
#include "ui/board/backlogpanel.h"
#include "ui/board/boardview.h"
#include "ui/board/cardactions.h"
#include "ui/charts/chartsview.h"
#include "ui/common/boardstyle.h"
#include "ui/common/messages.h"
#include "ui/import/importexport.h"
#include "ui/shell/fileactions.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/settings.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/slides/slidesview.h"
#include "ui/sprints/sprintactions.h"
#include "ui/standup/standupview.h"
#include "ui/sync/synccontroller.h"
#include "ui/team/teamcontroller.h"

#include "core/board/board.h"
#include "core/board/storewatcher.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QUndoStack>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace SprintDeck {

MainWindow::MainWindow(std::unique_ptr<Board> board, QWidget *parent)
    : QMainWindow(parent)
    , m_board(std::move(board))
    , m_stack(new QStackedWidget(this))
    , m_viewActions(new QActionGroup(this))
{
    setCentralWidget(m_stack);
    createMenus();

    m_boardView = new BoardView(m_board.get(), this);
    addView(u"board"_s, tr("&Board"), m_boardView, QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *charts = new ChartsView(m_board.get(), this);
    addView(u"charts"_s, tr("&Charts"), charts, QKeySequence(Qt::CTRL | Qt::Key_2));
    charts->setSprintId(m_boardView->sprintId());
    connect(m_boardView, &BoardView::sprintChanged, charts, &ChartsView::setSprintId);
    connect(m_boardView, &BoardView::forecastRequested, this,
            [this, charts](const QList<qint64> &cardIds) {
                showView(u"charts"_s);
                charts->forecastCards(cardIds);
            });
    addView(u"standup"_s, tr("&Standup"), new StandupView(m_board.get(), this),
            QKeySequence(Qt::CTRL | Qt::Key_3));
    auto *slides = new SlidesView(m_board.get(), this);
    addView(u"slides"_s, tr("S&lides"), slides, QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(slides, &SlidesView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    setUpBoardUi();
    auto *sprintActions =
        new SprintActions(m_board.get(), this, [this] { return m_boardView->sprintId(); });
    sprintActions->fillMenu(menuBar()->addMenu(tr("&Sprint")));
    connect(sprintActions, &SprintActions::sprintChosen, m_boardView, &BoardView::setSprintId);
    new SyncController(this, m_board.get());
    new TeamController(this, m_board.get(), m_fileMenu);
    // What scripts and other windows write to the file appears here within a moment.
    new StoreWatcher(m_board.get(), m_board.get());

    connect(m_board.get(), &Board::errorOccurred, this, [this](const QString &message) {
        m_saveError = message;
        updateSaveStatus();
        showError(this, tr("Change Not Saved"), message);
    });
    createHelpMenu();
    connect(m_board->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1400, 900);
    // Every view is laid out to work from 800×600 up; smaller would cut them off.
    setMinimumSize(800, 600);
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_fileActions = new FileActions(this, file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    ImportExport::install(this, file);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_board->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_board->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, plus the platform's own keys; where the platform's Redo is
    // Ctrl+Shift+Z already, binding it twice would make Qt refuse it as ambiguous.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    redoKeys.removeAll(ctrlShiftZ);
    redoKeys.prepend(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    m_editMenu = edit;
    QAction *preferences =
        new QAction(tr("&Preferences\u2026"), this); // added last to the menu (setUpBoardUi)
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Default database, standup timer, calendar, theme and language"));
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewActions->setExclusive(true);
}

void MainWindow::addView(const QString &name, const QString &title, QWidget *view,
                         const QKeySequence &shortcut)
{
    view->setObjectName(name + u"View"_s);
    m_stack->addWidget(view);
    QAction *action = m_viewMenu->addAction(title);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setData(name);
    m_viewActions->addAction(action);
    connect(action, &QAction::triggered, this, [this, name] { showView(name); });
    if (m_stack->count() == 1)
        action->setChecked(true);
}

bool MainWindow::showView(const QString &name)
{
    // "flow" is the Charts view's flow page; "charts" its sprint page.
    const bool flow = name == u"flow";
    if (auto *charts = m_stack->findChild<ChartsView *>(); charts && (flow || name == u"charts"))
        charts->showFlow(flow);
    const QString view = flow ? u"charts"_s : name;
    for (QAction *action : m_viewActions->actions()) {
        if (action->data().toString() == view) {
            m_stack->setCurrentWidget(
                m_stack->findChild<QWidget *>(view + u"View"_s, Qt::FindDirectChildrenOnly));
            action->setChecked(true);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentViewName() const
{
    QString name = m_stack->currentWidget() ? m_stack->currentWidget()->objectName() : QString();
    name.chop(4);
    return name;
}

void MainWindow::updateTitle()
{
    // Every change is written to the file as it is made: there is never anything unsaved, so
    // the title carries no modified marker (the status bar tells "edited since opened").
    setWindowFilePath(m_board->path());
    setWindowTitle(QFileInfo(m_board->path()).fileName());
    setWindowModified(false);
}

// --- board window parts: backlog, undo history, status bar, files ----------

void MainWindow::setUpBoardUi()
{
    QMenu *cards = menuBar()->addMenu(tr("&Card"));
    m_boardView->cardActions()->fillMenu(cards);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_boardView->findAction());

    m_backlog = new BacklogPanel(m_boardView, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_backlog);
    QAction *backlogToggle = m_backlog->toggleViewAction();
    backlogToggle->setText(tr("&Backlog"));
    backlogToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_viewMenu->addAction(backlogToggle);
    resizeDocks({m_backlog}, {330}, Qt::Horizontal);
    QAction *ages = m_viewMenu->addAction(tr("Days in &Progress on Cards"));
    ages->setObjectName(u"showCardAges"_s);
    ages->setCheckable(true);
    ages->setChecked(Settings::showCardAge());
    m_boardView->setShowCardAges(ages->isChecked());
    connect(ages, &QAction::toggled, this, [this](bool on) {
        Settings::setShowCardAge(on);
        m_boardView->setShowCardAges(on);
    });

    auto *undoView = new QUndoView(m_board->undoStack());
    undoView->setObjectName(u"undoView"_s);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo history"));
    // Entries name cards and columns in full: long ones wrap instead of being cut off.
    undoView->setWordWrap(true);
    undoView->setTextElideMode(Qt::ElideNone);
    undoView->setUniformItemSizes(false);
    undoView->setResizeMode(QListView::Adjust);
    undoView->setMinimumWidth(260);
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(u"undoDock"_s);
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    QAction *historyToggle = m_undoDock->toggleViewAction();
    historyToggle->setText(tr("Undo &History"));
    historyToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_editMenu->addSeparator();
    m_editMenu->addAction(historyToggle);
    m_editMenu->addSeparator();
    m_editMenu->addAction(findChild<QAction *>(u"preferencesAction"_s));

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"sprintSummary"_s);
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(u"saveStatus"_s);
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
    m_summaryLabel->setText(m_boardView->summary());
    connect(m_boardView, &BoardView::summaryChanged, m_summaryLabel, &QLabel::setText);
    connect(m_boardView, &BoardView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_board->undoStack(), &QUndoStack::indexChanged, this, [this] {
        m_saveError.clear();
        updateSaveStatus();
    });
    connect(m_board->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateSaveStatus);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::onViewChanged);
    onViewChanged();
    updateSaveStatus();
}

QString MainWindow::saveStatus() const
{
    return m_saveLabel ? m_saveLabel->text() : QString();
}

void MainWindow::updateSaveStatus()
{
    if (!m_saveLabel)
        return;
    if (!m_saveError.isEmpty()) {
        m_saveLabel->setText(tr("\u26a0 Last change not saved"));
        m_saveLabel->setToolTip(m_saveError);
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, BoardStyle::danger(pal));
        m_saveLabel->setPalette(pal);
    } else {
        // Every change is committed as it is made; clean means "as opened".
        const bool clean = m_board->undoStack()->isClean();
        m_saveLabel->setText(clean ? tr("\u2713 All changes saved")
                                   : tr("\u2713 All changes saved \u00b7 edited"));
        m_saveLabel->setToolTip(
            clean ? tr("No changes since %1 was opened").arg(QFileInfo(m_board->path()).fileName())
                  : tr("Every change is written to %1 as you make it; undo walks them back")
                        .arg(QFileInfo(m_board->path()).fileName()));
        m_saveLabel->setPalette(QPalette()); // follow the window's palette again
    }
}

void MainWindow::onViewChanged()
{
    // Only the view on show decides how small the window may be: a hidden view's
    // minimum would otherwise hold the board and its backlog above 800 pixels.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *view = m_stack->widget(i);
        view->setSizePolicy(view == m_stack->currentWidget()
                                ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }

    // The backlog belongs to the board; other views get the whole window.
    const bool onBoard = m_stack->currentWidget() == m_boardView;
    if (onBoard == m_onBoard || !m_backlog)
        return;
    if (!onBoard) {
        m_backlogWanted = m_backlog->isVisible();
        m_backlog->hide();
    } else if (m_backlogWanted) {
        m_backlog->show();
    }
    m_onBoard = onBoard;
}

bool MainWindow::openBoardWindow(const QString &path, bool create)
{
    const QFileInfo info(path);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *other = qobject_cast<MainWindow *>(w);
        if (other && other->isVisible() && info.exists() &&
            QFileInfo(other->board()->path()).canonicalFilePath() == info.canonicalFilePath()) {
            other->raise();
            other->activateWindow();
            return true;
        }
    }
    if (create && info.exists()) {
        showError(this, tr("Cannot Create Board"),
                  tr("%1 exists already; use Open Board to open it.").arg(info.absoluteFilePath()));
        return false;
    }
    if (!create && !info.exists()) {
        showError(this, tr("Cannot Open Board"),
                  tr("%1 does not exist.").arg(info.absoluteFilePath()));
        return false;
    }
    return openWindow(info.absoluteFilePath(), create) != nullptr;
}

MainWindow *MainWindow::openWindow(const QString &path, bool create)
{
    auto opened = Board::open(path);
    if (!opened) {
        showError(this, create ? tr("Cannot Create Board") : tr("Cannot Open Board"),
                  opened.error());
        return nullptr;
    }
    Settings::addRecentFile(path);
    auto *window = new MainWindow(std::move(opened.value()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(size());
    window->move(pos() + QPoint(32, 32));
    window->show();
    return window;
}

MainWindow *MainWindow::switchToBoard(const QString &path)
{
    const QByteArray geometry = saveGeometry();
    const QByteArray state = saveState();
    const QString view = currentViewName();
    MainWindow *window = openWindow(QFileInfo(path).absoluteFilePath(), false);
    if (!window)
        return nullptr;
    window->restoreGeometry(geometry);
    window->restoreState(state);
    window->showView(view);
    close();
    return window;
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(u"shortcutsAction"_s);
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setStatusTip(tr("Every action with its keys (also ? outside text fields)"));
    QAction *about = help->addAction(tr("&About SprintDeck"), this, [this] {
        QMessageBox::about(this, tr("About SprintDeck"),
                           tr("<b>SprintDeck %1</b><br>A sprint board with burndown charts, "
                              "standups and review slides on a local database file.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this, this);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    m_shortcuts->searchEdit()->setFocus();
    return m_shortcuts;
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Preferences saved"), 4000); });
    dialog->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // "?" opens the keyboard overview unless a text field takes the key.
    if (event->type() == QEvent::KeyPress && isActiveWindow()) {
        auto *key = static_cast<QKeyEvent *>(event);
        QWidget *focus = QApplication::focusWidget();
        const bool typing =
            qobject_cast<QLineEdit *>(focus) || qobject_cast<QTextEdit *>(focus) ||
            qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus) ||
            (qobject_cast<QComboBox *>(focus) && static_cast<QComboBox *>(focus)->isEditable());
        if (key->text() == u"?"_s && !typing && focus && focus->window() == this) {
            showShortcuts();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// --- window state ------------------------------------------------------------

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.beginGroup(u"window"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"view"_s, currentViewName());
    settings.setValue(u"backlogVisible"_s,
                      m_onBoard ? (m_backlog && m_backlog->isVisible()) : m_backlogWanted);
    settings.setValue(u"historyVisible"_s, m_undoDock && m_undoDock->isVisible());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters)
        if (!splitter->objectName().isEmpty())
            settings.setValue(u"splitters/"_s + splitter->objectName(), splitter->saveState());
}

void MainWindow::restoreWindowState()
{
    Settings::addRecentFile(m_board->path());
    QSettings settings;
    settings.beginGroup(u"window"_s);
    if (settings.contains(u"geometry"_s))
        restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    if (settings.contains(u"state"_s))
        restoreState(settings.value(u"state"_s).toByteArray());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QString key = u"splitters/"_s + splitter->objectName();
        if (!splitter->objectName().isEmpty() && settings.contains(key))
            splitter->restoreState(settings.value(key).toByteArray());
    }
    if (m_undoDock && settings.contains(u"historyVisible"_s))
        m_undoDock->setVisible(settings.value(u"historyVisible"_s).toBool());
    const QString view = settings.value(u"view"_s).toString();
    if (!view.isEmpty())
        showView(view);
    if (m_backlog && settings.contains(u"backlogVisible"_s)) {
        const bool wanted = settings.value(u"backlogVisible"_s).toBool();
        if (m_onBoard)
            m_backlog->setVisible(wanted);
        else
            m_backlogWanted = wanted;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace SprintDeck

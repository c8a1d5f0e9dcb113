#include "mainwindow.h"
#include "boardview.h"

#include "board/board.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

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

    connect(m_board.get(), &Board::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Change Not Saved"), message);
    });
    connect(m_board->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_board->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_board->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewActions->setExclusive(true);
}

void MainWindow::addView(const QString &name, const QString &title, QWidget *view, const QKeySequence &shortcut)
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
    for (QAction *action : m_viewActions->actions()) {
        if (action->data().toString() == name) {
            m_stack->setCurrentWidget(m_stack->findChild<QWidget *>(name + u"View"_s, Qt::FindDirectChildrenOnly));
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
    setWindowFilePath(m_board->path());
    setWindowTitle(u"%1[*]"_s.arg(QFileInfo(m_board->path()).fileName()));
    setWindowModified(!m_board->undoStack()->isClean());
}

} // namespace SprintDeck

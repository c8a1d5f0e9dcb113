#include "ui/shell/fileactions.h"
#include "ui/common/messages.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settings.h"

#include "core/board/board.h"
#include "core/board/boardfile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString boardFilter()
{
    return QApplication::translate("SprintDeck::FileActions",
                                   "SprintDeck boards (*.sprintdeck);;All files (*)");
}

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".sprintdeck"_s;
    return path;
}

} // namespace

FileActions::FileActions(MainWindow *window, QMenu *fileMenu)
    : QObject(window)
    , m_window(window)
    , m_recentMenu(new QMenu(tr("Open &Recent"), fileMenu))
{
    setObjectName(u"fileActions"_s);
    QAction *newAction = fileMenu->addAction(tr("&New\u2026"), this, &FileActions::newBoard);
    newAction->setObjectName(u"newAction"_s);
    // Ctrl+N adds a card on the board.
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setStatusTip(tr("Create an empty board file and open it in a new window"));
    QAction *openAction = fileMenu->addAction(tr("&Open\u2026"), this, &FileActions::openBoard);
    openAction->setObjectName(u"openAction"_s);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a board file in a new window"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::fillRecentMenu);
    fillRecentMenu();
    QAction *saveAs =
        fileMenu->addAction(tr("Save &As\u2026"), this, &FileActions::chooseAndSaveAs);
    saveAs->setObjectName(u"saveAsAction"_s);
    // Ctrl+Shift+S moves cards into the sprint on the board.
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    saveAs->setStatusTip(tr("Save a copy of the board under a new name and continue in the copy"));
}

void FileActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 board.sprintdeck": the digit is the mnemonic.
        QAction *action = m_recentMenu->addAction(
            u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_s)));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        Settings::clearRecentFiles();
        fillRecentMenu();
    });
    clear->setObjectName(u"clearRecentAction"_s);
    clear->setEnabled(!files.isEmpty());
}

bool FileActions::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        Settings::removeRecentFile(path);
        fillRecentMenu();
        showError(m_window, tr("Cannot Open Board"),
                  tr("%1 no longer exists; it was removed from the recent files.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return m_window->openBoardWindow(path, false);
}

void FileActions::newBoard()
{
    const QString dir = QFileInfo(m_window->board()->path()).absolutePath();
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        m_window, tr("New Board"), dir, boardFilter(), nullptr, QFileDialog::DontConfirmOverwrite));
    if (!path.isEmpty())
        m_window->openBoardWindow(path, true);
}

void FileActions::openBoard()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Board"), QFileInfo(m_window->board()->path()).absolutePath(),
        boardFilter());
    if (!path.isEmpty())
        m_window->openBoardWindow(path, false);
}

void FileActions::chooseAndSaveAs()
{
    const QFileInfo current(m_window->board()->path());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1 copy.sprintdeck", "file name of a copy").arg(current.completeBaseName()));
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(m_window, tr("Save Board As"), suggested, boardFilter()));
    if (!path.isEmpty())
        saveAs(path);
}

bool FileActions::saveAs(const QString &path)
{
    if (Status s = saveBoardCopy(*m_window->board(), path); !s) {
        showError(m_window, tr("Cannot Save Board"), s.error());
        return false;
    }
    MainWindow *copy = m_window->switchToBoard(path);
    if (!copy)
        return false;
    copy->statusBar()->showMessage(
        tr("Saved a copy as %1; you are working in the copy.").arg(QFileInfo(path).fileName()),
        8000);
    return true;
}

} // namespace SprintDeck

#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace SprintDeck {

class MainWindow;

/**
 * File > New…, Open…, Open Recent and Save As… of a main window. New and Open
 * open the board in a window of its own (or raise the window that has it);
 * Save As writes a copy of the open database and continues in the copy.
 */
class FileActions : public QObject
{
    Q_OBJECT
public:
    /** Adds the actions at the top of `fileMenu`. */
    FileActions(MainWindow *window, QMenu *fileMenu);

    QMenu *recentMenu() const { return m_recentMenu; }

    /** Opens a recently used file; a file that is gone is taken off the list with a message. */
    bool openRecent(const QString &path);
    /** Copies the board to `path` and switches to the copy; false (with a dialog) on error. */
    bool saveAs(const QString &path);

private:
    void newBoard();
    void openBoard();
    void chooseAndSaveAs();
    void fillRecentMenu();

    MainWindow *m_window;
    QMenu *m_recentMenu;
};

} // namespace SprintDeck

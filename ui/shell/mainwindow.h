#pragma once

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace SprintDeck {

class BacklogPanel;
class Board;
class BoardView;
class FileActions;
class ShortcutsDialog;

/**
 * The main window: one open board and its views (board, charts, standup,
 * slides) in a stack, menus and the status bar.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Board> board, QWidget *parent = nullptr);
    ~MainWindow() override;

    Board *board() const { return m_board.get(); }
    BoardView *boardView() const { return m_boardView; }

    /** Adds a view reachable from the View menu; `name` is what --view takes. */
    void addView(const QString &name, const QString &title, QWidget *view,
                 const QKeySequence &shortcut);
    /** Shows a view by name; false when there is none. */
    bool showView(const QString &name);
    QString currentViewName() const;

    BacklogPanel *backlogPanel() const { return m_backlog; }
    QDockWidget *undoHistoryDock() const { return m_undoDock; }
    QString saveStatus() const;
    /** Opens a board file in its own window (or raises the window that has it); false on error. */
    bool openBoardWindow(const QString &path, bool create);
    /**
     * Continues in another board file: a window for it takes this window's place,
     * size, panels and view, and this window closes. Null (with a dialog) when the
     * file cannot be opened; this window then stays as it is.
     */
    MainWindow *switchToBoard(const QString &path);
    FileActions *fileActions() const { return m_fileActions; }

    /**
     * Size, panels, splitters and view as the user left them (the settings' window/...),
     * and the board's file first among the recent files: for the window the user started.
     */
    void restoreWindowState();
    void saveWindowState() const;

    /** Shows the keyboard overview (F1); created on first use. */
    ShortcutsDialog *showShortcuts();
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void createHelpMenu();
    void updateTitle();
    void setUpBoardUi();
    void updateSaveStatus();
    void onViewChanged();
    MainWindow *openWindow(const QString &path, bool create);

    std::unique_ptr<Board> m_board;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_viewActions = nullptr;
    BoardView *m_boardView = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    BacklogPanel *m_backlog = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    FileActions *m_fileActions = nullptr;
    QMenu *m_fileMenu = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    QString m_saveError;
    bool m_backlogWanted = true;
    bool m_onBoard = true;
};

} // namespace SprintDeck

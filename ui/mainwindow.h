#pragma once

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QActionGroup;
class QDockWidget;
class QLabel;

namespace SprintDeck {

class BacklogPanel;
class Board;
class BoardView;

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

private:
    void createMenus();
    void updateTitle();
    void setUpBoardUi();
    void newBoard();
    void openBoard();
    void updateSaveStatus();
    void onViewChanged();

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
    QString m_saveError;
    bool m_backlogWanted = true;
    bool m_onBoard = true;
};

} // namespace SprintDeck

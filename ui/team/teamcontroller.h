#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace SprintDeck {

class Board;
class MainWindow;
class SecretStore;
class TeamClient;

/**
 * A window's part of the team board: File > Share Board… and Open Shared Board…, and for a
 * replica the live connection (TeamClient) with its place in the status bar: online or
 * offline and why, the edits waiting, who else is connected, and the conflicts to settle.
 * The password comes from the OS keychain; when the server refuses the login, the window
 * asks for it once and keeps it there.
 */
class TeamController : public QObject
{
    Q_OBJECT
public:
    TeamController(MainWindow *window, Board *board, QMenu *fileMenu);
    ~TeamController() override;

    /** The live connection of a replica; nullptr for a board that is not shared. */
    TeamClient *client() const { return m_client; }
    QLabel *statusLabel() const { return m_status; }

    void shareBoard();
    void openSharedBoard();
    void showConflicts();

private:
    void startClient(const QString &password);
    void askForPassword(const QString &why);
    void rememberPassword(const QString &password);
    void updateStatus();

    MainWindow *m_window;
    Board *m_board;
    SecretStore *m_secrets;
    TeamClient *m_client = nullptr; ///< a child, for a replica
    QAction *m_shareAction;
    QAction *m_openAction;
    QAction *m_conflictsAction;
    QLabel *m_status;
    QToolButton *m_conflicts;
    bool m_asked = false;
    bool m_toldNewer = false; ///< the server's newer schema was shown once
    QString m_typedPassword;  ///< asked for after a refused login; kept once it let the client in
};

} // namespace SprintDeck

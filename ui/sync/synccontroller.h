#pragma once

#include "core/sync/syncengine.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMainWindow;
class QProgressBar;
class QTimer;
class QToolButton;

namespace SprintDeck {

class Board;
class SecretStore;

/**
 * The Sync menu, the sync's place in the status bar (progress, cancel,
 * conflicts) and the background sync: every few minutes, and after a failure
 * again later with growing pauses. Never blocks the window: keys, requests
 * and dialogs are all asynchronous.
 */
class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(QMainWindow *window, Board *board);
    ~SyncController() override;

    QAction *syncAction() const { return m_syncAction; }
    bool isSyncing() const { return m_engine->isRunning(); }

    /** Syncs every remote in turn; `interactive` asks for a missing key. */
    void syncAll(bool interactive);
    void cancel();
    void showRemotes();
    void showConflicts();

signals:
    /** One remote's sync ended (tests and the status bar listen). */
    void remoteSynced(const SprintDeck::SyncReport &report);
    /** Every remote of a syncAll() is done. */
    void syncFinished();

private:
    void syncNext();
    void startWithKey(const Remote &remote, const QString &key);
    void askForKey(const Remote &remote, const QString &why);
    void finished(const SyncReport &report);
    void updateConflictLabel();
    void scheduleNext(bool failed);

    QMainWindow *m_window;
    Board *m_board;
    SyncEngine *m_engine;
    SecretStore *m_secrets;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_conflicts = nullptr;
    QTimer *m_timer = nullptr;
    QList<Remote> m_queue;
    bool m_interactive = false;
    bool m_anyFailed = false;
    int m_failures = 0;
};

} // namespace SprintDeck

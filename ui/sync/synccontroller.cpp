#include "ui/sync/synccontroller.h"
#include "ui/common/messages.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/remotesdialog.h"

#include "core/board/board.h"
#include "core/storage/syncstore.h"
#include "core/sync/outboxrecorder.h"
#include "core/sync/secretstore.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
constexpr int kIntervalMs = 10 * 60 * 1000;
constexpr int kMaxBackoffMs = 60 * 60 * 1000;
} // namespace

SyncController::SyncController(QMainWindow *window, Board *board)
    : QObject(window)
    , m_window(window)
    , m_board(board)
    , m_engine(new SyncEngine(*board, this))
    , m_secrets(new SecretStore(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"syncController"_s);
    OutboxRecorder::attach(*board);

    QMenu *menu = window->menuBar()->addMenu(tr("S&ync"));
    menu->setObjectName(u"syncMenu"_s);
    m_syncAction = menu->addAction(tr("&Sync Now"), this, [this] { syncAll(true); });
    // F5 presents the standup; Ctrl+R as in "refresh".
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancelAction = menu->addAction(tr("&Cancel Sync"), this, &SyncController::cancel);
    m_cancelAction->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("C&onflicts\u2026"), this, &SyncController::showConflicts);
    menu->addAction(tr("&Remotes\u2026"), this, &SyncController::showRemotes);

    m_status = new QLabel(window);
    m_status->setObjectName(u"syncStatus"_s);
    m_progress = new QProgressBar(window);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton(window);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &SyncController::cancel);
    m_conflicts = new QLabel(window);
    m_conflicts->setObjectName(u"syncConflicts"_s);
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->hide();
    connect(m_conflicts, &QLabel::linkActivated, this, &SyncController::showConflicts);
    window->statusBar()->addPermanentWidget(m_conflicts);
    window->statusBar()->addPermanentWidget(m_status);
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancelButton);

    connect(m_engine, &SyncEngine::progress, this,
            [this](int done, int total, const QString &text) {
                m_status->setText(text);
                m_progress->setRange(0, qMax(0, total));
                m_progress->setValue(qMin(done, total));
            });
    connect(m_engine, &SyncEngine::finished, this, &SyncController::finished);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { syncAll(false); });
    SyncStore store(board->database());
    auto remotes = store.remotes();
    if (remotes && !remotes->isEmpty()) {
        m_timer->start(kIntervalMs);
        // Where the last sync left things, until the next one says more.
        QDateTime latest;
        for (const Remote &r : std::as_const(remotes.value())) {
            auto state = store.state(r.id);
            if (state && state->syncedAt.isValid() &&
                (!latest.isValid() || state->syncedAt > latest)) {
                latest = state->syncedAt;
                m_status->setText(state->result);
            }
        }
    }
    updateConflictLabel();
}

SyncController::~SyncController() = default;

void SyncController::syncAll(bool interactive)
{
    if (m_engine->isRunning() || !m_queue.isEmpty())
        return;
    SyncStore store(m_board->database());
    auto remotes = store.remotes();
    if (!remotes) {
        m_status->setText(remotes.error());
        return;
    }
    if (remotes->isEmpty()) {
        if (interactive)
            showRemotes();
        return;
    }
    m_queue = remotes.value();
    m_interactive = interactive;
    m_anyFailed = false;
    m_timer->stop();
    m_syncAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    syncNext();
}

void SyncController::syncNext()
{
    if (m_queue.isEmpty()) {
        m_syncAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
        m_progress->hide();
        m_cancelButton->hide();
        scheduleNext(m_anyFailed);
        updateConflictLabel();
        emit syncFinished();
        return;
    }
    const Remote remote = m_queue.takeFirst();
    m_status->setText(tr("Reading the key of %1\u2026").arg(remote.name));
    m_secrets->read(remote.secretId, [this, remote](const SecretStore::Outcome &outcome) {
        if (outcome.ok) {
            startWithKey(remote, outcome.secret);
            return;
        }
        if (m_interactive) {
            askForKey(remote, outcome.message);
            return;
        }
        SyncReport report;
        report.outcome = SyncReport::Outcome::Failed;
        report.message = tr("Sync with %1 needs its API key: %2").arg(remote.name, outcome.message);
        finished(report);
    });
}

void SyncController::askForKey(const Remote &remote, const QString &why)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API Key for %1").arg(remote.name));
    dialog->setLabelText(
        tr("%1.\nThe API key of %2 (your Redmine account page, “API access key”):")
            .arg(why.isEmpty() ? tr("No key is stored") : why.left(1).toUpper() + why.mid(1),
                 remote.url.toDisplayString()));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, remote](const QString &key) {
        const QString trimmed = key.trimmed();
        if (trimmed.isEmpty()) {
            syncNext();
            return;
        }
        m_secrets->write(remote.secretId, trimmed,
                         [this, remote, trimmed](const SecretStore::Outcome &outcome) {
                             if (!outcome.message.isEmpty())
                                 m_window->statusBar()->showMessage(outcome.message, 15000);
                             startWithKey(remote, trimmed);
                         });
    });
    connect(dialog, &QDialog::rejected, this, [this] { syncNext(); });
    dialog->open();
}

void SyncController::startWithKey(const Remote &remote, const QString &key)
{
    m_engine->start(remote, key);
}

void SyncController::cancel()
{
    m_queue.clear();
    m_engine->cancel();
}

void SyncController::finished(const SyncReport &report)
{
    m_status->setText(report.message);
    m_status->setToolTip(report.rejected.isEmpty() ? QString() : report.rejected.join(u'\n'));
    if (m_interactive)
        m_window->statusBar()->showMessage(report.message, 8000);
    if (report.outcome == SyncReport::Outcome::Failed) {
        m_anyFailed = true;
        if (m_interactive)
            showError(m_window, tr("Sync Failed"), report.message);
    }
    if (report.outcome == SyncReport::Outcome::Cancelled)
        m_queue.clear();
    emit remoteSynced(report);
    syncNext();
}

void SyncController::scheduleNext(bool failed)
{
    SyncStore store(m_board->database());
    auto remotes = store.remotes();
    if (!remotes || remotes->isEmpty())
        return;
    // After failures, wait longer each time (the server may be down for a while).
    m_failures = failed ? m_failures + 1 : 0;
    const int delay = failed ? qMin(kMaxBackoffMs, 30 * 1000 << qMin(m_failures, 7)) : kIntervalMs;
    m_timer->start(delay);
}

void SyncController::updateConflictLabel()
{
    SyncStore store(m_board->database());
    auto conflicts = store.conflicts();
    const int n = conflicts ? int(conflicts->size()) : 0;
    m_conflicts->setVisible(n > 0);
    m_conflicts->setText(
        u"<a href=\"conflicts\">%1</a>"_s.arg(tr("%n sync conflicts", nullptr, n)));
}

void SyncController::showRemotes()
{
    auto *dialog = new RemotesDialog(m_board, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (!m_timer->isActive() && !m_engine->isRunning())
            scheduleNext(false);
    });
    dialog->open();
}

void SyncController::showConflicts()
{
    auto *dialog = new ConflictDialog(m_board, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &SyncController::updateConflictLabel);
    dialog->open();
}

} // namespace SprintDeck

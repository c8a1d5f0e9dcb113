#include "ui/team/teamcontroller.h"

#include "core/board/board.h"
#include "core/storage/teamserver.h"
#include "core/storage/teamstore.h"
#include "core/sync/secretstore.h"
#include "core/team/teamclient.h"
#include "ui/common/messages.h"
#include "ui/shell/mainwindow.h"
#include "ui/team/teamdialogs.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace SprintDeck {

TeamController::TeamController(MainWindow *window, Board *board, QMenu *fileMenu)
    : QObject(window)
    , m_window(window)
    , m_board(board)
    , m_secrets(new SecretStore(this))
    , m_status(new QLabel(window))
    , m_conflicts(new QToolButton(window))
{
    setObjectName(u"teamController"_s);
    m_shareAction = new QAction(tr("S&hare Board…"), this);
    m_shareAction->setObjectName(u"shareBoardAction"_s);
    connect(m_shareAction, &QAction::triggered, this, &TeamController::shareBoard);
    m_openAction = new QAction(tr("Open Shared &Board…"), this);
    m_openAction->setObjectName(u"openSharedBoardAction"_s);
    connect(m_openAction, &QAction::triggered, this, &TeamController::openSharedBoard);
    m_conflictsAction = new QAction(tr("Team &Conflicts…"), this);
    m_conflictsAction->setObjectName(u"teamConflictsAction"_s);
    connect(m_conflictsAction, &QAction::triggered, this, &TeamController::showConflicts);
    // Above Quit, in a group of their own.
    QAction *quit = nullptr;
    for (QAction *a : fileMenu->actions())
        if (a->objectName() == u"quitAction")
            quit = a;
    fileMenu->insertActions(quit, {m_shareAction, m_openAction, m_conflictsAction});
    fileMenu->insertSeparator(quit);

    m_status->setObjectName(u"teamStatus"_s);
    m_conflicts->setObjectName(u"teamConflicts"_s);
    m_conflicts->setAutoRaise(true);
    connect(m_conflicts, &QToolButton::clicked, this, &TeamController::showConflicts);
    window->statusBar()->addPermanentWidget(m_conflicts);
    window->statusBar()->addPermanentWidget(m_status);

    const Result<std::optional<TeamLink>> link = TeamStore(board->database()).link();
    if (link && link->has_value()) {
        const Result<TeamAddress> address = TeamAddress::parse(link->value().url);
        // The keychain answers later; the window is usable meanwhile, on the replica.
        m_secrets->read(
            address ? address->secretId() : QString(),
            [this](const SecretStore::Outcome &o) { startClient(o.ok ? o.secret : QString()); });
    }
    updateStatus();
}

TeamController::~TeamController() = default;

void TeamController::startClient(const QString &password)
{
    if (!m_client) {
        m_client = new TeamClient(*m_board, this);
        m_client->setObjectName(u"teamClient"_s);
        connect(m_client, &TeamClient::stateChanged, this, &TeamController::updateStatus);
        connect(m_client, &TeamClient::stateChanged, this, [this] {
            if (m_client->state() == TeamClient::State::Refused)
                askForPassword(m_client->message());
            // Not a passing outage: trying again will not help until SprintDeck is updated.
            if (m_client->state() == TeamClient::State::Offline &&
                m_client->message().contains(u"newer SprintDeck"_s) && !m_toldNewer) {
                m_toldNewer = true;
                showError(m_window, tr("Team Board Not Opened"), m_client->message());
            }
            if (m_client->state() == TeamClient::State::Online && !m_typedPassword.isEmpty())
                rememberPassword(std::exchange(m_typedPassword, QString()));
        });
    }
    m_client->start(password);
}

void TeamController::askForPassword(const QString &why)
{
    if (m_asked)
        return; // once per window: then the status bar says why it is offline
    m_asked = true;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"teamPasswordDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Team Server Password"));
    dialog->setLabelText(why + u"\n\n"_s + tr("Password:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        m_asked = false;
        m_typedPassword = password;
        startClient(password);
    });
    dialog->open();
}

void TeamController::rememberPassword(const QString &password)
{
    const Result<std::optional<TeamLink>> link = TeamStore(m_board->database()).link();
    if (password.isEmpty() || !link || !link->has_value())
        return;
    const Result<TeamAddress> address = TeamAddress::parse(link->value().url);
    if (!address)
        return;
    m_secrets->write(address->secretId(), password, [this](const SecretStore::Outcome &o) {
        if (o.where != SecretStore::Where::Keychain)
            m_window->statusBar()->showMessage(o.message, 8000);
    });
}

void TeamController::shareBoard()
{
    if (m_client) {
        showError(m_window, tr("Board Shared Already"),
                  tr("This board is shared already; everyone opens it with Open Shared Board."));
        return;
    }
    auto *dialog = new TeamBoardDialog(TeamBoardDialog::Mode::Share, m_board, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString password = dialog->password();
        startClient(password);
        // The dialog's connection took it: kept at once.
        rememberPassword(password);
        m_window->statusBar()->showMessage(tr("The board is shared: your team can open it now."),
                                           8000);
    });
    dialog->open();
}

void TeamController::openSharedBoard()
{
    auto *dialog = new TeamBoardDialog(TeamBoardDialog::Mode::Join, nullptr, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = dialog->joinedFile();
        const QString password = dialog->password();
        const Result<TeamAddress> address = TeamAddress::parse(dialog->address());
        // Kept before the window opens, so that its controller finds it.
        if (address && !password.isEmpty())
            SecretStore::rememberForSession(address->secretId(), password);
        if (address && !password.isEmpty())
            m_secrets->write(address->secretId(), password, [](const SecretStore::Outcome &) {});
        m_window->openBoardWindow(path, false);
    });
    dialog->open();
}

void TeamController::showConflicts()
{
    auto *dialog = new TeamConflictDialog(m_board, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamConflictDialog::resolved, this, [this] {
        if (m_client)
            m_client->syncNow();
        updateStatus();
    });
    dialog->open();
}

void TeamController::updateStatus()
{
    const bool shared = m_client != nullptr;
    m_shareAction->setEnabled(!shared);
    m_conflictsAction->setVisible(shared);
    m_status->setVisible(shared);
    const int conflicts = shared ? m_client->conflicts() : 0;
    m_conflicts->setVisible(conflicts > 0);
    m_conflicts->setText(tr("%n team conflict(s)", nullptr, conflicts));
    if (!shared)
        return;
    QStringList parts;
    switch (m_client->state()) {
    case TeamClient::State::Connecting:
        parts.append(tr("Team: connecting…"));
        break;
    case TeamClient::State::Online:
        parts.append(tr("Team: online"));
        break;
    case TeamClient::State::Offline:
        parts.append(tr("Team: offline"));
        break;
    case TeamClient::State::Refused:
        parts.append(tr("Team: login refused"));
        break;
    }
    if (m_client->waiting())
        parts.append(tr("%n edit(s) waiting", nullptr, m_client->waiting()));
    if (!m_client->others().isEmpty())
        parts.append(tr("with %1").arg(m_client->others().join(u", "_s)));
    m_status->setText(parts.join(u" · "_s));
    m_status->setToolTip(m_client->message());
}

} // namespace SprintDeck

#include "ui/sync/remotesdialog.h"
#include "ui/common/messages.h"

#include "core/board/board.h"
#include "core/storage/syncstore.h"
#include "core/sync/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

RemotesDialog::RemotesDialog(Board *board, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_secrets(new SecretStore(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_project(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_points(new QComboBox(this))
    , m_insecure(new QCheckBox(tr("Send the key over plain http (unencrypted)"), this))
    , m_transportHint(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_mappingHint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(u"remotesDialog"_s);
    setWindowTitle(tr("Remotes"));
    m_list->setObjectName(u"remoteList"_s);
    m_list->setAccessibleName(tr("Remotes"));
    m_name->setObjectName(u"remoteName"_s);
    m_url->setObjectName(u"remoteUrl"_s);
    m_url->setPlaceholderText(u"https://redmine.example.org"_s);
    m_project->setObjectName(u"remoteProject"_s);
    m_project->setPlaceholderText(tr("the project's identifier, e.g. website"));
    m_key->setObjectName(u"remoteKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_prefix->setObjectName(u"remotePrefix"_s);
    m_prefix->setPlaceholderText(tr("from the project"));
    m_points->setObjectName(u"remotePoints"_s);
    m_points->addItem(tr("\u201cStory points\u201d custom field"),
                      pointsFieldName(Remote::PointsField::StoryPoints));
    m_points->addItem(tr("Estimated hours"), pointsFieldName(Remote::PointsField::EstimatedHours));
    m_insecure->setObjectName(u"remoteInsecure"_s);
    m_transportHint->setWordWrap(true);
    m_mapping->setObjectName(u"statusMapping"_s);
    m_mapping->setAccessibleName(tr("Statuses and columns"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Redmine status"), tr("Board column")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mappingHint->setWordWrap(true);
    m_message->setObjectName(u"remoteMessage"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ser&ver:"), m_url);
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_transportHint);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("Card &keys:"), m_prefix);
    form->addRow(tr("P&oints from:"), m_points);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Statuses and columns:"), this));
    right->addWidget(m_mapping, 1);
    right->addWidget(m_mappingHint);
    right->addWidget(m_message);

    auto *addButton = new QPushButton(tr("&Add"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(m_removeButton);
    left->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(addButton, &QPushButton::clicked, this, &RemotesDialog::newRemote);
    connect(m_removeButton, &QPushButton::clicked, this, &RemotesDialog::removeRemote);
    connect(m_list, &QListWidget::currentRowChanged, this, &RemotesDialog::showRemote);
    connect(m_url, &QLineEdit::textChanged, this, &RemotesDialog::updateTransportHint);
    connect(m_insecure, &QCheckBox::toggled, this, &RemotesDialog::updateTransportHint);

    resize(880, 560);
    reload(0);
}

QString RemotesDialog::message() const
{
    return m_message->text();
}

void RemotesDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorStyle(this) : QString());
}

void RemotesDialog::reload(qint64 selectId)
{
    SyncStore store(m_board->database());
    auto remotes = store.remotes();
    m_remotes = remotes ? remotes.value() : QList<Remote>();
    if (!remotes)
        setMessage(remotes.error(), true);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (int i = 0; i < m_remotes.size(); ++i) {
        m_list->addItem(m_remotes.at(i).name);
        if (m_remotes.at(i).id == selectId)
            select = i;
    }
    if (select < 0 && !m_remotes.isEmpty())
        select = 0;
    m_list->setCurrentRow(select);
    showRemote(select);
}

void RemotesDialog::showRemote(int row)
{
    const bool existing = row >= 0 && row < m_remotes.size();
    const Remote remote = existing ? m_remotes.at(row) : Remote();
    m_name->setText(remote.name);
    m_url->setText(remote.url.toDisplayString());
    m_project->setText(remote.project);
    m_prefix->setText(existing ? remote.keyPrefix : QString());
    m_key->clear();
    m_key->setPlaceholderText(existing ? tr("unchanged (kept in the keychain)")
                                       : tr("from your Redmine account page"));
    m_points->setCurrentIndex(remote.pointsField == Remote::PointsField::EstimatedHours ? 1 : 0);
    m_insecure->setChecked(remote.allowInsecureHttp);
    m_removeButton->setEnabled(existing);
    fillMapping(remote);
    updateTransportHint();
}

void RemotesDialog::newRemote()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    showRemote(-1);
    m_name->setFocus();
}

void RemotesDialog::fillMapping(const Remote &remote)
{
    m_mapping->setRowCount(int(remote.statusMap.size()));
    for (int i = 0; i < remote.statusMap.size(); ++i) {
        const StatusMapping &m = remote.statusMap.at(i);
        auto *status = new QTableWidgetItem(m.statusName);
        status->setFlags(Qt::ItemIsEnabled);
        status->setData(Qt::UserRole, m.statusId);
        m_mapping->setItem(i, 0, status);
        auto *column = new QComboBox(m_mapping);
        column->setAccessibleName(tr("Column for %1").arg(m.statusName));
        for (const Column &c : m_board->columns())
            column->addItem(c.name, c.id);
        column->setCurrentIndex(column->findData(m.columnId));
        m_mapping->setCellWidget(i, 1, column);
    }
    m_mappingHint->setText(
        remote.statusMap.isEmpty()
            ? tr("The server's statuses appear here after the first sync.")
            : tr("A card moved to a column gets the first status mapped to it."));
}

void RemotesDialog::updateTransportHint()
{
    auto url = parseServerUrl(m_url->text());
    const bool plainRemote = url && url->scheme() == u"http" && !isLoopbackHost(url->host());
    m_insecure->setVisible(plainRemote);
    if (!plainRemote)
        m_transportHint->setText(
            url && url->scheme() == u"http"
                ? tr("Plain http to this computer: the key does not cross the network.")
                : tr("The connection is encrypted and the server's certificate is checked."));
    else
        m_transportHint->setText(
            m_insecure->isChecked()
                ? tr("The key and your data will cross the network unencrypted.")
                : tr("Plain http would send the key unencrypted: use https, or confirm above."));
}

bool RemotesDialog::save()
{
    const int row = m_list->currentRow();
    const bool existing = row >= 0 && row < m_remotes.size();
    Remote remote = existing ? m_remotes.at(row) : Remote();
    auto url = parseServerUrl(m_url->text());
    if (!url) {
        setMessage(url.error(), true);
        return false;
    }
    const bool plainRemote = url->scheme() == u"http" && !isLoopbackHost(url->host());
    if (Status s = checkTransport(*url, plainRemote && m_insecure->isChecked()); !s) {
        setMessage(s.error(), true);
        return false;
    }
    remote.name = m_name->text().trimmed();
    remote.url = *url;
    remote.project = m_project->text().trimmed();
    remote.allowInsecureHttp = plainRemote && m_insecure->isChecked();
    remote.pointsField = parsePointsField(m_points->currentData().toString())
                             .value_or(Remote::PointsField::StoryPoints);
    remote.keyPrefix = m_prefix->text().trimmed().toUpper();
    if (remote.keyPrefix.isEmpty())
        remote.keyPrefix = defaultKeyPrefix(remote.project);
    if (remote.name.isEmpty() || remote.project.isEmpty()) {
        setMessage(tr("A remote needs a name and a project"), true);
        return false;
    }
    for (int i = 0; i < m_mapping->rowCount() && i < remote.statusMap.size(); ++i)
        if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1)))
            remote.statusMap[i].columnId = combo->currentData().toLongLong();
    if (!existing)
        remote.secretId = u"remote-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (Status s = SyncStore(m_board->database()).saveRemoteNow(remote); !s) {
        setMessage(s.error(), true);
        return false;
    }
    const QString key = m_key->text().trimmed();
    m_key->clear();
    setMessage(tr("Saved %1.").arg(remote.name), false);
    reload(remote.id);
    if (!key.isEmpty()) {
        const QString name = remote.name;
        m_secrets->write(remote.secretId, key, [this, name](const SecretStore::Outcome &outcome) {
            const QString text =
                outcome.where == SecretStore::Where::Keychain
                    ? tr("Saved %1; its key is in the keychain.").arg(name)
                    : tr("Saved %1. %2.")
                          .arg(name, outcome.message.left(1).toUpper() + outcome.message.mid(1));
            setMessage(text, outcome.where != SecretStore::Where::Keychain);
            emit keyStored(text);
        });
    }
    return true;
}

void RemotesDialog::removeRemote()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_remotes.size())
        return;
    const Remote remote = m_remotes.at(row);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove Remote"),
        tr("Remove %1? The cards stay on the board; they are no longer synced.").arg(remote.name),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remote, removeButton](QAbstractButton *clicked) {
                if (clicked != removeButton)
                    return;
                if (Status s = SyncStore(m_board->database()).removeRemoteNow(remote.id); !s) {
                    setMessage(s.error(), true);
                    return;
                }
                m_secrets->remove(
                    remote.secretId, [this, remote](const SecretStore::Outcome &outcome) {
                        if (!outcome.ok)
                            setMessage(tr("Removed %1, but its key may remain in the keychain: %2")
                                           .arg(remote.name, outcome.message),
                                       true);
                    });
                setMessage(tr("Removed %1.").arg(remote.name), false);
                reload(0);
            });
    box->open();
}

} // namespace SprintDeck

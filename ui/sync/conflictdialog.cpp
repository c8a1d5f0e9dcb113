#include "ui/sync/conflictdialog.h"

#include "core/board/board.h"
#include "core/sync/conflictresolver.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
QString fieldTitle(SyncField field)
{
    switch (field) {
    case SyncField::Title:
        return ConflictDialog::tr("Title");
    case SyncField::Description:
        return ConflictDialog::tr("Description");
    case SyncField::Status:
        return ConflictDialog::tr("Status");
    case SyncField::Priority:
        return ConflictDialog::tr("Priority");
    case SyncField::Type:
        return ConflictDialog::tr("Type");
    case SyncField::Assignee:
        return ConflictDialog::tr("Assignee");
    case SyncField::Sprint:
        return ConflictDialog::tr("Sprint");
    case SyncField::Points:
        return ConflictDialog::tr("Points");
    }
    return {};
}
} // namespace

ConflictDialog::ConflictDialog(Board *board, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_list(new QListWidget(this))
    , m_fields(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_keepLocal(new QPushButton(tr("Keep &Mine"), this))
    , m_keepRemote(new QPushButton(tr("Keep the &Server's"), this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Sync Conflicts"));
    m_list->setObjectName(u"conflictList"_s);
    m_list->setAccessibleName(tr("Cards in conflict"));
    m_fields->setObjectName(u"conflictFields"_s);
    m_fields->setAccessibleName(tr("Fields in conflict"));
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Here"), tr("On the server")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_message->setWordWrap(true);
    m_keepLocal->setToolTip(
        tr("Keep this card as it is here; the server gets these values at the next sync."));
    m_keepRemote->setToolTip(
        tr("Take the server's values into this card; your edits of these fields are dropped."));

    auto *intro =
        new QLabel(tr("These cards were changed here and on the server since the last sync. "
                      "Choose, card by card, which version to keep."),
                   this);
    intro->setWordWrap(true);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addWidget(m_fields, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepLocal, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepRemote, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showConflict);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { keep(true); });
    connect(m_keepRemote, &QPushButton::clicked, this, [this] { keep(false); });
    resize(820, 440);
    reload();
}

void ConflictDialog::reload()
{
    auto conflicts = ConflictResolver(*m_board).conflicts();
    m_conflicts = conflicts ? conflicts.value() : QList<SyncConflict>();
    if (!conflicts)
        m_message->setText(conflicts.error());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const SyncConflict &c : std::as_const(m_conflicts)) {
        const Card *card = m_board->card(c.cardId);
        m_list->addItem(card ? u"%1  %2"_s.arg(card->key, card->title) : QString::number(c.cardId));
    }
    m_list->setCurrentRow(m_conflicts.isEmpty() ? -1 : 0);
    showConflict(m_list->currentRow());
    if (m_conflicts.isEmpty() && m_message->text().isEmpty())
        m_message->setText(tr("No conflicts: both sides agree."));
}

void ConflictDialog::showConflict(int row)
{
    const bool valid = row >= 0 && row < m_conflicts.size();
    m_keepLocal->setEnabled(valid);
    m_keepRemote->setEnabled(valid);
    m_fields->setRowCount(0);
    if (!valid)
        return;
    const SyncConflict &c = m_conflicts.at(row);
    if (c.deletedRemotely) {
        m_fields->setRowCount(1);
        m_fields->setItem(0, 0, new QTableWidgetItem(tr("The card")));
        m_fields->setItem(0, 1, new QTableWidgetItem(tr("edited")));
        m_fields->setItem(0, 2, new QTableWidgetItem(tr("deleted")));
        m_keepLocal->setText(tr("Keep Mine (create it again)"));
        m_keepRemote->setText(tr("Delete It Here Too"));
        return;
    }
    m_keepLocal->setText(tr("Keep &Mine"));
    m_keepRemote->setText(tr("Keep the &Server's"));
    m_fields->setRowCount(int(c.fields.size()));
    for (int i = 0; i < c.fields.size(); ++i) {
        const SyncField f = c.fields.at(i);
        m_fields->setItem(i, 0, new QTableWidgetItem(fieldTitle(f)));
        m_fields->setItem(i, 1, new QTableWidgetItem(c.local.value(f)));
        m_fields->setItem(i, 2, new QTableWidgetItem(c.remote.value(f)));
    }
    m_fields->resizeRowsToContents();
}

bool ConflictDialog::keep(bool local)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const qint64 cardId = m_conflicts.at(row).cardId;
    if (Status s = ConflictResolver(*m_board).resolve(cardId, local); !s) {
        m_message->setText(s.error());
        return false;
    }
    m_message->clear();
    reload();
    return true;
}

} // namespace SprintDeck

#include "ui/board/membersdialog.h"
#include "ui/common/avatar.h"
#include "ui/common/messages.h"

#include "core/board/board.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

MembersDialog::MembersDialog(Board *board, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Team"));
    setObjectName(u"membersDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Inactive members leave the standup; their cards and past entries stay."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;
    m_list->setIconSize(QSize(24, 24));
    m_list->setAccessibleName(tr("Team members"));
    m_list->setMinimumSize(300, 240);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add\u2026"), this);
    m_rename = new QPushButton(tr("&Rename\u2026"), this);
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    for (QPushButton *b : {add, m_rename, m_toggle})
        buttons->addWidget(b);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Add Member"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            addMember(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const Member *m = m_board ? m_board->member(selectedId()) : nullptr;
        if (!m)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Member"), tr("Name:"),
                                                   QLineEdit::Normal, m->name, &ok);
        if (ok)
            renameMember(m->id, name);
    });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (const Member *m = m_board ? m_board->member(selectedId()) : nullptr)
            setMemberActive(m->id, !m->active);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &MembersDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, m_rename, &QPushButton::click);
    connect(board, &Board::membersChanged, this, &MembersDialog::reload);
    reload();
}

void MembersDialog::reload()
{
    const qint64 selected = selectedId();
    m_list->clear();
    if (!m_board)
        return;
    for (const Member &m : m_board->members()) {
        auto *item =
            new QListWidgetItem(m.active ? m.name : tr("%1 (inactive)").arg(m.name), m_list);
        item->setData(Qt::UserRole, m.id);
        item->setIcon(
            QIcon(avatarPixmap(m.name, m.initials(), 24, devicePixelRatioF(), palette())));
        if (!m.active)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        if (m.id == selected)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

qint64 MembersDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MembersDialog::updateButtons()
{
    const Member *m = m_board ? m_board->member(selectedId()) : nullptr;
    m_rename->setEnabled(m);
    m_toggle->setEnabled(m);
    m_toggle->setText(m && !m->active ? tr("A&ctivate") : tr("&Deactivate"));
}

bool MembersDialog::addMember(const QString &name)
{
    auto added = m_board->addMember(name);
    if (!added) {
        showError(this, tr("Cannot Add Member"), added.error());
        return false;
    }
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == *added)
            m_list->setCurrentRow(i);
    return true;
}

bool MembersDialog::renameMember(qint64 id, const QString &name)
{
    const Member *current = m_board->member(id);
    if (!current)
        return false;
    Member edited = *current;
    edited.name = name;
    if (Status s = m_board->updateMember(edited); !s) {
        showError(this, tr("Cannot Rename Member"), s.error());
        return false;
    }
    return true;
}

bool MembersDialog::setMemberActive(qint64 id, bool active)
{
    const Member *current = m_board->member(id);
    if (!current)
        return false;
    Member edited = *current;
    edited.active = active;
    if (Status s = m_board->updateMember(edited); !s) {
        showError(this, tr("Cannot Change Member"), s.error());
        return false;
    }
    return true;
}

} // namespace SprintDeck

#include "ui/shell/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** "&Open Recent…" -> "Open Recent"; "&&" stays one "&". */
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    if (text.endsWith(u'\u2026'))
        text.chop(1);
    else if (text.endsWith(u"..."_s))
        text.chop(3);
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setObjectName(u"shortcutSearch"_s);
    m_search->setPlaceholderText(tr("Search actions or keys"));
    m_search->setClearButtonEnabled(true);
    if (auto *clear = m_search->findChild<QAction *>(u"_q_qlineeditclearaction"_s))
        clear->setText(tr("Clear the search"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_tree->setObjectName(u"shortcutTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *label = new QLabel(
        tr("Menus also open with Alt and the underlined letter; Tab moves between controls."),
        this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(label);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    fill(window);
    resize(560, 640);
}

void ShortcutsDialog::fill(QWidget *window)
{
    QSet<const QAction *> listed;
    auto addGroup = [this](const QString &title) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setExpanded(true);
        return group;
    };
    // Depth first through a menu and its submenus, prefixing submenu entries with the submenu.
    std::function<void(QMenu *, QTreeWidgetItem *, const QString &)> addMenu =
        [&](QMenu *menu, QTreeWidgetItem *group, const QString &prefix) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (QMenu *sub = action->menu()) {
                    addMenu(sub, group, prefix + plainText(sub->title()) + u" \u203a "_s);
                    continue;
                }
                listed.insert(action);
                if (action->text().isEmpty())
                    continue;
                auto *row = new QTreeWidgetItem(
                    group, {prefix + plainText(action->text()), keysText(action)});
                row->setToolTip(0, action->statusTip());
            }
        };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            QMenu *menu = top->menu();
            if (!menu || !top->isVisible())
                continue;
            // Menus fill some entries when they open (Open Recent); let them.
            emit menu->aboutToShow();
            addMenu(menu, addGroup(plainText(menu->title())), QString());
        }
    }
    // Actions with shortcuts that no menu shows (in views and panels).
    QTreeWidgetItem *other = nullptr;
    QSet<QString> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (listed.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        const QString name = plainText(action->text());
        const QString keys = keysText(action);
        if (seen.contains(name + keys))
            continue;
        seen.insert(name + keys);
        if (!other)
            other = addGroup(tr("In views and panels"));
        new QTreeWidgetItem(other, {name, keys});
    }
    // Buttons with keys of their own (Present in the standup view).
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->shortcut().isEmpty())
            continue;
        const QString name =
            plainText(button->text().isEmpty() ? button->accessibleName() : button->text());
        const QString keys = button->shortcut().toString(QKeySequence::NativeText);
        if (name.isEmpty() || seen.contains(name + keys))
            continue;
        seen.insert(name + keys);
        if (!other)
            other = addGroup(tr("In views and panels"));
        new QTreeWidgetItem(other, {name, keys});
    }
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches =
            !needle.isEmpty() && group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = needle.isEmpty() || groupMatches ||
                               row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QStringList ShortcutsDialog::visibleRows() const
{
    QStringList rows;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                rows.append(group->text(0) + u'/' + group->child(i)->text(0) + u'\t' +
                            group->child(i)->text(1));
    }
    return rows;
}

} // namespace SprintDeck

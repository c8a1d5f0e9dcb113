#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;
class QWidget;

namespace SprintDeck {

/**
 * The keyboard overview (F1, or ? outside text fields): every action of the
 * window's menus with its shortcuts, grouped by menu, then the window's other
 * actions that have a shortcut; a search field filters by name or key.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    /** Texts of the visible rows, "Group/Action\tShortcut", for tests. */
    QStringList visibleRows() const;

private:
    void fill(QWidget *window);
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace SprintDeck

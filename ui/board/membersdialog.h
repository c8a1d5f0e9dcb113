#pragma once

#include <QDialog>
#include <QPointer>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace SprintDeck {

class Board;

/**
 * The team: add members, rename them, deactivate them (they leave the
 * standup but keep their cards and their past entries) or activate them
 * again. Each change is one undo step on the board.
 */
class MembersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MembersDialog(Board *board, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /** Adds a member; shows the reason and returns false when the name is empty or taken. */
    bool addMember(const QString &name);
    bool renameMember(qint64 id, const QString &name);
    bool setMemberActive(qint64 id, bool active);

private:
    void reload();
    qint64 selectedId() const;
    void updateButtons();

    QPointer<Board> m_board;
    QListWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_toggle = nullptr;
};

} // namespace SprintDeck

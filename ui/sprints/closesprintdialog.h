#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace SprintDeck {

class Board;

/**
 * Closes the active sprint: shows what was completed, lists the incomplete
 * cards and lets the user send them to another open sprint or the backlog.
 * Closing freezes the sprint's report; it is one undo step.
 */
class CloseSprintDialog : public QDialog
{
    Q_OBJECT
public:
    CloseSprintDialog(Board *board, qint64 sprintId, QWidget *parent = nullptr);

    qint64 sprintId() const { return m_sprintId; }
    /** The sprint that receives the incomplete cards; 0: the backlog. */
    qint64 carryOverSprintId() const;
    QRadioButton *nextSprintButton() const { return m_toSprint; }
    QRadioButton *backlogButton() const { return m_toBacklog; }
    QComboBox *nextSprintCombo() const { return m_next; }
    QListWidget *incompleteList() const { return m_incomplete; }

    void accept() override;

private:
    Board *m_board;
    qint64 m_sprintId;
    QLabel *m_summary = nullptr;
    QListWidget *m_incomplete = nullptr;
    QRadioButton *m_toSprint = nullptr;
    QRadioButton *m_toBacklog = nullptr;
    QComboBox *m_next = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace SprintDeck

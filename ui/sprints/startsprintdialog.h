#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace SprintDeck {

class Board;

/**
 * Starts a planned sprint: shows its dates, cards and committed points
 * against the capacity; refuses (with the reason) while another sprint is active.
 */
class StartSprintDialog : public QDialog
{
    Q_OBJECT
public:
    /** `sprintId`: the sprint to offer first (a planned one), 0 for the next planned sprint. */
    StartSprintDialog(Board *board, qint64 sprintId, QWidget *parent = nullptr);

    qint64 sprintId() const;
    QComboBox *sprintCombo() const { return m_sprints; }
    QLabel *summaryLabel() const { return m_summary; }
    bool canStart() const;

    void accept() override;

private:
    void updateSummary();

    Board *m_board;
    QComboBox *m_sprints = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace SprintDeck

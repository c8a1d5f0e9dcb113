#pragma once

#include "core/domain/sprint.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace SprintDeck {

class Board;

/**
 * Creates a sprint: name, goal, dates, the working-day calendar (one check box
 * per day: the working days of the preferences are checked; uncheck a
 * holiday, check a worked weekend day) and the capacity. Creating is one undo step; an error keeps
 * the dialog open. After setSprint() the same dialog edits an existing sprint.
 */
class NewSprintDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewSprintDialog(Board *board, QWidget *parent = nullptr);

    /** The sprint as entered (not yet created). */
    Sprint sprint() const;
    /** Id of the sprint created on accept; 0 before. */
    qint64 createdId() const { return m_createdId; }

    /**
     * Edits `sprint` instead of creating one: fills the fields from it, and accept() applies
     * the changes as one undo step (Board::editSprint); an error keeps the dialog open.
     */
    void setSprint(const Sprint &sprint);
    /** Id of the sprint being edited; 0 while the dialog creates one. */
    qint64 editedId() const { return m_editedId; }

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QListWidget *calendar() const { return m_days; }
    QDoubleSpinBox *capacityEdit() const { return m_capacity; }

    /** What keeps the sprint from being created as entered ("" when nothing does). */
    QString problem() const;
    /** The error line as the user sees it ("" when hidden). */
    QString shownProblem() const;

    void accept() override;

private:
    void rebuildCalendar();
    void updateWorkingDays();
    void updateProblem();
    void showProblem(const QString &text);
    bool workedByDefault(QDate day) const { return m_weekdays.contains(day.dayOfWeek()); }
    void acceptEdit();

    Board *m_board;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QDoubleSpinBox *m_capacity = nullptr;
    QListWidget *m_days = nullptr;
    QLabel *m_workingDays = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QList<int> m_weekdays;        ///< days of the week worked by default (the preferences')
    QList<QDate> m_holidays;      ///< days the user unchecked
    QList<QDate> m_extraWorkdays; ///< days the user checked
    qint64 m_createdId = 0;
    qint64 m_editedId = 0;
};

} // namespace SprintDeck

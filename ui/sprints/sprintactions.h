#pragma once

#include "core/util/result.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace SprintDeck {

class Board;

/**
 * The Sprint menu: New Sprint…, Start Sprint…, Close Sprint…, Reopen Sprint…, Edit Sprint…,
 * each opening its dialog; enabled as the sprints' states allow.
 */
class SprintActions : public QObject
{
    Q_OBJECT
public:
    using CurrentSprint = std::function<qint64()>;

    /** `current` tells which sprint the window shows (the one Start offers first). */
    SprintActions(Board *board, QWidget *window, CurrentSprint current);

    void fillMenu(QMenu *menu);
    QAction *newSprintAction() const { return m_new; }
    QAction *startSprintAction() const { return m_start; }
    QAction *closeSprintAction() const { return m_close; }
    QAction *reopenSprintAction() const { return m_reopen; }
    /** Edits the sprint the window shows; disabled while it is closed. */
    QAction *editSprintAction() const { return m_edit; }

    void newSprint();
    void startSprint();
    void closeSprint();
    /** Asks, then reopens reopenCandidate(). */
    void reopenSprint();
    /** The closed sprint Reopen offers: the one shown, else the one closed last (0: none). */
    qint64 reopenCandidate() const;
    /** Reopens a closed sprint (one undo step) and shows it; errors are shown to the user. */
    Status reopen(qint64 sprintId);
    void editSprint();

signals:
    /** A sprint was created or started: the window may want to show it. */
    void sprintChosen(qint64 sprintId);

private:
    void updateActions();
    void createEditAction();
    void updateEditAction();

    Board *m_board;
    QWidget *m_window;
    CurrentSprint m_current;
    QAction *m_new = nullptr;
    QAction *m_start = nullptr;
    QAction *m_close = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_edit = nullptr;
};

} // namespace SprintDeck

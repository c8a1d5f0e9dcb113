#include "ui/sprints/sprintactions.h"
#include "ui/common/messages.h"
#include "ui/sprints/closesprintdialog.h"
#include "ui/sprints/newsprintdialog.h"
#include "ui/sprints/startsprintdialog.h"

#include "core/board/board.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace SprintDeck {

SprintActions::SprintActions(Board *board, QWidget *window, CurrentSprint current)
    : QObject(window)
    , m_board(board)
    , m_window(window)
    , m_current(std::move(current))
{
    m_new = new QAction(tr("&New Sprint\u2026"), this);
    m_new->setObjectName(u"newSprint"_s);
    // Ctrl+Alt+N is New Card while the board has the focus.
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_N));
    m_start = new QAction(tr("&Start Sprint\u2026"), this);
    m_start->setObjectName(u"startSprint"_s);
    m_close = new QAction(tr("&Close Sprint\u2026"), this);
    m_close->setObjectName(u"closeSprint"_s);
    connect(m_new, &QAction::triggered, this, &SprintActions::newSprint);
    connect(m_start, &QAction::triggered, this, &SprintActions::startSprint);
    m_reopen = new QAction(tr("&Reopen Sprint\u2026"), this);
    m_reopen->setObjectName(u"reopenSprint"_s);
    m_reopen->setStatusTip(tr("Make a closed sprint active again, to change its cards"));
    connect(m_close, &QAction::triggered, this, &SprintActions::closeSprint);
    connect(m_reopen, &QAction::triggered, this, &SprintActions::reopenSprint);
    connect(board, &Board::sprintsChanged, this, &SprintActions::updateActions);
    connect(board, &Board::reloaded, this, &SprintActions::updateActions);
    updateActions();
    createEditAction();
}

void SprintActions::fillMenu(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_edit);
    // The window's sprint may have changed since: Edit follows it.
    connect(menu, &QMenu::aboutToShow, this, &SprintActions::updateEditAction);
    menu->addSeparator();
    menu->addAction(m_start);
    menu->addAction(m_close);
    menu->addAction(m_reopen);
}

void SprintActions::updateActions()
{
    bool planned = false, active = false;
    for (const Sprint &s : m_board->sprints()) {
        planned = planned || s.state == Sprint::State::Planned;
        active = active || s.state == Sprint::State::Active;
    }
    m_start->setEnabled(planned && !active);
    m_start->setToolTip(active ? tr("Close the active sprint first") : QString());
    m_close->setEnabled(active);
    // One active sprint at a time: a closed sprint is reopened once none is running.
    m_reopen->setEnabled(reopenCandidate() != 0 && !active);
    m_reopen->setToolTip(active && reopenCandidate() ? tr("Close the active sprint first")
                                                     : QString());
}

void SprintActions::newSprint()
{
    NewSprintDialog dialog(m_board, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit sprintChosen(dialog.createdId());
}

void SprintActions::startSprint()
{
    StartSprintDialog dialog(m_board, m_current ? m_current() : 0, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit sprintChosen(dialog.sprintId());
}

void SprintActions::closeSprint()
{
    qint64 active = 0;
    for (const Sprint &s : m_board->sprints())
        if (s.state == Sprint::State::Active)
            active = s.id;
    if (!active)
        return;
    CloseSprintDialog dialog(m_board, active, m_window);
    dialog.exec();
}

qint64 SprintActions::reopenCandidate() const
{
    const qint64 shown = m_current ? m_current() : 0;
    if (m_board->isClosedSprint(shown))
        return shown;
    const Sprint *last = nullptr;
    for (const Sprint &s : m_board->sprints())
        if (s.state == Sprint::State::Closed && (!last || s.closedAt > last->closedAt))
            last = &s;
    return last ? last->id : 0;
}

void SprintActions::reopenSprint()
{
    const Sprint *s = m_board->sprint(reopenCandidate());
    if (!s)
        return;
    QMessageBox box(QMessageBox::Question, tr("Reopen Sprint"), tr("Reopen %1?").arg(s->name),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(
        tr("It becomes the active sprint again and its cards can change; its frozen report is "
           "dropped, so its charts follow the cards again. Close it again when done, or undo."));
    QPushButton *reopenButton = box.addButton(tr("Reopen"), QMessageBox::AcceptRole);
    box.setDefaultButton(reopenButton);
    box.exec();
    if (box.clickedButton() == reopenButton)
        (void)reopen(s->id);
}

Status SprintActions::reopen(qint64 sprintId)
{
    Status s = m_board->reopenSprint(sprintId);
    if (!s) {
        showError(m_window, tr("Sprint Not Reopened"), s.error());
        return s;
    }
    emit sprintChosen(sprintId);
    return s;
}

void SprintActions::createEditAction()
{
    m_edit = new QAction(tr("&Edit Sprint\u2026"), this);
    m_edit->setObjectName(u"editSprint"_s);
    connect(m_edit, &QAction::triggered, this, &SprintActions::editSprint);
    connect(m_board, &Board::sprintsChanged, this, &SprintActions::updateEditAction);
    connect(m_board, &Board::reloaded, this, &SprintActions::updateEditAction);
    updateEditAction();
}

void SprintActions::updateEditAction()
{
    const Sprint *s = m_board->sprint(m_current ? m_current() : 0);
    const bool closed = s && s->state == Sprint::State::Closed;
    m_edit->setEnabled(s && !closed);
    m_edit->setToolTip(closed ? tr("%1 is closed and cannot be edited").arg(s->name) : QString());
}

void SprintActions::editSprint()
{
    const Sprint *s = m_board->sprint(m_current ? m_current() : 0);
    if (!s)
        return;
    NewSprintDialog dialog(m_board, m_window);
    dialog.setSprint(*s);
    dialog.exec();
}

} // namespace SprintDeck

#include "sprintactions.h"
#include "closesprintdialog.h"
#include "newsprintdialog.h"
#include "startsprintdialog.h"

#include "board/board.h"

#include <QAction>
#include <QMenu>
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
    connect(m_close, &QAction::triggered, this, &SprintActions::closeSprint);
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

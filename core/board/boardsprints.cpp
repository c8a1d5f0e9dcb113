// The sprint lifecycle of the Board: plan, start, close (with the frozen report and carry-over).
#include "core/board/board.h"
#include "core/board/commands.h"
#include "core/board/sprintanalytics.h"
#include "core/board/sprintclosecommand.h"
#include "core/storage/analyticsstore.h"

#include <QJsonDocument>
#include <QUndoStack>

namespace SprintDeck {

namespace {

/** Ends a macro that failed half-way: reverts what it applied and drops it from the stack. */
void abortMacro(QUndoStack *stack)
{
    stack->endMacro();
    if (!stack->canUndo())
        return;
    stack->undo();
    // An obsolete command is deleted instead of being redone.
    if (const QUndoCommand *macro = stack->command(stack->index())) {
        const_cast<QUndoCommand *>(macro)->setObsolete(true);
        stack->redo();
    }
}

} // namespace

QList<qint64> Board::incompleteCards(qint64 sprintId) const
{
    QList<qint64> ids;
    if (sprintId == 0)
        return ids;
    for (const Column &c : m_columns)
        if (!c.done)
            ids += cardsIn(sprintId, c.id);
    return ids;
}

bool Board::isClosedSprint(qint64 sprintId) const
{
    const Sprint *s = sprint(sprintId);
    return s && s->state == Sprint::State::Closed;
}

Status Board::checkSprintMembership(const QString &cardKey, qint64 fromSprintId,
                                    qint64 toSprintId) const
{
    if (fromSprintId == toSprintId)
        return {};
    if (isClosedSprint(toSprintId))
        return Status::failure(tr("Sprint %1 is closed and takes no more cards; reopen it first")
                                   .arg(sprint(toSprintId)->name));
    if (isClosedSprint(fromSprintId))
        return Status::failure(tr("%1 belongs to the closed sprint %2; reopen the sprint first")
                                   .arg(cardKey, sprint(fromSprintId)->name));
    return {};
}

Status Board::checkMembershipEdits(const QList<Card> &before, const QList<Card> &after) const
{
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i)
        if (Status s = checkSprintMembership(before.at(i).key, before.at(i).sprintId,
                                             after.at(i).sprintId);
            !s)
            return s;
    return {};
}

Status Board::planCards(qint64 sprintId, const QList<qint64> &ids)
{
    const Sprint *target = sprint(sprintId);
    if (!target)
        return Status::failure(tr("No sprint with id %1").arg(sprintId));
    if (target->state == Sprint::State::Closed)
        return Status::failure(
            tr("Sprint %1 is closed; plan cards into an open sprint").arg(target->name));
    QList<qint64> moving;
    for (qint64 id : ids) {
        const Card *c = card(id);
        if (!c)
            return Status::failure(tr("Card %1 is no longer on the board").arg(id));
        if (c->sprintId == sprintId || moving.contains(id))
            continue;
        if (const Sprint *from = sprint(c->sprintId); from && from->state == Sprint::State::Closed)
            return Status::failure(
                tr("%1 belongs to the closed sprint %2").arg(c->key, from->name));
        moving.append(id);
    }
    if (moving.isEmpty())
        return {};
    m_undo->beginMacro(
        tr("Plan %n card(s) into %1", nullptr, int(moving.size())).arg(target->name));
    if (Status s = moveCards(moving, sprintId, firstColumnId()); !s) {
        abortMacro(m_undo);
        return s;
    }
    m_undo->endMacro();
    return {};
}

Status Board::startSprint(qint64 sprintId)
{
    const Sprint *s = sprint(sprintId);
    if (!s)
        return Status::failure(tr("No sprint with id %1").arg(sprintId));
    if (s->state == Sprint::State::Active)
        return Status::failure(tr("Sprint %1 is already active").arg(s->name));
    if (s->state == Sprint::State::Closed)
        return Status::failure(tr("Sprint %1 is closed and cannot be started again").arg(s->name));
    for (const Sprint &other : std::as_const(m_sprints))
        if (other.state == Sprint::State::Active)
            return Status::failure(
                tr("Sprint %1 is active; close it before starting %2").arg(other.name, s->name));
    Sprint started = *s;
    started.state = Sprint::State::Active;
    started.startedAt = now();
    return pushAndApply(new SprintCommand(this, tr("Start sprint %1").arg(s->name), *s, started));
}

Status Board::closeSprint(qint64 sprintId, qint64 carryOverSprintId, const QTimeZone &zone)
{
    const Sprint *s = sprint(sprintId);
    if (!s)
        return Status::failure(tr("No sprint with id %1").arg(sprintId));
    if (s->state == Sprint::State::Closed)
        return Status::failure(tr("Sprint %1 is closed already").arg(s->name));
    if (s->state != Sprint::State::Active)
        return Status::failure(tr("Sprint %1 has not been started").arg(s->name));
    if (carryOverSprintId) {
        const Sprint *next = sprint(carryOverSprintId);
        if (!next)
            return Status::failure(tr("No sprint with id %1").arg(carryOverSprintId));
        if (carryOverSprintId == sprintId)
            return Status::failure(
                tr("Incomplete cards of %1 cannot be carried over into the same sprint")
                    .arg(s->name));
        if (next->state == Sprint::State::Closed)
            return Status::failure(
                tr("Sprint %1 is closed; carry the cards over into an open sprint or the backlog")
                    .arg(next->name));
    }

    Sprint closed = *s;
    closed.state = Sprint::State::Closed;
    closed.closedAt = now();
    SprintAnalytics analytics(*this);
    analytics.setTimeZone(zone);
    auto report = analytics.liveSeries(closed, closed.closedAt);
    if (!report)
        return Status::failure(report.error());
    const QByteArray json =
        QJsonDocument(sprintSeriesToJson(report.value())).toJson(QJsonDocument::Compact);

    const QList<qint64> incomplete = incompleteCards(sprintId);
    const QString label = tr("Close sprint %1").arg(s->name);
    m_undo->beginMacro(label);
    if (Status st = pushAndApply(new SprintCloseCommand(this, label, *s, closed, json)); !st) {
        abortMacro(m_undo);
        return st;
    }
    // Incomplete cards keep their column (work in progress stays in progress).
    Status moved;
    if (!incomplete.isEmpty() && carryOverSprintId == 0) {
        moved = placeCards(incomplete, 0, 0, 0);
    } else if (!incomplete.isEmpty()) {
        for (const Column &c : std::as_const(m_columns)) {
            QList<qint64> ids;
            for (qint64 id : incomplete)
                if (const Card *card = this->card(id); card && card->columnId == c.id)
                    ids.append(id);
            if (!ids.isEmpty() && !(moved = placeCards(ids, carryOverSprintId, c.id, 0)))
                break;
        }
    }
    if (!moved) {
        abortMacro(m_undo);
        return moved;
    }
    m_undo->endMacro();
    return {};
}

Status Board::reopenSprint(qint64 sprintId)
{
    const Sprint *s = sprint(sprintId);
    if (!s)
        return Status::failure(tr("No sprint with id %1").arg(sprintId));
    if (s->state != Sprint::State::Closed)
        return Status::failure(tr("Sprint %1 is not closed").arg(s->name));
    for (const Sprint &other : std::as_const(m_sprints))
        if (other.state == Sprint::State::Active)
            return Status::failure(
                tr("Sprint %1 is active; close it before reopening %2").arg(other.name, s->name));
    // The frozen report goes with the re-opening; undo (closing again) stores it back as it was.
    auto stored = AnalyticsStore(database()).loadReport(sprintId);
    if (!stored)
        return Status::failure(stored.error());
    const QByteArray report = stored->has_value() ? (*stored)->json : QByteArray();
    Sprint reopened = *s;
    reopened.state = Sprint::State::Active;
    reopened.closedAt = QDateTime();
    return pushAndApply(new SprintCloseCommand(this, tr("Reopen sprint %1").arg(s->name), reopened,
                                               *s, report, false));
}

} // namespace SprintDeck

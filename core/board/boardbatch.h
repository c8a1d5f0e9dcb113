#pragma once

#include "core/domain/card.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"

#include <QDateTime>
#include <QList>

namespace SprintDeck {

/** One state of a card at a moment of its history. */
struct CardStep
{
    Card state;
    QDateTime at;        ///< UTC; invalid: the Board's clock
    qint64 authorId = 0; ///< the member who made this state; 0: the Board's author
};

/**
 * Many changes written by Board::applyBatch() in one transaction: sprints and
 * members first, then cards as timelines of dated states, then removals.
 * Imports and restores use it so that their events carry the dates of the
 * source document and the burndown of an imported sprint is real.
 *
 * A negative sprintId or assigneeId -n in a card state refers to the n-th
 * (1-based) entry of `sprints` or `members`, whose ids are only known once they
 * are written; applyBatch() replaces them by the real ids.
 */
struct BoardBatch
{
    QList<Sprint> sprints; ///< inserted when not on the board (keeping a set id), else updated
    QList<Member> members; ///< inserted when not on the board (keeping a set id), else updated
    /**
     * One timeline per card, oldest first. The first state of a card with id 0
     * creates it (a deleted card with the same key is restored instead); a card
     * that was deleted is restored; every later state is written as the events
     * of the fields that changed, stamped with its time.
     */
    QList<QList<CardStep>> cards;
    QList<qint64> deleteCards;   ///< marked deleted after the timelines
    QList<qint64> removeSprints; ///< removed last; they must hold no live card
    QList<qint64> removeMembers; ///< removed last; live cards must not be assigned to them

    bool isEmpty() const
    {
        return sprints.isEmpty() && members.isEmpty() && cards.isEmpty() && deleteCards.isEmpty() &&
               removeSprints.isEmpty() && removeMembers.isEmpty();
    }
};

/** What applyBatch() did, for the undo command. */
struct BoardBatchResult
{
    QList<qint64> insertedSprints; ///< were not on the board before
    QList<Sprint> updatedSprints;  ///< previous states
    QList<qint64> insertedMembers;
    QList<Member> updatedMembers; ///< previous states
    QList<qint64> createdCards;   ///< created or restored from a deleted row
    QList<Card> changedCards;     ///< previous states of cards that were on the board
};

} // namespace SprintDeck

#pragma once

#include "core/domain/card.h"
#include "core/domain/column.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"
#include "core/util/result.h"

#include <QUndoCommand>

namespace SprintDeck {

class Board;

/**
 * Base of the Board's undo commands. The Board applies a command once before
 * pushing it, so a failed write never reaches the stack; the stack's first
 * redo() is then skipped.
 *
 * Ownership: every command holds plain values; the Board owns the stack.
 */
class UndoCommand : public QUndoCommand
{
public:
    enum Id
    {
        EditTextId = 1000
    };

    UndoCommand(Board *board, const QString &text)
        : QUndoCommand(text)
        , m_board(board)
    {}

    /** Applies the command's change (forward) or its inverse. */
    virtual Status apply(bool forward) = 0;

    void redo() final;
    void undo() final;
    void markApplied() { m_skipRedo = true; }

protected:
    Board *m_board;

private:
    bool m_skipRedo = false;
};

/**
 * Changes fields, list or position of cards. Undo reverts only the fields that
 * this command changed, so commands never overwrite each other's edits.
 */
class CardStatesCommand : public UndoCommand
{
public:
    CardStatesCommand(Board *board, const QString &text, QList<Card> before, QList<Card> after,
                      int mergeId = -1);
    Status apply(bool forward) override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    /** `current` with the fields that differ between `from` and `to` set as in `to`. */
    static Card merged(const Card &current, const Card &from, const Card &to);

private:
    QList<Card> m_before;
    QList<Card> m_after;
    int m_mergeId;
};

/** Adds cards (forward) or deletes them (backward); deleting is the same with the directions
 * swapped. */
class CardPresenceCommand : public UndoCommand
{
public:
    CardPresenceCommand(Board *board, const QString &text, QList<Card> cards, bool adding);
    Status apply(bool forward) override;
    const QList<Card> &cards() const { return m_cards; }

private:
    QList<Card> m_cards;
    bool m_adding;
};

/** Replaces the column set, moving cards out of removed columns first. */
class ColumnsCommand : public UndoCommand
{
public:
    ColumnsCommand(Board *board, const QString &text, QList<Column> before, QList<Column> after,
                   QList<Card> cardsBefore = {}, QList<Card> cardsAfter = {});
    Status apply(bool forward) override;

private:
    QList<Column> m_before, m_after;
    QList<Card> m_cardsBefore, m_cardsAfter;
};

/** Adds (before.id == 0) or edits a member. */
class MemberCommand : public UndoCommand
{
public:
    MemberCommand(Board *board, const QString &text, Member before, Member after);
    Status apply(bool forward) override;
    qint64 memberId() const { return m_after.id; }

private:
    Member m_before, m_after;
};

/** Creates (before.id == 0) or edits a sprint. */
class SprintCommand : public UndoCommand
{
public:
    SprintCommand(Board *board, const QString &text, Sprint before, Sprint after);
    Status apply(bool forward) override;
    qint64 sprintId() const { return m_after.id; }

private:
    Sprint m_before, m_after;
};

} // namespace SprintDeck

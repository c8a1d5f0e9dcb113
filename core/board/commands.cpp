#include "core/board/commands.h"
#include "core/board/board.h"

namespace SprintDeck {

void UndoCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    Status s = m_board->refreshBeforeUndo();
    if (s) {
        m_board->m_undoing = true;
        s = apply(true);
        m_board->m_undoing = false;
    }
    if (!s) {
        setObsolete(true);
        emit m_board->errorOccurred(s.error());
    }
}

void UndoCommand::undo()
{
    Status s = m_board->refreshBeforeUndo();
    if (s) {
        m_board->m_undoing = true;
        s = apply(false);
        m_board->m_undoing = false;
    }
    if (!s) {
        setObsolete(true);
        emit m_board->errorOccurred(s.error());
    }
}

CardStatesCommand::CardStatesCommand(Board *board, const QString &text, QList<Card> before,
                                     QList<Card> after, int mergeId)
    : UndoCommand(board, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{}

Card CardStatesCommand::merged(const Card &current, const Card &from, const Card &to)
{
    Card c = current;
#define SPRINTDECK_MERGE(field)                                                                    \
    if (from.field != to.field)                                                                    \
        c.field = to.field;
    SPRINTDECK_MERGE(key)
    SPRINTDECK_MERGE(title)
    SPRINTDECK_MERGE(description)
    SPRINTDECK_MERGE(points)
    SPRINTDECK_MERGE(priority)
    SPRINTDECK_MERGE(type)
    SPRINTDECK_MERGE(assigneeId)
    SPRINTDECK_MERGE(labels)
    SPRINTDECK_MERGE(blocked)
    SPRINTDECK_MERGE(blockedReason)
    SPRINTDECK_MERGE(checklist)
    SPRINTDECK_MERGE(columnId)
    SPRINTDECK_MERGE(rank)
    SPRINTDECK_MERGE(sprintId)
#undef SPRINTDECK_MERGE
    return c;
}

Status CardStatesCommand::apply(bool forward)
{
    QList<Card> targets;
    targets.reserve(m_after.size());
    for (int i = 0; i < m_after.size(); ++i) {
        const Card *current = m_board->card(m_after.at(i).id);
        if (!current)
            return Status::failure(
                QObject::tr("Card %1 is no longer on the board").arg(m_after.at(i).key));
        targets.append(forward ? merged(*current, m_before.at(i), m_after.at(i))
                               : merged(*current, m_after.at(i), m_before.at(i)));
    }
    return m_board->applyCardStates(targets);
}

bool CardStatesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const CardStatesCommand *>(other);
    if (m_mergeId < 0 || o->m_after.size() != m_after.size())
        return false;
    for (int i = 0; i < m_after.size(); ++i)
        if (o->m_after.at(i).id != m_after.at(i).id)
            return false;
    m_after = o->m_after;
    return true;
}

CardPresenceCommand::CardPresenceCommand(Board *board, const QString &text, QList<Card> cards,
                                         bool adding)
    : UndoCommand(board, text)
    , m_cards(std::move(cards))
    , m_adding(adding)
{}

Status CardPresenceCommand::apply(bool forward)
{
    if (forward == m_adding) {
        QList<Card> cards = m_cards;
        Status s = m_board->applyInsertCards(cards);
        if (s)
            m_cards = cards; // keeps the ids (and keys) assigned on first insert
        return s;
    }
    QList<qint64> ids;
    for (const Card &c : std::as_const(m_cards)) {
        ids.append(c.id);
    }
    // Remember the latest state so a restore brings back later edits too.
    QList<Card> latest;
    for (const Card &c : std::as_const(m_cards))
        latest.append(m_board->card(c.id) ? *m_board->card(c.id) : c);
    Status s = m_board->applyDeleteCards(ids);
    if (s)
        m_cards = latest;
    return s;
}

ColumnsCommand::ColumnsCommand(Board *board, const QString &text, QList<Column> before,
                               QList<Column> after, QList<Card> cardsBefore, QList<Card> cardsAfter)
    : UndoCommand(board, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_cardsBefore(std::move(cardsBefore))
    , m_cardsAfter(std::move(cardsAfter))
{}

Status ColumnsCommand::apply(bool forward)
{
    if (forward) {
        if (!m_cardsAfter.isEmpty())
            if (Status s = m_board->applyCardStates(m_cardsAfter); !s)
                return s;
        Status s = m_board->applyColumns(m_after);
        if (s)
            m_after = m_board->columns(); // new columns now have ids
        return s;
    }
    if (Status s = m_board->applyColumns(m_before); !s)
        return s;
    if (!m_cardsBefore.isEmpty())
        return m_board->applyCardStates(m_cardsBefore);
    return {};
}

MemberCommand::MemberCommand(Board *board, const QString &text, Member before, Member after)
    : UndoCommand(board, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status MemberCommand::apply(bool forward)
{
    if (forward)
        return m_board->applyMember(m_after);
    if (m_before.id == 0)
        return m_board->applyRemoveMember(m_after.id);
    return m_board->applyMember(m_before);
}

SprintCommand::SprintCommand(Board *board, const QString &text, Sprint before, Sprint after)
    : UndoCommand(board, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SprintCommand::apply(bool forward)
{
    if (forward)
        return m_board->applySprint(m_after);
    if (m_before.id == 0)
        return m_board->applyRemoveSprint(m_after.id);
    return m_board->applySprint(m_before);
}

} // namespace SprintDeck

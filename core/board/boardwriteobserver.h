#pragma once

#include "core/domain/card.h"
#include "core/domain/column.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"
#include "core/util/result.h"

#include <QList>

namespace SprintDeck {

/** One card written by a Board primitive. */
struct CardWrite
{
    enum class Kind
    {
        Created,
        Restored,
        Changed,
        Deleted
    };
    Kind kind = Kind::Changed;
    Card before; ///< the state before the write; empty (id 0) for Created
    Card after;  ///< the state written; for Deleted the card's last state
};

/** One sprint written by a Board primitive; `before.id` is 0 for a new sprint, `after.id` 0 for
 * one removed (the undo of its creation). */
struct SprintWrite
{
    Sprint before;
    Sprint after;
};

/**
 * Told about every card and sprint write of the Board's primitives, inside the
 * write's transaction, before it commits. Whatever the observer writes to the
 * database therefore commits or rolls back together with the change; a failure
 * it returns rolls the whole change back.
 *
 * Observers must not call back into the Board: they run in the middle of a
 * primitive, before the Board's memory is updated.
 */
class BoardWriteObserver
{
public:
    virtual ~BoardWriteObserver() = default;
    virtual Status boardWritten(const QList<CardWrite> &cards,
                                const QList<SprintWrite> &sprints) = 0;
    /** The board's columns were replaced: `after` is the complete new set, with its ids. */
    virtual Status columnsWritten(const QList<Column> &before, const QList<Column> &after)
    {
        Q_UNUSED(before);
        Q_UNUSED(after);
        return {};
    }
    /** A member was added (`before.id` 0), changed, or removed (`after.id` 0). */
    virtual Status memberWritten(const Member &before, const Member &after)
    {
        Q_UNUSED(before);
        Q_UNUSED(after);
        return {};
    }
};

} // namespace SprintDeck

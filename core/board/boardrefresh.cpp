// Board: applying what other processes committed to the open file (Board::refreshFromStore()).
#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/storage/repository.h"

#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** Whether every row of `before` is in `after` unchanged (rows were only added, if any). */
template<typename T> bool keepsAll(const QList<T> &before, const QList<T> &after)
{
    return std::all_of(before.cbegin(), before.cend(), [&after](const T &row) {
        return std::find(after.cbegin(), after.cend(), row) != after.cend();
    });
}

} // namespace

/** What another process changed, read in one snapshot. */
struct Board::StoreChanges
{
    qint64 lastEventId = 0;
    QList<Column> columns;
    QList<Member> members;
    QList<Sprint> sprints;
    QString keyPrefix;
    QList<qint64> touched;     ///< cards with newer events
    QHash<qint64, Card> cards; ///< the touched cards that are on the board now
};

Status Board::readStoreMark()
{
    // Read before the tables: a commit after this point is seen by the next refresh.
    auto version = m_repo->dataVersion();
    if (!version)
        return Status::failure(version.error());
    auto last = m_repo->lastEventId();
    if (!last)
        return Status::failure(last.error());
    m_storeVersion = *version;
    m_seenEventId = *last;
    return {};
}

void Board::dropUndoHistory()
{
    m_undo->clear();
    m_locallyWritten.clear();
}

Result<bool> Board::refreshFromStore()
{
    bool touchesUndo = false;
    auto changed = applyStoreChanges(&touchesUndo, true);
    if (touchesUndo)
        dropUndoHistory();
    return changed;
}

Status Board::refreshBeforeUndo()
{
    bool touchesUndo = false;
    auto changed = applyStoreChanges(&touchesUndo, false);
    if (!changed)
        return Status::failure(changed.error());
    if (!touchesUndo)
        return {};
    // The stack is running the command that asked: clear it once that returned.
    QMetaObject::invokeMethod(
        this, [this] { dropUndoHistory(); }, Qt::QueuedConnection);
    return Status::failure(tr("Another SprintDeck changed what this would undo or redo; the undo "
                              "history is cleared"));
}

Result<bool> Board::applyStoreChanges(bool *touchesUndo, bool mayReload)
{
    using R = Result<bool>;
    *touchesUndo = false;
    if (m_db->inTransaction())
        return false; // inside this Board's own write; the next look sees the others' commits
    auto version = m_repo->dataVersion();
    if (!version)
        return R::failure(version.error());
    if (*version == m_storeVersion)
        return false;
    m_storeVersion = *version;

    StoreChanges store;
    bool rewound = false;
    if (Status s = readStoreChanges(store, &rewound); !s)
        return R::failure(s.error());
    if (rewound) {
        // The history went back: a backup was restored over the file. Start afresh, but not
        // while an undo command runs: reloading clears the stack that runs it.
        *touchesUndo = m_undo->count() > 0;
        if (!mayReload) {
            m_storeVersion = -1; // the next look reloads
            return false;
        }
        if (Status s = reload(); !s)
            return R::failure(s.error());
        return true;
    }
    const bool rowsChanged = takeStoreRows(store, touchesUndo);
    const bool cardsChanged = takeStoreCards(store, touchesUndo);
    return rowsChanged || cardsChanged;
}

Status Board::readStoreChanges(StoreChanges &store, bool *rewound)
{
    Transaction snapshot(*m_db, Database::Access::Read);
    if (!snapshot.isActive())
        return Status::failure(m_db->lastError());
    auto last = m_repo->lastEventId();
    if (!last)
        return Status::failure(last.error());
    store.lastEventId = *last;
    if (store.lastEventId < m_seenEventId) {
        snapshot.commit();
        *rewound = true;
        return {};
    }
    auto columns = m_repo->loadColumns();
    auto members = m_repo->loadMembers();
    auto sprints = m_repo->loadSprints();
    auto touched = m_repo->cardsWithEventsAfter(m_seenEventId);
    if (!columns || !members || !sprints || !touched)
        return Status::failure(!columns   ? columns.error()
                               : !members ? members.error()
                               : !sprints ? sprints.error()
                                          : touched.error());
    auto cards = m_repo->loadCards(*touched);
    if (!cards)
        return Status::failure(cards.error());
    store.keyPrefix = m_db->metaValue(u"key_prefix"_s, m_keyPrefix);
    store.columns = std::move(columns.value());
    store.members = std::move(members.value());
    store.sprints = std::move(sprints.value());
    store.touched = std::move(touched.value());
    for (Card &c : cards.value())
        store.cards.insert(c.id, std::move(c));
    snapshot.commit();
    return {};
}

bool Board::takeStoreRows(StoreChanges &store, bool *touchesUndo)
{
    // Columns, members and sprints first: the cards may refer to new ones. A row that changed
    // (not only added) may be one that a command on the undo stack would write back.
    m_keyPrefix = store.keyPrefix;
    const bool columnsDiffer = store.columns != m_columns;
    const bool membersDiffer = store.members != m_members;
    const bool sprintsDiffer = store.sprints != m_sprints;
    *touchesUndo = (columnsDiffer && !keepsAll(m_columns, store.columns)) ||
                   (membersDiffer && !keepsAll(m_members, store.members)) ||
                   (sprintsDiffer && !keepsAll(m_sprints, store.sprints));
    if (columnsDiffer) {
        m_columns = std::move(store.columns);
        emit columnsChanged();
    }
    if (membersDiffer) {
        m_members = std::move(store.members);
        m_search.clear(); // the text holds assignee names
        m_searchMapped = false;
        m_searchPrepared = false;
        m_searchPending.clear();
        emit membersChanged();
    }
    if (sprintsDiffer) {
        m_sprints = std::move(store.sprints);
        emit sprintsChanged();
    }
    return columnsDiffer || membersDiffer || sprintsDiffer;
}

bool Board::takeStoreCards(const StoreChanges &store, bool *touchesUndo)
{
    // Compare each touched card with what the Board holds; this Board's own writes among the
    // newer events compare equal and change nothing.
    QList<qint64> added;
    QList<Card> removed, before;
    for (qint64 id : std::as_const(store.touched)) {
        const auto mine = m_cards.constFind(id);
        const auto theirs = store.cards.constFind(id);
        const bool held = mine != m_cards.cend(), stored = theirs != store.cards.cend();
        if (held && !stored)
            removed.append(*mine);
        else if (!held && stored)
            added.append(id);
        else if (held && stored && *mine != *theirs)
            before.append(*mine);
        else
            continue;
        if (m_locallyWritten.contains(id))
            *touchesUndo = true;
    }
    m_seenEventId = store.lastEventId;
    if (removed.isEmpty() && added.isEmpty() && before.isEmpty()) {
        // Newer events that changed no card: this Board's own, or another's that cancel out.
        if (!store.touched.isEmpty())
            emit historyChanged();
        return false;
    }

    for (const Card &c : std::as_const(removed)) {
        indexRemove(c);
        m_cards.remove(c.id);
        m_search.forget(c.id);
    }
    for (const Card &c : std::as_const(before)) {
        indexRemove(c);
        m_cards.insert(c.id, store.cards.value(c.id));
    }
    for (qint64 id : std::as_const(added))
        m_cards.insert(id, store.cards.value(id));
    for (const Card &c : std::as_const(before)) {
        indexInsert(m_cards.value(c.id));
        refreshSearchText(c);
    }
    for (qint64 id : std::as_const(added)) {
        indexInsert(m_cards.value(id));
        refreshSearchText(m_cards.value(id));
    }
    // The signals are the same as for this Board's own writes, so the models update rows.
    m_applyingStore = true;
    if (!removed.isEmpty())
        emit cardsRemoved(removed);
    if (!added.isEmpty())
        emit cardsAdded(added);
    if (!before.isEmpty())
        emit cardsChanged(before);
    m_applyingStore = false;
    emit historyChanged();
    return true;
}

} // namespace SprintDeck

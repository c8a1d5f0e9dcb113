#pragma once

#include "core/board/searchtextstore.h"
#include "core/domain/card.h"
#include "core/domain/column.h"
#include "core/domain/event.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace SprintDeck {

class BoardWriteObserver;
struct CardWrite;
struct SprintWrite;
class Database;
class Repository;
struct BoardBatch;
struct CardStep;
struct BoardBatchResult;

/**
 * The open document: one database file, its columns, members, sprints and
 * cards held in memory for fast views, and the undo stack.
 *
 * Every change goes through the Board. User actions (addCard(), moveCards(),
 * updateCard(), …) are pushed on the undo stack as one command each; the
 * apply*() primitives that commands call write the new state and its event
 * rows in one transaction, update the in-memory state only after the commit,
 * and then emit fine-grained signals.
 *
 * Ownership: the Board owns the Database and the undo stack; commands hold
 * plain values (cards, columns), never pointers into the Board's state.
 */
class Board : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    /** Opens (or creates) a board database; the error names the file and the reason. */
    static Result<std::unique_ptr<Board>> open(const QString &path);
    explicit Board(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Board() override;

    Database &database() { return *m_db; }
    QString path() const;
    QUndoStack *undoStack() const { return m_undo; }
    /** Whether the writes being made are an undo or redo (not the first doing of an action). */
    bool isUndoing() const { return m_undoing; }

    /**
     * The member whose edits this Board makes, stamped on their events: on a shared board the
     * member the replica was joined as; 0 on a board of one's own.
     */
    void setAuthor(qint64 memberId) { m_authorId = memberId; }
    qint64 author() const { return m_authorId; }

    /** The time stamped on new events (UTC); replaceable for scripted histories in tests. */
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    /** Key prefix for new cards ("SD" -> "SD-1"). */
    QString keyPrefix() const { return m_keyPrefix; }
    /** A key no card of this file has had, deleted ones included (the next of the prefix). */
    QString freeKey() { return nextKey(); }
    Status setKeyPrefix(const QString &prefix);

    bool isEmpty() const { return m_cards.isEmpty() && m_sprints.isEmpty(); }

    // --- reading -----------------------------------------------------------
    const QList<Column> &columns() const { return m_columns; }
    const Column *column(qint64 id) const;
    const Column *columnByName(QStringView name) const;
    qint64 firstColumnId() const;
    qint64 firstDoneColumnId() const;
    bool isDoneColumn(qint64 id) const;

    const QList<Member> &members() const { return m_members; }
    const Member *member(qint64 id) const;
    const Member *memberByName(QStringView name) const;

    const QList<Sprint> &sprints() const { return m_sprints; }
    const Sprint *sprint(qint64 id) const;
    const Sprint *sprintByName(QStringView name) const;
    /** The sprint the board shows by default: the active one, else the next planned, else the
     * latest. */
    qint64 currentSprintId() const;

    const Card *card(qint64 id) const;
    const Card *cardByKey(QStringView key) const;
    const QHash<qint64, Card> &cards() const { return m_cards; }
    int cardCount() const { return int(m_cards.size()); }
    /** Card ids of a sprint column in board order; sprintId 0 (any column): the backlog. */
    const QList<qint64> &cardsIn(qint64 sprintId, qint64 columnId) const;
    const QList<qint64> &backlog() const { return cardsIn(0, 0); }
    /**
     * Lower-case text that the quick filter searches: key, title, labels, assignee. Valid
     * until the next call.
     */
    QStringView searchText(qint64 cardId) const;
    /**
     * Builds the search text of up to `count` more cards ahead of the first filter (the
     * window calls it in idle time); false once every card has its text.
     */
    bool prepareSearchText(qsizetype count) const;
    /** Orders two cards of one list. */
    bool lessInList(qint64 a, qint64 b) const;

    Result<QList<Event>> history(qint64 cardId) const;

    // --- user actions (undoable, one command each) -------------------------
    /** Adds a card; an empty key takes the next key of the board's prefix, column 0 the first
     * column. */
    Result<qint64> addCard(Card draft);
    Status addCards(QList<Card> drafts, const QString &label);
    Status updateCard(const Card &edited);
    Status updateCards(const QList<Card> &edited, const QString &label);
    /**
     * Moves cards into a list (sprint + column, or the backlog when sprintId is 0;
     * there a columnId of 0 keeps each card's column),
     * before the card beforeId, or at the end when beforeId is 0. Keeps their order.
     */
    Status moveCards(const QList<qint64> &ids, qint64 sprintId, qint64 columnId,
                     qint64 beforeId = 0);
    /** Moves a card up (-1) or down (+1) within its list. */
    Status reorderCard(qint64 id, int delta);
    Status deleteCards(const QList<qint64> &ids);

    Result<qint64> addColumn(const QString &name, bool done = false, int wipLimit = 0);
    Status updateColumn(const Column &column);
    Status moveColumn(qint64 id, int newIndex);
    /** Removes a column; its cards go to the column before it (or after, for the first). */
    Status removeColumn(qint64 id);

    Result<qint64> addMember(const QString &name);
    Status updateMember(const Member &member);
    /** The member with this name, created when there is none (not undoable on its own). */
    Result<qint64> ensureMember(const QString &name);

    Result<qint64> createSprint(Sprint sprint);
    Status updateSprint(const Sprint &sprint);

    // --- editing a sprint's plan (board/boardsprintedit.cpp) -----------------
    /**
     * Edits a sprint's plan (name, goal, dates, working-day calendar, capacity) as one undo
     * step labelled "Edit sprint <name>"; its state and times stay as they are. A closed sprint
     * is refused; an active one may change its dates, and its charts follow the new calendar.
     */
    Status editSprint(const Sprint &edited);
    /**
     * The rule for a sprint a user plans, on creating and on editing: checkSprint(), a name
     * no other sprint has, holidays only on weekdays and worked days only on weekend days,
     * both within the sprint's dates.
     */
    Status checkSprintPlan(const Sprint &sprint) const;
    /** What every stored sprint satisfies: a name, valid dates, the end not before the start. */
    static Status checkSprint(const Sprint &sprint);

    // --- sprint lifecycle (board/boardsprints.cpp) ---------------------------
    /** Moves cards (from the backlog or another open sprint) into a sprint's first column; one undo
     * step. */
    Status planCards(qint64 sprintId, const QList<qint64> &ids);
    /** Starts a planned sprint: Active, startedAt = now (fixes the committed scope). One active
     * sprint at a time. */
    Status startSprint(qint64 sprintId);
    /**
     * Closes the active sprint as one undo step: freezes its report (stored,
     * read instead of the events from then on), then moves its incomplete
     * cards, keeping their columns, to `carryOverSprintId` (0: the backlog).
     * The report's days are local dates in `zone`.
     */
    Status closeSprint(qint64 sprintId, qint64 carryOverSprintId,
                       const QTimeZone &zone = QTimeZone::systemTimeZone());
    /**
     * Re-opens a closed sprint as one undo step: it becomes Active again and its frozen
     * report is dropped, so its numbers are computed live. Refused while another sprint is
     * active (one active sprint at a time).
     */
    Status reopenSprint(qint64 sprintId);
    /** Cards of a sprint that are not in a done column, in board order. */
    QList<qint64> incompleteCards(qint64 sprintId) const;
    /** The sprint exists and is closed (0, the backlog, never is). */
    bool isClosedSprint(qint64 sprintId) const;
    /**
     * Closed sprints are read-only: a card may neither enter nor leave one (reopen it first).
     * Fails with the reason when a card going from `fromSprintId` to `toSprintId` would.
     */
    Status checkSprintMembership(const QString &cardKey, qint64 fromSprintId,
                                 qint64 toSprintId) const;

    /** Applies a batch of changes (an import, a restore) as one undo step (boardbatch.cpp). */
    Status applyBatchAction(BoardBatch batch, const QString &label);

    // --- primitives called by undo commands --------------------------------
    /** Writes the cards' new state (fields, column, rank, sprint) with one event per changed field.
     */
    Status applyCardStates(const QList<Card> &targets);
    /** Inserts new cards (ids 0) or restores deleted ones (ids set). Fills ids. */
    Status applyInsertCards(QList<Card> &cards);
    Status applyDeleteCards(const QList<qint64> &ids);
    Status applyColumns(const QList<Column> &columns); ///< the complete new column set
    Status applyMember(Member &member); ///< inserts when not on the board (id 0 or removed)
    Status applyRemoveMember(qint64 id);
    Status applySprint(Sprint &sprint); ///< inserts when not on the board (id 0 or removed)
    Status applyRemoveSprint(qint64 id);
    /** Writes a whole BoardBatch in one transaction; fills in the ids it assigns. */
    Status applyBatch(BoardBatch &batch, BoardBatchResult *result = nullptr);

    /** Reloads everything from the database (after a restore or import). */
    Status reload();

    // --- changes other processes write (board/boardrefresh.cpp) --------------
    /**
     * Applies what other processes (a script, another window) committed to the file since the
     * last look, with the usual fine-grained signals: only the cards with newer events are
     * read; columns, members and sprints when their rows differ; a history that went back (a
     * backup restored over the file) reloads everything. Cheap when nothing changed (one
     * PRAGMA). When the change touches a card, column, member or sprint that this Board's own
     * writes changed, the undo history is dropped: undoing would overwrite the other
     * process's change. Returns whether anything changed.
     */
    Result<bool> refreshFromStore();
    /**
     * Called by an undo command before it writes: applies other processes' changes, and
     * fails (the undo is refused, the history dropped once the command returned) when they
     * touched what this Board's undo history would write.
     */
    Status refreshBeforeUndo();

    /**
     * Observers are told about every card and sprint write inside its
     * transaction (see BoardWriteObserver); the Board does not own them.
     */
    void addWriteObserver(BoardWriteObserver *observer);
    void removeWriteObserver(BoardWriteObserver *observer);

signals:
    /** Cards were added (or restored); one signal per transaction. */
    void cardsAdded(const QList<qint64> &ids);
    /** Cards were deleted; `last` holds their final states. */
    void cardsRemoved(const QList<SprintDeck::Card> &last);
    /**
     * Cards' fields, list or position changed in one transaction; `before` holds
     * their previous states. All of them are updated when this is emitted.
     */
    void cardsChanged(const QList<SprintDeck::Card> &before);
    void columnsChanged();
    void membersChanged();
    void sprintsChanged();
    /** Events were appended (charts and standups recompute from here). */
    void historyChanged();
    void aboutToReload();
    void reloaded();
    /** An undo or redo could not be written; the board is unchanged. */
    void errorOccurred(const QString &message);

private:
    friend class BoardTestAccess;
    friend class UndoCommand; // marks its undo and redo (isUndoing())
    static QPair<qint64, qint64> listKey(qint64 sprintId, qint64 columnId)
    {
        return {sprintId, sprintId == 0 ? 0 : columnId};
    }
    static QPair<qint64, qint64> listKey(const Card &c) { return listKey(c.sprintId, c.columnId); }
    QList<qint64> &listFor(const Card &c) { return m_lists[listKey(c)]; }
    void indexInsert(const Card &c);
    void indexRemove(const Card &c);
    void refreshSearchText(const Card &c); ///< forgets the cached text; rebuilt on demand
    QString buildSearchText(const Card &c) const;
    void mapSearchIds() const;
    QString nextKey();
    Status loadAll();
    Status pushAndApply(class UndoCommand *command);
    Status notifyWritten(const QList<CardWrite> &cards, const QList<SprintWrite> &sprints);
    Status notifyBatchWritten(const BoardBatch &batch, const BoardBatchResult &done,
                              const QList<Card> &finals);

    // --- the steps of applyBatch() (board/boardbatch.cpp) ---------------------
    struct BatchWrite;
    struct BatchCardChanges
    {
        QList<Card> removed;
        QList<qint64> added;
        QList<Card> before; ///< previous states of the changed cards
    };
    Status writeBatchSprints(BatchWrite &w);
    Status writeBatchMembers(BatchWrite &w);
    /** Replaces a card's references to the batch's new sprints and members; checks the rest. */
    Status resolveBatchCard(Card &c, const BatchWrite &w) const;
    /** Writes one card's timeline: its row and the events of every step. */
    Status writeBatchTimeline(QList<CardStep> &timeline, BatchWrite &w);
    /** Inserts the card a timeline creates, unless a deleted card had its key (no row then). */
    Status createBatchCard(QList<CardStep> &timeline, BatchWrite &w, Card *current,
                           bool *rowWritten);
    /** The first state of a timeline for a card that exists (on the board or deleted). */
    Status startBatchChange(CardStep &first, BatchWrite &w, Card *current);
    Status writeBatchRemovals(BatchWrite &w);
    /**
     * Freezes the report of each sprint the batch closes (an imported finished sprint) as of its
     * close, as closing it does; drops the report of one it re-opens (an undone import).
     */
    Status freezeBatchReports(const BatchWrite &w);
    /** Whether a live card once the batch is written matches `predicate`. */
    bool batchKeepsCard(const BatchWrite &w,
                        const std::function<bool(const Card &)> &predicate) const;
    /** With foreign keys off: fails when an event written since `lastEventBefore` has no card. */
    Status checkBatchEventCards(qint64 lastEventBefore);
    /** The board's memory and signals once the batch is committed. */
    void takeBatch(const BatchWrite &w);
    void takeBatchSprints(const BoardBatch &batch);
    void takeBatchMembers(const BoardBatch &batch);
    BatchCardChanges takeBatchCards(const BatchWrite &w);
    /** moveCards() without the closed-sprint check: closing a sprint carries its cards out. */
    Status placeCards(const QList<qint64> &ids, qint64 sprintId, qint64 columnId, qint64 beforeId);
    /** checkSprintMembership() for every card of an edit (before and after, same order). */
    Status checkMembershipEdits(const QList<Card> &before, const QList<Card> &after) const;
    QList<double> ranksFor(const QList<qint64> &list, int insertAt, int count,
                           bool *renumber) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_repo;
    QUndoStack *m_undo = nullptr;
    Clock m_clock;
    QString m_keyPrefix;
    QList<Column> m_columns;
    QList<Member> m_members;
    QList<Sprint> m_sprints;
    QHash<qint64, Card> m_cards;
    QHash<QPair<qint64, qint64>, QList<qint64>> m_lists;
    mutable SearchTextStore m_search;
    mutable bool m_searchMapped = false;         ///< m_search has its id map for the loaded cards
    mutable std::vector<qint64> m_searchPending; ///< cards prepareSearchText() still visits
    mutable bool m_searchPrepared = false;
    QList<BoardWriteObserver *> m_writeObservers;

    // Where refreshFromStore() left off: the connection's data_version and the newest event read.
    Result<bool> applyStoreChanges(bool *touchesUndo, bool mayReload);
    struct StoreChanges;
    /** Reads what changed in one snapshot; `rewound` when the history went back (a restore). */
    Status readStoreChanges(StoreChanges &store, bool *rewound);
    /** Takes the columns, members and sprints that changed; whether any did. */
    bool takeStoreRows(StoreChanges &store, bool *touchesUndo);
    /** Takes the cards that changed; whether any did. */
    bool takeStoreCards(const StoreChanges &store, bool *touchesUndo);
    Status readStoreMark();
    void dropUndoHistory();
    qint64 m_storeVersion = -1;
    qint64 m_seenEventId = 0;
    QSet<qint64> m_locallyWritten; ///< cards this Board wrote since the undo history began
    bool m_applyingStore = false;  ///< the card signals being emitted are other processes' changes
    bool m_undoing = false;
    qint64 m_authorId = 0;
};

} // namespace SprintDeck

#pragma once

#include "core/domain/card.h"
#include "core/domain/column.h"
#include "core/domain/event.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"
#include "core/standup/standup.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

namespace SprintDeck {

/** A card as a standup mentions it. */
struct StandupItem
{
    qint64 cardId = 0;
    QString key;
    QString title;
    std::optional<double> points;
    Priority priority = Priority::P3;
    QString column;        ///< the column it is in (for Yesterday: the one it moved to)
    bool finished = false; ///< Yesterday: it moved into a done column
    bool blocked = false;
    QString blockedReason;
    QDateTime at; ///< Yesterday: when it last moved

    /** One markdown list line without the bullet, as the field it belongs to shows it. */
    QString markdownLine(StandupEntry::Field field) const;

    bool operator==(const StandupItem &) const = default;
};

/** What the board knows about one member for a standup. */
struct StandupProposal
{
    qint64 memberId = 0;
    QList<StandupItem> yesterday; ///< moved forward or finished since the previous standup
    QList<StandupItem> today;     ///< in progress in the sprint
    QList<StandupItem> blockers;  ///< blocked in the sprint, with the reason

    const QList<StandupItem> &items(StandupEntry::Field field) const;
    bool isEmpty() const { return yesterday.isEmpty() && today.isEmpty() && blockers.isEmpty(); }
    /** The field's items as a markdown bullet list; "" when there are none. */
    QString markdown(StandupEntry::Field field) const;
};

/** One member's entry after filling it from the board (see StandupFill::fillEntry). */
struct StandupEntryFill
{
    StandupProposal proposal;          ///< what the board knows about the member
    StandupEntry entry;                ///< empty fields filled; typed text exactly as it was
    QList<StandupEntry::Field> filled; ///< fields that were empty and got the board's items
    /** Per field: items its typed text does not mention yet, for the lead to accept. */
    QMap<StandupEntry::Field, QList<StandupItem>> pending;

    /** The fields that kept their text and have items to suggest. */
    int suggestedCount() const;
};

/** Everything filling a standup reads: a slice of history and the board's structure. */
struct StandupFillInput
{
    QDateTime since;       ///< start of the day of the previous standup (UTC)
    QDateTime until;       ///< the moment the standup looks at (UTC): now, or the end of a past day
    QList<Event> events;   ///< complete histories of the cards concerned, oldest first
    QList<Column> columns; ///< in board order
    QList<Member> members; ///< one proposal per member, in this order
    QHash<qint64, Card> cards; ///< current cards: keys and titles when history lacks them
    qint64 sprintId = 0;       ///< the sprint of the day; 0: cards of any list count as in progress
};

/** One card as the history shows it over a standup's window. */
struct StandupCardState
{
    StandupItem item;      ///< the card at `until` (for a forward move: with `finished` and `at`)
    qint64 assigneeId = 0; ///< at `until`
    qint64 sprintId = 0;   ///< at `until`
    qint64 columnId = 0;   ///< at `until`
    bool done = false;     ///< in a done column at `until`
    bool firstColumn = false;  ///< in the board's first column at `until`
    bool movedForward = false; ///< net progress between `since` and `until` (see StandupFill)
    qint64 movedBy = 0;        ///< assignee at the time of the last move in the window
};

/**
 * Proposes each member's Yesterday / Today / Blockers from the board's history.
 *
 * Pure: the result depends only on the input. A card counts for Yesterday when,
 * between `since` and `until`, it ended up further right than it started (a
 * card created in that time starts in the first column), or entered a done
 * column; a card that went back, or was re-opened, does not. Cards are
 * credited to their assignee at the time of their last move. Today and
 * Blockers show the state at `until`.
 */
class StandupFill
{
public:
    static QList<StandupProposal> propose(const StandupFillInput &input);
    /** Every card of the input that exists at `until` (in a column of the board), in history order.
     */
    static QList<StandupCardState> replay(const StandupFillInput &input);

    /** Result of offering proposed items to a field the lead may have typed in. */
    struct Merge
    {
        QString text;               ///< the field's new text (unchanged unless it was empty)
        QList<StandupItem> pending; ///< items the text does not mention yet, for the lead to accept
    };
    /**
     * Never overwrites typed text: an empty field gets all items; otherwise the
     * text stays as it is and the items whose card key it does not mention are
     * returned as pending proposals.
     */
    static Merge merge(const QString &current, const QList<StandupItem> &items,
                       StandupEntry::Field field);
    /**
     * Fill from Board for one member: merge() on each field of `current` with the proposal's
     * items. The one rule the Standup view and `sprintdeck standup fill` both apply.
     */
    static StandupEntryFill fillEntry(const StandupEntry &current, const StandupProposal &proposal);
    /** `current` with the items appended as list lines (what accepting proposals writes). */
    static QString appended(const QString &current, const QList<StandupItem> &items,
                            StandupEntry::Field field);
    /** True when `text` mentions the card key as a whole word. */
    static bool mentions(const QString &text, const QString &key);

    /** The sprint a standup on `date` is about: the active one covering it, else any covering it,
     * else 0. */
    static qint64 sprintForDate(const QList<Sprint> &sprints, QDate date);
    /** The working day before `date` (the sprint's calendar when one covers it, else Monday to
     * Friday). */
    static QDate previousWorkingDay(const QList<Sprint> &sprints, QDate date);
    /** Local midnight at the start of `date`, in UTC. */
    static QDateTime startOfDay(QDate date);
};

/** `text` with the characters that markdown would interpret escaped. */
QString markdownEscaped(const QString &text);

} // namespace SprintDeck

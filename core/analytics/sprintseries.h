#pragma once

#include "core/domain/column.h"
#include "core/domain/event.h"
#include "core/domain/sprint.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace SprintDeck {

class SprintHistory;

/** What a chart counts: story points (a card without points counts 0) or cards. */
enum class ChartUnit
{
    Points,
    Cards
};

/** "points" or "cards". */
QString chartUnitName(ChartUnit unit);
/** Accepts "points", "cards" (and "count"); case-insensitive. */
std::optional<ChartUnit> parseChartUnit(QStringView text);

/** An amount of work in both units, so that one pass over the history serves both. */
struct Amount
{
    double points = 0;
    double cards = 0;

    double in(ChartUnit unit) const { return unit == ChartUnit::Points ? points : cards; }
    Amount &operator+=(const Amount &o)
    {
        points += o.points;
        cards += o.cards;
        return *this;
    }
    friend Amount operator+(Amount a, const Amount &b) { return a += b; }
    friend Amount operator-(const Amount &a, const Amount &b)
    {
        return {a.points - b.points, a.cards - b.cards};
    }
    bool operator==(const Amount &) const = default;
};

/**
 * A card added to, removed from (also: deleted) or re-estimated in a sprint
 * after it was started. Changes of one card in one transaction are one entry.
 */
struct ScopeChange
{
    enum class Kind
    {
        Added,
        Removed,
        Reestimated
    };

    QDateTime at; ///< UTC
    QDate day;    ///< the local day it happened on
    qint64 cardId = 0;
    QString key;
    Kind kind = Kind::Added;
    Amount delta; ///< change of the sprint's scope; cards: +1, -1, or 0 for a re-estimate
    std::optional<double> oldPoints; ///< points before (re-estimate, removal)
    std::optional<double> newPoints; ///< points after (re-estimate, addition)

    bool operator==(const ScopeChange &) const = default;
};

/** "added", "removed", "re-estimated". */
QString scopeChangeKindName(ScopeChange::Kind kind);
/** A short description for tooltips and reports: "+SD-4 (3)", "-SD-2 (5)", "SD-7 3→5". */
QString describeScopeChange(const ScopeChange &change, ChartUnit unit);

/** Work of one priority at the end of a day. */
struct PriorityAmount
{
    Amount total; ///< in the sprint
    Amount done;  ///< of which in a done column

    bool operator==(const PriorityAmount &) const = default;
};

/**
 * The sprint at the end of one local day ("end of day d" = the start of local
 * day d + 1 in the series' time zone; for the current day: now; for the day a
 * sprint was closed: the close).
 */
struct SprintDay
{
    QDate date;
    bool workingDay = false; ///< by the sprint's calendar
    bool afterEnd = false;   ///< past the planned end date (a sprint running or closed late)
    bool hasData =
        false;    ///< the sprint was started and the day had begun when the series was computed
    Amount scope; ///< cards in the sprint (done or not)
    Amount done;  ///< of which in a done column
    Amount ideal; ///< the ideal remaining: committed, falling only on working days
    Amount scopeChange;    ///< net scope change during the day (after the start)
    QList<Amount> columns; ///< per column of SprintSeries::columns (cumulative flow)
    std::array<PriorityAmount, 4> priorities{}; ///< [0] = P1 … [3] = P4

    Amount remaining() const { return scope - done; }
    bool operator==(const SprintDay &) const = default;
};

/**
 * A sprint's numbers at one moment, the one definition that every place showing them reads:
 * the board's status line, `sprint list`, the progress table, the standup, the slides, the
 * close dialog, frozen reports and velocity. Get them from SprintSeries::numbers() (or, with a
 * Board, SprintAnalytics::numbers()).
 */
struct SprintNumbers
{
    QDateTime asOf;       ///< UTC: "now", or the close of a closed sprint
    bool started = false; ///< the sprint had been started by asOf
    Amount committed;     ///< the scope when its clock started; before that, the scope at asOf
    Amount scope;         ///< cards in the sprint at asOf (done or not)
    Amount completed;     ///< of which in a done column
    std::array<PriorityAmount, 4> priorities{}; ///< [0] = P1 … [3] = P4

    Amount remaining() const { return scope - completed; }
    bool operator==(const SprintNumbers &) const = default;
};

/**
 * Everything the sprint charts draw, for both units, one entry per local day
 * from the sprint's start date to its end date, or later:
 * - a closed sprint: to the day it was closed (an imported closed sprint closes at the end of
 *   its last day);
 * - an open sprint past its end date: to the day of its last activity (the last event of a card
 *   while in the sprint), never past today; without activity after its end, to its end. It is
 *   not drawn to today for its own sake: a sprint imported from an old document and never closed
 *   keeps to its own dates. Its numbers (atCutoff, numbers()) are still those of "now".
 *
 * Semantics (see the architecture's burndown contract and the README):
 * - the sprint's clock starts at the later of Sprint::startedAt and the beginning of its first
 *   day: a sprint started early commits what it holds when its first day begins; a sprint
 *   started late commits what it holds when it is started, and its days before that have no
 *   data (it was not running);
 * - committed = scope when the clock starts (before that: scope now);
 * - remaining at the end of day d = cards in the sprint then, not in a done
 *   column; a card moved out of done again raises it and is not scope;
 * - cards added, removed, deleted or re-estimated after the start are scope
 *   changes; cards leaving a closed sprint at the moment of its close (the
 *   carry-over) are not.
 * Views for one unit: burndown(), burnup(), cumulativeFlow(), progressByPriority(),
 * velocityEntry().
 */
struct SprintSeries
{
    Sprint sprint;
    QList<Column> columns; ///< board order, with their done flags at computation time
    QDateTime computedAt;  ///< UTC; the evaluation time: now, or the close of a closed sprint
    QDate today;           ///< local date of "now" when computed
    bool started = false;  ///< Sprint::startedAt is set
    bool frozen = false;   ///< read back from the report stored when the sprint was closed
    Amount committed;      ///< scope at the start
    Amount doneAtStart;    ///< done at the start (cards finished before it)
    QList<SprintDay> days;
    QList<ScopeChange> scopeChanges; ///< oldest first
    /** The sprint at computedAt (date: its local day; hasData: started by then). */
    SprintDay atCutoff;

    /** The sprint's numbers at computedAt. */
    SprintNumbers numbers() const;

    /** Index of a day in days, -1 when not in the series. */
    int dayIndex(QDate date) const;
    /** The last day with data (today while the sprint runs); nullptr when none. */
    const SprintDay *lastDayWithData() const;
    bool operator==(const SprintSeries &) const = default;
};

/** Inputs of the sprint charts; nothing else is read (no database, no clock). */
struct SprintChartInput
{
    Sprint sprint;
    /** Events of every card that was ever in the sprint (Repository::eventsForSprint), oldest
     * first. */
    QList<Event> events;
    /** The board's columns in board order; their done flags decide what is completed. */
    QList<Column> columns;
    /** "Now" (any time spec); evaluation stops here, or at Sprint::closedAt for a closed sprint. */
    QDateTime now;
    /** Days are local dates in this zone. */
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    /**
     * The events already parsed (SprintHistory of `events` with `columns`), kept by a caller
     * that computes the same sprint again and again; null: parsed here.
     */
    const SprintHistory *history = nullptr;
};

/**
 * The replay of a sprint's history up to the start of the day that holds "now", kept by a caller
 * that computes the same sprint again and again: an edit adds steps to today only, so the next
 * computation replays today's steps instead of the whole sprint. Opaque; used only while the
 * sprint, the columns, the time zone and the SprintHistory (steps appended, none before that day)
 * are the ones it was taken with.
 */
class SprintSeriesCheckpoint
{
public:
    SprintSeriesCheckpoint();
    ~SprintSeriesCheckpoint();
    SprintSeriesCheckpoint(const SprintSeriesCheckpoint &) = delete;
    SprintSeriesCheckpoint &operator=(const SprintSeriesCheckpoint &) = delete;

    /** Whether the last computation resumed from the checkpoint (for tests). */
    bool resumed() const { return m_resumed; }

    struct State;

private:
    friend SprintSeries computeSprintSeries(const SprintChartInput &, SprintSeriesCheckpoint *);
    std::unique_ptr<State> m_state;
    bool m_resumed = false;
};

/**
 * Rebuilds every card's state from the events once and computes the daily
 * series of a sprint (burndown, burnup, cumulative flow and progress by
 * priority in points and cards). Pure function; linear in events + days, or in
 * today's events when resumed from a `checkpoint` (which it then updates); the
 * result is the same either way.
 */
SprintSeries computeSprintSeries(const SprintChartInput &input,
                                 SprintSeriesCheckpoint *checkpoint = nullptr);

} // namespace SprintDeck

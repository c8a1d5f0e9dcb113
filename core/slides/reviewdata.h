#pragma once

#include "core/analytics/analytics.h"
#include "core/board/flowanalytics.h"
#include "core/domain/card.h"
#include "core/domain/sprint.h"
#include "core/slides/reviewnotes.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SprintDeck {

class Board;

/** A card as the review lists it. */
struct ReviewCard
{
    qint64 id = 0;
    QString key;
    QString title;
    QString assignee;
    Priority priority = Priority::P3;
    CardType type = CardType::Story;
    std::optional<double> points; ///< at the end of the sprint (or now)
    QString column;               ///< where it stood at the end of the sprint
    QString nowIn; ///< carried over into: a sprint's name or "Backlog"; empty while the sprint runs
    bool blocked = false;
    QString blockedReason;
};

/** A blocker a member reported in a standup during the sprint. */
struct StandupBlocker
{
    QDate date;
    QString member;
    QString text;
};

/**
 * The deck's Flow section: what `report cycletime --sprint` and `report forecast --sprint
 * --unit points` print for the sprint.
 */
struct ReviewFlow
{
    QDate from;            ///< the first day the scatterplot spans: the sprint's start
    QDate to;              ///< the last: its end, or its close
    CycleTimes cycleTimes; ///< the sprint's cards finished within those days
    /** The rest of the sprint in story points, when the burndown has its Monte Carlo forecast;
     * else the burndown says why there is none. */
    std::optional<FlowForecast> forecast;
};

/**
 * Everything a sprint review says, gathered from the board: the sprint's
 * analytics (burndown, burnup, velocity, progress by priority: computed by
 * core/analytics, never here), the completed and unfinished cards, blockers,
 * the next sprint and the lead's notes.
 */
struct ReviewData
{
    Sprint sprint;
    QDateTime evaluatedAt; ///< UTC: the close of a closed sprint, else now
    QStringList team;      ///< assignees of the sprint's cards, else the board's active members

    Burndown burndown;          ///< story points
    Burnup burnup;              ///< story points
    Velocity velocity;          ///< previous closed sprints and this one, oldest first
    int previousSprints = 0;    ///< closed sprints before this one in `velocity`
    double previousAverage = 0; ///< their average completed points
    PriorityProgress progress;  ///< story points, at the end of the sprint (or now)

    double committed = 0;    ///< points at the start
    double completed = 0;    ///< points done at the end (or now)
    double scopeAdded = 0;   ///< points added after the start (re-estimates upwards included)
    double scopeRemoved = 0; ///< points removed after the start (re-estimates downwards included)
    QList<ScopeChange> scopeChanges;

    QString firstColumn; ///< the board's first column: cards there have not been started
    QList<ReviewCard> completedCards;
    QList<ReviewCard> openCards; ///< not completed: carried over, or still open
    QList<StandupBlocker> standupBlockers;

    std::optional<Sprint> nextSprint;
    double nextSprintPoints = 0;
    int nextSprintCards = 0;

    ReviewNotes notes;

    std::optional<ReviewFlow> flow; ///< gathered only for a deck with a Flow section

    /** completed / committed in percent, rounded down (0 without a commitment). */
    int completionPercent() const;
};

/**
 * Gathers the review of a sprint. `now` (invalid: the board's clock) is when
 * an open sprint is evaluated; a closed sprint is evaluated at its close. `withFlow` also gathers
 * the Flow section's numbers, which read the whole board's history.
 */
Result<ReviewData> collectReviewData(Board &board, qint64 sprintId, const QDateTime &now = {},
                                     bool withFlow = false);

} // namespace SprintDeck

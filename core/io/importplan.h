#pragma once

#include "core/domain/card.h"
#include "core/domain/sprint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SprintDeck {

/** Something an importer noticed; `line` is 1-based, 0 when it concerns the whole file. */
struct ImportWarning
{
    int line = 0;
    QString message;

    QString toString() const;
    bool operator==(const ImportWarning &) const = default;
};

/** A status a card had from a moment on, as the source names it ("COMPLETED", "In Progress"). */
struct ImportStatusChange
{
    QDateTime at; ///< UTC
    QString status;

    bool operator==(const ImportStatusChange &) const = default;
};

/** A sprint found in the source. Dates that the source does not give are assumed (and warned
 * about). */
struct ImportSprint
{
    QString name;
    QString goal;
    QDate start;
    QDate end;
    Sprint::State state = Sprint::State::Planned;
    QDateTime startedAt;       ///< UTC; set when the sprint had started
    QDateTime closedAt;        ///< UTC; set when the source reports it finished
    bool datesAssumed = false; ///< the source gives no dates: do not overwrite an existing sprint's
    bool stateAssumed =
        false; ///< the source does not say how far the sprint is: leave an existing one's state
    int line = 0;
};

/**
 * A card found in the source, in neutral terms: statuses are the source's own
 * words (mapped to columns by ImportOptions), the sprint and the assignee are
 * names. Optional fields the source does not give leave an existing card's
 * value alone on re-import.
 */
struct ImportCard
{
    QString key; ///< empty: matched by title within its sprint, given the board's next key
    QString title;
    std::optional<double> points;
    QString status; ///< the current status in the source's words; empty: the first column
    std::optional<Priority> priority;
    std::optional<CardType> type;
    std::optional<QString> assignee;
    std::optional<QStringList> labels;
    std::optional<QList<ChecklistItem>> checklist;
    std::optional<QString> description;
    bool blocked = false;
    QString blockedReason;
    QString sprint;    ///< sprint name; empty: the backlog
    QDateTime created; ///< UTC; when the card came into being (invalid: unknown)
    QDateTime
        addedToSprint; ///< UTC; when it joined its sprint (invalid: before the sprint started)
    QList<ImportStatusChange> history; ///< dated statuses, oldest first; the last is `status`
    int line = 0;
};

/** Everything one source file holds, before it meets a board. */
struct ImportPlan
{
    QString source; ///< file name, for messages
    QString format; ///< "markdown", "jira-csv", "sprintdeck-csv"
    QList<ImportSprint> sprints;
    QList<ImportCard> cards;
    QList<ImportWarning> warnings;
    /** A status no status word names (lower case) -> a word for its kind ("In Progress"), as
     * the source gives it (Jira's status category); for its default column. */
    QHash<QString, QString> statusCategories;
    int repairedCharacters = 0; ///< characters restored by the mojibake repair

    /** The distinct statuses of the cards and their histories, in order of appearance. */
    QStringList statuses() const;
    void warn(int line, const QString &message) { warnings.append({line, message}); }
};

/** How a plan meets the board: the status to column mapping the user can adjust. */
struct ImportOptions
{
    /** Source status (compared case-insensitively) -> column name; unset statuses use defaults. */
    QHash<QString, QString> statusColumns;

    /** Adds "STATUS=COLUMN"; false when the text has no '='. */
    bool addMapping(const QString &assignment);
    std::optional<QString> columnFor(const QString &status) const;
};

} // namespace SprintDeck

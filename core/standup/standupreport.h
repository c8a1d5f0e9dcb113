#pragma once

#include "core/analytics/priorityprogress.h"
#include "core/standup/standup.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace SprintDeck {

/** A card as the daily reports list it. */
struct ReportCard
{
    QString key;
    QString title;
    std::optional<double> points;
    Priority priority = Priority::P3;
    QString column; ///< where it is at the end of the day
    bool done = false;
    QString owner; ///< the assignee's name, may be empty
    bool blocked = false;
    QString blockedReason;
    QStringList doneChecklist; ///< checklist lines ticked off, what the card's work consisted of

    bool operator==(const ReportCard &) const = default;
};

/** Everything the standup and daily status reports show; gathered by StandupBook::reportData(). */
struct StandupReportData
{
    struct Entry
    {
        QString member;
        QString yesterday; ///< markdown
        QString today;
        QString blockers;
        /** The member wrote nothing that day: the texts are what the board knows, not their
         * words. */
        bool proposed = false;

        bool operator==(const Entry &) const = default;
    };

    QDate date;
    QString sprintName; ///< empty when no sprint covers the day
    QString sprintGoal;
    int dayNumber = 0;   ///< working day of the sprint the date is (1-based); 0 outside it
    int workingDays = 0; ///< of the sprint
    int daysLeft = 0;    ///< working days from the date (included) to the sprint's end
    /** Progress by priority at the end of the day (points); none without a started sprint. */
    std::optional<PriorityProgress> progress;
    /** The burndown's ideal remaining minus the remaining, at the end of the day (positive: ahead);
     * none when unknown. */
    std::optional<double> aheadBy;
    double committed = 0; ///< points at the sprint's start

    /** Members in meeting order; members without text included, with the board's proposal when
     * it has one. */
    QList<Entry> entries;
    QString note; ///< the team note (markdown)

    QList<ReportCard> completed;  ///< finished during the day
    QList<ReportCard> inProgress; ///< at the end of the day, closest to done first
    QList<ReportCard> blocked;    ///< at the end of the day
    QList<ReportCard> upNext;     ///< to do, by priority: what tomorrow starts with

    bool operator==(const StandupReportData &) const = default;
};

/**
 * The day's documents, written the way the team writes them by hand: the
 * standup in the Daily Standup Template form (Yesterday / Today / Blockers /
 * Progress) and the daily status report (completed cards, progress by
 * priority, remaining issues and blockers, tomorrow's plan). Pure: text from
 * data; the HTML is the markdown rendered by cmark-gfm (tables on).
 */
class StandupReport
{
public:
    static QString standupMarkdown(const StandupReportData &data);
    static QString statusMarkdown(const StandupReportData &data);

    /** The markdown as an HTML fragment (GitHub flavour: tables, strikethrough, task lists,
     * autolinks). */
    static QString toHtml(const QString &markdown);
    /** A complete HTML page around toHtml(markdown), titled `title`. */
    static QString htmlDocument(const QString &title, const QString &markdown);

    /** "P1 (Critical)" … "P4 (Low)", as the progress table names the priorities. */
    static QString priorityLabel(Priority priority);
    /** The progress table: `Priority | Story Points | Completed | Remaining` with a bold total row.
     */
    static QString progressTable(const PriorityProgress &progress);
    /** "35% (28/80 points)". */
    static QString progressLine(const PriorityProgress &progress);
    /** "Ahead of schedule", "On track", "Behind schedule"; empty when unknown. */
    static QString scheduleText(const StandupReportData &data);
};

} // namespace SprintDeck

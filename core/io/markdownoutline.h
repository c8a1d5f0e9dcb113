#pragma once

#include "core/io/datescan.h"
#include "core/io/importplan.h"
#include "core/io/textscan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace SprintDeck {

/**
 * What the markdown walk found in a status document, in document order and
 * with line numbers, before any decision about cards: sections (one per
 * heading), story mentions, checklist items, "Name: value" fields, "N/M"
 * counts and progress tables. MarkdownImporter builds it from the cmark-gfm
 * syntax tree; MarkdownPlanner turns it into an ImportPlan.
 */
struct MarkdownOutline
{
    struct Section
    {
        int level = 0; ///< 0: the part before the first heading
        QString title; ///< without markers and estimate
        QString estimate;
        int line = 0;
        int parent = -1;
        QDate day;         ///< set on a dated day heading
        int dayNumber = 0; ///< "Day 2" -> 2; -1 for a heading that is only a date
        QString status;    ///< status the heading gives ("✅ Completed Tasks"); none on a story
        bool blocked = false;
        bool otherSprint = false; ///< "Next Steps", "Backlog": stories here are not in this sprint
        QString sprintRef;        ///< "2" for "Next Steps - Sprint 2 Planning"
        int story = -1;           ///< mention index when the heading is a story line
        bool notes = false; ///< criteria, a definition of done, a retrospective: no stories here
        int priority = 0;

        bool operator==(const Section &) const = default;
    };

    struct Mention
    {
        TextScan::Story story;
        int section = 0;
        int line = 0;
        bool inHeading = false;
        QString description; ///< markdown that belongs to this mention
        QList<ChecklistItem> checklist;
        QList<QPair<QString, QString>> fields; ///< "**Assignee:** Maya" lines under the story
        bool yesterday = false; ///< listed as the previous day's work ("**Yesterday:**")
        bool inTable = false;   ///< a row of a story table
        bool ownStatus = false; ///< the story's own status field or cell gave its status
        bool deferred = false;  ///< that status moved it out of the sprint
        bool reference = false; ///< "Completed story 002-001 (RSpec Setup)" in a sentence

        bool operator==(const Mention &) const = default;
    };

    struct TaskItem
    {
        QString text;
        QString label; ///< "OSF-UI deploy" of "- [x] **OSF-UI deploy:** image on the Pi…"
        bool checked = false;
        int section = 0;
        int line = 0;
        int depth = 0;       ///< nesting in the list
        int parentItem = -1; ///< index of the item it is nested in
        int mention = -1;    ///< the story whose section holds it

        bool operator==(const TaskItem &) const = default;
    };

    struct Field
    {
        QString name; ///< without the colon
        QString value;
        int section = 0;
        int line = 0;

        bool operator==(const Field &) const = default;
    };

    struct Count
    {
        TextScan::Count count;
        int section = 0;
        int line = 0;
        bool inField = false;
        QString fieldName;

        bool operator==(const Count &) const = default;
    };

    struct ProgressRow
    {
        QString label;
        int priority = 0;
        std::optional<double> points, completed, remaining;
        bool total = false;
        int line = 0;

        bool operator==(const ProgressRow &) const = default;
    };
    struct ProgressTable
    {
        int section = 0;
        int line = 0;
        QList<ProgressRow> rows;

        bool operator==(const ProgressTable &) const = default;
    };

    /** A story table's total row ("| **Total** | | **22** |") and what its rows add up to. */
    struct TableTotal
    {
        int section = 0;
        int line = 0;
        double stated = 0;
        double rows = 0;

        bool operator==(const TableTotal &) const = default;
    };

    /** Non-task blocks of a section, rendered back to markdown. */
    struct Block
    {
        int section = 0;
        QString markdown;

        bool operator==(const Block &) const = default;
    };

    QString title; ///< the first level-1 heading
    int titleLine = 0;
    QList<Section> sections;
    QList<Mention> mentions;
    QList<TaskItem> tasks;
    QList<Field> fields;
    QList<Count> counts;
    QList<ProgressTable> tables;
    QList<TableTotal> tableTotals;
    QList<Block> blocks;
    DateScan::Style dateStyle; ///< how the document writes its dates

    bool operator==(const MarkdownOutline &) const = default;

    /** The day (and its number) a section belongs to, from it or its ancestors. */
    QDate dayOf(int section, int *number = nullptr) const;
    /** True inside a section about another sprint than `sprintNumber` or about the backlog. */
    bool inOtherSprint(int section, const QString &sprintNumber) const;
    /**
     * True inside the product backlog ("Product Backlog", "Backlog-Elemente"): the whole
     * product's stories, done long ago or not yet planned, as every sprint's document repeats
     * them; a later sprint's plan ("Next Sprint") is not one.
     */
    bool inProductBacklog(int section) const;
    /** True inside a section of notes about the sprint rather than its work (notesIn()). */
    bool inNotes(int section) const;
    /** Whether a heading names notes: acceptance criteria, a definition of done, actions… */
    static bool notesIn(QStringView title);
    /** Whether a heading names a list of tasks ("Tasks", "Aufgaben (mit Haken)", "To-do"). */
    static bool namesTaskList(QStringView title);
    /** The status the nearest heading gives, when the line itself gives none. */
    QString statusOf(int section, bool *blocked = nullptr) const;
    int priorityOf(int section) const;
    /** True when `section` is `ancestor` or lies inside it. */
    bool isWithin(int section, int ancestor) const;

    /**
     * Turns story headings that group stories ("### In Review (13 pts)", "## Payments epic (34
     * points)") into sections: they are no cards, and their status applies to the stories under
     * them. Called once the whole document is walked.
     */
    void groupHeadings();
};

} // namespace SprintDeck

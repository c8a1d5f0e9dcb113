#pragma once

#include "core/io/datescan.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace SprintDeck {

/**
 * Small readers for the text of one markdown element (a heading, a list item,
 * a table cell): dates, statuses, story lines, estimates and "N/M" counts.
 * They never see more than one element; the document structure comes from the
 * markdown parser.
 */
class TextScan
{
public:
    /** The statuses documents use, in the words the board's default columns have. */
    static QString toDo();
    static QString inProgress();
    static QString review();
    static QString done();

    /** A story line: "FIX-003: Test Suite Stabilization (4 points) - **COMPLETED**". */
    struct Story
    {
        QString key; ///< upper case; "Story 1.1" becomes "STORY-1.1"; empty when the line has none
        QString title;
        std::optional<double> points;
        QString status; ///< one of the statuses above, another word of the line ("QA"), or empty
        bool blocked = false;
        bool isNew = false; ///< "NEW FIX-004: ..." (added during the sprint)
        int keyOffset = 0;  ///< where the key starts in the text
        QString keyText;    ///< the key as written ("User Story 1"), where it reads otherwise

        bool operator==(const Story &) const = default;
    };

    /**
     * Reads a story line. `strict`: the key must open the line or points must
     * follow the title (a plan line "Begin STORY-015 Progress (5 points)" is a
     * story; "Fix blockers (FIX-001, FIX-002)" is not). Without a key, a title
     * with points is a story only when `allowKeyless`.
     */
    static std::optional<Story> story(QStringView text, bool allowKeyless);

    /**
     * A story a sentence refers to by the word "story": "Completed story 002-001 (RSpec Setup)
     * ✅", "Performance story (002-008) may slip". Its status is only one the sentence states as
     * done or in progress ("Review story 002-002" asks for a review, it reports none).
     */
    static std::optional<Story> storyReference(QStringView text);

    /** The status that words or markers in the text give ("COMPLETED", "✅", "IN PROGRESS"…). */
    static QString statusIn(QStringView text, bool *blocked = nullptr);
    /**
     * A status written on its own (a table cell, a "Status:" field): as statusIn() reads it, else
     * a tracker's status word ("Pronto", "Fait"), else the text itself ("Stretch"), which the
     * import's mapping decides; "Not done", "Não concluída" are to do.
     */
    static QString statusOf(QStringView value, bool *blocked = nullptr);

    /**
     * The key a text is as a whole: "US-104", "API-3.2", "T-12", "US10", "#42", "US#29",
     * "Item 7", "User Story 1" ("STORY-1"), also in emphasis or brackets; empty otherwise.
     */
    static QString keyOf(QStringView text);

    /** Whether a status says the work left the sprint ("deferred to Sprint 5", "moved to backlog").
     */
    static bool deferredIn(QStringView text);

    /** Whether the text is only a status ("In Review", "Concluído", "DONE"). */
    static bool isStatus(QStringView text);

    /** A title without markers and the status words that stand apart in it ("Login [DONE]"). */
    static QString titleOf(QStringView text);

    /**
     * The first complete date in the text: 2025-01-14, January 14, 2025, 14 Jan 2025, 14. März
     * 2025, 14/03/2025 (DateScan reads them).
     */
    static std::optional<QDate> dateIn(QStringView text, qsizetype *end = nullptr);

    /**
     * "Day 2: January 14, 2025" -> 2 (and the date); a heading that is only a date ("Monday,
     * March 3", "Standup – 05/03/2025") -> -1; a heading that opens with "Day 3" and gives no
     * date -> 3 with an invalid date; 0 when the text is not a day. Dates are read in `style`.
     */
    static int dayNumber(QStringView text, QDate *date, const DateScan::Style &style = {});

    /** "[8-12 hours]" at the end of a heading; the heading without it goes to `rest`. */
    static QString estimateIn(QStringView text, QString *rest = nullptr);

    /** "28/80 points" -> {28, 80}; `unit` gets the word after the numbers (points, tasks…). */
    struct Count
    {
        double done = 0;
        double total = 0;
        QString unit;

        bool operator==(const Count &) const = default;
    };
    static std::optional<Count> countIn(QStringView text);

    /** The first number in the text ("~34 Story Points" -> 34); `approximate` when marked with ~.
     */
    static std::optional<double> numberIn(QStringView text, bool *approximate = nullptr);

    /** "P1 (Critical Fixes)" -> 1; 0 when the text names no priority. */
    static int priorityIn(QStringView text);

    /** Removes emoji, status markers and surrounding punctuation from a heading ("🎯 Daily Goal" ->
     * "Daily Goal"). */
    static QString withoutMarkers(QStringView text);
    /** As above; text that has no markers and is simplified already is returned as it is. */
    static QString withoutMarkers(const QString &text);

    /** "1.2", "4" from "Sprint 1.2 Status Tracker"; empty when the text names no sprint. */
    static QString sprintNumberIn(QStringView text);

    static std::optional<double> parseNumber(QStringView text);
};

} // namespace SprintDeck

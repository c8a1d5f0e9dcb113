#pragma once

#include "core/io/datescan.h"
#include "core/io/importplan.h"
#include "core/io/localclock.h"
#include "core/io/markdownoutline.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTime>

#include <initializer_list>
#include <optional>
#include <set>
#include <utility>

namespace SprintDeck {

/**
 * Plans one sprint's outline for MarkdownPlanner::plan: the sprint, its cards and the warnings.
 * Internal to core/io and not public API: only markdownplanner.cpp uses it. The class is large,
 * so its member functions are defined in one file per part, in the order declared here:
 * sprintdocplanner.cpp (run, the header's fields: the sprint's name and stated dates),
 * sprintdocdays.cpp, sprintdoccards.cpp, sprintdochistory.cpp, sprintdoctasks.cpp and
 * sprintdocchecks.cpp. Each definition carries its comment.
 */
class SprintDocPlanner
{
public:
    using Outline = MarkdownOutline;

    SprintDocPlanner(const Outline &outline, const QString &name, QDate today, ImportPlan &plan)
        : m_o(outline)
        , m_name(name)
        , m_today(today)
        , m_plan(plan)
    {}

    /** An undated sprint's placeholder dates begin on `day` (the day after the sprint before). */
    void setPlaceholderStart(QDate day) { m_placeholderStart = day; }
    /** The title of the document the outline is a part of: whether it reports sprints ended. */
    void setDocumentTitle(const QString &title) { m_documentTitle = title; }
    /** The outline is one sprint's section of a document of several. */
    void setOneOfSeveral() { m_oneOfSeveral = true; }
    /** The sprint's dates when its own section gives none (weeks of the document's period). */
    void setRange(DateScan::Range range) { m_givenRange = range; }
    /** The names of the sprints whose dates are placeholders. */
    const QStringList &undated() const { return m_undatedSprints; }

    void run();

private:
    // --- drafts, the header's name and stated dates (sprintdocplanner.cpp) ----------

    struct Draft
    {
        ImportCard card;
        QDate order;       ///< the day it first appears
        int orderLine = 0; ///< where it first appears that day
    };

    bool isPlaceholder(const QString &text);

    bool inHeader(int section) const { return section == 0 || m_o.sections.at(section).level <= 1; }

    const Outline::Field *field(std::initializer_list<QStringView> names, bool headerOnly) const;
    void findSprint();
    QString findSprintName();
    std::optional<DateScan::Range> rangeOfSprintHeading() const;
    QString withoutRange(const QString &value, std::optional<DateScan::Range> *range) const;
    QList<const Outline::Field *> dateFields(DateScan::Label label) const;
    void findDocumentDate();
    void warnAmbiguousDates();

    /** The sprint's dates as the document gives them, and where from (for the warnings). */
    struct Dates
    {
        QDate start, end;
        std::optional<DateScan::Length> length;
        QString startFrom; ///< empty: stated
    };

    Dates datesFromFields() const;
    void checkCompletion(const ImportSprint &s);
    QDate planningDate() const;

    // --- the sprint's days, its dates and its state (sprintdocdays.cpp) -------------

    void dateDaysFromFields();
    void checkWeekday(const Outline::Section &sec);
    bool numbersCalendarDays() const;
    QDate nthDay(QDate day, int n) const;
    void dateDaysFromStart(QDate start);
    QDate collectDays();
    bool logIsOver(QDate dayStart) const;
    void settleDates(ImportSprint &s, Dates dates);
    void stateOfSprint(ImportSprint &s) const;

    /** The last moment of a local day: a finished sprint closes then, its last day whole. */
    static QDateTime endOfDay(QDate day) { return LocalClock::toUtc(day, QTime(23, 59, 59)); }

    QString headerStatus() const;
    static bool saysEnded(const QString &status);
    void closeFinishedSprint();
    bool reportsEnd() const;
    bool allStoriesDone(const QString &sprint) const;
    QString sprintFor(int section) const;
    QDate dateOf(int section) const;

    // --- stories by key, work sections, table rows (sprintdoccards.cpp) -------------

    void cardsFromMentions();
    void cardsBesideProductBacklog(const QHash<QString, QList<int>> &byKey,
                                   const QStringList &order);
    bool isFinding(const QList<int> &mentions) const;
    bool headsFinding(int mention) const;
    QList<int> workSections() const;
    bool isWorkHeading(int section) const;
    bool holdsTasks(int section) const;
    void cardsFromWorkSections();
    void mergeSecondNames(QHash<QString, QList<int>> &byKey, QStringList &order) const;
    static bool isSecondName(const QString &id);
    static QString comparableTitle(const QString &title);
    bool onlyInProductBacklog(const QList<int> &mentions) const;
    Draft cardFrom(const QList<int> &mentions);
    std::optional<QString> rowSprint(const QList<int> &mentions) const;
    void sprintsFromRows();
    ImportSprint rowSprintAt(const QString &name, QDate start);
    bool splitIntoParts(const QList<int> &mentions) const;
    QString untitled(const QList<int> &mentions) const;

    // --- a story's dated statuses, title, history (sprintdochistory.cpp) ------------

    QDate statusDay(const Outline::Mention &m, QDate day) const;

    /** A status a card had on a day, as its mentions give it. */
    struct Entry
    {
        QDate day;
        QString status;
    };

    /** A mention where the story is stated rather than named: its heading, table row, fields. */
    static bool isOwn(const Outline::Mention &m) { return m.inHeading || m.inTable || m.ownStatus; }

    QDate ownStatusDay(const QList<int> &mentions) const;
    std::optional<QDate> fieldDate(const QString &value) const;
    QDate sprintDay(int n) const;
    bool datedEntries(const QList<QPair<QString, QString>> &fields, QList<Entry> &entries) const;
    QList<int> chronological(const QList<int> &mentions) const;
    QString titleOf(const QList<int> &mentions) const;
    static void applyFields(ImportCard &card, const QList<QPair<QString, QString>> &fields,
                            int &priority);
    static QString joinDescription(const QList<QPair<QString, QString>> &described,
                                   bool severalDays);
    static void writeHistory(ImportCard &card, const QList<Entry> &entries);
    QString dayHeading(QDate day, int dayNumber);
    ChecklistItem checklistItem(const Outline::TaskItem &t, int ownerSection) const;
    int cardSectionOf(int section) const;
    static QString labelOf(const QString &text);
    bool labelMatches(const QString &label, int section) const;

    // --- cards from planned days, tasks, checklists (sprintdoctasks.cpp) ------------

    void cardsFromPlannedDays();
    QString deliveredDay(int section) const;

    enum class DayField
    {
        Points,
        Focus,
        Status
    };

    const Outline::Field *fieldWithin(int section, DayField kind) const;
    bool hasMentionWithin(int section) const;
    bool inPlannedDay(int section) const;
    void cardsFromTasks();
    bool isProcedure(int section, qsizetype items);
    bool hasStories() const;
    void taskListCards(const QList<int> &tasks);
    void doneOnItsDate(ImportCard &card, const QString &text) const;
    static QString taskTitle(const Outline::TaskItem &t);
    static QString withoutBlockedNote(const QString &title);
    static QString withoutCarryOverNote(const QString &title);
    Draft itemCard(int index);
    Draft sectionCard(int section, const QList<int> &tasks, const Outline::TaskItem *overviewItem);
    Draft finishTaskCard(ImportCard &card, bool checked, QString status, int section,
                         const QList<ChecklistItem> &items);

    // --- the document against itself (sprintdocchecks.cpp) --------------------------

    /** The sprint's stories with points, as (points, [(ms since epoch, done)…]), for the checks. */
    struct Scored
    {
        double points = 0;
        QList<QPair<qint64, bool>> statuses;
    };
    const QList<Scored> &scored();
    double pointsDoneBy(QDate day);
    double pointsTotal();
    QString dayLabel(QDate day, int section) const;
    void claimDone(int line, double claimed, QDate day, int section, const QString &what);
    void claimTotal(int line, double claimed, const QString &what);
    void checkTables();
    void checkCounts();
    void checkStatedTotals();
    void checkTaskCount(const Outline::Count &c);

    // --- what the parts share -------------------------------------------------------

    Outline m_o; ///< a copy: the days of a plan are dated once the sprint's start is known
    QString m_name;
    QDate m_today;
    ImportPlan &m_plan;
    QString m_number;
    QString m_sprintName;
    int m_sprintLine = 0;
    std::optional<DateScan::Range> m_nameRange; ///< "Sprint 5 (June 2-13, 2025)"
    int m_reportDay = 0;                        ///< "Sprint: Sprint 5 - Day 1"
    bool m_undated = false;                     ///< the document gives no date at all
    bool m_calendarDays = false; ///< "Day 2" is the second calendar day, not working day
    QDate m_start;
    QDate m_end; ///< the sprint's last day, once its dates are settled
    QDate m_docDate;
    QDate m_firstDay;
    QList<QDate> m_days;
    QList<Draft> m_cards;
    QList<int> m_plannedDays;  ///< day sections that are cards of their own
    QList<int> m_workSections; ///< sections that state their own status (workSections())
    std::set<QString> m_claims;
    QHash<int, QList<int>> m_tasksOfMention;
    QList<Scored> m_scored;
    QList<std::pair<qint64, double>> m_doneSteps; ///< (when, points done from then on)
    bool m_doneStepsReady = false;
    QHash<std::pair<QDate, int>, QString> m_dayHeadings;
    double m_pointsTotal = 0;
    bool m_scoredReady = false;
    bool m_templateWarned = false;
    QDate m_placeholderStart;
    std::optional<DateScan::Range> m_givenRange;
    QString m_documentTitle;
    bool m_oneOfSeveral = false;
    QStringList m_undatedSprints;
};

} // namespace SprintDeck

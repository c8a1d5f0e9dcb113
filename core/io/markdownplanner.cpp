#include "core/io/markdownplanner.h"
#include "core/io/datescan.h"
#include "core/io/localclock.h"
#include "core/io/markdownsprints.h"
#include "core/io/storytable.h"
#include "core/io/textscan.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

using Outline = MarkdownOutline;

QDateTime localAt(QDate day, int hour)
{
    return LocalClock::toUtc(day, hour);
}

QDate addWorkingDays(QDate day, int n)
{
    const int step = n < 0 ? -1 : 1;
    while (n != 0) {
        day = day.addDays(step);
        if (day.dayOfWeek() < 6)
            n -= step;
    }
    return day;
}

QString longDate(QDate d)
{
    return QLocale::c().toString(d, u"MMMM d, yyyy"_s);
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 6);
}

bool sameNumber(double a, double b)
{
    return qAbs(a - b) < 1e-6;
}

std::optional<CardType> typeFromKey(const QString &key)
{
    // Keys are ASCII ("FIX-003", or "STORY-4" from "Story 4").
    const qsizetype dash = key.indexOf(u'-');
    const QStringView prefix = dash < 0 ? QStringView(key) : QStringView(key).first(dash);
    const auto is = [prefix](QLatin1StringView word) {
        return prefix.compare(word, Qt::CaseInsensitive) == 0;
    };
    if (is("FIX"_L1) || is("HOTFIX"_L1))
        return CardType::Fix;
    if (is("BUG"_L1) || is("DEFECT"_L1))
        return CardType::Bug;
    if (is("TASK"_L1) || is("CHORE"_L1))
        return CardType::Task;
    if (is("STORY"_L1) || is("US"_L1) || is("FEAT"_L1) || is("FEATURE"_L1))
        return CardType::Story;
    return std::nullopt;
}

class Planner
{
public:
    Planner(const Outline &outline, const QString &name, QDate today, ImportPlan &plan)
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

    void run()
    {
        findSprint();
        m_workSections = workSections();
        cardsFromMentions();
        if (m_cards.isEmpty())
            cardsFromWorkSections();
        cardsFromPlannedDays();
        cardsFromTasks();
        std::stable_sort(m_cards.begin(), m_cards.end(), [](const Draft &a, const Draft &b) {
            return a.order != b.order ? a.order < b.order : a.orderLine < b.orderLine;
        });
        for (const Draft &d : std::as_const(m_cards))
            m_plan.cards.append(d.card);
        closeFinishedSprint();
        sprintsFromRows();
        if (m_plan.sprints.isEmpty())
            m_plan.warn(0,
                        QObject::tr("the document names no sprint; its cards go to the backlog"));
        checkTables();
        checkCounts();
        checkStatedTotals();
        if (m_plan.cards.isEmpty())
            m_plan.warn(0, QObject::tr("no stories, tasks or checklists found"));
        std::stable_sort(
            m_plan.warnings.begin(), m_plan.warnings.end(),
            [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    }

private:
    struct Draft
    {
        ImportCard card;
        QDate order;       ///< the day it first appears
        int orderLine = 0; ///< where it first appears that day
    };

    /**
     * Whether the text is a template's placeholder ("Story {ID}: {Story Name}"); the first one
     * found is named in a warning, once.
     */
    bool isPlaceholder(const QString &text)
    {
        // Not code: "GET /tasks/{task_id}" names a path parameter.
        static const QRegularExpression placeholder(
            uR"((?<![\w/$])\{[A-Za-z][A-Za-z0-9 ]{0,40}\})"_s);
        const auto m = text.contains(u'{') ? placeholder.match(text) : QRegularExpressionMatch();
        if (!m.hasMatch())
            return false;
        if (!m_templateWarned) {
            m_templateWarned = true;
            m_plan.warn(0, QObject::tr("the document reads as a template (placeholders such as "
                                       "%1); its placeholders make no cards")
                               .arg(m.captured()));
        }
        return true;
    }

    bool inHeader(int section) const { return section == 0 || m_o.sections.at(section).level <= 1; }

    const Outline::Field *field(std::initializer_list<QStringView> names, bool headerOnly) const
    {
        for (const Outline::Field &f : m_o.fields) {
            if (headerOnly && !inHeader(f.section))
                continue;
            for (QStringView n : names)
                if (f.name.compare(n, Qt::CaseInsensitive) == 0)
                    return &f;
        }
        return nullptr;
    }

    void findSprint()
    {
        const QString goalFromName = findSprintName();
        if (m_sprintName.isEmpty())
            return; // its table rows may still name sprints (sprintsFromRows)
        ImportSprint s;
        s.name = m_sprintName;
        s.line = m_sprintLine;
        if (const Outline::Field *g = field({u"Sprint Goal", u"Goal"}, true))
            s.goal = g->value;
        else
            s.goal = goalFromName;
        findDocumentDate();
        warnAmbiguousDates();
        Dates dates = datesFromFields();
        dateDaysFromFields();
        const QDate dayStart = collectDays();
        if (!dates.start.isValid() && dayStart.isValid()) {
            dates.start = dayStart;
            dates.startFrom = QObject::tr("its dated days");
            if (!dates.end.isValid() && !dates.length && logIsOver(dayStart)) {
                dates.end = m_days.last();
                dates.startFrom = QObject::tr("its first dated day and its end from its last");
            }
        }
        settleDates(s, dates);
        checkCompletion(s);
        dateDaysFromStart(s.start);
        stateOfSprint(s);
        m_start = s.start;
        m_end = s.end;
        m_plan.sprints.append(s);
    }

    /**
     * The sprint's name: a "Sprint:" field, the title, or the file name. Returns the goal a
     * "Sprint: 4 - Checkout" field gives after the number. A range of dates in the field or the
     * title ("Sprint 5 (June 2-13, 2025)") gives the sprint's dates.
     */
    QString findSprintName()
    {
        QString goalFromName;
        if (const Outline::Field *f = field({u"Sprint", u"Sprint Name", u"Iteration"}, true)) {
            static const QRegularExpression numbered(
                uR"(^(?:Sprint\s+)?#?(\d+(?:\.\d+)*)\s*(?:[-–—:]\s*(.*))?$)"_s,
                QRegularExpression::CaseInsensitiveOption);
            const QString value = withoutRange(f->value, &m_nameRange);
            const auto m = numbered.match(value);
            if (m.hasMatch()) {
                m_number = m.captured(1);
                goalFromName = m.captured(2).trimmed();
                // "Sprint 5 - Day 1": the day of the sprint the document reports, not a goal.
                static const QRegularExpression day(uR"(^Day\s+(\d{1,3})$)"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
                if (const auto d = day.match(goalFromName); d.hasMatch()) {
                    m_reportDay = d.captured(1).toInt();
                    goalFromName.clear();
                }
            } else if (!value.isEmpty() && !isPlaceholder(value)) {
                m_sprintName = value; // "Sprint {N}" in a template names no sprint
            }
            m_sprintLine = f->line;
        }
        if (m_number.isEmpty() && m_sprintName.isEmpty()) {
            m_number = TextScan::sprintNumberIn(m_o.title);
            m_sprintLine = m_o.titleLine;
        }
        if (m_number.isEmpty() && m_sprintName.isEmpty()) {
            // "## Detalles del Sprint 2" over "- Nombre del Sprint: Sprint 2"
            if (const Outline::Field *f = field({u"Sprint"}, false)) {
                m_number = TextScan::sprintNumberIn(f->value);
                m_sprintLine = f->line;
            }
        }
        if (!m_nameRange)
            m_nameRange = DateScan::rangeIn(m_o.title, m_o.dateStyle);
        if (!m_nameRange && !m_number.isEmpty())
            m_nameRange = rangeOfSprintHeading();
        if (!m_nameRange)
            m_nameRange = m_givenRange;
        if (m_number.isEmpty() && m_sprintName.isEmpty()) {
            static const QRegularExpression fromFile(uR"(sprint[-_ ]*(\d+(?:\.\d+)*))"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
            const auto m = fromFile.match(QFileInfo(m_name).completeBaseName());
            if (m.hasMatch())
                m_number = m.captured(1);
        }
        if (m_sprintName.isEmpty() && !m_number.isEmpty())
            m_sprintName = u"Sprint "_s + m_number;
        return goalFromName;
    }

    /** "## Sprint 5: June 2 – June 13, 2025" below a title that gives no dates. */
    std::optional<DateScan::Range> rangeOfSprintHeading() const
    {
        for (const Outline::Section &sec : m_o.sections) {
            if (sec.level == 2 && TextScan::sprintNumberIn(sec.title) == m_number)
                if (const auto range = DateScan::rangeIn(sec.title, m_o.dateStyle))
                    return range;
        }
        return std::nullopt;
    }

    /** "Sprint 4 (December 1-2, 2025)" -> "Sprint 4", the range to `range`. */
    QString withoutRange(const QString &value, std::optional<DateScan::Range> *range) const
    {
        const qsizetype open = value.indexOf(u'(');
        if (open <= 0)
            return value;
        const auto found = DateScan::rangeIn(QStringView(value).sliced(open), m_o.dateStyle);
        if (!found)
            return value;
        *range = found;
        return value.left(open).trimmed();
    }

    /** Fields whose names say they date something (DateScan::labelOf), the header's first. */
    QList<const Outline::Field *> dateFields(DateScan::Label label) const
    {
        QList<const Outline::Field *> header, rest;
        for (const Outline::Field &f : m_o.fields) {
            if (DateScan::labelOf(f.name) != label)
                continue;
            if (inHeader(f.section))
                header.append(&f);
            else if (!m_o.sections.at(f.section).dayNumber)
                rest.append(&f); // a day's "Date:" dates that day, not the document
        }
        return header + rest;
    }

    /** The document's own date, from a field such as "Report Generated" or "Date". */
    void findDocumentDate()
    {
        for (const Outline::Field *f : dateFields(DateScan::Label::Document)) {
            if (const auto d = DateScan::dateIn(f->value, m_o.dateStyle)) {
                m_docDate = d->date;
                return;
            }
        }
    }

    /** Numeric dates that read both ways, and nothing in the document that decides. */
    void warnAmbiguousDates()
    {
        const DateScan::Style &style = m_o.dateStyle;
        if (style.ambiguous.isEmpty())
            return;
        const auto d = DateScan::dateIn(style.ambiguous, style);
        if (!d)
            return;
        m_plan.warn(style.ambiguousLine,
                    QObject::tr("the document's numeric dates such as %1 can be read day first or "
                                "month first; they are read %2 (%1 is %3)")
                        .arg(style.ambiguous,
                             style.dayFirst ? QObject::tr("day first") : QObject::tr("month first"),
                             longDate(d->date)));
    }

    /** The sprint's dates as the document gives them, and where from (for the warnings). */
    struct Dates
    {
        QDate start, end;
        std::optional<DateScan::Length> length;
        QString startFrom; ///< empty: stated
    };

    /** The sprint's dates as fields give them: start and end, a range, or a start and a length. */
    Dates datesFromFields() const
    {
        Dates dates;
        const DateScan::Style &style = m_o.dateStyle;
        for (const Outline::Field *f : dateFields(DateScan::Label::Start)) {
            if (const auto d = DateScan::dateIn(f->value, style)) {
                dates.start = d->date;
                break;
            }
        }
        for (const Outline::Field *f : dateFields(DateScan::Label::End)) {
            if (const auto d = DateScan::dateIn(f->value, style)) {
                dates.end = d->date;
                break;
            }
        }
        std::optional<DateScan::Range> range = m_nameRange;
        for (const Outline::Field *f : dateFields(DateScan::Label::Span)) {
            if (!range)
                range = DateScan::rangeIn(f->value, style);
            if (!dates.length)
                dates.length = DateScan::lengthIn(f->value);
            if (range || dates.start.isValid())
                continue;
            if (const auto d = DateScan::dateIn(f->value, style)) {
                dates.start = d->date;
                // "Sprint Duration: 2025-12-02": one date and no length is a day's sprint;
                // "2025-12-02 to TBD" has an end still to come.
                if (!dates.length && !DateScan::opensRange(QStringView(f->value).sliced(d->end)))
                    range = DateScan::Range{d->date, d->date};
            }
        }
        if (!dates.start.isValid())
            dates.start = planningDate();
        if (range && !dates.start.isValid())
            dates.start = range->start;
        if (range && !dates.end.isValid())
            dates.end = range->end;
        // The review is held on the sprint's last day ("Sprint Review: Sep 1, 2025"), when
        // nothing else says when it ends.
        for (const Outline::Field *f : dateFields(DateScan::Label::Review)) {
            if (dates.end.isValid() || dates.length)
                break;
            if (const auto d = DateScan::dateIn(f->value, style))
                dates.end = d->date;
        }
        return dates;
    }

    /** "Completion Date: November 5, 2025" before a sprint of December: the document disagrees. */
    void checkCompletion(const ImportSprint &s)
    {
        if (m_undated)
            return;
        for (const Outline::Field *f : dateFields(DateScan::Label::Completed)) {
            const auto d = DateScan::dateIn(f->value, m_o.dateStyle);
            if (d && d->date < s.start)
                m_plan.warn(f->line, QObject::tr("\u201c%1\u201d gives %2, before the sprint's "
                                                 "start on %3; the sprint's dates are kept")
                                         .arg(f->name, longDate(d->date), longDate(s.start)));
        }
    }

    /** "## Sprint-Planung" over "Datum: 13.03.2024": the date the sprint was planned and began. */
    QDate planningDate() const
    {
        static const QRegularExpression planning(uR"(plann|planung|planej|planific|planeaci)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        for (const Outline::Field &f : m_o.fields) {
            if (DateScan::labelOf(f.name) != DateScan::Label::Document ||
                !planning.match(m_o.sections.at(f.section).title).hasMatch())
                continue;
            if (const auto d = DateScan::dateIn(f.value, m_o.dateStyle))
                return d->date;
        }
        return {};
    }

    /** "### Day 1: Foundation" over "**Date:** November 1, 2025": that day is dated so. */
    void dateDaysFromFields()
    {
        for (const Outline::Field &f : m_o.fields) {
            const Outline::Section &sec = std::as_const(m_o.sections).at(f.section);
            if (sec.dayNumber <= 0 || sec.day.isValid() ||
                DateScan::labelOf(f.name) != DateScan::Label::Document)
                continue;
            if (const auto d = DateScan::dateIn(f.value, m_o.dateStyle))
                m_o.sections[f.section].day = d->date;
        }
    }

    /** "Monday, March 4, 2025" where March 4 is a Tuesday: the date is kept, the slip named. */
    void checkWeekday(const Outline::Section &sec)
    {
        const auto found = DateScan::dateIn(sec.title, m_o.dateStyle);
        if (!found || !found->weekday || found->date != sec.day ||
            found->weekday == sec.day.dayOfWeek())
            return;
        m_plan.warn(sec.line, QObject::tr("\u201c%1\u201d: %2 is a %3; the date is kept")
                                  .arg(sec.title, longDate(sec.day),
                                       QLocale::c().dayName(sec.day.dayOfWeek())));
    }

    /**
     * Whether the document numbers its days in calendar days: a numbered day on a weekend, or two
     * numbered days as far apart in days as in numbers across a weekend. Otherwise "Day 2" is the
     * second working day.
     */
    bool numbersCalendarDays() const
    {
        QList<std::pair<int, QDate>> numbered;
        for (const Outline::Section &sec : m_o.sections) {
            if (sec.dayNumber <= 0 || !sec.day.isValid())
                continue;
            if (sec.day.dayOfWeek() > 5)
                return true;
            numbered.append({sec.dayNumber, sec.day});
        }
        for (const auto &[n, day] : numbered)
            for (const auto &[m, other] : numbered)
                if (m > n && day.daysTo(other) == m - n && addWorkingDays(day, m - n) != other)
                    return true;
        return false;
    }

    /** The day `n` days of the document's numbering after (or before) `day`. */
    QDate nthDay(QDate day, int n) const
    {
        return m_calendarDays ? day.addDays(n) : addWorkingDays(day, n);
    }

    /** A plan's "### Day 3" without a date: the third working day from the sprint's start. */
    void dateDaysFromStart(QDate start)
    {
        if (!start.isValid())
            return;
        bool added = false;
        for (qsizetype i = 0; i < m_o.sections.size(); ++i) {
            const Outline::Section &sec = std::as_const(m_o.sections).at(i);
            if (sec.dayNumber > 0 && !sec.day.isValid()) {
                const QDate day = nthDay(start, sec.dayNumber - 1);
                m_o.sections[i].day = day;
                m_days.append(day);
                added = true;
            }
        }
        if (added) {
            std::sort(m_days.begin(), m_days.end());
            m_firstDay = m_days.first();
        }
    }

    /**
     * The dated days of the document, in order; returns the day the sprint began by them ("Day 2:
     * January 14, 2025": a working day earlier).
     */
    QDate collectDays()
    {
        QDate dayStart;
        m_calendarDays = numbersCalendarDays();
        const auto add = [&](QDate day, int number) {
            m_days.append(day);
            const QDate first = number > 0 ? nthDay(day, -(number - 1)) : day;
            if (!dayStart.isValid() || first < dayStart)
                dayStart = first;
        };
        for (const Outline::Section &sec : m_o.sections) {
            if (sec.day.isValid()) {
                add(sec.day, sec.dayNumber);
                checkWeekday(sec);
            }
        }
        // "Sprint: Sprint 5 - Day 1" on a document dated December 3: that day is Day 1.
        if (m_reportDay > 0 && m_docDate.isValid())
            add(m_docDate, m_reportDay);
        std::sort(m_days.begin(), m_days.end());
        if (!m_days.isEmpty())
            m_firstDay = m_days.first();
        return dayStart;
    }

    /**
     * A log of days that begins on the sprint's first day (not a later day counted back from),
     * holds more than the first day or two of a status report, and whose last day lies before
     * the day of the import ran the whole sprint: its last day is the sprint's, not two weeks
     * from its first.
     */
    bool logIsOver(QDate dayStart) const
    {
        constexpr qsizetype kLogDays = 3;
        QList<QDate> days = m_days;
        days.erase(std::unique(days.begin(), days.end()), days.end());
        return days.size() >= kLogDays && days.first() == dayStart && days.last() < m_today;
    }

    /**
     * Completes the dates the document implies (an end from a start and a length, or two weeks
     * from the start) and says so. A document without any date gets placeholder dates from today
     * and a planned sprint: a started one would run its burndown to today.
     */
    void settleDates(ImportSprint &s, Dates dates)
    {
        QDate start = dates.start, end = dates.end;
        QString message;
        bool assumed = true;
        if (!start.isValid()) {
            // Nothing dates the sprint: its own date, if any, only places the placeholder.
            m_undated = true;
            m_undatedSprints.append(s.name);
            start = m_placeholderStart.isValid() ? m_placeholderStart
                    : m_docDate.isValid()        ? m_docDate
                                                 : m_today;
            end = dates.length ? DateScan::lastDay(start, *dates.length) : start.addDays(13);
            const QString yearless = m_o.dateStyle.yearless;
            if (!yearless.isEmpty())
                message = QObject::tr("the document's dates (such as \u201c%3\u201d) give no "
                                      "year; the sprint is planned until its dates are set "
                                      "(placeholder %1 to %2)")
                              .arg(u"%1"_s, u"%2"_s, yearless);
            else if (m_docDate.isValid())
                message = QObject::tr("the document gives no sprint dates, only its own date; "
                                      "the sprint is planned until its dates are set "
                                      "(placeholder %1 to %2)");
            else
                message = QObject::tr("the document gives no dates; the sprint is planned until "
                                      "its dates are set (placeholder %1 to %2)");
        } else if (!end.isValid() && dates.length) {
            // A start and a length ("2 weeks") state the dates; a start read from the days
            // does not.
            end = DateScan::lastDay(start, *dates.length);
            assumed = false;
            if (!dates.startFrom.isEmpty())
                message = QObject::tr("the sprint's start is taken from %3 and its end from its "
                                      "length: %1 to %2")
                              .arg(u"%1"_s, u"%2"_s, dates.startFrom);
        } else if (!end.isValid() || end < start) {
            end = start.addDays(13);
            message = dates.startFrom.isEmpty()
                          ? QObject::tr("the document gives no sprint end date; assumed %1 to %2")
                          : QObject::tr("the document gives no sprint end date; the start is "
                                        "taken from %3; assumed %1 to %2")
                                .arg(u"%1"_s, u"%2"_s, dates.startFrom);
        } else {
            assumed = false;
            if (!dates.startFrom.isEmpty())
                message = QObject::tr("the sprint's start is taken from %3: %1 to %2")
                              .arg(u"%1"_s, u"%2"_s, dates.startFrom);
        }
        const QDate lastDay = m_days.isEmpty() ? start : m_days.last();
        if (end < lastDay && !m_undated)
            end = lastDay;
        s.datesAssumed = assumed;
        if (!message.isEmpty())
            m_plan.warn(s.line,
                        message.arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
        s.start = start;
        s.end = end;
        // Statuses without a day are stamped on the document's date, within the sprint.
        if (!m_docDate.isValid())
            m_docDate = m_days.isEmpty() ? qBound(start, m_today, end) : m_days.last();
        m_docDate = qBound(start, m_docDate, end);
    }

    /** The sprint's state: the header's status, else whether it has begun. */
    void stateOfSprint(ImportSprint &s) const
    {
        if (m_undated) {
            s.state = Sprint::State::Planned; // until the lead sets its dates
            s.stateAssumed = true;
            return;
        }
        QString status;
        if (const QString stated = headerStatus(); !stated.isEmpty())
            status = saysEnded(stated) ? TextScan::done() : TextScan::statusIn(stated);
        s.stateAssumed = status.isEmpty();
        if (status == TextScan::done())
            s.state = Sprint::State::Closed;
        else if (status == TextScan::toDo() && m_days.isEmpty())
            s.state = Sprint::State::Planned;
        else if (!status.isEmpty() || !m_days.isEmpty() || s.start <= m_today)
            s.state = Sprint::State::Active;
        if (s.state != Sprint::State::Planned)
            s.startedAt = localAt(s.start, 9);
        if (s.state == Sprint::State::Closed)
            s.closedAt =
                s.end < m_today ? endOfDay(s.end) : localAt(qBound(s.start, m_docDate, s.end), 18);
    }

    /** The last moment of a local day: a finished sprint closes then, its last day whole. */
    static QDateTime endOfDay(QDate day) { return LocalClock::toUtc(day, QTime(23, 59, 59)); }

    /**
     * The sprint's status in the header: its "Status" field, or one of several fields on one
     * line separated by middle dots ("**Zeitraum:** … · **Status:** Abgeschlossen · …"), which
     * reads as the value of the line's first field.
     */
    QString headerStatus() const
    {
        if (const Outline::Field *f = field({u"Status", u"Sprint Status"}, true))
            return f->value;
        static const QRegularExpression inLine(
            uR"(\s\x{B7}\s*(?:sprint\s+)?status\s*:\s*([^\x{B7}]+))"_s,
            QRegularExpression::CaseInsensitiveOption);
        for (const Outline::Field &f : m_o.fields)
            if (inHeader(f.section))
                if (const auto m = inLine.match(f.value); m.hasMatch())
                    return m.captured(1).trimmed();
        return {};
    }

    /**
     * A sprint's status that says it is over, in the words a header uses for a whole sprint
     * ("Abgeschlossen", "Concluída", "Terminé", "Ended"), which are no card's status words.
     */
    static bool saysEnded(const QString &status)
    {
        static const QRegularExpression ended(
            uR"(^[^\p{L}]*(abgeschlossen|beendet|closed|ended|finished|conclu[íi]d[oa]|)"
            uR"(encerrad[oa]|finalizad[oa]|terminad[oa]|cerrad[oa]|termin[ée]e?|cl[ôo]tur[ée]e?)\b)"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        return ended.match(status).hasMatch();
    }

    /**
     * A past sprint whose header gives no status is closed when its stated end lies before the
     * day of the import (the day after its end, the sprint is over whatever the document said
     * of it then), or, with an assumed end, when the document reports it ended (a completion
     * report, a review, "Sprint completed") or every story of it is done. A status in the
     * header ("In Progress") wins, and then it stays open. Closed, its report is frozen as of
     * the end of its last day.
     */
    void closeFinishedSprint()
    {
        if (m_plan.sprints.isEmpty())
            return;
        ImportSprint &s = m_plan.sprints.last();
        if (!s.stateAssumed || s.state != Sprint::State::Active || !s.end.isValid() ||
            s.end >= m_today)
            return;
        // In a document of several sprints, their section's dates alone do not end one: the
        // one with work in progress is the running one (MarkdownSprints::settleStates).
        const bool byDate = !s.datesAssumed && !m_oneOfSeveral;
        if (!byDate && !reportsEnd() && !allStoriesDone(s.name))
            return;
        s.state = Sprint::State::Closed;
        s.stateAssumed = false;
        s.closedAt = endOfDay(s.end);
    }

    bool reportsEnd() const
    {
        static const QRegularExpression endTitle(
            uR"(\b(completion|completed|review|retrospective|retro|closing|closure|wrap-?up|[ée]valuation|)"
            uR"(final report|conclus\w*|revis[ãa]o|revisi[óo]n|retrospectiva|abschluss\w*)\b)"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression ended(
            uR"(\bsprint\s+(completed|complete|closed|ended|finished)\b)"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (endTitle.match(m_o.title).hasMatch() || endTitle.match(m_documentTitle).hasMatch())
            return true;
        for (const Outline::Section &sec : m_o.sections)
            if (ended.match(sec.title).hasMatch())
                return true;
        return false;
    }

    bool allStoriesDone(const QString &sprint) const
    {
        bool any = false;
        for (const ImportCard &c : m_plan.cards) {
            if (c.sprint != sprint)
                continue;
            if (c.status != TextScan::done())
                return false;
            any = true;
        }
        return any;
    }

    QString sprintFor(int section) const
    {
        return m_o.inOtherSprint(section, m_number) ? QString() : m_sprintName;
    }

    QDate dateOf(int section) const
    {
        const QDate d = m_o.dayOf(section);
        return d.isValid() ? d : m_docDate;
    }

    void cardsFromMentions()
    {
        for (int t = 0; t < m_o.tasks.size(); ++t)
            if (m_o.tasks.at(t).mention >= 0)
                m_tasksOfMention[m_o.tasks.at(t).mention].append(t);
        QHash<QString, QList<int>> byKey;
        QStringList order;
        // Sentences that refer to stories ("Completed story 002-001") make the cards only of a
        // document that lists no stories of its own: elsewhere they are remarks on them.
        const bool references = std::all_of(m_o.mentions.cbegin(), m_o.mentions.cend(),
                                            [](const Outline::Mention &m) { return m.reference; });
        for (int i = 0; i < m_o.mentions.size(); ++i) {
            if (m_o.inNotes(m_o.mentions.at(i).section))
                continue; // a criterion or an action item that names a story is not the story
            if (m_o.mentions.at(i).reference && !references)
                continue;
            const TextScan::Story &s = m_o.mentions.at(i).story;
            if (isPlaceholder(s.key + u' ' + s.title))
                continue;
            const QString id = s.key.isEmpty() ? u"title:"_s + s.title.toLower() : s.key;
            if (!byKey.contains(id))
                order.append(id);
            byKey[id].append(i);
        }
        mergeSecondNames(byKey, order);
        order.removeIf([&](const QString &id) { return isFinding(byKey.value(id)); });
        cardsBesideProductBacklog(byKey, order);
    }

    /**
     * A card per story; beside stories of the sprint's own, those only the product backlog lists
     * are left out, named in one warning.
     */
    void cardsBesideProductBacklog(const QHash<QString, QList<int>> &byKey,
                                   const QStringList &order)
    {
        const bool ownStories = std::any_of(order.cbegin(), order.cend(), [&](const QString &id) {
            return !onlyInProductBacklog(byKey.value(id));
        });
        QStringList leftOut;
        int leftOutLine = 0;
        for (const QString &id : std::as_const(order)) {
            const QList<int> &mentions = byKey.value(id);
            if (ownStories && onlyInProductBacklog(mentions)) {
                leftOut.append(id.startsWith(u"title:"_s)
                                   ? m_o.mentions.at(mentions.first()).story.title
                                   : id);
                if (!leftOutLine)
                    leftOutLine = m_o.mentions.at(mentions.first()).line;
                continue;
            }
            m_cards.append(cardFrom(mentions));
        }
        if (!leftOut.isEmpty())
            m_plan.warn(leftOutLine,
                        QObject::tr("the product backlog's stories that the sprint does not "
                                    "hold are not imported: %1")
                            .arg(leftOut.join(u", "_s)));
    }

    /**
     * "## Bug #1: retirement_age field doesn't exist" in a report on a story with a key (US-072):
     * a heading that numbers the report's findings, with no points or status of its own, where
     * the document's stories have keys of their tracker. The findings (also where the report's
     * summary lists them) are part of that story's work, not stories of the sprint.
     */
    bool isFinding(const QList<int> &mentions) const
    {
        if (std::any_of(mentions.cbegin(), mentions.cend(),
                        [this](int i) { return m_o.mentions.at(i).story.points.has_value(); }))
            return false;
        return std::any_of(mentions.cbegin(), mentions.cend(),
                           [this](int i) { return headsFinding(i); });
    }

    bool headsFinding(int mention) const
    {
        const Outline::Mention &m = m_o.mentions.at(mention);
        if (!m.inHeading || m.ownStatus)
            return false;
        static const QRegularExpression numbered(
            uR"(^(bug|issue|problem|finding|defect)\s+#?\d+\b)"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (!numbered.match(m_o.sections.at(m.section).title).hasMatch())
            return false;
        // "#### Issue 1: SQL syntax error ❌→✅" under "## Phase 7: Deployment" with its status.
        if (std::any_of(m_workSections.cbegin(), m_workSections.cend(),
                        [&](int s) { return m_o.isWithin(m.section, s); }))
            return true;
        if (!m.story.status.isEmpty())
            return false;
        static const QRegularExpression trackerKey(uR"(^[A-Z][A-Z0-9]{0,15}-\d{2,7}$)"_s);
        return std::any_of(
            m_o.mentions.cbegin(), m_o.mentions.cend(), [](const Outline::Mention &other) {
                return !other.reference && trackerKey.match(other.story.key).hasMatch() &&
                       !other.story.key.startsWith(u"BUG-"_s);
            });
    }

    /**
     * "### Phase 1: Infrastructure Setup (0.3 days)" over "**Status:** ✅ Complete": a section
     * that states its own status is a piece of work. Sections that hold task lists are cards by
     * those (cardsFromTasks).
     */
    QList<int> workSections() const
    {
        QList<int> out;
        for (const Outline::Field &f : m_o.fields) {
            const int s = f.section;
            if (s <= 0 || out.contains(s) || !isWorkHeading(s) ||
                StoryTable::roleOf(f.name) != StoryTable::Role::Status)
                continue;
            bool blocked = false;
            const QString status = TextScan::statusOf(f.value, &blocked);
            const bool known = status == TextScan::toDo() || status == TextScan::inProgress() ||
                               status == TextScan::review() || status == TextScan::done();
            if ((known || blocked) && !holdsTasks(s))
                out.append(s);
        }
        return out;
    }

    /**
     * A numbered heading of one piece of work in a sequence ("Phase 2: Payments", "Step 3 -
     * Deploy"); a report's "Conclusion" with the sprint's status, a sprint or a day is none.
     */
    bool isWorkHeading(int section) const
    {
        static const QRegularExpression numbered(
            uR"(^\p{L}+\s+#?\d+(\.\d+)*\s*[:.)\-\x{2013}\x{2014}])"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        const Outline::Section &sec = m_o.sections.at(section);
        return sec.level >= 2 && sec.story < 0 && !sec.day.isValid() && !sec.dayNumber &&
               sec.sprintRef.isEmpty() && numbered.match(sec.title).hasMatch() &&
               !m_o.inNotes(section) && !m_o.inOtherSprint(section, m_number);
    }

    bool holdsTasks(int section) const
    {
        return std::any_of(m_o.tasks.cbegin(), m_o.tasks.cend(), [&](const Outline::TaskItem &t) {
            return t.mention < 0 && (m_o.isWithin(t.section, section) ||
                                     m_o.isWithin(section, cardSectionOf(t.section)));
        });
    }

    /** A document without stories whose sections state their status: each is a card. */
    void cardsFromWorkSections()
    {
        for (int s : std::as_const(m_workSections)) {
            Draft d = sectionCard(s, {}, nullptr);
            d.card.checklist.reset();
            m_cards.append(d);
        }
    }

    /**
     * A report that lists "ENHANCE-001: Export Enhancements (PDF + CSV)" and then describes
     * "### Enhancement 1: Export Enhancements" or "### User Story 2: Reports Dashboard" names one
     * story twice: a story without a key of its own ("Story 2" numbers the report's list) whose
     * title is the title of exactly one keyed story is that story.
     */
    void mergeSecondNames(QHash<QString, QList<int>> &byKey, QStringList &order) const
    {
        QHash<QString, QStringList> keyedByTitle;
        for (const QString &id : std::as_const(order))
            if (!isSecondName(id))
                keyedByTitle[comparableTitle(titleOf(byKey.value(id)))].append(id);
        keyedByTitle.remove(QString());
        for (qsizetype i = 0; i < order.size();) {
            const QString id = order.at(i);
            const QStringList targets =
                isSecondName(id) ? keyedByTitle.value(comparableTitle(titleOf(byKey.value(id))))
                                 : QStringList();
            if (targets.size() != 1) {
                ++i;
                continue;
            }
            byKey[targets.first()].append(byKey.take(id));
            order.removeAt(i);
        }
    }

    /** A group of mentions without a key, or with a key that only numbers a list ("Story 2"). */
    static bool isSecondName(const QString &id)
    {
        static const QRegularExpression numbered(uR"(^(STORY|ITEM)-\d+$)"_s);
        return id.startsWith(u"title:"_s) || numbered.match(id).hasMatch();
    }

    /** "Enhancement 1: Export Enhancements (5 points)" -> "export enhancements". */
    static QString comparableTitle(const QString &title)
    {
        static const QRegularExpression label(
            uR"(^[\w ]{1,30}?\s\d+(\.\d+)*\s*[:\-\x{2013}\x{2014}]\s*)"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression aside(uR"(\([^)]*\)|\[[^\]]*\])"_s);
        QString t = title.toLower();
        t.remove(aside);
        t.remove(label);
        return t.simplified();
    }

    /**
     * Whether a story is only listed in the product backlog. Beside the sprint's own stories
     * that list is the whole product's, repeated in every sprint's document: its stories' state
     * is unknown (many are done long ago), so they make no cards; a story of both is the
     * sprint's, with the backlog's estimate.
     */
    bool onlyInProductBacklog(const QList<int> &mentions) const
    {
        return std::all_of(mentions.cbegin(), mentions.cend(), [this](int i) {
            return m_o.inProductBacklog(m_o.mentions.at(i).section);
        });
    }

    Draft cardFrom(const QList<int> &mentions)
    {
        ImportCard card;
        const Outline::Mention &first = m_o.mentions.at(mentions.first());
        card.key = first.story.key;
        card.line = first.line;
        const bool parts = splitIntoParts(mentions);
        card.title = parts ? QString() : titleOf(mentions);
        bool inSprint = false;
        QDate addedDay;
        QDate orderDay;
        int orderLine = 0;
        QList<Entry> entries;
        int priority = 0;
        QList<QPair<QString, QString>> described; // day heading, text
        QSet<QDate> describedDays;
        const QDate ownDay = ownStatusDay(mentions);
        bool datedFields = false;
        const bool ownPoints = std::any_of(mentions.cbegin(), mentions.cend(), [this](int i) {
            return isOwn(m_o.mentions.at(i)) && m_o.mentions.at(i).story.points;
        });
        for (int i : chronological(mentions)) {
            const Outline::Mention &m = m_o.mentions.at(i);
            // Points from the story's own heading, row or fields when it has them.
            if (m.story.points && (!ownPoints || isOwn(m)))
                card.points = m.story.points;
            if (card.title.isEmpty() && !parts)
                card.title = m.story.title;
            if (m.deferred) // out of the sprint by its own status; its fields still hold
                applyFields(card, m.fields, priority);
            if (m_o.inOtherSprint(m.section, m_number) || m.deferred)
                continue;
            inSprint = true;
            int dayNumber = 0;
            const QDate day = m_o.dayOf(m.section, &dayNumber);
            if (!orderLine) {
                orderDay = day;
                orderLine = m.line;
            }
            if (m.story.isNew && !addedDay.isValid() && day.isValid() && day > m_firstDay)
                addedDay = day;
            const QDate at = statusDay(m, day);
            // The story's own status field or table cell wins over a mention elsewhere that day.
            if (m.ownStatus || !ownDay.isValid() || at > ownDay) {
                bool blocked = m.story.blocked;
                QString status = m.story.status;
                if (status.isEmpty() && !blocked)
                    status = m_o.statusOf(m.section, &blocked);
                if (!status.isEmpty())
                    entries.append({at, status});
                card.blocked = blocked;
            }
            datedFields = datedEntries(m.fields, entries) || datedFields;
            if (!priority)
                priority = m_o.priorityOf(m.section);
            if (!m.description.isEmpty()) {
                describedDays.insert(day);
                described.append({dayHeading(day, dayNumber), m.description});
            }
            applyFields(card, m.fields, priority);
            // Checklists: the latest mention that has one.
            QList<ChecklistItem> items = m.checklist;
            for (int t : m_tasksOfMention.value(i))
                items.append(checklistItem(m_o.tasks.at(t), m.section));
            if (!items.isEmpty())
                card.checklist = items;
        }
        if (!described.isEmpty())
            card.description = joinDescription(described, describedDays.size() > 1);
        if (priority > 0)
            card.priority = Priority(priority);
        if (datedFields) // a date a field gives may come before a status the text gives
            std::stable_sort(entries.begin(), entries.end(),
                             [](const Entry &a, const Entry &b) { return a.day < b.day; });
        if (!card.type)
            card.type = typeFromKey(card.key);
        card.sprint = inSprint ? m_sprintName : QString();
        if (const std::optional<QString> named = rowSprint(mentions); named && inSprint)
            card.sprint = *named;
        if (card.sprint.isEmpty() && !m_sprintName.isEmpty())
            m_plan.warn(card.line,
                        QObject::tr("%1 is listed for a later sprint; it goes to the backlog")
                            .arg(card.key.isEmpty() ? card.title : card.key));

        const QDate start = m_start.isValid() ? m_start : m_docDate;
        card.created = localAt(addedDay.isValid() ? addedDay : start, addedDay.isValid() ? 9 : 8);
        if (addedDay.isValid())
            card.addedToSprint = card.created;
        writeHistory(card, entries);
        if (card.title.isEmpty())
            card.title = untitled(mentions);
        return {card, orderDay.isValid() ? orderDay : start, orderLine ? orderLine : card.line};
    }

    /**
     * The sprint a story table's "Sprint" cell names ("Sprint 3", "3"); an empty name for the
     * backlog; nothing when no cell names one.
     */
    std::optional<QString> rowSprint(const QList<int> &mentions) const
    {
        for (int i : mentions) {
            for (const auto &[name, value] : m_o.mentions.at(i).fields) {
                if (name != u"sprint")
                    continue;
                static const QRegularExpression bare(uR"(^#?(\d{1,4})$)"_s);
                const QString text = value.trimmed();
                QString number = TextScan::sprintNumberIn(text);
                if (const auto m = bare.match(text); m.hasMatch())
                    number = m.captured(1);
                if (!number.isEmpty())
                    return u"Sprint "_s + number;
                if (text.compare(u"backlog"_s, Qt::CaseInsensitive) == 0)
                    return QString();
            }
        }
        return std::nullopt;
    }

    /**
     * Sprints only a story table's "Sprint" column names: planned, with placeholder dates next to
     * the document's sprint (before it for a lower number), since the document dates none of them.
     */
    void sprintsFromRows()
    {
        QStringList names;
        for (const ImportCard &c : std::as_const(m_plan.cards)) {
            const bool known =
                std::any_of(m_plan.sprints.cbegin(), m_plan.sprints.cend(),
                            [&c](const ImportSprint &s) { return s.name == c.sprint; });
            if (!c.sprint.isEmpty() && !known && !names.contains(c.sprint))
                names.append(c.sprint);
        }
        const auto number = [](const QString &name) {
            return TextScan::sprintNumberIn(name).section(u'.', 0, 0).toInt();
        };
        std::stable_sort(names.begin(), names.end(),
                         [&](const QString &a, const QString &b) { return number(a) < number(b); });
        const int anchor = m_plan.sprints.isEmpty() ? 0 : number(m_plan.sprints.first().name);
        QList<ImportSprint> before, after;
        QDate first = m_plan.sprints.isEmpty() ? QDate() : m_plan.sprints.first().start;
        QDate last = m_plan.sprints.isEmpty() ? QDate() : m_plan.sprints.last().end;
        for (auto it = names.crbegin(); it != names.crend(); ++it) {
            if (!first.isValid() || number(*it) >= anchor)
                continue;
            before.prepend(rowSprintAt(*it, first.addDays(-14)));
            first = before.first().start;
        }
        for (const QString &name : std::as_const(names)) {
            if (first.isValid() && number(name) < anchor)
                continue;
            const QDate start = last.isValid()        ? last.addDays(1)
                                : m_docDate.isValid() ? m_docDate
                                                      : m_today;
            after.append(rowSprintAt(name, start));
            last = after.last().end;
        }
        m_plan.sprints = before + m_plan.sprints + after;
    }

    ImportSprint rowSprintAt(const QString &name, QDate start)
    {
        ImportSprint s;
        s.name = name;
        s.start = start;
        s.end = start.addDays(13);
        s.datesAssumed = true;
        s.stateAssumed = true;
        for (const ImportCard &c : std::as_const(m_plan.cards)) {
            if (c.sprint == name) {
                s.line = c.line;
                break;
            }
        }
        m_undatedSprints.append(name);
        m_plan.warn(s.line,
                    QObject::tr("the document gives no dates for %1; it is planned until "
                                "its dates are set (placeholder %2 to %3)")
                        .arg(name, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
        return s;
    }

    /**
     * "| US-4 (Backend) | Done |" and "| US 4 (Frontend) | Done |": rows of one table for one
     * story, each naming a part of it, with no heading that titles the story; no part is its
     * title. (Two tables that title a story a little differently list it twice, not in parts.)
     */
    bool splitIntoParts(const QList<int> &mentions) const
    {
        const QString &key = m_o.mentions.at(mentions.first()).story.key;
        QHash<int, QSet<QString>> partsBySection;
        for (int i : mentions) {
            const Outline::Mention &m = m_o.mentions.at(i);
            if (m.inHeading && !m.story.title.isEmpty())
                return false;
            if (m.inTable && m.story.key == key && !m.story.title.isEmpty())
                partsBySection[m.section].insert(m.story.title.toLower());
        }
        return !key.isEmpty() &&
               std::any_of(partsBySection.cbegin(), partsBySection.cend(),
                           [](const QSet<QString> &parts) { return parts.size() > 1; });
    }

    /**
     * A story no mention titles is called by its key, as the document writes it: "User Story
     * 1" rather than "STORY-1", unless a row writes it as the key itself.
     */
    QString untitled(const QList<int> &mentions) const
    {
        const QString &key = m_o.mentions.at(mentions.first()).story.key;
        QString written;
        for (int i : mentions) {
            const Outline::Mention &m = m_o.mentions.at(i);
            if (m.story.key != key)
                continue;
            if (m.inTable && m.story.keyText.isEmpty())
                return key;
            if (written.isEmpty())
                written = m.story.keyText;
        }
        return written.isEmpty() ? key : written;
    }

    /** The day a mention's status is from: its day or the document's, or the day before. */
    QDate statusDay(const Outline::Mention &m, QDate day) const
    {
        const QDate reported = day.isValid() ? day : m_docDate;
        return m.yesterday && reported.isValid() ? nthDay(reported, -1) : reported;
    }

    /** A status a card had on a day, as its mentions give it. */
    struct Entry
    {
        QDate day;
        QString status;
    };

    /** A mention where the story is stated rather than named: its heading, table row, fields. */
    static bool isOwn(const Outline::Mention &m) { return m.inHeading || m.inTable || m.ownStatus; }

    /** The last day a story's own status field or table cell speaks of it; invalid: none does. */
    QDate ownStatusDay(const QList<int> &mentions) const
    {
        QDate last;
        for (int i : mentions) {
            const Outline::Mention &m = m_o.mentions.at(i);
            if (!m.ownStatus)
                continue;
            const QDate day = m_o.dayOf(m.section);
            last = qMax(last, day.isValid() ? day : m_docDate);
        }
        return last;
    }

    /** A story's date as a field gives it: a date, or a day of the sprint ("Day 2"). */
    std::optional<QDate> fieldDate(const QString &value) const
    {
        if (const auto day = TextScan::dateIn(value))
            return day;
        static const QRegularExpression dayNumber(uR"(^(?:Day|Dia|Día|Tag|Jour)\s+(\d{1,3})\b)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        const auto m = dayNumber.match(value);
        if (!m.hasMatch() || !m_start.isValid())
            return std::nullopt;
        return sprintDay(qMax(1, m.captured(1).toInt()));
    }

    /**
     * The `n`-th day of the sprint as the document counts them: in its numbering, but in
     * calendar days when its sprint has fewer working days than that and as many calendar days
     * (a four-day sprint from Thursday to Sunday has a Day 3 and a Day 4, on its weekend).
     */
    QDate sprintDay(int n) const
    {
        const QDate day = nthDay(m_start, n - 1);
        const QDate calendarDay = m_start.addDays(n - 1);
        if (m_end.isValid() && day > m_end && calendarDay <= m_end)
            return calendarDay;
        return day;
    }

    /** "Started", "Completed" dates of a story: in progress, done on those days. */
    bool datedEntries(const QList<QPair<QString, QString>> &fields, QList<Entry> &entries) const
    {
        bool any = false;
        for (const auto &[name, value] : fields) {
            const bool started = name == u"started";
            if (!started && name != u"completed")
                continue;
            if (const auto day = fieldDate(value)) {
                entries.append({*day, started ? TextScan::inProgress() : TextScan::done()});
                any = true;
            }
        }
        return any;
    }

    /** The mentions in chronological order: by day, then as written. */
    QList<int> chronological(const QList<int> &mentions) const
    {
        QList<int> chrono = mentions;
        std::stable_sort(chrono.begin(), chrono.end(), [this](int a, int b) {
            const QDate da = m_o.dayOf(m_o.mentions.at(a).section);
            const QDate db = m_o.dayOf(m_o.mentions.at(b).section);
            return da != db ? da < db : m_o.mentions.at(a).line < m_o.mentions.at(b).line;
        });
        return chrono;
    }

    /** The title: as a heading gives it, else a story table, else as first written. */
    QString titleOf(const QList<int> &mentions) const
    {
        // A story named twice (mergeSecondNames) keeps the title written with its key.
        const QString key = m_o.mentions.at(mentions.first()).story.key;
        for (bool sameKey : {true, false}) {
            for (int pass = 0; pass < 3; ++pass) {
                for (int i : mentions) {
                    const Outline::Mention &m = m_o.mentions.at(i);
                    const bool where = pass == 0 ? m.inHeading : pass == 1 ? m.inTable : true;
                    if (where && !m.story.title.isEmpty() && (!sameKey || m.story.key == key))
                        return m.story.title;
                }
            }
        }
        return {};
    }

    /** "- Assignee: Ada", "- Priority: High"… under a story. */
    static void applyFields(ImportCard &card, const QList<QPair<QString, QString>> &fields,
                            int &priority)
    {
        for (const auto &[name, value] : fields) {
            if (name == u"assignee" || name == u"owner") {
                card.assignee = value == u"-" || value.compare(u"none"_s, Qt::CaseInsensitive) == 0
                                    ? QString()
                                    : value;
            } else if (name == u"priority") {
                if (const auto p = parsePriority(value))
                    priority = int(*p);
            } else if (name == u"labels" || name == u"label") {
                QStringList labels;
                for (const QString &l : value.split(u',', Qt::SkipEmptyParts))
                    labels.append(l.trimmed());
                card.labels = labels;
            } else if (name == u"type") {
                card.type = parseCardType(value);
            } else if (name == u"blocked") {
                card.blocked = value.compare(u"no"_s, Qt::CaseInsensitive) != 0;
                if (card.blocked && value.compare(u"yes"_s, Qt::CaseInsensitive) != 0)
                    card.blockedReason = value;
            }
        }
    }

    /** The parts of a description; over several days each gets its day's heading. */
    static QString joinDescription(const QList<QPair<QString, QString>> &described,
                                   bool severalDays)
    {
        QString text;
        for (const auto &[heading, part] : described) {
            if (!text.isEmpty())
                text += u"\n\n"_s;
            if (severalDays && !heading.isEmpty())
                text += heading + u"\n\n"_s;
            text += part;
        }
        return text;
    }

    /** The statuses at noon of their days, after the card's creation, each change once. */
    static void writeHistory(ImportCard &card, const QList<Entry> &entries)
    {
        for (const Entry &e : entries) {
            QDateTime at = localAt(e.day, 12);
            if (at <= card.created)
                at = card.created.addSecs(60);
            if (!card.history.isEmpty() && card.history.last().status == e.status)
                continue;
            if (!card.history.isEmpty() && card.history.last().at > at)
                at = card.history.last().at;
            card.history.append({at, e.status});
        }
        card.status = card.history.isEmpty() ? TextScan::toDo() : card.history.last().status;
    }

    /** "**Day 3 (January 8, 2025)**" above a day's part of a description; made once a day. */
    QString dayHeading(QDate day, int dayNumber)
    {
        if (!day.isValid())
            return {};
        const std::pair key(day, dayNumber);
        auto it = m_dayHeadings.constFind(key);
        if (it == m_dayHeadings.cend())
            it = m_dayHeadings.insert(
                key, dayNumber > 0
                         ? QObject::tr("**Day %1 (%2)**").arg(dayNumber).arg(longDate(day))
                         : u"**%1**"_s.arg(longDate(day)));
        return *it;
    }

    ChecklistItem checklistItem(const Outline::TaskItem &t, int ownerSection) const
    {
        ChecklistItem item;
        item.text = t.text;
        item.done = t.checked;
        if (t.section != ownerSection && m_o.isWithin(t.section, ownerSection)) {
            item.group = m_o.sections.at(t.section).title;
            item.estimate = m_o.sections.at(t.section).estimate;
        }
        return item;
    }

    /** The heading a checklist belongs to: the one just below the title. */
    int cardSectionOf(int section) const
    {
        int s = section;
        while (s > 0) {
            const int parent = m_o.sections.at(s).parent;
            if (parent <= 0 || m_o.sections.at(parent).level <= 1)
                return m_o.sections.at(s).level <= 1 ? 0 : s;
            s = parent;
        }
        return 0;
    }

    static QString labelOf(const QString &text)
    {
        const qsizetype colon = text.indexOf(u':');
        return (colon > 0 ? text.left(colon) : text).trimmed();
    }

    bool labelMatches(const QString &label, int section) const
    {
        if (label.size() < 3)
            return false;
        const QString title = m_o.sections.at(section).title;
        if (labelOf(title).compare(label, Qt::CaseInsensitive) == 0)
            return true;
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(label) + u"\\b"_s,
                                      QRegularExpression::CaseInsensitiveOption);
        return word.match(title).hasMatch();
    }

    /**
     * A plan's "### Day 3: Wednesday, March 5" with "**Points**: 3" under it and no stories: the
     * day's planned work is a card with those points, named by its "Focus:" line or its heading,
     * with the day's checklist; a status the day reports is that card's on that day.
     */
    void cardsFromPlannedDays()
    {
        for (int s = 1; s < m_o.sections.size(); ++s) {
            const Outline::Section &sec = m_o.sections.at(s);
            if (!sec.day.isValid() || !sec.dayNumber)
                continue;
            const Outline::Field *points = fieldWithin(s, DayField::Points);
            const QString delivered = points || hasStories() ? QString() : deliveredDay(s);
            if ((!points && delivered.isEmpty()) || hasMentionWithin(s))
                continue;
            ImportCard card;
            const Outline::Field *focus = fieldWithin(s, DayField::Focus);
            card.title = focus && !focus->value.isEmpty() ? focus->value : sec.title;
            card.line = sec.line;
            if (points)
                card.points = TextScan::numberIn(points->value);
            QList<ChecklistItem> items;
            for (const Outline::TaskItem &t : m_o.tasks)
                if (t.mention < 0 && m_o.isWithin(t.section, s))
                    items.append(checklistItem(t, s));
            if (!items.isEmpty())
                card.checklist = items;
            QString status = sec.status;
            if (const Outline::Field *f = fieldWithin(s, DayField::Status))
                status = TextScan::statusIn(f->value);
            if (!delivered.isEmpty())
                status = delivered;
            m_plannedDays.append(s);
            m_cards.append(finishTaskCard(card, false, status, s, items));
        }
    }

    /**
     * A completion report's "### Day 2: Revenue & Cohort Analytics" over "- ✅ Revenue report"
     * bullets: a day of work named by its heading, with its status: done, or in progress while a
     * bullet of it says otherwise ("🔄 Unsubscribe link"). A day that is only a date or a weekday
     * ("Day 2: Tuesday") names no work. Empty: no such day.
     */
    QString deliveredDay(int section) const
    {
        static const QRegularExpression dayPrefix(uR"(^\p{L}+\s+\d+\s*[:\-\x{2013}\x{2014}]?\s*)"_s,
                                                  QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression word(uR"(\p{L}{3})"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
        QString name = m_o.sections.at(section).title;
        name.remove(dayPrefix);
        const QString firstWord = name.section(u' ', 0, 0).remove(u',');
        if (!name.contains(word) || TextScan::dateIn(name) ||
            DateScan::weekdayNamed(firstWord) != 0)
            return {};
        int done = 0, open = 0;
        for (const Outline::Block &b : m_o.blocks) {
            if (!m_o.isWithin(b.section, section))
                continue;
            for (QStringView line : QStringView(b.markdown).split(u'\n')) {
                if (!line.startsWith(u"- "_s) && !line.startsWith(u"* "_s))
                    continue; // only the list's own items, not nested ones or prose
                const QString status = TextScan::statusIn(line);
                if (status == TextScan::done())
                    ++done;
                else if (!status.isEmpty())
                    ++open;
            }
        }
        if (done < 2)
            return {};
        return open > 0 ? TextScan::inProgress() : TextScan::done();
    }

    enum class DayField
    {
        Points,
        Focus,
        Status
    };

    /** The first field of a kind in `section` or below it ("**Points**: 3", "Focus: Login"). */
    const Outline::Field *fieldWithin(int section, DayField kind) const
    {
        static const QRegularExpression points(
            uR"(^(story )?(points|pts|sp|estimate)$|^(pontos|puntos|punkte|pontua\x{E7}\x{E3}o)$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression focus(
            uR"(^(focus|goal|theme|foco|objetivo|fokus|ziel|objectif|th\x{E8}me)$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression status(uR"(^(status|estado|stand|statut|\x{E9}tat)$)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression &name = kind == DayField::Points  ? points
                                         : kind == DayField::Focus ? focus
                                                                   : status;
        for (const Outline::Field &f : m_o.fields)
            if (m_o.isWithin(f.section, section) && name.match(f.name).hasMatch())
                return &f;
        return nullptr;
    }

    bool hasMentionWithin(int section) const
    {
        return std::any_of(
            m_o.mentions.cbegin(), m_o.mentions.cend(),
            [&](const Outline::Mention &m) { return m_o.isWithin(m.section, section); });
    }

    bool inPlannedDay(int section) const
    {
        return std::any_of(m_plannedDays.cbegin(), m_plannedDays.cend(),
                           [&](int day) { return m_o.isWithin(section, day); });
    }

    void cardsFromTasks()
    {
        // Task items that no story owns, grouped by the section that makes a card.
        QList<int> sections;
        QHash<int, QList<int>> tasksOf;
        for (int i = 0; i < m_o.tasks.size(); ++i) {
            const Outline::TaskItem &t = m_o.tasks.at(i);
            // Criteria and definitions of done are checklists, not work; placeholders neither.
            if (t.mention >= 0 || inPlannedDay(t.section) || m_o.inNotes(t.section) ||
                isPlaceholder(t.text))
                continue;
            const int s = cardSectionOf(t.section);
            if (!tasksOf.contains(s))
                sections.append(s);
            tasksOf[s].append(i);
        }
        if (sections.isEmpty())
            return;

        // An overview list ("- [x] PHASE 1: ...") names the other sections: its items are the
        // cards.
        QHash<int, int> sectionForItem;
        QSet<int> merged;
        int overview = -1;
        for (int s : std::as_const(sections)) {
            if (s == 0)
                continue;
            int items = 0, matches = 0;
            QHash<int, int> found;
            for (int i : tasksOf.value(s)) {
                const Outline::TaskItem &t = m_o.tasks.at(i);
                if (t.depth != 0 || t.section != s)
                    continue;
                ++items;
                const QString label = labelOf(t.text);
                for (int other : std::as_const(sections)) {
                    if (other != s && other != 0 && !found.values().contains(other) &&
                        labelMatches(label, other)) {
                        found.insert(i, other);
                        ++matches;
                        break;
                    }
                }
            }
            if (items >= 2 && matches >= 2 && matches * 2 >= items) {
                overview = s;
                sectionForItem = found;
                for (int other : found)
                    merged.insert(other);
                break;
            }
        }

        for (int s : std::as_const(sections)) {
            if (merged.contains(s))
                continue;
            if (s == overview || s == 0) {
                // Each top-level item is a card; a matched section adds its checklist.
                for (int i : tasksOf.value(s)) {
                    const Outline::TaskItem &t = m_o.tasks.at(i);
                    if (t.depth != 0 || t.section != s)
                        continue;
                    const int other = sectionForItem.value(i, -1);
                    Draft d =
                        other >= 0 ? sectionCard(other, tasksOf.value(other), &t) : itemCard(i);
                    m_cards.append(d);
                }
                continue;
            }
            if (!hasStories() && Outline::namesTaskList(m_o.sections.at(s).title)) {
                taskListCards(tasksOf.value(s));
                continue;
            }
            if (isProcedure(s, tasksOf.value(s).size()))
                continue;
            m_cards.append(sectionCard(s, tasksOf.value(s), nullptr));
        }
    }

    /**
     * "## Deployment Checklist" in a report whose work has cards already (stories, phases): the
     * steps of a procedure to follow, not a piece of the sprint's work; a warning says so.
     */
    bool isProcedure(int section, qsizetype items)
    {
        static const QRegularExpression checklist(
            uR"(\b(checklists?|checkliste|lista de verifica\x{E7}\x{E3}o|)"
            uR"(lista de verificaci\x{F3}n|liste de contr\x{F4}le)\b)"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        const Outline::Section &sec = m_o.sections.at(section);
        if (m_cards.isEmpty() || section <= 0 || !checklist.match(sec.title).hasMatch())
            return false;
        m_plan.warn(sec.line, QObject::tr("\u201c%1\u201d (%n items) is a checklist beside the "
                                          "sprint's work; it is not imported",
                                          nullptr, int(items))
                                  .arg(sec.title));
        return true;
    }

    /** Whether the document has stories of its own (a story table, story headings or lines). */
    bool hasStories() const
    {
        return std::any_of(m_o.mentions.cbegin(), m_o.mentions.cend(),
                           [this](const Outline::Mention &m) { return !m_o.inNotes(m.section); });
    }

    /**
     * "## Tasks" with checkboxes under it, in a document without stories: each checkbox is a
     * task, with the boxes nested in it as its checklist; the headings inside only group them.
     */
    void taskListCards(const QList<int> &tasks)
    {
        for (int i : tasks) {
            const Outline::TaskItem &t = m_o.tasks.at(i);
            if (t.parentItem >= 0)
                continue;
            Draft d = itemCard(i);
            ImportCard &card = d.card;
            card.title = taskTitle(t);
            bool blocked = false;
            TextScan::statusIn(t.text, &blocked);
            card.blocked = blocked && !t.checked;
            card.title = withoutCarryOverNote(withoutBlockedNote(card.title));
            if (card.title != t.text)
                card.description = t.text;
            if (t.checked)
                doneOnItsDate(card, t.text);
            m_cards.append(d);
        }
    }

    /**
     * "- [x] **Replay sign-off (v1.2, 10.08.2026):** …": a done task that names a day of the
     * sprint was done that day.
     */
    void doneOnItsDate(ImportCard &card, const QString &text) const
    {
        if (m_plan.sprints.isEmpty() || card.history.isEmpty())
            return;
        const ImportSprint &sprint = m_plan.sprints.last();
        const auto day = TextScan::dateIn(text);
        if (!day || *day < sprint.start || (sprint.end.isValid() && *day > sprint.end))
            return;
        card.history.last().at = qMax(localAt(*day, 12), card.created.addSecs(60));
    }

    /**
     * A task's bold label, else its first sentence; the whole text goes to the description. A
     * label of one word ("**Backend:** add the endpoint") names a part, not the task.
     */
    static QString taskTitle(const Outline::TaskItem &t)
    {
        if (t.label.contains(u' '))
            return t.label;
        static const QRegularExpression sentenceEnd(uR"([.!?](?=\s+\S))"_s);
        const auto m = sentenceEnd.match(t.text);
        return m.hasMatch() ? t.text.left(m.capturedStart()) : t.text;
    }

    /** "E2E check (BLOCKED until the team is set up)" -> "E2E check": the flag says it. */
    static QString withoutBlockedNote(const QString &title)
    {
        static const QRegularExpression note(
            uR"(\s*\(\s*(?:blocked|on hold|blockiert|bloqueado|bloqueada|bloqu\x{E9}e?)\b[^)]*\))"
            uR"(|,\s*(?:blocked|on hold|blockiert|bloqueado|bloqueada|bloqu\x{E9}e?)\b[^),]*)"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        QString out = title;
        out.remove(note);
        return out.trimmed();
    }

    /**
     * "Grafana-Dashboards ausbauen (Ursprung: Sprint 22)" -> "Grafana-Dashboards ausbauen": where
     * a task came from is a note on it, not its name.
     */
    static QString withoutCarryOverNote(const QString &title)
    {
        static const QRegularExpression note(
            uR"(\s*\((?:ursprung|origin|origen|origem|carried over from|from sprint|aus sprint)\b)"
            uR"([^()]*\)\s*$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        QString out = title;
        out.remove(note);
        return out.isEmpty() ? title : out;
    }

    Draft itemCard(int index)
    {
        const Outline::TaskItem &t = m_o.tasks.at(index);
        ImportCard card;
        card.title = t.text;
        card.line = t.line;
        QList<ChecklistItem> items;
        for (int i = index + 1; i < m_o.tasks.size(); ++i) {
            int p = m_o.tasks.at(i).parentItem;
            while (p >= 0 && p != index)
                p = m_o.tasks.at(p).parentItem;
            if (p == index)
                items.append({m_o.tasks.at(i).text, m_o.tasks.at(i).checked, QString(), QString()});
        }
        if (!items.isEmpty())
            card.checklist = items;
        return finishTaskCard(card, t.checked, QString(), t.section, items);
    }

    Draft sectionCard(int section, const QList<int> &tasks, const Outline::TaskItem *overviewItem)
    {
        const Outline::Section &sec = m_o.sections.at(section);
        ImportCard card;
        card.title = sec.title;
        card.line = sec.line;
        QList<ChecklistItem> items;
        for (int i : tasks)
            items.append(checklistItem(m_o.tasks.at(i), section));
        card.checklist = items;
        QStringList description;
        if (!sec.estimate.isEmpty())
            description.append(QObject::tr("**Estimate:** %1").arg(sec.estimate));
        for (const Outline::Block &b : m_o.blocks)
            if (m_o.isWithin(b.section, section) && !b.markdown.isEmpty())
                description.append(b.markdown);
        if (!description.isEmpty())
            card.description = description.join(u"\n\n"_s);
        // A "Phase 1 Status: Not Started" field says how far the section is.
        QString status;
        for (const Outline::Field &f : m_o.fields) {
            if (m_o.isWithin(f.section, section) &&
                f.name.contains(u"status"_s, Qt::CaseInsensitive)) {
                status = TextScan::statusIn(f.value);
                break;
            }
        }
        const bool checked = overviewItem && overviewItem->checked;
        if (overviewItem)
            card.line = qMin(card.line, overviewItem->line);
        return finishTaskCard(card, checked, status, section, items);
    }

    Draft finishTaskCard(ImportCard &card, bool checked, QString status, int section,
                         const QList<ChecklistItem> &items)
    {
        if (card.title.trimmed().isEmpty())
            card.title = QObject::tr("Untitled (line %1)").arg(card.line);
        if (checked) {
            status = TextScan::done();
        } else if (status.isEmpty() || status == TextScan::toDo()) {
            const auto doneItems = std::count_if(items.cbegin(), items.cend(),
                                                 [](const ChecklistItem &i) { return i.done; });
            if (!items.isEmpty() && doneItems == items.size())
                status = TextScan::done();
            else if (doneItems > 0)
                status = TextScan::inProgress();
            else if (status.isEmpty())
                status = TextScan::toDo();
        }
        card.sprint = sprintFor(section);
        const QDate start = m_start.isValid() ? m_start : m_docDate;
        card.created = localAt(start, 8);
        const QDate day = dateOf(section);
        if (status != TextScan::toDo())
            card.history.append({qMax(localAt(day, 12), card.created.addSecs(60)), status});
        card.status = status;
        const int priority = m_o.priorityOf(section);
        if (priority > 0)
            card.priority = Priority(priority);
        return {card, day, card.line};
    }

    // --- the document against itself ------------------------------------------------

    /** The sprint's stories with points, as (points, [(ms since epoch, done)…]), for the checks. */
    struct Scored
    {
        double points = 0;
        QList<QPair<qint64, bool>> statuses;
    };
    const QList<Scored> &scored()
    {
        if (!m_scoredReady) {
            m_scoredReady = true;
            for (const ImportCard &c : m_plan.cards) {
                if (c.sprint.isEmpty() || !c.points)
                    continue;
                Scored s{*c.points, {}};
                for (const ImportStatusChange &h : c.history)
                    s.statuses.append({h.at.toMSecsSinceEpoch(), h.status == TextScan::done()});
                m_pointsTotal += *c.points;
                m_scored.append(s);
            }
        }
        return m_scored;
    }

    double pointsDoneBy(QDate day)
    {
        // Progress tables come day after day: rather than every story's history for each, the
        // steps of the points done, in time order, summed up to the day.
        if (!m_doneStepsReady) {
            m_doneStepsReady = true;
            for (const Scored &c : scored()) {
                bool done = false;
                for (const auto &[at, isDone] : c.statuses) {
                    if (isDone != done)
                        m_doneSteps.append({at, isDone ? c.points : -c.points});
                    done = isDone;
                }
            }
            std::stable_sort(m_doneSteps.begin(), m_doneSteps.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            double sum = 0;
            for (auto &[at, points] : m_doneSteps)
                points = sum += points;
        }
        const qint64 endOfDay = localAt(day.addDays(1), 0).toMSecsSinceEpoch();
        const auto after = std::lower_bound(
            m_doneSteps.cbegin(), m_doneSteps.cend(), endOfDay,
            [](const std::pair<qint64, double> &step, qint64 at) { return step.first < at; });
        return after == m_doneSteps.cbegin() ? 0 : std::prev(after)->second;
    }

    double pointsTotal()
    {
        scored();
        return m_pointsTotal;
    }

    QString dayLabel(QDate day, int section) const
    {
        int number = 0;
        m_o.dayOf(section, &number);
        if (number > 0)
            return QObject::tr("Day %1 (%2)").arg(number).arg(longDate(day));
        return longDate(day);
    }

    void claimDone(int line, double claimed, QDate day, int section, const QString &what)
    {
        const double actual = pointsDoneBy(day);
        if (sameNumber(claimed, actual) ||
            !m_claims
                 .insert(u"done %1 %2 %3"_s.arg(day.toString(Qt::ISODate)).arg(claimed).arg(actual))
                 .second)
            return;
        m_plan.warn(
            line,
            QObject::tr(
                "%1 says %2 points completed but the stories reported done by %3 add up to %4")
                .arg(what, formatNumber(claimed), dayLabel(day, section), formatNumber(actual)));
    }

    void claimTotal(int line, double claimed, const QString &what)
    {
        const double actual = pointsTotal();
        if (sameNumber(claimed, actual) ||
            !m_claims.insert(u"total %1 %2"_s.arg(claimed).arg(actual)).second)
            return;
        m_plan.warn(line,
                    QObject::tr("%1 counts %2 points in total but the stories listed add up to %3")
                        .arg(what, formatNumber(claimed), formatNumber(actual)));
    }

    void checkTables()
    {
        for (const Outline::ProgressTable &t : m_o.tables) {
            if (m_o.inOtherSprint(t.section, m_number))
                continue;
            const QDate day = dateOf(t.section);
            double points = 0, completed = 0, remaining = 0;
            const Outline::ProgressRow *total = nullptr;
            for (const Outline::ProgressRow &r : t.rows) {
                if (r.total) {
                    total = &r;
                    continue;
                }
                points += r.points.value_or(0);
                completed += r.completed.value_or(0);
                remaining += r.remaining.value_or(0);
                if (r.points && r.completed && r.remaining &&
                    !sameNumber(*r.points, *r.completed + *r.remaining))
                    m_plan.warn(r.line,
                                QObject::tr("the progress table row %1 has %2 points but %3 "
                                            "completed and %4 remaining")
                                    .arg(r.label, formatNumber(*r.points),
                                         formatNumber(*r.completed), formatNumber(*r.remaining)));
            }
            if (total) {
                auto compare = [&](const std::optional<double> &claimed, double sum,
                                   const QString &column) {
                    if (claimed && !sameNumber(*claimed, sum))
                        m_plan.warn(
                            total->line,
                            QObject::tr(
                                "the progress table's total %1 is %2 but its rows add up to %3")
                                .arg(column, formatNumber(*claimed), formatNumber(sum)));
                };
                compare(total->points, points, QObject::tr("story points"));
                compare(total->completed, completed, QObject::tr("completed"));
                compare(total->remaining, remaining, QObject::tr("remaining"));
            }
            if (m_sprintName.isEmpty())
                continue;
            const double claimedDone = total && total->completed ? *total->completed : completed;
            const double claimedTotal = total && total->points ? *total->points : points;
            claimDone(t.line, claimedDone, day, t.section, QObject::tr("the progress table"));
            claimTotal(t.line, claimedTotal, QObject::tr("the progress table"));
        }
    }

    void checkCounts()
    {
        for (const Outline::Count &c : m_o.counts) {
            if (m_sprintName.isEmpty() || m_o.inOtherSprint(c.section, m_number))
                continue;
            const QString unit = c.count.unit;
            if (unit.contains(u"point"_s) || unit == u"sp" || unit.startsWith(u"sp "_s)) {
                const QString what =
                    c.inField ? u"\u201c%1\u201d"_s.arg(c.fieldName) : QObject::tr("the text");
                claimDone(c.line, c.count.done, dateOf(c.section), c.section, what);
                claimTotal(c.line, c.count.total, what);
            } else if (unit.startsWith(u"task"_s)) {
                checkTaskCount(c);
            }
        }
    }

    /**
     * Totals a document states: a story table's total row against its rows, and a "Total Story
     * Points" field against the stories of the sprint.
     */
    void checkStatedTotals()
    {
        for (const Outline::TableTotal &t : m_o.tableTotals)
            if (!sameNumber(t.stated, t.rows))
                m_plan.warn(t.line,
                            QObject::tr("the story table's total is %1 points but its rows add up "
                                        "to %2")
                                .arg(formatNumber(t.stated), formatNumber(t.rows)));
        static const QRegularExpression total(
            uR"(^total\b.*\b(story points?|points?|pontos|pontuação|puntos|sp)$)"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        if (m_sprintName.isEmpty() || pointsTotal() <= 0)
            return;
        for (const Outline::Field &f : m_o.fields) {
            if (m_o.inOtherSprint(f.section, m_number) || m_o.inNotes(f.section) ||
                !total.match(f.name).hasMatch())
                continue;
            if (const auto stated = TextScan::numberIn(f.value))
                claimTotal(f.line, *stated, u"\u201c%1\u201d"_s.arg(f.name));
        }
    }

    void checkTaskCount(const Outline::Count &c)
    {
        // "(0/26 tasks)" in a section: its own checklist items.
        const int section = cardSectionOf(c.section);
        if (section <= 0)
            return;
        int total = 0, done = 0;
        for (const Outline::TaskItem &t : m_o.tasks) {
            if (t.mention < 0 && m_o.isWithin(t.section, section)) {
                ++total;
                done += t.checked ? 1 : 0;
            }
        }
        if (!sameNumber(c.count.total, total) || !sameNumber(c.count.done, done))
            m_plan.warn(
                c.line,
                QObject::tr("\u201c%1\u201d says %2/%3 tasks but the section lists %4 with %5 done")
                    .arg(m_o.sections.at(section).title, formatNumber(c.count.done),
                         formatNumber(c.count.total))
                    .arg(total)
                    .arg(done));
    }

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

/**
 * The stories a document of several sprints lists outside their sections (a product backlog):
 * cards in no sprint, first in the plan. What that part says of a sprint is not its own to say,
 * so its warnings are left out. Returns how many cards it gave.
 */
qsizetype planOutside(const MarkdownOutline &outline, const QList<int> &headings, QDate today,
                      ImportPlan &plan)
{
    ImportPlan rest;
    Planner(MarkdownSprints::rest(outline, headings), plan.source, today, rest).run();
    for (ImportCard &card : rest.cards) {
        card.sprint.clear();
        card.addedToSprint = {};
        plan.cards.append(card);
    }
    return rest.cards.size();
}

/**
 * A document of several sprint sections: one plan per section, joined. An undated sprint's
 * placeholder follows the sprint before it.
 */
void planSections(const MarkdownOutline &outline, const QList<int> &headings, QDate today,
                  ImportPlan &plan, QStringList &undated)
{
    const qsizetype backlog = planOutside(outline, headings, today, plan);
    QDate next;
    const std::optional<DateScan::Range> period = MarkdownSprints::period(outline);
    for (int heading : headings) {
        ImportPlan part;
        const MarkdownOutline section = MarkdownSprints::part(outline, heading);
        Planner planner(section, plan.source, today, part);
        planner.setPlaceholderStart(next);
        planner.setDocumentTitle(outline.title);
        planner.setOneOfSeveral();
        const QString &title = outline.sections.at(heading).title;
        if (const auto weeks = period ? MarkdownSprints::weeksOf(title, *period) : std::nullopt) {
            planner.setRange(*weeks);
            plan.warn(outline.sections.at(heading).line,
                      QObject::tr("\u201c%1\u201d: its dates are its weeks of the document's "
                                  "period, %2 to %3")
                          .arg(title, weeks->start.toString(Qt::ISODate),
                               weeks->end.toString(Qt::ISODate)));
        }
        planner.run();
        undated += planner.undated();
        if (!part.sprints.isEmpty() && part.sprints.first().goal.isEmpty())
            part.sprints.first().goal = MarkdownSprints::goalOf(section);
        if (!part.sprints.isEmpty())
            next = part.sprints.last().end.addDays(1);
        MarkdownSprints::append(plan, std::move(part));
    }
    QStringList outside; // the cards of the backlog part that no sprint lists
    for (qsizetype i = 0; i < backlog; ++i) {
        const ImportCard &card = plan.cards.at(i);
        if (card.sprint.isEmpty())
            outside.append(card.key.isEmpty() ? card.title : card.key);
    }
    if (!outside.isEmpty())
        plan.warn(plan.cards.first().line,
                  QObject::tr("stories listed outside the sprints' sections go to the backlog: %1")
                      .arg(outside.join(u", "_s)));
    // A section without stories says nothing about the document when others have them.
    if (!plan.cards.isEmpty())
        plan.warnings.removeAll(
            ImportWarning{0, QObject::tr("no stories, tasks or checklists found")});
    std::stable_sort(
        plan.warnings.begin(), plan.warnings.end(),
        [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
}

} // namespace

ImportPlan MarkdownPlanner::plan(const MarkdownOutline &outline, const QString &name, QDate today)
{
    ImportPlan plan;
    plan.source = name;
    plan.format = u"markdown"_s;
    const QList<int> headings = MarkdownSprints::headings(outline);
    QStringList undated;
    if (headings.size() >= 2) {
        planSections(outline, headings, today, plan, undated);
    } else {
        Planner planner(outline, name, today, plan);
        planner.run();
        undated = planner.undated();
    }
    if (plan.sprints.size() > 1) {
        MarkdownSprints::settleStates(plan, undated, today);
        MarkdownSprints::createdByToday(plan, undated, today);
    }
    return plan;
}

} // namespace SprintDeck

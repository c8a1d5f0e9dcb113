#include "core/io/markdownsprints.h"
#include "core/io/sprintdocplanner.h"
#include "core/io/sprintdoctime.h"
#include "core/io/textscan.h"
#include "core/domain/workweek.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

using SprintDocTime::localAt;
using SprintDocTime::longDate;

/** "### Day 1: Foundation" over "**Date:** November 1, 2025": that day is dated so. */
void SprintDocPlanner::dateDaysFromFields()
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
void SprintDocPlanner::checkWeekday(const Outline::Section &sec)
{
    const auto found = DateScan::dateIn(sec.title, m_o.dateStyle);
    if (!found || !found->weekday || found->date != sec.day ||
        found->weekday == sec.day.dayOfWeek())
        return;
    m_plan.warn(sec.line,
                QObject::tr("\u201c%1\u201d: %2 is a %3; the date is kept")
                    .arg(sec.title, longDate(sec.day), QLocale::c().dayName(sec.day.dayOfWeek())));
}

/**
 * Whether the document numbers its days in calendar days: a numbered day on a weekend, or two
 * numbered days as far apart in days as in numbers across a weekend. Otherwise "Day 2" is the
 * second working day.
 */
bool SprintDocPlanner::numbersCalendarDays() const
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
            if (m > n && day.daysTo(other) == m - n && addWeekdays(day, m - n) != other)
                return true;
    return false;
}

/** The day `n` days of the document's numbering after (or before) `day`. */
QDate SprintDocPlanner::nthDay(QDate day, int n) const
{
    return m_calendarDays ? day.addDays(n) : addWeekdays(day, n);
}

/** A plan's "### Day 3" without a date: the third working day from the sprint's start. */
void SprintDocPlanner::dateDaysFromStart(QDate start)
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
QDate SprintDocPlanner::collectDays()
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
bool SprintDocPlanner::logIsOver(QDate dayStart) const
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
void SprintDocPlanner::settleDates(ImportSprint &s, Dates dates)
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
        m_plan.warn(s.line, message.arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
    s.start = start;
    s.end = end;
    // Statuses without a day are stamped on the document's date, within the sprint.
    if (!m_docDate.isValid())
        m_docDate = m_days.isEmpty() ? qBound(start, m_today, end) : m_days.last();
    m_docDate = qBound(start, m_docDate, end);
}

/** The sprint's state: the header's status, else whether it has begun. */
void SprintDocPlanner::stateOfSprint(ImportSprint &s) const
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

/**
 * The sprint's status in the header: its "Status" field, or one of several fields on one
 * line separated by middle dots ("**Zeitraum:** … · **Status:** Abgeschlossen · …"), which
 * reads as the value of the line's first field.
 */
QString SprintDocPlanner::headerStatus() const
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
bool SprintDocPlanner::saysEnded(const QString &status)
{
    static const QRegularExpression ended(
        uR"(^[^\p{L}]*(abgeschlossen|beendet|closed|ended|finished|conclu[íi]d[oa]|)"
        uR"(encerrad[oa]|finalizad[oa]|terminad[oa]|cerrad[oa]|termin[ée]e?|cl[ôo]tur[ée]e?)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
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
void SprintDocPlanner::closeFinishedSprint()
{
    if (m_plan.sprints.isEmpty())
        return;
    ImportSprint &s = m_plan.sprints.last();
    if (!s.stateAssumed || s.state != Sprint::State::Active || !s.end.isValid() || s.end >= m_today)
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

bool SprintDocPlanner::reportsEnd() const
{
    static const QRegularExpression endTitle(
        uR"(\b(completion|completed|review|retrospective|retro|closing|closure|wrap-?up|[ée]valuation|)"
        uR"(final report|conclus\w*|revis[ãa]o|revisi[óo]n|retrospectiva|abschluss\w*)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
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

bool SprintDocPlanner::allStoriesDone(const QString &sprint) const
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

QString SprintDocPlanner::sprintFor(int section) const
{
    return m_o.inOtherSprint(section, m_number) ? QString() : m_sprintName;
}

QDate SprintDocPlanner::dateOf(int section) const
{
    const QDate d = m_o.dayOf(section);
    return d.isValid() ? d : m_docDate;
}

} // namespace SprintDeck

#include "core/io/sprintdocplanner.h"
#include "core/io/sprintdoctime.h"
#include "core/io/textscan.h"

#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

using SprintDocTime::longDate;

void SprintDocPlanner::run()
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
        m_plan.warn(0, QObject::tr("the document names no sprint; its cards go to the backlog"));
    checkTables();
    checkCounts();
    checkStatedTotals();
    if (m_plan.cards.isEmpty())
        m_plan.warn(0, QObject::tr("no stories, tasks or checklists found"));
    std::stable_sort(
        m_plan.warnings.begin(), m_plan.warnings.end(),
        [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
}

/**
 * Whether the text is a template's placeholder ("Story {ID}: {Story Name}"); the first one
 * found is named in a warning, once.
 */
bool SprintDocPlanner::isPlaceholder(const QString &text)
{
    // Not code: "GET /tasks/{task_id}" names a path parameter.
    static const QRegularExpression placeholder(uR"((?<![\w/$])\{[A-Za-z][A-Za-z0-9 ]{0,40}\})"_s);
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

const SprintDocPlanner::Outline::Field *
SprintDocPlanner::field(std::initializer_list<QStringView> names, bool headerOnly) const
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

void SprintDocPlanner::findSprint()
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
QString SprintDocPlanner::findSprintName()
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
std::optional<DateScan::Range> SprintDocPlanner::rangeOfSprintHeading() const
{
    for (const Outline::Section &sec : m_o.sections) {
        if (sec.level == 2 && TextScan::sprintNumberIn(sec.title) == m_number)
            if (const auto range = DateScan::rangeIn(sec.title, m_o.dateStyle))
                return range;
    }
    return std::nullopt;
}

/** "Sprint 4 (December 1-2, 2025)" -> "Sprint 4", the range to `range`. */
QString SprintDocPlanner::withoutRange(const QString &value,
                                       std::optional<DateScan::Range> *range) const
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
QList<const SprintDocPlanner::Outline::Field *>
SprintDocPlanner::dateFields(DateScan::Label label) const
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
void SprintDocPlanner::findDocumentDate()
{
    for (const Outline::Field *f : dateFields(DateScan::Label::Document)) {
        if (const auto d = DateScan::dateIn(f->value, m_o.dateStyle)) {
            m_docDate = d->date;
            return;
        }
    }
}

/** Numeric dates that read both ways, and nothing in the document that decides. */
void SprintDocPlanner::warnAmbiguousDates()
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

/** The sprint's dates as fields give them: start and end, a range, or a start and a length. */
SprintDocPlanner::Dates SprintDocPlanner::datesFromFields() const
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
void SprintDocPlanner::checkCompletion(const ImportSprint &s)
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
QDate SprintDocPlanner::planningDate() const
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

} // namespace SprintDeck

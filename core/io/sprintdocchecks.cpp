#include "core/io/sprintdocplanner.h"
#include "core/io/sprintdoctime.h"
#include "core/io/textscan.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString formatNumber(double v)
{
    return QString::number(v, 'g', 6);
}

bool sameNumber(double a, double b)
{
    return qAbs(a - b) < 1e-6;
}

} // namespace

using SprintDocTime::localAt;
using SprintDocTime::longDate;

const QList<SprintDocPlanner::Scored> &SprintDocPlanner::scored()
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

double SprintDocPlanner::pointsDoneBy(QDate day)
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

double SprintDocPlanner::pointsTotal()
{
    scored();
    return m_pointsTotal;
}

QString SprintDocPlanner::dayLabel(QDate day, int section) const
{
    int number = 0;
    m_o.dayOf(section, &number);
    if (number > 0)
        return QObject::tr("Day %1 (%2)").arg(number).arg(longDate(day));
    return longDate(day);
}

void SprintDocPlanner::claimDone(int line, double claimed, QDate day, int section,
                                 const QString &what)
{
    const double actual = pointsDoneBy(day);
    if (sameNumber(claimed, actual) ||
        !m_claims.insert(u"done %1 %2 %3"_s.arg(day.toString(Qt::ISODate)).arg(claimed).arg(actual))
             .second)
        return;
    m_plan.warn(
        line,
        QObject::tr("%1 says %2 points completed but the stories reported done by %3 add up to %4")
            .arg(what, formatNumber(claimed), dayLabel(day, section), formatNumber(actual)));
}

void SprintDocPlanner::claimTotal(int line, double claimed, const QString &what)
{
    const double actual = pointsTotal();
    if (sameNumber(claimed, actual) ||
        !m_claims.insert(u"total %1 %2"_s.arg(claimed).arg(actual)).second)
        return;
    m_plan.warn(line,
                QObject::tr("%1 counts %2 points in total but the stories listed add up to %3")
                    .arg(what, formatNumber(claimed), formatNumber(actual)));
}

void SprintDocPlanner::checkTables()
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
                                .arg(r.label, formatNumber(*r.points), formatNumber(*r.completed),
                                     formatNumber(*r.remaining)));
        }
        if (total) {
            auto compare = [&](const std::optional<double> &claimed, double sum,
                               const QString &column) {
                if (claimed && !sameNumber(*claimed, sum))
                    m_plan.warn(
                        total->line,
                        QObject::tr("the progress table's total %1 is %2 but its rows add up to %3")
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

void SprintDocPlanner::checkCounts()
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
void SprintDocPlanner::checkStatedTotals()
{
    for (const Outline::TableTotal &t : m_o.tableTotals)
        if (!sameNumber(t.stated, t.rows))
            m_plan.warn(t.line,
                        QObject::tr("the story table's total is %1 points but its rows add up "
                                    "to %2")
                            .arg(formatNumber(t.stated), formatNumber(t.rows)));
    static const QRegularExpression total(
        uR"(^total\b.*\b(story points?|points?|pontos|pontuação|puntos|sp)$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
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

void SprintDocPlanner::checkTaskCount(const Outline::Count &c)
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

} // namespace SprintDeck

#include "core/io/sprintdocplanner.h"
#include "core/io/sprintdoctime.h"
#include "core/io/textscan.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

using SprintDocTime::localAt;
using SprintDocTime::longDate;

/** The day a mention's status is from: its day or the document's, or the day before. */
QDate SprintDocPlanner::statusDay(const Outline::Mention &m, QDate day) const
{
    const QDate reported = day.isValid() ? day : m_docDate;
    return m.yesterday && reported.isValid() ? nthDay(reported, -1) : reported;
}

/** The last day a story's own status field or table cell speaks of it; invalid: none does. */
QDate SprintDocPlanner::ownStatusDay(const QList<int> &mentions) const
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
std::optional<QDate> SprintDocPlanner::fieldDate(const QString &value) const
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
QDate SprintDocPlanner::sprintDay(int n) const
{
    const QDate day = nthDay(m_start, n - 1);
    const QDate calendarDay = m_start.addDays(n - 1);
    if (m_end.isValid() && day > m_end && calendarDay <= m_end)
        return calendarDay;
    return day;
}

/** "Started", "Completed" dates of a story: in progress, done on those days. */
bool SprintDocPlanner::datedEntries(const QList<QPair<QString, QString>> &fields,
                                    QList<Entry> &entries) const
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
QList<int> SprintDocPlanner::chronological(const QList<int> &mentions) const
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
QString SprintDocPlanner::titleOf(const QList<int> &mentions) const
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
void SprintDocPlanner::applyFields(ImportCard &card, const QList<QPair<QString, QString>> &fields,
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
QString SprintDocPlanner::joinDescription(const QList<QPair<QString, QString>> &described,
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
void SprintDocPlanner::writeHistory(ImportCard &card, const QList<Entry> &entries)
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
QString SprintDocPlanner::dayHeading(QDate day, int dayNumber)
{
    if (!day.isValid())
        return {};
    const std::pair key(day, dayNumber);
    auto it = m_dayHeadings.constFind(key);
    if (it == m_dayHeadings.cend())
        it = m_dayHeadings.insert(
            key, dayNumber > 0 ? QObject::tr("**Day %1 (%2)**").arg(dayNumber).arg(longDate(day))
                               : u"**%1**"_s.arg(longDate(day)));
    return *it;
}

ChecklistItem SprintDocPlanner::checklistItem(const Outline::TaskItem &t, int ownerSection) const
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
int SprintDocPlanner::cardSectionOf(int section) const
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

QString SprintDocPlanner::labelOf(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    return (colon > 0 ? text.left(colon) : text).trimmed();
}

bool SprintDocPlanner::labelMatches(const QString &label, int section) const
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

} // namespace SprintDeck

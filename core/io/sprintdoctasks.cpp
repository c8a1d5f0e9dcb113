#include "core/io/sprintdocplanner.h"
#include "core/io/sprintdoctime.h"
#include "core/io/textscan.h"

#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

using SprintDocTime::localAt;

/**
 * A plan's "### Day 3: Wednesday, March 5" with "**Points**: 3" under it and no stories: the
 * day's planned work is a card with those points, named by its "Focus:" line or its heading,
 * with the day's checklist; a status the day reports is that card's on that day.
 */
void SprintDocPlanner::cardsFromPlannedDays()
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
QString SprintDocPlanner::deliveredDay(int section) const
{
    static const QRegularExpression dayPrefix(uR"(^\p{L}+\s+\d+\s*[:\-\x{2013}\x{2014}]?\s*)"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression word(uR"(\p{L}{3})"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    QString name = m_o.sections.at(section).title;
    name.remove(dayPrefix);
    const QString firstWord = name.section(u' ', 0, 0).remove(u',');
    if (!name.contains(word) || TextScan::dateIn(name) || DateScan::weekdayNamed(firstWord) != 0)
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

/** The first field of a kind in `section` or below it ("**Points**: 3", "Focus: Login"). */
const SprintDocPlanner::Outline::Field *SprintDocPlanner::fieldWithin(int section,
                                                                      DayField kind) const
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

bool SprintDocPlanner::hasMentionWithin(int section) const
{
    return std::any_of(m_o.mentions.cbegin(), m_o.mentions.cend(),
                       [&](const Outline::Mention &m) { return m_o.isWithin(m.section, section); });
}

bool SprintDocPlanner::inPlannedDay(int section) const
{
    return std::any_of(m_plannedDays.cbegin(), m_plannedDays.cend(),
                       [&](int day) { return m_o.isWithin(section, day); });
}

void SprintDocPlanner::cardsFromTasks()
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
                Draft d = other >= 0 ? sectionCard(other, tasksOf.value(other), &t) : itemCard(i);
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
bool SprintDocPlanner::isProcedure(int section, qsizetype items)
{
    static const QRegularExpression checklist(
        uR"(\b(checklists?|checkliste|lista de verifica\x{E7}\x{E3}o|)"
        uR"(lista de verificaci\x{F3}n|liste de contr\x{F4}le)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
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
bool SprintDocPlanner::hasStories() const
{
    return std::any_of(m_o.mentions.cbegin(), m_o.mentions.cend(),
                       [this](const Outline::Mention &m) { return !m_o.inNotes(m.section); });
}

/**
 * "## Tasks" with checkboxes under it, in a document without stories: each checkbox is a
 * task, with the boxes nested in it as its checklist; the headings inside only group them.
 */
void SprintDocPlanner::taskListCards(const QList<int> &tasks)
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
void SprintDocPlanner::doneOnItsDate(ImportCard &card, const QString &text) const
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
QString SprintDocPlanner::taskTitle(const Outline::TaskItem &t)
{
    if (t.label.contains(u' '))
        return t.label;
    static const QRegularExpression sentenceEnd(uR"([.!?](?=\s+\S))"_s);
    const auto m = sentenceEnd.match(t.text);
    return m.hasMatch() ? t.text.left(m.capturedStart()) : t.text;
}

/** "E2E check (BLOCKED until the team is set up)" -> "E2E check": the flag says it. */
QString SprintDocPlanner::withoutBlockedNote(const QString &title)
{
    static const QRegularExpression note(
        uR"(\s*\(\s*(?:blocked|on hold|blockiert|bloqueado|bloqueada|bloqu\x{E9}e?)\b[^)]*\))"
        uR"(|,\s*(?:blocked|on hold|blockiert|bloqueado|bloqueada|bloqu\x{E9}e?)\b[^),]*)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out = title;
    out.remove(note);
    return out.trimmed();
}

/**
 * "Grafana-Dashboards ausbauen (Ursprung: Sprint 22)" -> "Grafana-Dashboards ausbauen": where
 * a task came from is a note on it, not its name.
 */
QString SprintDocPlanner::withoutCarryOverNote(const QString &title)
{
    static const QRegularExpression note(
        uR"(\s*\((?:ursprung|origin|origen|origem|carried over from|from sprint|aus sprint)\b)"
        uR"([^()]*\)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString out = title;
    out.remove(note);
    return out.isEmpty() ? title : out;
}

SprintDocPlanner::Draft SprintDocPlanner::itemCard(int index)
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

SprintDocPlanner::Draft SprintDocPlanner::sectionCard(int section, const QList<int> &tasks,
                                                      const Outline::TaskItem *overviewItem)
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
        if (m_o.isWithin(f.section, section) && f.name.contains(u"status"_s, Qt::CaseInsensitive)) {
            status = TextScan::statusIn(f.value);
            break;
        }
    }
    const bool checked = overviewItem && overviewItem->checked;
    if (overviewItem)
        card.line = qMin(card.line, overviewItem->line);
    return finishTaskCard(card, checked, status, section, items);
}

SprintDocPlanner::Draft SprintDocPlanner::finishTaskCard(ImportCard &card, bool checked,
                                                         QString status, int section,
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

} // namespace SprintDeck

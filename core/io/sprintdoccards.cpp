#include "core/io/sprintdocplanner.h"
#include "core/io/sprintdoctime.h"
#include "core/io/storytable.h"
#include "core/io/textscan.h"

#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

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

} // namespace

using SprintDocTime::localAt;

void SprintDocPlanner::cardsFromMentions()
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
void SprintDocPlanner::cardsBesideProductBacklog(const QHash<QString, QList<int>> &byKey,
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
            leftOut.append(
                id.startsWith(u"title:"_s) ? m_o.mentions.at(mentions.first()).story.title : id);
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
bool SprintDocPlanner::isFinding(const QList<int> &mentions) const
{
    if (std::any_of(mentions.cbegin(), mentions.cend(),
                    [this](int i) { return m_o.mentions.at(i).story.points.has_value(); }))
        return false;
    return std::any_of(mentions.cbegin(), mentions.cend(),
                       [this](int i) { return headsFinding(i); });
}

bool SprintDocPlanner::headsFinding(int mention) const
{
    const Outline::Mention &m = m_o.mentions.at(mention);
    if (!m.inHeading || m.ownStatus)
        return false;
    static const QRegularExpression numbered(uR"(^(bug|issue|problem|finding|defect)\s+#?\d+\b)"_s,
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
QList<int> SprintDocPlanner::workSections() const
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
bool SprintDocPlanner::isWorkHeading(int section) const
{
    static const QRegularExpression numbered(
        uR"(^\p{L}+\s+#?\d+(\.\d+)*\s*[:.)\-\x{2013}\x{2014}])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const Outline::Section &sec = m_o.sections.at(section);
    return sec.level >= 2 && sec.story < 0 && !sec.day.isValid() && !sec.dayNumber &&
           sec.sprintRef.isEmpty() && numbered.match(sec.title).hasMatch() &&
           !m_o.inNotes(section) && !m_o.inOtherSprint(section, m_number);
}

bool SprintDocPlanner::holdsTasks(int section) const
{
    return std::any_of(m_o.tasks.cbegin(), m_o.tasks.cend(), [&](const Outline::TaskItem &t) {
        return t.mention < 0 && (m_o.isWithin(t.section, section) ||
                                 m_o.isWithin(section, cardSectionOf(t.section)));
    });
}

/** A document without stories whose sections state their status: each is a card. */
void SprintDocPlanner::cardsFromWorkSections()
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
void SprintDocPlanner::mergeSecondNames(QHash<QString, QList<int>> &byKey, QStringList &order) const
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
bool SprintDocPlanner::isSecondName(const QString &id)
{
    static const QRegularExpression numbered(uR"(^(STORY|ITEM)-\d+$)"_s);
    return id.startsWith(u"title:"_s) || numbered.match(id).hasMatch();
}

/** "Enhancement 1: Export Enhancements (5 points)" -> "export enhancements". */
QString SprintDocPlanner::comparableTitle(const QString &title)
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
bool SprintDocPlanner::onlyInProductBacklog(const QList<int> &mentions) const
{
    return std::all_of(mentions.cbegin(), mentions.cend(),
                       [this](int i) { return m_o.inProductBacklog(m_o.mentions.at(i).section); });
}

SprintDocPlanner::Draft SprintDocPlanner::cardFrom(const QList<int> &mentions)
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
std::optional<QString> SprintDocPlanner::rowSprint(const QList<int> &mentions) const
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
void SprintDocPlanner::sprintsFromRows()
{
    QStringList names;
    for (const ImportCard &c : std::as_const(m_plan.cards)) {
        const bool known = std::any_of(m_plan.sprints.cbegin(), m_plan.sprints.cend(),
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

ImportSprint SprintDocPlanner::rowSprintAt(const QString &name, QDate start)
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
    m_plan.warn(s.line, QObject::tr("the document gives no dates for %1; it is planned until "
                                    "its dates are set (placeholder %2 to %3)")
                            .arg(name, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
    return s;
}

/**
 * "| US-4 (Backend) | Done |" and "| US 4 (Frontend) | Done |": rows of one table for one
 * story, each naming a part of it, with no heading that titles the story; no part is its
 * title. (Two tables that title a story a little differently list it twice, not in parts.)
 */
bool SprintDocPlanner::splitIntoParts(const QList<int> &mentions) const
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
QString SprintDocPlanner::untitled(const QList<int> &mentions) const
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

} // namespace SprintDeck

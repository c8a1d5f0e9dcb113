#include "core/io/markdownsprints.h"
#include "core/io/localclock.h"
#include "core/io/textscan.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

using Outline = MarkdownOutline;

/** "Sprint 01", "🔐 Sprint 1 : Sécurité", "Sprint #3: dom 2 nov → sáb 8 nov 2025". */
bool opensSprint(const Outline::Section &sec)
{
    static const QRegularExpression opens(uR"(^\W*Sprint\s*#?\d)"_s,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
    return !sec.sprintRef.isEmpty() && sec.story < 0 && opens.match(sec.title).hasMatch();
}

/** True inside "Backlog", "Future", "Next sprint" and the like: sprints there are ideas. */
bool inOtherSprints(const Outline &o, int section)
{
    for (int s = section; s > 0; s = o.sections.at(s).parent)
        if (o.sections.at(s).otherSprint)
            return true;
    return false;
}

/** Whether the document is about one sprint: its title or its header's "Sprint:" names it. */
bool namesOneSprint(const Outline &o)
{
    if (!TextScan::sprintNumberIn(o.title).isEmpty())
        return true;
    return std::any_of(o.fields.cbegin(), o.fields.cend(), [&o](const Outline::Field &f) {
        return (f.section == 0 || o.sections.at(f.section).level <= 1) &&
               f.name.compare(u"Sprint"_s, Qt::CaseInsensitive) == 0;
    });
}

/** Keeps the items of the part's sections, each naming its section in the part. */
template<typename T> void keep(const QList<T> &from, QList<T> &to, const QHash<int, int> &sections)
{
    for (const T &item : from) {
        if (!sections.contains(item.section))
            continue;
        T moved = item;
        moved.section = sections.value(item.section);
        to.append(moved);
    }
}

/**
 * The outline of the sections `kept` (in document order), their levels raised by `shift`; with
 * the part before the first heading when `preamble`. A section whose parent is not kept hangs
 * from that part.
 */
Outline subset(const Outline &o, const QList<int> &kept, bool preamble, int shift)
{
    Outline p;
    p.dateStyle = o.dateStyle;
    QHash<int, int> sections;
    p.sections.append(preamble ? o.sections.at(0) : Outline::Section{});
    if (preamble)
        sections.insert(0, 0);
    for (int s : kept) {
        Outline::Section sec = o.sections.at(s);
        sec.level -= shift;
        sec.parent = sections.value(sec.parent, 0);
        sections.insert(s, int(p.sections.size()));
        p.sections.append(sec);
    }
    QHash<int, int> mentions;
    for (int i = 0; i < o.mentions.size(); ++i) {
        if (sections.contains(o.mentions.at(i).section))
            mentions.insert(i, int(mentions.size()));
    }
    keep(o.mentions, p.mentions, sections);
    for (Outline::Section &sec : p.sections)
        sec.story = sec.story >= 0 ? mentions.value(sec.story, -1) : -1;
    QHash<int, int> tasks;
    for (int i = 0; i < o.tasks.size(); ++i) {
        if (sections.contains(o.tasks.at(i).section))
            tasks.insert(i, int(tasks.size()));
    }
    keep(o.tasks, p.tasks, sections);
    for (Outline::TaskItem &t : p.tasks) {
        t.parentItem = t.parentItem >= 0 ? tasks.value(t.parentItem, -1) : -1;
        t.mention = t.mention >= 0 ? mentions.value(t.mention, -1) : -1;
    }
    keep(o.fields, p.fields, sections);
    keep(o.counts, p.counts, sections);
    keep(o.tables, p.tables, sections);
    keep(o.tableTotals, p.tableTotals, sections);
    keep(o.blocks, p.blocks, sections);
    return p;
}

/**
 * The card an earlier sprint of the plan holds as `card`: the same key. Cards without a key are
 * not matched: a title in one sprint's list and the next ("Weekly report") is recurring work.
 */
qsizetype indexOfCard(const QList<ImportCard> &cards, const ImportCard &card)
{
    if (card.key.isEmpty())
        return -1;
    for (qsizetype i = 0; i < cards.size(); ++i)
        if (cards.at(i).key == card.key)
            return i;
    return -1;
}

/**
 * `later` carried over from `earlier`: created then, its statuses from both, in order. A story
 * the document lists outside its sprints (a product backlog) only lends its title and points.
 */
void carryOver(const ImportCard &earlier, ImportCard &later)
{
    if (later.title == later.key && !earlier.title.isEmpty())
        later.title = earlier.title; // a sprint's row that gives only the key ("[US10](…)")
    if (earlier.sprint.isEmpty()) {
        if (!later.points)
            later.points = earlier.points;
        return;
    }
    if (earlier.created.isValid() && (!later.created.isValid() || earlier.created < later.created))
        later.created = earlier.created;
    if (!later.points)
        later.points = earlier.points;
    if (later.sprint.isEmpty())
        later.sprint = earlier.sprint;
    QList<ImportStatusChange> history = earlier.history;
    for (ImportStatusChange change : std::as_const(later.history)) {
        if (!history.isEmpty() && history.last().status == change.status)
            continue;
        if (!history.isEmpty() && change.at < history.last().at)
            change.at = history.last().at;
        history.append(change);
    }
    later.history = history;
    if (!history.isEmpty())
        later.status = history.last().status;
}

/** Work under way: a status that is neither to do nor done. */
bool inProgress(const ImportCard &card)
{
    return !card.status.isEmpty() && card.status != TextScan::toDo() &&
           card.status != TextScan::done();
}

} // namespace

QList<int> MarkdownSprints::headings(const MarkdownOutline &outline)
{
    if (namesOneSprint(outline))
        return {};
    // The highest level at which headings open two sprints or more.
    std::map<int, QList<int>> byLevel;
    std::map<int, QStringList> numbers;
    for (int s = 1; s < outline.sections.size(); ++s) {
        const Outline::Section &sec = outline.sections.at(s);
        if (!opensSprint(sec) || inOtherSprints(outline, s))
            continue;
        byLevel[sec.level].append(s);
        if (!numbers[sec.level].contains(sec.sprintRef))
            numbers[sec.level].append(sec.sprintRef);
    }
    for (const auto &[level, sections] : byLevel)
        if (numbers[level].size() >= 2)
            return sections;
    return {};
}

std::optional<DateScan::Range> MarkdownSprints::period(const MarkdownOutline &outline)
{
    for (const Outline::Field &f : outline.fields) {
        const bool header = f.section == 0 || outline.sections.at(f.section).level <= 1;
        if (header && DateScan::labelOf(f.name) == DateScan::Label::Span)
            if (const auto range = DateScan::rangeIn(f.value, outline.dateStyle))
                return range;
    }
    return std::nullopt;
}

std::optional<DateScan::Range> MarkdownSprints::weeksOf(QStringView heading, DateScan::Range period)
{
    static const QRegularExpression weeks(
        uR"(\b(?:weeks?|semaines?|semanas?|wochen?)\s+(\d{1,2})(?:\s*(?:-|–|à|a|to|bis)\s*(\d{1,2}))?\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = weeks.match(heading);
    if (!m.hasMatch())
        return std::nullopt;
    const int first = m.captured(1).toInt();
    const int last = m.hasCaptured(2) ? m.captured(2).toInt() : first;
    if (first < 1 || last < first)
        return std::nullopt;
    const QDate start = period.start.addDays(7 * (first - 1));
    if (start > period.end)
        return std::nullopt;
    return DateScan::Range{start, qMin(period.start.addDays(7 * last - 1), period.end)};
}

MarkdownOutline MarkdownSprints::part(const MarkdownOutline &outline, int heading)
{
    const Outline::Section &head = outline.sections.at(heading);
    QList<int> kept;
    for (int s = heading; s < outline.sections.size() && outline.isWithin(s, heading); ++s)
        kept.append(s); // a heading's sections follow it, up to the next of its level
    MarkdownOutline p = subset(outline, kept, false, head.level - 1);
    p.title = head.title;
    p.titleLine = head.line;
    return p;
}

QString MarkdownSprints::goalOf(const MarkdownOutline &part)
{
    static const QStringList objective = {
        u"goal"_s,       u"sprint goal"_s,         u"objective"_s,          u"objetivo"_s,
        u"objetivos"_s,  u"objetivo del sprint"_s, u"objetivo da sprint"_s, u"objetivo do sprint"_s,
        u"objectif"_s,   u"objectifs"_s,           u"objectif du sprint"_s, u"ziel"_s,
        u"sprintziel"_s, u"sprint-ziel"_s};
    for (const Outline::Field &f : part.fields) {
        const bool header = f.section == 0 || part.sections.at(f.section).level <= 1;
        if (header && objective.contains(f.name.trimmed().toLower()) && !f.value.isEmpty())
            return f.value;
    }
    // "Sprint 2 : Performance (Semaines 3-4)": the words after the name, without the weeks.
    static const QRegularExpression named(
        uR"(^\W*Sprint\s*#?\d+(?:\.\d+)*\s*[:\-–—]?\s*(.*?)\s*(?:\([^()]*\d[^()]*\))?$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString goal = named.match(part.title).captured(1).trimmed();
    if (goal.isEmpty() || DateScan::dateIn(goal, part.dateStyle) ||
        DateScan::rangeIn(goal, part.dateStyle))
        return {};
    return goal;
}

MarkdownOutline MarkdownSprints::rest(const MarkdownOutline &outline, const QList<int> &headings)
{
    QList<int> kept;
    for (int s = 1; s < outline.sections.size(); ++s) {
        if (std::none_of(headings.cbegin(), headings.cend(),
                         [&](int heading) { return outline.isWithin(s, heading); }))
            kept.append(s);
    }
    MarkdownOutline p = subset(outline, kept, true, 0);
    p.title = outline.title;
    p.titleLine = outline.titleLine;
    return p;
}

void MarkdownSprints::append(ImportPlan &plan, ImportPlan &&part)
{
    for (const ImportSprint &s : std::as_const(part.sprints)) {
        const bool known = std::any_of(plan.sprints.cbegin(), plan.sprints.cend(),
                                       [&s](const ImportSprint &p) { return p.name == s.name; });
        if (!known)
            plan.sprints.append(s);
    }
    for (ImportCard &card : part.cards) {
        const qsizetype at = indexOfCard(plan.cards, card);
        if (at < 0) {
            plan.cards.append(std::move(card));
            continue;
        }
        const ImportCard &earlier = plan.cards.at(at);
        if (!earlier.sprint.isEmpty() && !card.sprint.isEmpty() && earlier.sprint != card.sprint)
            plan.warn(card.line, tr("%1 is listed in %2 and again in %3; "
                                    "it is carried over to %3")
                                     .arg(card.key.isEmpty() ? card.title : card.key,
                                          earlier.sprint, card.sprint));
        carryOver(earlier, card);
        plan.cards[at] = std::move(card);
    }
    for (const ImportWarning &w : std::as_const(part.warnings))
        if (!plan.warnings.contains(w))
            plan.warnings.append(w);
    for (auto it = part.statusCategories.cbegin(); it != part.statusCategories.cend(); ++it)
        plan.statusCategories.insert(it.key(), it.value());
}

void MarkdownSprints::settleStates(ImportPlan &plan, const QStringList &undated, QDate today)
{
    // Only a sprint its dates (not placeholders) have started can be the active one.
    const auto started = [&](const ImportSprint &s) {
        return s.state == Sprint::State::Active && !undated.contains(s.name);
    };
    qsizetype active = -1;
    for (qsizetype i = 0; i < plan.sprints.size() && active < 0; ++i) {
        const ImportSprint &s = plan.sprints.at(i);
        if (started(s) &&
            std::any_of(plan.cards.cbegin(), plan.cards.cend(),
                        [&s](const ImportCard &c) { return c.sprint == s.name && inProgress(c); }))
            active = i;
    }
    for (qsizetype i = 0; i < plan.sprints.size() && active < 0; ++i) {
        const ImportSprint &s = plan.sprints.at(i);
        if (started(s) && s.start <= today && today <= s.end)
            active = i;
    }
    QStringList past;
    int line = 0;
    for (qsizetype i = 0; i < plan.sprints.size(); ++i) {
        ImportSprint &s = plan.sprints[i];
        if (i == active || s.state == Sprint::State::Closed)
            continue;
        if (!undated.contains(s.name) && s.end < today) {
            line = past.isEmpty() ? s.line : line;
            past.append(s.name);
        }
        s.state = Sprint::State::Planned;
        s.startedAt = {};
        s.stateAssumed = true;
    }
    if (!past.isEmpty())
        plan.warn(line, tr("the document does not say whether these sprints ended, though their "
                           "dates are past; they stay planned until they are closed: %1")
                            .arg(past.join(u", "_s)));
}

void MarkdownSprints::createdByToday(ImportPlan &plan, const QStringList &undated, QDate today)
{
    const QDateTime morning = LocalClock::toUtc(today, 8);
    for (ImportCard &card : plan.cards) {
        if (!undated.contains(card.sprint) || !card.created.isValid() || card.created <= morning)
            continue;
        const qint64 back = card.created.secsTo(morning);
        card.created = morning;
        if (card.addedToSprint.isValid())
            card.addedToSprint = card.addedToSprint.addSecs(back);
        for (ImportStatusChange &change : card.history)
            change.at = change.at.addSecs(back);
    }
}

} // namespace SprintDeck

#include "core/io/markdownoutline.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QDate MarkdownOutline::dayOf(int section, int *number) const
{
    for (int s = section; s >= 0 && s < sections.size(); s = sections.at(s).parent) {
        if (sections.at(s).day.isValid()) {
            if (number)
                *number = sections.at(s).dayNumber;
            return sections.at(s).day;
        }
    }
    if (number)
        *number = 0;
    return {};
}

bool MarkdownOutline::inOtherSprint(int section, const QString &sprintNumber) const
{
    for (int s = section; s >= 0 && s < sections.size(); s = sections.at(s).parent) {
        const Section &sec = sections.at(s);
        if (sec.level <= 1 || sec.story >= 0)
            continue; // the title names the document's own sprint; a story names no sprint
        if (sec.otherSprint)
            return true;
        if (!sec.sprintRef.isEmpty() && !sprintNumber.isEmpty() && sec.sprintRef != sprintNumber)
            return true;
    }
    return false;
}

QString MarkdownOutline::statusOf(int section, bool *blocked) const
{
    if (blocked)
        *blocked = false;
    for (int s = section; s >= 0 && s < sections.size(); s = sections.at(s).parent) {
        const Section &sec = sections.at(s);
        if (sec.level <= 1 || sec.story >= 0)
            continue; // a story heading's status is its own
        if (!sec.status.isEmpty() || sec.blocked) {
            if (blocked)
                *blocked = sec.blocked;
            return sec.status;
        }
    }
    return {};
}

bool MarkdownOutline::inProductBacklog(int section) const
{
    static const QRegularExpression backlog(
        uR"(^(product backlog|produkt-?backlog|backlog do produto|backlog del producto|)"
        uR"(backlog produit|backlog(?!\s+(da|de|del|der|du)\s+sprint))\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (int s = section; s > 0 && s < sections.size(); s = sections.at(s).parent) {
        const Section &sec = sections.at(s);
        if (sec.level > 1 && sec.story < 0 && sec.sprintRef.isEmpty() &&
            backlog.match(sec.title).hasMatch())
            return true;
    }
    return false;
}

bool MarkdownOutline::inNotes(int section) const
{
    for (int s = section; s > 0 && s < sections.size(); s = sections.at(s).parent)
        if (sections.at(s).notes)
            return true;
    return false;
}

bool MarkdownOutline::notesIn(QStringView title)
{
    static const QRegularExpression notes(
        uR"(\b(definition of (done|ready)|acceptance criteria|success criteria|success metrics|)"
        uR"(action items|retrospective|retro|lessons learned|what went well|comparison|)"
        uR"(planned vs|plan vs|)"
        uR"(critérios de aceitação|criterios de aceptación|akzeptanzkriterien|)"
        uR"(critères d'acceptation|retrospectiva|rétrospective|retrospektive)\b|^dod\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return notes.match(title).hasMatch();
}

bool MarkdownOutline::namesTaskList(QStringView title)
{
    // A heading in these words holds the work itself; "Phase 2" or "Deployment Checklist" is one
    // piece of work whose checkboxes are its steps.
    static const QRegularExpression tasks(
        uR"(\b(tasks?|task list|to-?dos?|to do list|work items|sprint backlog|aufgaben|)"
        uR"(arbeitspakete|tareas|tarefas|t\x{E2}ches|taches)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return tasks.match(title).hasMatch();
}

int MarkdownOutline::priorityOf(int section) const
{
    for (int s = section; s >= 0 && s < sections.size(); s = sections.at(s).parent)
        if (sections.at(s).level > 1 && sections.at(s).priority > 0)
            return sections.at(s).priority;
    return 0;
}

bool MarkdownOutline::isWithin(int section, int ancestor) const
{
    for (int s = section; s >= 0 && s < sections.size(); s = sections.at(s).parent)
        if (s == ancestor)
            return true;
    return false;
}

namespace {

/** A heading that names a group: a status ("In Review"), an epic, a priority, "Core Stories". */
bool namesGroup(const QString &title)
{
    static const QRegularExpression words(
        uR"(\b(epic|epics|épico|stories|items|tasks|features|backlog|goals|stretch|must have|)"
        uR"(should have|could have)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return TextScan::isStatus(title) || words.match(title).hasMatch();
}

} // namespace

void MarkdownOutline::groupHeadings()
{
    QList<int> groups;
    for (int s = 0; s < sections.size(); ++s) {
        const int m = sections.at(s).story;
        if (m < 0)
            continue;
        const TextScan::Story &story = mentions.at(m).story;
        const bool epic =
            story.key.startsWith(u"EPIC"_s) || story.title.contains(u"epic"_s, Qt::CaseInsensitive);
        if (!story.key.isEmpty() && !epic)
            continue;
        bool children = false;
        for (int j = 0; j < mentions.size() && !children; ++j)
            children = j != m && isWithin(mentions.at(j).section, s) &&
                       (mentions.at(j).story.points || !mentions.at(j).story.key.isEmpty());
        if (!children && !(story.key.isEmpty() && namesGroup(story.title)))
            continue;
        sections[s].story = -1;
        if (!mentions.at(m).description.isEmpty())
            blocks.append({s, mentions.at(m).description});
        groups.append(m);
    }
    if (groups.isEmpty())
        return;
    // Drop the group mentions and renumber what points at the others.
    QList<int> newIndex(mentions.size(), -1);
    QList<Mention> kept;
    for (int i = 0; i < mentions.size(); ++i) {
        if (groups.contains(i))
            continue;
        newIndex[i] = int(kept.size());
        kept.append(mentions.at(i));
    }
    mentions = kept;
    for (Section &sec : sections)
        if (sec.story >= 0)
            sec.story = newIndex.at(sec.story);
    for (TaskItem &t : tasks)
        if (t.mention >= 0)
            t.mention = newIndex.at(t.mention);
}

} // namespace SprintDeck

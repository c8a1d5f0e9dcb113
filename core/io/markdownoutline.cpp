#include "core/io/markdownoutline.h"

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
        if (sec.level <= 1)
            continue; // the title names the document's own sprint
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
        if (sec.level <= 1)
            continue;
        if (!sec.status.isEmpty() || sec.blocked) {
            if (blocked)
                *blocked = sec.blocked;
            return sec.status;
        }
    }
    return {};
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

} // namespace SprintDeck

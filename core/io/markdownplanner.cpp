#include "core/io/markdownplanner.h"
#include "core/io/markdownsprints.h"
#include "core/io/sprintdocplanner.h"

#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/**
 * The stories a document of several sprints lists outside their sections (a product backlog):
 * cards in no sprint, first in the plan. What that part says of a sprint is not its own to say,
 * so its warnings are left out. Returns how many cards it gave.
 */
qsizetype planOutside(const MarkdownOutline &outline, const QList<int> &headings, QDate today,
                      ImportPlan &plan)
{
    ImportPlan rest;
    SprintDocPlanner(MarkdownSprints::rest(outline, headings), plan.source, today, rest).run();
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
        SprintDocPlanner planner(section, plan.source, today, part);
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
        SprintDocPlanner planner(outline, name, today, plan);
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

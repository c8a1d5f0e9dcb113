#pragma once

#include "core/io/datescan.h"
#include "core/io/importplan.h"
#include "core/io/markdownoutline.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace SprintDeck {

/**
 * A document that plans or reviews several sprints, one section each ("### Sprint 01",
 * "## Sprint 2 : Performance", "### **Sprint #3**: dom 2 nov → sáb 8 nov 2025"): where those
 * sections are, each as an outline of its own for the planner, and the one plan their plans
 * make together.
 */
class MarkdownSprints
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownSprints)

public:
    /**
     * The sections that each open a sprint: headings of one level that begin with a sprint's
     * name, two or more sprints apart. Empty when the document is about one sprint (its title
     * or its header's "Sprint:" field names it).
     */
    static QList<int> headings(const MarkdownOutline &outline);

    /** The period the document's header gives for all its sprints ("Période : 25 août – …"). */
    static std::optional<DateScan::Range> period(const MarkdownOutline &outline);

    /**
     * The dates a sprint heading gives as weeks of the period ("Sprint 2 (Semaines 3-4)"): from
     * the first day of its first week to the last of its last, within the period.
     */
    static std::optional<DateScan::Range> weeksOf(QStringView heading, DateScan::Range period);

    /**
     * The sprint section `heading` and everything under it as an outline of its own: the heading
     * is its title (level 1), the sections under it keep their order and nesting, every line
     * number stays the document's.
     */
    static MarkdownOutline part(const MarkdownOutline &outline, int heading);

    /**
     * The goal a sprint section gives: an objective field under its heading ("**Objetivo:** …"),
     * else what its heading says after the sprint's name ("Sprint 1 : Sécurité (Semaines 1-2)"
     * -> "Sécurité"), unless that is its dates. Empty when it gives none.
     */
    static QString goalOf(const MarkdownOutline &part);

    /**
     * Everything of the document outside its sprint sections (`headings`): a product backlog, a
     * summary. Its stories are in no sprint.
     */
    static MarkdownOutline rest(const MarkdownOutline &outline, const QList<int> &headings);

    /**
     * Appends a sprint's plan to the document's. A card whose key an earlier sprint lists too is
     * carried over: one card that ends in the later sprint, its history from both.
     */
    static void append(ImportPlan &plan, ImportPlan &&part);

    /**
     * Decides which sprint is active: the one with work in progress, else the one whose dates
     * hold today, else none. Sprints the document closed stay closed; the others are planned,
     * with a warning for those whose dates are past. Sprints whose dates are placeholders
     * (`undated`, by name) stay planned.
     */
    static void settleStates(ImportPlan &plan, const QStringList &undated, QDate today);

    /**
     * Moves the cards of sprints with placeholder dates that lie ahead (the later sprints of an
     * undated plan) back to exist from today, as a single undated sprint's do: a card created in
     * the future would be missing from the board until then. Their statuses keep their order.
     */
    static void createdByToday(ImportPlan &plan, const QStringList &undated, QDate today);
};

} // namespace SprintDeck

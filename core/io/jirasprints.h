#pragma once

#include "core/io/importplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace SprintDeck {

/** What one issue of a Jira export tells about the sprints it was in. */
struct JiraIssueActivity
{
    QStringList sprints;   ///< every sprint it was in, oldest first; the last is its sprint now
    QString key;           ///< "TIC-12"; empty when not given
    QDateTime created;     ///< UTC; invalid when not given
    QDateTime moved;       ///< UTC; when it entered its status category; invalid when not given
    QDateTime changed;     ///< UTC; its last change (update or resolution)
    QDateTime resolved;    ///< UTC; invalid while unresolved
    bool finished = false; ///< resolved, or in a status of the done kind
    bool started = false;  ///< not finished, and in progress, in review or blocked
};

/**
 * Dates and states of the sprints of a Jira export. Jira's CSV has no sprint dates (SprintDeck's
 * own export has). The sprints of one board (the project of their issues' keys) follow each other
 * in the order of the numbers their names end with, else of their issues' keys, and do not
 * overlap: a sprint runs from its issues' first activity (creation, move, update, resolution) on
 * or after the end of the board's previous sprint, or from the end of the sprint its carried-over
 * issues came from, to their last resolution. Sprints whose issues are all finished, or that Jira
 * completed (their unfinished issues went on to a later sprint), are closed; the one with work in
 * progress is the active one, running two weeks or to its issues' last change; one with work in
 * progress that ended before the active one began is closed; sprints nobody started are planned,
 * two weeks each, after the others of their board. Activity spread over more than a month is not
 * one sprint's (a later bulk edit): such a sprint is taken to last two weeks. Every assumed date
 * is warned about, saying where it came from; `today` is used only when no issue has a date.
 */
class JiraSprints
{
    Q_DECLARE_TR_FUNCTIONS(JiraSprints)

public:
    /** Fills in the dates and states of `plan.sprints` (their state too when the export gives
     * their dates, as of `today`). */
    static void date(ImportPlan &plan, const QList<JiraIssueActivity> &issues, QDate today);
};

} // namespace SprintDeck

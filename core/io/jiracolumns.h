#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SprintDeck {

/**
 * Where each field of a Jira CSV export is in a record, found by the column names Jira writes
 * in the languages it offers and by SprintDeck's own export. Repeated columns (Sprint, Labels)
 * keep all their indexes; -1 is a field the export does not have.
 */
struct JiraColumns
{
    int key = -1, summary = -1, status = -1, category = -1, categoryChanged = -1;
    int priority = -1, type = -1;
    int assignee = -1, points = -1, description = -1, created = -1, updated = -1;
    int resolved = -1, resolution = -1, flagged = -1, blockedReason = -1;
    int sprintStart = -1, sprintEnd = -1;
    QList<int> sprints, labels;
    QStringList unused; ///< the names of the columns no field is read from

    static JiraColumns from(const QStringList &header);
};

} // namespace SprintDeck

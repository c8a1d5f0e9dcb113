#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QStringList>

namespace SprintDeck {

class Database;

/**
 * The rows of the sprint reviews (one per sprint, removed with the sprint): the SQL behind
 * ReviewNotesStore, which gives the texts their meaning. The texts are, in this order: went
 * well, challenges, learnings, improvements, next sprint.
 */
class ReviewStore
{
public:
    struct Row
    {
        QStringList texts; ///< empty when the sprint has no review yet
        QDateTime updatedAt;
    };

    explicit ReviewStore(Database &db)
        : m_db(db)
    {}

    Result<Row> load(qint64 sprintId);
    /** Inserts or replaces the sprint's row (inside the caller's transaction). */
    Status save(qint64 sprintId, const QStringList &texts, const QDateTime &updatedAt);

private:
    Database &m_db;
};

} // namespace SprintDeck

#pragma once

#include "core/io/importpreview.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSet>

namespace SprintDeck {

struct Card;

/**
 * Builds an ImportPreview in named steps, each reading what the steps before it
 * left in the builder: the plans' cards merged into one entry per card, their
 * statuses mapped to columns, the sprints and members to write, then each card's
 * timeline. Internal to ImportPreview::build().
 */
class ImportPreview::Builder
{
public:
    Builder(const Board &board, const QList<ImportPlan> &plans, const ImportOptions &options);

    Result<ImportPreview> build();

private:
    /** One card of the plans, merged over every plan that lists it, and where it came from. */
    struct Merged
    {
        ImportCard card;
        QString source;
    };
    class CardSummary;

    void collectWarnings();
    void warn(const QString &message);
    void mergeCards();

    QStringList statusesAsWritten() const;
    Status mapStatuses();
    Result<qint64> columnForStatus(const QString &status, Mapping &mapping);
    qint64 columnOf(const QString &status);

    void chooseActiveSprint();
    bool mayBeActive(const QString &name) const;
    void planSprints();
    void updateSprint(const Sprint &existing, const ImportSprint &s);
    void createSprint(const ImportSprint &s);
    QString sprintName(qint64 id) const;
    qint64 sprintIdOf(const QString &name) const;

    qint64 memberId(const QString &name);
    double rankAtEnd(qint64 sprintId, qint64 columnId);

    void indexBoardCards();
    void planCards();
    void planCard(const Merged &m, const CardSummary &summary);
    Card targetOf(const Card *existing, const ImportCard &ic, qint64 sprintId);
    QString changesOf(const Card &existing, const Card &target) const;
    QList<CardStep> updateSteps(const Card &existing, const ImportCard &ic, const Card &target);
    QList<CardStep> createSteps(const ImportCard &ic, const Card &target);
    QDateTime createdAt(const ImportCard &ic, qint64 sprintId) const;

    const Board &m_board;
    const QList<ImportPlan> &m_plans;
    const ImportOptions &m_options;
    ImportPreview m_preview;

    QList<Merged> m_cards;                    ///< one per card, in the order the plans list them
    QHash<QString, qint64> m_columnOfStatus;  ///< by the status in lower case
    QHash<QString, qint64> m_columnOfWritten; ///< by the status as written, looked up once
    QString m_activeName;
    QDate m_activeStart;
    QHash<QString, qint64> m_sprintIds;      ///< by lower-case name; new ones negative
    QHash<qint64, QDateTime> m_sprintBegins; ///< when each sprint of the import began
    QHash<QString, qint64> m_memberIds;      ///< new members by lower-case name
    QHash<QPair<qint64, qint64>, double> m_lastRank;
    QHash<QString, const Card *> m_byKey;
    QHash<QPair<qint64, QString>, const Card *> m_byTitle;
    QSet<qint64> m_matched;
};

} // namespace SprintDeck

#pragma once

#include "core/board/boardbatch.h"
#include "core/io/importplan.h"
#include "core/util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SprintDeck {

class Board;

/**
 * What importing one or more plans into a board will do: the cards it will
 * create, update (matched by key; cards without a key by title within their
 * sprint) or skip, the sprints and members it adds, the status to column
 * mapping it uses, and the warnings. It holds the BoardBatch that does it, so
 * apply() writes everything in one transaction as one undo step.
 *
 * Card histories keep the source's dates: a story reported done on a day is
 * moved to the done column at that day's time. On re-import only statuses
 * dated after a card's last change are written with their dates; other
 * changes carry the time of the import.
 */
class ImportPreview
{
public:
    enum class Action
    {
        Create,
        Update,
        Skip
    };

    struct Item
    {
        Action action = Action::Create;
        QString key; ///< empty for a new card without key (the board gives it one)
        QString title;
        QString detail; ///< what changes, or why it is skipped
        QString source;
        int line = 0;
    };

    struct Mapping
    {
        QString status;
        QString column;
        bool byDefault = true; ///< not set in the options
        bool known = true;     ///< false: no column matched, the first column was taken
    };

    /** Plans the import; fails when a mapping names a column the board does not have. */
    static Result<ImportPreview> build(const Board &board, const QList<ImportPlan> &plans,
                                       const ImportOptions &options = {});

    /** The column a status goes to when the options do not say. */
    static qint64 defaultColumn(const Board &board, const QString &status, bool *known = nullptr);

    const QList<Item> &items() const { return m_items; }
    int count(Action action) const;
    const QStringList &sprintsCreated() const { return m_sprintsCreated; }
    const QStringList &sprintsUpdated() const { return m_sprintsUpdated; }
    const QStringList &membersCreated() const { return m_membersCreated; }
    const QList<Mapping> &mappings() const { return m_mappings; }
    /** The plans' warnings (named by file when there are several) and the mapping's. */
    const QList<ImportWarning> &warnings() const { return m_warnings; }
    QStringList warningTexts() const;

    /** "4 cards to create, 2 to update, 1 unchanged; sprint Sprint 4 to create". */
    QString summary() const;
    /** The label of the undo step. */
    const QString &label() const { return m_label; }
    bool hasChanges() const { return !m_batch.isEmpty(); }
    const BoardBatch &batch() const { return m_batch; }

    /** Writes the import as one undo step on the board it was built for. */
    Status apply(Board &board) const;

private:
    class Builder;

    QList<Item> m_items;
    QStringList m_sprintsCreated, m_sprintsUpdated, m_membersCreated;
    QList<Mapping> m_mappings;
    QList<ImportWarning> m_warnings;
    QList<QString> m_warningSources;
    QString m_label;
    BoardBatch m_batch;
};

} // namespace SprintDeck

#pragma once

#include "core/models/roles.h"

#include <QAbstractListModel>
#include <QPointer>

namespace SprintDeck {

class Board;
struct Card;

/**
 * The board's workflow columns with their totals for one sprint: card count,
 * points and whether the WIP limit is exceeded. Editing the name through
 * setData() renames the column through the Board.
 */
class ColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ColumnModel(Board *board, QObject *parent = nullptr);

    void setSprint(qint64 sprintId);
    qint64 sprintId() const { return m_sprintId; }
    /** What one column of the sprint holds; kept up to date as cards change. */
    struct Totals
    {
        int count = 0;
        double points = 0;
        int blocked = 0;
    };
    Totals totals(qint64 columnId) const;
    qint64 columnId(int row) const;
    int rowOf(qint64 columnId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    /** Exact running totals: points in thousandths, so that moving cards back and forth never
     * drifts. */
    struct Sums
    {
        int count = 0;
        qint64 milliPoints = 0;
        int blocked = 0;
        void add(const Card &card, int sign);
    };
    void recount();
    void onCardsChanged(const QList<Card> &before);
    /** Adds (+1) or takes away (-1) the cards of this sprint, noting the columns touched. */
    void account(const Card &card, int sign, QList<qint64> &columns);
    void emitChanged(const QList<qint64> &columnIds);

    QPointer<Board> m_board;
    qint64 m_sprintId = 0;
    Sums countColumn(qint64 columnId) const;

    QHash<qint64, Sums> m_totals; // by column id
};

} // namespace SprintDeck

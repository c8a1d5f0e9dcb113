#pragma once

#include "core/models/cardfilter.h"
#include "core/models/roles.h"

#include <QAbstractListModel>
#include <QPointer>

namespace SprintDeck {

class Board;
struct Card;

/**
 * The cards of one board cell in board order: a column of a sprint, optionally
 * one swimlane of it, or the backlog. Follows the Board's batched change
 * signals with precise row inserts, removals and moves. Dropping cards on it
 * moves them through the Board (one undo step).
 */
class CardListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr const char *kMimeType = "application/x-sprintdeck-cards";

    explicit CardListModel(Board *board, QObject *parent = nullptr);

    /**
     * Shows a sprint column; sprintId 0 shows the backlog (all columns). The column is kept
     * while the backlog is shown, so a board cell set to "no sprint" shows its column again
     * once it is given a sprint.
     */
    void setList(qint64 sprintId, qint64 columnId);
    qint64 sprintId() const { return m_sprintId; }
    qint64 columnId() const { return m_columnId; }
    /** Restricts to one swimlane: a priority (1..4) or an assignee id (0: unassigned). */
    void setLane(LaneMode mode, qint64 value);
    LaneMode laneMode() const { return m_laneMode; }
    qint64 laneValue() const { return m_laneValue; }
    void setFilter(const CardFilter &filter);
    const CardFilter &filter() const { return m_filter; }

    qint64 cardId(int row) const { return m_rows.value(row); }
    int rowOf(qint64 cardId) const { return int(m_rows.indexOf(cardId)); }
    const QList<qint64> &cardIds() const { return m_rows; }
    double totalPoints() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /** Card ids carried by a drag started from any card model. */
    static QList<qint64> idsFromMime(const QMimeData *data);
    /** Moves cards into this cell before `row` (end when -1), changing their lane field too. */
    bool dropCards(const QList<qint64> &ids, int row);

signals:
    /** A drop or move was refused by the Board; the message is for the user. */
    void actionFailed(const QString &message);

private:
    bool accepts(const Card &card) const;
    /** The card's sprint and column are this model's list (lane and filter aside). */
    bool inList(const Card &card) const;
    /** accepts() for a card of this model's list (its sprint and column are right). */
    bool listedCardAccepted(qint64 id) const;
    bool inLane(const Card &card) const;
    /** The column of the Board's list: 0 for the backlog, which spans every column. */
    qint64 listColumnId() const { return m_sprintId ? m_columnId : 0; }
    int sortedRow(qint64 id) const;
    void rebuild();
    void onCardsAdded(const QList<qint64> &ids);
    void onCardsRemoved(const QList<Card> &last);
    void onCardsChanged(const QList<Card> &before);

    QPointer<Board> m_board;
    qint64 m_sprintId = 0;
    qint64 m_columnId = 0;
    LaneMode m_laneMode = LaneMode::None;
    qint64 m_laneValue = 0;
    CardFilter m_filter;
    CardMatcher m_matcher;
    QList<qint64> m_rows;
};

} // namespace SprintDeck

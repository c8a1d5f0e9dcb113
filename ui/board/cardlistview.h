#pragma once

#include <QListView>

namespace SprintDeck {

class CardListModel;

/**
 * A list of painted cards: one board cell or the backlog. Virtualized (uniform
 * item sizes), drags the selected cards with a card-shaped pixmap, shows a drop
 * line between cards, and reports keys the board handles across cells.
 */
class CardListView : public QListView
{
    Q_OBJECT
public:
    explicit CardListView(QWidget *parent = nullptr);

    void setCardModel(CardListModel *model);
    CardListModel *cardModel() const { return m_model; }

    /** The selected cards in list order; the current card when nothing is selected. */
    QList<qint64> selectedCardIds() const;
    /** Selects these cards (those shown here), makes the first current and scrolls to it. */
    bool selectCards(const QList<qint64> &ids);
    qint64 currentCardId() const;

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    void setOverWip(bool over);
    void setRoundedTop(bool rounded);
    /** Row a drop at `pos` (viewport coordinates) inserts before; rowCount() for the end. */
    int dropRowAt(const QPoint &pos) const;

signals:
    void focused(SprintDeck::CardListView *view);
    /** Left/Right, or Up on the first / Down on the last card: leave this cell. */
    void navigateRequested(SprintDeck::CardListView *view, int key);
    void editRequested(SprintDeck::CardListView *view, qint64 cardId);
    void quickAddRequested(SprintDeck::CardListView *view);
    /** Cards were dropped here (after the Board moved them). */
    void cardsDropped(SprintDeck::CardListView *view, const QList<qint64> &ids);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QPixmap dragPixmap(const QModelIndexList &rows, QPoint *hotSpot);
    void setDropRow(int row);

    CardListModel *m_model = nullptr;
    QString m_emptyText;
    int m_dropRow = -1;
    bool m_overWip = false;
    bool m_roundedTop = true;
};

} // namespace SprintDeck

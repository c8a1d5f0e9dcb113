#pragma once

#include <QCache>
#include <QFont>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace SprintDeck {

/**
 * Paints a card from the card model's roles: type glyph, key, title (two
 * lines, elided), points badge, priority stripe, blocked marker, label chips,
 * checklist progress and the assignee's initials. Every card has the same
 * height, so list views can use uniform item sizes at any scale.
 */
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The fixed height of a card row (card plus the gap around it) for a font. */
    int rowHeight(const QFont &font) const;
    /** Space around a card inside its row; the gap between cards is twice the vertical margin. */
    static constexpr int kMarginX = 6;
    static constexpr int kMarginY = 4;

private:
    struct Metrics
    {
        QFont base, key, title, small, badge;
        int keyHeight = 0;
        int titleLine = 0;
        int smallHeight = 0;
        int avatar = 0;
        int chipHeight = 0;
        int bottomHeight = 0;
        int rowHeight = 0;
    };
    const Metrics &metrics(const QFont &font) const;
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
    static QString cacheKey(const QStyleOptionViewItem &option, const QModelIndex &index,
                            qreal dpr);

    mutable Metrics m_metrics;
    /// Cards as painted, keyed by everything that is drawn: a repaint of the same card (a row
    /// moved in, a column scrolled) copies pixels instead of laying out text again.
    mutable QCache<QString, QPixmap> m_cards;
};

} // namespace SprintDeck

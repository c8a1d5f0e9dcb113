#pragma once

#include <QCache>
#include <QFont>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace SprintDeck {

class CardAges;

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

    /** Shows each card's days in progress from `ages` (nullptr: no age markers). */
    void setAges(const CardAges *ages) { m_ages = ages; }
    const CardAges *ages() const { return m_ages; }

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
    QString cacheKey(const QStyleOptionViewItem &option, const QModelIndex &index, qreal dpr) const;
    /** Days in progress of the card, 0 when not shown. */
    int ageOf(const QModelIndex &index) const;

    mutable Metrics m_metrics;
    /// Cards as painted, keyed by everything that is drawn: a repaint of the same card (a row
    /// moved in, a column scrolled) copies pixels instead of laying out text again.
    mutable QCache<QString, QPixmap> m_cards;
    const CardAges *m_ages = nullptr;
};

} // namespace SprintDeck

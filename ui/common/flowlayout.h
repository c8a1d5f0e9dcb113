#pragma once

#include <QLayout>
#include <QList>

namespace SprintDeck {

/**
 * Lays its items out left to right and starts a new row when the next one does not fit,
 * so a row of chips grows taller in a narrow window instead of squeezing its buttons
 * over each other. Items keep their size hints, except that items which expand
 * horizontally share what their row leaves free; rows are as high as their tallest item
 * and their items are centred vertically.
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 6, int vSpacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /** Places the items in `rect` (only when `apply`) and returns the height used. */
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace SprintDeck

#include "ui/common/flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace SprintDeck {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize().expandedTo(item->sizeHint()));
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0, height = 0, visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++visible;
    }
    width += std::max(0, visible - 1) * m_hSpacing;
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // First pass: split the items into rows; second: place each row centred on its height.
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = item->sizeHint().width();
        if (x > 0 && x + width > area.width()) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        rows.last().append(item);
        x += width + m_hSpacing;
    }
    int y = area.y();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int rowHeight = 0, rowWidth = -m_hSpacing;
        for (const QLayoutItem *item : row) {
            rowHeight = std::max(rowHeight, item->sizeHint().height());
            rowWidth += item->sizeHint().width() + m_hSpacing;
        }
        // What the row leaves free goes to the items that want to grow (a search field),
        // up to their maximum widths.
        int spare = std::max(0, area.width() - rowWidth);
        int left = area.x();
        for (QLayoutItem *item : row) {
            QSize size = item->sizeHint();
            if (spare > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                const int grow = std::min(spare, item->maximumSize().width() - size.width());
                size.rwidth() += std::max(0, grow);
                spare -= std::max(0, grow);
            }
            if (apply)
                item->setGeometry(QRect(QPoint(left, y + (rowHeight - size.height()) / 2), size));
            left += size.width() + m_hSpacing;
        }
        y += rowHeight + m_vSpacing;
    }
    const int used = y - area.y() - (y > area.y() ? m_vSpacing : 0);
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

} // namespace SprintDeck

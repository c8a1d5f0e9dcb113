#include "core/slides/slidepainter.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

SlidePainter::SlidePainter(SlideTheme theme)
    : m_theme(std::move(theme))
    , m_charts(m_theme, m_fitter)
{}

void SlidePainter::paint(QPainter &painter, const SlidePage &page, const QRectF &target) const
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / kSlideWidth, target.height() / kSlideHeight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Fonts are sized for the device's resolution; this makes one point one slide unit.
    const double fontScale = 72.0 / painter.device()->logicalDpiY();

    painter.fillRect(QRectF(0, 0, kSlideWidth, kSlideHeight), page.background);
    for (const SlideItem &item : page.items) {
        if (const auto *shape = std::get_if<ShapeBox>(&item)) {
            painter.setPen(shape->outline.isValid() ? QPen(shape->outline, 1) : QPen(Qt::NoPen));
            painter.setBrush(shape->fill.isValid() ? QBrush(shape->fill) : QBrush(Qt::NoBrush));
            if (shape->radius > 0)
                painter.drawRoundedRect(shape->rect, shape->radius, shape->radius);
            else
                painter.drawRect(shape->rect);
        } else if (const auto *text = std::get_if<TextBox>(&item)) {
            paintText(painter, *text, fontScale);
        } else if (const auto *table = std::get_if<TableBox>(&item)) {
            paintTable(painter, *table, fontScale);
        } else if (const auto *chart = std::get_if<ChartBox>(&item)) {
            m_charts.paint(painter, *chart, fontScale);
        }
    }
    painter.restore();
}

QImage SlidePainter::render(const SlidePage &page, int width, qreal devicePixelRatio) const
{
    const int height = qRound(width * kSlideHeight / kSlideWidth);
    QImage image(QSize(width, height) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(page.background);
    QPainter painter(&image);
    paint(painter, page, QRectF(0, 0, width, height));
    painter.end();
    return image;
}

void SlidePainter::paintText(QPainter &painter, const TextBox &box, double fontScale) const
{
    const double height = m_fitter.paragraphsHeight(box.paragraphs);
    double y = box.rect.top();
    if (box.anchor == TextBox::Anchor::Middle)
        y += (box.rect.height() - height) / 2;
    else if (box.anchor == TextBox::Anchor::Bottom)
        y = box.rect.bottom() - height;

    for (int i = 0; i < box.paragraphs.size(); ++i) {
        const TextParagraph &p = box.paragraphs.at(i);
        if (i > 0)
            y += p.spaceBefore;
        QFont font = m_fitter.font(p.size, p.bold);
        font.setPointSizeF(p.size * fontScale);
        painter.setFont(font);
        painter.setPen(p.color);
        const double lh = m_fitter.lineHeight(p.size, p.bold);
        const double ascent = m_fitter.ascent(p.size, p.bold);
        const double indent = p.bullet ? TextFitter::bulletIndent(p.size) : 0;
        if (p.bullet)
            painter.drawText(QPointF(box.rect.left(), y + ascent), u"\u2022"_s);
        for (const QString &line : p.lines) {
            double x = box.rect.left() + indent;
            if (p.align != TextAlign::Left) {
                const double w = m_fitter.textWidth(line, p.size, p.bold);
                x = p.align == TextAlign::Right ? box.rect.right() - w
                                                : box.rect.center().x() - w / 2;
            }
            painter.drawText(QPointF(x, y + ascent), line);
            y += lh;
        }
    }
}

void SlidePainter::paintTable(QPainter &painter, const TableBox &box, double fontScale) const
{
    double y = box.rect.top();
    for (int r = 0; r < box.rows.size(); ++r) {
        const QList<TableCell> &cells = box.rows.at(r);
        const double rowHeight = box.rowHeights.value(r);
        double x = box.rect.left();
        for (int c = 0; c < cells.size() && c < box.columnWidths.size(); ++c) {
            const TableCell &cell = cells.at(c);
            const double w = box.columnWidths.at(c);
            const QRectF cellRect(x, y, w, rowHeight);
            if (cell.fill.isValid())
                painter.fillRect(cellRect, cell.fill);
            QFont font = m_fitter.font(box.fontSize, cell.bold);
            font.setPointSizeF(box.fontSize * fontScale);
            painter.setFont(font);
            painter.setPen(cell.color);
            const double lh = m_fitter.lineHeight(box.fontSize, cell.bold);
            const double ascent = m_fitter.ascent(box.fontSize, cell.bold);
            double ty = y + (rowHeight - lh * cell.lines.size()) / 2;
            for (const QString &line : cell.lines) {
                double tx = x + box.paddingX;
                if (cell.align != TextAlign::Left) {
                    const double tw = m_fitter.textWidth(line, box.fontSize, cell.bold);
                    tx = cell.align == TextAlign::Right ? x + w - box.paddingX - tw
                                                        : x + (w - tw) / 2;
                }
                painter.drawText(QPointF(tx, ty + ascent), line);
                ty += lh;
            }
            x += w;
        }
        y += rowHeight;
        if (r + 1 < box.rows.size()) {
            painter.setPen(QPen(box.gridLine, 0.75));
            painter.drawLine(QPointF(box.rect.left(), y), QPointF(box.rect.right(), y));
        }
    }
    painter.setPen(QPen(box.gridLine, 0.75));
    painter.drawLine(QPointF(box.rect.left(), y), QPointF(box.rect.right(), y));
}

} // namespace SprintDeck

#pragma once

#include "core/slides/chartpainter.h"
#include "core/slides/slidepage.h"
#include "core/slides/slidetheme.h"
#include "core/slides/textfitter.h"

#include <QImage>

class QPainter;

namespace SprintDeck {

/**
 * Paints laid-out slides with QPainter: the PDF pages, the thumbnails and the
 * large preview all come from here, as vectors (text stays text in the PDF).
 */
class SlidePainter
{
public:
    explicit SlidePainter(SlideTheme theme);
    // The chart painter refers to this object's theme and fitter.
    SlidePainter(const SlidePainter &) = delete;
    SlidePainter &operator=(const SlidePainter &) = delete;

    /**
     * Paints a page into `target` (device coordinates), scaled from the
     * 960 x 540 point slide. Works on any device whatever its resolution.
     */
    void paint(QPainter &painter, const SlidePage &page, const QRectF &target) const;

    /** The page as an image `width` pixels wide (thumbnails, preview). */
    QImage render(const SlidePage &page, int width, qreal devicePixelRatio = 1.0) const;

private:
    void paintText(QPainter &painter, const TextBox &box, double fontScale) const;
    void paintTable(QPainter &painter, const TableBox &box, double fontScale) const;

    SlideTheme m_theme;
    TextFitter m_fitter;
    ChartPainter m_charts;
};

} // namespace SprintDeck

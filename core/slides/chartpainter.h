#pragma once

#include "core/slides/slidepage.h"
#include "core/slides/slidetheme.h"

class QPainter;

namespace SprintDeck {

class TextFitter;

/**
 * Draws a chart from its series with QPainter, as vectors: title, gridlines,
 * axis labels, lines with markers, clustered bars with their values, legend.
 * Used for the PDF, the thumbnails and the preview; the PPTX gets the same
 * series as a native chart.
 */
class ChartPainter
{
public:
    ChartPainter(const SlideTheme &theme, const TextFitter &fitter);

    /** Paints in slide coordinates (points); `fontScale` turns points into the device's font size.
     */
    void paint(QPainter &painter, const ChartBox &box, double fontScale) const;

private:
    /** A scatter chart's day axis, lines and dots in `plot` (title, legend, values done). */
    void paintScatter(QPainter &painter, const ChartBox &box, const QRectF &plot,
                      double fontScale) const;

    const SlideTheme &m_theme;
    const TextFitter &m_fitter;
};

} // namespace SprintDeck

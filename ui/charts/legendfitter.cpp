#include "ui/charts/legendfitter.h"

#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
// A legend entry is its name, a square marker as high as the font and some room around
// both (Qt Charts pads each entry by a few pixels on either side).
constexpr qreal kEntryPadding = 20;
constexpr qreal kLegendPadding = 20;
} // namespace

LegendFitter::LegendFitter(QChartView *view, QLabel *compact)
    : QObject(view)
    , m_view(view)
    , m_compact(compact)
{
    m_compact->setWordWrap(true);
    m_compact->setTextFormat(Qt::RichText);
    m_compact->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_compact->hide();
    // Resizing the view resizes the chart, and a rebuilt chart lays itself out again:
    // both move the plot area. Queued: the plot area moves while the chart's cell is being
    // laid out, and a label resized then would keep its stale place.
    connect(view->chart(), &QChart::plotAreaChanged, this, &LegendFitter::fit,
            Qt::QueuedConnection);
}

qreal LegendFitter::rowWidth(const QChartView *view)
{
    const QLegend *legend = view->chart()->legend();
    const QFontMetricsF metrics(legend->font());
    qreal width = kLegendPadding;
    for (const QLegendMarker *marker : legend->markers())
        if (marker->isVisible())
            width += metrics.horizontalAdvance(marker->label()) + metrics.height() + kEntryPadding;
    return width;
}

void LegendFitter::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QChart *chart = m_view->chart();
    const QMargins margins = chart->margins();
    const qreal available = chart->size().width() - margins.left() - margins.right();
    // A hidden legend's markers all read as hidden: measure while the legend is shown.
    // A rebuilt chart shows its legend, so what is measured is never stale.
    if (chart->legend()->isVisible()) {
        m_rowWidth = rowWidth(m_view);
        m_compact->setText(compactText());
    }
    const bool fits = m_rowWidth <= available;
    if (chart->legend()->isVisible() != fits)
        chart->legend()->setVisible(fits);
    if (!fits) {
        // Layouts do not give a wrapping label the height of its lines by themselves.
        const int lines = m_compact->heightForWidth(m_view->width());
        if (m_compact->minimumHeight() != lines)
            m_compact->setMinimumHeight(lines);
    }
    m_compact->setVisible(!fits);
    m_fitting = false;
}

QString LegendFitter::compactText() const
{
    // A coloured square before each name, as in the chart's legend; entries never break
    // inside, lines break between them.
    QStringList entries;
    for (const QLegendMarker *marker : m_view->chart()->legend()->markers()) {
        if (!marker->isVisible())
            continue;
        // A note without a line (no forecast) has no swatch in the chart's legend either.
        if (marker->brush().color().alpha() == 0) {
            entries.append(u"<span style=\"white-space:nowrap\">%1</span>"_s.arg(
                marker->label().toHtmlEscaped()));
            continue;
        }
        entries.append(u"<span style=\"white-space:nowrap\"><span style=\"color:%1\">"
                       u"\u25a0</span>&nbsp;%2</span>"_s.arg(marker->brush().color().name(),
                                                             marker->label().toHtmlEscaped()));
    }
    return entries.join(u" &nbsp; "_s);
}

} // namespace SprintDeck

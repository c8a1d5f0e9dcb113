#include "core/slides/chartpainter.h"
#include "core/analytics/dateaxis.h"
#include "core/slides/textfitter.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString axisLabel(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

ChartPainter::ChartPainter(const SlideTheme &theme, const TextFitter &fitter)
    : m_theme(theme)
    , m_fitter(fitter)
{}

void ChartPainter::paint(QPainter &painter, const ChartBox &box, double fontScale) const
{
    const ChartData &chart = box.chart;
    const QRectF rect = box.rect;
    const double size = box.fontSize;
    auto setFont = [&](double pt, bool bold) {
        QFont f = m_fitter.font(pt, bold);
        f.setPointSizeF(pt * fontScale);
        painter.setFont(f);
    };
    auto textWidth = [&](const QString &text, double pt, bool bold) {
        return m_fitter.textWidth(text, pt, bold);
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Lines are paths: a brush left over from a filled shape would fill them.
    painter.setBrush(Qt::NoBrush);

    // Title, centred at the top.
    double top = rect.top();
    const double titleSize = size + 3;
    if (!chart.title.isEmpty()) {
        setFont(titleSize, true);
        painter.setPen(m_theme.text());
        const QString title = m_fitter.elide(chart.title, titleSize, true, rect.width());
        const double w = textWidth(title, titleSize, true);
        painter.drawText(QPointF(rect.center().x() - w / 2, top + m_fitter.ascent(titleSize, true)),
                         title);
        top += m_fitter.lineHeight(titleSize, true) + 8;
    }

    // Legend, centred at the bottom: a swatch and the name of each series.
    const double lh = m_fitter.lineHeight(size, false);
    double bottom = rect.bottom();
    if (!chart.series.isEmpty()) {
        const double swatch = 18;
        double total = 0;
        for (const ChartSeries &s : chart.series)
            total += swatch + 6 + textWidth(s.name, size, false) + 20;
        total -= 20;
        double x = rect.center().x() - total / 2;
        const double y = bottom - lh / 2;
        setFont(size, false);
        for (const ChartSeries &s : chart.series) {
            const QColor color = m_theme.seriesColor(s.tone);
            if (s.style == ChartSeries::Style::Bars) {
                painter.fillRect(QRectF(x + 3, y - 5, swatch - 6, 10), color);
            } else if (s.style == ChartSeries::Style::Dots) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
                painter.drawEllipse(QPointF(x + swatch / 2, y), 4, 4);
                painter.setBrush(Qt::NoBrush);
            } else if (s.style == ChartSeries::Style::Markers) {
                QPainterPath diamond;
                diamond.moveTo(x + swatch / 2, y - 5);
                diamond.lineTo(x + swatch / 2 + 5, y);
                diamond.lineTo(x + swatch / 2, y + 5);
                diamond.lineTo(x + swatch / 2 - 5, y);
                diamond.closeSubpath();
                painter.fillPath(diamond, color);
            } else {
                QPen pen(color, 2.25);
                if (s.style == ChartSeries::Style::DashedLine)
                    pen.setDashPattern({3, 2});
                painter.setPen(pen);
                painter.drawLine(QPointF(x, y), QPointF(x + swatch, y));
            }
            x += swatch + 6;
            painter.setPen(m_theme.text());
            painter.drawText(QPointF(x, bottom - lh + m_fitter.ascent(size, false)), s.name);
            x += textWidth(s.name, size, false) + 20;
        }
        bottom -= lh + 10;
    }

    // Value axis: labels on the left, gridlines across.
    const double axisMax = chart.axisMax();
    const double step = chart.axisStep();
    double labelWidth = 0;
    for (double v = 0; v <= axisMax + step / 1000; v += step)
        labelWidth = std::max(labelWidth, textWidth(axisLabel(v), size, false));
    double left = rect.left() + labelWidth + 8;
    if (!chart.valueAxisTitle.isEmpty())
        left += lh + 4;
    const double right = rect.right() - 8;
    const double categoryBand = lh + 6;
    const QRectF plot(left, top + lh / 2, right - left, bottom - categoryBand - (top + lh / 2));
    if (plot.width() <= 10 || plot.height() <= 10) {
        painter.restore();
        return;
    }
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / axisMax; };

    setFont(size, false);
    for (double v = 0; v <= axisMax + step / 1000; v += step) {
        const double y = yOf(v);
        painter.setPen(QPen(v == 0 ? m_theme.mutedText() : m_theme.gridLine(), 0.75));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(m_theme.mutedText());
        const QString label = axisLabel(v);
        painter.drawText(QPointF(plot.left() - 6 - textWidth(label, size, false),
                                 y - lh / 2 + m_fitter.ascent(size, false)),
                         label);
    }
    if (!chart.valueAxisTitle.isEmpty()) {
        painter.save();
        painter.setPen(m_theme.mutedText());
        const double w = textWidth(chart.valueAxisTitle, size, false);
        painter.translate(rect.left() + m_fitter.ascent(size, false), plot.center().y() + w / 2);
        painter.rotate(-90);
        painter.drawText(QPointF(0, 0), chart.valueAxisTitle);
        painter.restore();
    }

    if (chart.isScatter()) {
        paintScatter(painter, box, plot, fontScale);
        painter.restore();
        return;
    }

    // Category positions: on the slots' centres for bars, edge to edge for lines.
    const int n = int(chart.categories.size());
    if (n == 0) {
        painter.restore();
        return;
    }
    const bool bars = chart.isBarChart();
    const double slot = plot.width() / (bars ? n : std::max(1, n - 1));
    auto xOf = [&](int i) {
        if (bars)
            return plot.left() + slot * (i + 0.5);
        return n == 1 ? plot.center().x() : plot.left() + slot * i;
    };

    // Category labels, thinned out when they would overlap.
    double widest = 0;
    for (const QString &c : chart.categories)
        widest = std::max(widest, textWidth(c, size, false));
    const double spacing = bars ? slot : (n > 1 ? plot.width() / (n - 1) : plot.width());
    // Days are thinned in the steps a reader counts in (a week, a fortnight…), as in the app.
    const int every = bars ? std::max(1, int(std::ceil((widest + 8) / std::max(1.0, spacing))))
                           : DateAxis::tickStep(std::max(1, n - 1), plot.width(), widest + 8);
    painter.setPen(m_theme.mutedText());
    for (int i = 0; i < n; i += every) {
        const QString &label = chart.categories.at(i);
        const double w = textWidth(label, size, false);
        double x = xOf(i) - w / 2;
        x = std::clamp(x, rect.left(), rect.right() - w);
        painter.drawText(QPointF(x, plot.bottom() + 4 + m_fitter.ascent(size, false)), label);
    }

    // Bars first, then lines and markers over them.
    int barSeries = 0;
    for (const ChartSeries &s : chart.series)
        barSeries += s.style == ChartSeries::Style::Bars;
    if (barSeries > 0) {
        const double group = slot / 1.8; // a gap of 80 % of a bar group, as in the PPTX
        const double barWidth = group / barSeries;
        int b = 0;
        for (const ChartSeries &s : chart.series) {
            if (s.style != ChartSeries::Style::Bars)
                continue;
            const QColor color = m_theme.seriesColor(s.tone);
            for (int i = 0; i < n && i < s.values.size(); ++i) {
                if (!s.values.at(i))
                    continue;
                const double v = *s.values.at(i);
                const double x = xOf(i) - group / 2 + b * barWidth;
                const QRectF bar(x, yOf(v), barWidth, plot.bottom() - yOf(v));
                painter.fillRect(bar.adjusted(barWidth * 0.06, 0, -barWidth * 0.06, 0), color);
                if (!s.valueLabels)
                    continue;
                const QString label = axisLabel(v);
                const double w = textWidth(label, size - 1, false);
                setFont(size - 1, false);
                painter.setPen(m_theme.text());
                painter.drawText(QPointF(x + barWidth / 2 - w / 2, yOf(v) - 4), label);
            }
            ++b;
        }
    }
    for (const ChartSeries &s : chart.series) {
        if (s.style == ChartSeries::Style::Bars)
            continue;
        const QColor color = m_theme.seriesColor(s.tone);
        if (s.style == ChartSeries::Style::Markers) {
            for (int i = 0; i < n && i < s.values.size(); ++i) {
                if (!s.values.at(i))
                    continue;
                const QPointF c(xOf(i), yOf(*s.values.at(i)));
                QPainterPath diamond;
                diamond.moveTo(c + QPointF(0, -6));
                diamond.lineTo(c + QPointF(6, 0));
                diamond.lineTo(c + QPointF(0, 6));
                diamond.lineTo(c + QPointF(-6, 0));
                diamond.closeSubpath();
                painter.fillPath(diamond, color);
            }
            continue;
        }
        QPen pen(color, s.style == ChartSeries::Style::DashedLine ? 2 : 2.75);
        if (s.style == ChartSeries::Style::DashedLine)
            pen.setDashPattern({3, 2});
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath path;
        bool open = false;
        QList<QPointF> points;
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            if (!s.values.at(i)) {
                open = false; // a gap, as the PPTX shows blanks
                continue;
            }
            const QPointF p(xOf(i), yOf(*s.values.at(i)));
            if (open)
                path.lineTo(p);
            else
                path.moveTo(p);
            open = true;
            points.append(p);
        }
        painter.drawPath(path);
        if (s.style == ChartSeries::Style::Line && n <= 31) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            for (const QPointF &p : points)
                painter.drawEllipse(p, 3.2, 3.2);
            painter.setBrush(Qt::NoBrush);
        }
    }
    painter.restore();
}

void ChartPainter::paintScatter(QPainter &painter, const ChartBox &box, const QRectF &plot,
                                double fontScale) const
{
    const ChartData &chart = box.chart;
    const double size = box.fontSize;
    QFont font = m_fitter.font(size, false);
    font.setPointSizeF(size * fontScale);
    painter.setFont(font);
    const double axisMax = chart.axisMax();
    const int span = std::max(1, chart.dayCount() - 1);
    auto pointAt = [&](const QPointF &p) {
        return QPointF(plot.left() + plot.width() * p.x() / span,
                       plot.bottom() - plot.height() * p.y() / axisMax);
    };

    // Day labels under the axis, thinned in the steps a reader counts in, as in the app.
    const auto dayLabel = [](QDate d) { return QLocale().toString(d, u"d MMM"_s); };
    double widest = 0;
    for (int i = 0; i <= span; ++i)
        widest =
            std::max(widest, m_fitter.textWidth(dayLabel(chart.firstDay.addDays(i)), size, false));
    const int every = DateAxis::tickStep(span, plot.width(), widest + 8);
    painter.setPen(m_theme.mutedText());
    for (int i = 0; i <= span; i += every) {
        const QString label = dayLabel(chart.firstDay.addDays(i));
        const double w = m_fitter.textWidth(label, size, false);
        const double x =
            std::clamp(pointAt(QPointF(i, 0)).x() - w / 2, box.rect.left(), box.rect.right() - w);
        painter.drawText(QPointF(x, plot.bottom() + 4 + m_fitter.ascent(size, false)), label);
    }

    // Lines (the percentiles) under the dots.
    for (const ChartSeries &s : chart.series) {
        if (s.style == ChartSeries::Style::Dots || s.points.size() < 2)
            continue;
        QPen pen(m_theme.seriesColor(s.tone), s.style == ChartSeries::Style::DashedLine ? 1.5 : 2);
        if (s.style == ChartSeries::Style::DashedLine)
            pen.setDashPattern({4, 3});
        painter.setPen(pen);
        QPainterPath path(pointAt(s.points.constFirst()));
        for (const QPointF &p : s.points.sliced(1))
            path.lineTo(pointAt(p));
        painter.drawPath(path);
    }
    // Dots, translucent so that cards done on the same day after as many days show as darker.
    for (const ChartSeries &s : chart.series) {
        if (s.style != ChartSeries::Style::Dots)
            continue;
        QColor color = m_theme.seriesColor(s.tone);
        color.setAlphaF(0.7);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (const QPointF &p : s.points)
            painter.drawEllipse(pointAt(p), 4, 4);
        painter.setBrush(Qt::NoBrush);
    }
}

} // namespace SprintDeck

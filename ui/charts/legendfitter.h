#pragma once

#include <QObject>

class QChartView;
class QLabel;

namespace SprintDeck {

/**
 * Keeps a chart's legend readable when its view is narrow: Qt Charts lays its legend out
 * on one row and elides every name down to its first letter when the row is too short
 * ("I… S… R…"). When the names do not fit side by side, the fitter hides the chart's
 * legend and shows the names in a compact legend instead, a label under the chart that
 * wraps onto more lines; when they fit again, the chart's own legend comes back.
 * The choice is made whenever the chart lays itself out: when the view is resized and
 * when the chart is rebuilt (which shows its legend again).
 */
class LegendFitter : public QObject
{
    Q_OBJECT
public:
    /** `compact` is the label that stands in for the legend; the fitter fills it. */
    LegendFitter(QChartView *view, QLabel *compact);

    /** The width the legend needs to show every visible name on one row. */
    static qreal rowWidth(const QChartView *view);

private:
    void fit();
    QString compactText() const;

    QChartView *m_view;
    QLabel *m_compact;
    qreal m_rowWidth = 0;
    bool m_fitting = false;
};

} // namespace SprintDeck

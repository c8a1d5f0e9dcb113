#pragma once

#include "core/slides/deck.h"
#include "core/slides/slidetheme.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace SprintDeck {

class XmlPart;

/**
 * A chart of a PPTX deck as a native DrawingML chart part (c:chartSpace):
 * line and clustered bar charts, and scatter charts over days, with their values cached in the part
 * (c:strCache/c:numCache), so LibreOffice and PowerPoint draw and edit them,
 * plus the embedded workbook holding the same table for PowerPoint's
 * "Edit Data".
 */
class PptxChart
{
public:
    /** `width`: the chart's frame on the slide in points (0: unknown), to thin its date labels. */
    PptxChart(const ChartData &chart, const SlideTheme &theme, double fontSize, double width = 0);

    /** Every how many categories a label is shown, so that labels do not overlap (1: all). */
    int labelSkip() const;

    /** The chart part; `workbookRelId` is the relationship id of the embedded workbook. */
    QByteArray chartXml(const QString &workbookRelId) const;
    /** The embedded workbook (.xlsx): categories in column A, one series per column. */
    QByteArray workbook() const;

    /** A spreadsheet column name: 0 -> "A", 26 -> "AA". */
    static QString columnName(int index);

private:
    /** Line and bar charts over categories: the plot's charts and axes. */
    void categoryPlot(XmlPart &x) const;
    /** The value axis on the left; `crosses` and `crossBetween` as c:valAx takes them. */
    void valueAxis(XmlPart &x, const QString &crosses, const QString &crossBetween) const;
    /** A scatter chart: its series over a day axis and a value axis. */
    void scatterPlot(XmlPart &x) const;
    /** Scatter charts: the workbook row of each series' first point, then the row after the last.
     */
    QList<int> scatterRows() const;
    /** A day of a scatter chart (days after its first day) as a spreadsheet date. */
    double serial(double day) const;

    const ChartData &m_chart;
    const SlideTheme &m_theme;
    double m_fontSize;
    double m_width;
};

} // namespace SprintDeck

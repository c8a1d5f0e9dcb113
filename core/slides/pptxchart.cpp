#include "core/slides/pptxchart.h"
#include "core/analytics/dateaxis.h"
#include "core/slides/ooxml.h"
#include "core/slides/xmlpart.h"
#include "core/slides/zipwriter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

constexpr int kCategoryAxis = 500100;
constexpr int kValueAxis = 500200;

/** Spreadsheet dates count days from 30 December 1899 (the 1900 date system). */
const QDate kSerialEpoch(1899, 12, 30);

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

void fill(XmlPart &x, const QColor &color)
{
    x.start("a:solidFill");
    x.empty("a:srgbClr", {{"val", SlideTheme::hex(color)}});
    x.end();
}

void noLine(XmlPart &x)
{
    x.start("a:ln");
    x.empty("a:noFill");
    x.end();
}

/** Text properties (c:txPr) of chart text: size, colour, bold, the deck's font. */
void textProperties(XmlPart &x, double size, const QColor &color, bool bold = false)
{
    x.start("c:txPr");
    x.empty("a:bodyPr");
    x.empty("a:lstStyle");
    x.start("a:p");
    x.start("a:pPr");
    x.start("a:defRPr",
            {{"sz", QString::number(qRound(size * 100))}, {"b", bold ? u"1"_s : u"0"_s}});
    fill(x, color);
    x.empty("a:latin", {{"typeface", SlideTheme::fontFamily()}});
    x.empty("a:cs", {{"typeface", SlideTheme::fontFamily()}});
    x.end();
    x.end();
    x.empty("a:endParaRPr", {{"lang", u"en-US"_s}});
    x.end();
    x.end();
}

void richText(XmlPart &x, const QString &text, double size, const QColor &color, bool bold)
{
    x.start("c:tx");
    x.start("c:rich");
    x.empty("a:bodyPr");
    x.empty("a:lstStyle");
    x.start("a:p");
    x.start("a:pPr");
    x.start("a:defRPr",
            {{"sz", QString::number(qRound(size * 100))}, {"b", bold ? u"1"_s : u"0"_s}});
    fill(x, color);
    x.empty("a:latin", {{"typeface", SlideTheme::fontFamily()}});
    x.end();
    x.end();
    x.start("a:r");
    x.start("a:rPr", {{"lang", u"en-US"_s},
                      {"sz", QString::number(qRound(size * 100))},
                      {"b", bold ? u"1"_s : u"0"_s}});
    fill(x, color);
    x.empty("a:latin", {{"typeface", SlideTheme::fontFamily()}});
    x.end();
    x.element("a:t", text);
    x.end();
    x.end();
    x.end();
    x.end();
}

/** A series' name (c:tx), as the workbook's first row holds it in `column`. */
void seriesName(XmlPart &x, const QString &column, const QString &name)
{
    x.start("c:tx");
    x.start("c:strRef");
    x.element("c:f", u"Sheet1!$%1$1"_s.arg(column));
    x.start("c:strCache");
    x.empty("c:ptCount", {{"val", u"1"_s}});
    x.start("c:pt", {{"idx", u"0"_s}});
    x.element("c:v", name);
    x.end();
    x.end();
    x.end();
    x.end();
}

} // namespace

PptxChart::PptxChart(const ChartData &chart, const SlideTheme &theme, double fontSize, double width)
    : m_chart(chart)
    , m_theme(theme)
    , m_fontSize(fontSize)
    , m_width(width)
{}

int PptxChart::labelSkip() const
{
    // Bars of sprint names show every name; lines and bars over days are thinned.
    if (m_width <= 0 || m_chart.categories.isEmpty() ||
        (m_chart.isBarChart() && !m_chart.barsOverDays))
        return 1;
    // The viewer lays the labels out itself: estimate them at an average glyph of 0.55 em, in a
    // plot area that leaves room for the value axis.
    qsizetype longest = 0;
    for (const QString &c : m_chart.categories)
        longest = qMax(longest, c.size());
    const double labelWidth = (double(longest) * 0.55 + 1.0) * m_fontSize;
    const int n = int(m_chart.categories.size());
    if (m_chart.isBarChart()) // as the PDF thins them: just enough for the labels to fit
        return std::max(1, int(std::ceil(labelWidth / (m_width * 0.85 / n))));
    return DateAxis::tickStep(n, m_width * 0.85, labelWidth);
}

QString PptxChart::columnName(int index)
{
    QString name;
    ++index;
    while (index > 0) {
        const int rem = (index - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        index = (index - 1) / 26;
    }
    return name;
}

QByteArray PptxChart::chartXml(const QString &workbookRelId) const
{
    const QColor text = m_theme.text();

    XmlPart x;
    x.start("c:chartSpace", {{"xmlns:c", Ooxml::chartMain},
                             {"xmlns:a", Ooxml::drawingMain},
                             {"xmlns:r", Ooxml::relationships}});
    x.empty("c:date1904", {{"val", u"0"_s}});
    x.empty("c:lang", {{"val", u"en-US"_s}});
    x.empty("c:roundedCorners", {{"val", u"0"_s}});
    x.start("c:chart");
    if (!m_chart.title.isEmpty()) {
        x.start("c:title");
        richText(x, m_chart.title, m_fontSize + 3, text, true);
        x.empty("c:overlay", {{"val", u"0"_s}});
        x.end();
    }
    x.empty("c:autoTitleDeleted", {{"val", m_chart.title.isEmpty() ? u"1"_s : u"0"_s}});
    x.start("c:plotArea");
    x.empty("c:layout");

    if (m_chart.isScatter())
        scatterPlot(x);
    else
        categoryPlot(x);

    x.start("c:spPr");
    x.empty("a:noFill");
    noLine(x);
    x.end();
    x.end(); // plotArea

    x.start("c:legend");
    x.empty("c:legendPos", {{"val", u"b"_s}});
    x.empty("c:overlay", {{"val", u"0"_s}});
    textProperties(x, m_fontSize, text);
    x.end();
    x.empty("c:plotVisOnly", {{"val", u"1"_s}});
    x.empty("c:dispBlanksAs", {{"val", u"gap"_s}});
    x.end(); // chart

    x.start("c:spPr");
    x.empty("a:noFill");
    noLine(x);
    x.end();
    textProperties(x, m_fontSize, text);
    if (!workbookRelId.isEmpty()) {
        x.start("c:externalData", {{"r:id", workbookRelId}});
        x.empty("c:autoUpdate", {{"val", u"0"_s}});
        x.end();
    }
    x.end();
    return x.finish();
}

void PptxChart::valueAxis(XmlPart &x, const QString &crosses, const QString &crossBetween) const
{
    const QColor muted = m_theme.mutedText();
    x.start("c:valAx");
    x.empty("c:axId", {{"val", QString::number(kValueAxis)}});
    x.start("c:scaling");
    x.empty("c:orientation", {{"val", u"minMax"_s}});
    x.empty("c:max", {{"val", number(m_chart.axisMax())}});
    x.empty("c:min", {{"val", u"0"_s}});
    x.end();
    x.empty("c:delete", {{"val", u"0"_s}});
    x.empty("c:axPos", {{"val", u"l"_s}});
    x.start("c:majorGridlines");
    x.start("c:spPr");
    x.start("a:ln", {{"w", u"9525"_s}});
    fill(x, m_theme.gridLine());
    x.end();
    x.end();
    x.end();
    if (!m_chart.valueAxisTitle.isEmpty()) {
        x.start("c:title");
        richText(x, m_chart.valueAxisTitle, m_fontSize, muted, false);
        x.empty("c:overlay", {{"val", u"0"_s}});
        x.end();
    }
    x.empty("c:numFmt", {{"formatCode", u"General"_s}, {"sourceLinked", u"0"_s}});
    x.empty("c:majorTickMark", {{"val", u"none"_s}});
    x.empty("c:minorTickMark", {{"val", u"none"_s}});
    x.empty("c:tickLblPos", {{"val", u"nextTo"_s}});
    x.start("c:spPr");
    noLine(x);
    x.end();
    textProperties(x, m_fontSize, muted);
    x.empty("c:crossAx", {{"val", QString::number(kCategoryAxis)}});
    x.empty("c:crosses", {{"val", crosses}});
    x.empty("c:crossBetween", {{"val", crossBetween}});
    x.empty("c:majorUnit", {{"val", number(m_chart.axisStep())}});
    x.end();
}

QList<int> PptxChart::scatterRows() const
{
    QList<int> first;
    int row = 2;
    for (const ChartSeries &s : m_chart.series) {
        first.append(row);
        row += int(s.points.size());
    }
    first.append(row);
    return first;
}

double PptxChart::serial(double day) const
{
    return double(kSerialEpoch.daysTo(m_chart.firstDay)) + day;
}

void PptxChart::scatterPlot(XmlPart &x) const
{
    const QColor muted = m_theme.mutedText();
    const QList<int> rows = scatterRows();
    // A series' cached points with the workbook range they come from.
    auto numbers = [&](const char *tag, const QString &range, const QList<double> &values,
                       const QString &format) {
        x.start(tag);
        x.start("c:numRef");
        x.element("c:f", range);
        x.start("c:numCache");
        x.element("c:formatCode", format);
        x.empty("c:ptCount", {{"val", QString::number(values.size())}});
        for (int i = 0; i < values.size(); ++i) {
            x.start("c:pt", {{"idx", QString::number(i)}});
            x.element("c:v", number(values.at(i)));
            x.end();
        }
        x.end();
        x.end();
        x.end();
    };

    x.start("c:scatterChart");
    x.empty("c:scatterStyle", {{"val", u"lineMarker"_s}});
    x.empty("c:varyColors", {{"val", u"0"_s}});
    for (int i = 0; i < m_chart.series.size(); ++i) {
        const ChartSeries &s = m_chart.series.at(i);
        const QString column = columnName(i + 1);
        const QColor color = m_theme.seriesColor(s.tone);
        x.start("c:ser");
        x.empty("c:idx", {{"val", QString::number(i)}});
        x.empty("c:order", {{"val", QString::number(i)}});
        seriesName(x, column, s.name);
        x.start("c:spPr");
        if (s.style == ChartSeries::Style::Dots) {
            noLine(x);
        } else {
            const bool dashed = s.style == ChartSeries::Style::DashedLine;
            x.start("a:ln", {{"w", QString::number(dashed ? 19050 : 25400)}, {"cap", u"rnd"_s}});
            fill(x, color);
            if (dashed)
                x.empty("a:prstDash", {{"val", u"dash"_s}});
            x.end();
        }
        x.end();
        x.start("c:marker");
        if (s.style == ChartSeries::Style::Dots) {
            x.empty("c:symbol", {{"val", u"circle"_s}});
            x.empty("c:size", {{"val", u"7"_s}});
            x.start("c:spPr");
            fill(x, color);
            noLine(x);
            x.end();
        } else {
            x.empty("c:symbol", {{"val", u"none"_s}});
        }
        x.end();
        QList<double> days, values;
        for (const QPointF &p : s.points) {
            days.append(serial(p.x()));
            values.append(p.y());
        }
        const QString from = QString::number(rows.at(i)), to = QString::number(rows.at(i + 1) - 1);
        numbers("c:xVal", u"Sheet1!$A$%1:$A$%2"_s.arg(from, to), days, u"yyyy-mm-dd"_s);
        numbers("c:yVal", u"Sheet1!$%1$%2:$%1$%3"_s.arg(column, from, to), values, u"General"_s);
        x.empty("c:smooth", {{"val", u"0"_s}});
        x.end(); // c:ser
    }
    x.empty("c:axId", {{"val", QString::number(kCategoryAxis)}});
    x.empty("c:axId", {{"val", QString::number(kValueAxis)}});
    x.end();

    // The day axis: dates, in steps a reader counts in, as the PDF shows them.
    const int span = std::max(1, m_chart.dayCount() - 1);
    const double labelWidth = 7 * 0.55 * m_fontSize;
    const int step = m_width > 0 ? DateAxis::tickStep(span, m_width * 0.85, labelWidth + 8) : 7;
    x.start("c:valAx");
    x.empty("c:axId", {{"val", QString::number(kCategoryAxis)}});
    x.start("c:scaling");
    x.empty("c:orientation", {{"val", u"minMax"_s}});
    x.empty("c:max", {{"val", number(serial(span))}});
    x.empty("c:min", {{"val", number(serial(0))}});
    x.end();
    x.empty("c:delete", {{"val", u"0"_s}});
    x.empty("c:axPos", {{"val", u"b"_s}});
    x.empty("c:numFmt", {{"formatCode", u"d mmm"_s}, {"sourceLinked", u"0"_s}});
    x.empty("c:majorTickMark", {{"val", u"out"_s}});
    x.empty("c:minorTickMark", {{"val", u"none"_s}});
    x.empty("c:tickLblPos", {{"val", u"nextTo"_s}});
    x.start("c:spPr");
    x.start("a:ln", {{"w", u"9525"_s}});
    fill(x, muted);
    x.end();
    x.end();
    textProperties(x, m_fontSize, muted);
    x.empty("c:crossAx", {{"val", QString::number(kValueAxis)}});
    x.empty("c:crosses", {{"val", u"autoZero"_s}});
    x.empty("c:crossBetween", {{"val", u"midCat"_s}});
    x.empty("c:majorUnit", {{"val", QString::number(step)}});
    x.end();

    // The value axis stands at the first day, not at day 0 of the spreadsheet's calendar.
    valueAxis(x, u"min"_s, u"midCat"_s);
}

void PptxChart::categoryPlot(XmlPart &x) const
{
    const int n = int(m_chart.categories.size());
    const QString lastRow = QString::number(n + 1);
    const QColor text = m_theme.text();
    const QColor muted = m_theme.mutedText();
    const bool bars = m_chart.isBarChart();

    // One series element; `index` is its column in the workbook (B, C, …).
    auto series = [&](const ChartSeries &s, int index) {
        const QString column = columnName(index + 1);
        const QColor color = m_theme.seriesColor(s.tone);
        x.start("c:ser");
        x.empty("c:idx", {{"val", QString::number(index)}});
        x.empty("c:order", {{"val", QString::number(index)}});
        seriesName(x, column, s.name);

        x.start("c:spPr");
        if (s.style == ChartSeries::Style::Bars) {
            fill(x, color);
            noLine(x);
        } else if (s.style == ChartSeries::Style::Markers) {
            noLine(x);
        } else {
            const bool dashed = s.style == ChartSeries::Style::DashedLine;
            x.start("a:ln", {{"w", QString::number(dashed ? 25400 : 34925)}, {"cap", u"rnd"_s}});
            fill(x, color);
            if (dashed)
                x.empty("a:prstDash", {{"val", u"dash"_s}});
            x.empty("a:round");
            x.end();
        }
        x.end();

        if (s.style == ChartSeries::Style::Bars) {
            x.empty("c:invertIfNegative", {{"val", u"0"_s}});
            x.start("c:dLbls");
            x.start("c:spPr");
            x.empty("a:noFill");
            noLine(x);
            x.end();
            textProperties(x, m_fontSize - 1, text);
            x.empty("c:dLblPos", {{"val", u"outEnd"_s}});
            x.empty("c:showLegendKey", {{"val", u"0"_s}});
            x.empty("c:showVal", {{"val", s.valueLabels ? u"1"_s : u"0"_s}});
            x.empty("c:showCatName", {{"val", u"0"_s}});
            x.empty("c:showSerName", {{"val", u"0"_s}});
            x.empty("c:showPercent", {{"val", u"0"_s}});
            x.empty("c:showBubbleSize", {{"val", u"0"_s}});
            x.end();
        } else {
            x.start("c:marker");
            if (s.style == ChartSeries::Style::Markers) {
                x.empty("c:symbol", {{"val", u"diamond"_s}});
                x.empty("c:size", {{"val", u"10"_s}});
                x.start("c:spPr");
                fill(x, color);
                noLine(x);
                x.end();
            } else if (s.style == ChartSeries::Style::Line && n <= 31) {
                x.empty("c:symbol", {{"val", u"circle"_s}});
                x.empty("c:size", {{"val", u"5"_s}});
                x.start("c:spPr");
                fill(x, color);
                noLine(x);
                x.end();
            } else {
                x.empty("c:symbol", {{"val", u"none"_s}});
            }
            x.end();
        }

        x.start("c:cat");
        x.start("c:strRef");
        x.element("c:f", u"Sheet1!$A$2:$A$%1"_s.arg(lastRow));
        x.start("c:strCache");
        x.empty("c:ptCount", {{"val", QString::number(n)}});
        for (int i = 0; i < n; ++i) {
            x.start("c:pt", {{"idx", QString::number(i)}});
            x.element("c:v", m_chart.categories.at(i));
            x.end();
        }
        x.end();
        x.end();
        x.end();

        x.start("c:val");
        x.start("c:numRef");
        x.element("c:f", u"Sheet1!$%1$2:$%1$%2"_s.arg(column, lastRow));
        x.start("c:numCache");
        x.element("c:formatCode", u"General"_s);
        x.empty("c:ptCount", {{"val", QString::number(n)}});
        // Points without a value are left out: the chart shows a gap there.
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            if (!s.values.at(i))
                continue;
            x.start("c:pt", {{"idx", QString::number(i)}});
            x.element("c:v", number(*s.values.at(i)));
            x.end();
        }
        x.end();
        x.end();
        x.end();
        if (s.style != ChartSeries::Style::Bars)
            x.empty("c:smooth", {{"val", u"0"_s}});
        x.end(); // c:ser
    };

    if (bars) {
        x.start("c:barChart");
        x.empty("c:barDir", {{"val", u"col"_s}});
        x.empty("c:grouping", {{"val", u"clustered"_s}});
        x.empty("c:varyColors", {{"val", u"0"_s}});
        for (int i = 0; i < m_chart.series.size(); ++i)
            if (m_chart.series.at(i).style == ChartSeries::Style::Bars)
                series(m_chart.series.at(i), i);
        x.empty("c:gapWidth", {{"val", u"80"_s}});
        x.empty("c:axId", {{"val", QString::number(kCategoryAxis)}});
        x.empty("c:axId", {{"val", QString::number(kValueAxis)}});
        x.end();
    }
    bool anyLine = false;
    for (const ChartSeries &s : m_chart.series)
        anyLine = anyLine || s.style != ChartSeries::Style::Bars;
    if (anyLine) {
        x.start("c:lineChart");
        x.empty("c:grouping", {{"val", u"standard"_s}});
        x.empty("c:varyColors", {{"val", u"0"_s}});
        for (int i = 0; i < m_chart.series.size(); ++i)
            if (m_chart.series.at(i).style != ChartSeries::Style::Bars)
                series(m_chart.series.at(i), i);
        x.empty("c:marker", {{"val", u"1"_s}});
        x.empty("c:axId", {{"val", QString::number(kCategoryAxis)}});
        x.empty("c:axId", {{"val", QString::number(kValueAxis)}});
        x.end();
    }

    x.start("c:catAx");
    x.empty("c:axId", {{"val", QString::number(kCategoryAxis)}});
    x.start("c:scaling");
    x.empty("c:orientation", {{"val", u"minMax"_s}});
    x.end();
    x.empty("c:delete", {{"val", u"0"_s}});
    x.empty("c:axPos", {{"val", u"b"_s}});
    x.empty("c:numFmt", {{"formatCode", u"General"_s}, {"sourceLinked", u"1"_s}});
    x.empty("c:majorTickMark", {{"val", u"none"_s}});
    x.empty("c:minorTickMark", {{"val", u"none"_s}});
    x.empty("c:tickLblPos", {{"val", u"nextTo"_s}});
    x.start("c:spPr");
    x.start("a:ln", {{"w", u"9525"_s}});
    fill(x, muted);
    x.end();
    x.end();
    textProperties(x, m_fontSize, muted);
    x.empty("c:crossAx", {{"val", QString::number(kValueAxis)}});
    x.empty("c:crosses", {{"val", u"autoZero"_s}});
    x.empty("c:auto", {{"val", u"1"_s}});
    x.empty("c:lblAlgn", {{"val", u"ctr"_s}});
    x.empty("c:lblOffset", {{"val", u"100"_s}});
    if (const int skip = labelSkip(); skip > 1) {
        x.empty("c:tickLblSkip", {{"val", QString::number(skip)}});
        x.empty("c:tickMarkSkip", {{"val", QString::number(skip)}});
    }
    x.empty("c:noMultiLvlLbl", {{"val", u"0"_s}});
    x.end();

    // Lines start on the axis (days are points in time); bars sit between ticks.
    valueAxis(x, u"autoZero"_s, bars ? u"between"_s : u"midCat"_s);
}

QByteArray PptxChart::workbook() const
{
    ZipWriter zip;
    {
        XmlPart x;
        x.start("Types", {{"xmlns", Ooxml::contentTypes}});
        x.empty("Default",
                {{"Extension", u"rels"_s},
                 {"ContentType", u"application/vnd.openxmlformats-package.relationships+xml"_s}});
        x.empty("Default", {{"Extension", u"xml"_s}, {"ContentType", u"application/xml"_s}});
        x.empty(
            "Override",
            {{"PartName", u"/xl/workbook.xml"_s},
             {"ContentType",
              u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"_s}});
        x.empty("Override",
                {{"PartName", u"/xl/worksheets/sheet1.xml"_s},
                 {"ContentType",
                  u"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"_s}});
        x.empty("Override",
                {{"PartName", u"/xl/styles.xml"_s},
                 {"ContentType",
                  u"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"_s}});
        x.end();
        zip.add(u"[Content_Types].xml"_s, x.finish());
    }
    {
        XmlPart x;
        x.start("Relationships", {{"xmlns", Ooxml::packageRelationships}});
        x.empty("Relationship", {{"Id", u"rId1"_s},
                                 {"Type", Ooxml::relType("officeDocument")},
                                 {"Target", u"xl/workbook.xml"_s}});
        x.end();
        zip.add(u"_rels/.rels"_s, x.finish());
    }
    {
        XmlPart x;
        x.start("workbook", {{"xmlns", Ooxml::spreadsheetMain}, {"xmlns:r", Ooxml::relationships}});
        x.start("sheets");
        x.empty("sheet", {{"name", u"Sheet1"_s}, {"sheetId", u"1"_s}, {"r:id", u"rId1"_s}});
        x.end();
        x.end();
        zip.add(u"xl/workbook.xml"_s, x.finish());
    }
    {
        XmlPart x;
        x.start("Relationships", {{"xmlns", Ooxml::packageRelationships}});
        x.empty("Relationship", {{"Id", u"rId1"_s},
                                 {"Type", Ooxml::relType("worksheet")},
                                 {"Target", u"worksheets/sheet1.xml"_s}});
        x.empty(
            "Relationship",
            {{"Id", u"rId2"_s}, {"Type", Ooxml::relType("styles")}, {"Target", u"styles.xml"_s}});
        x.end();
        zip.add(u"xl/_rels/workbook.xml.rels"_s, x.finish());
    }
    {
        XmlPart x;
        x.start("styleSheet", {{"xmlns", Ooxml::spreadsheetMain}});
        x.start("fonts", {{"count", u"1"_s}});
        x.start("font");
        x.empty("sz", {{"val", u"11"_s}});
        x.empty("name", {{"val", u"Calibri"_s}});
        x.end();
        x.end();
        x.start("fills", {{"count", u"2"_s}});
        x.start("fill");
        x.empty("patternFill", {{"patternType", u"none"_s}});
        x.end();
        x.start("fill");
        x.empty("patternFill", {{"patternType", u"gray125"_s}});
        x.end();
        x.end();
        x.start("borders", {{"count", u"1"_s}});
        x.start("border");
        for (const char *side : {"left", "right", "top", "bottom", "diagonal"})
            x.empty(side);
        x.end();
        x.end();
        x.start("cellStyleXfs", {{"count", u"1"_s}});
        x.empty(
            "xf",
            {{"numFmtId", u"0"_s}, {"fontId", u"0"_s}, {"fillId", u"0"_s}, {"borderId", u"0"_s}});
        x.end();
        x.start("cellXfs", {{"count", u"2"_s}});
        x.empty("xf", {{"numFmtId", u"0"_s},
                       {"fontId", u"0"_s},
                       {"fillId", u"0"_s},
                       {"borderId", u"0"_s},
                       {"xfId", u"0"_s}});
        // Style 1: the built-in short date (numFmtId 14), for a scatter chart's days.
        x.empty("xf", {{"numFmtId", u"14"_s},
                       {"fontId", u"0"_s},
                       {"fillId", u"0"_s},
                       {"borderId", u"0"_s},
                       {"xfId", u"0"_s},
                       {"applyNumberFormat", u"1"_s}});
        x.end();
        x.end();
        zip.add(u"xl/styles.xml"_s, x.finish());
    }
    {
        XmlPart x;
        x.start("worksheet", {{"xmlns", Ooxml::spreadsheetMain}});
        x.start("sheetData");
        auto stringCell = [&](const QString &ref, const QString &value) {
            x.start("c", {{"r", ref}, {"t", u"inlineStr"_s}});
            x.start("is");
            x.element("t", value);
            x.end();
            x.end();
        };
        auto numberCell = [&](const QString &ref, double value, bool date = false) {
            if (date)
                x.start("c", {{"r", ref}, {"s", u"1"_s}});
            else
                x.start("c", {{"r", ref}});
            x.element("v", number(value));
            x.end();
        };
        x.start("row", {{"r", u"1"_s}});
        stringCell(u"A1"_s, QString());
        for (int s = 0; s < m_chart.series.size(); ++s)
            stringCell(columnName(s + 1) + u'1', m_chart.series.at(s).name);
        x.end();
        // A scatter chart: one row per point, its day in column A and its value in its series'.
        const QList<int> rows = m_chart.isScatter() ? scatterRows() : QList<int>();
        for (int s = 0; s + 1 < rows.size(); ++s) {
            const ChartSeries &series = m_chart.series.at(s);
            for (int i = 0; i < series.points.size(); ++i) {
                const QString row = QString::number(rows.at(s) + i);
                x.start("row", {{"r", row}});
                numberCell(u"A"_s + row, serial(series.points.at(i).x()), true);
                numberCell(columnName(s + 1) + row, series.points.at(i).y());
                x.end();
            }
        }
        for (int i = 0; i < m_chart.categories.size(); ++i) {
            const QString row = QString::number(i + 2);
            x.start("row", {{"r", row}});
            stringCell(u"A"_s + row, m_chart.categories.at(i));
            for (int s = 0; s < m_chart.series.size(); ++s) {
                const auto &values = m_chart.series.at(s).values;
                if (i >= values.size() || !values.at(i))
                    continue;
                x.start("c", {{"r", columnName(s + 1) + row}});
                x.element("v", number(*values.at(i)));
                x.end();
            }
            x.end();
        }
        x.end();
        x.end();
        zip.add(u"xl/worksheets/sheet1.xml"_s, x.finish());
    }
    auto bytes = zip.finish();
    return bytes ? *bytes : QByteArray();
}

} // namespace SprintDeck

#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace SprintDeck {

/** The sections of a sprint review deck, in presentation order. */
enum class DeckSection
{
    Title,
    Summary,
    Burndown,
    Burnup,
    Velocity,
    Flow, ///< cycle-time scatterplot and Monte Carlo forecast; not in the default deck
    Completed,
    NotCompleted,
    Blockers,
    Progress,
    Retro,
    Next,
};

/** Every section in presentation order. */
QList<DeckSection> allDeckSections();
/** The sections of a new board's deck: all but the optional ones (Flow). */
QList<DeckSection> defaultDeckSections();
/** The name the command line and the settings use: "burndown", "notcompleted", … */
QString deckSectionName(DeckSection section);
/** The translated name the user sees: "Burndown", "Not completed", … */
QString deckSectionTitle(DeckSection section);
std::optional<DeckSection> parseDeckSection(QStringView name);
/** Parses "title,summary,burndown"; the error names the unknown section. */
Result<QList<DeckSection>> parseDeckSections(const QString &list);
QString deckSectionsToString(const QList<DeckSection> &sections);

/**
 * One data series of a chart: one value per category, nullopt leaves a gap; or, in a scatter
 * chart, its points.
 */
struct ChartSeries
{
    enum class Style
    {
        Line,       ///< solid line
        DashedLine, ///< dashed line (the ideal line)
        Markers,    ///< markers only, no line (scope changes)
        Bars,       ///< clustered bars
        Dots,       ///< round markers only (the points of a scatter chart)
    };
    /** Which theme colour draws the series. */
    enum class Tone
    {
        Accent,
        Muted,
        Warning,
        Secondary,
        Tertiary ///< a violet apart from the accent (the 95th percentile)
    };

    QString name;
    QList<std::optional<double>> values;
    Style style = Style::Line;
    Tone tone = Tone::Accent;
    /** A scatter chart's points: x counts days from ChartData::firstDay, y is the value. Dots
     * draw each point; a line joins them (a percentile line is two points). */
    QList<QPointF> points = {};
    bool valueLabels = true; ///< bars show their values above them
};

/**
 * A chart as plain data: both the PDF painter and the PPTX chart part render it. Values over
 * categories (line and bar charts), or, when firstDay is set, a scatter chart of its series'
 * points over the days firstDay to lastDay.
 */
struct ChartData
{
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    QString valueAxisTitle;
    bool barsOverDays = false; ///< a bar chart's categories are days: labels may be thinned
    double fixedMax = 0; ///< the top of the value axis when the values have one (100 %), else 0
    QDate firstDay;      ///< scatter charts: the first day of the x axis
    QDate lastDay;       ///< ... and its last

    bool isScatter() const { return firstDay.isValid(); }
    /** Scatter charts: the number of days the x axis spans (at least 1). */
    int dayCount() const;

    /** The largest value of any series (0 when there is none). */
    double maxValue() const;
    bool isBarChart() const;
    /** Top of the value axis: a round number at or above maxValue(); both writers use it. */
    double axisMax() const;
    /** Distance between gridlines on the value axis. */
    double axisStep() const;
};

/** A column of a table slide. */
struct TableColumn
{
    enum class Align
    {
        Left,
        Center,
        Right
    };
    QString header;
    double weight = 1; ///< share of the table width
    Align align = Align::Left;
    bool wrap = false; ///< long text wraps onto a second line (titles); else it is elided
};

/** A table that may continue over several slides; the header repeats on each. */
struct TableData
{
    QList<TableColumn> columns;
    QList<QStringList> rows;
    bool totalRow = false; ///< the last row sums the others and is drawn bold
    QString emptyText;     ///< shown instead of an empty table
};

/** A large number on the summary slide. */
struct KeyFigure
{
    QString label;
    QString value;
    QString caption;
    bool highlight = false; ///< drawn in the accent colour
};

/** A list of bullet points, optionally under a heading (retrospective quadrants). */
struct BulletGroup
{
    QString heading;
    QStringList items;
};

/** The content of one section before layout; a table may become several slides. */
struct SlideContent
{
    enum class Kind
    {
        Title,
        Figures,
        Chart,
        Table,
        Bullets
    };

    DeckSection section = DeckSection::Title;
    Kind kind = Kind::Bullets;
    QString title;
    QString subtitle;
    QStringList lines; ///< title slide: team, goal; figures: remarks under the tiles
    QList<KeyFigure> figures;
    ChartData chart;
    QString caption; ///< one line under a chart
    TableData table;
    QList<BulletGroup> groups;
    QString emptyText; ///< shown when every group is empty
    QString notes;     ///< speaker notes, paragraphs separated by newlines
};

/** A sprint review deck: what the slides say, independent of the output format. */
struct Deck
{
    QString title;  ///< the deck's title (the sprint's name)
    QString author; ///< written into the document properties
    QList<SlideContent> slides;
};

} // namespace SprintDeck

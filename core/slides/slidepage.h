#pragma once

#include "core/slides/deck.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <variant>

namespace SprintDeck {

/*
 * A laid-out slide: boxes placed in slide coordinates (points, 960 x 540 for
 * 16:9). The layout engine decides every position, font size and line break;
 * the PDF painter and the PPTX writer only render these boxes, so both outputs
 * show the same slide.
 */

/** Slide size in points: 13.333 x 7.5 inches. */
inline constexpr double kSlideWidth = 960;
inline constexpr double kSlideHeight = 540;
/** DrawingML units per point. */
inline constexpr qint64 kEmuPerPoint = 12700;

enum class TextAlign
{
    Left,
    Center,
    Right
};

/** One paragraph of a text box, with its line breaks decided by the layout. */
struct TextParagraph
{
    QString text;
    QStringList lines; ///< filled by the layout: the text as it wraps in the box
    double size = 18;  ///< font size in points, after fitting
    bool bold = false;
    QColor color;
    TextAlign align = TextAlign::Left;
    bool bullet = false;
    double spaceBefore = 0; ///< points above the paragraph (not above the first one)
};

/** A rectangle, filled and/or outlined, optionally with rounded corners. */
struct ShapeBox
{
    QRectF rect;
    QColor fill;    ///< invalid: no fill
    QColor outline; ///< invalid: no outline
    double radius = 0;
};

/** Text in a rectangle; `title` marks the slide title (the title placeholder in PPTX). */
struct TextBox
{
    enum class Anchor
    {
        Top,
        Middle,
        Bottom
    };
    QRectF rect;
    QList<TextParagraph> paragraphs;
    Anchor anchor = Anchor::Top;
    bool title = false;
    bool shrunk = false; ///< the font was reduced to fit
    bool elided = false; ///< text was cut with an ellipsis (the notes keep all of it)
    QString name;        ///< shape name in PPTX ("Title", "Subtitle", …)
};

/** One table cell: its text as the layout wrapped it. */
struct TableCell
{
    QString text;
    QStringList lines;
    bool bold = false;
    QColor color;
    QColor fill;
    TextAlign align = TextAlign::Left;
};

/** A table: column widths and row heights are final; cells hold their wrapped lines. */
struct TableBox
{
    QRectF rect;
    QList<double> columnWidths;
    QList<double> rowHeights;
    QList<QList<TableCell>> rows;
    double fontSize = 12;
    double paddingX = 6;
    double paddingY = 3;
    QColor gridLine;
    bool headerRow = true;
};

/** A chart drawn from its data in the rectangle. */
struct ChartBox
{
    QRectF rect;
    ChartData chart;
    double fontSize = 11;
};

using SlideItem = std::variant<ShapeBox, TextBox, TableBox, ChartBox>;

/** One slide of the deck as it is drawn, back to front. */
struct SlidePage
{
    DeckSection section = DeckSection::Title;
    QString title; ///< for thumbnails and the notes heading
    QColor background;
    QList<SlideItem> items;
    QString notes; ///< speaker notes

    int chartCount() const;
};

} // namespace SprintDeck

#pragma once

#include "core/slides/deck.h"
#include "core/slides/slidepage.h"
#include "core/slides/slidetheme.h"
#include "core/slides/textfitter.h"

#include <QList>

namespace SprintDeck {

/**
 * Places a deck's content on 16:9 slides: positions, font sizes and line
 * breaks of every box. Titles wrap and shrink to fit their box, tables
 * continue over as many slides as they need with the header repeated, and
 * text that still does not fit at the smallest size is cut with an ellipsis
 * (the speaker notes keep all of it), so nothing runs off a slide.
 *
 * The PDF painter, the thumbnails and the PPTX writer all render the pages
 * this produces. Needs a QGuiApplication (text is measured with real fonts).
 */
class SlideLayout
{
public:
    explicit SlideLayout(SlideTheme theme);

    /** Every slide of the deck, numbered, with footers. */
    QList<SlidePage> layout(const Deck &deck) const;

    /** The slides of one section (a table may give several). */
    QList<SlidePage> layoutSection(const SlideContent &content) const;

    const SlideTheme &theme() const { return m_theme; }
    const TextFitter &fitter() const { return m_fitter; }

    /** Where content goes below the title and subtitle. */
    static QRectF contentRect();
    /** The smallest font size body text may shrink to. */
    static constexpr double kMinBodySize = 10;

private:
    SlidePage newPage(const SlideContent &content, const QString &subtitle) const;
    TextBox textBox(const QRectF &rect, const QString &text, double size, bool bold,
                    const QColor &color, double minSize, TextAlign align = TextAlign::Left) const;
    TextBox bulletBox(const QRectF &rect, const QStringList &items, double size, double minSize,
                      const QString &heading = {}) const;

    QList<SlidePage> layoutTitle(const SlideContent &content) const;
    QList<SlidePage> layoutFigures(const SlideContent &content) const;
    QList<SlidePage> layoutChart(const SlideContent &content) const;
    QList<SlidePage> layoutTable(const SlideContent &content) const;
    QList<SlidePage> layoutBullets(const SlideContent &content) const;
    void addFooters(QList<SlidePage> &pages, const Deck &deck) const;

    SlideTheme m_theme;
    TextFitter m_fitter;
};

} // namespace SprintDeck

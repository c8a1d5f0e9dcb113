#pragma once

#include "core/slides/deck.h"

#include <QColor>
#include <QString>

namespace SprintDeck {

/**
 * The look of a deck: light or dark with one accent colour. Every other colour
 * derives from these two, so the PDF, the PPTX theme part and the preview agree.
 */
class SlideTheme
{
public:
    SlideTheme() = default;
    SlideTheme(bool dark, QColor accent);

    /** The accent used when none is chosen. */
    static QColor defaultAccent();
    /** Parses "#RRGGBB"; an invalid colour when the text is not one. */
    static QColor parseAccent(const QString &text);
    /** The font both writers use; a free font so LibreOffice lays out the PPTX as the PDF. */
    static QString fontFamily();
    /**
     * Where characters the font lacks come from: an outline emoji font (fonts-symbola), so that
     * the emoji teams write in titles (🎯 ✅ 📊 🚨) are embedded in the PDF as vector glyphs like
     * the text, instead of boxes or the screen's colour bitmaps.
     */
    static QStringList fallbackFamilies();

    bool isDark() const { return m_dark; }
    QColor accent() const { return m_accent; }

    QColor background() const;
    QColor text() const;
    QColor mutedText() const;
    /** Panels and tiles on the background. */
    QColor surface() const;
    QColor gridLine() const;
    QColor tableHeader() const;
    QColor tableHeaderText() const;
    QColor tableBand() const;
    QColor warning() const;
    QColor seriesColor(ChartSeries::Tone tone) const;

    /** "RRGGBB" as DrawingML writes colours. */
    static QString hex(const QColor &color);

private:
    bool m_dark = false;
    QColor m_accent = defaultAccent();
};

} // namespace SprintDeck

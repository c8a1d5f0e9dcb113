#include "core/slides/slidetheme.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SprintDeck {

SlideTheme::SlideTheme(bool dark, QColor accent)
    : m_dark(dark)
    , m_accent(accent.isValid() ? accent.toRgb() : defaultAccent())
{
    m_accent.setAlpha(255);
}

QColor SlideTheme::defaultAccent()
{
    return QColor(0x25, 0x63, 0xEB);
}

QColor SlideTheme::parseAccent(const QString &text)
{
    static const QRegularExpression pattern(u"^#?([0-9A-Fa-f]{6})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QColor(u"#"_s + match.captured(1));
}

QString SlideTheme::fontFamily()
{
    return u"DejaVu Sans"_s;
}

QStringList SlideTheme::fallbackFamilies()
{
    return {u"Symbola"_s};
}

QColor SlideTheme::background() const
{
    return m_dark ? QColor(0x11, 0x18, 0x27) : QColor(0xFF, 0xFF, 0xFF);
}

QColor SlideTheme::text() const
{
    return m_dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x1F, 0x29, 0x37);
}

QColor SlideTheme::mutedText() const
{
    return m_dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x6B, 0x72, 0x80);
}

QColor SlideTheme::surface() const
{
    return m_dark ? QColor(0x1F, 0x29, 0x37) : QColor(0xF3, 0xF4, 0xF6);
}

QColor SlideTheme::gridLine() const
{
    return m_dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB);
}

QColor SlideTheme::tableHeader() const
{
    return m_accent;
}

QColor SlideTheme::tableHeaderText() const
{
    // White on dark accents, near-black on light ones, whichever reads better.
    const double luminance =
        0.2126 * m_accent.redF() + 0.7152 * m_accent.greenF() + 0.0722 * m_accent.blueF();
    return luminance > 0.6 ? QColor(0x11, 0x18, 0x27) : QColor(0xFF, 0xFF, 0xFF);
}

QColor SlideTheme::tableBand() const
{
    return m_dark ? QColor(0x1A, 0x23, 0x32) : QColor(0xF7, 0xF8, 0xFA);
}

QColor SlideTheme::warning() const
{
    return m_dark ? QColor(0xFB, 0xBF, 0x24) : QColor(0xD9, 0x77, 0x06);
}

QColor SlideTheme::seriesColor(ChartSeries::Tone tone) const
{
    switch (tone) {
    case ChartSeries::Tone::Accent:
        return m_accent;
    case ChartSeries::Tone::Muted:
        return m_dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x9C, 0xA3, 0xAF);
    case ChartSeries::Tone::Warning:
        return warning();
    case ChartSeries::Tone::Tertiary:
        return m_dark ? QColor(0xA7, 0x8B, 0xFA) : QColor(0x7C, 0x3A, 0xED);
    case ChartSeries::Tone::Secondary: {
        // A lighter (dark theme) or paler (light theme) variant of the accent.
        QColor c = m_accent.toHsl();
        const double l =
            m_dark ? std::min(0.85, c.lightnessF() + 0.25) : std::min(0.80, c.lightnessF() + 0.28);
        c.setHslF(c.hslHueF(), c.hslSaturationF(), l);
        return c.toRgb();
    }
    }
    return m_accent;
}

QString SlideTheme::hex(const QColor &color)
{
    return color.name(QColor::HexRgb).mid(1).toUpper();
}

} // namespace SprintDeck

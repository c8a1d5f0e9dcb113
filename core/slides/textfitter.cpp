#include "core/slides/textfitter.h"
#include "core/slides/slidetheme.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

constexpr double kPointsPerMeter = 72.0 / 0.0254;

double roundHalf(double size)
{
    return std::floor(size * 2 + 0.001) / 2;
}

} // namespace

TextFitter::TextFitter(QString family)
    : m_family(family.isEmpty() ? SlideTheme::fontFamily() : std::move(family))
    , m_device(1, 1, QImage::Format_ARGB32_Premultiplied)
{
    m_device.setDotsPerMeterX(qRound(kPointsPerMeter));
    m_device.setDotsPerMeterY(qRound(kPointsPerMeter));
}

QFont TextFitter::font(double size, bool bold) const
{
    QFont f(m_family);
    f.setFamilies(QStringList{m_family} + SlideTheme::fallbackFamilies());
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

double TextFitter::lineHeight(double size, bool bold) const
{
    return QFontMetricsF(font(size, bold), &m_device).lineSpacing();
}

double TextFitter::ascent(double size, bool bold) const
{
    return QFontMetricsF(font(size, bold), &m_device).ascent();
}

double TextFitter::textWidth(const QString &text, double size, bool bold) const
{
    return QFontMetricsF(font(size, bold), &m_device).horizontalAdvance(text);
}

double TextFitter::wrapSlack(double width)
{
    return std::max(2.0, width * 0.03);
}

double TextFitter::bulletIndent(double size)
{
    return std::round(size * 1.1);
}

QStringList TextFitter::wrap(const QString &text, double size, bool bold, double width,
                             int maxLines, bool *elided) const
{
    if (elided)
        *elided = false;
    QStringList lines;
    if (text.isEmpty()) {
        lines.append(QString());
        return lines;
    }
    const double usable = std::max(1.0, width - wrapSlack(width));
    QTextLayout layout(text, font(size, bold), &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(usable);
        if (maxLines > 0 && lines.size() == maxLines) {
            // More text than lines: the last line gets the rest, cut with an ellipsis.
            lines.removeLast();
            const QString rest = text.mid(layout.lineAt(maxLines - 1).textStart()).simplified();
            lines.append(elide(rest + u" \u2026"_s, size, bold, usable));
            if (elided)
                *elided = true;
            break;
        }
        QString part = text.mid(line.textStart(), line.textLength());
        while (!part.isEmpty() && part.back().isSpace())
            part.chop(1);
        lines.append(part);
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

QString TextFitter::elide(const QString &text, double size, bool bold, double width) const
{
    QFontMetricsF fm(font(size, bold), &m_device);
    if (fm.horizontalAdvance(text) <= width)
        return text;
    return fm.elidedText(text, Qt::ElideRight, width);
}

double TextFitter::paragraphsHeight(const QList<TextParagraph> &paragraphs) const
{
    double height = 0;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const TextParagraph &p = paragraphs.at(i);
        if (i > 0)
            height += p.spaceBefore;
        height += lineHeight(p.size, p.bold) * std::max<qsizetype>(1, p.lines.size());
    }
    return height;
}

bool TextFitter::fit(TextBox &box, double minSize) const
{
    const QList<TextParagraph> nominal = box.paragraphs;
    const double width = box.rect.width();
    auto layoutAt = [&](double scale) {
        bool atFloor = true;
        for (int i = 0; i < nominal.size(); ++i) {
            const TextParagraph &n = nominal.at(i);
            TextParagraph &p = box.paragraphs[i];
            const double floorSize = std::min(n.size, minSize);
            p.size = std::max(floorSize, roundHalf(n.size * scale));
            atFloor = atFloor && p.size <= floorSize;
            p.spaceBefore = roundHalf(n.spaceBefore * scale);
            const double indent = p.bullet ? bulletIndent(p.size) : 0;
            p.lines = wrap(p.text, p.size, p.bold, width - indent);
        }
        return atFloor;
    };

    box.shrunk = false;
    box.elided = false;
    for (int step = 0;; ++step) {
        const bool atFloor = layoutAt(1.0 - 0.05 * step);
        if (paragraphsHeight(box.paragraphs) <= box.rect.height() + 0.01) {
            box.shrunk = step > 0;
            return true;
        }
        if (atFloor || step >= 19)
            break;
    }
    box.shrunk = true;

    // Still too much at the smallest size: keep the lines that fit and end the
    // last of them with an ellipsis, so nothing runs off the slide.
    box.elided = true;
    double height = 0;
    QList<TextParagraph> kept;
    int cut = -1;
    for (int i = 0; i < box.paragraphs.size(); ++i) {
        TextParagraph p = box.paragraphs.at(i);
        const double lh = lineHeight(p.size, p.bold);
        const double before = kept.isEmpty() ? 0 : p.spaceBefore;
        const int room = int(std::floor((box.rect.height() - height - before + 0.01) / lh));
        if (room <= 0)
            break;
        if (room < p.lines.size()) {
            const double indent = p.bullet ? bulletIndent(p.size) : 0;
            p.lines = wrap(p.text, p.size, p.bold, width - indent, room);
            cut = int(kept.size());
            kept.append(p);
            break;
        }
        height += before + lh * p.lines.size();
        kept.append(p);
    }
    if (cut < 0 && kept.size() == box.paragraphs.size()) {
        box.elided = false; // it fitted after all (rounding)
        return true;
    }
    if (cut < 0 && !kept.isEmpty()) {
        // Whole paragraphs were dropped: the last one shown says so.
        TextParagraph &last = kept.last();
        if (!last.lines.last().endsWith(u'\u2026')) {
            const double indent = last.bullet ? bulletIndent(last.size) : 0;
            const double usable = width - indent - wrapSlack(width - indent);
            last.lines.last() =
                elide(last.lines.last() + u" \u2026"_s, last.size, last.bold, usable);
            cut = int(kept.size()) - 1;
        }
    }
    // The cut paragraph also loses its text in the PPTX, so both outputs agree.
    if (cut >= 0)
        kept[cut].text = kept.at(cut).lines.join(u' ');
    box.paragraphs = kept;
    return false;
}

} // namespace SprintDeck

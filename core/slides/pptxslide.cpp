#include "core/slides/pptxslide.h"
#include "core/slides/ooxml.h"
#include "core/slides/textfitter.h"
#include "core/slides/xmlpart.h"

#include <QFont>
#include <QRawFont>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString alignName(TextAlign align)
{
    switch (align) {
    case TextAlign::Center:
        return u"ctr"_s;
    case TextAlign::Right:
        return u"r"_s;
    case TextAlign::Left:
        break;
    }
    return u"l"_s;
}

QString fontSize(double points)
{
    return QString::number(std::lround(points * 100));
}

void fill(XmlPart &x, const QColor &color)
{
    x.start("a:solidFill");
    x.empty("a:srgbClr", {{"val", SlideTheme::hex(color)}});
    x.end();
}

void transform(XmlPart &x, const char *name, const QRectF &rect)
{
    x.start(name);
    x.empty("a:off", {{"x", XmlPart::emu(rect.x())}, {"y", XmlPart::emu(rect.y())}});
    x.empty("a:ext", {{"cx", XmlPart::emu(rect.width())}, {"cy", XmlPart::emu(rect.height())}});
    x.end();
}

void runProperties(XmlPart &x, const char *name, double size, bool bold, const QColor &color,
                   const QString &font = SlideTheme::fontFamily())
{
    x.start(name, {{"lang", u"en-US"_s},
                   {"sz", fontSize(size)},
                   {"b", bold ? u"1"_s : u"0"_s},
                   {"dirty", u"0"_s}});
    fill(x, color);
    x.empty("a:latin", {{"typeface", font}});
    x.empty("a:ea", {{"typeface", font}});
    x.empty("a:cs", {{"typeface", font}});
    if (font != SlideTheme::fontFamily())
        x.empty("a:sym", {{"typeface", font}});
    x.end();
}

/** A piece of a paragraph and the font that draws it. */
struct FontRun
{
    QString text;
    QString font;
};

/**
 * The text in runs of the slide font and of its fallback: characters the slide font lacks (the
 * emoji of imported documents) get a run that names the fallback, as the PDF draws them, so a
 * presentation program does not pick a colour font it cannot export, or draw boxes.
 */
QList<FontRun> fontRuns(const QString &text)
{
    static const QRawFont primary = QRawFont::fromFont(QFont(SlideTheme::fontFamily()));
    const QString fallback = SlideTheme::fallbackFamilies().constFirst();
    QList<FontRun> runs;
    const QList<uint> points = text.toUcs4();
    for (uint cp : points) {
        // Joiners and variation selectors stay with the character before them.
        const bool joins = cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F);
        QString font = SlideTheme::fontFamily();
        if (joins && !runs.isEmpty())
            font = runs.constLast().font;
        else if (primary.isValid() && !primary.supportsCharacter(cp))
            font = fallback;
        if (runs.isEmpty() || runs.constLast().font != font)
            runs.append({QString(), font});
        const char32_t character = cp;
        runs.last().text += QString::fromUcs4(&character, 1);
    }
    return runs;
}

/** One paragraph; the text wraps by itself in the renderer, as it did in the layout. */
void paragraph(XmlPart &x, const TextParagraph &p, bool first)
{
    x.start("a:p");
    const double indent = p.bullet ? TextFitter::bulletIndent(p.size) : 0;
    x.start("a:pPr", {{"marL", XmlPart::emu(indent)},
                      {"indent", XmlPart::emu(-indent)},
                      {"algn", alignName(p.align)}});
    x.start("a:lnSpc");
    x.empty("a:spcPct", {{"val", u"100000"_s}});
    x.end();
    x.start("a:spcBef");
    x.empty("a:spcPts", {{"val", QString::number(first ? 0 : std::lround(p.spaceBefore * 100))}});
    x.end();
    if (p.bullet) {
        x.start("a:buClr");
        x.empty("a:srgbClr", {{"val", SlideTheme::hex(p.color)}});
        x.end();
        x.empty("a:buSzPct", {{"val", u"100000"_s}});
        x.empty("a:buFont", {{"typeface", SlideTheme::fontFamily()}});
        x.empty("a:buChar", {{"char", u"\u2022"_s}});
    } else {
        x.empty("a:buNone");
    }
    x.end();
    for (const FontRun &run : fontRuns(p.text)) {
        x.start("a:r");
        runProperties(x, "a:rPr", p.size, p.bold, p.color, run.font);
        x.element("a:t", run.text);
        x.end();
    }
    runProperties(x, "a:endParaRPr", p.size, p.bold, p.color);
    x.end();
}

} // namespace

PptxSlide::PptxSlide(const SlidePage &page)
    : m_page(page)
{}

QByteArray PptxSlide::slideXml(const QStringList &chartRelIds) const
{
    XmlPart x;
    x.start("p:sld", {{"xmlns:a", Ooxml::drawingMain},
                      {"xmlns:r", Ooxml::relationships},
                      {"xmlns:p", Ooxml::presentationMain}});
    x.start("p:cSld", {{"name", m_page.title}});
    x.start("p:bg");
    x.start("p:bgPr");
    fill(x, m_page.background);
    x.empty("a:effectLst");
    x.end();
    x.end();
    x.start("p:spTree");
    x.start("p:nvGrpSpPr");
    x.empty("p:cNvPr", {{"id", u"1"_s}, {"name", QString()}});
    x.empty("p:cNvGrpSpPr");
    x.empty("p:nvPr");
    x.end();
    x.start("p:grpSpPr");
    x.start("a:xfrm");
    x.empty("a:off", {{"x", u"0"_s}, {"y", u"0"_s}});
    x.empty("a:ext", {{"cx", u"0"_s}, {"cy", u"0"_s}});
    x.empty("a:chOff", {{"x", u"0"_s}, {"y", u"0"_s}});
    x.empty("a:chExt", {{"cx", u"0"_s}, {"cy", u"0"_s}});
    x.end();
    x.end();

    int id = 2;
    int chart = 0;
    bool titleUsed = false;
    for (const SlideItem &item : m_page.items) {
        if (const auto *shape = std::get_if<ShapeBox>(&item)) {
            x.start("p:sp");
            x.start("p:nvSpPr");
            x.empty("p:cNvPr", {{"id", QString::number(id)}, {"name", u"Shape %1"_s.arg(id)}});
            x.empty("p:cNvSpPr");
            x.empty("p:nvPr");
            x.end();
            x.start("p:spPr");
            transform(x, "a:xfrm", shape->rect);
            if (shape->radius > 0) {
                const double shorter = std::min(shape->rect.width(), shape->rect.height());
                const long adj = std::lround(std::min(50000.0, shape->radius / shorter * 100000));
                x.start("a:prstGeom", {{"prst", u"roundRect"_s}});
                x.start("a:avLst");
                x.empty("a:gd", {{"name", u"adj"_s}, {"fmla", u"val %1"_s.arg(adj)}});
                x.end();
                x.end();
            } else {
                x.start("a:prstGeom", {{"prst", u"rect"_s}});
                x.empty("a:avLst");
                x.end();
            }
            if (shape->fill.isValid())
                fill(x, shape->fill);
            else
                x.empty("a:noFill");
            x.start("a:ln");
            if (shape->outline.isValid())
                fill(x, shape->outline);
            else
                x.empty("a:noFill");
            x.end();
            x.end();
            x.end();
        } else if (const auto *text = std::get_if<TextBox>(&item)) {
            // The first title box is the slide's title placeholder (outline, accessibility).
            const bool asTitle = text->title && !titleUsed;
            titleUsed = titleUsed || asTitle;
            x.start("p:sp");
            x.start("p:nvSpPr");
            x.empty("p:cNvPr", {{"id", QString::number(id)},
                                {"name", (text->name.isEmpty() ? u"Text"_s : text->name) + u' ' +
                                             QString::number(id)}});
            if (asTitle) {
                x.start("p:cNvSpPr");
                x.empty("a:spLocks", {{"noGrp", u"1"_s}});
                x.end();
                x.start("p:nvPr");
                x.empty("p:ph", {{"type", u"title"_s}});
                x.end();
            } else {
                x.empty("p:cNvSpPr", {{"txBox", u"1"_s}});
                x.empty("p:nvPr");
            }
            x.end();
            x.start("p:spPr");
            transform(x, "a:xfrm", text->rect);
            x.start("a:prstGeom", {{"prst", u"rect"_s}});
            x.empty("a:avLst");
            x.end();
            x.empty("a:noFill");
            x.end();
            x.start("p:txBody");
            const QString anchor = text->anchor == TextBox::Anchor::Middle   ? u"ctr"_s
                                   : text->anchor == TextBox::Anchor::Bottom ? u"b"_s
                                                                             : u"t"_s;
            x.start("a:bodyPr", {{"vert", u"horz"_s},
                                 {"wrap", u"square"_s},
                                 {"lIns", u"0"_s},
                                 {"tIns", u"0"_s},
                                 {"rIns", u"0"_s},
                                 {"bIns", u"0"_s},
                                 {"rtlCol", u"0"_s},
                                 {"anchor", anchor},
                                 {"anchorCtr", u"0"_s}});
            // Sizes are already fitted; the autofit lets an editor shrink text that is edited
            // later.
            x.empty("a:normAutofit");
            x.end();
            x.empty("a:lstStyle");
            for (int i = 0; i < text->paragraphs.size(); ++i)
                paragraph(x, text->paragraphs.at(i), i == 0);
            if (text->paragraphs.isEmpty())
                x.empty("a:p");
            x.end();
            x.end();
        } else if (const auto *table = std::get_if<TableBox>(&item)) {
            x.start("p:graphicFrame");
            x.start("p:nvGraphicFramePr");
            x.empty("p:cNvPr", {{"id", QString::number(id)}, {"name", u"Table %1"_s.arg(id)}});
            x.start("p:cNvGraphicFramePr");
            x.empty("a:graphicFrameLocks", {{"noGrp", u"1"_s}});
            x.end();
            x.empty("p:nvPr");
            x.end();
            transform(x, "p:xfrm", table->rect);
            x.start("a:graphic");
            x.start("a:graphicData", {{"uri", Ooxml::tableUri}});
            x.start("a:tbl");
            x.empty("a:tblPr",
                    {{"firstRow", table->headerRow ? u"1"_s : u"0"_s}, {"bandRow", u"1"_s}});
            x.start("a:tblGrid");
            for (double w : table->columnWidths)
                x.empty("a:gridCol", {{"w", XmlPart::emu(w)}});
            x.end();
            for (int r = 0; r < table->rows.size(); ++r) {
                x.start("a:tr", {{"h", XmlPart::emu(table->rowHeights.value(r))}});
                for (const TableCell &cell : table->rows.at(r)) {
                    x.start("a:tc");
                    x.start("a:txBody");
                    x.empty("a:bodyPr");
                    x.empty("a:lstStyle");
                    TextParagraph p;
                    p.text = cell.text;
                    p.size = table->fontSize;
                    p.bold = cell.bold;
                    p.color = cell.color;
                    p.align = cell.align;
                    paragraph(x, p, true);
                    x.end();
                    x.start("a:tcPr", {{"marL", XmlPart::emu(table->paddingX)},
                                       {"marR", XmlPart::emu(table->paddingX)},
                                       {"marT", XmlPart::emu(table->paddingY)},
                                       {"marB", XmlPart::emu(table->paddingY)},
                                       {"anchor", u"ctr"_s}});
                    for (const char *side : {"a:lnL", "a:lnR", "a:lnT"}) {
                        x.start(side, {{"w", u"0"_s}});
                        x.empty("a:noFill");
                        x.end();
                    }
                    x.start("a:lnB", {{"w", u"9525"_s}});
                    fill(x, table->gridLine);
                    x.end();
                    if (cell.fill.isValid())
                        fill(x, cell.fill);
                    else
                        x.empty("a:noFill");
                    x.end();
                    x.end();
                }
                x.end();
            }
            x.end();
            x.end();
            x.end();
            x.end();
        } else if (const auto *chartBox = std::get_if<ChartBox>(&item)) {
            x.start("p:graphicFrame");
            x.start("p:nvGraphicFramePr");
            x.empty("p:cNvPr", {{"id", QString::number(id)},
                                {"name", u"Chart %1"_s.arg(id)},
                                {"descr", chartBox->chart.title}});
            x.empty("p:cNvGraphicFramePr");
            x.empty("p:nvPr");
            x.end();
            transform(x, "p:xfrm", chartBox->rect);
            x.start("a:graphic");
            x.start("a:graphicData", {{"uri", Ooxml::chartMain}});
            x.empty("c:chart", {{"xmlns:c", Ooxml::chartMain},
                                {"xmlns:r", Ooxml::relationships},
                                {"r:id", chartRelIds.value(chart)}});
            ++chart;
            x.end();
            x.end();
            x.end();
        }
        ++id;
    }
    x.end(); // spTree
    x.end(); // cSld
    x.start("p:clrMapOvr");
    x.empty("a:masterClrMapping");
    x.end();
    x.end();
    return x.finish();
}

QByteArray PptxSlide::notesXml() const
{
    XmlPart x;
    x.start("p:notes", {{"xmlns:a", Ooxml::drawingMain},
                        {"xmlns:r", Ooxml::relationships},
                        {"xmlns:p", Ooxml::presentationMain}});
    x.start("p:cSld");
    x.start("p:spTree");
    x.start("p:nvGrpSpPr");
    x.empty("p:cNvPr", {{"id", u"1"_s}, {"name", QString()}});
    x.empty("p:cNvGrpSpPr");
    x.empty("p:nvPr");
    x.end();
    x.start("p:grpSpPr");
    x.start("a:xfrm");
    x.empty("a:off", {{"x", u"0"_s}, {"y", u"0"_s}});
    x.empty("a:ext", {{"cx", u"0"_s}, {"cy", u"0"_s}});
    x.empty("a:chOff", {{"x", u"0"_s}, {"y", u"0"_s}});
    x.empty("a:chExt", {{"cx", u"0"_s}, {"cy", u"0"_s}});
    x.end();
    x.end();

    x.start("p:sp");
    x.start("p:nvSpPr");
    x.empty("p:cNvPr", {{"id", u"2"_s}, {"name", u"Slide Image Placeholder 1"_s}});
    x.start("p:cNvSpPr");
    x.empty("a:spLocks", {{"noGrp", u"1"_s}, {"noRot", u"1"_s}, {"noChangeAspect", u"1"_s}});
    x.end();
    x.start("p:nvPr");
    x.empty("p:ph", {{"type", u"sldImg"_s}});
    x.end();
    x.end();
    x.empty("p:spPr");
    x.end();

    x.start("p:sp");
    x.start("p:nvSpPr");
    x.empty("p:cNvPr", {{"id", u"3"_s}, {"name", u"Notes Placeholder 2"_s}});
    x.start("p:cNvSpPr");
    x.empty("a:spLocks", {{"noGrp", u"1"_s}});
    x.end();
    x.start("p:nvPr");
    x.empty("p:ph", {{"type", u"body"_s}, {"idx", u"1"_s}});
    x.end();
    x.end();
    x.empty("p:spPr");
    x.start("p:txBody");
    x.empty("a:bodyPr");
    x.empty("a:lstStyle");
    const QStringList lines = m_page.notes.split(u'\n');
    for (const QString &line : lines) {
        x.start("a:p");
        if (!line.isEmpty()) {
            x.start("a:r");
            x.empty("a:rPr", {{"lang", u"en-US"_s}, {"dirty", u"0"_s}});
            x.element("a:t", line);
            x.end();
        }
        x.end();
    }
    x.end();
    x.end();

    x.end(); // spTree
    x.end(); // cSld
    x.start("p:clrMapOvr");
    x.empty("a:masterClrMapping");
    x.end();
    x.end();
    return x.finish();
}

} // namespace SprintDeck

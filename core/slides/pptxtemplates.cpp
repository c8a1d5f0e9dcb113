#include "core/slides/pptxtemplates.h"
#include "core/slides/ooxml.h"
#include "core/slides/slidepage.h"
#include "core/slides/xmlpart.h"

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

void srgb(XmlPart &x, const QColor &color)
{
    x.start("a:solidFill");
    x.empty("a:srgbClr", {{"val", SlideTheme::hex(color)}});
    x.end();
}

void groupShapeProperties(XmlPart &x)
{
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
}

void placeholder(XmlPart &x, int id, const QString &name, const char *type, int idx,
                 const QRectF &rect, const QString &text)
{
    x.start("p:sp");
    x.start("p:nvSpPr");
    x.empty("p:cNvPr", {{"id", QString::number(id)}, {"name", name}});
    x.start("p:cNvSpPr");
    x.empty("a:spLocks", {{"noGrp", u"1"_s}});
    x.end();
    x.start("p:nvPr");
    if (idx > 0)
        x.empty("p:ph", {{"type", QString::fromLatin1(type)}, {"idx", QString::number(idx)}});
    else
        x.empty("p:ph", {{"type", QString::fromLatin1(type)}});
    x.end();
    x.end();
    x.start("p:spPr");
    if (rect.isValid()) {
        x.start("a:xfrm");
        x.empty("a:off", {{"x", XmlPart::emu(rect.x())}, {"y", XmlPart::emu(rect.y())}});
        x.empty("a:ext", {{"cx", XmlPart::emu(rect.width())}, {"cy", XmlPart::emu(rect.height())}});
        x.end();
        x.start("a:prstGeom", {{"prst", u"rect"_s}});
        x.empty("a:avLst");
        x.end();
    }
    x.end();
    x.start("p:txBody");
    x.empty("a:bodyPr");
    x.empty("a:lstStyle");
    x.start("a:p");
    x.start("a:r");
    x.empty("a:rPr", {{"lang", u"en-US"_s}});
    x.element("a:t", text);
    x.end();
    x.end();
    x.end();
    x.end();
}

void levelStyle(XmlPart &x, const char *name, double size, bool bold, bool bullet,
                const QString &color, const QString &font, int level = 0)
{
    const int indent = 285750;
    x.start(name, {{"marL", QString::number(bullet ? indent * (level + 1) : 0)},
                   {"indent", QString::number(bullet ? -indent : 0)},
                   {"algn", u"l"_s},
                   {"rtl", u"0"_s}});
    x.start("a:spcBef");
    x.empty("a:spcPts", {{"val", QString::number(bullet ? 600 : 0)}});
    x.end();
    if (bullet) {
        x.empty("a:buFont", {{"typeface", font}});
        x.empty("a:buChar", {{"char", u"\u2022"_s}});
    } else {
        x.empty("a:buNone");
    }
    x.start("a:defRPr",
            {{"sz", QString::number(qRound(size * 100))}, {"b", bold ? u"1"_s : u"0"_s}});
    x.start("a:solidFill");
    x.empty("a:schemeClr", {{"val", color}});
    x.end();
    x.empty("a:latin", {{"typeface", font}});
    x.empty("a:ea", {{"typeface", font}});
    x.empty("a:cs", {{"typeface", font}});
    x.end();
    x.end();
}

} // namespace

QByteArray PptxTemplates::theme(const SlideTheme &theme, const QString &name)
{
    const QString font = SlideTheme::fontFamily();
    // Light theme: dark text on light ground. Dark theme: the scheme's "dark"
    // colours are the ground and the master maps bg1 to dk1.
    const QColor dk1 = theme.isDark() ? theme.background() : theme.text();
    const QColor lt1 = theme.isDark() ? theme.text() : theme.background();
    const QColor dk2 = theme.isDark() ? theme.surface() : theme.mutedText();
    const QColor lt2 = theme.isDark() ? theme.mutedText() : theme.surface();

    XmlPart x;
    x.start("a:theme", {{"xmlns:a", Ooxml::drawingMain}, {"name", name}});
    x.start("a:themeElements");
    x.start("a:clrScheme", {{"name", name}});
    auto color = [&](const char *slot, const QColor &c) {
        x.start(slot);
        x.empty("a:srgbClr", {{"val", SlideTheme::hex(c)}});
        x.end();
    };
    color("a:dk1", dk1);
    color("a:lt1", lt1);
    color("a:dk2", dk2);
    color("a:lt2", lt2);
    color("a:accent1", theme.accent());
    color("a:accent2", theme.seriesColor(ChartSeries::Tone::Secondary));
    color("a:accent3", theme.seriesColor(ChartSeries::Tone::Muted));
    color("a:accent4", theme.warning());
    color("a:accent5", QColor(0x10, 0xB9, 0x81));
    color("a:accent6", QColor(0xEF, 0x44, 0x44));
    color("a:hlink", theme.accent());
    color("a:folHlink", theme.seriesColor(ChartSeries::Tone::Secondary));
    x.end();

    x.start("a:fontScheme", {{"name", font}});
    for (const char *kind : {"a:majorFont", "a:minorFont"}) {
        x.start(kind);
        x.empty("a:latin", {{"typeface", font}});
        x.empty("a:ea", {{"typeface", QString()}});
        x.empty("a:cs", {{"typeface", QString()}});
        x.end();
    }
    x.end();

    // The format scheme needs three entries in each list; plain ones suffice.
    x.start("a:fmtScheme", {{"name", name}});
    x.start("a:fillStyleLst");
    for (int i = 0; i < 3; ++i) {
        x.start("a:solidFill");
        x.empty("a:schemeClr", {{"val", u"phClr"_s}});
        x.end();
    }
    x.end();
    x.start("a:lnStyleLst");
    for (int w : {9525, 19050, 28575}) {
        x.start("a:ln", {{"w", QString::number(w)},
                         {"cap", u"flat"_s},
                         {"cmpd", u"sng"_s},
                         {"algn", u"ctr"_s}});
        x.start("a:solidFill");
        x.empty("a:schemeClr", {{"val", u"phClr"_s}});
        x.end();
        x.empty("a:prstDash", {{"val", u"solid"_s}});
        x.empty("a:miter", {{"lim", u"800000"_s}});
        x.end();
    }
    x.end();
    x.start("a:effectStyleLst");
    for (int i = 0; i < 3; ++i) {
        x.start("a:effectStyle");
        x.empty("a:effectLst");
        x.end();
    }
    x.end();
    x.start("a:bgFillStyleLst");
    for (int i = 0; i < 3; ++i) {
        x.start("a:solidFill");
        x.empty("a:schemeClr", {{"val", u"phClr"_s}});
        x.end();
    }
    x.end();
    x.end(); // fmtScheme
    x.end(); // themeElements
    x.empty("a:objectDefaults");
    x.empty("a:extraClrSchemeLst");
    x.end();
    return x.finish();
}

QByteArray PptxTemplates::slideMaster(const SlideTheme &theme)
{
    const QString font = SlideTheme::fontFamily();
    XmlPart x;
    x.start("p:sldMaster", {{"xmlns:a", Ooxml::drawingMain},
                            {"xmlns:r", Ooxml::relationships},
                            {"xmlns:p", Ooxml::presentationMain}});
    x.start("p:cSld");
    x.start("p:bg");
    x.start("p:bgPr");
    srgb(x, theme.background());
    x.empty("a:effectLst");
    x.end();
    x.end();
    x.start("p:spTree");
    groupShapeProperties(x);
    placeholder(x, 2, u"Title Placeholder 1"_s, "title", 0, QRectF(48, 24, 864, 58), u"Title"_s);
    placeholder(x, 3, u"Text Placeholder 2"_s, "body", 1, QRectF(48, 118, 864, 374), u"Text"_s);
    x.end();
    x.end();
    if (theme.isDark())
        x.empty("p:clrMap", {{"bg1", u"dk1"_s},
                             {"tx1", u"lt1"_s},
                             {"bg2", u"dk2"_s},
                             {"tx2", u"lt2"_s},
                             {"accent1", u"accent1"_s},
                             {"accent2", u"accent2"_s},
                             {"accent3", u"accent3"_s},
                             {"accent4", u"accent4"_s},
                             {"accent5", u"accent5"_s},
                             {"accent6", u"accent6"_s},
                             {"hlink", u"hlink"_s},
                             {"folHlink", u"folHlink"_s}});
    else
        x.empty("p:clrMap", {{"bg1", u"lt1"_s},
                             {"tx1", u"dk1"_s},
                             {"bg2", u"lt2"_s},
                             {"tx2", u"dk2"_s},
                             {"accent1", u"accent1"_s},
                             {"accent2", u"accent2"_s},
                             {"accent3", u"accent3"_s},
                             {"accent4", u"accent4"_s},
                             {"accent5", u"accent5"_s},
                             {"accent6", u"accent6"_s},
                             {"hlink", u"hlink"_s},
                             {"folHlink", u"folHlink"_s}});
    x.start("p:sldLayoutIdLst");
    x.empty("p:sldLayoutId", {{"id", u"2147483649"_s}, {"r:id", u"rId1"_s}});
    x.end();
    x.start("p:txStyles");
    x.start("p:titleStyle");
    levelStyle(x, "a:lvl1pPr", 28, true, false, u"tx1"_s, font);
    x.end();
    x.start("p:bodyStyle");
    levelStyle(x, "a:lvl1pPr", 18, false, true, u"tx1"_s, font, 0);
    levelStyle(x, "a:lvl2pPr", 16, false, true, u"tx1"_s, font, 1);
    x.end();
    x.start("p:otherStyle");
    levelStyle(x, "a:lvl1pPr", 18, false, false, u"tx1"_s, font);
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray PptxTemplates::slideLayout()
{
    XmlPart x;
    x.start("p:sldLayout", {{"xmlns:a", Ooxml::drawingMain},
                            {"xmlns:r", Ooxml::relationships},
                            {"xmlns:p", Ooxml::presentationMain},
                            {"type", u"titleOnly"_s},
                            {"preserve", u"1"_s}});
    x.start("p:cSld", {{"name", u"Title Only"_s}});
    x.start("p:spTree");
    groupShapeProperties(x);
    placeholder(x, 2, u"Title 1"_s, "title", 0, QRectF(), u"Title"_s);
    x.end();
    x.end();
    x.start("p:clrMapOvr");
    x.empty("a:masterClrMapping");
    x.end();
    x.end();
    return x.finish();
}

QByteArray PptxTemplates::notesMaster()
{
    // Portrait notes page: the slide image above, the notes text below.
    const double w = 6858000.0 / kEmuPerPoint;
    const double h = 9144000.0 / kEmuPerPoint;
    XmlPart x;
    x.start("p:notesMaster", {{"xmlns:a", Ooxml::drawingMain},
                              {"xmlns:r", Ooxml::relationships},
                              {"xmlns:p", Ooxml::presentationMain}});
    x.start("p:cSld");
    x.start("p:bg");
    x.start("p:bgRef", {{"idx", u"1001"_s}});
    x.empty("a:schemeClr", {{"val", u"bg1"_s}});
    x.end();
    x.end();
    x.start("p:spTree");
    groupShapeProperties(x);
    const double imageWidth = w - 72;
    placeholder(x, 2, u"Slide Image Placeholder 1"_s, "sldImg", 0,
                QRectF(36, 54, imageWidth, imageWidth * kSlideHeight / kSlideWidth), QString());
    placeholder(x, 3, u"Notes Placeholder 2"_s, "body", 1, QRectF(54, h * 0.42, w - 108, h * 0.48),
                u"Notes"_s);
    x.end();
    x.end();
    x.empty("p:clrMap", {{"bg1", u"lt1"_s},
                         {"tx1", u"dk1"_s},
                         {"bg2", u"lt2"_s},
                         {"tx2", u"dk2"_s},
                         {"accent1", u"accent1"_s},
                         {"accent2", u"accent2"_s},
                         {"accent3", u"accent3"_s},
                         {"accent4", u"accent4"_s},
                         {"accent5", u"accent5"_s},
                         {"accent6", u"accent6"_s},
                         {"hlink", u"hlink"_s},
                         {"folHlink", u"folHlink"_s}});
    x.start("p:notesStyle");
    levelStyle(x, "a:lvl1pPr", 12, false, false, u"tx1"_s, SlideTheme::fontFamily());
    x.end();
    x.end();
    return x.finish();
}

QByteArray PptxTemplates::presentationProperties()
{
    XmlPart x;
    x.empty("p:presentationPr", {{"xmlns:a", Ooxml::drawingMain},
                                 {"xmlns:r", Ooxml::relationships},
                                 {"xmlns:p", Ooxml::presentationMain}});
    return x.finish();
}

QByteArray PptxTemplates::viewProperties()
{
    XmlPart x;
    x.start("p:viewPr", {{"xmlns:a", Ooxml::drawingMain},
                         {"xmlns:r", Ooxml::relationships},
                         {"xmlns:p", Ooxml::presentationMain}});
    x.start("p:normalViewPr");
    x.empty("p:restoredLeft", {{"sz", u"15620"_s}});
    x.empty("p:restoredTop", {{"sz", u"94660"_s}});
    x.end();
    x.empty("p:gridSpacing", {{"cx", u"76200"_s}, {"cy", u"76200"_s}});
    x.end();
    return x.finish();
}

QByteArray PptxTemplates::tableStyles()
{
    XmlPart x;
    x.empty("a:tblStyleLst", {{"xmlns:a", Ooxml::drawingMain},
                              {"def", u"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"_s}});
    return x.finish();
}

QByteArray PptxTemplates::appProperties(int slides, int notes)
{
    XmlPart x;
    x.start(
        "Properties",
        {{"xmlns", u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s},
         {"xmlns:vt", u"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"_s}});
    x.element("Application", u"SprintDeck"_s);
    x.element("PresentationFormat", u"Widescreen"_s);
    x.element("Slides", QString::number(slides));
    x.element("Notes", QString::number(notes));
    x.element("AppVersion", u"16.0000"_s);
    x.end();
    return x.finish();
}

QByteArray PptxTemplates::coreProperties(const QString &title, const QString &author,
                                         const QDateTime &created)
{
    const QString stamp = created.toUTC().toString(Qt::ISODate);
    XmlPart x;
    x.start(
        "cp:coreProperties",
        {{"xmlns:cp", u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s},
         {"xmlns:dc", u"http://purl.org/dc/elements/1.1/"_s},
         {"xmlns:dcterms", u"http://purl.org/dc/terms/"_s},
         {"xmlns:dcmitype", u"http://purl.org/dc/dcmitype/"_s},
         {"xmlns:xsi", u"http://www.w3.org/2001/XMLSchema-instance"_s}});
    x.element("dc:title", title);
    x.element("dc:creator", author);
    x.element("cp:lastModifiedBy", author);
    x.element("dcterms:created", stamp, {{"xsi:type", u"dcterms:W3CDTF"_s}});
    x.element("dcterms:modified", stamp, {{"xsi:type", u"dcterms:W3CDTF"_s}});
    x.end();
    return x.finish();
}

} // namespace SprintDeck

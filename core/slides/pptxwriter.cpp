#include "core/slides/pptxwriter.h"
#include "core/slides/ooxml.h"
#include "core/slides/pptxchart.h"
#include "core/slides/pptxslide.h"
#include "core/slides/pptxtemplates.h"
#include "core/slides/xmlpart.h"
#include "core/slides/zipwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

const QString kPresentationType =
    u"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"_s;
const QString kSlideType =
    u"application/vnd.openxmlformats-officedocument.presentationml.slide+xml"_s;
const QString kNotesType =
    u"application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"_s;
const QString kChartType = u"application/vnd.openxmlformats-officedocument.drawingml.chart+xml"_s;

/** The relationships part of one package part. */
class Relationships
{
public:
    QString add(const QString &type, const QString &target)
    {
        const QString id = u"rId%1"_s.arg(m_items.size() + 1);
        m_items.append({id, type, target});
        return id;
    }
    QByteArray xml() const
    {
        XmlPart x;
        x.start("Relationships", {{"xmlns", Ooxml::packageRelationships}});
        for (const Item &item : m_items)
            x.empty("Relationship",
                    {{"Id", item.id}, {"Type", item.type}, {"Target", item.target}});
        x.end();
        return x.finish();
    }

private:
    struct Item
    {
        QString id, type, target;
    };
    QList<Item> m_items;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::PptxWriter", text);
}

} // namespace

Result<QByteArray> PptxWriter::package(const QList<SlidePage> &pages,
                                       const DeckWriteOptions &options)
{
    if (pages.isEmpty())
        return Result<QByteArray>::failure(
            tr("The deck has no slides; switch on at least one section"));

    QList<std::pair<QString, QByteArray>> parts;  // in the order they go into the archive
    QList<std::pair<QString, QString>> overrides; // part name -> content type
    auto addPart = [&](const QString &name, const QByteArray &data, const QString &type = {}) {
        parts.append({name, data});
        if (!type.isEmpty())
            overrides.append({u"/"_s + name, type});
    };

    Relationships presentationRels;
    const QString masterRel =
        presentationRels.add(Ooxml::relType("slideMaster"), u"slideMasters/slideMaster1.xml"_s);
    const QString notesMasterRel =
        presentationRels.add(Ooxml::relType("notesMaster"), u"notesMasters/notesMaster1.xml"_s);
    QStringList slideRels;
    int chartNumber = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const SlidePage &page = pages.at(i);
        const int n = i + 1;
        slideRels.append(
            presentationRels.add(Ooxml::relType("slide"), u"slides/slide%1.xml"_s.arg(n)));

        Relationships rels;
        rels.add(Ooxml::relType("slideLayout"), u"../slideLayouts/slideLayout1.xml"_s);
        rels.add(Ooxml::relType("notesSlide"), u"../notesSlides/notesSlide%1.xml"_s.arg(n));
        QStringList chartRels;
        for (const SlideItem &item : page.items) {
            const auto *chart = std::get_if<ChartBox>(&item);
            if (!chart)
                continue;
            ++chartNumber;
            chartRels.append(
                rels.add(Ooxml::relType("chart"), u"../charts/chart%1.xml"_s.arg(chartNumber)));
            const PptxChart part(chart->chart, options.theme, chart->fontSize, chart->rect.width());
            const QString workbook = u"Microsoft_Excel_Worksheet%1.xlsx"_s.arg(chartNumber);
            Relationships chartRelsPart;
            const QString workbookRel =
                chartRelsPart.add(Ooxml::relType("package"), u"../embeddings/"_s + workbook);
            addPart(u"ppt/charts/chart%1.xml"_s.arg(chartNumber), part.chartXml(workbookRel),
                    kChartType);
            addPart(u"ppt/charts/_rels/chart%1.xml.rels"_s.arg(chartNumber), chartRelsPart.xml());
            addPart(u"ppt/embeddings/"_s + workbook, part.workbook());
        }
        const PptxSlide slide(page);
        addPart(u"ppt/slides/slide%1.xml"_s.arg(n), slide.slideXml(chartRels), kSlideType);
        addPart(u"ppt/slides/_rels/slide%1.xml.rels"_s.arg(n), rels.xml());

        Relationships notesRels;
        notesRels.add(Ooxml::relType("notesMaster"), u"../notesMasters/notesMaster1.xml"_s);
        notesRels.add(Ooxml::relType("slide"), u"../slides/slide%1.xml"_s.arg(n));
        addPart(u"ppt/notesSlides/notesSlide%1.xml"_s.arg(n), slide.notesXml(), kNotesType);
        addPart(u"ppt/notesSlides/_rels/notesSlide%1.xml.rels"_s.arg(n), notesRels.xml());

        // Half the work is the slides, the other half the archive.
        if (options.progress && !options.progress(i + 1, int(pages.size()) * 2))
            return Result<QByteArray>::failure(tr("Export cancelled"));
    }
    presentationRels.add(Ooxml::relType("theme"), u"theme/theme1.xml"_s);
    presentationRels.add(Ooxml::relType("presProps"), u"presProps.xml"_s);
    presentationRels.add(Ooxml::relType("viewProps"), u"viewProps.xml"_s);
    presentationRels.add(Ooxml::relType("tableStyles"), u"tableStyles.xml"_s);

    {
        XmlPart x;
        x.start("p:presentation", {{"xmlns:a", Ooxml::drawingMain},
                                   {"xmlns:r", Ooxml::relationships},
                                   {"xmlns:p", Ooxml::presentationMain},
                                   {"saveSubsetFonts", u"1"_s}});
        x.start("p:sldMasterIdLst");
        x.empty("p:sldMasterId", {{"id", u"2147483648"_s}, {"r:id", masterRel}});
        x.end();
        x.start("p:notesMasterIdLst");
        x.empty("p:notesMasterId", {{"r:id", notesMasterRel}});
        x.end();
        x.start("p:sldIdLst");
        for (int i = 0; i < slideRels.size(); ++i)
            x.empty("p:sldId", {{"id", QString::number(256 + i)}, {"r:id", slideRels.at(i)}});
        x.end();
        x.empty("p:sldSz", {{"cx", XmlPart::emu(kSlideWidth)}, {"cy", XmlPart::emu(kSlideHeight)}});
        x.empty("p:notesSz", {{"cx", u"6858000"_s}, {"cy", u"9144000"_s}});
        x.end();
        addPart(u"ppt/presentation.xml"_s, x.finish(), kPresentationType);
    }
    addPart(u"ppt/_rels/presentation.xml.rels"_s, presentationRels.xml());

    const QString themeType = u"application/vnd.openxmlformats-officedocument.theme+xml"_s;
    addPart(u"ppt/theme/theme1.xml"_s, PptxTemplates::theme(options.theme, u"SprintDeck"_s),
            themeType);
    addPart(u"ppt/theme/theme2.xml"_s,
            PptxTemplates::theme(SlideTheme(false, options.theme.accent()), u"SprintDeck Notes"_s),
            themeType);
    addPart(u"ppt/slideMasters/slideMaster1.xml"_s, PptxTemplates::slideMaster(options.theme),
            u"application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"_s);
    {
        Relationships rels;
        rels.add(Ooxml::relType("slideLayout"), u"../slideLayouts/slideLayout1.xml"_s);
        rels.add(Ooxml::relType("theme"), u"../theme/theme1.xml"_s);
        addPart(u"ppt/slideMasters/_rels/slideMaster1.xml.rels"_s, rels.xml());
    }
    addPart(u"ppt/slideLayouts/slideLayout1.xml"_s, PptxTemplates::slideLayout(),
            u"application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"_s);
    {
        Relationships rels;
        rels.add(Ooxml::relType("slideMaster"), u"../slideMasters/slideMaster1.xml"_s);
        addPart(u"ppt/slideLayouts/_rels/slideLayout1.xml.rels"_s, rels.xml());
    }
    addPart(u"ppt/notesMasters/notesMaster1.xml"_s, PptxTemplates::notesMaster(),
            u"application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"_s);
    {
        Relationships rels;
        rels.add(Ooxml::relType("theme"), u"../theme/theme2.xml"_s);
        addPart(u"ppt/notesMasters/_rels/notesMaster1.xml.rels"_s, rels.xml());
    }
    addPart(u"ppt/presProps.xml"_s, PptxTemplates::presentationProperties(),
            u"application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"_s);
    addPart(u"ppt/viewProps.xml"_s, PptxTemplates::viewProperties(),
            u"application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"_s);
    addPart(u"ppt/tableStyles.xml"_s, PptxTemplates::tableStyles(),
            u"application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"_s);
    addPart(u"docProps/app.xml"_s,
            PptxTemplates::appProperties(int(pages.size()), int(pages.size())),
            u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s);
    addPart(u"docProps/core.xml"_s,
            PptxTemplates::coreProperties(options.title, options.author,
                                          QDateTime::currentDateTimeUtc()),
            u"application/vnd.openxmlformats-package.core-properties+xml"_s);
    {
        Relationships rels;
        rels.add(Ooxml::relType("officeDocument"), u"ppt/presentation.xml"_s);
        rels.add(
            u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s,
            u"docProps/core.xml"_s);
        rels.add(Ooxml::relType("extended-properties"), u"docProps/app.xml"_s);
        addPart(u"_rels/.rels"_s, rels.xml());
    }

    XmlPart types;
    types.start("Types", {{"xmlns", Ooxml::contentTypes}});
    types.empty("Default",
                {{"Extension", u"rels"_s},
                 {"ContentType", u"application/vnd.openxmlformats-package.relationships+xml"_s}});
    types.empty("Default", {{"Extension", u"xml"_s}, {"ContentType", u"application/xml"_s}});
    types.empty(
        "Default",
        {{"Extension", u"xlsx"_s},
         {"ContentType", u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s}});
    for (const auto &[name, type] : overrides)
        types.empty("Override", {{"PartName", name}, {"ContentType", type}});
    types.end();

    ZipWriter zip;
    zip.add(u"[Content_Types].xml"_s, types.finish());
    for (int i = 0; i < parts.size(); ++i) {
        zip.add(parts.at(i).first, parts.at(i).second);
        if (options.progress && i % 8 == 7 &&
            !options.progress(int(pages.size()) + int(pages.size()) * (i + 1) / int(parts.size()),
                              int(pages.size()) * 2))
            return Result<QByteArray>::failure(tr("Export cancelled"));
    }
    return zip.finish();
}

Status PptxWriter::write(const QString &path, const QList<SlidePage> &pages,
                         const DeckWriteOptions &options)
{
    auto bytes = package(pages, options);
    if (!bytes)
        return Status::failure(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Status::failure(
            tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    if (options.progress)
        options.progress(int(pages.size()) * 2, int(pages.size()) * 2);
    return {};
}

} // namespace SprintDeck

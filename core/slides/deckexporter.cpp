#include "core/slides/deckexporter.h"
#include "core/board/board.h"
#include "core/slides/deckbuilder.h"
#include "core/slides/pdfdeckwriter.h"
#include "core/slides/pptxwriter.h"
#include "core/slides/reviewdata.h"
#include "core/slides/slidelayout.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SprintDeck {

std::optional<DeckExporter::Format> DeckExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pptx")
        return Format::Pptx;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

Status DeckExporter::write(const QString &path, const QList<SlidePage> &pages,
                           const DeckWriteOptions &options)
{
    const auto format = formatFor(path);
    if (!format)
        return Status::failure(
            QCoreApplication::translate("SprintDeck::DeckExporter",
                                        "%1: the file name must end in .pptx or .pdf")
                .arg(path));
    return *format == Format::Pptx ? PptxWriter::write(path, pages, options)
                                   : PdfDeckWriter::write(path, pages, options);
}

Result<int> DeckExporter::exportDeck(Board &board, qint64 sprintId, const QString &path,
                                     const DeckSettings &settings, const DeckProgress &progress,
                                     const QDateTime &now)
{
    if (!formatFor(path))
        return Result<int>::failure(
            QCoreApplication::translate("SprintDeck::DeckExporter",
                                        "%1: the file name must end in .pptx or .pdf")
                .arg(path));
    auto data =
        collectReviewData(board, sprintId, now, settings.sections.contains(DeckSection::Flow));
    if (!data)
        return Result<int>::failure(data.error());
    const Deck deck = DeckBuilder(*data).build(settings.sections);
    const SlideLayout layout(settings.theme());
    const QList<SlidePage> pages = layout.layout(deck);
    DeckWriteOptions options;
    options.theme = settings.theme();
    options.title = QCoreApplication::translate("SprintDeck::DeckExporter", "%1: sprint review")
                        .arg(deck.title);
    options.author = deck.author;
    options.progress = progress;
    if (Status s = write(path, pages, options); !s)
        return Result<int>::failure(s.error());
    return int(pages.size());
}

} // namespace SprintDeck

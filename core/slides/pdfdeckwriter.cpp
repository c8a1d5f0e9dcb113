#include "core/slides/pdfdeckwriter.h"
#include "core/slides/slidepainter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QPageSize PdfDeckWriter::pageSize()
{
    return QPageSize(QSizeF(338.667, 190.5), QPageSize::Millimeter, u"Slide 16:9"_s,
                     QPageSize::ExactMatch);
}

Status PdfDeckWriter::write(const QString &path, const QList<SlidePage> &pages,
                            const DeckWriteOptions &options)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("SprintDeck::PdfDeckWriter", text);
    };
    if (pages.isEmpty())
        return Status::failure(tr("The deck has no slides; switch on at least one section"));

    // Written to a temporary file first, so a failed or cancelled export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));

    QPdfWriter pdf(&file);
    pdf.setTitle(options.title);
    pdf.setCreator(u"SprintDeck "_s + QStringLiteral(SPRINTDECK_VERSION));
    pdf.setPageLayout(QPageLayout(pageSize(), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageSize(pageSize());
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(1200);

    SlidePainter slides(options.theme);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Status::failure(tr("Cannot write %1: the PDF could not be started").arg(path));
    const QRectF target(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        slides.paint(painter, pages.at(i), target);
        if (options.progress && !options.progress(i + 1, int(pages.size()))) {
            painter.end();
            file.cancelWriting();
            return Status::failure(tr("Export cancelled"));
        }
    }
    painter.end();
    if (!file.commit())
        return Status::failure(
            tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

} // namespace SprintDeck

#include "ui/common/markdownview.h"
#include "ui/common/inertdocument.h"

#include <QDesktopServices>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SprintDeck {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setDocument(new InertDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    document()->setMarkdown(markdown, kMarkdownWithoutHtml);
}

} // namespace SprintDeck

#pragma once

#include <QColor>
#include <QImage>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

namespace SprintDeck {

/**
 * Markdown as the program reads it: GitHub's dialect, with raw HTML kept as the text it
 * is. Parsed as HTML, a <script> or <style> in imported text would hide everything after
 * it, and an editor would then save the text without it.
 */
inline constexpr QTextDocument::MarkdownFeatures kMarkdownWithoutHtml =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                    QTextDocument::MarkdownNoHTML);

/**
 * A text document that resolves no references. Text shown here comes from cards,
 * standups and imported documents: an image, style sheet or other resource named in it
 * is never read, from the network or from disk. An image gets a small placeholder: a
 * missing one would make Qt's image handler read the named file itself.
 */
class InertDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        QImage placeholder(12, 12, QImage::Format_ARGB32_Premultiplied);
        placeholder.fill(QColor(128, 128, 128, 90));
        return placeholder;
    }
};

} // namespace SprintDeck

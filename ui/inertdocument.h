#pragma once

#include <QTextDocument>
#include <QUrl>
#include <QVariant>

namespace SprintDeck {

/**
 * A text document that resolves no references. Text shown here comes from cards,
 * standups and imported documents: an image, style sheet or other resource named in it
 * is never read, from the network or from disk (QTextDocument would read local files).
 */
class InertDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace SprintDeck

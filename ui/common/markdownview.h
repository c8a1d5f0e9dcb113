#pragma once

#include <QTextBrowser>

namespace SprintDeck {

/**
 * Read-only markdown display that never fetches resources: images and other
 * references in a card's text are not loaded from disk or the network. Links
 * open in the desktop's browser only when clicked, and only web or mail links.
 */
class MarkdownView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
};

} // namespace SprintDeck

#pragma once

#include "core/slides/slidepage.h"

#include <QFont>
#include <QImage>
#include <QString>
#include <QStringList>

namespace SprintDeck {

/**
 * Measures and wraps slide text in points, the way the slide writers draw it.
 *
 * Text is measured with the deck's font on a 72 dpi device, so one unit is one
 * point. Lines are broken a little narrower than the box (wrapSlack()): a
 * renderer with slightly wider glyphs (LibreOffice, PowerPoint) then still
 * fits every line we broke, and never needs a line more than we counted.
 * Needs a QGuiApplication (the font database).
 */
class TextFitter
{
public:
    explicit TextFitter(QString family = {});

    QFont font(double size, bool bold) const;
    double lineHeight(double size, bool bold) const;
    double ascent(double size, bool bold) const;
    double textWidth(const QString &text, double size, bool bold) const;
    /** The width that is kept free at the end of each line of a box `width` wide. */
    static double wrapSlack(double width);
    /** Indent of bullet paragraphs at a font size. */
    static double bulletIndent(double size);

    /**
     * Breaks text into lines at most `width` wide (words longer than a line are
     * broken anywhere). With maxLines > 0 the rest is cut and the last line ends
     * with an ellipsis; `elided` tells whether that happened.
     */
    QStringList wrap(const QString &text, double size, bool bold, double width, int maxLines = 0,
                     bool *elided = nullptr) const;
    /** One line, cut with an ellipsis when wider than `width`. */
    QString elide(const QString &text, double size, bool bold, double width) const;

    /**
     * Fits the paragraphs of a box: wraps them at their sizes, shrinks all of
     * them together (never below `minSize`, or their own size when smaller)
     * until they fit the box's height, and as a last resort cuts lines at the
     * end with an ellipsis. Sets the paragraphs' lines and sizes and the box's
     * shrunk/elided flags. Returns false when text had to be cut.
     */
    bool fit(TextBox &box, double minSize) const;

    /** Height of the box's paragraphs as they are wrapped now. */
    double paragraphsHeight(const QList<TextParagraph> &paragraphs) const;

private:
    QString m_family;
    QImage m_device;
};

} // namespace SprintDeck

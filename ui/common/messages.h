#pragma once

#include <QString>

class QWidget;

namespace SprintDeck {

/**
 * Shows a one-line error in a window-modal message box without a nested event
 * loop, so it is safe from drop handlers and undo callbacks.
 */
void showError(QWidget *parent, const QString &title, const QString &message);

/** The colour of error text in `widget`'s palette (lighter on dark palettes), as a style sheet. */
QString errorStyle(const QWidget *widget);
/** The same for a warning (amber), as an HTML colour for rich text. */
QString warningColor(const QWidget *widget);

} // namespace SprintDeck

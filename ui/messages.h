#pragma once

#include <QString>

class QWidget;

namespace SprintDeck {

/**
 * Shows a one-line error in a window-modal message box without a nested event
 * loop, so it is safe from drop handlers and undo callbacks.
 */
void showError(QWidget *parent, const QString &title, const QString &message);

} // namespace SprintDeck

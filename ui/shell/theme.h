#pragma once

#include <QPalette>
#include <QString>

namespace SprintDeck::Theme {

/** The palettes of the forced themes (Fusion style). */
QPalette lightPalette();
QPalette darkPalette();

/**
 * Applies "light" or "dark" (Fusion with its palette) or "system" (the style and
 * palette the application started with) to the running application.
 */
void apply(const QString &theme);

/** The theme applied last ("system" until apply() is called). */
QString current();

} // namespace SprintDeck::Theme

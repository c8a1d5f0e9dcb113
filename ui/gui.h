#pragma once

#include <QString>

namespace SprintDeck {

struct GuiOptions
{
    QString dbPath;
    QString screenshotPath; ///< render, save and exit when set
    QString view;           ///< board, charts, standup, slides
    QString language;       ///< "en", "de", "fr"; empty: the setting or the system's
    QString theme;          ///< light, dark or system; empty: the preferences' theme
    bool demo = false;
};

/** Runs the desktop application on an existing QApplication; returns the exit code. */
int runGui(const GuiOptions &options);

} // namespace SprintDeck

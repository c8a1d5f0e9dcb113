#pragma once

#include <QSize>
#include <QString>

#include <memory>

namespace SprintDeck {

class Board;

struct GuiOptions
{
    QString dbPath;
    QString screenshotPath; ///< render, save and exit when set
    QString view;           ///< board, charts, standup, slides
    QString language;       ///< "en", "de", "fr"; empty: the setting or the system's
    QString theme;          ///< light, dark or system; empty: the preferences' theme
    bool demo = false;
    QSize screenshotSize{1600, 1000}; ///< the window's size for --screenshot
};

/**
 * Opens the board at `path`. When it cannot be opened, a dialog names the file and
 * the reason and offers to open another file or, when backups of it exist, to
 * restore one (the newest is proposed); nullptr when the user gives up.
 */
std::unique_ptr<Board> openBoardInteractively(const QString &path);

/** Runs the desktop application on an existing QApplication; returns the exit code. */
int runGui(const GuiOptions &options);

} // namespace SprintDeck

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SprintDeck::Settings {

// The user's preferences in QSettings. Keys other code relies on:
//   ui/language  "" (follow the system) | "en" | "de" | "fr"
//   ui/theme     "system" | "light" | "dark"
//   standup/speakerSeconds  seconds per speaker in the standup presenter

inline constexpr int kMaxRecentFiles = 8;

/** The database opened at start without --db; `fallback` when none is chosen. */
QString defaultDatabase(const QString &fallback);
void setDefaultDatabase(const QString &path); ///< empty: back to the built-in default

int speakerSeconds();
void setSpeakerSeconds(int seconds);

/** "system", "monday" or "sunday". */
QString weekStart();
void setWeekStart(const QString &weekStart);
/** The first day of the week for calendars: the chosen one or the locale's. */
Qt::DayOfWeek firstDayOfWeek();

/** Days of the week (1 = Monday … 7 = Sunday) a new sprint works on; Monday to Friday by default.
 */
QList<int> workingWeekdays();
void setWorkingWeekdays(const QList<int> &days);

/** Whether cards in progress show how many days they have been worked on (off by default). */
bool showCardAge();
void setShowCardAge(bool show);

/** "system", "light" or "dark". */
QString theme();
void setTheme(const QString &theme);

/** "" (system), "en", "de" or "fr". */
QString language();
void setLanguage(const QString &language);

/** Recently opened databases, newest first (at most kMaxRecentFiles). */
QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
void clearRecentFiles();

} // namespace SprintDeck::Settings

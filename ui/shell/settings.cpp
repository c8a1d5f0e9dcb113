#include "ui/shell/settings.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck::Settings {

namespace {

const QString kDefaultDatabase = u"general/defaultDatabase"_s;
const QString kSpeakerSeconds = u"standup/speakerSeconds"_s;
const QString kWeekStart = u"calendar/weekStart"_s;
const QString kWorkingDays = u"calendar/workingDays"_s;
const QString kTheme = u"ui/theme"_s;
const QString kShowCardAge = u"board/showCardAge"_s;
const QString kLanguage = u"ui/language"_s;
const QString kRecentFiles = u"files/recent"_s;

QString oneOf(const QString &value, const QStringList &allowed)
{
    return allowed.contains(value) ? value : allowed.first();
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

QString defaultDatabase(const QString &fallback)
{
    const QString path = QSettings().value(kDefaultDatabase).toString();
    return path.isEmpty() ? fallback : path;
}

void setDefaultDatabase(const QString &path)
{
    if (path.trimmed().isEmpty())
        QSettings().remove(kDefaultDatabase);
    else
        QSettings().setValue(kDefaultDatabase, QFileInfo(path).absoluteFilePath());
}

int speakerSeconds()
{
    return qBound(10, QSettings().value(kSpeakerSeconds, 120).toInt(), 3600);
}

void setSpeakerSeconds(int seconds)
{
    QSettings().setValue(kSpeakerSeconds, qBound(10, seconds, 3600));
}

QString weekStart()
{
    return oneOf(QSettings().value(kWeekStart).toString(), {u"system"_s, u"monday"_s, u"sunday"_s});
}

void setWeekStart(const QString &weekStart)
{
    QSettings().setValue(kWeekStart, oneOf(weekStart, {u"system"_s, u"monday"_s, u"sunday"_s}));
}

Qt::DayOfWeek firstDayOfWeek()
{
    const QString start = weekStart();
    if (start == u"monday")
        return Qt::Monday;
    if (start == u"sunday")
        return Qt::Sunday;
    return QLocale().firstDayOfWeek();
}

QList<int> workingWeekdays()
{
    QSettings settings;
    if (!settings.contains(kWorkingDays))
        return {1, 2, 3, 4, 5};
    QList<int> days;
    const QVariantList stored = settings.value(kWorkingDays).toList();
    for (const QVariant &v : stored) {
        const int day = v.toInt();
        if (day >= 1 && day <= 7 && !days.contains(day))
            days.append(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

void setWorkingWeekdays(const QList<int> &days)
{
    QVariantList stored;
    for (int day : days)
        if (day >= 1 && day <= 7)
            stored.append(day);
    QSettings().setValue(kWorkingDays, stored);
}

bool showCardAge()
{
    return QSettings().value(kShowCardAge, false).toBool();
}

void setShowCardAge(bool show)
{
    QSettings().setValue(kShowCardAge, show);
}

QString theme()
{
    return oneOf(QSettings().value(kTheme).toString(), {u"system"_s, u"light"_s, u"dark"_s});
}

void setTheme(const QString &theme)
{
    QSettings().setValue(kTheme, oneOf(theme, {u"system"_s, u"light"_s, u"dark"_s}));
}

QString language()
{
    return oneOf(QSettings().value(kLanguage).toString(), {QString(), u"en"_s, u"de"_s, u"fr"_s});
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, oneOf(language, {QString(), u"en"_s, u"de"_s, u"fr"_s}));
}

QStringList recentFiles()
{
    QStringList files = QSettings().value(kRecentFiles).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void addRecentFile(const QString &path)
{
    const QString file = canonical(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    QSettings().setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.removeAll(canonical(path));
    QSettings().setValue(kRecentFiles, files);
}

void clearRecentFiles()
{
    QSettings().remove(kRecentFiles);
}

} // namespace SprintDeck::Settings

#include "core/io/localclock.h"

#include <QHash>

namespace SprintDeck {

namespace {
constexpr qint64 kHour = 3600;
} // namespace

QDateTime LocalClock::toUtc(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    thread_local QHash<qint64, int> offsets; // local hour -> seconds east of UTC
    const qint64 key = date.toJulianDay() * 24 + time.hour();
    auto it = offsets.constFind(key);
    if (it == offsets.cend()) {
        if (offsets.size() > 100000)
            offsets.clear();
        it = offsets.insert(key,
                            QDateTime(date, QTime(time.hour(), 0), Qt::LocalTime).offsetFromUtc());
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-*it);
}

QDate LocalClock::localDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    thread_local QHash<qint64, int> offsets; // UTC hour -> seconds east of UTC
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 key = secs >= 0 ? secs / kHour : (secs - kHour + 1) / kHour;
    auto it = offsets.constFind(key);
    if (it == offsets.cend()) {
        if (offsets.size() > 100000)
            offsets.clear();
        it = offsets.insert(
            key, QDateTime::fromSecsSinceEpoch(key * kHour, Qt::UTC).toLocalTime().offsetFromUtc());
    }
    return QDateTime::fromSecsSinceEpoch(secs + *it, Qt::UTC).date();
}

} // namespace SprintDeck

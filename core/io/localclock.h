#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace SprintDeck {

/**
 * Local wall-clock time to UTC and back, for the thousands of dates an import
 * converts. Each conversion through the C library checks the zone file; the
 * offset is the same for a whole hour, so it is looked up once per hour.
 */
class LocalClock
{
public:
    /** The UTC instant of a local date and time. */
    static QDateTime toUtc(QDate date, QTime time);
    static QDateTime toUtc(QDate date, int hour) { return toUtc(date, QTime(hour, 0)); }
    /** The local date of a UTC instant. */
    static QDate localDate(const QDateTime &utc);
};

} // namespace SprintDeck

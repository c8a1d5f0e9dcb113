#pragma once

#include "core/io/localclock.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace SprintDeck {

/** Times and dates as the parts of SprintDocPlanner stamp and name them (internal to core/io). */
namespace SprintDocTime {

using namespace Qt::StringLiterals;

inline QDateTime localAt(QDate day, int hour)
{
    return LocalClock::toUtc(day, hour);
}

inline QString longDate(QDate d)
{
    return QLocale::c().toString(d, u"MMMM d, yyyy"_s);
}

} // namespace SprintDocTime

} // namespace SprintDeck

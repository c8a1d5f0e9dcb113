#include "core/analytics/dateaxis.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace SprintDeck::DateAxis {

int tickStep(int dayCount, double width, double labelWidth)
{
    if (dayCount <= 1 || width <= 0 || labelWidth <= 0)
        return 1;
    // Steps a reader counts in: days, a week, a fortnight, about a month, a quarter, a year.
    static constexpr std::array kSteps{1, 2, 7, 14, 28, 56, 91, 182, 364};
    const double perDay = width / dayCount;
    for (const int step : kSteps)
        if (step * perDay >= labelWidth)
            return step;
    return kSteps.back();
}

QString caption(QDate first, QDate last)
{
    const QLocale locale;
    if (!first.isValid())
        return {};
    if (!last.isValid() || last < first)
        last = first;
    if (first.year() != last.year())
        return QCoreApplication::translate("SprintDeck::DateAxis", "%1 \u2013 %2")
            .arg(locale.toString(first, u"MMM yyyy"_s), locale.toString(last, u"MMM yyyy"_s));
    if (first.month() != last.month())
        return QCoreApplication::translate("SprintDeck::DateAxis", "%1 \u2013 %2")
            .arg(locale.toString(first, u"MMMM"_s), locale.toString(last, u"MMMM yyyy"_s));
    return locale.toString(first, u"MMMM yyyy"_s);
}

} // namespace SprintDeck::DateAxis

#include "core/analytics/forecast.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace SprintDeck {

bool ThroughputHistory::empty() const
{
    return std::all_of(items.cbegin(), items.cend(), [](double n) { return n == 0; });
}

namespace {

/** `day`, or the first working day after it (within a year). */
QDate nextWorkingDay(const WorkCalendar &calendar, QDate day)
{
    for (int i = 0; i < 366 && !calendar.isWorkingDay(day); ++i)
        day = day.addDays(1);
    return day;
}

} // namespace

ThroughputHistory throughputHistory(const QList<CardFlow> &flows, const FlowFilter &filter,
                                    const WorkCalendar &calendar, QDate lastDay, int workingDays)
{
    QDate first;
    for (const CardFlow &flow : flows)
        if (filter.accepts(flow) && flow.createdDay.isValid() &&
            (!first.isValid() || flow.createdDay < first))
            first = flow.createdDay;
    return throughputHistory(flows, filter, calendar, lastDay, workingDays, first);
}

QDate firstSampledDay(const WorkCalendar &calendar, QDate lastDay, int workingDays, QDate first)
{
    QDate day;
    int found = 0;
    for (QDate d = lastDay; d.isValid() && d >= first && found < workingDays; d = d.addDays(-1))
        if (calendar.isWorkingDay(d)) {
            day = d;
            ++found;
        }
    return day;
}

ThroughputHistory throughputHistory(const QList<CardFlow> &flows, const FlowFilter &filter,
                                    const WorkCalendar &calendar, QDate lastDay, int workingDays,
                                    QDate first)
{
    ThroughputHistory history;
    if (!first.isValid() || !lastDay.isValid() || workingDays <= 0)
        return history;
    // The working days sampled, newest first, then oldest first.
    QList<QDate> days;
    for (QDate d = lastDay; d >= first && days.size() < workingDays; d = d.addDays(-1))
        if (calendar.isWorkingDay(d))
            days.prepend(d);
    if (days.isEmpty())
        return history;
    history.from = days.constFirst();
    history.to = days.constLast();
    history.items.fill(0, days.size());
    history.points.fill(0, days.size());
    for (const CardFlow &flow : flows) {
        if (!flow.isDone() || !filter.accepts(flow) || flow.doneDay > history.to)
            continue;
        // A card finished on a day off counts on the next working day.
        const QDate counted = nextWorkingDay(calendar, flow.doneDay);
        const auto day = std::lower_bound(days.cbegin(), days.cend(), counted);
        if (day == days.cend() || *day != counted)
            continue;
        const qsizetype i = day - days.cbegin();
        history.items[i] += 1;
        history.points[i] += flow.points.value_or(0);
    }
    return history;
}

namespace {

/**
 * The history as a distribution: each distinct amount as often as it occurred, divided by the
 * counts' greatest common divisor, so that a history repeated k times draws exactly as the
 * history once does (more of the same history never changes the answer).
 */
std::vector<double> distribution(const QList<double> &samples)
{
    QMap<double, int> counts;
    for (double s : samples)
        ++counts[s];
    int divisor = 0;
    for (int n : std::as_const(counts))
        divisor = std::gcd(divisor, n);
    std::vector<double> table;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        table.insert(table.end(), size_t(it.value() / divisor), it.key());
    return table;
}

/** The working days from `first` on, grown as the trials need them. */
class WorkingDays
{
public:
    WorkingDays(const WorkCalendar &calendar, QDate first)
        : m_calendar(calendar)
        , m_next(first)
    {}

    /** The n-th working day (0-based) from the first day. */
    QDate at(int n)
    {
        while (int(m_days.size()) <= n) {
            while (!m_calendar.isWorkingDay(m_next))
                m_next = m_next.addDays(1);
            m_days.push_back(m_next);
            m_next = m_next.addDays(1);
        }
        return m_days[size_t(n)];
    }

private:
    const WorkCalendar &m_calendar;
    QDate m_next;
    std::vector<QDate> m_days;
};

/** About ten years of working days: a trial that has not finished by then never will. */
constexpr int kMaxWorkingDays = 2600;

/** The nearest-rank percentile of sorted values. */
template<typename T> T nearestRank(const std::vector<T> &sorted, double p)
{
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[size_t(std::clamp<qsizetype>(rank - 1, 0, qsizetype(sorted.size()) - 1))];
}

} // namespace

QDate WhenForecast::at(double p) const
{
    return p <= 50 ? p50 : p <= 85 ? p85 : p95;
}

WhenForecast forecastWhen(const MonteCarloInput &input, double remaining)
{
    WhenForecast result;
    result.trials = input.trials;
    const std::vector<double> table = distribution(input.samples);
    if (remaining <= 0) {
        result.possible = result.alreadyDone = true;
        return result;
    }
    if (table.empty() || table.back() <= 0 || input.trials <= 0 || !input.firstDay.isValid())
        return result;
    result.possible = true;
    std::mt19937_64 rng(input.seed);
    std::uniform_int_distribution<size_t> pick(0, table.size() - 1);
    std::vector<int> finished; // working-day index each trial finishes on; kMax: never
    finished.reserve(size_t(input.trials));
    for (int trial = 0; trial < input.trials; ++trial) {
        double done = 0;
        int day = 0;
        for (; day < kMaxWorkingDays; ++day) {
            done += table[pick(rng)];
            if (done >= remaining)
                break;
        }
        finished.push_back(day);
    }
    std::sort(finished.begin(), finished.end());
    WorkingDays days(input.calendar, input.firstDay);
    const auto dateOf = [&](int day) { return day < kMaxWorkingDays ? days.at(day) : QDate(); };
    result.p50 = dateOf(nearestRank(finished, 50));
    result.p85 = dateOf(nearestRank(finished, 85));
    result.p95 = dateOf(nearestRank(finished, 95));
    for (size_t i = 0; i < finished.size();) {
        size_t j = i;
        while (j < finished.size() && finished[j] == finished[i])
            ++j;
        if (finished[i] < kMaxWorkingDays)
            result.histogram.append({days.at(finished[i]), int(j - i)});
        i = j;
    }
    return result;
}

HowManyForecast forecastHowMany(const MonteCarloInput &input, QDate lastDay)
{
    HowManyForecast result;
    result.trials = input.trials;
    const std::vector<double> table = distribution(input.samples);
    if (table.empty() || input.trials <= 0 || !input.firstDay.isValid())
        return result;
    result.possible = true;
    result.workingDays = input.calendar.workingDaysBetween(input.firstDay, lastDay);
    std::mt19937_64 rng(input.seed);
    std::uniform_int_distribution<size_t> pick(0, table.size() - 1);
    std::vector<double> totals;
    totals.reserve(size_t(input.trials));
    for (int trial = 0; trial < input.trials; ++trial) {
        double total = 0;
        for (int day = 0; day < result.workingDays; ++day)
            total += table[pick(rng)];
        totals.push_back(total);
    }
    std::sort(totals.begin(), totals.end());
    // "At least this much in p % of the trials": the (100 - p)th percentile.
    result.p50 = nearestRank(totals, 50);
    result.p85 = nearestRank(totals, 15);
    result.p95 = nearestRank(totals, 5);
    for (size_t i = 0; i < totals.size();) {
        size_t j = i;
        while (j < totals.size() && totals[j] == totals[i])
            ++j;
        result.histogram.append({totals[i], int(j - i)});
        i = j;
    }
    return result;
}

} // namespace SprintDeck

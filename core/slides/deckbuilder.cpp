#include "core/slides/deckbuilder.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::DeckBuilder", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("SprintDeck::DeckBuilder", text, disambiguation, n);
}

QString signedPoints(double value)
{
    const QString number = formatPoints(std::abs(value));
    return (value < 0 ? u"\u2212"_s : u"+"_s) + number;
}

/** Chart values at the precision the reports print (two decimals), so both show the same numbers.
 */
std::optional<double> chartValue(std::optional<double> v)
{
    if (!v)
        return v;
    const double rounded = std::round(*v * 100.0) / 100.0;
    return rounded == 0 ? 0.0 : rounded;
}

/** A title cut at a word near `length` characters; the speaker notes keep the whole of it. */
QString shortTitle(const QString &title, int length = 72)
{
    if (title.size() <= length)
        return title;
    qsizetype cut = title.lastIndexOf(u' ', length);
    if (cut < length / 2)
        cut = length;
    return title.left(cut).trimmed() + u'\u2026';
}

QString cardLine(const ReviewCard &c, bool full = false)
{
    QString line = c.key + u' ' + (full ? c.title : shortTitle(c.title));
    if (c.points)
        line += u" (%1)"_s.arg(formatPoints(c.points));
    return line;
}

} // namespace

DeckBuilder::DeckBuilder(const ReviewData &data)
    : m_data(data)
{}

QString DeckBuilder::points(double value) const
{
    return tr("%1 pts").arg(formatPoints(value));
}

QString DeckBuilder::date(QDate day) const
{
    return QLocale().toString(day, u"d MMM yyyy"_s);
}

QString DeckBuilder::dateRange() const
{
    const Sprint &s = m_data.sprint;
    return tr("%1 \u2013 %2 \u00b7 %n working day(s)", nullptr, s.workingDays())
        .arg(date(s.start), date(s.end));
}

Deck DeckBuilder::build(const QList<DeckSection> &sections) const
{
    Deck deck;
    deck.title = m_data.sprint.name;
    deck.author = m_data.team.join(u", "_s);
    for (DeckSection s : allDeckSections()) {
        if (!sections.contains(s))
            continue;
        deck.slides.append(section(s));
    }
    return deck;
}

QList<SlideContent> DeckBuilder::section(DeckSection section) const
{
    switch (section) {
    case DeckSection::Title:
        return {title()};
    case DeckSection::Summary:
        return {summary()};
    case DeckSection::Burndown:
        return {burndownSlide()};
    case DeckSection::Burnup:
        return {burnupSlide()};
    case DeckSection::Velocity:
        return {velocitySlide()};
    case DeckSection::Flow:
        if (!m_data.flow)
            return {};
        return {cycleTimeSlide(), forecastSlide()};
    case DeckSection::Completed:
        return {completedSlide()};
    case DeckSection::NotCompleted:
        return {notCompletedSlide()};
    case DeckSection::Blockers:
        return {blockersSlide()};
    case DeckSection::Progress:
        return {progressSlide()};
    case DeckSection::Retro:
        if (auto retro = retroSlide())
            return {*retro};
        return {};
    case DeckSection::Next:
        return {nextSlide()};
    }
    return {};
}

SlideContent DeckBuilder::title() const
{
    const Sprint &s = m_data.sprint;
    SlideContent c;
    c.section = DeckSection::Title;
    c.kind = SlideContent::Kind::Title;
    c.title = s.name;
    c.subtitle = dateRange();
    if (!m_data.team.isEmpty())
        c.lines.append(tr("Team: %1").arg(m_data.team.join(u", "_s)));
    if (!s.goal.trimmed().isEmpty())
        c.groups.append({tr("Sprint goal"), {s.goal.trimmed()}});
    QStringList notes;
    notes << tr("Sprint review of %1 (%2 to %3).").arg(s.name, date(s.start), date(s.end));
    if (!s.goal.isEmpty())
        notes << tr("Goal: %1").arg(s.goal);
    if (s.capacity > 0)
        notes << tr("Planned capacity: %1.").arg(points(s.capacity));
    notes << tr("Figures as of %1.")
                 .arg(QLocale().toString(m_data.evaluatedAt.toLocalTime(), QLocale::ShortFormat));
    if (!m_data.team.isEmpty())
        notes << tr("Team: %1.").arg(m_data.team.join(u", "_s));
    c.notes = notes.join(u'\n');
    return c;
}

SlideContent DeckBuilder::summary() const
{
    const ReviewData &d = m_data;
    SlideContent c;
    c.section = DeckSection::Summary;
    c.kind = SlideContent::Kind::Figures;
    c.title = tr("Sprint summary");
    c.subtitle = d.sprint.state == Sprint::State::Closed
                     ? tr("Closed on %1").arg(date(d.evaluatedAt.toLocalTime().date()))
                     : tr("As of %1").arg(date(d.evaluatedAt.toLocalTime().date()));
    const int items = int(d.completedCards.size() + d.openCards.size());
    c.figures.append(
        {tr("Committed"), points(d.committed), tr("at the start of the sprint"), false});
    c.figures.append({tr("Completed"), points(d.completed),
                      tr("%1 % of committed").arg(d.completionPercent()), true});
    const double net = d.scopeAdded - d.scopeRemoved;
    QStringList scopeParts;
    if (d.scopeAdded > 0)
        scopeParts << tr("%1 added").arg(points(d.scopeAdded));
    if (d.scopeRemoved > 0)
        scopeParts << tr("%1 removed").arg(points(d.scopeRemoved));
    c.figures.append({tr("Scope change"),
                      d.scopeChanges.isEmpty() ? tr("none") : tr("%1 pts").arg(signedPoints(net)),
                      scopeParts.isEmpty() ? tr("no cards added or removed after the start")
                                           : scopeParts.join(u", "_s),
                      false});
    QString velocityCaption;
    if (d.previousSprints > 0 && d.previousAverage > 0) {
        const double change = (d.completed - d.previousAverage) * 100.0 / d.previousAverage;
        velocityCaption =
            tr("average of %n previous sprint(s): %1 (%2 %)", nullptr, d.previousSprints)
                .arg(points(d.previousAverage), signedPoints(std::round(change)));
    } else if (d.previousSprints > 0) {
        velocityCaption = tr("average of %n previous sprint(s): %1", nullptr, d.previousSprints)
                              .arg(points(d.previousAverage));
    } else {
        velocityCaption = tr("no previous sprints to compare");
    }
    c.figures.append({tr("Velocity"), points(d.completed), velocityCaption, false});

    c.lines.append(tr("%1 of %n item(s) completed", nullptr, items).arg(d.completedCards.size()));
    if (d.burndown.remainingNow && *d.burndown.remainingNow > 0)
        c.lines.append(tr("%1 remaining in %n open item(s)", nullptr, int(d.openCards.size()))
                           .arg(points(*d.burndown.remainingNow)));
    if (!d.scopeChanges.isEmpty())
        c.lines.append(
            tr("Scope changed %n time(s) after the start: %1", nullptr, int(d.scopeChanges.size()))
                .arg(scopeParts.isEmpty() ? tr("no net change") : scopeParts.join(u", "_s)));
    const bool monteCarlo = d.burndown.forecastMethod == ForecastMethod::MonteCarlo;
    if (d.burndown.forecast && d.sprint.state != Sprint::State::Closed && monteCarlo) {
        if (*d.burndown.forecast <= d.sprint.end)
            c.lines.append(tr("Forecast: 85 % likely done by %1, within the sprint (ends %2)")
                               .arg(date(*d.burndown.forecast), date(d.sprint.end)));
        else
            c.lines.append(tr("Forecast: 85 % likely done by %1, after the planned end on %2")
                               .arg(date(*d.burndown.forecast), date(d.sprint.end)));
    } else if (d.burndown.forecast && d.sprint.state != Sprint::State::Closed) {
        if (*d.burndown.forecast <= d.sprint.end)
            c.lines.append(tr("Forecast: done by %1, within the sprint (ends %2)")
                               .arg(date(*d.burndown.forecast), date(d.sprint.end)));
        else
            c.lines.append(tr("Forecast: done by %1, after the planned end on %2")
                               .arg(date(*d.burndown.forecast), date(d.sprint.end)));
    }
    if (!d.sprint.goal.trimmed().isEmpty())
        c.lines.append(tr("Goal: %1").arg(d.sprint.goal.trimmed()));

    QStringList notes;
    notes << tr("Committed %1 at the start; completed %2 (%3 % of committed).")
                 .arg(points(d.committed), points(d.completed))
                 .arg(d.completionPercent());
    notes << tr("Completed %1 of the final scope (progress table).")
                 .arg(tr("%1 %").arg(d.progress.percentComplete()));
    if (d.previousSprints > 0)
        notes << tr("Previous sprints: %1.").arg([&] {
            QStringList parts;
            for (const Velocity::Row &r : d.velocity.rows)
                if (r.sprintId != d.sprint.id)
                    parts << u"%1 %2"_s.arg(r.name, points(r.completed));
            return parts.join(u", "_s);
        }());
    for (const ScopeChange &change : d.scopeChanges)
        notes << tr("Scope %1 on %2: %3")
                     .arg(scopeChangeKindName(change.kind), date(change.day),
                          describeScopeChange(change, ChartUnit::Points));
    c.notes = notes.join(u'\n');
    return c;
}

ChartData DeckBuilder::burndownChart() const
{
    const Burndown &b = m_data.burndown;
    ChartData chart;
    chart.title = tr("Burndown: story points remaining");
    chart.valueAxisTitle = tr("Story points");
    ChartSeries ideal{tr("Ideal"), {}, ChartSeries::Style::DashedLine, ChartSeries::Tone::Muted};
    ChartSeries remaining{tr("Remaining"), {}, ChartSeries::Style::Line, ChartSeries::Tone::Accent};
    ChartSeries scope{
        tr("Scope change"), {}, ChartSeries::Style::Markers, ChartSeries::Tone::Warning};
    chart.categories.append(tr("Start"));
    ideal.values.append(chartValue(b.committed));
    remaining.values.append(chartValue(b.remainingAtStart));
    scope.values.append(std::nullopt);
    bool anyChange = false;
    for (const BurndownPoint &p : b.days) {
        chart.categories.append(QLocale().toString(p.date, u"d MMM"_s));
        ideal.values.append(chartValue(p.ideal));
        remaining.values.append(chartValue(p.remaining));
        const bool changed = !p.changes.isEmpty() && p.remaining;
        scope.values.append(changed ? chartValue(p.remaining) : std::nullopt);
        anyChange = anyChange || changed;
    }
    chart.series = {ideal, remaining};
    if (anyChange)
        chart.series.append(scope);
    return chart;
}

SlideContent DeckBuilder::burndownSlide() const
{
    const Burndown &b = m_data.burndown;
    SlideContent c;
    c.section = DeckSection::Burndown;
    c.kind = SlideContent::Kind::Chart;
    c.title = tr("Burndown");
    c.subtitle = dateRange();
    c.chart = burndownChart();
    QStringList caption;
    caption << tr("Committed %1").arg(points(b.committed));
    if (b.remainingNow)
        caption << tr("remaining %1").arg(points(*b.remainingNow));
    if (m_data.scopeAdded > 0)
        caption << tr("scope added %1").arg(points(m_data.scopeAdded));
    if (m_data.scopeRemoved > 0)
        caption << tr("scope removed %1").arg(points(m_data.scopeRemoved));
    if (b.forecast && b.forecastMethod == ForecastMethod::MonteCarlo)
        caption << tr("85 % likely done by %1").arg(date(*b.forecast));
    else if (b.forecast)
        caption << tr("forecast %1").arg(date(*b.forecast));
    else if (b.noForecast != NoForecast::NotStarted)
        caption << noForecastNote(b);
    c.caption = caption.join(u" \u00b7 "_s);

    QStringList notes;
    notes << tr("Remaining story points at the end of each day (ideal in brackets):");
    if (b.remainingAtStart)
        notes << tr("Start: %1 (%2)")
                     .arg(formatPoints(*b.remainingAtStart), formatPoints(b.committed));
    for (const BurndownPoint &p : b.days) {
        QString line = u"%1: %2 (%3)"_s.arg(date(p.date),
                                            p.remaining ? formatPoints(p.remaining) : u"\u2014"_s,
                                            formatPoints(p.ideal));
        for (const ScopeChange &change : p.changes)
            line += u"; "_s + describeScopeChange(change, ChartUnit::Points);
        notes << line;
    }
    if (b.dailyRate > 0)
        notes << tr("Average completion: %1 per working day over %n working day(s).", nullptr,
                    b.elapsedWorkingDays)
                     .arg(points(b.dailyRate));
    c.notes = notes.join(u'\n');
    return c;
}

ChartData DeckBuilder::burnupChart() const
{
    const Burnup &u = m_data.burnup;
    ChartData chart;
    chart.title = tr("Burnup: scope and completed points");
    chart.valueAxisTitle = tr("Story points");
    ChartSeries scope{tr("Scope"), {}, ChartSeries::Style::Line, ChartSeries::Tone::Secondary};
    ChartSeries completed{tr("Completed"), {}, ChartSeries::Style::Line, ChartSeries::Tone::Accent};
    ChartSeries ideal{tr("Ideal"), {}, ChartSeries::Style::DashedLine, ChartSeries::Tone::Muted};
    chart.categories.append(tr("Start"));
    scope.values.append(u.completedAtStart ? chartValue(u.committed) : std::nullopt);
    completed.values.append(chartValue(u.completedAtStart));
    ideal.values.append(0.0);
    for (const BurnupPoint &p : u.days) {
        chart.categories.append(QLocale().toString(p.date, u"d MMM"_s));
        scope.values.append(chartValue(p.scope));
        completed.values.append(chartValue(p.completed));
        ideal.values.append(chartValue(p.ideal));
    }
    chart.series = {ideal, scope, completed};
    return chart;
}

SlideContent DeckBuilder::burnupSlide() const
{
    const Burnup &u = m_data.burnup;
    SlideContent c;
    c.section = DeckSection::Burnup;
    c.kind = SlideContent::Kind::Chart;
    c.title = tr("Burnup");
    c.subtitle = dateRange();
    c.chart = burnupChart();
    std::optional<double> scope, completed;
    for (const BurnupPoint &p : u.days) {
        if (p.scope)
            scope = p.scope;
        if (p.completed)
            completed = p.completed;
    }
    QStringList caption;
    caption << tr("Committed %1").arg(points(u.committed));
    if (scope)
        caption << tr("final scope %1").arg(points(*scope));
    if (completed)
        caption << tr("completed %1").arg(points(*completed));
    c.caption = caption.join(u" \u00b7 "_s);
    QStringList notes;
    notes << tr("Scope and completed story points at the end of each day:");
    for (const BurnupPoint &p : u.days)
        if (p.scope)
            notes << tr("%1: scope %2, completed %3")
                         .arg(date(p.date), formatPoints(p.scope), formatPoints(p.completed));
    c.notes = notes.join(u'\n');
    return c;
}

ChartData DeckBuilder::velocityChart() const
{
    const ReviewData &d = m_data;
    ChartData chart;
    chart.title = tr("Velocity: committed and completed points per sprint");
    chart.valueAxisTitle = tr("Story points");
    ChartSeries committed{
        tr("Committed"), {}, ChartSeries::Style::Bars, ChartSeries::Tone::Secondary};
    ChartSeries completed{tr("Completed"), {}, ChartSeries::Style::Bars, ChartSeries::Tone::Accent};
    ChartSeries average{tr("Average of previous sprints"),
                        {},
                        ChartSeries::Style::DashedLine,
                        ChartSeries::Tone::Muted};
    for (const Velocity::Row &r : d.velocity.rows) {
        chart.categories.append(r.name);
        committed.values.append(chartValue(r.committed));
        completed.values.append(chartValue(r.completed));
        average.values.append(d.previousSprints > 0 ? chartValue(d.previousAverage) : std::nullopt);
    }
    chart.series = {committed, completed};
    if (d.previousSprints > 0)
        chart.series.append(average);
    return chart;
}

SlideContent DeckBuilder::velocitySlide() const
{
    const ReviewData &d = m_data;
    SlideContent c;
    c.section = DeckSection::Velocity;
    c.kind = SlideContent::Kind::Chart;
    c.title = tr("Velocity");
    c.subtitle = d.previousSprints > 0
                     ? tr("This sprint and the %n sprint(s) before it", nullptr, d.previousSprints)
                     : tr("The first sprint: no earlier sprints to compare");
    c.chart = velocityChart();
    if (d.previousSprints > 0)
        c.caption = tr("This sprint %1 \u00b7 average of the previous %n sprint(s) %2", nullptr,
                       d.previousSprints)
                        .arg(points(d.completed), points(d.previousAverage));
    else
        c.caption = tr("This sprint %1").arg(points(d.completed));
    QStringList notes;
    for (const Velocity::Row &r : d.velocity.rows)
        notes << tr("%1: committed %2, completed %3")
                     .arg(r.name, points(r.committed), points(r.completed));
    c.notes = notes.join(u'\n');
    return c;
}

ChartData DeckBuilder::cycleTimeChart() const
{
    ChartData chart;
    if (!m_data.flow)
        return chart;
    const ReviewFlow &f = *m_data.flow;
    chart.title = tr("Cycle time: days from start to done, by the day each card was done");
    chart.valueAxisTitle = tr("Days");
    chart.firstDay = f.from;
    chart.lastDay = std::max(f.from, f.to);
    ChartSeries cards{tr("Cards done"), {}, ChartSeries::Style::Dots, ChartSeries::Tone::Accent};
    for (const CycleTimes::Point &p : f.cycleTimes.points)
        cards.points.append(QPointF(double(f.from.daysTo(p.done)), p.cycleDays));
    chart.series.append(cards);
    if (f.cycleTimes.points.isEmpty())
        return chart;
    // The percentiles as the app draws them: grey, pale accent, amber (the one that counts),
    // violet.
    const struct
    {
        int percent;
        int days;
        ChartSeries::Style style;
        ChartSeries::Tone tone;
    } lines[] = {
        {50, f.cycleTimes.p50, ChartSeries::Style::DashedLine, ChartSeries::Tone::Muted},
        {70, f.cycleTimes.p70, ChartSeries::Style::DashedLine, ChartSeries::Tone::Secondary},
        {85, f.cycleTimes.p85, ChartSeries::Style::Line, ChartSeries::Tone::Warning},
        {95, f.cycleTimes.p95, ChartSeries::Style::DashedLine, ChartSeries::Tone::Tertiary},
    };
    const double last = chart.dayCount() - 1;
    for (const auto &l : lines) {
        ChartSeries line{
            tr("%1 %: %n day(s)", nullptr, l.days).arg(l.percent), {}, l.style, l.tone};
        line.points = {QPointF(0, l.days), QPointF(last, l.days)};
        chart.series.append(line);
    }
    return chart;
}

SlideContent DeckBuilder::cycleTimeSlide() const
{
    const ReviewFlow &f = *m_data.flow;
    const CycleTimes &t = f.cycleTimes;
    SlideContent c;
    c.section = DeckSection::Flow;
    c.kind = SlideContent::Kind::Chart;
    c.title = tr("Cycle time");
    c.subtitle = tr("Cards of the sprint done %1 \u2013 %2").arg(date(f.from), date(f.to));
    c.chart = cycleTimeChart();
    if (t.points.isEmpty())
        c.caption = tr("No card of the sprint was done yet: there are no cycle times to show");
    else
        c.caption = tr("%n card(s) done \u00b7 85 % within %1 \u00b7 half within %2", nullptr,
                       int(t.points.size()))
                        .arg(tr("%n day(s)", nullptr, t.p85), tr("%n day(s)", nullptr, t.p50));
    QStringList notes;
    notes << tr("Cycle time: from the card's first move out of %1 to its last arrival in a done "
                "column, in calendar days, both counted.")
                 .arg(m_data.firstColumn);
    if (!t.points.isEmpty())
        notes << tr("Percentiles: 50 % %1, 70 % %2, 85 % %3, 95 % %4 (days).")
                     .arg(t.p50)
                     .arg(t.p70)
                     .arg(t.p85)
                     .arg(t.p95);
    for (const CycleTimes::Point &p : t.points)
        notes << tr("%1 %2: %n day(s), done %3", nullptr, p.cycleDays)
                     .arg(p.key, p.title, date(p.done));
    c.notes = notes.join(u'\n');
    return c;
}

ChartData DeckBuilder::forecastChart() const
{
    ChartData chart;
    if (!m_data.flow || !m_data.flow->forecast)
        return chart;
    const WhenForecast &when = m_data.flow->forecast->when;
    chart.title = tr("Forecast: when the rest of the sprint is done");
    chart.valueAxisTitle = tr("Share of %1 trials (%)").arg(QLocale().toString(when.trials));
    chart.fixedMax = 100;
    chart.barsOverDays = true;
    ChartSeries day{tr("Done that day"), {}, ChartSeries::Style::Bars, ChartSeries::Tone::Accent};
    day.valueLabels = false;
    ChartSeries byThen{tr("Done by then"), {}, ChartSeries::Style::Line, ChartSeries::Tone::Muted};
    ChartSeries marks{
        tr("50, 85 and 95 % likely"), {}, ChartSeries::Style::Markers, ChartSeries::Tone::Warning};
    const QDate likely[] = {when.p50, when.p85, when.p95};
    int cumulative = 0;
    for (const auto &[d, trials] : when.histogram) {
        cumulative += trials;
        const double share = 100.0 * trials / std::max(1, when.trials);
        const double doneBy = 100.0 * cumulative / std::max(1, when.trials);
        chart.categories.append(QLocale().toString(d, u"ddd d MMM"_s));
        day.values.append(share);
        byThen.values.append(doneBy);
        marks.values.append(std::find(std::begin(likely), std::end(likely), d) != std::end(likely)
                                ? std::optional<double>(doneBy)
                                : std::nullopt);
    }
    chart.series = {day, byThen, marks};
    return chart;
}

SlideContent DeckBuilder::forecastSlide() const
{
    const Burndown &b = m_data.burndown;
    SlideContent c;
    c.section = DeckSection::Flow;
    c.title = tr("Forecast");
    if (!m_data.flow->forecast) {
        // The burndown's own reason: the deck says one thing about the forecast.
        c.kind = SlideContent::Kind::Bullets;
        c.subtitle = tr("When the rest of the sprint is done");
        QString reason = noForecastNote(b);
        if (reason.isEmpty() && b.remainingNow.value_or(0) <= 0)
            reason = tr("Nothing is left to forecast: the sprint's work is done");
        c.groups = {BulletGroup{{}, {reason}}};
        c.notes = c.groups.constFirst().items.constFirst();
        return c;
    }
    const FlowForecast &f = *m_data.flow->forecast;
    c.kind = SlideContent::Kind::Chart;
    c.subtitle = tr("%1 left \u00b7 simulated from the last %n working day(s)", nullptr,
                    f.history.workingDays())
                     .arg(points(f.amount));
    c.chart = forecastChart();
    QStringList caption{tr("85 % likely done by %1").arg(date(f.when.p85)),
                        tr("50 %: %1").arg(date(f.when.p50)), tr("95 %: %1").arg(date(f.when.p95))};
    if (f.howMany.possible)
        caption
            << tr("by the end (%1) at least %2 done (85 %)").arg(date(f.by), points(f.howMany.p85));
    c.caption = caption.join(u" \u00b7 "_s);
    QStringList notes;
    notes << tr("A Monte Carlo simulation of %1 trials: each working day from %2 repeats the "
                "points finished on a random day of the team's last %n working day(s) (%3 "
                "\u2013 %4); days off finish nothing.",
                nullptr, f.history.workingDays())
                 .arg(QLocale().toString(f.when.trials), date(f.firstDay), date(f.history.from),
                      date(f.history.to));
    notes << tr("50 % likely by %1, 85 % by %2, 95 % by %3.")
                 .arg(date(f.when.p50), date(f.when.p85), date(f.when.p95));
    if (f.howMany.possible)
        notes << tr("By %1: at least %2 (50 %), %3 (85 %), %4 (95 %).")
                     .arg(date(f.by), points(f.howMany.p50), points(f.howMany.p85),
                          points(f.howMany.p95));
    c.notes = notes.join(u'\n');
    return c;
}

SlideContent DeckBuilder::completedSlide() const
{
    const ReviewData &d = m_data;
    SlideContent c;
    c.section = DeckSection::Completed;
    c.kind = SlideContent::Kind::Table;
    c.title = tr("Completed");
    double total = 0;
    for (const ReviewCard &card : d.completedCards)
        total += card.points.value_or(0);
    c.subtitle = tr("%n item(s), %1", nullptr, int(d.completedCards.size())).arg(points(total));
    c.table.columns = {{tr("Key"), 1.25, TableColumn::Align::Left, false},
                       {tr("Title"), 5.2, TableColumn::Align::Left, true},
                       {tr("Assignee"), 1.9, TableColumn::Align::Left, false},
                       {tr("Priority"), 0.95, TableColumn::Align::Center, false},
                       {tr("Points"), 0.85, TableColumn::Align::Right, false}};
    for (const ReviewCard &card : d.completedCards)
        c.table.rows.append({card.key, card.title, card.assignee, priorityName(card.priority),
                             formatPoints(card.points)});
    c.table.emptyText = tr("No items were completed in this sprint.");
    QStringList notes;
    notes << tr("Completed: %n item(s), %1.", nullptr, int(d.completedCards.size()))
                 .arg(points(total));
    c.notes = notes.join(u'\n');
    return c;
}

SlideContent DeckBuilder::notCompletedSlide() const
{
    const ReviewData &d = m_data;
    const bool closed = d.sprint.state == Sprint::State::Closed;
    SlideContent c;
    c.section = DeckSection::NotCompleted;
    c.kind = SlideContent::Kind::Table;
    c.title = closed ? tr("Not completed, carried over") : tr("Not completed yet");
    double total = 0;
    for (const ReviewCard &card : d.openCards)
        total += card.points.value_or(0);
    c.subtitle = tr("%n item(s), %1", nullptr, int(d.openCards.size())).arg(points(total));
    c.table.columns = {{tr("Key"), 1.25, TableColumn::Align::Left, false},
                       {tr("Title"), 4.1, TableColumn::Align::Left, true},
                       {tr("Status"), 1.9, TableColumn::Align::Left, false},
                       {tr("Assignee"), 1.8, TableColumn::Align::Left, false},
                       {tr("Points"), 0.85, TableColumn::Align::Right, false}};
    if (closed)
        c.table.columns.insert(4, {tr("Moved to"), 1.4, TableColumn::Align::Left, false});
    for (const ReviewCard &card : d.openCards) {
        QStringList row{card.key, card.title,
                        card.blocked ? tr("%1 (blocked)").arg(card.column) : card.column,
                        card.assignee};
        if (closed)
            row.append(card.nowIn);
        row.append(formatPoints(card.points));
        c.table.rows.append(row);
    }
    c.table.emptyText = tr("Nothing was left open in this sprint.");
    QStringList notes;
    for (const ReviewCard &card : d.openCards) {
        QString line = cardLine(card, true) + u" \u2014 "_s + card.column;
        if (card.blocked)
            line += u" \u2014 "_s + tr("blocked: %1").arg(card.blockedReason);
        if (!card.nowIn.isEmpty())
            line += u" \u2014 "_s + tr("moved to %1").arg(card.nowIn);
        notes << line;
    }
    c.notes = notes.join(u'\n');
    return c;
}

SlideContent DeckBuilder::blockersSlide() const
{
    const ReviewData &d = m_data;
    SlideContent c;
    c.section = DeckSection::Blockers;
    c.kind = SlideContent::Kind::Bullets;
    c.title = tr("Blockers and risks");
    QStringList notes;

    BulletGroup blocked{tr("Blocked"), {}};
    for (const ReviewCard &card : d.openCards) {
        if (!card.blocked)
            continue;
        blocked.items.append(
            card.blockedReason.isEmpty()
                ? card.key + u' ' + shortTitle(card.title)
                : u"%1 %2: %3"_s.arg(card.key, shortTitle(card.title, 48), card.blockedReason));
        notes << tr("%1 %2 is blocked: %3").arg(card.key, card.title, card.blockedReason);
    }

    // The latest blocker each member raised in a standup.
    BulletGroup standups{tr("Raised in standups"), {}};
    QStringList seen;
    for (auto it = d.standupBlockers.crbegin(); it != d.standupBlockers.crend(); ++it) {
        notes << tr("%1, %2: %3").arg(date(it->date), it->member, it->text);
        if (seen.contains(it->member))
            continue;
        seen.append(it->member);
        standups.items.append(
            tr("%1 (%2): %3").arg(it->member, QLocale().toString(it->date, u"d MMM"_s), it->text));
    }

    BulletGroup risks{tr("Risks"), {}};
    const Burndown &b = d.burndown;
    if (d.sprint.state != Sprint::State::Closed && b.forecast && *b.forecast > d.sprint.end &&
        b.forecastMethod == ForecastMethod::MonteCarlo)
        risks.items.append(
            tr("At the team's pace the remaining %1 are 85 % likely done by %2, "
               "after the planned end (%3)")
                .arg(points(b.remainingNow.value_or(0)), date(*b.forecast), date(d.sprint.end)));
    else if (d.sprint.state != Sprint::State::Closed && b.forecast && *b.forecast > d.sprint.end)
        risks.items.append(
            tr("At the current pace the remaining %1 are done by %2, after the planned end (%3)")
                .arg(points(b.remainingNow.value_or(0)), date(*b.forecast), date(d.sprint.end)));
    if (b.noForecast == NoForecast::NoRecentProgress && b.remainingNow && *b.remainingNow > 0)
        risks.items.append(noForecastNote(b));
    if (d.scopeAdded > 0)
        risks.items.append(tr("Scope grew by %1 after the start").arg(points(d.scopeAdded)));
    QStringList urgent, notStarted, unestimated;
    for (const ReviewCard &card : d.openCards) {
        if (card.priority == Priority::P1)
            urgent.append(card.key);
        if (!d.firstColumn.isEmpty() && card.column == d.firstColumn)
            notStarted.append(card.key);
        if (!card.points)
            unestimated.append(card.key);
    }
    if (!urgent.isEmpty())
        risks.items.append(tr("%n P1 item(s) not completed: %1", nullptr, int(urgent.size()))
                               .arg(urgent.join(u", "_s)));
    if (!notStarted.isEmpty())
        risks.items.append(
            tr("%n item(s) not started (%1)", nullptr, int(notStarted.size())).arg(d.firstColumn));
    if (!unestimated.isEmpty())
        risks.items.append(
            tr("%n open item(s) without an estimate", nullptr, int(unestimated.size())));

    for (const BulletGroup *g : {&blocked, &standups, &risks})
        if (!g->items.isEmpty())
            c.groups.append(*g);
    c.emptyText = tr("No blockers or risks were recorded in this sprint.");
    for (const BulletGroup &g : std::as_const(c.groups)) {
        notes.prepend(QString());
        for (auto it = g.items.crbegin(); it != g.items.crend(); ++it)
            notes.prepend(u"- "_s + *it);
        notes.prepend(g.heading + u':');
    }
    c.notes = notes.join(u'\n').trimmed();
    return c;
}

SlideContent DeckBuilder::progressSlide() const
{
    const PriorityProgress &p = m_data.progress;
    SlideContent c;
    c.section = DeckSection::Progress;
    c.kind = SlideContent::Kind::Table;
    c.title = tr("Progress by priority");
    c.subtitle = p.date.isValid() ? tr("Story points at the end of %1 \u00b7 %2 % complete")
                                        .arg(date(p.date))
                                        .arg(p.percentComplete())
                                  : tr("The sprint has not started");
    c.table.columns = {{tr("Priority"), 2, TableColumn::Align::Left, false},
                       {tr("Story Points"), 1.5, TableColumn::Align::Right, false},
                       {tr("Completed"), 1.5, TableColumn::Align::Right, false},
                       {tr("Remaining"), 1.5, TableColumn::Align::Right, false},
                       {tr("Done"), 1.2, TableColumn::Align::Right, false}};
    auto percent = [](double part, double whole) {
        return whole > 0 ? u"%1 %"_s.arg(int(std::floor(part * 100 / whole + 1e-9))) : u"\u2014"_s;
    };
    for (const PriorityProgressRow &row : p.rows)
        c.table.rows.append({row.priority ? priorityName(*row.priority) : QString(),
                             formatPoints(row.total), formatPoints(row.completed),
                             formatPoints(row.remaining), percent(row.completed, row.total)});
    if (!p.rows.isEmpty()) {
        c.table.rows.append({tr("Total"), formatPoints(p.total.total),
                             formatPoints(p.total.completed), formatPoints(p.total.remaining),
                             percent(p.total.completed, p.total.total)});
        c.table.totalRow = true;
    }
    c.table.emptyText = tr("No items in this sprint.");
    QStringList notes;
    for (const QStringList &row : std::as_const(c.table.rows))
        notes << row.join(u" | "_s);
    c.notes = notes.join(u'\n');
    return c;
}

std::optional<SlideContent> DeckBuilder::retroSlide() const
{
    const ReviewNotes &n = m_data.notes;
    SlideContent c;
    c.section = DeckSection::Retro;
    c.kind = SlideContent::Kind::Bullets;
    c.title = tr("Retrospective");
    c.subtitle = tr("Notes of the sprint's lead");
    QStringList notes;
    for (ReviewNotes::Field f : {ReviewNotes::Field::WentWell, ReviewNotes::Field::Challenges,
                                 ReviewNotes::Field::Learnings, ReviewNotes::Field::Improvements}) {
        c.groups.append({ReviewNotes::fieldTitle(f), n.items(f)});
        notes << ReviewNotes::fieldTitle(f) + u':';
        for (const QString &item : n.items(f))
            notes << u"- "_s + item;
    }
    bool any = false;
    for (const BulletGroup &g : std::as_const(c.groups))
        any = any || !g.items.isEmpty();
    if (!any)
        return std::nullopt; // nothing to present; the editor says how to add notes
    c.notes = notes.join(u'\n');
    return c;
}

SlideContent DeckBuilder::nextSlide() const
{
    const ReviewData &d = m_data;
    SlideContent c;
    c.section = DeckSection::Next;
    c.kind = SlideContent::Kind::Bullets;
    c.title = tr("Next sprint");
    if (d.nextSprint) {
        const Sprint &n = *d.nextSprint;
        c.subtitle = tr("%1 \u00b7 %2 \u2013 %3").arg(n.name, date(n.start), date(n.end));
        BulletGroup plan{n.name, {}};
        if (!n.goal.trimmed().isEmpty())
            plan.items.append(tr("Goal: %1").arg(n.goal.trimmed()));
        plan.items.append(tr("%1 \u2013 %2, %n working day(s)", nullptr, n.workingDays())
                              .arg(date(n.start), date(n.end)));
        plan.items.append(tr("%n item(s) planned so far, %1", nullptr, d.nextSprintCards)
                              .arg(points(d.nextSprintPoints)));
        if (n.capacity > 0)
            plan.items.append(tr("Capacity %1").arg(points(n.capacity)));
        c.groups.append(plan);
    }
    BulletGroup carried{
        d.sprint.state == Sprint::State::Closed ? tr("Carried over") : tr("Still open"), {}};
    // The most urgent ten; the full list is on the "not completed" slide and in the notes.
    constexpr int kShown = 10;
    for (const ReviewCard &card : d.openCards.mid(0, kShown))
        carried.items.append(cardLine(card));
    if (d.openCards.size() > kShown)
        carried.items.append(tr("and %n more", nullptr, int(d.openCards.size()) - kShown));
    if (!carried.items.isEmpty())
        c.groups.append(carried);
    BulletGroup focus{tr("Focus"), d.notes.items(ReviewNotes::Field::NextSprint)};
    if (!focus.items.isEmpty())
        c.groups.append(focus);
    c.emptyText = tr("No next sprint is planned yet.");
    QStringList notes;
    for (const BulletGroup &g : std::as_const(c.groups)) {
        notes << g.heading + u':';
        if (g.heading == carried.heading) {
            for (const ReviewCard &card : d.openCards) // all of them, not only the ten shown
                notes << u"- "_s + cardLine(card, true);
            continue;
        }
        for (const QString &item : g.items)
            notes << u"- "_s + item;
    }
    c.notes = notes.join(u'\n');
    return c;
}

} // namespace SprintDeck

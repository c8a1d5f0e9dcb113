// The chart reports: the numbers the Charts view draws, one row per day.
#include "app/reportcommands.h"

#include "core/board/board.h"
#include "core/board/flowanalytics.h"
#include "core/board/sprintanalytics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

QString optionalNumber(const std::optional<double> &v)
{
    return v ? reportNumber(*v) : QString();
}

QJsonValue jsonNumber(double v)
{
    return reportNumber(v).toDouble();
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? jsonNumber(*v) : QJsonValue();
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue jsonDate(const std::optional<QDate> &d)
{
    return d ? QJsonValue(dateText(*d)) : QJsonValue();
}

void writeJson(ReportRequest &r, const QJsonObject &o)
{
    r.ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    r.ctx.out().flush();
}

/** A heading above a markdown table, so a pasted report says what it shows. */
void writeMarkdownTitle(ReportRequest &r, const QString &title, const QStringList &facts)
{
    r.ctx.out() << "### " << title << "\n\n";
    if (!facts.isEmpty())
        r.ctx.out() << facts.join(u" \u00b7 "_s) << "\n\n";
}

QJsonObject sprintJson(const SprintSeries &s)
{
    return {{u"name"_s, s.sprint.name},
            {u"state"_s, s.sprint.stateName()},
            {u"start"_s, dateText(s.sprint.start)},
            {u"end"_s, dateText(s.sprint.end)},
            {u"frozen"_s, s.frozen}};
}

QString unitLabel(ChartUnit unit)
{
    return unit == ChartUnit::Points ? QObject::tr("points") : QObject::tr("cards");
}

int burndownReport(ReportRequest &r)
{
    int code = 0;
    const auto series = r.series(&code);
    if (!series)
        return code;
    Burndown b = burndown(*series, r.unit);
    if (!r.date.isValid()) { // the team's Monte Carlo forecast, as of now
        FlowAnalytics flow(r.board);
        if (Status s = flow.forecastBurndown(b); !s)
            return r.ctx.fail(s.error());
    }
    if (r.format == u"json") {
        QJsonArray days;
        for (const BurndownPoint &p : b.days) {
            QJsonArray changes;
            for (const ScopeChange &c : p.changes)
                changes.append(describeScopeChange(c, r.unit));
            days.append(QJsonObject{{u"date"_s, dateText(p.date)},
                                    {u"working_day"_s, p.workingDay},
                                    {u"ideal"_s, jsonNumber(p.ideal)},
                                    {u"remaining"_s, jsonNumber(p.remaining)},
                                    {u"scope"_s, jsonNumber(p.scope)},
                                    {u"completed"_s, p.scope && p.remaining
                                                         ? jsonNumber(*p.scope - *p.remaining)
                                                         : QJsonValue()},
                                    {u"scope_change"_s, jsonNumber(p.scopeChange)},
                                    {u"changes"_s, changes},
                                    {u"projected"_s, jsonNumber(p.projected)}});
        }
        QJsonArray changes;
        for (const ScopeChange &c : b.scopeChanges)
            changes.append(QJsonObject{{u"date"_s, dateText(c.day)},
                                       {u"at"_s, c.at.toString(Qt::ISODate)},
                                       {u"card"_s, c.key},
                                       {u"kind"_s, scopeChangeKindName(c.kind)},
                                       {u"delta"_s, jsonNumber(c.delta.in(r.unit))}});
        writeJson(r, {{u"report"_s, u"burndown"_s},
                      {u"sprint"_s, sprintJson(*series)},
                      {u"unit"_s, chartUnitName(r.unit)},
                      {u"committed"_s, jsonNumber(b.committed)},
                      {u"remaining_at_start"_s, jsonNumber(b.remainingAtStart)},
                      {u"remaining_now"_s, jsonNumber(b.remainingNow)},
                      {u"today"_s, jsonDate(b.today)},
                      {u"elapsed_working_days"_s, b.elapsedWorkingDays},
                      {u"daily_rate"_s, jsonNumber(b.dailyRate)},
                      {u"forecast"_s, jsonDate(b.forecast)},
                      {u"forecast_method"_s, b.forecastMethod == ForecastMethod::MonteCarlo
                                                 ? u"monte-carlo-85"_s
                                                 : u"straight-line"_s},
                      {u"forecast_50"_s, jsonDate(b.forecast50)},
                      {u"forecast_95"_s, jsonDate(b.forecast95)},
                      {u"no_forecast"_s, b.forecast ? QJsonValue() : noForecastNote(b)},
                      {u"days"_s, days},
                      {u"scope_changes"_s, changes}});
        return 0;
    }
    QList<QStringList> rows;
    for (const BurndownPoint &p : b.days) {
        QStringList changes;
        for (const ScopeChange &c : p.changes)
            changes.append(describeScopeChange(c, r.unit));
        rows.append({dateText(p.date), p.workingDay ? u"yes"_s : u"no"_s, reportNumber(p.ideal),
                     optionalNumber(p.remaining), optionalNumber(p.scope),
                     p.scope && p.remaining ? reportNumber(*p.scope - *p.remaining) : QString(),
                     reportNumber(p.scopeChange), changes.join(u' '), optionalNumber(p.projected)});
    }
    if (r.format == u"md") {
        QStringList facts{
            QObject::tr("committed %1 %2").arg(reportNumber(b.committed), unitLabel(r.unit))};
        if (b.remainingNow)
            facts.append(QObject::tr("remaining %1").arg(reportNumber(*b.remainingNow)));
        if (b.forecast && b.forecastMethod == ForecastMethod::MonteCarlo)
            facts.append(QObject::tr("85 % likely done by %1").arg(dateText(*b.forecast)));
        else if (b.forecast)
            facts.append(QObject::tr("forecast %1").arg(dateText(*b.forecast)));
        else if (!series->frozen) // a frozen report says when it was closed below
            facts.append(noForecastNote(b));
        if (series->frozen)
            facts.append(
                QObject::tr("closed %1")
                    .arg(series->sprint.closedAt.toLocalTime().date().toString(Qt::ISODate)));
        writeMarkdownTitle(r, QObject::tr("Burndown: %1").arg(series->sprint.name), facts);
    }
    r.writeTable({u"date"_s, u"working_day"_s, u"ideal"_s, u"remaining"_s, u"scope"_s,
                  u"completed"_s, u"scope_change"_s, u"changes"_s, u"projected"_s},
                 rows);
    return 0;
}

int burnupReport(ReportRequest &r)
{
    int code = 0;
    const auto series = r.series(&code);
    if (!series)
        return code;
    const Burnup b = burnup(*series, r.unit);
    if (r.format == u"json") {
        QJsonArray days;
        for (const BurnupPoint &p : b.days)
            days.append(QJsonObject{{u"date"_s, dateText(p.date)},
                                    {u"working_day"_s, p.workingDay},
                                    {u"scope"_s, jsonNumber(p.scope)},
                                    {u"completed"_s, jsonNumber(p.completed)},
                                    {u"ideal"_s, jsonNumber(p.ideal)}});
        writeJson(r, {{u"report"_s, u"burnup"_s},
                      {u"sprint"_s, sprintJson(*series)},
                      {u"unit"_s, chartUnitName(r.unit)},
                      {u"committed"_s, jsonNumber(b.committed)},
                      {u"completed_at_start"_s, jsonNumber(b.completedAtStart)},
                      {u"days"_s, days}});
        return 0;
    }
    QList<QStringList> rows;
    for (const BurnupPoint &p : b.days)
        rows.append({dateText(p.date), p.workingDay ? u"yes"_s : u"no"_s, optionalNumber(p.scope),
                     optionalNumber(p.completed), reportNumber(p.ideal)});
    if (r.format == u"md")
        writeMarkdownTitle(
            r, QObject::tr("Burnup: %1").arg(series->sprint.name),
            {QObject::tr("committed %1 %2").arg(reportNumber(b.committed), unitLabel(r.unit))});
    r.writeTable({u"date"_s, u"working_day"_s, u"scope"_s, u"completed"_s, u"ideal"_s}, rows);
    return 0;
}

int velocityReport(ReportRequest &r)
{
    bool ok = false;
    const int last = r.parser.value(u"last"_s).toInt(&ok);
    if (!ok || last < 1)
        return r.ctx.usage(QObject::tr("--last takes a number of 1 or more, not \u201c%1\u201d")
                               .arg(r.parser.value(u"last"_s)));
    auto v = r.analytics.velocity(r.unit, last);
    if (!v)
        return r.ctx.fail(v.error());
    if (r.format == u"json") {
        QJsonArray sprints;
        for (const Velocity::Row &row : v->rows)
            sprints.append(QJsonObject{{u"sprint"_s, row.name},
                                       {u"start"_s, dateText(row.start)},
                                       {u"end"_s, dateText(row.end)},
                                       {u"committed"_s, jsonNumber(row.committed)},
                                       {u"completed"_s, jsonNumber(row.completed)}});
        writeJson(r, {{u"report"_s, u"velocity"_s},
                      {u"unit"_s, chartUnitName(r.unit)},
                      {u"sprints"_s, sprints},
                      {u"average_committed"_s, jsonNumber(v->averageCommitted)},
                      {u"average_completed"_s, jsonNumber(v->averageCompleted)}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Velocity::Row &row : v->rows)
        rows.append({row.name, dateText(row.start), dateText(row.end), reportNumber(row.committed),
                     reportNumber(row.completed)});
    rows.append({QObject::tr("Average"), QString(), QString(), reportNumber(v->averageCommitted),
                 reportNumber(v->averageCompleted)});
    if (r.format == u"md")
        writeMarkdownTitle(
            r, QObject::tr("Velocity"),
            {(v->rows.size() == 1 ? QObject::tr("the last closed sprint")
                                  : QObject::tr("last %1 closed sprints").arg(v->rows.size())),
             unitLabel(r.unit)});
    r.writeTable({u"sprint"_s, u"start"_s, u"end"_s, u"committed"_s, u"completed"_s}, rows);
    return 0;
}

int progressReport(ReportRequest &r)
{
    int code = 0;
    const auto series = r.series(&code);
    if (!series)
        return code;
    const PriorityProgress p = progressByPriority(*series, r.unit, r.date);
    const QString amountHeader = r.unit == ChartUnit::Points ? u"Story Points"_s : u"Cards"_s;
    if (r.format == u"json") {
        QJsonArray rows;
        for (const PriorityProgressRow &row : p.rows)
            rows.append(QJsonObject{{u"priority"_s, priorityName(*row.priority)},
                                    {u"total"_s, jsonNumber(row.total)},
                                    {u"completed"_s, jsonNumber(row.completed)},
                                    {u"remaining"_s, jsonNumber(row.remaining)}});
        writeJson(r, {{u"report"_s, u"progress"_s},
                      {u"sprint"_s, sprintJson(*series)},
                      {u"unit"_s, chartUnitName(r.unit)},
                      {u"date"_s, dateText(p.date)},
                      {u"rows"_s, rows},
                      {u"total"_s, QJsonObject{{u"total"_s, jsonNumber(p.total.total)},
                                               {u"completed"_s, jsonNumber(p.total.completed)},
                                               {u"remaining"_s, jsonNumber(p.total.remaining)}}},
                      {u"percent_complete"_s, p.percentComplete()}});
        return 0;
    }
    const bool md = r.format == u"md";
    auto bold = [md](const QString &text) { return md ? u"**"_s + text + u"**"_s : text; };
    QList<QStringList> rows;
    for (const PriorityProgressRow &row : p.rows)
        rows.append({priorityName(*row.priority), reportNumber(row.total),
                     reportNumber(row.completed), reportNumber(row.remaining)});
    rows.append({bold(QObject::tr("Total")), bold(reportNumber(p.total.total)),
                 bold(reportNumber(p.total.completed)), bold(reportNumber(p.total.remaining))});
    if (md)
        writeMarkdownTitle(r, QObject::tr("Sprint Progress: %1").arg(series->sprint.name),
                           {dateText(p.date)});
    r.writeTable({u"Priority"_s, amountHeader, u"Completed"_s, u"Remaining"_s}, rows);
    if (md)
        r.ctx.out() << "\n"
                    << QObject::tr("**Overall Progress**: %1% (%2/%3 %4)")
                           .arg(p.percentComplete())
                           .arg(reportNumber(p.total.completed), reportNumber(p.total.total),
                                unitLabel(r.unit))
                    << "\n";
    r.ctx.out().flush();
    return 0;
}

int cumulativeFlowReport(ReportRequest &r)
{
    int code = 0;
    const auto series = r.series(&code);
    if (!series)
        return code;
    const CumulativeFlow flow = cumulativeFlow(*series, r.unit);
    if (r.format == u"json") {
        QJsonArray columns, days;
        for (const Column &c : flow.columns)
            columns.append(QJsonObject{{u"name"_s, c.name}, {u"done"_s, c.done}});
        for (int d = 0; d < flow.dates.size(); ++d) {
            QJsonObject values;
            for (int c = 0; c < flow.columns.size(); ++c)
                values.insert(flow.columns.at(c).name, jsonNumber(flow.values.at(d).at(c)));
            days.append(
                QJsonObject{{u"date"_s, dateText(flow.dates.at(d))}, {u"columns"_s, values}});
        }
        writeJson(r, {{u"report"_s, u"cfd"_s},
                      {u"sprint"_s, sprintJson(*series)},
                      {u"unit"_s, chartUnitName(r.unit)},
                      {u"columns"_s, columns},
                      {u"days"_s, days}});
        return 0;
    }
    QStringList header{u"date"_s};
    for (const Column &c : flow.columns)
        header.append(c.name);
    QList<QStringList> rows;
    for (int d = 0; d < flow.dates.size(); ++d) {
        QStringList row{dateText(flow.dates.at(d))};
        for (double v : flow.values.at(d))
            row.append(reportNumber(v));
        rows.append(row);
    }
    if (r.format == u"md")
        writeMarkdownTitle(r, QObject::tr("Cumulative flow: %1").arg(series->sprint.name),
                           {unitLabel(r.unit)});
    r.writeTable(header, rows);
    return 0;
}

} // namespace SprintDeck::Cli

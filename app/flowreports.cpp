// The flow reports: cycle time, throughput, ageing work and forecasts, the numbers the Charts
// view's flow charts draw.
#include "app/commandline.h"
#include "app/reportcommands.h"

#include "core/board/board.h"
#include "core/board/flowanalytics.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

void addFlowOptions(CommandLine &cl)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SprintDeck::Cli", text);
    };
    cl.addOption({u"from"_s, tr("Cards finished from this day (YYYY-MM-DD) instead of a sprint."),
                  u"DATE"_s});
    cl.addOption({u"to"_s, tr("... to this day, included (default: today)."), u"DATE"_s});
    cl.addOption({u"type"_s, tr("Only cards of this type: story, bug, task or fix."), u"TYPE"_s});
    cl.addOption({u"label"_s, tr("Only cards with this label."), u"LABEL"_s});
    cl.addOption({u"assignee"_s, tr("Only cards of this member (\u201cnone\u201d: unassigned)."),
                  u"NAME"_s});
}

void addThroughputOptions(CommandLine &cl)
{
    addFlowOptions(cl);
    cl.addOption(
        {u"per"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Rows per day or per week (default day)."),
         u"day|week"_s, u"day"_s});
}

void addForecastOptions(CommandLine &cl)
{
    addFlowOptions(cl);
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SprintDeck::Cli", text);
    };
    cl.addOption({u"items"_s,
                  tr("When will this much be done (in --unit; default: what the sprint has "
                     "left)."),
                  u"N"_s});
    cl.addOption(
        {u"cards"_s, tr("When will these cards be done (what they have left)."), u"KEY,KEY,..."_s});
    cl.addOption(
        {u"by"_s, tr("How much will be done by this day (default: the sprint's end)."), u"DATE"_s});
    cl.addOption({u"history"_s,
                  tr("Working days of throughput the forecast draws from (default 30)."), u"N"_s,
                  u"30"_s});
    cl.addOption(
        {u"seed"_s, tr("The simulation's seed (the same seed gives the same answer)."), u"N"_s});
}

namespace {

/** The cards a flow report looks at, from --sprint / --from / --to and the filters. */
struct FlowScope
{
    FlowFilter filter;
    QString description; ///< "Sprint 7", "2025-03-01 to 2025-03-31"
};

QDate today(const Board &board)
{
    return board.now().toLocalTime().date();
}

std::optional<FlowScope> flowScope(ReportRequest &r, FlowAnalytics &flow, int *code)
{
    FlowScope scope;
    const bool range = r.parser.isSet(u"from"_s) || r.parser.isSet(u"to"_s);
    const auto date = [&](const QString &option, QDate fallback) -> std::optional<QDate> {
        if (!r.parser.isSet(option))
            return fallback;
        const QDate d = QDate::fromString(r.parser.value(option), Qt::ISODate);
        if (!d.isValid()) {
            *code = r.ctx.usage(QObject::tr("--%1 takes a date YYYY-MM-DD, not \u201c%2\u201d")
                                    .arg(option, r.parser.value(option)));
            return std::nullopt;
        }
        return d;
    };
    if (range) {
        const auto to = date(u"to"_s, today(r.board));
        if (!to)
            return std::nullopt;
        const auto from = date(u"from"_s, to->addDays(-89));
        if (!from)
            return std::nullopt;
        if (*from > *to) {
            *code = r.ctx.usage(QObject::tr("--from must not be after --to"));
            return std::nullopt;
        }
        scope.filter.from = *from;
        scope.filter.to = *to;
        if (r.parser.isSet(u"sprint"_s) && r.sprint)
            scope.filter.sprintId = r.sprint->id;
    } else if (r.sprint) {
        scope.filter = flow.sprintFilter(r.sprint->id);
    } else {
        scope.filter.to = today(r.board);
        scope.filter.from = scope.filter.to.addDays(-89);
    }
    scope.description =
        scope.filter.sprintId && r.sprint
            ? r.sprint->name
            : QObject::tr("%1 to %2").arg(dateText(scope.filter.from), dateText(scope.filter.to));
    if (r.parser.isSet(u"type"_s)) {
        const auto type = parseCardType(r.parser.value(u"type"_s));
        if (!type) {
            *code =
                r.ctx.usage(QObject::tr("--type takes story, bug, task or fix, not \u201c%1\u201d")
                                .arg(r.parser.value(u"type"_s)));
            return std::nullopt;
        }
        scope.filter.type = type;
    }
    scope.filter.label = r.parser.value(u"label"_s);
    if (r.parser.isSet(u"assignee"_s)) {
        const QString name = r.parser.value(u"assignee"_s);
        if (name.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            scope.filter.assigneeId = 0;
        } else if (const Member *member = r.board.memberByName(name)) {
            scope.filter.assigneeId = member->id;
        } else {
            *code = r.ctx.fail(QObject::tr("the board has no member \u201c%1\u201d").arg(name));
            return std::nullopt;
        }
    }
    return scope;
}

/** What a table shows, above it: a markdown heading with the facts, or the facts on a line. */
void writeFacts(ReportRequest &r, const QString &title, const QStringList &facts)
{
    if (r.format == u"md")
        writeMarkdownTitle(r, title, facts);
    else if (r.format == u"table")
        r.ctx.out() << facts.join(u" \u00b7 "_s) << "\n\n";
}

QJsonObject scopeJson(const FlowScope &scope)
{
    QJsonObject o{{u"from"_s, dateText(scope.filter.from)}, {u"to"_s, dateText(scope.filter.to)}};
    if (scope.filter.sprintId)
        o.insert(u"sprint"_s, scope.description);
    return o;
}

QString days(int n)
{
    return QCoreApplication::translate("SprintDeck::Cli", "%n day(s)", nullptr, n);
}

QString longDate(QDate d)
{
    return QLocale().toString(d, u"ddd d MMM yyyy"_s);
}

} // namespace

int cycleTimeReport(ReportRequest &r)
{
    FlowAnalytics flow(r.board);
    int code = 0;
    const auto scope = flowScope(r, flow, &code);
    if (!scope)
        return code;
    const auto times = flow.cycleTimes(scope->filter);
    if (!times)
        return r.ctx.fail(times.error());
    if (r.format == u"json") {
        QJsonArray cards;
        for (const CycleTimes::Point &p : times->points)
            cards.append(QJsonObject{{u"key"_s, p.key},
                                     {u"title"_s, p.title},
                                     {u"done"_s, dateText(p.done)},
                                     {u"cycle_days"_s, p.cycleDays},
                                     {u"lead_days"_s, p.leadDays},
                                     {u"points"_s, jsonNumber(p.points)}});
        writeJson(r, {{u"report"_s, u"cycletime"_s},
                      {u"scope"_s, scopeJson(*scope)},
                      {u"percentiles"_s, QJsonObject{{u"50"_s, times->p50},
                                                     {u"70"_s, times->p70},
                                                     {u"85"_s, times->p85},
                                                     {u"95"_s, times->p95}}},
                      {u"lead_percentiles"_s,
                       QJsonObject{{u"50"_s, times->leadP50}, {u"85"_s, times->leadP85}}},
                      {u"cards"_s, cards}});
        return 0;
    }
    QList<QStringList> rows;
    for (const CycleTimes::Point &p : times->points)
        rows.append({p.key, p.title, dateText(p.done), QString::number(p.cycleDays),
                     QString::number(p.leadDays), optionalNumber(p.points)});
    const QStringList facts{QObject::tr("%n card(s) finished", nullptr, int(times->points.size())),
                            QObject::tr("50 % within %1").arg(days(times->p50)),
                            QObject::tr("70 % within %1").arg(days(times->p70)),
                            QObject::tr("85 % within %1").arg(days(times->p85)),
                            QObject::tr("95 % within %1").arg(days(times->p95))};
    writeFacts(r, QObject::tr("Cycle time: %1").arg(scope->description), facts);
    r.writeTable({u"key"_s, u"title"_s, u"done"_s, u"cycle_days"_s, u"lead_days"_s, u"points"_s},
                 rows);
    return 0;
}

int throughputReport(ReportRequest &r)
{
    FlowAnalytics flow(r.board);
    int code = 0;
    const auto scope = flowScope(r, flow, &code);
    if (!scope)
        return code;
    const auto t = flow.throughput(scope->filter);
    if (!t)
        return r.ctx.fail(t.error());
    const bool weekly = r.parser.value(u"per"_s) == u"week";
    if (r.format == u"json") {
        QJsonArray dayRows, weekRows;
        for (const Throughput::Day &d : t->days)
            dayRows.append(QJsonObject{{u"date"_s, dateText(d.date)},
                                       {u"working_day"_s, d.workingDay},
                                       {u"items"_s, d.items},
                                       {u"points"_s, jsonNumber(d.points)}});
        for (const Throughput::Week &w : t->weeks)
            weekRows.append(QJsonObject{{u"week_of"_s, dateText(w.monday)},
                                        {u"items"_s, w.items},
                                        {u"points"_s, jsonNumber(w.points)}});
        writeJson(r, {{u"report"_s, u"throughput"_s},
                      {u"scope"_s, scopeJson(*scope)},
                      {u"items_per_working_day"_s, jsonNumber(t->itemsPerWorkingDay)},
                      {u"points_per_working_day"_s, jsonNumber(t->pointsPerWorkingDay)},
                      {u"days"_s, dayRows},
                      {u"weeks"_s, weekRows}});
        return 0;
    }
    const QStringList facts{
        QObject::tr("cards a working day: %1").arg(reportNumber(t->itemsPerWorkingDay)),
        QObject::tr("points a working day: %1").arg(reportNumber(t->pointsPerWorkingDay))};
    writeFacts(r, QObject::tr("Throughput: %1").arg(scope->description), facts);
    QList<QStringList> rows;
    if (weekly) {
        for (const Throughput::Week &w : t->weeks)
            rows.append({dateText(w.monday), QString::number(w.items), reportNumber(w.points)});
        r.writeTable({u"week_of"_s, u"items"_s, u"points"_s}, rows);
    } else {
        for (const Throughput::Day &d : t->days)
            rows.append({dateText(d.date), d.workingDay ? u"yes"_s : u"no"_s,
                         QString::number(d.items), reportNumber(d.points)});
        r.writeTable({u"date"_s, u"working_day"_s, u"items"_s, u"points"_s}, rows);
    }
    return 0;
}

int agingReport(ReportRequest &r)
{
    FlowAnalytics flow(r.board);
    int code = 0;
    auto scope = flowScope(r, flow, &code);
    if (!scope)
        return code;
    const auto aging = flow.agingWork(scope->filter);
    if (!aging)
        return r.ctx.fail(aging.error());
    const auto columnName = [&](qint64 id) {
        const Column *c = r.board.column(id);
        return c ? c->name : QString();
    };
    if (r.format == u"json") {
        QJsonArray cards;
        for (const AgingWork::Item &i : aging->items)
            cards.append(QJsonObject{{u"key"_s, i.key},
                                     {u"title"_s, i.title},
                                     {u"column"_s, columnName(i.columnId)},
                                     {u"age_days"_s, i.ageDays},
                                     {u"points"_s, jsonNumber(i.points)},
                                     {u"past_p85"_s, i.pastP85}});
        writeJson(r, {{u"report"_s, u"aging"_s},
                      {u"as_of"_s, dateText(aging->asOf)},
                      {u"scope"_s, scopeJson(*scope)},
                      {u"percentiles"_s, QJsonObject{{u"50"_s, aging->p50},
                                                     {u"70"_s, aging->p70},
                                                     {u"85"_s, aging->p85},
                                                     {u"95"_s, aging->p95}}},
                      {u"cards"_s, cards}});
        return 0;
    }
    int old = 0;
    for (const AgingWork::Item &i : aging->items)
        old += i.pastP85 ? 1 : 0;
    const QStringList facts{
        QObject::tr("%n card(s) in progress", nullptr, int(aging->items.size())),
        QObject::tr("%n card(s) past the 85th percentile", nullptr, old),
        QObject::tr("85 % finish within %1").arg(days(aging->p85))};
    writeFacts(r, QObject::tr("Ageing work: %1").arg(scope->description), facts);
    QList<QStringList> rows;
    for (const AgingWork::Item &i : aging->items)
        rows.append({i.key, i.title, columnName(i.columnId), QString::number(i.ageDays),
                     optionalNumber(i.points), i.pastP85 ? u"yes"_s : u"no"_s});
    r.writeTable({u"key"_s, u"title"_s, u"column"_s, u"age_days"_s, u"points"_s, u"past_p85"_s},
                 rows);
    return 0;
}

int forecastReport(ReportRequest &r)
{
    FlowAnalytics flow(r.board);
    int code = 0;
    const auto scope = flowScope(r, flow, &code);
    if (!scope)
        return code;
    // Forecasts count items unless --unit says points.
    const ChartUnit unit = r.parser.isSet(u"unit"_s) ? r.unit : ChartUnit::Cards;
    bool ok = false;
    const int historyDays = r.parser.value(u"history"_s).toInt(&ok);
    if (!ok || historyDays < 1)
        return r.ctx.usage(QObject::tr("--history takes a number of 1 or more, not \u201c%1\u201d")
                               .arg(r.parser.value(u"history"_s)));
    quint64 seed = MonteCarloInput().seed;
    if (r.parser.isSet(u"seed"_s)) {
        seed = r.parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return r.ctx.usage(QObject::tr("--seed takes a number, not \u201c%1\u201d")
                                   .arg(r.parser.value(u"seed"_s)));
    }
    double amount = 0;
    QStringList keys;
    if (r.parser.isSet(u"cards"_s)) {
        QList<qint64> ids;
        for (const QString &part : r.parser.value(u"cards"_s).split(u',', Qt::SkipEmptyParts)) {
            const Card *card = r.board.cardByKey(part.trimmed());
            if (!card)
                return r.ctx.fail(
                    QObject::tr("the board has no card \u201c%1\u201d").arg(part.trimmed()));
            ids.append(card->id);
            keys.append(card->key);
        }
        if (ids.isEmpty())
            return r.ctx.usage(QObject::tr("--cards takes card keys: KEY,KEY,..."));
        amount = flow.remaining(ids, unit);
    } else if (r.parser.isSet(u"items"_s)) {
        amount = r.parser.value(u"items"_s).toDouble(&ok);
        if (!ok || amount < 0)
            return r.ctx.usage(QObject::tr("--items takes a number, not \u201c%1\u201d")
                                   .arg(r.parser.value(u"items"_s)));
    } else if (r.sprint) {
        amount = flow.remaining(r.sprint->id, unit);
    } else {
        return r.ctx.usage(QObject::tr("the board has no sprint: say how much with --items"));
    }
    QDate by = r.sprint ? r.sprint->end : QDate();
    if (r.parser.isSet(u"by"_s)) {
        by = QDate::fromString(r.parser.value(u"by"_s), Qt::ISODate);
        if (!by.isValid())
            return r.ctx.usage(QObject::tr("--by takes a date YYYY-MM-DD, not \u201c%1\u201d")
                                   .arg(r.parser.value(u"by"_s)));
    }
    const auto forecast = flow.forecast(scope->filter, unit, amount, by, historyDays, seed);
    if (!forecast)
        return r.ctx.fail(forecast.error());
    const ThroughputHistory *history = &forecast->history;
    const WhenForecast &when = forecast->when;
    const HowManyForecast &howMany = forecast->howMany;
    const QString &reason = forecast->reason;

    if (r.format == u"json") {
        QJsonArray bars;
        for (const auto &[day, trials] : when.histogram)
            bars.append(QJsonObject{{u"date"_s, dateText(day)}, {u"trials"_s, trials}});
        QJsonObject o{{u"report"_s, u"forecast"_s},
                      {u"unit"_s, chartUnitName(unit)},
                      {u"history"_s, QJsonObject{{u"from"_s, dateText(history->from)},
                                                 {u"to"_s, dateText(history->to)},
                                                 {u"working_days"_s, history->workingDays()}}},
                      {u"trials"_s, forecast->input.trials},
                      {u"seed"_s, QString::number(seed)},
                      {u"possible"_s, reason.isEmpty()}};
        if (!keys.isEmpty())
            o.insert(u"cards"_s, QJsonArray::fromStringList(keys));
        if (!reason.isEmpty())
            o.insert(u"reason"_s, reason);
        if (reason.isEmpty()) {
            o.insert(u"when"_s, QJsonObject{{u"amount"_s, jsonNumber(amount)},
                                            {u"already_done"_s, when.alreadyDone},
                                            {u"50"_s, dateText(when.p50)},
                                            {u"85"_s, dateText(when.p85)},
                                            {u"95"_s, dateText(when.p95)},
                                            {u"histogram"_s, bars}});
            if (howMany.possible)
                o.insert(u"how_many"_s, QJsonObject{{u"by"_s, dateText(by)},
                                                    {u"50"_s, jsonNumber(howMany.p50)},
                                                    {u"85"_s, jsonNumber(howMany.p85)},
                                                    {u"95"_s, jsonNumber(howMany.p95)}});
        }
        writeJson(r, o);
        return 0;
    }
    const QString title = QObject::tr("Forecast: %1").arg(scope->description);
    if (!reason.isEmpty() || when.alreadyDone) {
        if (r.format == u"md")
            writeMarkdownTitle(r, title, {});
        r.ctx.out() << (reason.isEmpty() ? QObject::tr("Nothing is left to do.")
                                         : QObject::tr("No forecast: %1.").arg(reason))
                    << "\n";
        return 0;
    }
    QStringList facts{
        keys.isEmpty() ? QObject::tr("%1 %2 to do").arg(reportNumber(amount), unitLabel(unit))
                       : QObject::tr("%1: %2 %3 to do")
                             .arg(keys.join(u", "_s), reportNumber(amount), unitLabel(unit)),
        QObject::tr("85 % likely by %1").arg(longDate(when.p85)),
        QObject::tr("from the last %n working day(s)", nullptr, history->workingDays())};
    if (howMany.possible)
        facts.append(QObject::tr("by %1: at least %2 %3 (85 %)")
                         .arg(longDate(by), reportNumber(howMany.p85), unitLabel(unit)));
    writeFacts(r, title, facts);
    // One row per likelihood: the day the amount is done, and how much is done by --by.
    QList<QStringList> rows;
    const double amounts[] = {howMany.p50, howMany.p85, howMany.p95};
    const QDate dates[] = {when.p50, when.p85, when.p95};
    for (int i = 0; i < 3; ++i) {
        rows.append({reportNumber(kForecastPercentiles[i]), dateText(dates[i])});
        if (howMany.possible)
            rows.last().append(reportNumber(amounts[i]));
    }
    QStringList header{u"likelihood"_s, u"done_by"_s};
    if (howMany.possible)
        header.append(u"amount_by_"_s + dateText(by));
    r.writeTable(header, rows);
    return 0;
}

} // namespace SprintDeck::Cli

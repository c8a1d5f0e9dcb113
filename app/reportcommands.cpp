// `sprintdeck report KIND`: parses the options every report shares, then runs the kind.
#include "app/reportcommands.h"

#include "app/commandline.h"
#include "core/board/board.h"
#include "core/board/sprintanalytics.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

const QList<ReportKind> &reportKinds()
{
    // To add a report: declare `int xReport(ReportRequest &)` in reportcommands.h, define it in
    // its own file, and add one line here.
    static const QList<ReportKind> kinds = {
        {"burndown",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "ideal and remaining per day, scope changes, forecast"),
         "table,csv,json,md", true, &burndownReport},
        {"burnup", QT_TRANSLATE_NOOP("SprintDeck::Cli", "total scope and completed per day"),
         "table,csv,json,md", true, &burnupReport},
        {"velocity",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "committed vs completed of the last closed sprints, with the average"),
         "table,csv,json,md", false, &velocityReport,
         [](CommandLine &cl) {
             cl.addOption({u"last"_s,
                           QCoreApplication::translate("SprintDeck::Cli",
                                                       "How many closed sprints (default 6)."),
                           u"N"_s, u"6"_s});
         }},
        {"progress",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "Priority | Story Points | Completed | Remaining, with a total row"),
         "table,csv,json,md", true, &progressReport},
        {"cfd",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "cumulative flow: cards or points per column per day"),
         "table,csv,json,md", true, &cumulativeFlowReport},
        {"standup",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "the day's standup: Yesterday / Today / Blockers / Progress"),
         "md,html", false, &standupReport},
        {"status",
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "the daily status: completed, progress by priority, blockers, tomorrow's plan"),
         "md,html", false, &statusReport},
        {"cycletime",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "cycle and lead time of each finished card, with percentiles"),
         "table,csv,json,md", false, &cycleTimeReport, &addFlowOptions},
        {"throughput",
         QT_TRANSLATE_NOOP("SprintDeck::Cli", "cards and points finished per day or week"),
         "table,csv,json,md", false, &throughputReport, &addThroughputOptions},
        {"aging",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "work in progress by column, its age against the cycle times"),
         "table,csv,json,md", false, &agingReport, &addFlowOptions},
        {"forecast",
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "Monte Carlo: when the rest is done, how much by a day (50/85/95 %)"),
         "table,csv,json,md", false, &forecastReport, &addForecastOptions},
    };
    return kinds;
}

QString reportNumber(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', 2)
        .remove(QRegularExpression(u"\\.?0+$"_s));
}

void ReportRequest::writeTable(const QStringList &header, const QList<QStringList> &rows)
{
    Format f = Format::Table;
    parseFormat(format, &f);
    writeRows(ctx.out(), f, header, rows);
}

std::optional<SprintSeries> ReportRequest::series(int *exitCode)
{
    if (!sprint) {
        *exitCode = ctx.fail(
            QObject::tr("the board has no sprint; create one with 'sprintdeck sprint create'"));
        return std::nullopt;
    }
    auto s = analytics.series(sprint->id, asOf);
    if (!s) {
        *exitCode = ctx.fail(s.error());
        return std::nullopt;
    }
    return std::move(s.value());
}

namespace {

const ReportKind *findKind(const QString &name)
{
    for (const ReportKind &k : reportKinds())
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QString kindsHelp()
{
    QString text = QCoreApplication::translate(
        "SprintDeck::Cli",
        "Usage: sprintdeck report KIND [--db FILE] [--sprint NAME] [--unit points|cards]\n"
        "                         [--date YYYY-MM-DD] [--format FORMAT]\n\nKinds:\n");
    for (const ReportKind &k : reportKinds())
        text += u"  %1 %2\n"_s.arg(QString::fromLatin1(k.name).leftJustified(10),
                                   QCoreApplication::translate("SprintDeck::Cli", k.summary));
    text += QCoreApplication::translate(
        "SprintDeck::Cli", "\nRun 'sprintdeck report KIND --help' for the options of each.\n");
    return text;
}

/** The options every report takes besides --help and --db, then the kind's own. */
void addReportOptions(CommandLine &cl, const ReportKind &kind, const QStringList &formats)
{
    cl.addOption(
        {u"sprint"_s,
         QCoreApplication::translate("SprintDeck::Cli", "The sprint (default: the current one)."),
         u"NAME"_s});
    cl.addOption(
        {u"unit"_s,
         QCoreApplication::translate("SprintDeck::Cli", "points or cards (default: points)."),
         u"UNIT"_s, u"points"_s});
    cl.addOption({u"date"_s,
                  QCoreApplication::translate("SprintDeck::Cli",
                                              "As of the end of this local day (default: now)."),
                  u"YYYY-MM-DD"_s});
    cl.addOption({u"format"_s,
                  QCoreApplication::translate("SprintDeck::Cli", "Output: %1 (default: %2).")
                      .arg(formats.join(u", "_s), formats.first()),
                  u"FORMAT"_s, formats.first()});
    if (kind.addOptions)
        kind.addOptions(cl);
}

/** What --format, --unit and --date ask for. */
struct ReportOptions
{
    QString format;
    ChartUnit unit = ChartUnit::Points;
    QDate date;
};

/** Checks --format, --unit and --date; false (after the usage message) when one is wrong. */
bool readReportOptions(CommandLine &cl, const QStringList &formats, ReportOptions &o)
{
    o.format = cl.value(u"format"_s).toLower();
    if (!formats.contains(o.format))
        return cl.usage(QObject::tr("--format takes %1, not \u201c%2\u201d")
                            .arg(formats.join(u", "_s), o.format));
    const auto unit = parseChartUnit(cl.value(u"unit"_s));
    if (!unit)
        return cl.usage(QObject::tr("--unit takes points or cards, not \u201c%1\u201d")
                            .arg(cl.value(u"unit"_s)));
    o.unit = *unit;
    if (cl.isSet(u"date"_s)) {
        o.date = QDate::fromString(cl.value(u"date"_s), Qt::ISODate);
        if (!o.date.isValid())
            return cl.usage(QObject::tr("--date takes a date as YYYY-MM-DD, not \u201c%1\u201d")
                                .arg(cl.value(u"date"_s)));
    }
    return true;
}

/** Runs one kind of report in `ctx`, whose first argument is "report KIND". */
int runReport(Context &ctx, const ReportKind &kind)
{
    const QStringList formats = QString::fromLatin1(kind.formats).split(u',');
    CommandLine cl(ctx, QCoreApplication::translate("SprintDeck::Cli", "Report: %1.")
                            .arg(QCoreApplication::translate("SprintDeck::Cli", kind.summary)));
    addReportOptions(cl, kind, formats);
    ReportOptions o;
    if (!cl.parseWithoutArguments() || !readReportOptions(cl, formats, o))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    const Sprint *sprint = nullptr;
    if (cl.isSet(u"sprint"_s)) {
        sprint = cl.sprintNamed(cl.value(u"sprint"_s));
        if (!sprint)
            return cl.exitCode();
    } else {
        sprint = board->sprint(board->currentSprintId());
    }
    if (kind.needsSprint && !sprint)
        return ctx.fail(
            QObject::tr("the board has no sprint; create one with 'sprintdeck sprint create'"));

    QDateTime asOf = board->now();
    if (o.date.isValid())
        asOf = qMin(asOf,
                    o.date.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toUTC().addMSecs(-1));
    SprintAnalytics analytics(*board);
    ReportRequest request{ctx,    *board,   analytics, cl.parser(), sprint,
                          o.unit, o.format, o.date,    asOf};
    return kind.run(request);
}

} // namespace

int reportCommand(Context &ctx)
{
    const QString name = ctx.args().value(1);
    if (name.isEmpty() || name == u"--help" || name == u"-h") {
        ctx.out() << kindsHelp();
        ctx.out().flush();
        return name.isEmpty() ? 2 : 0;
    }
    const ReportKind *kind = findKind(name);
    if (!kind)
        return ctx.usage(QObject::tr("unknown report \u201c%1\u201d (%2)").arg(name, [] {
            QStringList names;
            for (const ReportKind &k : reportKinds())
                names.append(QString::fromLatin1(k.name));
            return names.join(u", "_s);
        }()));
    QStringList args = ctx.args().mid(1);
    args.first() = u"report "_s + name;
    Context sub(args, ctx.dbPath());
    return runReport(sub, *kind);
}

} // namespace SprintDeck::Cli

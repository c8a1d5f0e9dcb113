#pragma once

#include "app/cli.h"
#include "app/output.h"

#include "core/analytics/analytics.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace SprintDeck {
class SprintAnalytics;
}

namespace SprintDeck::Cli {

class CommandLine;

/**
 * What `sprintdeck report KIND` hands to a report: the parsed common options
 * (--sprint, --unit, --date, --format) and the open board. A report that needs
 * more options declares them in its ReportKind::addOptions.
 */
struct ReportRequest
{
    Context &ctx;
    Board &board;
    SprintAnalytics &analytics;
    const QCommandLineParser &parser;
    /** --sprint NAME, else the board's current sprint; nullptr when the board has none. */
    const Sprint *sprint = nullptr;
    ChartUnit unit = ChartUnit::Points;
    QString format; ///< one of the kind's formats
    QDate date;     ///< --date; invalid when not given
    QDateTime asOf; ///< the end of --date (or now, whichever is earlier); UTC

    /** Writes rows in the requested table format (table, csv, json, md). */
    void writeTable(const QStringList &header, const QList<QStringList> &rows);
    /** The series of the sprint as of `asOf` (the frozen one for a closed sprint); prints the
     * error. */
    std::optional<SprintSeries> series(int *exitCode);
};

/** One kind of report. */
struct ReportKind
{
    const char *name;    ///< `sprintdeck report NAME`
    const char *summary; ///< one line for --help
    const char *formats; ///< accepted --format values, comma separated; the first is the default
    bool needsSprint;    ///< fails when the board has no sprint
    int (*run)(ReportRequest &request);
    void (*addOptions)(CommandLine &commandLine) = nullptr; ///< extra options, may be null
};

/** Every report kind, in the order --help lists them (reportcommands.cpp). */
const QList<ReportKind> &reportKinds();

/** Formats a number the way the reports print it: at most two decimals, no trailing zeros. */
QString reportNumber(double value);

// Shared by the reports (chartreports.cpp).
QString optionalNumber(const std::optional<double> &v);
QJsonValue jsonNumber(double v);
QJsonValue jsonNumber(const std::optional<double> &v);
/** ISO 8601; empty for an invalid date. */
QString dateText(QDate d);
QJsonValue jsonDate(const std::optional<QDate> &d);
void writeJson(ReportRequest &r, const QJsonObject &o);
/** A heading above a markdown table, so a pasted report says what it shows. */
void writeMarkdownTitle(ReportRequest &r, const QString &title, const QStringList &facts);
QJsonObject sprintJson(const SprintSeries &s);
/** "points" or "cards", translated. */
QString unitLabel(ChartUnit unit);

// Report kinds, defined in their own files.
int burndownReport(ReportRequest &request);
int burnupReport(ReportRequest &request);
int velocityReport(ReportRequest &request);
int progressReport(ReportRequest &request);
int cumulativeFlowReport(ReportRequest &request);
int standupReport(ReportRequest &request);
int statusReport(ReportRequest &request);
int cycleTimeReport(ReportRequest &request);
int throughputReport(ReportRequest &request);
int agingReport(ReportRequest &request);
int forecastReport(ReportRequest &request);
void addFlowOptions(CommandLine &commandLine);
void addThroughputOptions(CommandLine &commandLine);
void addForecastOptions(CommandLine &commandLine);

} // namespace SprintDeck::Cli

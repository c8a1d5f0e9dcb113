#pragma once

#include "app/cli.h"
#include "app/output.h"

#include "core/analytics/analytics.h"

#include <QCommandLineParser>
#include <QDateTime>

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

// Report kinds, defined in their own files.
int burndownReport(ReportRequest &request);
int burnupReport(ReportRequest &request);
int velocityReport(ReportRequest &request);
int progressReport(ReportRequest &request);
int cumulativeFlowReport(ReportRequest &request);
int standupReport(ReportRequest &request);
int statusReport(ReportRequest &request);

} // namespace SprintDeck::Cli

#pragma once

#include "core/io/importplan.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QIODevice>
#include <QString>

#include <optional>

namespace SprintDeck {

/**
 * Reads Jira's "Export CSV (all fields)" (and SprintDeck's own CSV export,
 * which uses the same column names): one issue per record, repeated columns
 * for multi-valued fields (Labels, Sprint), "Custom field (Story Points)",
 * dates like "14/Jul/25 3:42 PM" in the exporter's local time, or ISO 8601.
 * Exports in Spanish, Portuguese, German and French are read alike: their
 * column names (JiraColumns), month names ("17/déc./25 09:05") and statuses.
 *
 * The file is streamed record by record (CsvReader); any malformed record
 * fails the whole import with its line, so nothing is half-imported. Records
 * that are well-formed but unusable (no summary, wrong field count) are
 * skipped with a warning. Jira exports carry no sprint dates: they are
 * inferred from the issues' activity (JiraSprints) and warned about.
 */
class JiraCsvImporter
{
public:
    static constexpr int kMaxIssues = 100000;
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    static Result<ImportPlan> importFile(const QString &path, QDate today = QDate::currentDate());
    static Result<ImportPlan> importDevice(QIODevice *device, const QString &name,
                                           QDate today = QDate::currentDate());
    static Result<ImportPlan> importBytes(QByteArrayView bytes, const QString &name,
                                          QDate today = QDate::currentDate());

    /**
     * "14/Jul/25 3:42 PM", "17/Mai/25 09:05", "17/déc./25 09:05" (local time, month names in
     * the languages Jira offers), "2025-07-14 15:42", ISO 8601 with offset; as UTC.
     */
    static std::optional<QDateTime> parseDate(QStringView text);
    /** True when a header record looks like an issue export (it has a Summary column). */
    static bool looksLikeIssueCsv(QByteArrayView head);
};

} // namespace SprintDeck

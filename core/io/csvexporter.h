#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace SprintDeck {

class Board;

/**
 * Writes cards as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark so
 * spreadsheets read it as UTF-8) under Jira's column names, so that the Jira
 * CSV importer reads it back: Issue key, Summary, Issue Type, Status (the
 * column), Priority, Assignee, Sprint, Custom field (Story Points), one
 * Labels column per label, Custom field (Flagged), Description, Created,
 * Updated and Resolved (ISO 8601, UTC), and the sprint's Sprint Start and
 * Sprint End, which Jira ignores and SprintDeck reads back.
 */
class CsvExporter
{
public:
    /** All cards, or those of one sprint (sprintId > 0). */
    static Result<QByteArray> write(Board &board, qint64 sprintId = 0);
    static QString field(const QString &value);
};

} // namespace SprintDeck

#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QDate>

namespace SprintDeck {

class Board;

/**
 * Writes a sprint as a status report in the style of the documents teams
 * write themselves: sprint name, goal and dates, a progress table by priority,
 * then one section per column with story lines such as
 * "FIX-003: Test Suite Stabilization (4 points) - **DONE**", their fields,
 * description and checklist (grouped under headings with estimates). The
 * markdown importer reads it back.
 */
class MarkdownExporter
{
public:
    /** The sprint `sprintId` (0: the board's current sprint) as of `today`. */
    static Result<QByteArray> write(Board &board, qint64 sprintId = 0,
                                    QDate today = QDate::currentDate());
};

} // namespace SprintDeck

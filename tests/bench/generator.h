#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QString>

namespace SprintDeck {

/** What the benchmark data generator writes. */
struct GeneratorOptions
{
    int cards = 100000;
    int sprints = 50;
    qint64 events = 1000000;
    int members = 24;
    quint32 seed = 1;
    /** Share of cards that stay in the backlog. */
    double backlogShare = 0.25;
    /** Cards of the active sprint that sit in its first column (a long column to scroll). */
    int bigColumn = 0;
    QDate today = QDate(2026, 6, 17);
};

/**
 * Writes a realistic board into a new database file: members, labels, sprints of
 * ten working days ending with an active one, cards spread over them and the
 * backlog, and a history of events with plausible timing (cards advance through
 * the columns on working days; some are re-estimated, blocked or re-opened).
 * The same options always give the same file contents.
 */
Status generateBoard(const QString &path, const GeneratorOptions &options);

} // namespace SprintDeck

#pragma once

#include "core/board/board.h"
#include "core/board/sprintanalytics.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace SprintDeck {

/**
 * Builds a sprint history through a real Board on a temporary SQLite file
 * from a small script, with the Board's clock set to local times:
 *
 *   sprint S 2025-01-13 2025-01-24 holiday=2025-01-15 workday=2025-01-18
 *   at 2025-01-13 09:00; card A 3 P1; card B 5 backlog; start S
 *   at 2025-01-14 10:00; move A done; plan S B; backlog B; points A 8; delete A
 *   close S backlog|NEXT; now 2025-01-17 12:00
 *
 * Statements are separated by ';' or new lines. Cards go into the first
 * sprint unless `in=NAME`, `backlog` or a column (todo, progress, review,
 * done) says otherwise; points "-" is none.
 */
/** What the built application printed. */
struct CliResult
{
    int code = -1;
    QString out, err;
};

/** Runs the built application on a database (TZ=Europe/Berlin, as the scripts' days are). */
CliResult runCli(const QString &db, QStringList args);

class SprintScript
{
public:
    explicit SprintScript(const QTimeZone &zone = QTimeZone("Europe/Berlin"));

    /** Runs the statements; false with error() set on the first that fails. */
    bool run(const QString &script);
    QString error() const { return m_error; }

    Board &board() { return *m_board; }
    /** Closes the board (and its lock), so another process can open the file; reopen() takes it
     * back. */
    void closeBoard();
    void reopen();
    SprintAnalytics &analytics() { return *m_analytics; }
    QString path() const { return m_dir.filePath(QStringLiteral("board.sprintdeck")); }
    const QTimeZone &zone() const { return m_zone; }
    /** The time `now` set, or the clock. */
    QDateTime now() const { return m_now.isValid() ? m_now : m_clock; }
    void setClock(const QDateTime &utc) { m_clock = utc; }
    qint64 sprintId(const QString &name) const;
    qint64 cardId(const QString &key) const;
    /** The series of a sprint (default: the first) as the charts see it. */
    SprintSeries series(const QString &sprint = {});
    QDateTime local(const QString &date, const QString &time) const;

private:
    bool statement(const QStringList &words);
    bool fail(const QString &message);
    qint64 column(const QString &word) const;

    QTemporaryDir m_dir;
    QTimeZone m_zone;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<SprintAnalytics> m_analytics;
    QDateTime m_clock;
    QDateTime m_now;
    QString m_firstSprint;
    QString m_error;
};

} // namespace SprintDeck

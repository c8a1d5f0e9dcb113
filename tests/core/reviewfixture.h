#pragma once

#include "core/board/board.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace SprintDeck {

/**
 * A board on a temporary file with a sprint to review, built through the
 * Board's user actions with its clock set to times inside the sprint, so the
 * history (start, moves to done, a scope change, a re-estimate) is real.
 */
class ReviewFixture
{
public:
    struct Spec
    {
        QString sprint = QStringLiteral("Sprint 7");
        QString goal = QStringLiteral("Ship the review deck");
        QDate start = QDate(2025, 1, 13);
        int completed = 12;      ///< cards that reach done
        int open = 5;            ///< cards left in progress or to do
        int titleWords = 6;      ///< words per card title (long titles: 40+)
        int previousSprints = 2; ///< closed sprints before this one (velocity)
        bool blocked = true;     ///< one open card is blocked
        bool close = false;      ///< close the sprint at its end, carrying over into the next one
        bool nextSprint = true;  ///< a planned sprint after this one
        bool notes = true;       ///< retrospective notes
    };

    ReviewFixture();
    ~ReviewFixture();

    /** Builds the board; false with error() set when a step fails. */
    bool build(const Spec &spec);
    QString error() const { return m_error; }

    Board &board() { return *m_board; }
    QString path() const;
    qint64 sprintId() const { return m_sprintId; }
    /** A time when the sprint is on its sixth working day (or after its close). */
    QDateTime now() const { return m_now; }
    /** Releases the database (closes the Board) so another process can open it. */
    void release();

    static QString title(int index, int words);

private:
    bool fail(const QString &message);
    bool check(const Status &status);
    QDateTime at(QDate day, int hour, int minute = 0) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Board> m_board;
    QDateTime m_clock;
    QDateTime m_now;
    qint64 m_sprintId = 0;
    QString m_error;
};

} // namespace SprintDeck

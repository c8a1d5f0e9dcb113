#pragma once

#include "core/standup/standup.h"
#include "core/standup/standupfill.h"
#include "core/standup/standupreport.h"
#include "core/util/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace SprintDeck {

class Board;
class SprintAnalytics;
class StandupStore;

/**
 * The board's daily standups: reading, saving and filling them from the board.
 *
 * Standup text is not a card change, so it is not on the Board's undo stack:
 * the editors are typed in and autosaved several times a second, and an
 * Edit > Undo that reverted a sentence typed in another view, interleaved with
 * card moves, would surprise more than it helps. Typing is undone where it
 * happens, in the editor's own undo history; the next autosave stores the
 * result. Every save is one transaction, committed before save*() returns, so
 * nothing that was saved is lost when the application is killed.
 *
 * Empty fields are stored as "" (white space only counts as empty), so a day
 * "has a standup" exactly when some text was written for it.
 */
class StandupBook : public QObject
{
    Q_OBJECT
public:
    /** The standup book of `board`, created on first use; the board owns it. */
    static StandupBook *of(Board &board);
    ~StandupBook() override;

    Board &board() const { return m_board; }

    /** The standup of `date`; empty (no entries) when nothing was saved for that day. */
    Result<Standup> standup(QDate date) const;
    /** Saves one member's entry of `date`; the member must be on the board. */
    Status saveEntry(QDate date, const StandupEntry &entry);
    /** Saves several entries of `date` in one transaction. */
    Status saveEntries(QDate date, const QList<StandupEntry> &entries);
    /** Saves the team note of `date`. */
    Status saveNote(QDate date, const QString &note);

    /**
     * Told about every save, inside its transaction, with the day's standup as it was before and
     * as it is saved (a shared board queues it for the server); a failure it returns undoes the
     * save.
     */
    using WriteHook = std::function<Status(const Standup &before, const Standup &after)>;
    void setWriteHook(WriteHook hook) { m_writeHook = std::move(hook); }
    /**
     * Writes what another member of a shared board saved, without the hook; `inTransaction`
     * runs in the write's transaction. An entry or a note given as nullopt stays as it is.
     */
    Status saveFromTeam(QDate date, const QList<StandupEntry> &entries,
                        const std::optional<QString> &note,
                        const std::function<Status()> &inTransaction);

    /** Days in [from, to] that have a standup (some text saved), oldest first. */
    Result<QList<QDate>> daysWithStandup(QDate from, QDate to) const;
    /** The latest day before `date` with a standup; an invalid date when there is none. */
    Result<QDate> lastStandupBefore(QDate date) const;
    /**
     * The day the standup of `date` looks back to: the last day before it with a
     * standup, or the previous working day when there is none.
     */
    QDate previousStandupDay(QDate date) const;
    /** The sprint a standup on `date` is about (0: none). */
    qint64 sprintForDate(QDate date) const;

    /**
     * Collects what filling the standup of `date` reads from the board and its history, about
     * the sprint `sprintId` (0: the sprint of the day).
     */
    Result<StandupFillInput> fillInput(QDate date, qint64 sprintId = 0) const;
    /** Proposals for every member (active or not), in the board's member order. */
    Result<QList<StandupProposal>> propose(QDate date, qint64 sprintId = 0) const;

    /**
     * Fill from Board: each entry of `current` (the members' texts as they stand, saved or
     * not) filled from the board's proposals for `date` by StandupFill::fillEntry(). Saves
     * nothing: the Standup view puts the result in its editors, fill() saves it.
     */
    Result<QList<StandupEntryFill>> fillEntries(QDate date, const QList<StandupEntry> &current,
                                                qint64 sprintId = 0) const;
    /**
     * Fill from Board on the saved standup of `date`, for every member it lists (membersFor()),
     * and saves the entries that changed in one transaction; what members wrote stays as it is.
     * The fills are in meeting order.
     */
    Result<QList<StandupEntryFill>> fill(QDate date, qint64 sprintId = 0);

    /**
     * What the standup and daily status reports of `date` show, about the sprint
     * `sprintId` (0: the sprint of the day). The day is looked at as it ended
     * (or as it is now, for today); progress numbers come from the sprint analytics.
     */
    Result<StandupReportData> reportData(QDate date, qint64 sprintId = 0);
    /** Members a standup on `date` lists: the active ones, then inactive ones who wrote something.
     */
    QList<Member> membersFor(const Standup &standup) const;

    /** Markdown as stored: white space at the end removed, "" when nothing else is left. */
    static QString normalized(const QString &markdown);

signals:
    /** A standup was written (by anyone holding this book). */
    void standupSaved(QDate date);

private:
    explicit StandupBook(Board &board);
    Result<QHash<qint64, StandupProposal>> proposalsByMember(QDate date, qint64 sprintId) const;
    /** The report's entries of `date`: what each member wrote, else the board's proposal. */
    Result<QList<StandupReportData::Entry>> reportEntries(QDate date, qint64 sprintId,
                                                          const Standup &standup) const;

    Board &m_board;
    std::unique_ptr<StandupStore> m_store;
    std::unique_ptr<SprintAnalytics> m_analytics;
    WriteHook m_writeHook;
};

} // namespace SprintDeck

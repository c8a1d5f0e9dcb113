#include "board/sprintclosecommand.h"
#include "board/board.h"
#include "storage/analyticsstore.h"
#include "storage/database.h"

namespace SprintDeck {

SprintCloseCommand::SprintCloseCommand(Board *board, const QString &text, Sprint before,
                                       Sprint after, QByteArray report)
    : UndoCommand(board, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{}

Status SprintCloseCommand::apply(bool forward)
{
    Database &db = m_board->database();
    AnalyticsStore store(db);
    auto write = [&](bool save) -> Status {
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(db.lastError());
        Status s = save ? store.saveReport({m_after.id, m_after.closedAt, m_report})
                        : store.deleteReport(m_after.id);
        if (!s)
            return s;
        if (!tx.commit())
            return Status::failure(db.lastError());
        return {};
    };
    if (forward) {
        // The report goes first: a closed sprint without its report would be computed from later
        // edits.
        if (Status s = write(true); !s)
            return s;
        Sprint closed = m_after;
        if (Status s = m_board->applySprint(closed); !s) {
            (void)write(false);
            return s;
        }
        return {};
    }
    Sprint reopened = m_before;
    if (Status s = m_board->applySprint(reopened); !s)
        return s;
    return write(false);
}

} // namespace SprintDeck

#include "core/board/sprintclosecommand.h"
#include "core/board/board.h"
#include "core/storage/analyticsstore.h"
#include "core/storage/database.h"

namespace SprintDeck {

SprintCloseCommand::SprintCloseCommand(Board *board, const QString &text, Sprint open,
                                       Sprint closed, QByteArray report, bool closing)
    : UndoCommand(board, text)
    , m_open(std::move(open))
    , m_closed(std::move(closed))
    , m_report(std::move(report))
    , m_closing(closing)
{}

Status SprintCloseCommand::writeReport(bool save)
{
    Database &db = m_board->database();
    AnalyticsStore store(db);
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(db.lastError());
    // A closed sprint without a stored report (closed before reports were kept) stays so.
    Status s = save && !m_report.isEmpty()
                   ? store.saveReport({m_closed.id, m_closed.closedAt, m_report})
                   : store.deleteReport(m_closed.id);
    if (!s)
        return s;
    if (!tx.commit())
        return Status::failure(db.lastError());
    return {};
}

Status SprintCloseCommand::apply(bool forward)
{
    if (forward == m_closing) {
        // The report goes first: a closed sprint without its report would be computed from later
        // edits.
        if (Status s = writeReport(true); !s)
            return s;
        Sprint closed = m_closed;
        if (Status s = m_board->applySprint(closed); !s) {
            (void)writeReport(false);
            return s;
        }
        return {};
    }
    Sprint reopened = m_open;
    if (Status s = m_board->applySprint(reopened); !s)
        return s;
    return writeReport(false);
}

} // namespace SprintDeck

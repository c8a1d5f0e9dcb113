#pragma once

#include "core/board/commands.h"

#include <QByteArray>

namespace SprintDeck {

/**
 * Closes a sprint and stores its frozen report (forward), or re-opens it and
 * drops the report (backward); re-opening is the same with the directions
 * swapped (`closing` false). The report is computed before a close command is
 * made, from the state at the close; a re-open command holds the stored one.
 */
class SprintCloseCommand : public UndoCommand
{
public:
    SprintCloseCommand(Board *board, const QString &text, Sprint open, Sprint closed,
                       QByteArray report, bool closing = true);
    Status apply(bool forward) override;

private:
    Status writeReport(bool save);

    Sprint m_open, m_closed;
    QByteArray m_report;
    bool m_closing;
};

} // namespace SprintDeck

#pragma once

#include "board/commands.h"

#include <QByteArray>

namespace SprintDeck {

/**
 * Closes a sprint and stores its frozen report (forward), or re-opens it and
 * drops the report (backward). The report is computed before the command is
 * made, from the state at the close.
 */
class SprintCloseCommand : public UndoCommand
{
public:
    SprintCloseCommand(Board *board, const QString &text, Sprint before, Sprint after,
                       QByteArray report);
    Status apply(bool forward) override;

private:
    Sprint m_before, m_after;
    QByteArray m_report;
};

} // namespace SprintDeck

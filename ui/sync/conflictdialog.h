#pragma once

#include "core/storage/syncstore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace SprintDeck {

class Board;

/**
 * The cards changed both here and on the server: each with its fields side
 * by side, and a choice of which version to keep. Nothing changes until the
 * user picks.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(Board *board, QWidget *parent = nullptr);

    int conflictCount() const { return int(m_conflicts.size()); }
    /** Keeps one side of the selected conflict; false (with a message) when it could not. */
    bool keep(bool local);

private:
    void reload();
    void showConflict(int row);

    Board *m_board;
    QList<SyncConflict> m_conflicts;
    QListWidget *m_list;
    QTableWidget *m_fields;
    QLabel *m_message;
    QPushButton *m_keepLocal;
    QPushButton *m_keepRemote;
};

} // namespace SprintDeck

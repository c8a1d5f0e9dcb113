#pragma once

#include "core/io/importplan.h"
#include "core/io/importpreview.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QProgressDialog;
class QLabel;
class QListWidget;
class QTableWidget;
class QTreeWidget;

namespace SprintDeck {

class Board;

/**
 * Shows what importing files will do before anything is written: the cards
 * to create, update and skip, the sprints, the warnings with their lines, and
 * the status to column mapping, which the user can change (the preview is
 * recomputed). Import writes everything as one undo step; a file that cannot
 * be read shows its error (with the line) and imports nothing.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Board *board, const QStringList &files, QWidget *parent = nullptr);

    /** The error that stops the import (a file that cannot be read), or empty. */
    QString errorText() const { return m_error; }
    const std::optional<ImportPreview> &preview() const { return m_preview; }
    /** Sets the column for a status, as the mapping table does. */
    void setMapping(const QString &status, const QString &column);

    /** Imports with a progress dialog (Cancel rolls the import back) and closes on success. */
    void accept() override;
    /** True when the last import was cancelled (nothing was written). */
    bool wasCancelled() const { return m_cancelled; }
    /** Cards the import created or updated. */
    int importedCards() const;

signals:
    /** The progress dialog of an import has been created (tests cancel it from here). */
    void progressStarted(QProgressDialog *progress);

private:
    void readFiles(const QStringList &files);
    void rebuild();
    void fillMappingTable();
    void showError(const QString &message);

    Board *m_board;
    QList<ImportPlan> m_plans;
    ImportOptions m_options;
    std::optional<ImportPreview> m_preview;
    QString m_error;
    bool m_filling = false;
    bool m_cancelled = false;

    QLabel *m_summary;
    QTreeWidget *m_cards;
    QListWidget *m_warnings;
    QLabel *m_mappingLabel;
    QTableWidget *m_mapping;
    QDialogButtonBox *m_buttons;
};

} // namespace SprintDeck

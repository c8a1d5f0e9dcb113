#pragma once

#include "core/sync/remote.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace SprintDeck {

class Board;
class SecretStore;

/**
 * Adds, edits and removes the board's remotes: server, project, the API key
 * (typed into a password field and handed to the OS keychain, never stored
 * by SprintDeck), plain-http confirmation, and which column each of the
 * server's statuses maps to.
 */
class RemotesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemotesDialog(Board *board, QWidget *parent = nullptr);

    /** Saves the form (a new remote when none is selected); the outcome shows in the dialog. */
    bool save();
    /** The last message the dialog showed (saved, keychain fallback, error). */
    QString message() const;

signals:
    /** The key was handed to the keychain (or kept for this session); `message` tells which. */
    void keyStored(const QString &message);

private:
    void reload(qint64 selectId);
    void showRemote(int row);
    void newRemote();
    void removeRemote();
    void updateTransportHint();
    void fillMapping(const Remote &remote);
    void setMessage(const QString &text, bool error);

    Board *m_board;
    SecretStore *m_secrets;
    QList<Remote> m_remotes;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_project;
    QLineEdit *m_key;
    QLineEdit *m_prefix;
    QComboBox *m_points;
    QCheckBox *m_insecure;
    QLabel *m_transportHint;
    QTableWidget *m_mapping;
    QLabel *m_mappingHint;
    QLabel *m_message;
    QPushButton *m_saveButton;
    QPushButton *m_removeButton;
};

} // namespace SprintDeck

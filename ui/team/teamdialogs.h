#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace SprintDeck {

class Board;

/**
 * File > Share Board… and File > Open Shared Board…: the server's address, who the user is on
 * the board, the password (kept in the OS keychain afterwards) and, to join, the file that
 * becomes the replica. The address is checked as it is typed; a refusal of the server shows in
 * the dialog, in one line, and nothing is changed.
 */
class TeamBoardDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Share, ///< publish the window's board
        Join,  ///< make a new file a replica of a server's board
    };

    /** `board`: the board to share (Share only). */
    TeamBoardDialog(Mode mode, Board *board, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *memberEdit() const { return m_member; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *fileEdit() const { return m_file; }
    QString error() const;

    /** Shares or joins with what the fields hold; false (the reason shown) when it could not. */
    bool run();
    /** The replica made by Join. */
    QString joinedFile() const { return m_joined; }
    QString password() const;
    QString address() const;

private:
    void validate();
    void chooseFile();

    Mode m_mode;
    Board *m_board;
    QLineEdit *m_server;
    QLineEdit *m_member;
    QLineEdit *m_password;
    QLineEdit *m_file = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
    QString m_joined;
};

/** The fields of a shared board the server refused: each with both values and who wrote theirs. */
class TeamConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamConflictDialog(Board *board, QWidget *parent = nullptr);

    int conflictCount() const;
    /** Keeps one side of the selected conflict; false (with a message) when it could not. */
    bool keep(bool mine);

signals:
    /** A conflict was settled: the edit it made waits to be sent. */
    void resolved();

private:
    void reload();

    Board *m_board;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace SprintDeck

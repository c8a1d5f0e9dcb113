#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace SprintDeck {

/**
 * A streaming RFC 4180 reader: comma separated, fields optionally in double
 * quotes, "" for a quote inside quotes, line breaks (CRLF, LF or CR) inside
 * quoted fields. Qt has no CSV parser, and the Jira export needs exactly this:
 * multi-line descriptions, a byte order mark and CRLF line ends.
 *
 * It works on bytes (the separators are ASCII and never occur inside a UTF-8
 * sequence), reads the device in chunks, holds one record at a time and checks
 * each field for valid UTF-8. Errors name the line where the trouble starts:
 * an unterminated quote is reported at the line that opened it.
 */
class CsvReader
{
public:
    static constexpr qint64 kMaxFieldBytes = 1024 * 1024;
    static constexpr int kMaxFields = 10000;

    CsvReader(QIODevice *device, const QString &name);

    /**
     * Reads the next record. Returns false at the end of the input or on an
     * error (then error() is set). Blank lines are skipped.
     */
    bool next(QStringList &fields);

    bool atEnd() const { return m_eof && m_pos >= m_buffer.size(); }
    bool hasError() const { return !m_error.isEmpty(); }
    /** "name, line N: what"; empty without an error. */
    const QString &error() const { return m_error; }
    /** The line the last record started on (1-based). */
    int recordLine() const { return m_recordLine; }
    /** Bytes consumed so far. */
    qint64 position() const { return m_consumed + m_pos; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    /** What a step of next() leaves: more to read, a whole record, or an error. */
    enum class Step
    {
        More,
        Record,
        Failed
    };

    bool fill();
    bool fail(int line, const QString &message);
    bool finishField(QStringList &fields);
    bool finishInput(State state, bool any, QStringList &fields);
    void endOfLine(char c);
    Step endRecord(QStringList &fields);
    Step fieldStart(State &state, bool &any, QStringList &fields);
    Step unquoted(State &state, QStringList &fields);
    Step quoted(State &state);
    Step afterQuote(State &state, QStringList &fields);

    QIODevice *m_device;
    QString m_name;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_started = false;
    int m_line = 1;
    int m_recordLine = 0;
    int m_fieldLine = 1;
    bool m_afterCR = false; // the last byte was a CR: an LF now belongs to it
    QByteArray m_field;
    QString m_error;
};

} // namespace SprintDeck

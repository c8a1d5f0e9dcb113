#include "io/csvreader.h"
#include "io/textinput.h"

#include <QObject>

namespace SprintDeck {

namespace {
constexpr qint64 kChunk = 256 * 1024;
}

CsvReader::CsvReader(QIODevice *device, const QString &name)
    : m_device(device)
    , m_name(name)
{}

bool CsvReader::fail(int line, const QString &message)
{
    if (m_error.isEmpty())
        m_error = QObject::tr("%1, line %2: %3").arg(m_name).arg(line).arg(message);
    return false;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_consumed += m_pos;
    m_buffer = m_device->read(kChunk);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        if (m_device->isSequential() ? false : !m_device->atEnd())
            fail(m_line, QObject::tr("cannot read: %1").arg(m_device->errorString()));
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        // Say "binary" rather than "invalid UTF-8" for what is plainly not text.
        const qsizetype nul = m_buffer.indexOf('\0');
        if (nul >= 0)
            return fail(int(m_buffer.left(nul).count('\n')) + 1,
                        QObject::tr("binary data (a NUL byte); this is not a text file"));
    }
    return true;
}

bool CsvReader::finishField(QStringList &fields)
{
    int line = 0;
    const QString problem =
        TextInput::firstProblem(m_field, &line, kMaxFieldBytes + 1, m_fieldLine);
    if (!problem.isEmpty())
        return fail(line, problem);
    fields.append(QString::fromUtf8(m_field));
    m_field.clear();
    if (fields.size() > kMaxFields)
        return fail(m_recordLine, QObject::tr("more than %1 fields in one record").arg(kMaxFields));
    return true;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (hasError())
        return false;
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    State state = State::FieldStart;
    bool any = false;
    m_field.clear();
    m_recordLine = m_line;
    m_fieldLine = m_line;

    // A record ends at CR, LF or CRLF outside quotes.
    auto endOfLine = [&](char c) {
        ++m_pos;
        if (c == '\r') {
            ++m_line;
            m_afterCR = true;
        } else if (!std::exchange(m_afterCR, false)) {
            ++m_line;
        }
    };

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (fill())
                continue; // a chunk may hold nothing past a byte order mark
            if (hasError())
                return false;
            switch (state) {
            case State::Quoted:
                return fail(
                    m_fieldLine,
                    QObject::tr(
                        "a quoted field starts here and is never closed (unbalanced quote)"));
            case State::FieldStart:
                if (!any)
                    return false;
                [[fallthrough]];
            default:
                return finishField(fields);
            }
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        switch (state) {
        case State::FieldStart: {
            const char c = data[m_pos];
            if (c == '\n' && m_afterCR) {
                m_afterCR = false;
                ++m_pos;
                continue;
            }
            m_afterCR = false;
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                if (!any) { // a blank line
                    m_recordLine = m_line;
                    m_fieldLine = m_line;
                    continue;
                }
                if (!finishField(fields))
                    return false;
                // Swallow the LF of a CRLF now when it is in the buffer.
                if (m_afterCR && m_pos < size && data[m_pos] == '\n')
                    ++m_pos;
                return true;
            }
            any = true;
            m_fieldLine = m_line;
            if (c == '"') {
                state = State::Quoted;
                ++m_pos;
            } else if (c == ',') {
                ++m_pos;
                if (!finishField(fields))
                    return false;
            } else {
                state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != ',' && data[i] != '\r' && data[i] != '\n')
                ++i;
            m_field.append(data + m_pos, i - m_pos);
            m_pos = i;
            if (m_field.size() > kMaxFieldBytes)
                return fail(m_fieldLine, QObject::tr("a field longer than %1 starts here")
                                             .arg(TextInput::formatSize(kMaxFieldBytes)));
            if (i == size)
                break;
            if (data[i] == ',') {
                ++m_pos;
                if (!finishField(fields))
                    return false;
                state = State::FieldStart;
                break;
            }
            endOfLine(data[i]);
            if (!finishField(fields))
                return false;
            if (m_afterCR && m_pos < size && data[m_pos] == '\n')
                ++m_pos;
            return true;
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != '"') {
                if (data[i] == '\r') {
                    ++m_line;
                    m_afterCR = true;
                } else if (data[i] == '\n') {
                    if (!m_afterCR)
                        ++m_line;
                    m_afterCR = false;
                } else {
                    m_afterCR = false;
                }
                ++i;
            }
            m_field.append(data + m_pos, i - m_pos);
            m_pos = i;
            if (m_field.size() > kMaxFieldBytes)
                return fail(
                    m_fieldLine,
                    QObject::tr(
                        "a quoted field longer than %1 starts here; is a closing quote missing?")
                        .arg(TextInput::formatSize(kMaxFieldBytes)));
            if (i < size) {
                ++m_pos;
                m_afterCR = false;
                state = State::AfterQuote;
            }
            break;
        }
        case State::AfterQuote: {
            const char c = data[m_pos];
            if (c == '"') {
                m_field.append('"');
                ++m_pos;
                state = State::Quoted;
            } else if (c == ',') {
                ++m_pos;
                if (!finishField(fields))
                    return false;
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                if (!finishField(fields))
                    return false;
                if (m_afterCR && m_pos < size && data[m_pos] == '\n')
                    ++m_pos;
                return true;
            } else {
                return fail(m_line, QObject::tr("a character follows the closing quote of a field "
                                                "(a quote inside a quoted field must be doubled)"));
            }
            break;
        }
        }
    }
}

} // namespace SprintDeck

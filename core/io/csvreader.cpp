#include "core/io/csvreader.h"
#include "core/io/textinput.h"

#include <QObject>

#include <utility>

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
    State state = State::FieldStart;
    bool any = false;
    m_field.clear();
    m_recordLine = m_line;
    m_fieldLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (fill())
                continue; // a chunk may hold nothing past a byte order mark
            return !hasError() && finishInput(state, any, fields);
        }
        Step step = Step::More;
        switch (state) {
        case State::FieldStart:
            step = fieldStart(state, any, fields);
            break;
        case State::Unquoted:
            step = unquoted(state, fields);
            break;
        case State::Quoted:
            step = quoted(state);
            break;
        case State::AfterQuote:
            step = afterQuote(state, fields);
            break;
        }
        if (step != Step::More)
            return step == Step::Record;
    }
}

/** The input ends: the last record ends with it, unless a quoted field is still open. */
bool CsvReader::finishInput(State state, bool any, QStringList &fields)
{
    switch (state) {
    case State::Quoted:
        return fail(
            m_fieldLine,
            QObject::tr("a quoted field starts here and is never closed (unbalanced quote)"));
    case State::FieldStart:
        if (!any)
            return false;
        [[fallthrough]];
    default:
        return finishField(fields);
    }
}

/** A record ends at CR, LF or CRLF outside quotes. */
void CsvReader::endOfLine(char c)
{
    ++m_pos;
    if (c == '\r') {
        ++m_line;
        m_afterCR = true;
    } else if (!std::exchange(m_afterCR, false)) {
        ++m_line;
    }
}

/** Ends the record after its line end; the LF of a CRLF is swallowed now when it is in the buffer.
 */
CsvReader::Step CsvReader::endRecord(QStringList &fields)
{
    if (!finishField(fields))
        return Step::Failed;
    if (m_afterCR && m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
        ++m_pos;
    return Step::Record;
}

CsvReader::Step CsvReader::fieldStart(State &state, bool &any, QStringList &fields)
{
    const char c = m_buffer.at(m_pos);
    if (c == '\n' && m_afterCR) {
        m_afterCR = false;
        ++m_pos;
        return Step::More;
    }
    m_afterCR = false;
    if (c == '\r' || c == '\n') {
        endOfLine(c);
        if (!any) { // a blank line
            m_recordLine = m_line;
            m_fieldLine = m_line;
            return Step::More;
        }
        return endRecord(fields);
    }
    any = true;
    m_fieldLine = m_line;
    if (c == '"') {
        state = State::Quoted;
        ++m_pos;
    } else if (c == ',') {
        ++m_pos;
        if (!finishField(fields))
            return Step::Failed;
    } else {
        state = State::Unquoted;
    }
    return Step::More;
}

CsvReader::Step CsvReader::unquoted(State &state, QStringList &fields)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_pos;
    while (i < size && data[i] != ',' && data[i] != '\r' && data[i] != '\n')
        ++i;
    m_field.append(data + m_pos, i - m_pos);
    m_pos = i;
    if (m_field.size() > kMaxFieldBytes) {
        fail(m_fieldLine, QObject::tr("a field longer than %1 starts here")
                              .arg(TextInput::formatSize(kMaxFieldBytes)));
        return Step::Failed;
    }
    if (i == size)
        return Step::More;
    if (data[i] == ',') {
        ++m_pos;
        if (!finishField(fields))
            return Step::Failed;
        state = State::FieldStart;
        return Step::More;
    }
    endOfLine(data[i]);
    return endRecord(fields);
}

CsvReader::Step CsvReader::quoted(State &state)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
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
    if (m_field.size() > kMaxFieldBytes) {
        fail(m_fieldLine,
             QObject::tr("a quoted field longer than %1 starts here; is a closing quote missing?")
                 .arg(TextInput::formatSize(kMaxFieldBytes)));
        return Step::Failed;
    }
    if (i < size) {
        ++m_pos;
        m_afterCR = false;
        state = State::AfterQuote;
    }
    return Step::More;
}

CsvReader::Step CsvReader::afterQuote(State &state, QStringList &fields)
{
    const char c = m_buffer.at(m_pos);
    if (c == '"') {
        m_field.append('"');
        ++m_pos;
        state = State::Quoted;
    } else if (c == ',') {
        ++m_pos;
        if (!finishField(fields))
            return Step::Failed;
        state = State::FieldStart;
    } else if (c == '\r' || c == '\n') {
        endOfLine(c);
        return endRecord(fields);
    } else {
        fail(m_line, QObject::tr("a character follows the closing quote of a field "
                                 "(a quote inside a quoted field must be doubled)"));
        return Step::Failed;
    }
    return Step::More;
}

} // namespace SprintDeck

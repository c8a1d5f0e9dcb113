#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace SprintDeck {

/**
 * Turns the bytes of a file to import into text, refusing what is not text:
 * too large, binary (NUL bytes), not UTF-8, or with absurdly long lines. The
 * errors name the file and the line.
 */
class TextInput
{
public:
    static constexpr qint64 kMaxDocumentBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;

    /** Reads a whole file of at most `maxBytes`. */
    static Result<QByteArray> readFile(const QString &path, qint64 maxBytes = kMaxDocumentBytes);

    /**
     * Decodes UTF-8 (a byte order mark is dropped, CRLF and CR become LF).
     * `name` is used in the error messages.
     */
    static Result<QString> decode(QByteArrayView bytes, const QString &name,
                                  qint64 maxLineBytes = kMaxLineBytes);

    /**
     * The first problem of the bytes as UTF-8 text, or an empty string: a NUL
     * byte, an invalid sequence, a line longer than `maxLineBytes`. `*line` gets
     * its 1-based line (counted from `firstLine`).
     */
    static QString firstProblem(QByteArrayView bytes, int *line,
                                qint64 maxLineBytes = kMaxLineBytes, int firstLine = 1);

    static QString formatSize(qint64 bytes);
};

} // namespace SprintDeck

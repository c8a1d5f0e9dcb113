#include "core/io/textinput.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QString TextInput::formatSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QObject::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QObject::tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return bytes == 1 ? QObject::tr("1 byte") : QObject::tr("%1 bytes").arg(bytes);
}

Result<QByteArray> TextInput::readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QObject::tr("Cannot read %1: %2").arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size > maxBytes)
        return Result<QByteArray>::failure(
            QObject::tr("%1 is %2; documents larger than %3 are not imported")
                .arg(name, formatSize(size), formatSize(maxBytes)));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Result<QByteArray>::failure(QObject::tr("%1 is larger than %2; it is not imported")
                                               .arg(name, formatSize(maxBytes)));
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(
            QObject::tr("Cannot read %1: %2").arg(name, file.errorString()));
    return bytes;
}

QString TextInput::firstProblem(QByteArrayView bytes, int *line, qint64 maxLineBytes, int firstLine)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    int l = firstLine;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (b == '\n') {
                if (i - lineStart > maxLineBytes)
                    break;
                ++l;
                lineStart = i + 1;
            } else if (b == 0) {
                *line = l;
                return QObject::tr("binary data (a NUL byte); this is not a text file");
            }
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        }
        bool valid = len > 0 && i + len <= n;
        for (int k = 1; valid && k < len; ++k) {
            const unsigned char c = p[i + k];
            valid = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
        }
        if (!valid) {
            *line = l;
            return QObject::tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                .arg(QString::number(b, 16).toUpper());
        }
        i += len;
    }
    if (i - lineStart > maxLineBytes) {
        *line = l;
        return QObject::tr("the line is longer than %1; this does not look like a document")
            .arg(formatSize(maxLineBytes));
    }
    return {};
}

Result<QString> TextInput::decode(QByteArrayView bytes, const QString &name, qint64 maxLineBytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.trimmed().isEmpty())
        return Result<QString>::failure(QObject::tr("%1 is empty").arg(name));
    // Say "binary" rather than "invalid UTF-8" for what is plainly not text.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Result<QString>::failure(
            QObject::tr("%1, line %2: binary data (a NUL byte); this is not a text file")
                .arg(name)
                .arg(bytes.first(nul).count('\n') + 1));
    int line = 0;
    const QString problem = firstProblem(bytes, &line, maxLineBytes);
    if (!problem.isEmpty())
        return Result<QString>::failure(
            QObject::tr("%1, line %2: %3").arg(name).arg(line).arg(problem));
    QString text = QString::fromUtf8(bytes);
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text;
}

} // namespace SprintDeck

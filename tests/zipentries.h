#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QHash>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>

namespace SprintDeck::TestZip {

/** The entries of a zip (a PPTX, an embedded workbook) by name; empty when it is no zip. */
inline QHash<QString, QByteArray> entries(QuaZip &zip)
{
    QHash<QString, QByteArray> found;
    if (!zip.open(QuaZip::mdUnzip))
        return found;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            found.insert(zip.getCurrentFileName(), file.readAll());
    }
    return found;
}

/** The entries of the zip file at `path`. */
inline QHash<QString, QByteArray> unzip(const QString &path)
{
    QuaZip zip(path);
    return entries(zip);
}

/** The entries of a zip held in memory. */
inline QHash<QString, QByteArray> unzip(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    return entries(zip);
}

} // namespace SprintDeck::TestZip

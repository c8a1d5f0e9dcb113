#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QBuffer;
class QuaZip;

namespace SprintDeck {

/**
 * Builds a zip archive in memory, entry by entry (deflated), as Office Open
 * XML packages want it: no data descriptors, no zip64 records, UTF-8 names.
 */
class ZipWriter
{
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    /** Adds one entry; the first failure sticks and is reported by finish(). */
    void add(const QString &name, const QByteArray &data);
    /** Closes the archive and returns its bytes, or the first error. */
    Result<QByteArray> finish();

private:
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QString m_error;
};

} // namespace SprintDeck

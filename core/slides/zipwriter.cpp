#include "core/slides/zipwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace SprintDeck {

ZipWriter::ZipWriter()
    : m_buffer(std::make_unique<QBuffer>())
    , m_zip(std::make_unique<QuaZip>(m_buffer.get()))
{
    m_buffer->open(QIODevice::ReadWrite);
    m_zip->setUtf8Enabled(true);
    m_zip->setZip64Enabled(false);
    // The archive is seekable (memory), so sizes go into the local headers.
    m_zip->setDataDescriptorWritingEnabled(false);
    if (!m_zip->open(QuaZip::mdCreate))
        m_error = QCoreApplication::translate("SprintDeck::ZipWriter",
                                              "cannot create the archive (zip error %1)")
                      .arg(m_zip->getZipError());
}

ZipWriter::~ZipWriter() = default;

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_error.isEmpty())
        return;
    QuaZipFile file(m_zip.get());
    QuaZipNewInfo info(name);
    // Stamped with the time of writing in the archive's local notion of time.
    info.dateTime = QDateTime::currentDateTime();
    if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size()) {
        m_error = QCoreApplication::translate("SprintDeck::ZipWriter",
                                              "cannot add %1 to the archive (zip error %2)")
                      .arg(name)
                      .arg(file.getZipError());
        return;
    }
    file.close();
    if (file.getZipError() != 0)
        m_error = QCoreApplication::translate("SprintDeck::ZipWriter",
                                              "cannot add %1 to the archive (zip error %2)")
                      .arg(name)
                      .arg(file.getZipError());
}

Result<QByteArray> ZipWriter::finish()
{
    if (m_zip->isOpen())
        m_zip->close();
    if (m_error.isEmpty() && m_zip->getZipError() != 0)
        m_error = QCoreApplication::translate("SprintDeck::ZipWriter",
                                              "cannot close the archive (zip error %1)")
                      .arg(m_zip->getZipError());
    if (!m_error.isEmpty())
        return Result<QByteArray>::failure(m_error);
    return m_buffer->data();
}

} // namespace SprintDeck

#include "core/io/importer.h"
#include "core/io/jiracsvimporter.h"
#include "core/io/jsonbackup.h"
#include "core/io/markdownimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace SprintDeck {

Importer::Format Importer::detect(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd" ||
        suffix == u"txt")
        return Format::Markdown;
    if (suffix == u"csv")
        return Format::IssueCsv;
    if (suffix == u"json")
        return Format::Backup;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Format::Unknown;
    const QByteArray head = file.read(64 * 1024);
    if (head.contains('\0'))
        return Format::Unknown;
    if (JsonBackup::looksLikeBackup(head))
        return Format::Backup;
    if (JiraCsvImporter::looksLikeIssueCsv(head))
        return Format::IssueCsv;
    return Format::Markdown;
}

Result<ImportPlan> Importer::read(const QString &path, QDate today)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return Result<ImportPlan>::failure(QObject::tr("%1 does not exist").arg(path));
    switch (detect(path)) {
    case Format::Markdown: {
        auto bytes = MarkdownImporter::importFile(path);
        if (!bytes)
            return bytes;
        return bytes;
    }
    case Format::IssueCsv:
        return JiraCsvImporter::importFile(path, today);
    case Format::Backup:
        return Result<ImportPlan>::failure(
            QObject::tr("%1 is a backup; restore it into a new database instead of importing it")
                .arg(name));
    case Format::Unknown:
        break;
    }
    return Result<ImportPlan>::failure(
        QObject::tr("%1 is neither a markdown document, an issue CSV nor a backup").arg(name));
}

QString Importer::fileFilter()
{
    return QObject::tr("Sprint documents and exports (*.md *.markdown *.txt *.csv "
                       "*.json);;Markdown (*.md *.markdown *.txt);;"
                       "Jira CSV (*.csv);;SprintDeck backup (*.json);;All files (*)");
}

} // namespace SprintDeck

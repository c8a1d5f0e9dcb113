#pragma once

#include <QString>

namespace SprintDeck::Ooxml {

// Namespaces and relationship types of Office Open XML (ECMA-376), as written by Office.
inline const QString drawingMain =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString presentationMain =
    QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
inline const QString chartMain =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart");
inline const QString tableUri =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/table");
inline const QString relationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString packageRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
inline const QString contentTypes =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
inline const QString spreadsheetMain =
    QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

/** A relationship type: officeDocument/2006/relationships/<name>. */
inline QString relType(const char *name)
{
    return relationships + QLatin1Char('/') + QLatin1String(name);
}

} // namespace SprintDeck::Ooxml

#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace SprintDeck::Cli {

/** Writes rows as an aligned text table, CSV (RFC 4180) or a JSON array of objects. */
enum class Format
{
    Table,
    Csv,
    Json,
    Markdown
};

bool parseFormat(const QString &text, Format *format);
void writeRows(QTextStream &out, Format format, const QStringList &header,
               const QList<QStringList> &rows);
QString csvField(const QString &value);

} // namespace SprintDeck::Cli

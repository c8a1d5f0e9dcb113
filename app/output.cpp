#include "app/output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

bool parseFormat(const QString &text, Format *format)
{
    if (text == u"table")
        *format = Format::Table;
    else if (text == u"csv")
        *format = Format::Csv;
    else if (text == u"json")
        *format = Format::Json;
    else if (text == u"md" || text == u"markdown")
        *format = Format::Markdown;
    else
        return false;
    return true;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void writeRows(QTextStream &out, Format format, const QStringList &header,
               const QList<QStringList> &rows)
{
    switch (format) {
    case Format::Csv: {
        QStringList fields;
        for (const QString &h : header)
            fields.append(csvField(h));
        out << fields.join(u',') << "\r\n";
        for (const QStringList &row : rows) {
            fields.clear();
            for (const QString &v : row)
                fields.append(csvField(v));
            out << fields.join(u',') << "\r\n";
        }
        break;
    }
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject o;
            for (int i = 0; i < header.size() && i < row.size(); ++i)
                o.insert(header.at(i).toLower(), row.at(i));
            array.append(o);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Markdown: {
        out << "| " << header.join(u" | "_s) << " |\n|";
        for (int i = 0; i < header.size(); ++i)
            out << " --- |";
        out << '\n';
        for (const QStringList &row : rows) {
            QStringList cells;
            for (QString v : row)
                cells.append(v.replace(u'|', u"\\|"_s).replace(u'\n', u' '));
            out << "| " << cells.join(u" | "_s) << " |\n";
        }
        break;
    }
    case Format::Table: {
        QList<int> widths;
        for (const QString &h : header)
            widths.append(int(h.size()));
        for (const QStringList &row : rows)
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], int(qMin<qsizetype>(row.at(i).size(), 60)));
        auto line = [&](const QStringList &cells) {
            QString text;
            for (int i = 0; i < cells.size(); ++i) {
                QString cell = cells.at(i);
                if (cell.size() > 60)
                    cell = cell.left(59) + u'\u2026';
                text += i + 1 < cells.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
            }
            out << text << '\n';
        };
        line(header);
        for (const QStringList &row : rows)
            line(row);
        break;
    }
    }
    out.flush();
}

} // namespace SprintDeck::Cli

#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/**
 * Finds SQL text assembled from values in C++ source: a string literal holding SQL
 * (an upper-case keyword) that is combined, in the same statement, with .arg() or
 * with `+`/`%` and anything but other literals or k-named constants. Values belong
 * in bound parameters. Pragmas (which take no parameters) are allowed, and so is a
 * statement whose comment says it inserts "identifiers only" (table and column names
 * checked against the schema, which SQL cannot bind) or "placeholders only".
 */
namespace SqlCheck {

struct Finding
{
    int line = 0;      ///< 1-based line of the SQL literal
    QString statement; ///< the statement as written, on one line
};

namespace detail {

// Marks that stand for whole literals in the masked source: never found in C++ text.
inline constexpr char16_t kLiteral = 0x01, kSql = 0x02, kPragma = 0x03;

inline bool isIdent(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

inline bool isLiteral(QChar c)
{
    return c == QChar(kLiteral) || c == QChar(kSql);
}

} // namespace detail

inline QList<Finding> findBuiltSql(const QString &source)
{
    using namespace detail;
    static const QRegularExpression sqlWord(QStringLiteral(
        "\\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|WHERE|VALUES|FROM|JOIN)\\b"));
    // masked: literals become kSql, kPragma or kLiteral; comments are left out.
    QString masked;
    QList<int> lineOf; // source line of each masked character
    QStringList comments;
    int line = 1;
    const qsizetype n = source.size();
    auto push = [&](QChar c) {
        masked.append(c);
        lineOf.append(line);
    };
    for (qsizetype i = 0; i < n;) {
        const QChar c = source.at(i);
        if (c == u'\n') {
            push(c);
            ++line;
            comments.append(QString());
            ++i;
            continue;
        }
        while (comments.size() < line)
            comments.append(QString());
        if (c == u'/' && i + 1 < n && source.at(i + 1) == u'/') {
            const qsizetype end = source.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            comments[line - 1] += source.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u'/' && i + 1 < n && source.at(i + 1) == u'*') {
            qsizetype end = source.indexOf(u"*/", i + 2);
            end = end < 0 ? n : end + 2;
            for (qsizetype j = i; j < end; ++j)
                if (source.at(j) == u'\n') {
                    push(u'\n');
                    ++line;
                    comments.append(QString());
                } else {
                    comments[line - 1] += source.at(j);
                }
            i = end;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            // A literal, with its prefix (u, U, L, u8, R) already passed as identifier chars:
            // drop the prefix from the mask.
            while (!masked.isEmpty() && isIdent(masked.back()) &&
                   QStringLiteral("uUL8R").contains(masked.back())) {
                masked.chop(1);
                lineOf.removeLast();
            }
            const bool raw = i > 0 && source.at(i - 1) == u'R' && c == u'"';
            const int startLine = line;
            QString content;
            qsizetype j = i + 1;
            if (raw) {
                const qsizetype open = source.indexOf(u'(', j);
                const QString close = u')' + source.mid(j, open - j) + u'"';
                const qsizetype end = source.indexOf(close, open);
                content = source.mid(open + 1, end - open - 1);
                j = end + close.size();
            } else {
                for (; j < n && source.at(j) != c; ++j) {
                    if (source.at(j) == u'\\')
                        ++j;
                    content += source.at(j);
                }
                ++j;
            }
            line += int(content.count(u'\n'));
            QChar kind(kLiteral);
            if (c == u'"' && content.contains(QLatin1String("PRAGMA")))
                kind = QChar(kPragma);
            else if (c == u'"' && sqlWord.match(content).hasMatch())
                kind = QChar(kSql);
            masked.append(kind);
            lineOf.append(startLine);
            // A user-defined literal suffix (_s, _L1) belongs to the literal.
            while (j < n && isIdent(source.at(j)))
                ++j;
            i = j;
            continue;
        }
        push(c);
        ++i;
    }
    while (comments.size() < line)
        comments.append(QString());

    QList<Finding> findings;
    QStringList sqlVariables;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= masked.size(); ++i) {
        if (i < masked.size() && masked.at(i) != u';' && masked.at(i) != u'{' &&
            masked.at(i) != u'}')
            continue;
        QString stmt = masked.mid(start, i - start);
        const qsizetype stmtStart = start;
        start = i + 1;
        // A variable that holds SQL is SQL wherever it is extended later.
        for (const QString &var : std::as_const(sqlVariables))
            stmt.replace(QRegularExpression(QStringLiteral("\\b") + var + QStringLiteral("\\b")),
                         QString(QChar(kSql)));
        // ... a string declared with SQL in it, or assigned an SQL literal.
        static const QRegularExpression assigned(QStringLiteral(
            "\\bQString\\s+([A-Za-z_]\\w*)\\s*=[^;]*\\x{2}|\\b([A-Za-z_]\\w*)\\s*=\\s*\\x{2}"));
        if (const auto m = assigned.match(stmt); m.hasMatch())
            sqlVariables.append(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        const qsizetype sqlAt = stmt.indexOf(QChar(kSql));
        if (sqlAt < 0 || stmt.contains(QChar(kPragma)))
            continue;
        // Constants and literal wrappers count as literals.
        stmt.replace(QRegularExpression(QStringLiteral("\\bk[A-Z]\\w*")), QString(QChar(kLiteral)));
        stmt.replace(QRegularExpression(QStringLiteral(
                         "\\b(?:QStringLiteral|QLatin1String|QLatin1StringView|QStringView)\\s*"
                         "\\(\\s*([\\x{1}\\x{2}])\\s*\\)")),
                     QStringLiteral("\\1"));
        bool built = stmt.contains(QLatin1String(".arg("));
        static const QRegularExpression op(QStringLiteral("(?<![+])([+%])(?![+])(=?)"));
        for (auto it = op.globalMatch(stmt); it.hasNext() && !built;) {
            const auto m = it.next();
            const QString left = stmt.left(m.capturedStart()).trimmed();
            const QString right = stmt.mid(m.capturedEnd()).trimmed();
            const bool leftLiteral = !left.isEmpty() && isLiteral(left.back());
            const bool rightLiteral = !right.isEmpty() && isLiteral(right.front());
            const bool compound = !m.captured(2).isEmpty();
            built = !rightLiteral || (!compound && !leftLiteral);
        }
        if (!built)
            continue;
        const int first = lineOf.value(stmtStart + sqlAt, 1);
        const int last = lineOf.value(qMin(i, masked.size() - 1), first);
        bool allowed = false;
        for (int l = qMax(1, first - 2); l <= last; ++l)
            allowed |= comments.value(l - 1).contains(QLatin1String("identifiers only"),
                                                      Qt::CaseInsensitive) ||
                       comments.value(l - 1).contains(QLatin1String("placeholders only"),
                                                      Qt::CaseInsensitive);
        if (allowed)
            continue;
        const QStringList lines = source.split(u'\n');
        QStringList text;
        for (int l = first; l <= last; ++l)
            text.append(lines.value(l - 1).trimmed());
        findings.append({first, text.join(u' ')});
    }
    return findings;
}

} // namespace SqlCheck

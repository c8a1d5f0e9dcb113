#include "core/io/importplan.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QString ImportWarning::toString() const
{
    return line > 0 ? QObject::tr("line %1: %2").arg(line).arg(message) : message;
}

QStringList ImportPlan::statuses() const
{
    QStringList result;
    auto add = [&result](const QString &status) {
        if (status.isEmpty())
            return;
        for (const QString &s : std::as_const(result))
            if (s.compare(status, Qt::CaseInsensitive) == 0)
                return;
        result.append(status);
    };
    for (const ImportCard &c : cards) {
        for (const ImportStatusChange &h : c.history)
            add(h.status);
        add(c.status);
    }
    return result;
}

bool ImportOptions::addMapping(const QString &assignment)
{
    const qsizetype eq = assignment.lastIndexOf(u'=');
    if (eq <= 0 || eq == assignment.size() - 1)
        return false;
    statusColumns.insert(assignment.left(eq).trimmed().toLower(), assignment.mid(eq + 1).trimmed());
    return true;
}

std::optional<QString> ImportOptions::columnFor(const QString &status) const
{
    auto it = statusColumns.constFind(status.trimmed().toLower());
    if (it == statusColumns.cend())
        return std::nullopt;
    return *it;
}

} // namespace SprintDeck

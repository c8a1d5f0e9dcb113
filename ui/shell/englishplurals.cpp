#include "ui/shell/englishplurals.h"

using namespace Qt::StringLiterals;

namespace SprintDeck {

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(u"(s)"_s))
        return {};
    text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    return text;
}

} // namespace SprintDeck

#include "core/slides/xmlpart.h"
#include "core/slides/slidepage.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

XmlPart::XmlPart()
    : m_xml(&m_data)
{
    m_xml.writeStartDocument(u"1.0"_s, true);
}

void XmlPart::start(const char *name, Attributes attributes)
{
    m_xml.writeStartElement(QString::fromLatin1(name));
    for (const auto &[key, value] : attributes)
        m_xml.writeAttribute(QString::fromLatin1(key), value);
}

void XmlPart::empty(const char *name, Attributes attributes)
{
    m_xml.writeEmptyElement(QString::fromLatin1(name));
    for (const auto &[key, value] : attributes)
        m_xml.writeAttribute(QString::fromLatin1(key), value);
}

void XmlPart::element(const char *name, const QString &text, Attributes attributes)
{
    start(name, attributes);
    m_xml.writeCharacters(clean(text));
    end();
}

void XmlPart::attribute(const char *name, const QString &value)
{
    m_xml.writeAttribute(QString::fromLatin1(name), value);
}

void XmlPart::text(const QString &text)
{
    m_xml.writeCharacters(clean(text));
}

QByteArray XmlPart::finish()
{
    m_xml.writeEndDocument();
    return m_data;
}

QString XmlPart::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        // Lone surrogates are not characters either.
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out.append(c);
                out.append(text.at(++i));
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        out.append(c);
    }
    return out;
}

QString XmlPart::emu(double points)
{
    return QString::number(std::llround(points * kEmuPerPoint));
}

} // namespace SprintDeck

#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace SprintDeck {

/**
 * One XML part of an Office Open XML package, written with QXmlStreamWriter
 * using literal prefixed names ("p:sld"), as Office writes them.
 */
class XmlPart
{
public:
    using Attributes = std::initializer_list<std::pair<const char *, QString>>;

    XmlPart();

    void start(const char *name, Attributes attributes = {});
    void end() { m_xml.writeEndElement(); }
    /** An element without content. */
    void empty(const char *name, Attributes attributes = {});
    /** An element with text content. */
    void element(const char *name, const QString &text, Attributes attributes = {});
    void attribute(const char *name, const QString &value);
    void text(const QString &text);

    /** Ends the document and returns its bytes. */
    QByteArray finish();

    /** Text without the control characters XML 1.0 cannot carry. */
    static QString clean(const QString &text);
    /** A value in EMU from points. */
    static QString emu(double points);

private:
    QByteArray m_data;
    QXmlStreamWriter m_xml;
};

} // namespace SprintDeck

#include "core/sync/remote.h"

#include <QHostAddress>
#include <QObject>

using namespace Qt::StringLiterals;

namespace SprintDeck {

qint64 Remote::columnForStatus(qint64 statusId) const
{
    for (const StatusMapping &m : statusMap)
        if (m.statusId == statusId)
            return m.columnId;
    return 0;
}

qint64 Remote::statusForColumn(qint64 columnId, qint64 current) const
{
    if (current && columnForStatus(current) == columnId)
        return current;
    for (const StatusMapping &m : statusMap)
        if (m.columnId == columnId)
            return m.statusId;
    return 0;
}

QString pointsFieldName(Remote::PointsField field)
{
    return field == Remote::PointsField::EstimatedHours ? u"estimated-hours"_s : u"story-points"_s;
}

std::optional<Remote::PointsField> parsePointsField(QStringView name)
{
    if (name == u"story-points")
        return Remote::PointsField::StoryPoints;
    if (name == u"estimated-hours")
        return Remote::PointsField::EstimatedHours;
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Status checkTransport(const QUrl &url, bool allowInsecureHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return Status::failure(
            QObject::tr("\u201c%1\u201d is not a server address").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme != u"http")
        return Status::failure(QObject::tr("%1: only https (or http to this computer) is supported")
                                   .arg(url.toDisplayString()));
    if (isLoopbackHost(url.host()) || allowInsecureHttp)
        return {};
    return Status::failure(
        QObject::tr("%1 uses plain http: the API key would cross the network unencrypted; "
                    "use https, or confirm plain http explicitly")
            .arg(url.toDisplayString()));
}

Result<QUrl> parseServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Result<QUrl>::failure(QObject::tr("The server address is empty"));
    if (!t.contains(u"://"_s))
        t.prepend(u"https://"_s);
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.query().isEmpty() ||
        !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return Result<QUrl>::failure(
            QObject::tr("\u201c%1\u201d is not a server address").arg(text.trimmed()));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString defaultKeyPrefix(const QString &project)
{
    QString prefix;
    for (QChar c : project)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            prefix += c.toUpper();
    if (prefix.isEmpty())
        prefix = u"RM"_s;
    return prefix.left(10);
}

} // namespace SprintDeck

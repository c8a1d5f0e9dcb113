#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace SprintDeck {

/** An entry of one of the server's lists: priorities, trackers. */
struct RemoteEnumValue
{
    qint64 id = 0;
    QString name;
    bool flag = false; ///< priority: the default one

    bool operator==(const RemoteEnumValue &) const = default;
};

/** Which board column a Redmine issue status puts a card in. */
struct StatusMapping
{
    qint64 statusId = 0;
    QString statusName;
    bool closed = false; ///< the status closes the issue
    qint64 columnId = 0; ///< 0: not mapped yet

    bool operator==(const StatusMapping &) const = default;
};

/**
 * A remote tracker the board syncs with. Everything here is stored in the
 * database; the API key is not: it lives in the OS keychain under secretId.
 */
struct Remote
{
    enum class PointsField
    {
        StoryPoints,
        EstimatedHours
    };

    qint64 id = 0;
    QString name;
    QString type = QStringLiteral("redmine");
    QUrl url;
    QString project; ///< the project's identifier on the server
    bool allowInsecureHttp =
        false;         ///< plain http to a host that is not loopback, confirmed by the user
    QString secretId;  ///< the keychain entry of the API key (a random id, not a secret)
    QString keyPrefix; ///< keys of pulled cards: "<prefix>-<issue id>"
    PointsField pointsField = PointsField::StoryPoints;
    QList<StatusMapping> statusMap; ///< in the server's status order
    qint64 storyPointsFieldId = 0;  ///< the "Story points" custom field, 0: not known yet
    // What the server's lists held at the last sync, so that conflicts resolve offline.
    QList<RemoteEnumValue> priorities;
    QList<RemoteEnumValue> trackers;
    QHash<qint64, QString> users; ///< user id -> name

    /** The column of a status; 0 when the status is not mapped. */
    qint64 columnForStatus(qint64 statusId) const;
    /**
     * The status a card in `columnId` gets: `current` when it already maps to
     * that column (a card in Done stays Rejected), else the first status
     * mapped to the column; 0 when none is.
     */
    qint64 statusForColumn(qint64 columnId, qint64 current) const;

    bool operator==(const Remote &) const = default;
};

QString pointsFieldName(Remote::PointsField field);
std::optional<Remote::PointsField> parsePointsField(QStringView name);

/** True for localhost, 127.0.0.0/8 and ::1. */
bool isLoopbackHost(const QString &host);

/**
 * Checks that a remote's URL may carry an API key: https always; plain http
 * only to a loopback host or when the user confirmed it (allowInsecureHttp).
 */
Status checkTransport(const QUrl &url, bool allowInsecureHttp);

/** Parses what a user typed as a server address ("redmine.example.org" means https). */
Result<QUrl> parseServerUrl(const QString &text);

/** A key prefix made from a project identifier: "my-project" -> "MYPROJECT". */
QString defaultKeyPrefix(const QString &project);

} // namespace SprintDeck

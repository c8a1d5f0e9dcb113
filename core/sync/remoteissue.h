#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace SprintDeck {

/** The fields that sync between a card and an issue. */
enum class SyncField
{
    Title,
    Description,
    Status,
    Priority,
    Type,
    Assignee,
    Sprint,
    Points
};

QString syncFieldName(SyncField field); ///< "title", "status", ...
std::optional<SyncField> parseSyncField(QStringView name);
const QList<SyncField> &allSyncFields();

/**
 * An issue's synced fields in the server's terms: ids as decimal text ("" for
 * none), points formatted as SprintDeck writes them ("" for none).
 */
using IssueFields = QMap<SyncField, QString>;

QJsonObject issueFieldsToJson(const IssueFields &fields);
IssueFields issueFieldsFromJson(const QJsonObject &json);

/** Where an issue keeps its points and story points. */
struct PointsSource
{
    bool estimatedHours = false;   ///< points are the estimated hours
    qint64 storyPointsFieldId = 0; ///< the "Story points" custom field, 0: unknown
};

/** One change of one field in a journal. */
struct JournalChange
{
    SyncField field;
    QString oldValue;
    QString newValue;
};

/** One journal entry of an issue, reduced to the synced fields it changed. */
struct Journal
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QList<JournalChange> changes;
};

/** An issue as the server sent it, reduced to what a card needs. */
struct RemoteIssue
{
    qint64 id = 0;
    IssueFields fields;
    QString assigneeName;
    QString createdOn; ///< as sent, e.g. "2026-11-21T03:25:37Z"
    QString updatedOn;
    QList<Journal> journals; ///< oldest first; only when fetched with include=journals
    bool journalsFetched = false;

    QDateTime created() const;
    QDateTime updated() const;

    /** Reads an issue object of the REST API; the error names what is missing. */
    static Result<RemoteIssue> fromJson(const QJsonObject &issue, const PointsSource &points);
    /** A lossless copy for storing (conflicts keep the remote version). */
    QJsonObject toStored() const;
    static RemoteIssue fromStored(const QJsonObject &stored);

    /** The issue's fields before any of its journals: the state it was created with. */
    IssueFields initialFields() const;
};

/** Parses a timestamp of the REST API ("2026-11-21T03:25:37Z") as UTC. */
QDateTime parseRemoteTime(const QString &text);
/** Formats a UTC time as the REST API's filters take it. */
QString formatRemoteTime(const QDateTime &time);
/** Normalizes a points value of the server ("5.0", "5", "") the way cards format it. */
QString normalizePoints(const QString &value);

} // namespace SprintDeck

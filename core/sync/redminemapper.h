#pragma once

#include "core/domain/card.h"
#include "core/sync/remote.h"
#include "core/sync/remoteissue.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace SprintDeck {

class Board;

/**
 * Translates between a card's fields and an issue's fields: status <-> column
 * (the remote's editable mapping), priority <-> P1..P4, tracker <-> type,
 * fixed version <-> sprint, assignee <-> member (by name), story points or
 * estimated hours <-> points.
 */
class RedmineMapper
{
public:
    RedmineMapper(const Remote &remote, const Board &board);

    /** Version id -> sprint id of the linked sprints. */
    void setVersionLinks(const QHash<qint64, qint64> &links) { m_versionToSprint = links; }
    /** User id -> name, of the project's members and whoever issues name (starts with the
     * remote's). */
    void addUser(qint64 id, const QString &name);
    const QHash<qint64, QString> &users() const { return m_users; }

    /**
     * The member a user maps to (by name, `name` when known); std::nullopt
     * keeps the card's assignee when the user cannot be told.
     */
    using MemberFor = std::function<std::optional<qint64>(qint64 userId, const QString &name)>;

    /** Writes the `which` fields of an issue into a card. */
    void toCard(const IssueFields &fields, const QList<SyncField> &which, Card &card,
                const MemberFor &memberFor) const;
    /** A card's field in the server's terms; `base` (the issue as last synced) keeps ambiguous
     * mappings stable. */
    QString fromCard(SyncField field, const Card &card, const IssueFields &base) const;
    IssueFields fromCard(const Card &card, const IssueFields &base) const;

    /** The "issue" object of a POST or PUT that sets `which` to `values`. */
    QJsonObject payload(const IssueFields &values, const QList<SyncField> &which) const;

    /** A value in the server's terms as people read it: status and sprint names, "P2", ... */
    QString displayRemote(SyncField field, const QString &value,
                          const QString &assigneeName = {}) const;
    QString displayLocal(SyncField field, const Card &card) const;

    Priority localPriority(qint64 priorityId) const;
    qint64 remotePriority(Priority priority, qint64 current) const;
    CardType localType(qint64 trackerId) const;
    qint64 remoteTracker(CardType type, qint64 current) const;

private:
    const Remote &m_remote;
    const Board &m_board;
    QHash<qint64, qint64> m_versionToSprint;
    QHash<qint64, QString> m_users;
};

/**
 * A status mapping (`statuses` as the server lists them, without columns) for the board's columns:
 * a column of the same name, else closing statuses to the first done column, the rest by name hints
 * (progress, review/feedback/resolved) and the first column. Keeps what
 * `existing` maps already.
 */
QList<StatusMapping> defaultStatusMapping(const QList<StatusMapping> &statuses, const Board &board,
                                          const QList<StatusMapping> &existing = {});

} // namespace SprintDeck

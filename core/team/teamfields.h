#pragma once

#include "core/domain/card.h"
#include "core/domain/column.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"
#include "core/team/teamedit.h"
#include "core/util/result.h"

#include <QJsonObject>

#include <functional>

namespace SprintDeck {

class TeamStore;

/**
 * The rows of a team board as the server holds them: every field as text under a stable
 * name, references to other rows by their global ids. The one place that knows how a card,
 * sprint, column or member reads as fields, both ways.
 */
namespace TeamFields {

/** Every field of a card; references by global id (TeamStore). */
Result<QJsonObject> ofCard(const Card &card, TeamStore &ids);
/** Writes the given fields into a card; references to rows this file lacks fail. */
Status toCard(const QJsonObject &fields, Card &card, TeamStore &ids);
/** The local row of a global id; 0 when the file has none. */
using LocalIds = std::function<Result<qint64>(TeamKind kind, const QString &uid)>;
Status toCard(const QJsonObject &fields, Card &card, const LocalIds &ids);

QJsonObject ofSprint(const Sprint &sprint);
void toSprint(const QJsonObject &fields, Sprint &sprint);

QJsonObject ofColumn(const Column &column, bool removed = false);
void toColumn(const QJsonObject &fields, Column &column);

QJsonObject ofMember(const Member &member, bool removed = false);
void toMember(const QJsonObject &fields, Member &member);

/** The fields whose values differ, with `after`'s values; `before` gets the old ones. */
QJsonObject changed(const QJsonObject &before, const QJsonObject &after,
                    QJsonObject *oldValues = nullptr);

} // namespace TeamFields

} // namespace SprintDeck

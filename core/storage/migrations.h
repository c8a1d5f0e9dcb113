#pragma once

#include <QList>
#include <QStringList>

namespace SprintDeck {

/** Migration N (1-based) brings the schema from version N-1 to N. */
const QList<QStringList> &schemaMigrations();

} // namespace SprintDeck

#pragma once

#include <QDate>
#include <QString>

namespace SprintDeck {

/**
 * The rule every sprint keeps, whoever plans it (the board, the New Sprint dialog, the
 * command line): a name, a valid start and end, the end not before the start. Each caller
 * words the broken rule its own way; the rule itself lives here only.
 */
enum class SprintRule
{
    Kept,
    NeedsName,
    StartInvalid,
    EndInvalid,
    EndBeforeStart
};

/** The first rule a sprint with this name and these dates breaks, in the order above. */
SprintRule brokenSprintRule(const QString &name, const QDate &start, const QDate &end);

} // namespace SprintDeck

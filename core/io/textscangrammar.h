#pragma once

#include "core/io/textscan.h"

#include <QStringView>

#include <optional>

namespace SprintDeck {

/**
 * TextScan's hand-written scanners side by side with the regular expressions they are written
 * from. The importer reads every heading, list item and story line through the scanners, which
 * cost less than running the patterns; each pattern stays the definition of its grammar, and
 * tst_textscan runs both over the whole test corpus and requires the same answers.
 */
namespace TextScanGrammar {

/** The first status word of a text: where it starts and its kind (StatusWords::Kind); -1: none. */
struct StatusWordAt
{
    qsizetype at = -1;
    int kind = -1;

    bool operator==(const StatusWordAt &) const = default;
};

/** By the pattern \b(completed|complete|…|in[ -]progress|…|on hold)\b of the words, without case.
 */
StatusWordAt statusWordByPattern(QStringView text);
/** By the scanner TextScan::statusIn uses for every text without the long s or the Kelvin sign. */
StatusWordAt statusWordByScan(QStringView text);

/**
 * By the pattern
 *   (?<![\d.])(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)(?![\d.])
 *   \s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?([A-Za-z]+(?:\s+[A-Za-z]+)?)?
 * with the unit in lower case.
 */
std::optional<TextScan::Count> countByPattern(QStringView text);
/** By the scanner TextScan::countIn uses. */
std::optional<TextScan::Count> countByScan(QStringView text);

} // namespace TextScanGrammar

} // namespace SprintDeck

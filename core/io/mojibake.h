#pragma once

#include <QString>
#include <QStringView>

namespace SprintDeck {

/**
 * Repairs UTF-8 text that was once decoded with a Windows code page (cp1252 or
 * cp1254) and saved again as UTF-8: "ðŸŽ¯" (cp1252) or "ğŸ¯" (cp1254) for "🎯".
 *
 * Characters that map to bytes 0x80–0xFF in the code page are encoded back to
 * those bytes; where they form a valid UTF-8 sequence the sequence replaces
 * them. Bytes the code page leaves undefined were often dropped on the way;
 * when exactly one byte of a sequence is missing, the candidates are ranked by
 * how common they are in status documents and the best is taken (counted as a
 * guess). Text that is not damaged is left alone: a lone "é" or "ş" does not
 * form a sequence, and two-character sequences count only where they decode to
 * Latin-1 or stand next to other damaged sequences.
 */
class Mojibake
{
public:
    struct Repair
    {
        QString text;
        int repaired = 0;  ///< characters restored
        int guessed = 0;   ///< of those, restored from a sequence with a lost byte
        int firstLine = 0; ///< 1-based line of the first repair, 0 when none
    };

    static Repair repair(QStringView text);
    /** True when repair() would change the text. */
    static bool isDamaged(QStringView text);
};

} // namespace SprintDeck

#pragma once

#include <QList>
#include <QString>

#include <cstdint>

/**
 * The deterministic edit script of the crash-safety test: edit i of a run with
 * a given seed always sets the same absolute value, so the parent can tell
 * what the database must hold after any number of acknowledged edits.
 */
struct CrashEdit
{
    enum Kind
    {
        Move,
        Title,
        Points,
        Blocked,
        Standup
    };
    int card; ///< index into the board's cards, in key order (Standup: the member, modulo)
    Kind kind;
    int value;     ///< column index, title number, points, blocked flag, standup text number
    int field = 0; ///< Standup: yesterday, today, blockers
};

/** The standup day the crash-safety child types into. */
inline constexpr int kCrashStandupYear = 2025, kCrashStandupMonth = 3, kCrashStandupDay = 5;
inline constexpr int kCrashMembers = 4;

inline CrashEdit crashEdit(quint32 seed, int i, int cards, int columns)
{
    // A small LCG: reproducible without depending on a library's generator.
    std::uint64_t x = (std::uint64_t(seed) << 32) ^ std::uint64_t(i) * 0x9E3779B97F4A7C15ull;
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 32;
    CrashEdit e;
    e.card = int(x % std::uint64_t(cards));
    // Standup typing is a third of the edits: one autosave per keystroke, as the editor does.
    const int k = int((x >> 20) % 6);
    e.kind = k >= 4 ? CrashEdit::Standup : CrashEdit::Kind(k);
    switch (e.kind) {
    case CrashEdit::Move:
        e.value = int((x >> 24) % std::uint64_t(columns));
        break;
    case CrashEdit::Title:
        e.value = i;
        break;
    case CrashEdit::Points:
        e.value = int((x >> 24) % 21);
        break;
    case CrashEdit::Blocked:
        e.value = int((x >> 24) % 2);
        break;
    case CrashEdit::Standup:
        e.card %= kCrashMembers;
        e.field = int((x >> 24) % 3);
        e.value = i;
        break;
    }
    return e;
}

/**
 * What a member has typed after edit `value` of a run: a sentence that grows by one
 * character per edit (with non-ASCII text on the way), marked with the edit number.
 */
inline QString crashStandupText(quint32 seed, int value)
{
    static const QString sentence =
        QStringLiteral("Finished the r\u00e9sum\u00e9 import \u2014 reviewed SD-12, paired on the "
                       "\u201csync\u201d outbox, \u00fcbermorgen: release notes \u2713 and tests.");
    const int typed = 1 + value % int(sentence.size());
    return QStringLiteral("#%1/%2 ").arg(seed).arg(value) + sentence.left(typed);
}

inline QString crashTitle(quint32 seed, int value)
{
    return QStringLiteral("Edit %1 of run %2").arg(value).arg(seed);
}

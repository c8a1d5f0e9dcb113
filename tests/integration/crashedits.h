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
        Blocked
    };
    int card; ///< index into the board's cards, in key order
    Kind kind;
    int value; ///< column index, title number, points, blocked flag
};

inline CrashEdit crashEdit(quint32 seed, int i, int cards, int columns)
{
    // A small LCG: reproducible without depending on a library's generator.
    std::uint64_t x = (std::uint64_t(seed) << 32) ^ std::uint64_t(i) * 0x9E3779B97F4A7C15ull;
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 32;
    CrashEdit e;
    e.card = int(x % std::uint64_t(cards));
    e.kind = CrashEdit::Kind((x >> 20) % 4);
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
    }
    return e;
}

inline QString crashTitle(quint32 seed, int value)
{
    return QStringLiteral("Edit %1 of run %2").arg(value).arg(seed);
}

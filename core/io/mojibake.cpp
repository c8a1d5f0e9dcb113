#include "core/io/mojibake.h"

#include <array>
#include <climits>
#include <optional>

namespace SprintDeck {

namespace {

enum class CodePage
{
    Cp1252,
    Cp1254
};

// Bytes 0x80–0x9F of cp1252; 0 where the code page leaves the byte undefined.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// cp1254 replaces six Latin-1 letters with Turkish ones and leaves 0x8E and 0x9E undefined.
struct Turkish
{
    char16_t ch;
    int byte;
};
constexpr std::array<Turkish, 6> kCp1254Letters = {{{0x011E, 0xD0},
                                                    {0x0130, 0xDD},
                                                    {0x015E, 0xDE},
                                                    {0x011F, 0xF0},
                                                    {0x0131, 0xFD},
                                                    {0x015F, 0xFE}}};

constexpr std::array<int, 5> kCp1252Undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
constexpr std::array<int, 7> kCp1254Undefined = {0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E};

/**
 * Characters that were common in documents before a byte was lost, most common
 * first: status emoji, then punctuation. Decides between the candidates when a
 * byte of a sequence is missing.
 */
constexpr char32_t kCommon[] = {
    0x2705,  0x274C,  0x26A0,  0xFE0F,  0x1F3AF, 0x1F4CA, 0x1F4C8, 0x1F680, 0x1F525, 0x1F4A1,
    0x1F4DD, 0x2019,  0x201C,  0x201D,  0x2014,  0x2013,  0x2022,  0x2026,  0x2192,  0x2264,
    0x2265,  0x1F41B, 0x1F527, 0x1F6E0, 0x1F4E6, 0x1F512, 0x23F3,  0x1F6A8, 0x2728,  0x1F389,
    0x1F44D, 0x1F4CC, 0x1F504, 0x1F3D7, 0x1F4DA, 0x1F4AA, 0x1F9EA, 0x1F4CB, 0x1F50D, 0x2B50,
    0x1F7E2, 0x1F7E1, 0x1F534, 0x26A1,  0x1F4C5, 0x1F4C6, 0x1F5D3, 0x23F0,  0x23F1,  0x1F4C9,
    0x1F465, 0x1F464, 0x1F91D, 0x1F4AC, 0x1F4E3, 0x1F4E2, 0x1F517, 0x1F4C1, 0x1F4C2, 0x1F4C4,
    0x1F5C2, 0x1F9F9, 0x267B,  0x1F510, 0x1F511, 0x1F6E1, 0x1F433, 0x1F40D, 0x1F3A8, 0x1F5A5,
    0x1F4BB, 0x1F4F1, 0x1F310, 0x2601,  0x1F9E0, 0x1F916, 0x1F440, 0x1F64F, 0x1F600, 0x1F642,
    0x1F60A, 0x1F605, 0x1F3C6, 0x1F947, 0x1F4AF, 0x1F195, 0x1F514, 0x1F6A7, 0x1F6D1, 0x26D4,
    0x2757,  0x2753,  0x27A1,  0x2B06,  0x2B07,  0x2714,  0x2716,  0x2611,  0x1F532, 0x1F533,
    0x2B1C,  0x2B1B,  0x1F535, 0x1F7E0, 0x1F7E3, 0x1F3C1, 0x1F6A6, 0x1F9E9, 0x1F393, 0x1F4D0,
    0x1F4CF, 0x1F4CE, 0x1F4CD, 0x1F5FA, 0x1F4B0, 0x1F4B8, 0x1F4DE, 0x1F4E7, 0x2709,  0x1F9F0,
    0x2699,  0x1F3C3, 0x1F52C, 0x1F9ED, 0x1F5D1, 0x1F6AB, 0x1F4A5, 0x1F31F, 0x1F41E, 0x1F3F7,
    0x1F516, 0x1F5D2, 0x1F4DC, 0x1F914, 0x1F60E, 0x200D,  0x2010,  0x00A0,  0x00B0,  0x00E9,
};

int toByte(char16_t c, CodePage cp)
{
    if (c >= 0x80 && c <= 0x9F)
        return c; // undefined bytes that were kept as C1 controls
    if (cp == CodePage::Cp1254) {
        for (const Turkish &t : kCp1254Letters) {
            if (t.ch == c)
                return t.byte;
            if (t.byte == c)
                return -1; // that Latin-1 letter does not exist in cp1254
        }
    }
    if (c >= 0xA0 && c <= 0xFF)
        return c;
    for (int i = 0; i < int(kCp1252High.size()); ++i) {
        if (kCp1252High[i] == c && c != 0) {
            const int byte = 0x80 + i;
            if (cp == CodePage::Cp1254 && (byte == 0x8E || byte == 0x9E))
                return -1;
            return byte;
        }
    }
    return -1;
}

int sequenceLength(int lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool isContinuation(int b)
{
    return b >= 0x80 && b <= 0xBF;
}

bool validSecond(int lead, int b)
{
    switch (lead) {
    case 0xE0:
        return b >= 0xA0 && b <= 0xBF;
    case 0xED:
        return b >= 0x80 && b <= 0x9F;
    case 0xF0:
        return b >= 0x90 && b <= 0xBF;
    case 0xF4:
        return b >= 0x80 && b <= 0x8F;
    default:
        return isContinuation(b);
    }
}

/** The code point of a complete, valid sequence, or nothing. */
std::optional<char32_t> decodeBytes(const int *bytes, int n)
{
    if (n < 2 || sequenceLength(bytes[0]) != n || !validSecond(bytes[0], bytes[1]))
        return std::nullopt;
    char32_t cp = char32_t(bytes[0] & (0xFF >> (n + 1)));
    for (int k = 1; k < n; ++k) {
        if (!isContinuation(bytes[k]))
            return std::nullopt;
        cp = (cp << 6) | char32_t(bytes[k] & 0x3F);
    }
    return cp;
}

int commonRank(char32_t cp)
{
    for (int i = 0; i < int(std::size(kCommon)); ++i)
        if (kCommon[i] == cp)
            return i;
    return -1;
}

bool isPictograph(char32_t cp)
{
    return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
}

struct Decoded
{
    char32_t codePoint = 0;
    int consumed = 0; ///< characters of the damaged text
    bool guessed = false;
};

std::optional<Decoded> decodeAt(QStringView text, qsizetype i, CodePage cp, bool allowGuess)
{
    int bytes[4];
    bytes[0] = toByte(text.at(i).unicode(), cp);
    const int n = sequenceLength(bytes[0]);
    if (n == 0)
        return std::nullopt;
    int have = 1;
    while (have < n && i + have < text.size()) {
        const int b = toByte(text.at(i + have).unicode(), cp);
        if (b < 0 || !isContinuation(b))
            break;
        bytes[have++] = b;
    }
    if (have == n) {
        if (auto code = decodeBytes(bytes, n))
            return Decoded{*code, n, false};
        return std::nullopt;
    }
    // One byte lost: the code page had no character for it.
    if (!allowGuess || n < 3 || have != n - 1)
        return std::nullopt;
    const int *undefinedBegin =
        cp == CodePage::Cp1252 ? kCp1252Undefined.data() : kCp1254Undefined.data();
    const int undefinedCount =
        cp == CodePage::Cp1252 ? int(kCp1252Undefined.size()) : int(kCp1254Undefined.size());
    std::optional<char32_t> best;
    int bestRank = INT_MAX;
    int pictographs = 0;
    std::optional<char32_t> onlyPictograph;
    for (int pos = 1; pos < n; ++pos) {
        for (int u = 0; u < undefinedCount; ++u) {
            int candidate[4];
            for (int k = 0, src = 0; k < n; ++k)
                candidate[k] = k == pos ? undefinedBegin[u] : bytes[src++];
            const auto code = decodeBytes(candidate, n);
            if (!code)
                continue;
            const int rank = commonRank(*code);
            if (rank >= 0 && rank < bestRank) {
                bestRank = rank;
                best = code;
            }
            if (isPictograph(*code)) {
                ++pictographs;
                onlyPictograph = code;
            }
        }
    }
    if (!best && pictographs == 1)
        best = onlyPictograph;
    if (!best)
        return std::nullopt;
    return Decoded{*best, have, true};
}

std::optional<Decoded> decodeEither(QStringView text, qsizetype i, bool allowGuess)
{
    if (auto d = decodeAt(text, i, CodePage::Cp1252, false))
        return d;
    if (auto d = decodeAt(text, i, CodePage::Cp1254, false))
        return d;
    if (!allowGuess)
        return std::nullopt;
    if (auto d = decodeAt(text, i, CodePage::Cp1252, true))
        return d;
    return decodeAt(text, i, CodePage::Cp1254, true);
}

} // namespace

Mojibake::Repair Mojibake::repair(QStringView text)
{
    Repair r;
    r.text.reserve(text.size());
    int line = 1;
    qsizetype lastRepairEnd = -1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80 || c > 0x2122) {
            // Runs that cannot be damaged (ASCII, and everything above the code pages' characters)
            // go in one piece.
            qsizetype j = i;
            while (j < size) {
                const char16_t d = text.at(j).unicode();
                if (d >= 0x80 && d <= 0x2122)
                    break;
                if (d == u'\n')
                    ++line;
                ++j;
            }
            r.text.append(text.sliced(i, j - i));
            i = j;
            continue;
        }
        std::optional<Decoded> d = decodeEither(text, i, true);
        if (d && d->consumed == 2) {
            // Two characters such as "Ã©" could be meant; trust them only for
            // Latin-1 or beside other damage ("Ð¿Ñ€").
            const bool latin1 = d->codePoint <= 0xFF;
            const bool besideDamage =
                lastRepairEnd == i || (i + 2 < size && decodeEither(text, i + 2, false));
            if (!latin1 && !besideDamage)
                d.reset();
        }
        if (!d) {
            r.text.append(QChar(c));
            ++i;
            continue;
        }
        if (d->codePoint < 0x80 || (d->codePoint >= 0xD800 && d->codePoint <= 0xDFFF)) {
            r.text.append(QChar(c));
            ++i;
            continue;
        }
        const char32_t ucs4 = d->codePoint;
        r.text.append(QString::fromUcs4(&ucs4, 1));
        ++r.repaired;
        if (d->guessed)
            ++r.guessed;
        if (r.firstLine == 0)
            r.firstLine = line;
        i += d->consumed;
        lastRepairEnd = i;
    }
    return r;
}

bool Mojibake::isDamaged(QStringView text)
{
    return repair(text).repaired > 0;
}

} // namespace SprintDeck

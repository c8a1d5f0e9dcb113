#include "core/io/textscan.h"
#include "core/io/datescan.h"
#include "core/io/textscangrammar.h"

#include "core/domain/card.h"
#include "core/io/statuswords.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

constexpr auto kCase = QRegularExpression::CaseInsensitiveOption;

struct Marker
{
    char32_t codePoint;
    int status; // 0 to do, 1 in progress, 2 review, 3 done, 4 blocked
};
constexpr Marker kMarkers[] = {
    {0x2705, 3},  {0x2714, 3}, {0x2611, 3},  {0x23F3, 1},  {0x231B, 1}, {0x1F504, 1},
    {0x1F6A7, 1}, {0x274C, 0}, {0x2716, 0},  {0x1F532, 0}, {0x2B1C, 0}, {0x2610, 0},
    {0x1F6AB, 4}, {0x26D4, 4}, {0x1F6D1, 4}, {0x1F440, 2},
};

QString statusName(int status)
{
    switch (status) {
    case 0:
        return TextScan::toDo();
    case 1:
        return TextScan::inProgress();
    case 2:
        return TextScan::review();
    case 3:
        return TextScan::done();
    default:
        return {};
    }
}

/** The value of up to nine ASCII digits, read without making a string (most numbers). */
std::optional<int> plainDigits(QStringView text)
{
    if (text.isEmpty() || text.size() > 9 ||
        !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    int v = 0;
    for (QChar c : text)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiWordChar(char16_t c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

/** What \s matches in a pattern without Unicode properties. */
bool isPatternSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

/** The words statusIn reads, lowercase; their kinds are numbered as the markers' statuses. */
constexpr auto kStatusWords = StatusWords::wordsFor<StatusWords::InText>();

// statusWordIn compares letters without case and spaces as they are; the ASCII part of a word is
// lower case letters and spaces (letters beyond ASCII are written in lower case).
constexpr bool lettersAndSpaces(QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i)
        if (!((word[i] >= u'a' && word[i] <= u'z') || word[i] == u' ' || word[i] >= u'\u00C0'))
            return false;
    return true;
}

/** Whether a text's letter `t` is the word's lower case letter `w`, without case. */
inline bool sameLetter(char16_t t, char16_t w)
{
    if (w < 0x80)
        return (t | 0x20) == w && isAsciiLetter(t);
    return t == w || QChar::toLower(t) == w;
}
static_assert(std::all_of(kStatusWords.begin(), kStatusWords.end(),
                          [](const StatusWords::Word &w) { return lettersAndSpaces(w.word); }));

/**
 * (?<!\w)(word|word…)(?!\w) of the status words, without case; "in progress" also with a hyphen.
 * Not \b: a word may end in a letter beyond ASCII ("terminé"), which \w does not match.
 */
QString statusWordPattern()
{
    QStringList words;
    for (const StatusWords::Word &w : kStatusWords)
        words.append(w.word == u"in progress" ? u"in[ -]progress"_s : w.word.toString());
    return u"(?<!\\w)("_s + words.join(u'|') + u")(?!\\w)"_s;
}

/** Whether `text` holds a word that can open a key ("Story 4", "Bug #12"), in one pass. */
bool holdsKeyWord(QStringView text)
{
    static constexpr QStringView kWords[] = {u"Story",   u"Task",   u"Bug",   u"Fix",
                                             u"Feature", u"Epic",   u"Issue", u"Item",
                                             u"Tarea",   u"Tarefa", u"Tâche", u"Aufgabe"};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'S' && c != u'T' && c != u'B' && c != u'F' && c != u'E' && c != u'I' && c != u'A')
            continue;
        const QStringView rest = text.sliced(i);
        for (QStringView w : kWords)
            if (w.front() == c && rest.startsWith(w))
                return true;
    }
    return false;
}

/** The first status word of a text, at a word's start, and the status it names. */
using StatusWord = TextScanGrammar::StatusWordAt;

/** The first status word of the text by the pattern of statusWordPattern(), without case. */
StatusWord statusWordByPattern(QStringView text)
{
    static const QRegularExpression words(statusWordPattern(), kCase);
    const QRegularExpressionMatch m = words.match(text);
    if (!m.hasMatch())
        return {};
    const QString w = m.captured(1).toLower().replace(u'\u017F', u's').replace(u'\u212A', u'k');
    for (const StatusWords::Word &word : kStatusWords)
        if (w == word.word || (w == u"in-progress" && word.word == u"in progress"))
            return {m.capturedStart(), int(word.kind)};
    return {};
}

/**
 * The same, written out: every heading and story line is read for a status, and the pattern cost
 * more than the rest of their reading. Its word boundaries are ASCII, as in a pattern without
 * Unicode properties; its case folding is not, so it does not read a text holding the two letters
 * that fold to ASCII ones (the long s and the Kelvin sign). The differential test in
 * tst_textscan holds it to the pattern over the test corpus.
 */
StatusWord statusWordByScan(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype at = 0; at < n; ++at) {
        const char16_t c = text[at].unicode();
        if (!(isAsciiLetter(c) || c >= 0xC0) || (at > 0 && isAsciiWordChar(text[at - 1].unicode())))
            continue;
        // The first letter in lower case, as the words are written; one beyond ASCII that folds
        // to ASCII (the Kelvin sign) opens none of them.
        char16_t first = c < 0x80 ? char16_t(c | 0x20) : char16_t(QChar::toLower(c));
        if (c >= 0x80 && first < 0x80)
            first = 0;
        for (const StatusWords::Word &candidate : kStatusWords) {
            const QStringView word = candidate.word;
            if (word.front().unicode() != first || n - at < word.size())
                continue;
            bool same = true;
            for (qsizetype k = 1; same && k < word.size(); ++k) {
                const char16_t w = word[k].unicode();
                const char16_t t = text[at + k].unicode();
                // The words are lower case letters and spaces.
                same = w == u' ' ? (t == u' ' || (t == u'-' && word == u"in progress"))
                                 : sameLetter(t, w);
            }
            if (same &&
                (at + word.size() == n || !isAsciiWordChar(text[at + word.size()].unicode())))
                return {at, int(candidate.kind)};
        }
    }
    return {};
}

StatusWord statusWordIn(QStringView text)
{
    if (text.contains(u'\u017F') || text.contains(u'\u212A'))
        return statusWordByPattern(text);
    return statusWordByScan(text);
}

} // namespace

TextScanGrammar::StatusWordAt TextScanGrammar::statusWordByPattern(QStringView text)
{
    return SprintDeck::statusWordByPattern(text);
}

TextScanGrammar::StatusWordAt TextScanGrammar::statusWordByScan(QStringView text)
{
    return SprintDeck::statusWordByScan(text);
}

QString TextScan::toDo()
{
    return u"To Do"_s;
}

QString TextScan::inProgress()
{
    return u"In Progress"_s;
}

QString TextScan::review()
{
    return u"Review"_s;
}

QString TextScan::done()
{
    return u"Done"_s;
}

std::optional<double> TextScan::parseNumber(QStringView text)
{
    text = text.trimmed();
    if (const auto v = plainDigits(text))
        return double(*v);
    QString t = text.toString();
    t.replace(u',', u'.');
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !(v >= 0) || v > 1e9)
        return std::nullopt;
    return v;
}

QString TextScan::statusIn(QStringView text, bool *blocked)
{
    if (blocked)
        *blocked = false;
    // Markers first: "✅" is unambiguous wherever it stands.
    int markerStatus = -1;
    qsizetype markerAt = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        if (cp < 0x2000)
            continue;
        for (const Marker &m : kMarkers) {
            if (m.codePoint == cp) {
                markerStatus = m.status;
                markerAt = i;
                break;
            }
        }
        if (markerStatus >= 0)
            break;
    }
    const StatusWord word = statusWordIn(text);
    // An hourglass says "waiting": in progress, or pending when a word says so ("⏳ Pending").
    const bool waiting = markerAt < text.size() &&
                         (text.at(markerAt) == QChar(0x23F3) || text.at(markerAt) == QChar(0x231B));
    if (word.at >= 0 && (word.at < markerAt || waiting)) {
        if (word.kind == 4) {
            if (blocked)
                *blocked = true;
            return markerStatus >= 0 && markerStatus != 4 ? statusName(markerStatus) : QString();
        }
        return statusName(word.kind);
    }
    if (markerStatus == 4) {
        if (blocked)
            *blocked = true;
        return {};
    }
    return markerStatus >= 0 ? statusName(markerStatus) : QString();
}

namespace {

/** Whether `a` becomes `b` by one letter added, dropped or changed. */
bool oneEditApart(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a.at(i) == b.at(i))
        ++i;
    if (a.size() == b.size())
        return a.sliced(qMin(i + 1, a.size())) == b.sliced(qMin(i + 1, b.size()));
    return a.sliced(i) == b.sliced(i + 1);
}

/**
 * A status cell as a whole (lower case): a tracker's word, the same word with one letter off
 * ("in progres"), or one that ends a phrase naming the part it is about ("backend vollendet").
 * Only long words are matched with a letter off: "cloned" is not "closed".
 */
const StatusWords::Word *wholeStatus(const QString &text)
{
    if (const StatusWords::Word *w = StatusWords::asStatus(text))
        return w;
    if (text.size() >= 7) {
        for (const StatusWords::Word &w : StatusWords::kAll)
            if ((w.use & StatusWords::AsStatus) && w.word.size() >= 7 && oneEditApart(text, w.word))
                return &w;
    }
    static const QRegularExpression hedged(
        uR"(^(partially|partly|almost|nearly|mostly|half|teilweise|fast|halb|casi|quase|)"
        uR"(parcialmente|presque|partiellement)\s)"_s);
    const qsizetype space = text.lastIndexOf(u' ');
    if (space > 0 && text.count(u' ') == 1 && !hedged.match(text).hasMatch()) {
        const StatusWords::Word *w = StatusWords::asStatus(QStringView(text).sliced(space + 1));
        if (w && w->word.size() >= 4)
            return w;
    }
    return nullptr;
}

} // namespace

QString TextScan::statusOf(QStringView value, bool *blocked)
{
    bool own = false;
    bool &isBlocked = blocked ? *blocked : own;
    isBlocked = false;
    QString text = withoutMarkers(value);
    text.remove(u'*');
    while (text.size() >= 2 && text.front() == u'[' && text.back() == u']')
        text = text.sliced(1, text.size() - 2).trimmed();
    // "Not done", "Não concluída": a done word denied.
    static const QRegularExpression denied(uR"(^(not|não|nao|no|nicht|non|pas)\s+(.+)$)"_s, kCase);
    if (const auto m = denied.match(text); m.hasMatch() && statusOf(m.captured(2)) == done())
        return toDo();
    if (deferredIn(text))
        return toDo(); // "✅ Added to backlog": done with it for now, not done
    const QString status = statusIn(value, &isBlocked);
    if (!status.isEmpty() || isBlocked)
        return status;
    if (const StatusWords::Word *w = wholeStatus(text.toLower())) {
        isBlocked = w->kind == StatusWords::Kind::Blocked;
        return statusName(int(w->kind));
    }
    return text == u"-" || text == u"\u2014" ? QString() : text;
}

namespace {

/** Whether the text is only a status: a word read in prose, or with `anyWord` a tracker's too. */
bool isStatusPhrase(QStringView text, bool anyWord)
{
    const QString p = text.toString().simplified().toLower();
    if (std::any_of(kStatusWords.begin(), kStatusWords.end(),
                    [&p](const StatusWords::Word &w) { return w.word == p; }))
        return true;
    return anyWord && StatusWords::asStatus(p);
}

bool isSeparator(QChar c)
{
    return QStringView(u"-\u2013\u2014:|,").contains(c) || c.isSpace();
}

QString trimmedOfSeparators(QStringView text)
{
    while (!text.isEmpty() && isSeparator(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSeparator(text.back()))
        text.chop(1);
    return text.toString();
}

/** One status that stands apart at an end of the title, removed; false when there is none. */
bool dropStatusAtEnd(QString &t)
{
    // "[DONE]", "(done)" at either end.
    if (t.endsWith(u']') || t.endsWith(u')')) {
        const qsizetype open = t.lastIndexOf(t.back() == u']' ? u'[' : u'(');
        if (open > 0 &&
            isStatusPhrase(QStringView(t).sliced(open + 1, t.size() - open - 2), true)) {
            t = trimmedOfSeparators(QStringView(t).first(open));
            return true;
        }
    }
    if (t.startsWith(u'[') || t.startsWith(u'(')) {
        const qsizetype close = t.indexOf(t.front() == u'[' ? u']' : u')');
        if (close > 0 && close + 1 < t.size() &&
            isStatusPhrase(QStringView(t).sliced(1, close - 1), true)) {
            t = trimmedOfSeparators(QStringView(t).sliced(close + 1));
            return true;
        }
    }
    // " - Done", ": concluído" after the title. Most titles have no such tail, nor capitals at an
    // end: each pattern runs only where it may match.
    static const QRegularExpression tail(uR"(\s*[-–—:|]\s*([^-–—:|]+)$)"_s);
    const bool separated = std::any_of(
        t.cbegin(), t.cend(), [](QChar c) { return QStringView(u"-\u2013\u2014:|").contains(c); });
    if (const auto m = separated ? tail.match(t) : QRegularExpressionMatch();
        m.hasMatch() && m.capturedStart() > 0 && isStatusPhrase(m.captured(1), true)) {
        t = trimmedOfSeparators(QStringView(t).first(m.capturedStart()));
        return true;
    }
    // A status in capitals at either end ("DONE Login page", "Login page COMPLETED").
    static const QRegularExpression capitalsLast(uR"(\s+(\p{Lu}[\p{Lu} ]*\p{Lu})$)"_s,
                                                 QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression capitalsFirst(uR"(^(\p{Lu}[\p{Lu} ]*\p{Lu})\s+)"_s,
                                                  QRegularExpression::UseUnicodePropertiesOption);
    const auto capitals = [&t](qsizetype a, qsizetype b) {
        return t.size() > 2 && t.at(a).isUpper() && t.at(b).isUpper();
    };
    if (const auto m = capitals(t.size() - 1, t.size() - 2) ? capitalsLast.match(t)
                                                            : QRegularExpressionMatch();
        m.hasMatch() && isStatusPhrase(m.captured(1), false)) {
        t = trimmedOfSeparators(QStringView(t).first(m.capturedStart()));
        return true;
    }
    if (const auto m = capitals(0, 1) ? capitalsFirst.match(t) : QRegularExpressionMatch();
        m.hasMatch() && isStatusPhrase(m.captured(1), false)) {
        t = trimmedOfSeparators(QStringView(t).sliced(m.capturedEnd()));
        return true;
    }
    return false;
}

} // namespace

bool TextScan::deferredIn(QStringView text)
{
    static const QRegularExpression deferred(
        uR"(\b(deferred|postponed|carried (over|into)|moved to (the )?(next sprint|backlog)|)"
        uR"(added to (the )?backlog|adiad[oa]|pospuest[oa]|verschoben|reporté|reportée)(?!\w))"_s,
        kCase | QRegularExpression::UseUnicodePropertiesOption);
    return deferred.match(text).hasMatch();
}

bool TextScan::isStatus(QStringView text)
{
    return isStatusPhrase(withoutMarkers(text), true);
}

QString TextScan::titleOf(QStringView text)
{
    const QString plain = withoutMarkers(text);
    QString t = plain;
    // Markers are gone, so "Login ✅ COMPLETED" reads "Login COMPLETED".
    for (int i = 0; i < 4 && dropStatusAtEnd(t); ++i) {
    }
    return t.isEmpty() ? plain : t;
}

QString TextScan::keyOf(QStringView text)
{
    QString t = withoutMarkers(text);
    t.remove(u'*');
    t.remove(u'\\');
    t = t.trimmed();
    while (t.size() >= 2 && t.front() == u'[' && t.back() == u']')
        t = t.sliced(1, t.size() - 2).trimmed();
    if (t.endsWith(u':'))
        t.chop(1);
    static const QRegularExpression dashed(uR"(^[A-Za-z][A-Za-z0-9]{0,15}-\d{1,7}(?:\.\d+)*$)"_s);
    static const QRegularExpression joined(uR"(^[A-Za-z]{1,6}#?\d{1,7}$)"_s);
    static const QRegularExpression underscored(uR"(^[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$)"_s);
    static const QRegularExpression hash(uR"(^#\d{1,7}$)"_s);
    static const QRegularExpression numbers(uR"(^\d{1,4}-\d{1,4}$)"_s); // "002-001"
    if (dashed.match(t).hasMatch() || joined.match(t).hasMatch() || hash.match(t).hasMatch() ||
        numbers.match(t).hasMatch())
        return t.toUpper();
    if (underscored.match(t).hasMatch())
        return t;
    static const QRegularExpression word(
        uR"(^(?:User\s+)?(Story|Task|Bug|Fix|Feature|Epic|Issue|Item|Tarea|Tarefa|Aufgabe|Tâche)\s+#?(\d{1,7}(?:\.\d+)*)$)"_s,
        kCase);
    if (const auto m = word.match(t); m.hasMatch())
        return m.captured(1).toUpper() + u'-' + m.captured(2);
    // "US 4" is the story a team writes "US-4" elsewhere; other words before a number ("Sprint
    // 4", "Phase 2") are no keys.
    static const QRegularExpression spaced(uR"(^US\s+#?(\d{1,7})$)"_s, kCase);
    if (const auto m = spaced.match(t); m.hasMatch())
        return u"US-"_s + m.captured(1);
    return {};
}

std::optional<QDate> TextScan::dateIn(QStringView text, qsizetype *end)
{
    const auto found = DateScan::dateIn(text);
    if (!found)
        return std::nullopt;
    if (end)
        *end = found->end;
    return found->date;
}

int TextScan::dayNumber(QStringView text, QDate *date, const DateScan::Style &style)
{
    // "Day 2", "Dia 2", "Tag 2", "Jour 2": the day of the sprint.
    static const QRegularExpression day(
        uR"(\b(?:day|dia|d\x{ED}a|tag|jour)\s+(\d{1,3})\b(?!\.\d))"_s, kCase);
    const auto m = day.match(text);
    const auto found = DateScan::dateIn(text, style);
    if (m.hasMatch() && found) {
        *date = found->date;
        return qMax(1, m.captured(1).toInt());
    }
    if (m.hasMatch()) {
        // "### Day 3: Set up payments" without its date: a day of a plan all the same.
        const bool opens = withoutMarkers(text.left(m.capturedStart())).isEmpty();
        *date = QDate();
        return opens ? qMax(1, m.captured(1).toInt()) : 0;
    }
    // A heading that is only a date (with its weekday, or "Standup") is a day too.
    if (found && DateScan::onlyDate(text, *found)) {
        *date = found->date;
        return -1;
    }
    return 0;
}

QString TextScan::estimateIn(QStringView text, QString *rest)
{
    static const QRegularExpression re(
        uR"(\s*[\[(]\s*(~?\s*\d+(?:[.,]\d+)?(?:\s*[-–—]\s*\d+(?:[.,]\d+)?)?\s*(?:h|hrs?|hours?|d|days?|weeks?|pts|points|sp)\.?)\s*[\])]\s*$)"_s,
        kCase);
    // The estimate closes the text: a text ending in anything else has none.
    QStringView closing = text;
    while (!closing.isEmpty() && closing.back().isSpace())
        closing.chop(1);
    const bool closes = !closing.isEmpty() && (closing.back() == u']' || closing.back() == u')');
    const auto m = closes ? re.match(text) : QRegularExpressionMatch();
    if (!m.hasMatch()) {
        if (rest)
            *rest = text.trimmed().toString();
        return {};
    }
    if (rest)
        *rest = text.left(m.capturedStart()).trimmed().toString();
    return m.captured(1).simplified();
}

std::optional<TextScan::Count> TextScan::countIn(QStringView text)
{
    return TextScanGrammar::countByScan(text);
}

std::optional<TextScan::Count> TextScanGrammar::countByPattern(QStringView text)
{
    static const QRegularExpression re(
        uR"((?<![\d.])(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)(?![\d.]))"
        uR"(\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?([A-Za-z]+(?:\s+[A-Za-z]+)?)?)"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    TextScan::Count c;
    c.done = m.captured(1).toDouble();
    c.total = m.captured(2).toDouble();
    c.unit = m.captured(3).toLower();
    return c;
}

std::optional<TextScan::Count> TextScanGrammar::countByScan(QStringView text)
{
    // "12/12 passing", "3 / 4 (75%) tasks": countByPattern written out. A list item is read for a
    // count, and running the pattern cost more than the rest of the item's reading. Its classes
    // are ASCII, as in a pattern without Unicode properties, and no part of it can match in more
    // than one way.
    if (!text.contains(u'/'))
        return std::nullopt;
    const qsizetype n = text.size();
    const auto digit = [&](qsizetype i) {
        return i < n && text[i].unicode() >= u'0' && text[i].unicode() <= u'9';
    };
    const auto letter = [&](qsizetype i) { return i < n && isAsciiLetter(text[i].unicode()); };
    const auto spaces = [&](qsizetype i) {
        while (i < n && isPatternSpace(text[i].unicode()))
            ++i;
        return i;
    };
    const auto is = [&](qsizetype i, char16_t c) { return i < n && text[i].unicode() == c; };
    // The end of a number (\d+(?:\.\d+)?) that starts at i, or -1.
    const auto number = [&](qsizetype i) -> qsizetype {
        if (!digit(i))
            return -1;
        while (digit(i))
            ++i;
        if (is(i, u'.') && digit(i + 1)) {
            i += 2;
            while (digit(i))
                ++i;
        }
        return i;
    };
    // The value of the number from `from` to `to`.
    const auto value = [&](qsizetype from, qsizetype to) {
        const QStringView number = text.sliced(from, to - from);
        const auto v = plainDigits(number);
        return v ? double(*v) : number.toDouble();
    };
    for (qsizetype at = 0; at < n; ++at) {
        if (!digit(at) || (at > 0 && (digit(at - 1) || is(at - 1, u'.'))))
            continue;
        const qsizetype doneEnd = number(at);
        qsizetype i = spaces(doneEnd);
        if (!is(i, u'/'))
            continue;
        const qsizetype totalStart = spaces(i + 1);
        const qsizetype totalEnd = number(totalStart);
        if (totalEnd < 0 || digit(totalEnd) || is(totalEnd, u'.'))
            continue;
        i = spaces(totalEnd);
        if (is(i, u'(')) { // "(75%)"
            const qsizetype percentEnd = number(spaces(i + 1));
            if (percentEnd >= 0) {
                const qsizetype sign = spaces(percentEnd);
                if (is(sign, u'%')) {
                    const qsizetype close = spaces(sign + 1);
                    if (is(close, u')'))
                        i = spaces(close + 1);
                }
            }
        }
        TextScan::Count c;
        c.done = value(at, doneEnd);
        c.total = value(totalStart, totalEnd);
        if (letter(i)) { // a word, perhaps two
            const qsizetype unitStart = i;
            while (letter(i))
                ++i;
            qsizetype unitEnd = i;
            const qsizetype second = spaces(i);
            if (second > i && letter(second)) {
                unitEnd = second;
                while (letter(unitEnd))
                    ++unitEnd;
            }
            // ASCII letters and the spaces between them.
            c.unit = QString(unitEnd - unitStart, Qt::Uninitialized);
            char16_t *unit = reinterpret_cast<char16_t *>(c.unit.data());
            for (qsizetype k = unitStart; k < unitEnd; ++k) {
                const char16_t ch = text[k].unicode();
                *unit++ = ch >= u'A' && ch <= u'Z' ? char16_t(ch | 0x20) : ch;
            }
        }
        return c;
    }
    return std::nullopt;
}

std::optional<double> TextScan::numberIn(QStringView text, bool *approximate)
{
    static const QRegularExpression re(uR"((~|about |approx\.? )?(\d+(?:\.\d+)?))"_s, kCase);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    if (approximate)
        *approximate = m.capturedLength(1) > 0;
    return m.captured(2).toDouble();
}

int TextScan::priorityIn(QStringView text)
{
    static const QRegularExpression re(uR"(\bP([1-4])\b)"_s);
    bool numbered = false; // "P" and a digit from 1 to 4, which the pattern needs
    for (qsizetype i = 0; i + 1 < text.size() && !numbered; ++i)
        numbered = text[i] == u'P' && text[i + 1] >= u'1' && text[i + 1] <= u'4';
    if (numbered) {
        if (const auto m = re.match(text); m.hasMatch())
            return m.captured(1).toInt();
    }
    static const QRegularExpression word(uR"(^\W*(critical|highest|high|medium|low|lowest)\b)"_s,
                                         kCase);
    // The first word must start like one of the names.
    const auto first = std::find_if(text.begin(), text.end(),
                                    [](QChar c) { return isAsciiWordChar(c.unicode()); });
    const char16_t initial = first == text.end() ? 0 : first->unicode() | 0x20;
    if (initial != u'c' && initial != u'h' && initial != u'm' && initial != u'l')
        return 0;
    if (const auto m = word.match(text); m.hasMatch())
        if (const auto p = parsePriority(m.captured(1)))
            return int(*p);
    return 0;
}

QString TextScan::withoutMarkers(QStringView text)
{
    // Markers are symbols far from ASCII; most text has none.
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x2000; }))
        return text.toString().simplified();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const auto category = QChar::category(cp);
        const bool marker = category == QChar::Symbol_Other || cp == 0xFE0F || cp == 0x200D ||
                            category == QChar::Mark_Enclosing;
        if (!marker)
            out.append(text.sliced(i, width));
        i += width - 1;
    }
    return out.simplified();
}

QString TextScan::withoutMarkers(const QString &text)
{
    // Most headings and items are plain: no symbol far from ASCII, and spaced as simplified()
    // leaves text (single spaces between words, none at the ends, no other white space).
    const auto plain = [&text] {
        if (text.isEmpty())
            return true;
        if (text.front() == u' ' || text.back() == u' ')
            return false;
        bool space = false;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u' ') {
                if (space)
                    return false;
                space = true;
                continue;
            }
            space = false;
            if (u >= 0x2000 || (u < 0x80 ? u >= 9 && u <= 13 : c.isSpace()))
                return false;
        }
        return true;
    };
    return plain() ? text : withoutMarkers(QStringView(text));
}

QString TextScan::sprintNumberIn(QStringView text)
{
    static const QRegularExpression re(uR"(\bSprint\s+#?(\d+(?:\.\d+)*)\b)"_s, kCase);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

namespace {

/** A story's title: from the key to the points, or to a " - STATUS" tail (which goes to `tail`). */
QString storyTitle(QStringView text, QStringView afterKey, qsizetype keyStart,
                   const QRegularExpressionMatch &points, QStringView *tail)
{
    QStringView title = afterKey;
    if (points.hasMatch()) {
        title = afterKey.left(points.capturedStart());
        *tail = afterKey.sliced(points.capturedEnd());
    } else {
        static const QRegularExpression statusTail(uR"(\s+[-–—]\s+(?=[^-–—]*$))"_s);
        const auto t = statusTail.match(afterKey);
        const QStringView after = t.hasMatch() ? afterKey.sliced(t.capturedEnd()) : QStringView();
        if (t.hasMatch() && (!TextScan::statusIn(after).isEmpty() || TextScan::isStatus(after))) {
            title = afterKey.left(t.capturedStart());
            *tail = afterKey.sliced(t.capturedEnd());
        }
    }
    if (keyStart < 0)
        title = text.left(points.capturedStart());
    // What the separator pattern took: spaces, then perhaps one of ": - \u2013 \u2014 |" and
    // spaces.
    while (!title.isEmpty() && isPatternSpace(title.front().unicode()))
        title = title.sliced(1);
    if (!title.isEmpty() && QStringView(u":-\u2013\u2014|").contains(title.front())) {
        title = title.sliced(1);
        while (!title.isEmpty() && isPatternSpace(title.front().unicode()))
            title = title.sliced(1);
    }
    QString t = TextScan::titleOf(title);
    // "US-044: Cash Flow Gap Detection - NEW BACKLOG STORY": a note on the story, no title.
    static const QRegularExpression newStory(
        uR"(\s*[-\x{2013}\x{2014}:|]\s*(?:NEW(?:\s+BACKLOG)?(?:\s+(?:STORY|ITEM|TASK))?|)"
        uR"((?i:new\s+backlog\s+(?:story|item|task)))\s*$)"_s);
    if (t.contains(u"new"_s, Qt::CaseInsensitive))
        t.remove(newStory);
    while (!t.isEmpty() &&
           (t.back() == u'-' || t.back() == u':' || t.back() == u'\u2013' || t.back() == u'\u2014'))
        t.chop(1);
    return t.trimmed();
}

/** A story's status: in its tail, a word in capitals there, or markers before its key. */
void readStoryStatus(TextScan::Story &s, QStringView text, QStringView tail, qsizetype keyStart)
{
    bool blocked = false;
    s.status = TextScan::statusIn(tail, &blocked);
    if (s.status.isEmpty() && !blocked && TextScan::isStatus(trimmedOfSeparators(tail)))
        s.status = TextScan::statusOf(trimmedOfSeparators(tail), &blocked); // " - Accepted"
    if (s.status.isEmpty() && !blocked) {
        // " - **QA**": a word in capitals of its own names a status (a column) all the same.
        static const QRegularExpression word(uR"(^\s*[-–—]\s*([A-Z][A-Z ]{0,28}[A-Z])\s*$)"_s);
        if (const auto w = word.match(TextScan::withoutMarkers(tail)); w.hasMatch())
            s.status = w.captured(1);
    }
    if (s.status.isEmpty()) {
        // Markers before the key ("✅ FIX-001: ...") count too.
        bool blockedBefore = false;
        s.status = TextScan::statusIn(text.left(qMax<qsizetype>(keyStart, 0)), &blockedBefore);
        blocked = blocked || blockedBefore;
    }
    s.blocked = blocked;
}

} // namespace

std::optional<TextScan::Story> TextScan::storyReference(QStringView text)
{
    if (text.size() > 500 || !text.contains(u"stor"_s, Qt::CaseInsensitive))
        return std::nullopt;
    // "story 002-001 (RSpec Setup)" or "Performance story (002-008)".
    static const QRegularExpression reference(
        uR"((?:^|[:;]\s*|\s)(?:(\p{L}[\p{L}\d/&+ -]{0,40}?)\s+)?\b(?:user\s+)?stor(?:y|ies)\s+)"
        uR"((?:\(([A-Za-z]{0,10}-?\d{1,4}-\d{1,4}|[A-Z][A-Z0-9]{0,15}-\d{1,7})\)|)"
        uR"(([A-Za-z]{0,10}-?\d{1,4}-\d{1,4}|[A-Z][A-Z0-9]{0,15}-\d{1,7})(?:\s*\(([^)]{1,80})\))?))"
        uR"((?![\w-]))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = reference.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Story s;
    s.key = (m.hasCaptured(2) ? m.captured(2) : m.captured(3)).toUpper();
    s.keyOffset = int(m.capturedStart(m.hasCaptured(2) ? 2 : 3));
    if (m.hasCaptured(4))
        s.title = titleOf(m.captured(4));
    else if (m.hasCaptured(2) && m.hasCaptured(1))
        s.title = titleOf(m.captured(1)); // the words before "story (KEY)" name it
    bool blocked = false;
    const QString status = statusIn(text, &blocked);
    if (status == done() || status == inProgress())
        s.status = status;
    return s;
}

std::optional<TextScan::Story> TextScan::story(QStringView text, bool allowKeyless)
{
    if (text.size() > 2000)
        text = text.left(2000); // a story line is short; long paragraphs only hold mentions
    // Keys and points both have digits: most lines can be passed over without a pattern.
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    const bool maybeKey = text.contains(u'-') || text.contains(u'#');
    const bool maybePoints = text.contains(u'(') || text.contains(u'[') ||
                             text.contains(u'\u2013') || text.contains(u'\u2014');
    if (!maybeKey && !(allowKeyless && maybePoints) && !holdsKeyWord(text))
        return std::nullopt;
    static const QRegularExpression keyRe(
        uR"((?<![\w.\-/])(?:(NEW)\s+)?([A-Z][A-Z0-9]{0,15}-\d{1,7}(?:\.\d+)*)(?![\w\-]|\.\w))"_s);
    static const QRegularExpression wordKeyRe(
        uR"((?<![\w.\-/])(?:(NEW)\s+)?(Story|Task|Bug|Fix|Feature|Epic|Issue|Item|Tarea|Tarefa|Aufgabe|Tâche)\s+#?(\d+(?:\.\d+)*)(?![\w.]|\.\w))"_s);
    static const QRegularExpression hashKeyRe(
        uR"((?<![\w&#])(?:(NEW)\s+)?#(\d{1,7})(?![\w.]|\.\w))"_s);
    // "(5 points)", "[3 pts]", "(2 pts, 2 hours)", or after a dash: "- 5 points", "- 5 SP -".
    static const QRegularExpression pointsRe(
        uR"([(\[]\s*~?\s*(\d+(?:[.,]\d+)?)\s*(?:story\s+points?|points?|pts?\.?|sp)\s*(?:[,;][^)\]]*)?[)\]])"
        uR"(|\s[-–—]\s*~?(\d+(?:[.,]\d+)?)\s*(?:story\s+points?|points?|pts?\.?|sp)(?=\s*$|\s+[-–—]))"_s,
        kCase);

    Story s;
    qsizetype keyStart = -1, keyEnd = -1;
    if (const auto m = keyRe.match(text); m.hasMatch()) {
        s.key = m.captured(2);
        s.isNew = m.capturedLength(1) > 0;
        keyStart = m.capturedStart();
        keyEnd = m.capturedEnd();
    } else if (const auto w = wordKeyRe.match(text); w.hasMatch()) {
        s.key = w.captured(2).toUpper() + u'-' + w.captured(3);
        s.isNew = w.capturedLength(1) > 0;
        keyStart = w.capturedStart();
        keyEnd = w.capturedEnd();
    } else if (const auto h = hashKeyRe.match(text);
               h.hasMatch() && withoutMarkers(text.left(h.capturedStart())).isEmpty()) {
        // "#42: Login" is a key only where it opens the line ("Sprint #2" is no story).
        s.key = u'#' + h.captured(2);
        s.isNew = h.capturedLength(1) > 0;
        keyStart = h.capturedStart();
        keyEnd = h.capturedEnd();
    }
    const QStringView afterKey = keyEnd >= 0 ? text.sliced(keyEnd) : text;
    const auto points = pointsRe.match(afterKey);
    if (points.hasMatch())
        s.points = parseNumber(points.captured(points.hasCaptured(1) ? 1 : 2));

    if (keyStart >= 0) {
        // Only markers may stand before a key that opens the line.
        const QString before = withoutMarkers(text.left(keyStart));
        const bool opens = before.isEmpty() || before == u"NEW";
        const bool separated =
            afterKey.isEmpty() || afterKey.front() == u':' || afterKey.trimmed().startsWith(u'-') ||
            afterKey.trimmed().startsWith(u'\u2013') || afterKey.trimmed().startsWith(u'\u2014');
        if (!points.hasMatch() && !(opens && separated))
            return std::nullopt;
        s.keyOffset = int(keyStart);
    } else if (!allowKeyless || !points.hasMatch()) {
        return std::nullopt;
    }

    QStringView tail;
    s.title = storyTitle(text, afterKey, keyStart, points, &tail);
    if (keyStart < 0 && s.title.isEmpty())
        return std::nullopt;

    readStoryStatus(s, text, tail, keyStart);
    return s;
}

} // namespace SprintDeck

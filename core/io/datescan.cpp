#include "core/io/datescan.h"
#include "core/domain/workweek.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** The languages whose month and weekday names are read (QLocale's own names). */
constexpr std::array kLanguages = {QLocale::English, QLocale::Portuguese, QLocale::Spanish,
                                   QLocale::German, QLocale::French};

/** Lower case without accents or dots: "März" -> "marz", "févr." -> "fevr". */
QString fold(QStringView word)
{
    QString s = word.toString().toLower();
    s.remove(u'.');
    if (std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return s;
    s = s.normalized(QString::NormalizationForm_D);
    s.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return s;
}

/**
 * Month names of the languages, folded, with their numbers. Full names also match by a prefix of
 * three letters or more ("Sept", "Dez"), as long as the prefix names one month only.
 */
class MonthNames
{
public:
    MonthNames()
    {
        QList<std::pair<QString, int>> full; // full names, which also match by a prefix
        for (QLocale::Language language : kLanguages) {
            const QLocale locale(language);
            for (int m = 1; m <= 12; ++m) {
                full.append({fold(locale.monthName(m)), m});
                for (const QString &name : {locale.monthName(m, QLocale::ShortFormat),
                                            locale.standaloneMonthName(m, QLocale::ShortFormat),
                                            locale.standaloneMonthName(m)})
                    m_exact.insert(fold(name), m);
            }
            for (int d = 1; d <= 7; ++d) {
                for (const QString &name :
                     {locale.dayName(d), locale.dayName(d, QLocale::ShortFormat)}) {
                    // "segunda-feira" is written "segunda" too; the hyphen splits it when read.
                    m_weekdays.insert(fold(name).section(u'-', 0, 0), d);
                }
            }
        }
        // Every prefix of three letters or more of a full name, unless two months share it.
        QHash<QString, int> prefixes;
        for (const auto &[name, m] : std::as_const(full)) {
            for (qsizetype n = 3; n <= name.size(); ++n) {
                const QString prefix = name.left(n);
                const auto it = prefixes.constFind(prefix);
                prefixes.insert(prefix, it == prefixes.cend() || *it == m ? m : 0);
            }
        }
        for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it)
            if (*it && !m_exact.contains(it.key()))
                m_exact.insert(it.key(), *it); // "jui" (juin, juillet) stays out
        for (const auto &[name, m] : std::as_const(full))
            m_exact.insert(name, m);
        for (auto it = m_exact.cbegin(); it != m_exact.cend(); ++it)
            if (it.key().size() >= 3)
                m_starts.insert(it.key().left(3));
    }

    int month(const QString &folded) const { return m_exact.value(folded); }

    /** Whether an ASCII word starting with these three lower case letters can name a month. */
    bool monthStart(char a, char b, char c) const
    {
        return m_starts.contains(QLatin1StringView(std::array{a, b, c}.data(), 3));
    }

    int weekday(const QString &folded) const { return m_weekdays.value(folded); }

private:
    QHash<QString, int> m_exact;
    QSet<QString> m_starts; ///< the first three letters of the names
    QHash<QString, int> m_weekdays;
};

const MonthNames &names()
{
    static const MonthNames instance;
    return instance;
}

struct Token
{
    enum class Kind
    {
        Number,
        Word,
        Mark
    };
    Kind kind = Kind::Mark;
    qsizetype start = 0;
    qsizetype end = 0;
    bool spaceBefore = false;
    int value = 0;  ///< a number's value
    int digits = 0; ///< a number's digits
    QString word;   ///< a word, folded
    QChar mark;

    bool isMark(QStringView marks) const { return kind == Kind::Mark && marks.contains(mark); }
    bool isWord(std::initializer_list<QStringView> words) const
    {
        return kind == Kind::Word && std::find(words.begin(), words.end(), word) != words.end();
    }
};

QList<Token> tokensOf(QStringView text)
{
    QList<Token> tokens;
    bool space = false;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            t.kind = Token::Kind::Number;
            while (i < text.size() && text[i].unicode() >= u'0' && text[i].unicode() <= u'9') {
                if (t.digits < 9)
                    t.value = t.value * 10 + (text[i].unicode() - u'0');
                ++t.digits;
                ++i;
            }
        } else if (c.isLetter() || c.isMark()) {
            t.kind = Token::Kind::Word;
            while (i < text.size() && (text[i].isLetter() || text[i].isMark()))
                ++i;
            t.word = fold(text.sliced(t.start, i - t.start));
        } else {
            t.mark = c;
            ++i;
        }
        t.end = i;
        tokens.append(t);
    }
    return tokens;
}

/** A date as read, perhaps without its year or month (the start of a range). */
struct Partial
{
    int year = 0;
    int month = 0;
    int day = 0;
    int weekday = 0;
    int first = 0; ///< token index where it starts
    int next = 0;  ///< token index after it
    bool numeric = false;
};

/** Reads dates from the tokens of one text. */
class Reader
{
public:
    Reader(QStringView text, const DateScan::Style &style)
        : m_tokens(tokensOf(text))
        , m_style(style)
    {}

    const QList<Token> &tokens() const { return m_tokens; }

    /** A date at token i: ISO, numeric, or named (after a weekday, perhaps). */
    std::optional<Partial> dateAt(int i, bool partialNumeric) const
    {
        Partial p;
        p.first = i;
        if (const int weekday = weekdayAt(i, &i)) {
            p.weekday = weekday;
            if (!at(i))
                return std::nullopt;
        }
        std::optional<Partial> found = iso(i);
        if (!found)
            found = numeric(i, partialNumeric);
        if (!found)
            found = monthFirst(i);
        if (!found)
            found = dayFirst(i);
        if (!found)
            return std::nullopt;
        found->first = p.first;
        found->weekday = p.weekday;
        return found;
    }

    bool opensWithNumber(int i) const { return at(i) && m_tokens[i].kind == Token::Kind::Number; }

    /**
     * "14" or "14th, 2025": one end of a range that shares its month with the other. Not after a
     * word that numbers something else ("Day 3 - March 14", "Sprint 3 - 14 March").
     */
    std::optional<Partial> dayOnlyAt(int i) const
    {
        if (!isDay(i))
            return std::nullopt;
        if (i > 0 && m_tokens[i - 1].kind == Token::Kind::Word &&
            !names().weekday(m_tokens[i - 1].word) &&
            !m_tokens[i - 1].isWord({u"from", u"de", u"del", u"du", u"vom", u"entre", u"between",
                                     u"desde", u"am", u"le", u"el", u"al", u"a", u"to", u"bis",
                                     u"au", u"ate", u"hasta"}))
            return std::nullopt;
        Partial p;
        p.first = i;
        p.day = m_tokens[i].value;
        p.next = skipOrdinal(i + 1);
        const int y = skipComma(p.next);
        if (const int year = yearAt(y)) {
            p.year = year;
            p.next = y + 1;
        }
        return p;
    }

    /** Completes a date without a year from the anchor; nothing without one. */
    QDate complete(const Partial &p) const
    {
        if (p.year)
            return QDate(p.year, p.month, p.day);
        if (!m_style.anchor.isValid() || !p.month)
            return {};
        QDate best;
        for (int y = m_style.anchor.year() - 1; y <= m_style.anchor.year() + 1; ++y) {
            const QDate d(y, p.month, p.day);
            if (d.isValid() && (!best.isValid() ||
                                qAbs(d.daysTo(m_style.anchor)) < qAbs(best.daysTo(m_style.anchor))))
                best = d;
        }
        return best;
    }

    qsizetype startOf(const Partial &p) const { return m_tokens[p.first].start; }
    qsizetype endOf(const Partial &p) const { return m_tokens[p.next - 1].end; }

    /** A range separator at i ("-", "–", "→", "to", "bis", "a", "au"…); the index after it. */
    int separatorAt(int i) const
    {
        if (!at(i))
            return -1;
        const Token &t = m_tokens[i];
        if (t.isMark(u"-\u2013\u2014\u2192~")) {
            // "->" and "-->"
            int k = i + 1;
            while (at(k) && m_tokens[k].isMark(u"->") && !m_tokens[k].spaceBefore)
                ++k;
            return k;
        }
        if (t.isWord({u"to", u"until", u"till", u"through", u"thru", u"a", u"al", u"ate", u"hasta",
                      u"bis", u"au", u"jusqu"})) {
            int k = i + 1;
            if (at(k) && m_tokens[k].isMark(u"'\u2019")) // "jusqu'au"
                ++k;
            return skipWord(k, {u"au", u"el", u"o", u"le", u"den", u"zum"});
        }
        return -1;
    }

private:
    bool at(int i) const { return i >= 0 && i < m_tokens.size(); }
    bool isNumber(int i, int minDigits, int maxDigits) const
    {
        return at(i) && m_tokens[i].kind == Token::Kind::Number &&
               m_tokens[i].digits >= minDigits && m_tokens[i].digits <= maxDigits;
    }
    bool isDay(int i) const
    {
        return isNumber(i, 1, 2) && m_tokens[i].value >= 1 && m_tokens[i].value <= 31;
    }
    bool joined(int i) const { return at(i) && !m_tokens[i].spaceBefore; }
    int skipComma(int i) const { return at(i) && m_tokens[i].isMark(u",") ? i + 1 : i; }
    int skipWord(int i, std::initializer_list<QStringView> words) const
    {
        return at(i) && m_tokens[i].isWord(words) ? i + 1 : i;
    }
    int monthAt(int i) const
    {
        return at(i) && m_tokens[i].kind == Token::Kind::Word ? names().month(m_tokens[i].word) : 0;
    }
    int yearAt(int i) const
    {
        return isNumber(i, 4, 4) && m_tokens[i].value >= 1900 && m_tokens[i].value <= 2199
                   ? m_tokens[i].value
                   : 0;
    }
    /** After a day: "st", "er", "º", "." (German), each written against the number. */
    int skipOrdinal(int i) const
    {
        if (joined(i) && m_tokens[i].isWord({u"st", u"nd", u"rd", u"th", u"er", u"e", u"re", u"º",
                                             u"ª", u"o", u"a"}))
            ++i;
        if (joined(i) && m_tokens[i].isMark(u"."))
            ++i;
        return i;
    }

    int weekdayAt(int i, int *after) const
    {
        if (!at(i) || m_tokens[i].kind != Token::Kind::Word || monthAt(i))
            return 0;
        const int weekday = names().weekday(m_tokens[i].word);
        if (!weekday)
            return 0;
        int k = i + 1;
        if (at(k + 1) && m_tokens[k].isMark(u"-") && m_tokens[k + 1].isWord({u"feira"}))
            k += 2;
        if (at(k) && m_tokens[k].isMark(u",."))
            ++k;
        k = skipWord(k, {u"the", u"le", u"den"});
        *after = k;
        return weekday;
    }

    /** 2025-03-14 (or with slashes or dots). */
    std::optional<Partial> iso(int i) const
    {
        if (!isNumber(i, 4, 4) || !at(i + 4) || !m_tokens[i + 1].isMark(u"-/."))
            return std::nullopt;
        const QChar sep = m_tokens[i + 1].mark;
        if (!isNumber(i + 2, 1, 2) || !m_tokens[i + 3].isMark(QStringView(&sep, 1)) ||
            !isNumber(i + 4, 1, 2))
            return std::nullopt;
        for (int k = i + 1; k <= i + 4; ++k)
            if (m_tokens[k].spaceBefore)
                return std::nullopt;
        if (joined(i + 5) && m_tokens[i + 5].kind == Token::Kind::Number)
            return std::nullopt;
        Partial p;
        p.year = m_tokens[i].value;
        p.month = m_tokens[i + 2].value;
        p.day = m_tokens[i + 4].value;
        p.next = i + 5;
        p.numeric = true;
        return p;
    }

    /** 14/03/2025, 03/14/25, 14.03.2025, "03.03." (a German range's start); order by style. */
    std::optional<Partial> numeric(int i, bool partialNumeric) const
    {
        if (!isNumber(i, 1, 2) || !at(i + 2) || !m_tokens[i + 1].isMark(u"/.-") || !joined(i + 1) ||
            !joined(i + 2) || !isNumber(i + 2, 1, 2))
            return std::nullopt;
        if (i > 0 && joined(i) &&
            (m_tokens[i - 1].kind != Token::Kind::Mark || m_tokens[i - 1].isMark(u"./")))
            return std::nullopt; // "1.2.3", "v2/3", "x1.2.2025"
        const QChar sep = m_tokens[i + 1].mark;
        const bool dots = sep == u'.';
        int a = m_tokens[i].value, b = m_tokens[i + 2].value;
        Partial p;
        p.numeric = true;
        p.next = i + 3;
        const bool sepAgain = joined(i + 3) && m_tokens[i + 3].mark == sep &&
                              m_tokens[i + 3].kind == Token::Kind::Mark;
        if (sepAgain && joined(i + 4) && (isNumber(i + 4, 2, 2) || isNumber(i + 4, 4, 4))) {
            const Token &y = m_tokens[i + 4];
            p.year = y.digits == 2 ? 2000 + y.value : y.value;
            p.next = i + 5;
            if (joined(p.next) && (m_tokens[p.next].kind == Token::Kind::Number ||
                                   (m_tokens[p.next].mark == sep && joined(p.next + 1) &&
                                    m_tokens[p.next + 1].kind == Token::Kind::Number)))
                return std::nullopt; // more parts: a version or an address
        } else if (dots && sepAgain) {
            p.next = i + 4; // "03.03." before a range's end
        } else if (!partialNumeric) {
            return std::nullopt;
        }
        if (sep == u'-' && !p.year)
            return std::nullopt; // "5-6" is a span of numbers
        const bool dayFirst = dots || m_style.dayFirst;
        if (!dayFirst)
            std::swap(a, b);
        // A date that can only be read one way is read that way.
        if (b > 12 && a <= 12)
            std::swap(a, b);
        p.day = a;
        p.month = b;
        if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31)
            return std::nullopt;
        return p;
    }

    /** "March 14, 2025", "Mar. 14th", "Sept 3 2025". */
    std::optional<Partial> monthFirst(int i) const
    {
        const int month = monthAt(i);
        if (!month)
            return std::nullopt;
        int k = i + 1;
        if (at(k) && m_tokens[k].isMark(u".") && joined(k))
            ++k;
        if (!isDay(k))
            return std::nullopt;
        if (joined(k + 1) && m_tokens[k + 1].isMark(u"/.:"))
            return std::nullopt; // "Mar 3/4", a time "May 1:30"
        Partial p;
        p.month = month;
        p.day = m_tokens[k].value;
        p.next = skipOrdinal(k + 1);
        const int y = skipComma(p.next);
        if (const int year = yearAt(y)) {
            p.year = year;
            p.next = y + 1;
        }
        return p;
    }

    /** "14 March 2025", "14. März 2025", "14 de março de 2025", "1er mars", "17/mar/25". */
    std::optional<Partial> dayFirst(int i) const
    {
        if (!isDay(i))
            return std::nullopt;
        int k = skipOrdinal(i + 1);
        QChar sep;
        if (at(k) && joined(k) && m_tokens[k].isMark(u"/-")) {
            sep = m_tokens[k].mark;
            ++k;
        }
        k = skipWord(k, {u"de", u"of"});
        const int month = monthAt(k);
        if (!month)
            return std::nullopt;
        Partial p;
        p.month = month;
        p.day = m_tokens[i].value;
        p.next = k + 1;
        if (at(p.next) && m_tokens[p.next].isMark(u".") && joined(p.next))
            ++p.next;
        if (!sep.isNull()) {
            // "17/mar/25", "17-Mar-2025"
            if (at(p.next + 1) && m_tokens[p.next].mark == sep && joined(p.next + 1) &&
                (isNumber(p.next + 1, 2, 2) || isNumber(p.next + 1, 4, 4))) {
                const Token &y = m_tokens[p.next + 1];
                p.year = y.digits == 2 ? 2000 + y.value : y.value;
                p.next += 2;
            }
            return p;
        }
        const int y = skipWord(skipComma(p.next), {u"de", u"del"});
        if (const int year = yearAt(y)) {
            p.year = year;
            p.next = y + 1;
        }
        return p;
    }

    QList<Token> m_tokens;
    DateScan::Style m_style;
};

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

/**
 * Whether the text may hold a date, found without reading its tokens: every heading and list
 * item is asked, and most hold none. A date has a digit and either a separator between digits
 * ("2025-03-14", "14.03.") or a word that starts like a month's name. Text that is not ASCII goes
 * to the reader all the same.
 */
bool mayHoldDate(QStringView text)
{
    const auto digit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    const auto letter = [](char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; };
    bool digits = false, form = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7F)
            return hasDigit(text);
        digits = digits || digit(c);
        if (form)
            continue;
        if ((c == u'/' || c == u'.' || c == u'-') && i > 0 && digit(text[i - 1].unicode()))
            form = true;
        else if (letter(c) && (i == 0 || !letter(text[i - 1].unicode())) && i + 2 < text.size() &&
                 letter(text[i + 1].unicode()) && letter(text[i + 2].unicode()))
            form = names().monthStart(char(c | 0x20), char(text[i + 1].unicode() | 0x20),
                                      char(text[i + 2].unicode() | 0x20));
    }
    return digits && form;
}

/** The words that mark a document as written in a language that puts the day first. */
bool dayFirstLanguage(QStringView document)
{
    static const QSet<QString> english = {u"the"_s,  u"and"_s, u"of"_s, u"to"_s,
                                          u"with"_s, u"for"_s, u"is"_s, u"we"_s};
    static const QSet<QString> others = {
        // Portuguese, Spanish, French, German
        u"não"_s, u"uma"_s, u"para"_s, u"com"_s,  u"dos"_s,   u"das"_s, u"os"_s,  u"del"_s,
        u"el"_s,  u"los"_s, u"las"_s,  u"con"_s,  u"y"_s,     u"que"_s, u"le"_s,  u"les"_s,
        u"des"_s, u"et"_s,  u"pour"_s, u"avec"_s, u"une"_s,   u"est"_s, u"der"_s, u"die"_s,
        u"das"_s, u"und"_s, u"mit"_s,  u"für"_s,  u"nicht"_s, u"ist"_s, u"eine"_s};
    int en = 0, other = 0;
    const QStringView sample = document.left(20000);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= sample.size(); ++i) {
        const bool letter = i < sample.size() && sample[i].isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            const QString word = sample.sliced(start, i - start).toString().toLower();
            en += english.contains(word);
            other += others.contains(word);
            start = -1;
        }
    }
    return other > en;
}

/**
 * Votes of the numeric dates of a document (d/m/y or m/d/y with slashes or hyphens): a first
 * number above 12 is a day, a second one is a day. Written out: a document can be large, and
 * its lines are passed over by their characters rather than read token by token.
 */
void voteNumericDates(QStringView document, int *dayFirst, int *monthFirst, QString *ambiguous,
                      int *ambiguousLine)
{
    const auto digitAt = [&](qsizetype i) {
        return i >= 0 && i < document.size() && document[i].unicode() >= u'0' &&
               document[i].unicode() <= u'9';
    };
    int line = 1;
    for (qsizetype i = 0; i < document.size(); ++i) {
        const QChar c = document[i];
        if (c == u'\n')
            ++line;
        if (!digitAt(i) || digitAt(i - 1))
            continue;
        qsizetype k = i;
        int a = 0, b = 0, digits = 0;
        // Parts longer than two digits are no date: the values stop growing at 1000.
        const auto grow = [](int value, QChar digit) {
            return qMin(value * 10 + (digit.unicode() - u'0'), 1000);
        };
        while (digitAt(k))
            a = grow(a, document[k++]);
        if (k - i > 2 || k >= document.size() || (document[k] != u'/' && document[k] != u'-') ||
            (i > 0 && document[i - 1] == u'/'))
            continue;
        const QChar sep = document[k++];
        const qsizetype second = k;
        while (digitAt(k))
            b = grow(b, document[k++]);
        if (k - second < 1 || k - second > 2 || k >= document.size() || document[k] != sep)
            continue;
        const qsizetype year = ++k;
        while (digitAt(k))
            ++k, ++digits;
        if ((digits != 2 && digits != 4) || year == k || a < 1 || b < 1 || a > 31 || b > 31)
            continue;
        if (a > 12 && b <= 12)
            ++*dayFirst;
        else if (b > 12 && a <= 12)
            ++*monthFirst;
        else if (a != b && ambiguous->isEmpty()) {
            *ambiguous = document.sliced(i, k - i).toString();
            *ambiguousLine = line;
        }
        i = k - 1;
    }
}

/** "April 14" in a text, when it gives no year (not "3 out of 5" or "set 3 goals"). */
QString yearlessDateIn(QStringView text, const DateScan::Style &style)
{
    const Reader reader(text, style);
    for (int i = 0; i < reader.tokens().size(); ++i) {
        const auto p = reader.dateAt(i, false);
        if (!p || p->year || !p->month || p->numeric)
            continue;
        const bool englishWord =
            std::any_of(reader.tokens().cbegin() + p->first, reader.tokens().cbegin() + p->next,
                        [](const Token &t) {
                            return t.isWord({u"out", u"set", u"ago"});
                        });
        if (!englishWord)
            return text.sliced(reader.startOf(*p), reader.endOf(*p) - reader.startOf(*p))
                .toString();
    }
    return {};
}

} // namespace

DateScan::Style DateScan::styleOf(QStringView document)
{
    Style style;
    int dayFirst = 0, monthFirst = 0;
    voteNumericDates(document, &dayFirst, &monthFirst, &style.ambiguous, &style.ambiguousLine);
    style.decided = dayFirst + monthFirst > 0;
    style.dayFirst = style.decided ? dayFirst >= monthFirst : dayFirstLanguage(document);
    if (style.decided)
        style.ambiguous.clear();
    // The first complete date, read in the order just decided.
    QString yearless;
    for (qsizetype at = 0; at < document.size();) {
        qsizetype end = document.indexOf(u'\n', at);
        if (end < 0)
            end = document.size();
        const QStringView line = document.sliced(at, end - at);
        if (hasDigit(line)) {
            if (const auto found = dateIn(line, style)) {
                style.anchor = found->date;
                return style;
            }
            if (const auto range = rangeIn(line, style)) {
                style.anchor = range->start; // "March 3-14, 2025"
                return style;
            }
            if (yearless.isEmpty())
                yearless = yearlessDateIn(line, style);
        }
        at = end + 1;
    }
    style.yearless = yearless;
    return style;
}

std::optional<DateScan::Found> DateScan::dateIn(QStringView text, const Style &style)
{
    if (!mayHoldDate(text))
        return std::nullopt;
    const Reader reader(text, style);
    for (int i = 0; i < reader.tokens().size(); ++i) {
        const auto p = reader.dateAt(i, false);
        if (!p)
            continue;
        const QDate date = reader.complete(*p);
        if (!date.isValid())
            continue;
        return Found{date, reader.startOf(*p), reader.endOf(*p), p->year != 0, p->weekday};
    }
    return std::nullopt;
}

std::optional<DateScan::Range> DateScan::rangeIn(QStringView text, const Style &style)
{
    if (!mayHoldDate(text))
        return std::nullopt;
    const Reader reader(text, style);
    const int n = int(reader.tokens().size());
    for (int i = 0; i < n; ++i) {
        for (const auto &first : {reader.dateAt(i, true), reader.dayOnlyAt(i)}) {
            if (!first)
                continue;
            const int s = reader.separatorAt(first->next);
            if (s < 0)
                continue;
            // A start without its month ("3-14 March") needs an end that opens with its day.
            if (!first->month && !reader.opensWithNumber(s))
                continue;
            std::optional<Partial> second = reader.dateAt(s, true);
            if (!second)
                second = reader.dayOnlyAt(s);
            if (!second)
                continue;
            Partial a = *first, b = *second;
            if (!b.month)
                b.month = a.month;
            if (!a.month)
                a.month = b.month;
            if (!a.year && b.year)
                a.year = a.month > b.month ? b.year - 1 : b.year;
            if (!b.year && a.year)
                b.year = b.month < a.month ? a.year + 1 : a.year;
            const QDate start = reader.complete(a);
            const QDate end = reader.complete(b);
            if (!start.isValid() || !end.isValid() || end < start || start.daysTo(end) > 366)
                continue;
            return Range{start, end};
        }
    }
    return std::nullopt;
}

bool DateScan::opensRange(QStringView textAfterDate)
{
    const Reader reader(textAfterDate, {});
    return reader.separatorAt(0) >= 0;
}

std::optional<DateScan::Length> DateScan::lengthIn(QStringView text)
{
    if (!hasDigit(text))
        return std::nullopt;
    const QList<Token> tokens = tokensOf(text);
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].kind != Token::Kind::Number || tokens[i].digits > 3 || tokens[i].value < 1)
            continue;
        // "2 weeks", "10 working days", "10 dias úteis", "10 días hábiles", "10 Arbeitstage".
        const QString &unit = tokens[i + 1].word;
        const QString after = i + 2 < tokens.size() ? tokens[i + 2].word : QString();
        Length length{tokens[i].value, Length::Unit::Days};
        if (unit.startsWith(u"week"_s) || unit.startsWith(u"semana"_s) ||
            unit.startsWith(u"semaine"_s) || unit.startsWith(u"woche"_s)) {
            length.unit = Length::Unit::Weeks;
        } else if (unit.startsWith(u"arbeitstag"_s) || unit.startsWith(u"werktag"_s) ||
                   ((unit == u"working" || unit == u"work" || unit == u"business") &&
                    after.startsWith(u"day"_s))) {
            length.unit = Length::Unit::WorkingDays;
        } else if (unit == u"day" || unit == u"days" || unit == u"dia" || unit == u"dias" ||
                   unit == u"jour" || unit == u"jours" || unit == u"tag" || unit == u"tage") {
            if (after.startsWith(u"ute"_s) || after.startsWith(u"util"_s) ||
                after.startsWith(u"habil"_s) || after.startsWith(u"ouvr"_s) ||
                after.startsWith(u"laborable"_s))
                length.unit = Length::Unit::WorkingDays;
        } else {
            continue;
        }
        return length;
    }
    return std::nullopt;
}

QDate DateScan::lastDay(QDate start, Length length)
{
    // A length never counts back before the start.
    const auto after = [start](int weekdays) { return addWeekdays(start, std::max(0, weekdays)); };
    const bool weekday = start.dayOfWeek() < 6;
    switch (length.unit) {
    case Length::Unit::Days:
        return start.addDays(length.count - 1);
    case Length::Unit::WorkingDays:
        return weekday ? after(length.count - 1) : start.addDays(length.count - 1);
    case Length::Unit::Weeks:
        // Sprints of weeks that start on a weekday end on the working day before that weekday.
        return weekday ? after(5 * length.count - 1)
                       : start.addDays(7 * length.count - 1);
    }
    return start;
}

bool DateScan::onlyDate(QStringView text, const Found &found)
{
    static const QSet<QString> dayWords = {
        u"standup"_s, u"stand"_s,   u"up"_s,  u"daily"_s,  u"scrum"_s,  u"meeting"_s, u"notes"_s,
        u"update"_s,  u"updates"_s, u"log"_s, u"report"_s, u"diario"_s, u"diaria"_s,  u"reuniao"_s,
        u"reunion"_s, u"de"_s,      u"del"_s, u"the"_s,    u"le"_s,     u"am"_s,      u"on"_s,
        u"journal"_s, u"bericht"_s, u"dia"_s, u"day"_s,    u"feira"_s,  u"st"_s,      u"nd"_s,
        u"rd"_s,      u"th"_s,      u"er"_s,  u"tag"_s,    u"jour"_s};
    for (const Token &t : tokensOf(text)) {
        if (t.kind != Token::Kind::Word || (t.start >= found.start && t.end <= found.end))
            continue;
        if (!dayWords.contains(t.word) && !names().weekday(t.word) && !names().month(t.word))
            return false;
    }
    return true;
}

DateScan::Label DateScan::labelOf(QStringView name)
{
    // Folded, without "Sprint", its number and markup: "Sprint 2 Duration" is a duration.
    QStringList words;
    for (const Token &t : tokensOf(name)) {
        if (t.kind == Token::Kind::Word && t.word != u"sprint")
            words.append(t.word);
    }
    // "Duración del Sprint", "Date de fin du sprint"
    while (!words.isEmpty() &&
           QStringList({u"del"_s, u"de"_s, u"da"_s, u"do"_s, u"du"_s, u"des"_s, u"of"_s, u"the"_s})
               .contains(words.last()))
        words.removeLast();
    const QString label = words.join(u' ');
    static const QHash<QString, Label> labels = {
        {u"start"_s, Label::Start},
        {u"started"_s, Label::Start},
        {u"start date"_s, Label::Start},
        {u"starts"_s, Label::Start},
        {u"begins"_s, Label::Start},
        {u"kickoff"_s, Label::Start},
        {u"from"_s, Label::Start},
        {u"data de inicio"_s, Label::Start},
        {u"inicio"_s, Label::Start},
        {u"fecha de inicio"_s, Label::Start},
        {u"fecha inicio"_s, Label::Start},
        {u"startdatum"_s, Label::Start},
        {u"beginn"_s, Label::Start},
        {u"start datum"_s, Label::Start},
        {u"date de debut"_s, Label::Start},
        {u"debut"_s, Label::Start},
        {u"end"_s, Label::End},
        {u"review"_s, Label::Review},
        {u"review date"_s, Label::Review},
        {u"ends"_s, Label::End},
        {u"end date"_s, Label::End},
        {u"to"_s, Label::End},
        {u"due"_s, Label::End},
        {u"due date"_s, Label::End},
        {u"deadline"_s, Label::End},
        {u"data de termino"_s, Label::End},
        {u"data de fim"_s, Label::End},
        {u"data final"_s, Label::End},
        {u"termino"_s, Label::End},
        {u"fim"_s, Label::End},
        {u"fecha de fin"_s, Label::End},
        {u"fecha fin"_s, Label::End},
        {u"fecha de finalizacion"_s, Label::End},
        {u"fecha de termino"_s, Label::End},
        {u"fin"_s, Label::End},
        {u"enddatum"_s, Label::End},
        {u"ende"_s, Label::End},
        {u"end datum"_s, Label::End},
        {u"date de fin"_s, Label::End},
        {u"dates"_s, Label::Span},
        {u"duration"_s, Label::Span},
        {u"period"_s, Label::Span},
        {u"timeline"_s, Label::Span},
        {u"periodo"_s, Label::Span},
        {u"duracao"_s, Label::Span},
        {u"duracion"_s, Label::Span},
        {u"fechas"_s, Label::Span},
        {u"datas"_s, Label::Span},
        {u"zeitraum"_s, Label::Span},
        {u"dauer"_s, Label::Span},
        {u"periode"_s, Label::Span},
        {u"duree"_s, Label::Span},
        {u"date"_s, Label::Document},
        {u"data"_s, Label::Document},
        {u"fecha"_s, Label::Document},
        {u"datum"_s, Label::Document},
        {u"report date"_s, Label::Document},
        {u"report generated"_s, Label::Document},
        {u"generated"_s, Label::Document},
        {u"last updated"_s, Label::Document},
        {u"updated"_s, Label::Document},
        {u"as of"_s, Label::Document},
        {u"completion date"_s, Label::Completed},
        {u"completed on"_s, Label::Completed},
        {u"date completed"_s, Label::Completed},
        {u"finished on"_s, Label::Completed},
        {u"data de conclusao"_s, Label::Completed},
        {u"fecha de cierre"_s, Label::Completed},
        {u"abgeschlossen am"_s, Label::Completed},
        {u"date de cloture"_s, Label::Completed},
    };
    return labels.value(label, Label::None);
}

int DateScan::monthNamed(QStringView word)
{
    return names().month(fold(word));
}

int DateScan::weekdayNamed(QStringView word)
{
    return names().weekday(fold(word));
}

} // namespace SprintDeck

#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace SprintDeck {

/** How one document writes its dates, decided once from its whole text. */
struct DateStyle
{
    bool dayFirst = false; ///< numeric dates such as 03/04/2025 are day first
    bool decided = false;  ///< a numeric date of the document can only be read one way
    QString ambiguous;     ///< a numeric date that reads both ways, when none decides
    int ambiguousLine = 0;
    QDate anchor;     ///< the document's first complete date: year-less dates are read near it
    QString yearless; ///< without an anchor: a date of the document that gives no year

    bool operator==(const DateStyle &) const = default;
};

/**
 * Reads the dates teams write in their documents, in English, Portuguese, Spanish, German and
 * French: ISO dates, numeric dates in the order the document uses, dates with a month's name
 * (full or abbreviated, with or without a weekday and a year), ranges whose two ends share a
 * month or a year ("March 3-14, 2025", "03.03.–14.03.2025") and lengths ("2 weeks").
 */
class DateScan
{
public:
    /** How one document writes its dates (a type of its own to serve as a default argument). */
    using Style = DateStyle;
    /** The style of a document: its numeric dates and its language decide the order. */
    static Style styleOf(QStringView document);

    struct Found
    {
        QDate date;
        qsizetype start = 0;
        qsizetype end = 0;
        bool yearGiven = true;
        int weekday = 0; ///< the weekday written with it (1 Monday to 7), 0 when none
    };
    /**
     * The first date of the text. A date without a year takes the year that puts it nearest the
     * style's anchor; without an anchor it is no date.
     */
    static std::optional<Found> dateIn(QStringView text, const Style &style = {});

    struct Range
    {
        QDate start;
        QDate end;
    };
    /** The first range of two dates in the text, each end completed from the other. */
    static std::optional<Range> rangeIn(QStringView text, const Style &style = {});

    /** True when the text after a date goes on to a range's end ("to TBD", "– …"). */
    static bool opensRange(QStringView textAfterDate);

    /** A sprint's length: "2 weeks", "10 working days", "3 semanas", "10 Arbeitstage". */
    struct Length
    {
        enum class Unit
        {
            Days,
            WorkingDays,
            Weeks
        };
        int count = 0;
        Unit unit = Unit::Days;
    };
    static std::optional<Length> lengthIn(QStringView text);
    /** The last day of a sprint of that length from `start` (weeks of a weekday start: working). */
    static QDate lastDay(QDate start, Length length);

    /**
     * True when the text holds nothing but the date at `found` and words that go with a day
     * ("Monday", "Standup", "Daily Scrum"): such a heading is a dated day.
     */
    static bool onlyDate(QStringView text, const Found &found);

    /** What the name of a field ("Start Date", "Data de Início", "Zeitraum") says it dates. */
    enum class Label
    {
        None,
        Start,     ///< the sprint's first day
        End,       ///< its last day
        Span,      ///< both, or a length ("Dates", "Duration", "Período")
        Document,  ///< the document's own date ("Date", "Last Updated", "Datum")
        Completed, ///< the day the sprint was finished ("Completion Date", "Abgeschlossen am")
        Review,    ///< the day of its review: its last day, unless its dates say otherwise
    };
    static Label labelOf(QStringView name);

    /** 1 to 12 for a month's name or abbreviation in any of the languages; 0 otherwise. */
    static int monthNamed(QStringView word);
    /** 1 (Monday) to 7 for a weekday's name or abbreviation; 0 otherwise. */
    static int weekdayNamed(QStringView word);
};

} // namespace SprintDeck

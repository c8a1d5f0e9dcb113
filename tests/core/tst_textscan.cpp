// The line scanners of the markdown importer. Most lines hold no date, estimate or priority, and
// the scanners pass them over without running a pattern; these cases sit at the edges of that.
#include "core/io/textscan.h"
#include "core/io/textscangrammar.h"
#include "tests/testpaths.h"

#include <QDirIterator>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

/** The lines of a file of the test corpus, and every text each line ends with. */
QStringList textsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        for (qsizetype from = 0; from < line.size(); ++from) {
            // Half a character is no text (and the patterns match none that holds one).
            if (!line.at(from).isLowSurrogate())
                texts.append(line.sliced(from));
        }
    }
    return texts;
}

/** Texts at the edges of the two grammars, beside the corpus. */
const QStringList kEdges = {
    u"in-progress"_s,
    u"In  Progress"_s,
    u"Code review pending"_s,
    u"abandoned undone"_s,
    u"2done"_s,
    u"_open"_s,
    u"\u00E9done"_s,
    u"completed."_s,
    u"TODO"_s,
    u"to-do"_s,
    u"On hold"_s,
    u"in\tprogress"_s,
    u"3 / 4 ( 75 % ) Tasks Done!"_s,
    u"1.5/2 days"_s,
    u"(5/8)"_s,
    u"5/8 (62% done"_s,
    u"v1.2.3/4"_s,
    u"1.2.3/4 then 2/3 left"_s,
    u"12./13"_s,
    u"7/9\u00A0files"_s,
    u"12 of 12"_s,
    u"007/010 Story\tPoints"_s,
    u"1/2/3 x"_s,
    u"4/5.6.7 y"_s,
    u"8 /9(10%)z"_s,
    u"1/2 (3.5%) a  b c"_s,
    u"0.5/ .5"_s,
};

QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(TestPaths::testData(), {u"*.md"_s, u"*.csv"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestTextScan : public QObject
{
    Q_OBJECT
private slots:
    void grammarCorpus_data()
    {
        QTest::addColumn<QStringList>("texts");
        const QStringList files = corpusFiles();
        QVERIFY(files.size() >= 7);
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << textsOf(file);
        QTest::newRow("edges") << kEdges;
    }

    // Each hand-written scanner answers as the pattern it is written from, for every text.
    void grammarCorpus()
    {
        QFETCH(QStringList, texts);
        QVERIFY(!texts.isEmpty());
        int statuses = 0, counts = 0;
        for (const QString &text : std::as_const(texts)) {
            // The scanner leaves the two letters that fold to ASCII ones to the pattern.
            if (!text.contains(u'\u017F') && !text.contains(u'\u212A')) {
                const auto scanned = TextScanGrammar::statusWordByScan(text);
                const auto matched = TextScanGrammar::statusWordByPattern(text);
                if (!(scanned == matched))
                    QFAIL(qPrintable(u"status word of \u201c%1\u201d: scanned %2 at %3, "
                                     u"pattern %4 at %5"_s.arg(text)
                                         .arg(scanned.kind)
                                         .arg(scanned.at)
                                         .arg(matched.kind)
                                         .arg(matched.at)));
                statuses += matched.at >= 0;
            }
            const auto scanned = TextScanGrammar::countByScan(text);
            const auto matched = TextScanGrammar::countByPattern(text);
            if (scanned != matched)
                QFAIL(qPrintable(
                    u"count of \u201c%1\u201d: scanned %2/%3 %4, pattern %5/%6 %7"_s.arg(text)
                        .arg(scanned ? scanned->done : -1)
                        .arg(scanned ? scanned->total : -1)
                        .arg(scanned ? scanned->unit : QString())
                        .arg(matched ? matched->done : -1)
                        .arg(matched ? matched->total : -1)
                        .arg(matched ? matched->unit : QString())));
            counts += matched.has_value();
        }
        // The corpus exercises both grammars, not only their misses.
        if (QTest::currentDataTag() == QByteArray("sprint4-daily-status.md")) {
            QVERIFY(statuses > 0);
            QVERIFY(counts > 0);
        }
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("day heading") << u"Day 2: January 14, 2025"_s << QDate(2025, 1, 14);
        QTest::newRow("iso") << u"Standup 2025-01-07"_s << QDate(2025, 1, 7);
        QTest::newRow("iso after a word") << u"due:2025-03-04"_s << QDate(2025, 3, 4);
        QTest::newRow("day first") << u"7th Jan 2025"_s << QDate(2025, 1, 7);
        QTest::newRow("abbreviation with a dot") << u"(Sept. 3, 2025)"_s << QDate(2025, 9, 3);
        QTest::newRow("capitals") << u"MARCH 3, 2025"_s << QDate(2025, 3, 3);
        QTest::newRow("after a tab") << u"Review:\tDec 1 2025"_s << QDate(2025, 12, 1);
        QTest::newRow("not ASCII") << u"\u2705 Day 3: February 2, 2025"_s << QDate(2025, 2, 2);
        QTest::newRow("the earliest of two") << u"May 2, 2025 to 2025-05-01"_s << QDate(2025, 5, 2);
        QTest::newRow("story heading")
            << u"STORY-1234: Feature number 1234 (3 points)"_s << QDate();
        QTest::newRow("month inside a word") << u"Summary 2025 remarks 12"_s << QDate();
        QTest::newRow("five digits before the hyphen") << u"Ticket 12025-01-07"_s << QDate();
        QTest::newRow("no year") << u"January 14"_s << QDate();
        QTest::newRow("invalid day") << u"February 30, 2025"_s << QDate();
        // Month names of other languages, full and abbreviated, as QLocale writes them.
        QTest::newRow("portuguese") << u"3 de março de 2025"_s << QDate(2025, 3, 3);
        QTest::newRow("portuguese abbreviated")
            << u"Entrega: 14 out. 2025"_s << QDate(2025, 10, 14);
        QTest::newRow("spanish") << u"lunes, 9 de septiembre de 2023"_s << QDate(2023, 9, 9);
        QTest::newRow("spanish abbreviated") << u"sáb 3 ene 2026"_s << QDate(2026, 1, 3);
        QTest::newRow("german") << u"Montag, 3. März 2025"_s << QDate(2025, 3, 3);
        QTest::newRow("german without umlaut") << u"3. Marz 2025"_s << QDate(2025, 3, 3);
        QTest::newRow("french") << u"1er décembre 2025"_s << QDate(2025, 12, 1);
        QTest::newRow("french abbreviated") << u"le 14 févr. 2025"_s << QDate(2025, 2, 14);
        QTest::newRow("english ordinal") << u"the 3rd of March, 2025"_s << QDate(2025, 3, 3);
        QTest::newRow("jira") << u"17/mar/25 9:05 AM"_s << QDate(2025, 3, 17);
        // Numeric dates: dots are day first; slashes read one way when only one way is valid.
        QTest::newRow("dotted") << u"Datum: 13.03.2024"_s << QDate(2024, 3, 13);
        QTest::newRow("slashes, only day first") << u"14/03/25"_s << QDate(2025, 3, 14);
        QTest::newRow("slashes, only month first") << u"03/14/2025"_s << QDate(2025, 3, 14);
        QTest::newRow("ambiguous, month first by default") << u"03/04/2025"_s << QDate(2025, 3, 4);
        QTest::newRow("version") << u"v1.2.2025"_s << QDate();
        QTest::newRow("address") << u"10.12.20.25"_s << QDate();
        QTest::newRow("count") << u"3/4 tasks"_s << QDate();
        QTest::newRow("ambiguous month word") << u"3 out of 5 done in 2025"_s << QDate();
    }

    void datesInStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dayFirst");
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QDate>("date");
        QTest::newRow("day first") << u"03/04/2025"_s << true << QDate() << QDate(2025, 4, 3);
        QTest::newRow("month first") << u"03/04/2025"_s << false << QDate() << QDate(2025, 3, 4);
        QTest::newRow("no year, near the anchor")
            << u"### Wednesday, March 5"_s << false << QDate(2025, 3, 3) << QDate(2025, 3, 5);
        QTest::newRow("no year, over new year")
            << u"Dec 29"_s << false << QDate(2026, 1, 5) << QDate(2025, 12, 29);
        QTest::newRow("no year, french weekday")
            << u"Lundi 16 Novembre"_s << true << QDate(2020, 11, 1) << QDate(2020, 11, 16);
        QTest::newRow("no year, no anchor") << u"Monday, July 2"_s << false << QDate() << QDate();
        QTest::newRow("time is no year")
            << u"May 1, 11:59 PM"_s << false << QDate(2025, 4, 14) << QDate(2025, 5, 1);
    }

    void datesInStyle()
    {
        QFETCH(QString, text);
        QFETCH(bool, dayFirst);
        QFETCH(QDate, anchor);
        QFETCH(QDate, date);
        DateScan::Style style;
        style.dayFirst = dayFirst;
        style.anchor = anchor;
        const auto found = DateScan::dateIn(text, style);
        QCOMPARE(found ? found->date : QDate(), date);
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        const QDate march3(2025, 3, 3), march14(2025, 3, 14);
        QTest::newRow("one month") << u"March 3-14, 2025"_s << march3 << march14;
        QTest::newRow("two months")
            << u"April 28 - May 9, 2025"_s << QDate(2025, 4, 28) << QDate(2025, 5, 9);
        QTest::newRow("month twice")
            << u"June 2 - June 13, 2025"_s << QDate(2025, 6, 2) << QDate(2025, 6, 13);
        QTest::newRow("in a sprint's name")
            << u"Sprint 5 (June 2-13, 2025)"_s << QDate(2025, 6, 2) << QDate(2025, 6, 13);
        QTest::newRow("iso arrow") << u"2025-03-03 → 2025-03-14"_s << march3 << march14;
        QTest::newRow("iso to") << u"2025-03-03 to 2025-03-14"_s << march3 << march14;
        QTest::newRow("day first, en dash") << u"3 Mar – 14 Mar 2025"_s << march3 << march14;
        QTest::newRow("days first") << u"3-14 March 2025"_s << march3 << march14;
        QTest::newRow("german dotted") << u"03.03.–14.03.2025"_s << march3 << march14;
        QTest::newRow("german days") << u"3.–14. März 2025"_s << march3 << march14;
        QTest::newRow("german bis") << u"vom 3. März bis 14. März 2025"_s << march3 << march14;
        QTest::newRow("portuguese")
            << u"18/07/2022 a 24/07/2022"_s << QDate(2022, 7, 18) << QDate(2022, 7, 24);
        QTest::newRow("portuguese names") << u"de 3 a 14 de março de 2025"_s << march3 << march14;
        QTest::newRow("spanish") << u"del 3 al 14 de marzo de 2025"_s << march3 << march14;
        QTest::newRow("spanish weekdays over new year")
            << u"dom 28 dic → sáb 3 ene 2026"_s << QDate(2025, 12, 28) << QDate(2026, 1, 3);
        QTest::newRow("french") << u"25 août 2025 - 1er novembre 2025"_s << QDate(2025, 8, 25)
                                << QDate(2025, 11, 1);
        QTest::newRow("french au") << u"du 3 au 14 mars 2025"_s << march3 << march14;
        QTest::newRow("french jusqu'au")
            << u"du lundi 3 mars jusqu\u2019au vendredi 14 mars 2025"_s << march3 << march14;
        QTest::newRow("week numbers first")
            << u"Week 5-6 (Dec 2 - Dec 13, 2025)"_s << QDate(2025, 12, 2) << QDate(2025, 12, 13);
        QTest::newRow("a day and a date") << u"Day 3 - March 14, 2025"_s << QDate() << QDate();
        QTest::newRow("a sprint and a date") << u"Sprint 3 - 14 March 2025"_s << QDate() << QDate();
        QTest::newRow("open end") << u"2025-12-02 to TBD"_s << QDate() << QDate();
        QTest::newRow("backwards") << u"March 14 - March 3, 2025"_s << QDate() << QDate();
    }

    void ranges()
    {
        QFETCH(QString, text);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const auto range = DateScan::rangeIn(text);
        QCOMPARE(range ? range->start : QDate(), start);
        QCOMPARE(range ? range->end : QDate(), end);
    }

    void lengths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("last");
        const QDate monday(2025, 3, 3);
        QTest::newRow("weeks from a monday") << u"2 weeks"_s << monday << QDate(2025, 3, 14);
        QTest::newRow("weeks from a wednesday")
            << u"2 weeks"_s << QDate(2025, 3, 5) << QDate(2025, 3, 18);
        QTest::newRow("weeks from a sunday")
            << u"1 week"_s << QDate(2025, 10, 12) << QDate(2025, 10, 18);
        QTest::newRow("working days") << u"10 working days"_s << monday << QDate(2025, 3, 14);
        QTest::newRow("days") << u"14 days (2 weeks)"_s << monday << QDate(2025, 3, 16);
        QTest::newRow("portuguese") << u"7 dias"_s << QDate(2022, 7, 18) << QDate(2022, 7, 24);
        QTest::newRow("portuguese working") << u"10 dias úteis"_s << monday << QDate(2025, 3, 14);
        QTest::newRow("spanish") << u"2 semanas"_s << monday << QDate(2025, 3, 14);
        QTest::newRow("german") << u"10 Arbeitstage"_s << monday << QDate(2025, 3, 14);
        QTest::newRow("french") << u"2 semaines"_s << monday << QDate(2025, 3, 14);
        QTest::newRow("hours") << u"2 hours"_s << monday << QDate();
    }

    void lengths()
    {
        QFETCH(QString, text);
        QFETCH(QDate, start);
        QFETCH(QDate, last);
        const auto length = DateScan::lengthIn(text);
        QCOMPARE(length ? DateScan::lastDay(start, *length) : QDate(), last);
    }

    void styles_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("dayFirst");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<QString>("ambiguous");
        QTest::addColumn<QDate>("anchor");
        QTest::newRow("a date only day first decides")
            << u"# Standup\n\n- 03/04/2025\n- 14/04/2025\n"_s << true << true << QString()
            << QDate(2025, 4, 3);
        QTest::newRow("a date only month first decides")
            << u"The plan for 03/04/2025 and 03/14/2025.\n"_s << false << true << QString()
            << QDate(2025, 3, 4);
        QTest::newRow("english, undecided")
            << u"The review is on 03/04/2025 with the team.\n"_s << false << false
            << u"03/04/2025"_s << QDate(2025, 3, 4);
        QTest::newRow("portuguese, undecided")
            << u"A revisão da sprint é em 03/04/2025 com o time e os clientes.\n"_s << true << false
            << u"03/04/2025"_s << QDate(2025, 4, 3);
        QTest::newRow("anchor from a range") << u"Intro\n**Dates:** March 3-14, 2025\n"_s << false
                                             << false << QString() << QDate(2025, 3, 3);
        // Found by the fuzzer: digits run on far past any int (undefined behaviour before).
        QTest::newRow("a long run of digits")
            << u"Build 66666666666666666666/12/2025 and 12/66666666666666666666/2025\n"_s << false
            << false << QString() << QDate();
    }

    void styles()
    {
        QFETCH(QString, document);
        QFETCH(bool, dayFirst);
        QFETCH(bool, decided);
        QFETCH(QString, ambiguous);
        QFETCH(QDate, anchor);
        const DateScan::Style style = DateScan::styleOf(document);
        QCOMPARE(style.dayFirst, dayFirst);
        QCOMPARE(style.decided, decided);
        QCOMPARE(style.ambiguous, ambiguous);
        QCOMPARE(style.anchor, anchor);
    }

    void labels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("label");
        QTest::newRow("start") << u"Start Date"_s << int(DateScan::Label::Start);
        QTest::newRow("sprint start") << u"Sprint Start"_s << int(DateScan::Label::Start);
        QTest::newRow("portuguese") << u"Data de Início"_s << int(DateScan::Label::Start);
        QTest::newRow("spanish end") << u"Fecha de Finalización"_s << int(DateScan::Label::End);
        QTest::newRow("german end") << u"Enddatum"_s << int(DateScan::Label::End);
        QTest::newRow("french start") << u"Date de début"_s << int(DateScan::Label::Start);
        QTest::newRow("numbered duration") << u"Sprint 2 Duration"_s << int(DateScan::Label::Span);
        QTest::newRow("spanish duration") << u"Duración del Sprint"_s << int(DateScan::Label::Span);
        QTest::newRow("german span") << u"Zeitraum"_s << int(DateScan::Label::Span);
        QTest::newRow("french span") << u"Période"_s << int(DateScan::Label::Span);
        QTest::newRow("document") << u"Last Updated"_s << int(DateScan::Label::Document);
        QTest::newRow("german document") << u"Datum"_s << int(DateScan::Label::Document);
        QTest::newRow("sprint review") << u"Sprint Review"_s << int(DateScan::Label::Review);
        QTest::newRow("review date") << u"Review Date"_s << int(DateScan::Label::Review);
        QTest::newRow("retrospective") << u"Sprint Retrospective"_s << int(DateScan::Label::None);
        QTest::newRow("other") << u"Assignee"_s << int(DateScan::Label::None);
    }

    void labels()
    {
        QFETCH(QString, name);
        QFETCH(int, label);
        QCOMPARE(int(DateScan::labelOf(name)), label);
    }

    void days_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::addColumn<QDate>("date");
        const QDate anchor(2025, 3, 3);
        QTest::newRow("numbered") << u"Day 2: January 14, 2025"_s << 2 << QDate(2025, 1, 14);
        QTest::newRow("plan day without year")
            << u"Day 3: Wednesday, March 5"_s << 3 << QDate(2025, 3, 5);
        QTest::newRow("plan day without date") << u"Day 4: Payments"_s << 4 << QDate();
        QTest::newRow("a day named later") << u"Notes on Day 4"_s << 0 << QDate();
        QTest::newRow("a version") << u"Tag 2.0 release"_s << 0 << QDate();
        QTest::newRow("weekday heading") << u"Monday, March 3"_s << -1 << anchor;
        QTest::newRow("iso heading") << u"2025-03-05"_s << -1 << QDate(2025, 3, 5);
        QTest::newRow("standup heading") << u"Standup – 05/03/2025"_s << -1 << QDate(2025, 3, 5);
        QTest::newRow("german heading") << u"Tagesbericht Mittwoch, 5. März"_s << 0 << QDate();
        QTest::newRow("portuguese heading")
            << u"Reunião diária – quarta-feira, 5 de março"_s << -1 << QDate(2025, 3, 5);
        QTest::newRow("a date in a title") << u"Release on March 5"_s << 0 << QDate();
    }

    void days()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QFETCH(QDate, date);
        DateScan::Style style;
        style.dayFirst = true; // "05/03/2025" in a document written day first
        style.anchor = QDate(2025, 3, 3);
        QDate found;
        QCOMPARE(TextScan::dayNumber(text, &found, style), number);
        if (number != 0)
            QCOMPARE(found, date);
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(TextScan::dateIn(text).value_or(QDate()), date);
    }

    void estimates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("estimate");
        QTest::addColumn<QString>("rest");
        QTest::newRow("hours") << u"Set up CI [8-12 hours]"_s << u"8-12 hours"_s << u"Set up CI"_s;
        QTest::newRow("days in parentheses")
            << u"Write docs (3 d)"_s << u"3 d"_s << u"Write docs"_s;
        QTest::newRow("spaces after") << u"Refactor (2h) \t"_s << u"2h"_s << u"Refactor"_s;
        QTest::newRow("a no-break space after")
            << u"Refactor [1.5 days]\u00A0"_s << QString() << u"Refactor [1.5 days]"_s;
        QTest::newRow("not at the end")
            << u"Refactor (2h) later"_s << QString() << u"Refactor (2h) later"_s;
        QTest::newRow("no bracket") << u"Refactor 2h"_s << QString() << u"Refactor 2h"_s;
        QTest::newRow("a bracket without a number")
            << u"Refactor (soon)"_s << QString() << u"Refactor (soon)"_s;
    }

    void estimates()
    {
        QFETCH(QString, text);
        QFETCH(QString, estimate);
        QFETCH(QString, rest);
        QString left;
        QCOMPARE(TextScan::estimateIn(text, &left), estimate);
        QCOMPARE(left, rest);
    }

    void priorities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("priority");
        QTest::newRow("numbered") << u"Bugs (P2)"_s << 2;
        QTest::newRow("numbered, late in the text") << u"Stories for the release: P4"_s << 4;
        QTest::newRow("not a priority number") << u"P5 stories"_s << 0;
        QTest::newRow("lower case is no priority") << u"p2 stories"_s << 0;
        QTest::newRow("part of a word") << u"AP1 gateway"_s << 0;
        QTest::newRow("named") << u"High priority"_s << 2;
        QTest::newRow("named after markers") << u"\U0001F525 **Critical** fixes"_s << 1;
        QTest::newRow("lowest") << u"lowest"_s << 4;
        QTest::newRow("a longer word") << u"Highlights"_s << 0;
        QTest::newRow("named later") << u"Stories of high priority"_s << 0;
        QTest::newRow("nothing") << u"Completed tasks"_s << 0;
    }

    void priorities()
    {
        QFETCH(QString, text);
        QFETCH(int, priority);
        QCOMPARE(TextScan::priorityIn(text), priority);
    }

    void storyTitles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::newRow("colon") << u"FIX-003: Test Suite Stabilization (4 points) - **COMPLETED**"_s
                               << u"FIX-003"_s << u"Test Suite Stabilization"_s;
        QTest::newRow("en dash") << u"STORY-7 \u2013 Login page (2 points)"_s << u"STORY-7"_s
                                 << u"Login page"_s;
        QTest::newRow("bar and tab")
            << u"STORY-8 |\tExport (1 point)"_s << u"STORY-8"_s << u"Export"_s;
        QTest::newRow("two separators")
            << u"STORY-9: - Import (3 points)"_s << u"STORY-9"_s << u"- Import"_s;
        QTest::newRow("marker before the key")
            << u"\u2705 STORY-10: Charts - DONE"_s << u"STORY-10"_s << u"Charts"_s;
        QTest::newRow("dotted key")
            << u"API-3.2: Rate limits (3 points)"_s << u"API-3.2"_s << u"Rate limits"_s;
        QTest::newRow("one letter")
            << u"T-12: Onboarding tour (3 points) DONE"_s << u"T-12"_s << u"Onboarding tour"_s;
        QTest::newRow("item") << u"Item 7: Dark mode (2 points) (done)"_s << u"ITEM-7"_s
                              << u"Dark mode"_s;
        QTest::newRow("number") << u"#42: Keyboard shortcuts - IN PROGRESS"_s << u"#42"_s
                                << u"Keyboard shortcuts"_s;
        QTest::newRow("status after a marker")
            << u"US-5: Search (5 points) \u2705 COMPLETED"_s << u"US-5"_s << u"Search"_s;
        QTest::newRow("status in brackets")
            << u"US-6: Filters [DONE] (2 points)"_s << u"US-6"_s << u"Filters"_s;
        QTest::newRow("implemented") << u"US-7: Export - IMPLEMENTED"_s << u"US-7"_s << u"Export"_s;
        QTest::newRow("a tracker's word after a dash")
            << u"US-8: Reports - Accepted"_s << u"US-8"_s << u"Reports"_s;
        QTest::newRow("a new backlog story")
            << u"US-44: Cash Flow Gap Detection - NEW BACKLOG STORY"_s << u"US-44"_s
            << u"Cash Flow Gap Detection"_s;
        QTest::newRow("new in a title")
            << u"US-9: New invoice - Done"_s << u"US-9"_s << u"New invoice"_s;
    }

    void storyPoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("points");
        QTest::addColumn<QString>("status");
        QTest::newRow("brackets") << u"US-1: Login [3 pts]"_s << 3.0 << QString();
        QTest::newRow("with hours") << u"US-2: Login (2 pts, 2 hours)"_s << 2.0 << QString();
        QTest::newRow("after a dash") << u"US-3: Login - 5 points"_s << 5.0 << QString();
        QTest::newRow("between dashes")
            << u"Story 1: App shell - 5 SP - \u2B1C Not Started"_s << 5.0 << TextScan::toDo();
        QTest::newRow("a tracker's status")
            << u"US-4: Login - 1 point - Accepted"_s << 1.0 << TextScan::done();
    }

    void storyPoints()
    {
        QFETCH(QString, text);
        QFETCH(double, points);
        QFETCH(QString, status);
        const auto story = TextScan::story(text, false);
        QVERIFY(story);
        QCOMPARE(story->points, std::optional<double>(points));
        QCOMPARE(story->status, status);
    }

    void numberOfASprintIsNoKey()
    {
        const auto story = TextScan::story(u"Sprint #2 (10 points)"_s, true);
        QVERIFY(story);
        QCOMPARE(story->key, QString());
    }

    void storyReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("status");
        QTest::newRow("completed") << u"Completed story 004-002 (Login Form) \u2705"_s
                                   << u"004-002"_s << u"Login Form"_s << TextScan::done();
        QTest::newRow("started") << u"Started story 004-003 (Search)"_s << u"004-003"_s
                                 << u"Search"_s << TextScan::inProgress();
        QTest::newRow("asked for a review, no status")
            << u"Review story 004-003 test plan"_s << u"004-003"_s << QString() << QString();
        QTest::newRow("named before the key") << u"Decision: Billing story (004-009) may slip"_s
                                              << u"004-009"_s << u"Billing"_s << QString();
        QTest::newRow("a letter key")
            << u"Paired on story SHOP-12 (Cart)"_s << u"SHOP-12"_s << u"Cart"_s << QString();
    }

    void storyReferences()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, title);
        QFETCH(QString, status);
        const auto s = TextScan::storyReference(text);
        QVERIFY(s);
        QCOMPARE(s->key, key);
        QCOMPARE(s->title, title);
        QCOMPARE(s->status, status);
    }

    void noStoryReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no key") << u"Moved 4 completed stories to the right folder"_s;
        QTest::newRow("a key without the word") << u"Talked about PAY-99 with the bank"_s;
        QTest::newRow("a story count") << u"Stories Completed: 4 / 8 (50%)"_s;
    }

    void noStoryReferences()
    {
        QFETCH(QString, text);
        QVERIFY(!TextScan::storyReference(text));
    }

    void keys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("dashed") << u"US-104"_s << u"US-104"_s;
        QTest::newRow("dotted") << u"API-3.2"_s << u"API-3.2"_s;
        QTest::newRow("one letter") << u"T-12"_s << u"T-12"_s;
        QTest::newRow("in bold") << u"**SCORE-001**"_s << u"SCORE-001"_s;
        QTest::newRow("in brackets") << u"[User Story 1]"_s << u"STORY-1"_s;
        QTest::newRow("number") << u"#42"_s << u"#42"_s;
        QTest::newRow("number after letters") << u"US#29"_s << u"US#29"_s;
        QTest::newRow("joined") << u"us10"_s << u"US10"_s;
        QTest::newRow("item") << u"Item 7"_s << u"ITEM-7"_s;
        QTest::newRow("spanish task") << u"Tarea #1"_s << u"TAREA-1"_s;
        QTest::newRow("numbers") << u"002-001"_s << u"002-001"_s;
        QTest::newRow("underscores") << u"T_SPR_Mod"_s << u"T_SPR_Mod"_s;
        QTest::newRow("user story with a space") << u"[US 5]"_s << u"US-5"_s;
        QTest::newRow("sprint is no key") << u"Sprint 4"_s << QString();
        QTest::newRow("a title") << u"Login page"_s << QString();
        QTest::newRow("a sentence with a key") << u"US-1 and US-2"_s << QString();
    }

    void keys()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(TextScan::keyOf(text), key);
    }

    void titles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("marker and capitals") << u"Login \u2705 COMPLETED"_s << u"Login"_s;
        QTest::newRow("brackets at the end") << u"Login [DONE]"_s << u"Login"_s;
        QTest::newRow("brackets first") << u"(done) Login"_s << u"Login"_s;
        QTest::newRow("after a dash") << u"Login - IMPLEMENTED"_s << u"Login"_s;
        QTest::newRow("capitals first") << u"DONE Login"_s << u"Login"_s;
        QTest::newRow("another language") << u"Cadastro (Concluído)"_s << u"Cadastro"_s;
        QTest::newRow("a tracker word stays in capitals") << u"Set up QA"_s << u"Set up QA"_s;
        QTest::newRow("a word of the title")
            << u"Review checkout flow"_s << u"Review checkout flow"_s;
        QTest::newRow("only a status") << u"DONE"_s << u"DONE"_s;
    }

    void titles()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(TextScan::titleOf(text), title);
    }

    void statusCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("marker") << u"\u2705 Done"_s << TextScan::done() << false;
        QTest::newRow("marker against the word")
            << u"\u274C Not Done"_s << TextScan::toDo() << false;
        QTest::newRow("not done") << u"Not Done"_s << TextScan::toDo() << false;
        QTest::newRow("portuguese") << u"Concluída"_s << TextScan::done() << false;
        QTest::newRow("portuguese denied") << u"Não concluída"_s << TextScan::toDo() << false;
        QTest::newRow("portuguese in progress")
            << u"Em andamento"_s << TextScan::inProgress() << false;
        QTest::newRow("spanish") << u"Hecho"_s << TextScan::done() << false;
        QTest::newRow("spanish to do") << u"Por hacer"_s << TextScan::toDo() << false;
        QTest::newRow("german in brackets") << u"[Erledigt]"_s << TextScan::done() << false;
        QTest::newRow("german in progress")
            << u"In Bearbeitung"_s << TextScan::inProgress() << false;
        QTest::newRow("french") << u"Terminé"_s << TextScan::done() << false;
        QTest::newRow("french capitals") << u"TERMINÉE"_s << TextScan::done() << false;
        QTest::newRow("french to do") << u"À faire"_s << TextScan::toDo() << false;
        QTest::newRow("a tracker word") << u"Pronto"_s << TextScan::done() << false;
        QTest::newRow("blocked") << u"Bloqueado"_s << QString() << true;
        QTest::newRow("deferred despite a marker")
            << u"\u2705 Added to backlog (deferred to Sprint 5+)"_s << TextScan::toDo() << false;
        QTest::newRow("a letter missing") << u"[In progres]"_s << TextScan::inProgress() << false;
        QTest::newRow("a letter off") << u"Complted"_s << TextScan::done() << false;
        QTest::newRow("a short word is not guessed") << u"Cloned"_s << u"Cloned"_s << false;
        QTest::newRow("the part it is about")
            << u"[BackEnd Vollendet]"_s << TextScan::done() << false;
        QTest::newRow("the part denied") << u"[nicht fertig]"_s << TextScan::toDo() << false;
        QTest::newRow("hedged") << u"Teilweise vollendet"_s << u"Teilweise vollendet"_s << false;
        QTest::newRow("waiting and pending") << u"\u23F3 Pending"_s << TextScan::toDo() << false;
        QTest::newRow("waiting alone") << u"\u23F3"_s << TextScan::inProgress() << false;
        QTest::newRow("the source's own word") << u"**Stretch**"_s << u"Stretch"_s << false;
        QTest::newRow("nothing") << u"-"_s << QString() << false;
    }

    void statusCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(bool, blocked);
        bool isBlocked = !blocked;
        QCOMPARE(TextScan::statusOf(text, &isBlocked), status);
        QCOMPARE(isBlocked, blocked);
    }

    void storyTitles()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, title);
        const auto story = TextScan::story(text, true);
        QVERIFY(story);
        QCOMPARE(story->key, key);
        QCOMPARE(story->title, title);
    }
    void statuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("capitals in bold") << u" - **COMPLETED**"_s << TextScan::done() << false;
        QTest::newRow("hyphenated") << u"in-progress"_s << TextScan::inProgress() << false;
        QTest::newRow("two spaces are not one") << u"In  Progress"_s << QString() << false;
        QTest::newRow("the earlier word") << u"review, then done"_s << TextScan::review() << false;
        QTest::newRow("two words at one place")
            << u"Code review pending"_s << TextScan::review() << false;
        QTest::newRow("inside a word") << u"abandoned undone"_s << QString() << false;
        QTest::newRow("after a digit") << u"2done"_s << QString() << false;
        QTest::newRow("after an underscore") << u"_open"_s << QString() << false;
        QTest::newRow("after a letter that is not ASCII")
            << u"\u00E9done"_s << TextScan::done() << false;
        QTest::newRow("longest first") << u"completed."_s << TextScan::done() << false;
        QTest::newRow("to do without a space") << u"TODO"_s << TextScan::toDo() << false;
        QTest::newRow("blocked") << u"On hold"_s << QString() << true;
        QTest::newRow("blocked with a marker first")
            << u"\u2705 blocked"_s << TextScan::done() << false;
        QTest::newRow("word before a marker") << u"blocked \u2705"_s << TextScan::done() << true;
        QTest::newRow("long s folds to s") << u"clo\u017Fed"_s << TextScan::done() << false;
        QTest::newRow("Kelvin sign folds to k") << u"bloc\u212Aed"_s << QString() << true;
        QTest::newRow("nothing") << u"Sprint progress"_s << QString() << false;
        QTest::newRow("a word beyond ASCII")
            << u"Status: concluído."_s << TextScan::done() << false;
        QTest::newRow("ending beyond ASCII")
            << u"tout est terminé ici"_s << TextScan::done() << false;
        QTest::newRow("upper case beyond ASCII") << u"CONCLUÍDO"_s << TextScan::done() << false;
        QTest::newRow("not a word of its own") << u"terminées"_s << QString() << false;
    }

    void statuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(bool, blocked);
        bool isBlocked = !blocked;
        QCOMPARE(TextScan::statusIn(text, &isBlocked), status);
        QCOMPARE(isBlocked, blocked);
    }

    void markers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Daily Goal"_s << u"Daily Goal"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("emoji") << u"\U0001F3AF Daily Goal"_s << u"Daily Goal"_s;
        QTest::newRow("marker with a variation selector") << u"Done \u2705\uFE0F"_s << u"Done"_s;
        QTest::newRow("spaces at the ends") << u" Daily Goal "_s << u"Daily Goal"_s;
        QTest::newRow("two spaces") << u"Daily  Goal"_s << u"Daily Goal"_s;
        QTest::newRow("a tab") << u"Daily\tGoal"_s << u"Daily Goal"_s;
        QTest::newRow("a no-break space") << u"Daily\u00A0Goal"_s << u"Daily Goal"_s;
        QTest::newRow("an em space") << u"Daily\u2003Goal"_s << u"Daily Goal"_s;
        QTest::newRow("letters beyond ASCII")
            << u"R\u00E9sum\u00E9 \u00FCber"_s << u"R\u00E9sum\u00E9 \u00FCber"_s;
    }

    void markers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        // The string and the view forms agree.
        QCOMPARE(TextScan::withoutMarkers(text), expected);
        QCOMPARE(TextScan::withoutMarkers(QStringView(text)), expected);
    }

    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addColumn<double>("done");
        QTest::addColumn<double>("total");
        QTest::addColumn<QString>("unit");
        QTest::newRow("tests") << u"Tests: 12/12 passing \u2705"_s << true << 12.0 << 12.0
                               << u"passing"_s;
        QTest::newRow("spaces, a percentage and two words")
            << u"3 / 4 ( 75 % ) Tasks Done!"_s << true << 3.0 << 4.0 << u"tasks done"_s;
        QTest::newRow("decimals") << u"1.5/2 days"_s << true << 1.5 << 2.0 << u"days"_s;
        QTest::newRow("no unit") << u"(5/8)"_s << true << 5.0 << 8.0 << QString();
        QTest::newRow("a percentage without its parenthesis")
            << u"5/8 (62% done"_s << true << 5.0 << 8.0 << QString();
        QTest::newRow("a version is not a count")
            << u"v1.2.3/4"_s << false << 0.0 << 0.0 << QString();
        QTest::newRow("the second count when the first is not one")
            << u"1.2.3/4 then 2/3 left"_s << true << 2.0 << 3.0 << u"left"_s;
        QTest::newRow("a number ending in a dot")
            << u"12./13"_s << false << 0.0 << 0.0 << QString();
        QTest::newRow("a no-break space ends the count")
            << u"7/9\u00A0files"_s << true << 7.0 << 9.0 << QString();
        QTest::newRow("no slash") << u"12 of 12"_s << false << 0.0 << 0.0 << QString();
        QTest::newRow("long numbers") << u"1234567890/99999999999 Bytes"_s << true << 1234567890.0
                                      << 99999999999.0 << u"bytes"_s;
        QTest::newRow("leading zeros and a tab between the words")
            << u"007/010 Story\tPoints"_s << true << 7.0 << 10.0 << u"story\tpoints"_s;
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        const auto count = TextScan::countIn(text);
        QCOMPARE(count.has_value(), found);
        if (!found)
            return;
        QFETCH(double, done);
        QFETCH(double, total);
        QFETCH(QString, unit);
        QCOMPARE(count->done, done);
        QCOMPARE(count->total, total);
        QCOMPARE(count->unit, unit);
    }
};

QTEST_GUILESS_MAIN(TestTextScan)
#include "tst_textscan.moc"

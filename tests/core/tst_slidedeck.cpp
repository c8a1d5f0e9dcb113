#include "tests/core/reviewfixture.h"
#include "tests/testpaths.h"
#include "tests/zipentries.h"

#include "core/board/board.h"
#include "core/board/flowanalytics.h"
#include "core/slides/chartpainter.h"
#include "core/slides/deckbuilder.h"
#include "core/slides/pdfdeckwriter.h"
#include "core/slides/pptxchart.h"
#include "core/slides/pptxwriter.h"
#include "core/slides/reviewdata.h"
#include "core/slides/reviewnotes.h"
#include "core/slides/slidelayout.h"
#include "core/slides/slidetheme.h"
#include "core/slides/textfitter.h"
#include "core/storage/standupstore.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using SprintDeck::TestZip::unzip;
using namespace SprintDeck;

namespace {

QString xmlError(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

QList<DeckSection> sectionsOf(const Deck &deck)
{
    QList<DeckSection> list;
    for (const SlideContent &c : deck.slides)
        list.append(c.section);
    return list;
}

} // namespace

class TestSlideDeck : public QObject
{
    Q_OBJECT
private slots:
    void notesFromCompletionReport()
    {
        QFile file(TestPaths::testData() + u"/sprint-review-notes.md"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReviewNotes notes = ReviewNotes::fromMarkdown(QString::fromUtf8(file.readAll()));
        QCOMPARE(notes.items(ReviewNotes::Field::WentWell).size(), 7);
        QCOMPARE(notes.items(ReviewNotes::Field::WentWell).first(),
                 u"Complete infrastructure delivered on time"_s);
        QCOMPARE(notes.items(ReviewNotes::Field::Challenges).size(), 4);
        QCOMPARE(notes.items(ReviewNotes::Field::Learnings).size(), 5);
        QCOMPARE(notes.items(ReviewNotes::Field::Improvements).size(), 4);
        const QStringList next = notes.items(ReviewNotes::Field::NextSprint);
        QVERIFY(next.contains(u"Story 2.1: Worker Management API (8 SP)"_s));
        QVERIFY(next.contains(u"Sprint 2 Focus: Backend API Implementation"_s));
    }

    void notesAndSettingsRoundTrip()
    {
        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.notes = false;
        spec.previousSprints = 0;
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        ReviewNotesStore store(fixture.board().database());
        auto empty = store.load(fixture.sprintId());
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
        QVERIFY(!empty->updatedAt.isValid());

        ReviewNotes notes;
        notes.sprintId = fixture.sprintId();
        notes.wentWell = u"- Fast reviews\n- Good pairing\n\n"_s;
        notes.nextSprint = u"1. Carry over first"_s;
        const Status saved = store.save(notes);
        QVERIFY2(saved, qPrintable(saved.error()));
        auto loaded = store.load(fixture.sprintId());
        QVERIFY(loaded);
        QCOMPARE(loaded->wentWell, notes.wentWell);
        QCOMPARE(loaded->items(ReviewNotes::Field::WentWell),
                 (QStringList{u"Fast reviews"_s, u"Good pairing"_s}));
        QCOMPARE(loaded->items(ReviewNotes::Field::NextSprint), QStringList{u"Carry over first"_s});
        QVERIFY(loaded->updatedAt.isValid());

        ReviewNotes orphan;
        QVERIFY(!store.save(orphan));

        DeckSettings settings = store.loadSettings();
        // A new board's deck leaves out the optional Flow section.
        QCOMPARE(settings.sections, defaultDeckSections());
        QVERIFY(!settings.sections.contains(DeckSection::Flow));
        QCOMPARE(settings.sections.size(), allDeckSections().size() - 1);
        settings.sections = {DeckSection::Title, DeckSection::Burndown};
        settings.dark = true;
        settings.accent = QColor(u"#E11D48"_s);
        QVERIFY(store.saveSettings(settings));
        const DeckSettings again = store.loadSettings();
        QCOMPARE(again.sections, settings.sections);
        QVERIFY(again.dark);
        QCOMPARE(again.accent, settings.accent);
        settings.sections.clear();
        QVERIFY(store.saveSettings(settings));
        QVERIFY(store.loadSettings().sections.isEmpty());
    }

    void standupBlockersReadAsOneLine()
    {
        ReviewFixture fixture;
        QVERIFY2(fixture.build({}), qPrintable(fixture.error()));
        Board &board = fixture.board();
        const Sprint *sprint = board.sprint(fixture.sprintId());
        QVERIFY(sprint && !board.members().isEmpty());
        StandupEntry entry;
        entry.memberId = board.members().first().id;
        entry.blockers = u"- STORY-1: **waiting** for API access\n\n- [ ] staging  server down\n"_s;
        QVERIFY(StandupStore(board.database())
                    .upsertEntry(sprint->start.addDays(1), entry, fixture.now()));
        auto data = collectReviewData(board, fixture.sprintId(), fixture.now());
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data->standupBlockers.size(), 1);
        QCOMPARE(data->standupBlockers.first().text,
                 u"STORY-1: waiting for API access; staging server down"_s);
    }

    void deckFollowsTheAnalytics()
    {
        ReviewFixture fixture;
        QVERIFY2(fixture.build({}), qPrintable(fixture.error()));
        auto data = collectReviewData(fixture.board(), fixture.sprintId(), fixture.now());
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data->completedCards.size(), 12);
        QCOMPARE(data->openCards.size(), 6); // five open and the card added mid-sprint
        QCOMPARE(data->previousSprints, 2);
        QCOMPARE(data->velocity.rows.size(), 3);
        QCOMPARE(data->velocity.rows.last().name, u"Sprint 7"_s);
        QVERIFY(data->scopeAdded > 0);
        QVERIFY(data->nextSprint.has_value());
        QVERIFY(!data->notes.isEmpty());
        QCOMPARE(data->committed, data->burndown.committed);

        const DeckBuilder builder(*data);
        const Deck deck = builder.build(allDeckSections());
        // Without its numbers (not asked for) the Flow section stays out.
        QCOMPARE(sectionsOf(deck), defaultDeckSections());
        QCOMPARE(deck.title, u"Sprint 7"_s);

        // The burndown chart is the analytics' burndown: a start point, then one point per day.
        const ChartData chart = builder.burndownChart();
        QCOMPARE(chart.categories.size(), data->burndown.days.size() + 1);
        auto twoDecimals = [](std::optional<double> v) -> std::optional<double> {
            if (v)
                v = std::round(*v * 100) / 100;
            return v;
        };
        QCOMPARE(chart.series.at(0).values.first(), twoDecimals(data->burndown.committed));
        QCOMPARE(chart.series.at(1).values.first(), twoDecimals(data->burndown.remainingAtStart));
        for (int i = 0; i < data->burndown.days.size(); ++i) {
            QCOMPARE(chart.series.at(0).values.at(i + 1),
                     twoDecimals(data->burndown.days.at(i).ideal));
            QCOMPARE(chart.series.at(1).values.at(i + 1),
                     twoDecimals(data->burndown.days.at(i).remaining));
        }
        QCOMPARE(chart.series.size(), 3); // the scope change is marked

        for (const SlideContent &c : deck.slides) {
            QVERIFY2(!c.notes.isEmpty(), qPrintable(c.title));
            if (c.section == DeckSection::Completed)
                QCOMPARE(c.table.rows.size(), 12);
            if (c.section == DeckSection::Progress) {
                QVERIFY(c.table.totalRow);
                QCOMPARE(c.table.rows.last().at(1), formatPoints(data->progress.total.total));
            }
        }
    }

    void flowSectionDrawsTheFlowNumbers_data()
    {
        QTest::addColumn<bool>("close");
        QTest::newRow("running sprint") << false;
        QTest::newRow("closed sprint") << true;
    }

    void flowSectionDrawsTheFlowNumbers()
    {
        QFETCH(bool, close);
        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.close = close;
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        Board &board = fixture.board();
        auto data = collectReviewData(board, fixture.sprintId(), {}, true);
        QVERIFY2(data, qPrintable(data.error()));
        QVERIFY(data->flow);

        // What the flow reports compute for the sprint.
        FlowAnalytics flow(board);
        const FlowFilter filter = flow.sprintFilter(fixture.sprintId());
        auto times = flow.cycleTimes(filter);
        QVERIFY(times);
        QCOMPARE(times->points.size(), 12);

        const DeckBuilder builder(*data);
        const QList<SlideContent> slides = builder.section(DeckSection::Flow);
        QCOMPARE(slides.size(), 2);
        QCOMPARE(sectionsOf(builder.build({DeckSection::Flow})),
                 (QList<DeckSection>{DeckSection::Flow, DeckSection::Flow}));

        // The scatterplot: one dot per card done, on its day, at its cycle time.
        const ChartData scatter = slides.at(0).chart;
        QVERIFY(scatter.isScatter());
        QCOMPARE(scatter.firstDay, filter.from);
        QCOMPARE(scatter.lastDay, filter.to);
        const ChartSeries &dots = scatter.series.at(0);
        QCOMPARE(dots.style, ChartSeries::Style::Dots);
        QCOMPARE(dots.points.size(), times->points.size());
        for (int i = 0; i < dots.points.size(); ++i) {
            const CycleTimes::Point &p = times->points.at(i);
            QCOMPARE(dots.points.at(i), QPointF(filter.from.daysTo(p.done), p.cycleDays));
        }
        // Then the 50, 70, 85 and 95th percentile lines across the whole axis.
        const int percentiles[] = {times->p50, times->p70, times->p85, times->p95};
        QCOMPARE(scatter.series.size(), 5);
        for (int i = 0; i < 4; ++i) {
            const ChartSeries &line = scatter.series.at(i + 1);
            QCOMPARE(line.points,
                     (QList<QPointF>{QPointF(0, percentiles[i]),
                                     QPointF(scatter.dayCount() - 1, percentiles[i])}));
        }
        QVERIFY2(slides.at(0).caption.contains(u"85 % within %1 day"_s.arg(times->p85)),
                 qPrintable(slides.at(0).caption));

        const Burndown &b = data->burndown;
        const SlideContent &forecast = slides.at(1);
        if (close) {
            // A closed sprint has nothing left to forecast, and the slide says so as the
            // burndown does.
            QVERIFY(!data->flow->forecast);
            QCOMPARE(forecast.kind, SlideContent::Kind::Bullets);
            QCOMPARE(forecast.groups.constFirst().items, QStringList{noForecastNote(b)});
            QVERIFY(noForecastNote(b).contains(u"closed"_s));
            return;
        }
        // The forecast: the burndown's own Monte Carlo forecast, so the deck gives one date.
        QCOMPARE(b.forecastMethod, ForecastMethod::MonteCarlo);
        QVERIFY(data->flow->forecast);
        const WhenForecast &when = data->flow->forecast->when;
        QCOMPARE(when.p85, *b.forecast);
        QCOMPARE(data->flow->forecast->amount, *b.remainingNow);
        const ChartData histogram = forecast.chart;
        QCOMPARE(histogram.categories.size(), when.histogram.size());
        const QList<std::optional<double>> &share = histogram.series.at(0).values;
        const QList<std::optional<double>> &byThen = histogram.series.at(1).values;
        int cumulative = 0;
        for (int i = 0; i < when.histogram.size(); ++i) {
            cumulative += when.histogram.at(i).second;
            QCOMPARE(*share.at(i), 100.0 * when.histogram.at(i).second / when.trials);
            QCOMPARE(*byThen.at(i), 100.0 * cumulative / when.trials);
            // The marks stand on the 50, 85 and 95 % days.
            const QDate day = when.histogram.at(i).first;
            const bool likely = day == when.p50 || day == when.p85 || day == when.p95;
            QCOMPARE(histogram.series.at(2).values.at(i).has_value(), likely);
        }
        QCOMPARE(cumulative, when.trials);
        QCOMPARE(histogram.axisMax(), 100.0);
        QVERIFY2(forecast.caption.contains(u"85 % likely done by %1"_s.arg(
                     QLocale().toString(*b.forecast, u"d MMM yyyy"_s))),
                 qPrintable(forecast.caption));
    }

    void scatterChartPartHoldsDaysAndValues()
    {
        ChartData chart;
        chart.firstDay = QDate(2025, 3, 3);
        chart.lastDay = QDate(2025, 3, 14);
        ChartSeries dots{u"Cards done"_s, {}, ChartSeries::Style::Dots};
        dots.points = {QPointF(1, 2), QPointF(4, 5)};
        ChartSeries p85{u"85 %"_s, {}, ChartSeries::Style::Line, ChartSeries::Tone::Warning};
        p85.points = {QPointF(0, 4), QPointF(11, 4)};
        chart.series = {dots, p85};
        const SlideTheme theme(false, QColor(u"#2563EB"_s));
        const PptxChart part(chart, theme, 11, 600);
        const QString xml = QString::fromUtf8(part.chartXml(u"rId1"_s));
        QVERIFY(xmlError(xml.toUtf8()).isEmpty());
        QVERIFY(xml.contains(u"<c:scatterChart>"_s));
        // Days are spreadsheet dates: 4 March 2025 is day 45720 of the 1900 date system.
        QVERIFY(xml.contains(u"<c:f>Sheet1!$A$2:$A$3</c:f>"_s));
        QVERIFY(xml.contains(u"<c:v>45720</c:v>"_s));
        QVERIFY(xml.contains(u"<c:v>45723</c:v>"_s));
        QVERIFY(xml.contains(u"<c:f>Sheet1!$C$4:$C$5</c:f>"_s));
        QVERIFY(xml.contains(u"<c:min val=\"45719\"/>"_s));
        QVERIFY(xml.contains(u"<c:max val=\"45730\"/>"_s));
        // The workbook holds the same rows for "Edit Data".
        const QString sheet =
            QString::fromUtf8(unzip(part.workbook()).value(u"xl/worksheets/sheet1.xml"_s));
        QVERIFY(sheet.contains(u"<c r=\"A3\" s=\"1\"><v>45723</v></c><c r=\"B3\"><v>5</v>"_s));
        QVERIFY(sheet.contains(u"<c r=\"C5\"><v>4</v>"_s));

        // The PDF draws the two dots: without them, two dots' worth of accent is missing.
        const auto accentPixels = [&](const ChartData &data) {
            QImage image(960, 540, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            const TextFitter fitter;
            ChartPainter(theme, fitter)
                .paint(painter, ChartBox{QRectF(0, 0, 960, 540), data, 11}, 1.0);
            painter.end();
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    count += c.blue() > 180 && c.red() < 150;
                }
            return count;
        };
        ChartData withoutDots = chart;
        withoutDots.series.first().points.clear();
        QVERIFY2(
            accentPixels(chart) - accentPixels(withoutDots) > 60,
            qPrintable(u"%1 against %2"_s.arg(accentPixels(chart)).arg(accentPixels(withoutDots))));
    }

    void sectionsSwitchOff()
    {
        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.notes = false;
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        auto data = collectReviewData(fixture.board(), fixture.sprintId(), fixture.now());
        QVERIFY(data);
        const DeckBuilder builder(*data);
        // Without notes the retrospective has nothing to show and stays out.
        QVERIFY(!sectionsOf(builder.build(allDeckSections())).contains(DeckSection::Retro));
        const QList<DeckSection> some{DeckSection::Title, DeckSection::Burndown, DeckSection::Next};
        QCOMPARE(sectionsOf(builder.build(some)), some);
        QVERIFY(builder.build({}).slides.isEmpty());
    }

    void emptySprint()
    {
        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.completed = 0;
        spec.open = 0;
        spec.previousSprints = 0;
        spec.nextSprint = false;
        spec.notes = false;
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        auto data = collectReviewData(fixture.board(), fixture.sprintId(), fixture.now());
        QVERIFY(data);
        QCOMPARE(data->completedCards.size(), 0);
        QCOMPARE(data->committed, 0.0);
        const Deck deck = DeckBuilder(*data).build(allDeckSections());
        const QList<SlidePage> pages = SlideLayout(SlideTheme()).layout(deck);
        QCOMPARE(pages.size(), deck.slides.size());
        auto bytes = PptxWriter::package(pages, DeckWriteOptions());
        QVERIFY2(bytes, qPrintable(bytes.error()));
    }

    void pptxNamesTheEmojiFont()
    {
        // What the slide font lacks is written in runs of the PDF's fallback font, so
        // LibreOffice and PowerPoint draw the emoji instead of a blank or a box.
        Deck deck;
        deck.title = u"Sprint 4"_s;
        SlideContent title;
        title.kind = SlideContent::Kind::Title;
        title.title = u"Sprint 4"_s;
        title.lines = {u"\U0001F3AF Ship the export \u2705"_s};
        deck.slides.append(title);
        const QList<SlidePage> pages = SlideLayout(SlideTheme()).layout(deck);
        auto bytes = PptxWriter::package(pages, DeckWriteOptions());
        QVERIFY2(bytes, qPrintable(bytes.error()));
        const QString xml = QString::fromUtf8(unzip(*bytes).value(u"ppt/slides/slide1.xml"_s));
        const QString fallback = SlideTheme::fallbackFamilies().first();
        const QRegularExpression emojiRun(
            u"<a:r><a:rPr[^>]*>(?:(?!</a:rPr>).)*<a:sym typeface=\"%1\"/></a:rPr><a:t>\U0001F3AF</a:t>"_s
                .arg(fallback));
        QVERIFY2(emojiRun.match(xml).hasMatch(), qPrintable(xml));
        QVERIFY2(xml.contains(u"<a:t> Ship the export </a:t>"_s), qPrintable(xml));
    }

    void pptxPackageIsComplete()
    {
        ReviewFixture fixture;
        QVERIFY2(fixture.build({}), qPrintable(fixture.error()));
        auto data = collectReviewData(fixture.board(), fixture.sprintId(), fixture.now());
        QVERIFY(data);
        const Deck deck = DeckBuilder(*data).build(allDeckSections());
        DeckWriteOptions options;
        options.theme = SlideTheme(true, QColor(u"#F97316"_s));
        options.title = u"Sprint 7 review"_s;
        const QList<SlidePage> pages = SlideLayout(options.theme).layout(deck);
        int progressCalls = 0;
        options.progress = [&](int done, int total) {
            ++progressCalls;
            return done <= total;
        };
        auto bytes = PptxWriter::package(pages, options);
        QVERIFY2(bytes, qPrintable(bytes.error()));
        QVERIFY(progressCalls >= pages.size());
        const QHash<QString, QByteArray> parts = unzip(*bytes);
        for (const QString &required :
             {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"ppt/presentation.xml"_s,
              u"ppt/_rels/presentation.xml.rels"_s, u"ppt/slideMasters/slideMaster1.xml"_s,
              u"ppt/slideLayouts/slideLayout1.xml"_s, u"ppt/theme/theme1.xml"_s,
              u"ppt/notesMasters/notesMaster1.xml"_s, u"docProps/core.xml"_s,
              u"docProps/app.xml"_s})
            QVERIFY2(parts.contains(required), qPrintable(required));
        for (auto it = parts.cbegin(); it != parts.cend(); ++it)
            if (it.key().endsWith(u".xml"_s) || it.key().endsWith(u".rels"_s))
                QVERIFY2(xmlError(it.value()).isEmpty(),
                         qPrintable(it.key() + u": "_s + xmlError(it.value())));

        const QString types = QString::fromUtf8(parts.value(u"[Content_Types].xml"_s));
        int charts = 0;
        for (int i = 1; i <= pages.size(); ++i) {
            QVERIFY(parts.contains(u"ppt/slides/slide%1.xml"_s.arg(i)));
            QVERIFY(parts.contains(u"ppt/notesSlides/notesSlide%1.xml"_s.arg(i)));
            QVERIFY(types.contains(u"/ppt/slides/slide%1.xml"_s.arg(i)));
            charts += pages.at(i - 1).chartCount();
        }
        QVERIFY(!parts.contains(u"ppt/slides/slide%1.xml"_s.arg(pages.size() + 1)));
        QCOMPARE(charts, 3);
        for (int i = 1; i <= charts; ++i) {
            const QString chart =
                QString::fromUtf8(parts.value(u"ppt/charts/chart%1.xml"_s.arg(i)));
            QVERIFY(chart.contains(u"<c:numCache>"_s));
            QVERIFY(chart.contains(u"<c:strCache>"_s));
            QVERIFY(chart.contains(u"c:lineChart"_s) || chart.contains(u"c:barChart"_s));
            QVERIFY(chart.contains(u"c:externalData"_s));
            const QByteArray workbook =
                parts.value(u"ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx"_s.arg(i));
            QVERIFY(unzip(workbook).contains(u"xl/worksheets/sheet1.xml"_s));
        }
        // The first chart is the burndown: its cached values are the analytics' numbers.
        const QString burndown = QString::fromUtf8(parts.value(u"ppt/charts/chart1.xml"_s));
        QVERIFY(burndown.contains(u"<c:v>%1</c:v>"_s.arg(formatPoints(data->burndown.committed))));
        QVERIFY(burndown.contains(
            u"<c:v>%1</c:v>"_s.arg(formatPoints(*data->burndown.days.at(5).remaining))));
        // Tables are real tables; speaker notes are on the notes pages.
        bool table = false;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it)
            table = table ||
                    (it.key().startsWith(u"ppt/slides/slide"_s) && it.value().contains("<a:tbl>"));
        QVERIFY(table);
        QVERIFY(
            parts.value(u"ppt/notesSlides/notesSlide3.xml"_s).contains("Remaining story points"));
        const QString presentation = QString::fromUtf8(parts.value(u"ppt/presentation.xml"_s));
        QVERIFY(presentation.contains(u"cx=\"12192000\" cy=\"6858000\""_s));
        QCOMPARE(presentation.count(u"<p:sldId "_s), int(pages.size()));
    }

    void burndownKeepsToTheSprintsDays_data()
    {
        QTest::addColumn<int>("daysAfterEnd"); // negative: the fixture's time within the sprint
        QTest::addColumn<QString>("caption");
        QTest::newRow("within") << -1 << QString();
        QTest::newRow("the day after its end") << 1 << u"No forecast: the sprint ended on"_s;
        QTest::newRow("two years later") << 800 << u"No forecast: the sprint ended on"_s;
    }

    void burndownKeepsToTheSprintsDays()
    {
        QFETCH(int, daysAfterEnd);
        QFETCH(QString, caption);
        ReviewFixture fixture; // 13 to 24 January 2025, never closed
        QVERIFY2(fixture.build({}), qPrintable(fixture.error()));
        const QDate end(2025, 1, 24);
        const QDateTime now = daysAfterEnd < 0
                                  ? fixture.now()
                                  : QDateTime(end.addDays(daysAfterEnd), QTime(10, 0)).toUTC();
        auto data = collectReviewData(fixture.board(), fixture.sprintId(), now);
        QVERIFY2(data, qPrintable(data.error()));
        const DeckBuilder builder(*data);
        const ChartData chart = builder.burndownChart();
        const auto day = [](QDate d) { return QLocale().toString(d, u"d MMM"_s); };
        QCOMPARE(chart.categories.size(), 13); // the start and its twelve days
        QCOMPARE(chart.categories.at(1), day(QDate(2025, 1, 13)));
        QCOMPARE(chart.categories.constLast(), day(end));
        const Deck deck = builder.build({DeckSection::Burndown});
        QCOMPARE(deck.slides.size(), 1);
        if (caption.isEmpty())
            QVERIFY2(!deck.slides.first().caption.contains(u"No forecast"_s),
                     qPrintable(deck.slides.first().caption));
        else
            QVERIFY2(deck.slides.first().caption.contains(caption),
                     qPrintable(deck.slides.first().caption));

        // The chart part of the PPTX holds the sprint's own days, not today.
        DeckWriteOptions options;
        auto bytes = PptxWriter::package(SlideLayout(options.theme).layout(deck), options);
        QVERIFY2(bytes, qPrintable(bytes.error()));
        const QString xml = QString::fromUtf8(unzip(*bytes).value(u"ppt/charts/chart1.xml"_s));
        static const QRegularExpression count(u"<c:ptCount val=\"(\\d+)\"/>"_s);
        int longest = 0;
        for (const QRegularExpressionMatch &m : count.globalMatch(xml))
            longest = qMax(longest, m.captured(1).toInt());
        QCOMPARE(longest, 13);
        QVERIFY(xml.contains(u"<c:v>%1</c:v>"_s.arg(day(end))));
        if (daysAfterEnd > 0)
            QVERIFY(!xml.contains(u"<c:v>%1</c:v>"_s.arg(day(now.date()))));
        QVERIFY2(!xml.contains(u"tickLblSkip"_s), "twelve days fit on a slide");
    }

    void pptxThinsLongDateAxes()
    {
        ChartData chart;
        chart.categories.append(u"Start"_s);
        for (QDate d(2025, 1, 13); d <= QDate(2025, 3, 14); d = d.addDays(1))
            chart.categories.append(QLocale::c().toString(d, u"d MMM"_s));
        chart.series.append(
            {u"Remaining"_s, QList<std::optional<double>>(chart.categories.size(), 3.0)});
        const SlideTheme theme(false, QColor(u"#2563EB"_s));
        const PptxChart part(chart, theme, 11, 600);
        // 62 labels of six characters in about 510 points: every seventh.
        QCOMPARE(part.labelSkip(), 7);
        QVERIFY(part.chartXml(u"rId1"_s).contains("<c:tickLblSkip val=\"7\"/>"));
        // A bar chart of sprint names is not thinned.
        chart.series.first().style = ChartSeries::Style::Bars;
        QCOMPARE(PptxChart(chart, theme, 11, 600).labelSkip(), 1);
    }

    void cancelledExportWritesNothing()
    {
        ReviewFixture fixture;
        QVERIFY2(fixture.build({}), qPrintable(fixture.error()));
        auto data = collectReviewData(fixture.board(), fixture.sprintId(), fixture.now());
        QVERIFY(data);
        const QList<SlidePage> pages =
            SlideLayout(SlideTheme()).layout(DeckBuilder(*data).build(allDeckSections()));
        QTemporaryDir dir;
        DeckWriteOptions options;
        options.progress = [](int done, int) { return done < 3; };
        for (const QString &name : {u"deck.pdf"_s, u"deck.pptx"_s}) {
            const QString path = dir.filePath(name);
            const Status s = name.endsWith(u"pdf"_s) ? PdfDeckWriter::write(path, pages, options)
                                                     : PptxWriter::write(path, pages, options);
            QVERIFY(!s);
            QVERIFY(!QFile::exists(path));
        }
        const Status unwritable =
            PdfDeckWriter::write(dir.filePath(u"missing/folder/deck.pdf"_s), pages, {});
        QVERIFY(!unwritable);
        QVERIFY(unwritable.error().contains(u"deck.pdf"_s));
    }

    void pdfHasOnePagePerSlideAndEmbeddedFonts()
    {
        ReviewFixture fixture;
        QVERIFY2(fixture.build({}), qPrintable(fixture.error()));
        auto data = collectReviewData(fixture.board(), fixture.sprintId(), fixture.now());
        QVERIFY(data);
        const QList<SlidePage> pages =
            SlideLayout(SlideTheme()).layout(DeckBuilder(*data).build(allDeckSections()));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deck.pdf"_s);
        QVERIFY(PdfDeckWriter::write(path, pages, {}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/FontFile2"));
        QCOMPARE(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), qsizetype(pages.size()));
    }
};

QTEST_MAIN(TestSlideDeck)
#include "tst_slidedeck.moc"

#include "core/slides/deck.h"
#include "core/slides/slidelayout.h"
#include "core/slides/slidetheme.h"
#include "core/slides/textfitter.h"

#include <QGlyphRun>
#include <QGuiApplication>
#include <QRawFont>
#include <QTextLayout>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

/** Every box of a page stays on the slide, and every text line fits its box. */
QStringList overflows(const QList<SlidePage> &pages, const TextFitter &fitter)
{
    QStringList problems;
    const QRectF slide(0, 0, kSlideWidth, kSlideHeight);
    for (int i = 0; i < pages.size(); ++i) {
        const QString where = u"slide %1 (%2)"_s.arg(i + 1).arg(pages.at(i).title);
        for (const SlideItem &item : pages.at(i).items) {
            if (const auto *text = std::get_if<TextBox>(&item)) {
                if (!slide.contains(text->rect))
                    problems << where + u": text box off the slide"_s;
                if (fitter.paragraphsHeight(text->paragraphs) > text->rect.height() + 0.5)
                    problems << where + u": text taller than its box: "_s +
                                    text->paragraphs.value(0).text.left(40);
                for (const TextParagraph &p : text->paragraphs) {
                    const double indent = p.bullet ? TextFitter::bulletIndent(p.size) : 0;
                    for (const QString &line : p.lines)
                        if (fitter.textWidth(line, p.size, p.bold) >
                            text->rect.width() - indent + 0.5)
                            problems << where + u": line wider than its box: "_s + line.left(40);
                }
            } else if (const auto *table = std::get_if<TableBox>(&item)) {
                if (!slide.contains(table->rect) ||
                    table->rect.bottom() > SlideLayout::contentRect().bottom() + 0.5)
                    problems << where + u": table runs past the content area"_s;
                double height = 0;
                for (double h : table->rowHeights)
                    height += h;
                if (std::abs(height - table->rect.height()) > 0.5)
                    problems << where + u": row heights do not add up to the table"_s;
                for (int r = 0; r < table->rows.size(); ++r) {
                    for (int c = 0; c < table->rows.at(r).size(); ++c) {
                        const TableCell &cell = table->rows.at(r).at(c);
                        const double lh = fitter.lineHeight(table->fontSize, cell.bold);
                        if (cell.lines.size() * lh + 2 * table->paddingY >
                            table->rowHeights.at(r) + 0.5)
                            problems << where + u": cell taller than its row"_s;
                        for (const QString &line : cell.lines)
                            if (fitter.textWidth(line, table->fontSize, cell.bold) >
                                table->columnWidths.at(c) - 2 * table->paddingX + 0.5)
                                problems << where + u": cell line wider than its column: "_s +
                                                line.left(40);
                    }
                }
            } else if (const auto *chart = std::get_if<ChartBox>(&item)) {
                if (!slide.contains(chart->rect))
                    problems << where + u": chart off the slide"_s;
            } else if (const auto *shape = std::get_if<ShapeBox>(&item)) {
                if (!slide.contains(shape->rect))
                    problems << where + u": shape off the slide"_s;
            }
        }
    }
    return problems;
}

QString longTitle(int words)
{
    QStringList parts;
    const QStringList vocabulary = {u"Refactor"_s, u"the"_s,      u"burndown"_s,  u"computation"_s,
                                    u"so"_s,       u"that"_s,     u"re-opened"_s, u"cards"_s,
                                    u"across"_s,   u"daylight"_s, u"saving"_s,    u"transitions"_s,
                                    u"count"_s,    u"correctly"_s};
    for (int i = 0; i < words; ++i)
        parts << vocabulary.at(i % vocabulary.size());
    return parts.join(u' ');
}

SlideContent tableContent(int rows, int titleWords)
{
    SlideContent c;
    c.section = DeckSection::Completed;
    c.kind = SlideContent::Kind::Table;
    c.title = u"Completed"_s;
    c.table.columns = {{u"Key"_s, 1.25, TableColumn::Align::Left, false},
                       {u"Title"_s, 5.2, TableColumn::Align::Left, true},
                       {u"Assignee"_s, 1.9, TableColumn::Align::Left, false},
                       {u"Points"_s, 0.85, TableColumn::Align::Right, false}};
    for (int i = 0; i < rows; ++i)
        c.table.rows.append(
            {u"STORY-%1"_s.arg(i + 1), longTitle(titleWords + i % 5), u"Maya Chen"_s, u"3"_s});
    c.table.emptyText = u"No items were completed in this sprint."_s;
    return c;
}

} // namespace

class TestSlideLayout : public QObject
{
    Q_OBJECT
private slots:
    void wrapKeepsLinesInsideTheWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("width");
        QTest::newRow("short") << u"Sprint 4"_s << 400.0;
        QTest::newRow("sentence") << longTitle(40) << 300.0;
        QTest::newRow("one long word") << QString(120, u'W') << 200.0;
        QTest::newRow("narrow") << longTitle(8) << 40.0;
    }
    void wrapKeepsLinesInsideTheWidth()
    {
        QFETCH(QString, text);
        QFETCH(double, width);
        TextFitter fitter;
        const QStringList lines = fitter.wrap(text, 14, false, width);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(fitter.textWidth(line, 14, false) <=
                         width - TextFitter::wrapSlack(width) + 0.01,
                     qPrintable(line));
        // Nothing is lost: the lines hold every non-space character of the text.
        QString joined = lines.join(QString());
        joined.remove(u' ');
        QString original = text;
        original.remove(u' ');
        QCOMPARE(joined, original);
    }

    void wrapWithMaxLinesEndsWithEllipsis()
    {
        TextFitter fitter;
        bool elided = false;
        const QStringList lines = fitter.wrap(longTitle(60), 12, false, 300, 2, &elided);
        QCOMPARE(lines.size(), 2);
        QVERIFY(elided);
        QVERIFY(lines.last().endsWith(u'\u2026'));
        QVERIFY(fitter.textWidth(lines.last(), 12, false) <= 300);
        elided = true;
        QCOMPARE(fitter.wrap(u"Short"_s, 12, false, 300, 2, &elided), QStringList{u"Short"_s});
        QVERIFY(!elided);
    }

    void fitKeepsSizeWhenTextFits()
    {
        TextFitter fitter;
        TextBox box;
        box.rect = QRectF(0, 0, 800, 60);
        box.paragraphs.append({u"Sprint 4"_s, {}, 28, true, Qt::black, TextAlign::Left, false, 0});
        QVERIFY(fitter.fit(box, 18));
        QCOMPARE(box.paragraphs.first().size, 28.0);
        QCOMPARE(box.paragraphs.first().lines, QStringList{u"Sprint 4"_s});
        QVERIFY(!box.shrunk);
        QVERIFY(!box.elided);
    }

    void fitShrinksThenElides_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<bool>("fits");
        QTest::newRow("two lines fit after shrinking") << 14 << true;
        QTest::newRow("far too long") << 200 << false;
    }
    void fitShrinksThenElides()
    {
        QFETCH(int, words);
        QFETCH(bool, fits);
        TextFitter fitter;
        TextBox box;
        box.rect = QRectF(0, 0, 864, 58);
        box.paragraphs.append(
            {longTitle(words), {}, 28, true, Qt::black, TextAlign::Left, false, 0});
        QCOMPARE(fitter.fit(box, 18), fits);
        QVERIFY(box.shrunk);
        QCOMPARE(box.elided, !fits);
        QVERIFY(box.paragraphs.first().size >= 18);
        QVERIFY(box.paragraphs.first().size < 28);
        QVERIFY(fitter.paragraphsHeight(box.paragraphs) <= box.rect.height());
        if (!fits)
            QVERIFY(box.paragraphs.last().lines.last().endsWith(u'\u2026'));
    }

    void fitDropsParagraphsThatDoNotFit()
    {
        TextFitter fitter;
        TextBox box;
        box.rect = QRectF(0, 0, 400, 60);
        for (int i = 0; i < 20; ++i)
            box.paragraphs.append(
                {u"Point %1"_s.arg(i), {}, 16, false, Qt::black, TextAlign::Left, true, 6});
        QVERIFY(!fitter.fit(box, 12));
        QVERIFY(box.paragraphs.size() < 20);
        QVERIFY(fitter.paragraphsHeight(box.paragraphs) <= box.rect.height());
        QVERIFY(box.paragraphs.last().lines.last().endsWith(u'\u2026'));
        // The cut text is also what the PPTX writes.
        QCOMPARE(box.paragraphs.last().text, box.paragraphs.last().lines.join(u' '));
    }

    void longSlideTitleStaysInItsBox()
    {
        SlideLayout layout{SlideTheme()};
        SlideContent c = tableContent(3, 4);
        c.title = longTitle(120);
        const QList<SlidePage> pages = layout.layoutSection(c);
        QCOMPARE(pages.size(), 1);
        const QStringList problems = overflows(pages, layout.fitter());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const TextBox *title = nullptr;
        for (const SlideItem &item : pages.first().items)
            if (const auto *t = std::get_if<TextBox>(&item); t && t->title)
                title = t;
        QVERIFY(title);
        QVERIFY(title->elided);
    }

    void tableContinuesOverSlides_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("titleWords");
        QTest::newRow("one slide") << 8 << 3;
        QTest::newRow("200 short") << 200 << 3;
        QTest::newRow("200 long titles") << 200 << 40;
    }
    void tableContinuesOverSlides()
    {
        QFETCH(int, rows);
        QFETCH(int, titleWords);
        SlideLayout layout{SlideTheme()};
        const SlideContent c = tableContent(rows, titleWords);
        const QList<SlidePage> pages = layout.layoutSection(c);
        const QStringList problems = overflows(pages, layout.fitter());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Every row exactly once, in order, under a repeated header; readable size.
        QStringList keys;
        int smallest = rows;
        for (const SlidePage &page : pages) {
            int tables = 0;
            for (const SlideItem &item : page.items) {
                const auto *table = std::get_if<TableBox>(&item);
                if (!table)
                    continue;
                ++tables;
                QVERIFY(table->fontSize >= 11);
                QCOMPARE(table->rows.first().first().text, u"Key"_s);
                for (int r = 1; r < table->rows.size(); ++r)
                    keys << table->rows.at(r).first().text;
                smallest = std::min(smallest, int(table->rows.size()) - 1);
            }
            QCOMPARE(tables, 1);
        }
        QCOMPARE(keys.size(), rows);
        for (int i = 0; i < rows; ++i)
            QCOMPARE(keys.at(i), u"STORY-%1"_s.arg(i + 1));
        if (pages.size() > 1) {
            // Rows are spread evenly: no slide with a lone row at the end.
            QVERIFY2(smallest >= rows / int(pages.size()) / 2,
                     qPrintable(QString::number(smallest)));
            bool continued = false;
            for (const SlideItem &item : pages.at(1).items)
                if (const auto *t = std::get_if<TextBox>(&item); t && t->title)
                    continued = t->paragraphs.first().text.contains(u"continued"_s);
            QVERIFY(continued);
        } else {
            QCOMPARE(rows, 8);
        }
    }

    void emptyTableShowsItsText()
    {
        SlideLayout layout{SlideTheme()};
        const QList<SlidePage> pages = layout.layoutSection(tableContent(0, 3));
        QCOMPARE(pages.size(), 1);
        bool found = false;
        for (const SlideItem &item : pages.first().items) {
            QVERIFY(!std::holds_alternative<TableBox>(item));
            if (const auto *t = std::get_if<TextBox>(&item))
                found = found ||
                        t->paragraphs.first().text == u"No items were completed in this sprint."_s;
        }
        QVERIFY(found);
    }

    void longBulletListContinues()
    {
        SlideLayout layout{SlideTheme(true, QColor(u"#10B981"_s))};
        SlideContent c;
        c.section = DeckSection::Blockers;
        c.kind = SlideContent::Kind::Bullets;
        c.title = u"Blockers"_s;
        BulletGroup g;
        for (int i = 0; i < 80; ++i)
            g.items << u"Item %1: "_s.arg(i) + longTitle(i % 30);
        c.groups.append(g);
        const QList<SlidePage> pages = layout.layoutSection(c);
        QVERIFY(pages.size() > 1);
        const QStringList problems = overflows(pages, layout.fitter());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        int items = 0;
        for (const SlidePage &page : pages)
            for (const SlideItem &item : page.items)
                if (const auto *t = std::get_if<TextBox>(&item); t && t->name == u"Content"_s) {
                    QVERIFY(!t->elided);
                    for (const TextParagraph &p : t->paragraphs)
                        items += p.bullet;
                }
        QCOMPARE(items, 80);
    }

    void quadrantsFitOrElide()
    {
        SlideLayout layout{SlideTheme()};
        SlideContent c;
        c.section = DeckSection::Retro;
        c.kind = SlideContent::Kind::Bullets;
        c.title = u"Retrospective"_s;
        for (int g = 0; g < 4; ++g) {
            BulletGroup group{u"Group %1"_s.arg(g), {}};
            for (int i = 0; i < (g == 3 ? 60 : 3); ++i)
                group.items << longTitle(10 + i % 7);
            c.groups.append(group);
        }
        const QList<SlidePage> pages = layout.layoutSection(c);
        QCOMPARE(pages.size(), 1);
        const QStringList problems = overflows(pages, layout.fitter());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void chartAxisIsRound_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("axisMax");
        QTest::addColumn<double>("step");
        QTest::newRow("81") << 81.0 << 100.0 << 20.0;
        QTest::newRow("7") << 7.0 << 8.0 << 2.0;
        QTest::newRow("0") << 0.0 << 5.0 << 1.0;
        QTest::newRow("1234") << 1234.0 << 1500.0 << 250.0;
    }
    void chartAxisIsRound()
    {
        QFETCH(double, max);
        QFETCH(double, axisMax);
        QFETCH(double, step);
        ChartData chart;
        chart.categories = {u"a"_s};
        chart.series.append({u"s"_s, {max}, ChartSeries::Style::Line, ChartSeries::Tone::Accent});
        QCOMPARE(chart.axisStep(), step);
        QCOMPARE(chart.axisMax(), axisMax);
        QVERIFY(chart.axisMax() >= max);
    }

    void emojiHaveGlyphsInTheSlideFont()
    {
        // The seed documents are full of these; the PDF must not show boxes for them.
        const QString text = u"\U0001F3AF Goal \u2705 done \U0001F4CA chart \U0001F6A8 alert"_s;
        TextFitter fitter;
        QTextLayout layout(text, fitter.font(14, false));
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QStringList families;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            families.append(run.rawFont().familyName());
            for (quint32 glyph : run.glyphIndexes())
                QVERIFY2(glyph != 0,
                         qPrintable(u"missing glyph in "_s + run.rawFont().familyName()));
        }
        // The emoji come from the outline fallback, which the PDF embeds as vectors.
        QVERIFY2(families.contains(SlideTheme::fallbackFamilies().first()),
                 qPrintable(families.join(u", "_s)));
    }

    void emojiHaveGlyphsInTheApplicationFont()
    {
        // Cards are painted in the application's font; the set-up installs emoji fonts that its
        // fallback finds, so the titles of imported documents show their emoji, not boxes.
        QTextLayout layout(u"\U0001F3AF \u2705 \U0001F4CA \U0001F6A8"_s, QGuiApplication::font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns())
            for (quint32 glyph : run.glyphIndexes())
                QVERIFY2(glyph != 0,
                         qPrintable(u"missing glyph in "_s + run.rawFont().familyName()));
    }

    void sectionsParse()
    {
        auto all = parseDeckSections(u"next,Title, burndown,retrospective,not-completed"_s);
        QVERIFY(all);
        QCOMPARE(*all, (QList<DeckSection>{DeckSection::Title, DeckSection::Burndown,
                                           DeckSection::NotCompleted, DeckSection::Retro,
                                           DeckSection::Next}));
        auto bad = parseDeckSections(u"title,charts"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(u"charts"_s));
        QCOMPARE(
            deckSectionsToString(allDeckSections()),
            u"title,summary,burndown,burnup,velocity,flow,completed,notcompleted,blockers,progress,retro,next"_s);
    }
};

QTEST_MAIN(TestSlideLayout)
#include "tst_slidelayout.moc"

#include "core/slides/slidelayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

constexpr double kMargin = 48;
constexpr double kContentWidth = kSlideWidth - 2 * kMargin;
constexpr double kTitleTop = 24;
constexpr double kTitleHeight = 58;
constexpr double kSubtitleTop = 84;
constexpr double kSubtitleHeight = 22;
constexpr double kContentTop = 118;
constexpr double kContentBottom = 492;
constexpr double kFooterTop = 508;
constexpr double kFooterHeight = 16;
constexpr double kTitleSize = 28;
constexpr double kTitleMinSize = 18;
constexpr double kTableFontSize = 12;
constexpr double kBulletSize = 18;
constexpr double kBulletPageSize = 15;
constexpr double kGap = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::SlideLayout", text);
}

TextAlign toTextAlign(TableColumn::Align align)
{
    switch (align) {
    case TableColumn::Align::Center:
        return TextAlign::Center;
    case TableColumn::Align::Right:
        return TextAlign::Right;
    case TableColumn::Align::Left:
        break;
    }
    return TextAlign::Left;
}

} // namespace

SlideLayout::SlideLayout(SlideTheme theme)
    : m_theme(std::move(theme))
{}

QRectF SlideLayout::contentRect()
{
    return QRectF(kMargin, kContentTop, kContentWidth, kContentBottom - kContentTop);
}

TextBox SlideLayout::textBox(const QRectF &rect, const QString &text, double size, bool bold,
                             const QColor &color, double minSize, TextAlign align) const
{
    TextBox box;
    box.rect = rect;
    // Line breaks in the text start new paragraphs.
    const QStringList parts = text.split(u'\n');
    for (const QString &part : parts) {
        TextParagraph p;
        p.text = part.trimmed();
        p.size = size;
        p.bold = bold;
        p.color = color;
        p.align = align;
        box.paragraphs.append(p);
    }
    m_fitter.fit(box, minSize);
    return box;
}

TextBox SlideLayout::bulletBox(const QRectF &rect, const QStringList &items, double size,
                               double minSize, const QString &heading) const
{
    TextBox box;
    box.rect = rect;
    if (!heading.isEmpty()) {
        TextParagraph h;
        h.text = heading;
        h.size = size + 1;
        h.bold = true;
        h.color = m_theme.accent();
        box.paragraphs.append(h);
    }
    for (const QString &item : items) {
        TextParagraph p;
        p.text = item.simplified();
        p.size = size;
        p.color = m_theme.text();
        p.bullet = true;
        p.spaceBefore = std::round(size * 0.45);
        box.paragraphs.append(p);
    }
    if (items.isEmpty()) {
        TextParagraph p;
        p.text = u"\u2014"_s;
        p.size = size;
        p.color = m_theme.mutedText();
        p.spaceBefore = std::round(size * 0.45);
        box.paragraphs.append(p);
    }
    m_fitter.fit(box, minSize);
    return box;
}

SlidePage SlideLayout::newPage(const SlideContent &content, const QString &subtitle) const
{
    SlidePage page;
    page.section = content.section;
    page.title = content.title;
    page.background = m_theme.background();
    page.notes = content.notes;

    ShapeBox strip;
    strip.rect = QRectF(0, 0, kSlideWidth, 6);
    strip.fill = m_theme.accent();
    page.items.append(strip);

    TextBox title = textBox(QRectF(kMargin, kTitleTop, kContentWidth, kTitleHeight), content.title,
                            kTitleSize, true, m_theme.text(), kTitleMinSize);
    title.anchor = TextBox::Anchor::Bottom;
    title.title = true;
    title.name = u"Title"_s;
    page.items.append(title);

    if (!subtitle.isEmpty()) {
        TextBox sub = textBox(QRectF(kMargin, kSubtitleTop, kContentWidth, kSubtitleHeight),
                              subtitle, 14, false, m_theme.mutedText(), kMinBodySize);
        sub.name = u"Subtitle"_s;
        page.items.append(sub);
    }
    return page;
}

QList<SlidePage> SlideLayout::layout(const Deck &deck) const
{
    QList<SlidePage> pages;
    for (const SlideContent &content : deck.slides)
        pages.append(layoutSection(content));
    addFooters(pages, deck);
    return pages;
}

QList<SlidePage> SlideLayout::layoutSection(const SlideContent &content) const
{
    switch (content.kind) {
    case SlideContent::Kind::Title:
        return layoutTitle(content);
    case SlideContent::Kind::Figures:
        return layoutFigures(content);
    case SlideContent::Kind::Chart:
        return layoutChart(content);
    case SlideContent::Kind::Table:
        return layoutTable(content);
    case SlideContent::Kind::Bullets:
        return layoutBullets(content);
    }
    return {};
}

void SlideLayout::addFooters(QList<SlidePage> &pages, const Deck &deck) const
{
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        SlidePage &page = pages[i];
        if (page.section == DeckSection::Title && i == 0)
            continue;
        TextBox left = textBox(QRectF(kMargin, kFooterTop, kContentWidth * 0.75, kFooterHeight),
                               tr("%1 \u00b7 Sprint review").arg(deck.title), 10, false,
                               m_theme.mutedText(), 10);
        left.name = u"Footer"_s;
        page.items.append(left);
        TextBox right = textBox(
            QRectF(kMargin + kContentWidth * 0.75, kFooterTop, kContentWidth * 0.25, kFooterHeight),
            u"%1 / %2"_s.arg(i + 1).arg(total), 10, false, m_theme.mutedText(), 10,
            TextAlign::Right);
        right.name = u"Slide Number"_s;
        page.items.append(right);
    }
}

QList<SlidePage> SlideLayout::layoutTitle(const SlideContent &content) const
{
    SlidePage page;
    page.section = content.section;
    page.title = content.title;
    page.background = m_theme.background();
    page.notes = content.notes;

    ShapeBox band;
    band.rect = QRectF(0, 0, 18, kSlideHeight);
    band.fill = m_theme.accent();
    page.items.append(band);

    const double left = 72;
    const double width = kSlideWidth - left - 64;
    double y = 96;
    TextBox kicker =
        textBox(QRectF(left, y, width, 24), tr("SPRINT REVIEW"), 14, true, m_theme.accent(), 10);
    kicker.name = u"Kicker"_s;
    page.items.append(kicker);
    y += 30;

    TextBox title =
        textBox(QRectF(left, y, width, 150), content.title, 44, true, m_theme.text(), 24);
    title.title = true;
    title.name = u"Title"_s;
    // The title box is as tall as its lines, so what follows sits right under it.
    title.rect.setHeight(std::ceil(m_fitter.paragraphsHeight(title.paragraphs)) + 2);
    page.items.append(title);
    y += title.rect.height() + 10;

    ShapeBox rule;
    rule.rect = QRectF(left, y, 96, 5);
    rule.fill = m_theme.accent();
    page.items.append(rule);
    y += 22;

    if (!content.subtitle.isEmpty()) {
        TextBox dates =
            textBox(QRectF(left, y, width, 30), content.subtitle, 20, false, m_theme.text(), 12);
        dates.name = u"Dates"_s;
        page.items.append(dates);
        y += 34;
    }
    // Team and similar lines: one each, muted.
    for (const QString &line : content.lines) {
        if (y > 360)
            break;
        TextBox t = textBox(QRectF(left, y, width, 48), line, 16, false, m_theme.mutedText(), 11);
        t.rect.setHeight(std::ceil(m_fitter.paragraphsHeight(t.paragraphs)) + 2);
        t.name = u"Detail"_s;
        page.items.append(t);
        y += t.rect.height() + 6;
    }

    if (!content.groups.isEmpty()) {
        // The sprint goal in a panel at the bottom.
        const BulletGroup &goal = content.groups.first();
        const QRectF panel(left, std::max(y + 12, 384.0), width, 0);
        QRectF rect = panel;
        rect.setBottom(kSlideHeight - 44);
        ShapeBox box;
        box.rect = rect;
        box.fill = m_theme.surface();
        box.radius = 8;
        page.items.append(box);
        const QRectF inner = rect.adjusted(20, 14, -20, -12);
        TextBox heading = textBox(QRectF(inner.left(), inner.top(), inner.width(), 20),
                                  goal.heading, 13, true, m_theme.accent(), 10);
        heading.name = u"Goal Heading"_s;
        page.items.append(heading);
        TextBox text =
            textBox(QRectF(inner.left(), inner.top() + 24, inner.width(), inner.height() - 24),
                    goal.items.join(u'\n'), 18, false, m_theme.text(), 11);
        text.name = u"Goal"_s;
        page.items.append(text);
    }
    return {page};
}

QList<SlidePage> SlideLayout::layoutFigures(const SlideContent &content) const
{
    SlidePage page = newPage(content, content.subtitle);
    const int n = int(std::min<qsizetype>(content.figures.size(), 4));
    const double top = kContentTop + 8;
    const double height = 156;
    if (n > 0) {
        const double tileWidth = (kContentWidth - (n - 1) * kGap) / n;
        for (int i = 0; i < n; ++i) {
            const KeyFigure &f = content.figures.at(i);
            const QRectF rect(kMargin + i * (tileWidth + kGap), top, tileWidth, height);
            ShapeBox tile;
            tile.rect = rect;
            tile.fill = m_theme.surface();
            tile.radius = 8;
            page.items.append(tile);
            ShapeBox mark;
            mark.rect = QRectF(rect.left(), rect.top() + 16, 4, 24);
            mark.fill = f.highlight ? m_theme.accent() : m_theme.mutedText();
            page.items.append(mark);

            const QRectF inner = rect.adjusted(18, 16, -16, -14);
            TextBox label = textBox(QRectF(inner.left(), inner.top(), inner.width(), 24), f.label,
                                    14, true, m_theme.mutedText(), 9);
            label.name = u"Figure Label"_s;
            page.items.append(label);
            TextBox value =
                textBox(QRectF(inner.left(), inner.top() + 30, inner.width(), 52), f.value, 36,
                        true, f.highlight ? m_theme.accent() : m_theme.text(), 14);
            value.anchor = TextBox::Anchor::Middle;
            value.name = u"Figure"_s;
            page.items.append(value);
            TextBox caption =
                textBox(QRectF(inner.left(), inner.top() + 88, inner.width(), inner.height() - 88),
                        f.caption, 12, false, m_theme.mutedText(), 8);
            caption.name = u"Figure Caption"_s;
            page.items.append(caption);
        }
    }
    if (!content.lines.isEmpty()) {
        const QRectF rect(kMargin, top + height + 26, kContentWidth,
                          kContentBottom - (top + height + 26));
        TextBox remarks = bulletBox(rect, content.lines, 17, 10);
        remarks.name = u"Remarks"_s;
        page.items.append(remarks);
    }
    return {page};
}

QList<SlidePage> SlideLayout::layoutChart(const SlideContent &content) const
{
    SlidePage page = newPage(content, content.subtitle);
    const double captionHeight = content.caption.isEmpty() ? 0 : 26;
    ChartBox chart;
    chart.rect =
        QRectF(kMargin, kContentTop, kContentWidth, kContentBottom - kContentTop - captionHeight);
    chart.chart = content.chart;
    page.items.append(chart);
    if (!content.caption.isEmpty()) {
        TextBox caption = textBox(
            QRectF(kMargin, kContentBottom - captionHeight + 4, kContentWidth, captionHeight - 4),
            content.caption, 13, false, m_theme.mutedText(), 9);
        caption.name = u"Caption"_s;
        page.items.append(caption);
    }
    return {page};
}

QList<SlidePage> SlideLayout::layoutTable(const SlideContent &content) const
{
    const TableData &table = content.table;
    const double size = kTableFontSize;
    const double padX = 7;
    const double padY = 4;
    const double lineHeight = m_fitter.lineHeight(size, false);
    const double boldLineHeight = m_fitter.lineHeight(size, true);

    if (table.rows.isEmpty() || table.columns.isEmpty()) {
        SlidePage page = newPage(content, content.subtitle);
        TextBox empty =
            textBox(QRectF(kMargin, kContentTop + 40, kContentWidth, 120), table.emptyText, 22,
                    false, m_theme.mutedText(), 12, TextAlign::Center);
        empty.name = u"Empty"_s;
        page.items.append(empty);
        return {page};
    }

    // Column widths from the weights, in whole points; the last column takes the rest.
    double weights = 0;
    for (const TableColumn &c : table.columns)
        weights += std::max(0.01, c.weight);
    QList<double> widths;
    double used = 0;
    for (int i = 0; i < table.columns.size(); ++i) {
        double w = std::floor(kContentWidth * std::max(0.01, table.columns.at(i).weight) / weights);
        if (i == table.columns.size() - 1)
            w = kContentWidth - used;
        widths.append(w);
        used += w;
    }

    auto makeRow = [&](const QStringList &values, bool header, bool bold, double *height) {
        QList<TableCell> cells;
        int lines = 1;
        for (int c = 0; c < table.columns.size(); ++c) {
            const TableColumn &column = table.columns.at(c);
            TableCell cell;
            cell.text = values.value(c).simplified();
            cell.bold = bold;
            cell.align = header ? (column.align == TableColumn::Align::Right ? TextAlign::Right
                                                                             : TextAlign::Left)
                                : toTextAlign(column.align);
            const int maxLines = (header || column.wrap) ? 2 : 1;
            bool elided = false;
            cell.lines =
                m_fitter.wrap(cell.text, size, bold, widths.at(c) - 2 * padX, maxLines, &elided);
            if (elided)
                cell.text = cell.lines.join(u' '); // the PPTX shows the same cut text
            lines = std::max(lines, int(cell.lines.size()));
            cells.append(cell);
        }
        *height = std::ceil(lines * (bold ? boldLineHeight : lineHeight) + 2 * padY);
        return cells;
    };

    double headerHeight = 0;
    const QList<TableCell> header = makeRow(
        [&] {
            QStringList h;
            for (const TableColumn &c : table.columns)
                h.append(c.header);
            return h;
        }(),
        true, true, &headerHeight);

    QList<QList<TableCell>> rows;
    QList<double> heights;
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool total = table.totalRow && r == table.rows.size() - 1;
        double h = 0;
        rows.append(makeRow(table.rows.at(r), false, total, &h));
        heights.append(h);
    }

    // Rows per slide: greedy first to know how many slides are needed, then the
    // rows are spread evenly over them, so the last slide is not a lone row.
    const double room = kContentBottom - kContentTop - headerHeight;
    auto split = [&](double limit) {
        QList<int> starts{0};
        double filled = 0;
        for (int r = 0; r < heights.size(); ++r) {
            if (filled > 0 && filled + heights.at(r) > limit + 0.01) {
                starts.append(r);
                filled = 0;
            }
            filled += heights.at(r);
        }
        return starts;
    };
    QList<int> starts = split(room);
    const int n = int(starts.size());
    if (n > 1) {
        // The same number of rows on every slide (give or take one), when they fit…
        QList<int> even;
        bool fits = true;
        const int total = int(heights.size());
        for (int p = 0; p < n && fits; ++p) {
            const int first = int(qint64(total) * p / n), last = int(qint64(total) * (p + 1) / n);
            double filled = 0;
            for (int r = first; r < last; ++r)
                filled += heights.at(r);
            fits = filled <= room + 0.01;
            even.append(first);
        }
        if (fits) {
            starts = even;
        } else {
            // …else the same height on every slide, as near as the rows allow.
            double all = 0;
            for (double h : heights)
                all += h;
            const double maxRow = *std::max_element(heights.begin(), heights.end());
            for (double limit = all / double(n); limit < room; limit += maxRow / 2) {
                const QList<int> balanced = split(limit);
                if (balanced.size() == n) {
                    starts = balanced;
                    break;
                }
            }
        }
    }

    QList<SlidePage> pages;
    const int pageCount = int(starts.size());
    for (int p = 0; p < pageCount; ++p) {
        const int first = starts.at(p);
        const int last = p + 1 < pageCount ? starts.at(p + 1) : int(rows.size());
        const int dataRows = int(table.rows.size()) - (table.totalRow ? 1 : 0);
        QString subtitle = content.subtitle;
        if (pageCount > 1) {
            const QString range = tr("rows %1\u2013%2 of %3, slide %4 of %5")
                                      .arg(first + 1)
                                      .arg(std::min(last, dataRows))
                                      .arg(dataRows)
                                      .arg(p + 1)
                                      .arg(pageCount);
            subtitle = subtitle.isEmpty() ? range : subtitle + u" \u00b7 "_s + range;
        }
        SlideContent pageContent = content;
        if (p > 0)
            pageContent.title = tr("%1 (continued)").arg(content.title);
        SlidePage page = newPage(pageContent, subtitle);

        TableBox box;
        box.columnWidths = widths;
        box.fontSize = size;
        box.paddingX = padX;
        box.paddingY = padY;
        box.gridLine = m_theme.gridLine();
        QList<TableCell> head = header;
        for (TableCell &cell : head) {
            cell.fill = m_theme.tableHeader();
            cell.color = m_theme.tableHeaderText();
        }
        box.rows.append(head);
        box.rowHeights.append(headerHeight);
        double height = headerHeight;
        QStringList shown;
        for (int r = first; r < last; ++r) {
            QList<TableCell> cells = rows.at(r);
            const bool total = table.totalRow && r == table.rows.size() - 1;
            for (TableCell &cell : cells) {
                cell.color = m_theme.text();
                cell.fill = total ? m_theme.surface()
                                  : ((r - first) % 2 ? m_theme.tableBand() : m_theme.background());
            }
            box.rows.append(cells);
            box.rowHeights.append(heights.at(r));
            height += heights.at(r);
            shown.append(table.rows.at(r).join(u" | "_s));
        }
        box.rect = QRectF(kMargin, kContentTop, kContentWidth, height);
        page.items.append(box);
        if (pageCount > 1) {
            // Continued slides carry their own rows in the notes, in full.
            page.notes = (p == 0 ? content.notes + u"\n\n"_s : QString()) + subtitle + u"\n"_s +
                         shown.join(u'\n');
        }
        pages.append(page);
    }
    return pages;
}

QList<SlidePage> SlideLayout::layoutBullets(const SlideContent &content) const
{
    bool allEmpty = true;
    for (const BulletGroup &g : content.groups)
        allEmpty = allEmpty && g.items.isEmpty();
    if (allEmpty && !content.emptyText.isEmpty()) {
        SlidePage page = newPage(content, content.subtitle);
        TextBox empty =
            textBox(QRectF(kMargin, kContentTop + 40, kContentWidth, 120), content.emptyText, 22,
                    false, m_theme.mutedText(), 12, TextAlign::Center);
        empty.name = u"Empty"_s;
        page.items.append(empty);
        return {page};
    }

    const QRectF area = contentRect();
    if (content.groups.size() == 1 && content.groups.first().heading.isEmpty()) {
        // One plain list: as large as fits on one slide, else continued at a readable size.
        const QStringList &items = content.groups.first().items;
        TextBox whole = bulletBox(area, items, kBulletSize, kBulletPageSize);
        if (!whole.elided) {
            SlidePage page = newPage(content, content.subtitle);
            whole.name = u"Content"_s;
            page.items.append(whole);
            return {page};
        }
        // Each item's height at the continued size; a slide takes items while they fit.
        const double size = kBulletPageSize;
        const double lineHeight = m_fitter.lineHeight(size, false);
        const double spacing = std::round(size * 0.45);
        const double width = area.width() - TextFitter::bulletIndent(size);
        QList<QStringList> chunks(1);
        double filled = 0;
        for (const QString &item : items) {
            const double h =
                m_fitter.wrap(item.simplified(), size, false, width).size() * lineHeight;
            const double needed = (chunks.last().isEmpty() ? 0 : spacing) + h;
            if (!chunks.last().isEmpty() && filled + needed > area.height()) {
                chunks.append(QStringList());
                filled = h;
            } else {
                filled += needed;
            }
            chunks.last().append(item);
        }
        QList<SlidePage> pages;
        for (int i = 0; i < chunks.size(); ++i) {
            SlideContent pageContent = content;
            if (i > 0)
                pageContent.title = tr("%1 (continued)").arg(content.title);
            QString subtitle = content.subtitle;
            const QString part = tr("slide %1 of %2").arg(i + 1).arg(chunks.size());
            subtitle = subtitle.isEmpty() ? part : subtitle + u" \u00b7 "_s + part;
            SlidePage page = newPage(pageContent, subtitle);
            TextBox box = bulletBox(area, chunks.at(i), size, kMinBodySize);
            box.name = u"Content"_s;
            page.items.append(box);
            pages.append(page);
        }
        return pages;
    }

    // Groups side by side (two or three), or a 2 x 2 grid for four.
    SlidePage page = newPage(content, content.subtitle);
    const int n = int(content.groups.size());
    const int columns = n == 4 ? 2 : std::max(1, std::min(n, 3));
    const int gridRows = (n + columns - 1) / std::max(1, columns);
    const double w = (area.width() - (columns - 1) * kGap) / columns;
    const double h = (area.height() - (gridRows - 1) * 16) / std::max(1, gridRows);
    // Every panel uses the size the fullest one needs, so the slide reads evenly.
    double size = gridRows > 1 ? 14 : 16;
    auto panelRect = [&](int i) {
        return QRectF(area.left() + (i % columns) * (w + kGap),
                      area.top() + (i / columns) * (h + 16), w, h);
    };
    for (int i = 0; i < n; ++i) {
        const TextBox box =
            bulletBox(panelRect(i).adjusted(18, 12, -16, -10), content.groups.at(i).items, size, 9,
                      content.groups.at(i).heading);
        for (const TextParagraph &p : box.paragraphs)
            if (p.bullet)
                size = std::min(size, p.size);
    }
    // …unless that is very small: then only the fullest panels shrink further.
    size = std::max(size, 12.0);
    for (int i = 0; i < n; ++i) {
        const BulletGroup &group = content.groups.at(i);
        const QRectF rect = panelRect(i);
        ShapeBox panel;
        panel.rect = rect;
        panel.fill = m_theme.surface();
        panel.radius = 8;
        page.items.append(panel);
        ShapeBox mark;
        mark.rect = QRectF(rect.left(), rect.top() + 14, 4, 22);
        mark.fill = m_theme.accent();
        page.items.append(mark);
        TextBox box =
            bulletBox(rect.adjusted(18, 12, -16, -10), group.items, size, 9, group.heading);
        box.name = group.heading.isEmpty() ? u"Content"_s : group.heading;
        page.items.append(box);
    }
    return {page};
}

int SlidePage::chartCount() const
{
    return int(std::count_if(items.begin(), items.end(), [](const SlideItem &item) {
        return std::holds_alternative<ChartBox>(item);
    }));
}

} // namespace SprintDeck

#include "ui/board/carddelegate.h"
#include "ui/common/boardstyle.h"

#include "core/board/cardages.h"
#include "core/domain/card.h"
#include "core/models/roles.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
constexpr int kPad = 10;
constexpr int kStripe = 4;
constexpr qreal kRadius = 6;
constexpr int kGapAfterKey = 5;
constexpr int kGapAfterTitle = 7;

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(8, qRound(base.pixelSize() * factor)));
    f.setWeight(weight);
    return f;
}

/** Draws `text` in at most two lines inside `rect`, eliding the end of the second. */
void drawTwoLines(QPainter *p, const QRectF &rect, const QString &text, const QFont &font,
                  int lineHeight)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return;
    }
    first.setLineWidth(rect.width());
    first.setPosition(QPointF(0, 0));
    const int rest = first.textStart() + first.textLength();
    layout.endLayout();
    layout.draw(p, rect.topLeft());
    if (rest >= text.size())
        return;
    const QFontMetrics fm(font);
    const QString second =
        fm.elidedText(text.mid(rest).trimmed(), Qt::ElideRight, int(rect.width()));
    p->setFont(font);
    p->drawText(QRectF(rect.left(), rect.top() + lineHeight, rect.width(), lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, second);
}
} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cards(24 * 1024) // KiB: a few hundred cards of a large window
{}

const CardDelegate::Metrics &CardDelegate::metrics(const QFont &font) const
{
    if (m_metrics.rowHeight > 0 && m_metrics.base == font)
        return m_metrics;
    Metrics m;
    m.base = font;
    m.key = scaled(font, 0.88, QFont::DemiBold);
    m.title = font;
    m.small = scaled(font, 0.84, QFont::Normal);
    m.badge = scaled(font, 0.84, QFont::Bold);
    m.keyHeight = QFontMetrics(m.key).height();
    m.titleLine = QFontMetrics(m.title).lineSpacing();
    m.smallHeight = QFontMetrics(m.small).height();
    m.avatar = qRound(m.smallHeight * 1.55);
    m.chipHeight = m.smallHeight + 4;
    m.bottomHeight = qMax(m.avatar, m.chipHeight);
    m.rowHeight = 2 * kMarginY + 2 * kPad + m.keyHeight + kGapAfterKey + 2 * m.titleLine +
                  kGapAfterTitle + m.bottomHeight;
    m_metrics = m;
    return m_metrics;
}

int CardDelegate::rowHeight(const QFont &font) const
{
    return metrics(font).rowHeight;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Uniform rows: the width follows the view, the height only the font.
    return {qMax(120, option.rect.width()), metrics(option.font).rowHeight};
}

int CardDelegate::ageOf(const QModelIndex &index) const
{
    return m_ages ? m_ages->days(index.data(CardIdRole).toLongLong()) : 0;
}

QString CardDelegate::cacheKey(const QStyleOptionViewItem &option, const QModelIndex &index,
                               qreal dpr) const
{
    constexpr auto states = QStyle::State_Selected | QStyle::State_HasFocus |
                            QStyle::State_MouseOver | QStyle::State_Enabled | QStyle::State_Active;
    QString key;
    key.reserve(160);
    const QChar sep = u'\x1f';
    key += QString::number(index.data(CardIdRole).toLongLong()) + sep +
           QString::number(option.rect.width()) + u'x' + QString::number(option.rect.height()) +
           u'@' + QString::number(dpr) + sep + QString::number(int(option.state & states)) + sep +
           QString::number(option.palette.cacheKey()) + u'/' +
           QString::number(int(option.palette.currentColorGroup())) + sep + option.font.key() + sep;
    for (int role : {KeyRole, TitleRole, AssigneeNameRole, AssigneeInitialsRole})
        key += index.data(role).toString() + sep;
    const QVariant points = index.data(PointsRole);
    key += (points.isValid() ? QString::number(points.toDouble()) : QString()) + sep;
    for (int role : {PriorityRole, TypeRole, ChecklistDoneRole, ChecklistTotalRole})
        key += QString::number(index.data(role).toInt()) + sep;
    key +=
        QString::number(int(index.data(BlockedRole).toBool()) | int(index.data(IsDoneRole).toBool())
                                                                    << 1) +
        sep + index.data(LabelsRole).toStringList().join(sep) + sep + QString::number(ageOf(index));
    return key;
}

void CardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QSize size = option.rect.size();
    if (size.isEmpty())
        return;
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const QString key = cacheKey(option, index, dpr);
    QPixmap *card = m_cards.object(key);
    if (!card) {
        auto pm = std::make_unique<QPixmap>(size * dpr);
        pm->setDevicePixelRatio(dpr);
        pm->fill(Qt::transparent);
        {
            QPainter painter(pm.get());
            QStyleOptionViewItem at = option;
            at.rect = QRect(QPoint(0, 0), size);
            paintCard(&painter, at, index);
        }
        const qsizetype cost = qMax<qsizetype>(1, qsizetype(pm->width()) * pm->height() / 256);
        card = pm.get();
        if (!m_cards.insert(key, pm.release(), cost)) {
            paintCard(p, option, index); // larger than the whole cache: paint it directly
            return;
        }
    }
    // In strips: the raster engine hands a blend of more than about 32k pixels to its thread
    // pool, whose wake-ups cost more than copying one card.
    const qreal strip = qMax(1, 16384 / qMax(1, card->width()));
    const qreal height = card->height();
    for (qreal y = 0; y < height; y += strip) {
        const qreal h = qMin(strip, height - y);
        p->drawPixmap(
            QRectF(option.rect.left(), option.rect.top() + y / dpr, size.width(), h / dpr), *card,
            QRectF(0, y, card->width(), h));
    }
}

void CardDelegate::paintCard(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const Metrics &m = metrics(option.font);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool blocked = index.data(BlockedRole).toBool();
    const bool done = index.data(IsDoneRole).toBool();
    const int priority = index.data(PriorityRole).toInt();
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = BoardStyle::secondaryText(pal);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor dangerColor = BoardStyle::danger(pal);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);

    const QRectF card = QRectF(option.rect).adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY);
    QPainterPath shape;
    shape.addRoundedRect(card, kRadius, kRadius);

    // A soft shadow lifts the card off the column.
    p->setPen(Qt::NoPen);
    QColor shadow = Qt::black;
    shadow.setAlphaF(BoardStyle::isDark(pal) ? 0.35f : 0.07f);
    p->setBrush(shadow);
    p->drawRoundedRect(card.translated(0, 1.2), kRadius, kRadius);

    QColor background = BoardStyle::cardBackground(pal);
    if (blocked)
        background = BoardStyle::mix(background, dangerColor, 0.07);
    if (selected)
        background = BoardStyle::mix(background, highlight, 0.16);
    p->fillPath(shape, background);

    // Priority stripe on the left edge, clipped to the rounded card.
    p->save();
    p->setClipPath(shape);
    p->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()),
                BoardStyle::priorityColor(priority, pal));
    p->restore();

    QColor borderColor = BoardStyle::cardBorder(pal);
    qreal borderWidth = 1;
    if (selected) {
        borderColor = highlight;
        borderWidth = 1.6;
    } else if (blocked) {
        borderColor = BoardStyle::mix(dangerColor, background, 0.25);
    } else if (hovered) {
        borderColor = BoardStyle::mix(borderColor, highlight, 0.55);
    }
    p->setPen(QPen(borderColor, borderWidth));
    p->setBrush(Qt::NoBrush);
    p->drawPath(shape);

    if (focused) {
        QPen ring(highlight, 2);
        p->setPen(ring);
        p->drawRoundedRect(card.adjusted(-2.5, -2.5, 2.5, 2.5), kRadius + 2, kRadius + 2);
    }

    const QRectF content = card.adjusted(kStripe + kPad - 2, kPad, -kPad, -kPad);

    // --- first row: type glyph, key, blocked marker, points ---------------
    qreal right = content.right();
    const QVariant points = index.data(PointsRole);
    if (points.isValid()) {
        const QString pts = formatPoints(points.toDouble());
        const QFontMetrics fm(m.badge);
        const qreal w = qMax<qreal>(m.keyHeight + 2, fm.horizontalAdvance(pts) + 12);
        const QRectF badge(right - w, content.top() - 1, w, m.keyHeight + 2);
        p->setPen(Qt::NoPen);
        p->setBrush(BoardStyle::mix(background, text, 0.09));
        p->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p->setFont(m.badge);
        p->setPen(text);
        p->drawText(badge, Qt::AlignCenter, pts);
        right = badge.left() - 6;
    }
    if (blocked) {
        const QString label = tr("BLOCKED");
        const QFontMetrics fm(m.badge);
        const qreal w = fm.horizontalAdvance(label) + 12;
        const QRectF tag(right - w, content.top() - 1, w, m.keyHeight + 2);
        p->setPen(Qt::NoPen);
        p->setBrush(dangerColor);
        p->drawRoundedRect(tag, 4, 4);
        p->setFont(m.badge);
        p->setPen(BoardStyle::isDark(pal) ? QColor(0x20, 0x10, 0x10) : QColor(Qt::white));
        p->drawText(tag, Qt::AlignCenter, label);
        right = tag.left() - 6;
    }
    const qreal glyph = qRound(m.keyHeight * 0.62);
    BoardStyle::paintTypeGlyph(
        p, QRectF(content.left(), content.top() + (m.keyHeight - glyph) / 2, glyph, glyph),
        index.data(TypeRole).toInt(), pal);
    qreal x = content.left() + glyph + 6;
    p->setFont(m.key);
    p->setPen(secondary);
    const QFontMetrics keyFm(m.key);
    QString key = index.data(KeyRole).toString();
    key = keyFm.elidedText(key, Qt::ElideRight, int(qMax<qreal>(0, right - x)));
    p->drawText(QRectF(x, content.top(), right - x, m.keyHeight), Qt::AlignLeft | Qt::AlignVCenter,
                key);
    if (done) {
        // A tick after the key marks finished work without hiding it.
        const qreal kx = x + keyFm.horizontalAdvance(key) + 6;
        if (kx + m.keyHeight < right) {
            QPen tick(BoardStyle::success(pal), 1.8);
            tick.setCapStyle(Qt::RoundCap);
            tick.setJoinStyle(Qt::RoundJoin);
            p->setPen(tick);
            const qreal h = m.keyHeight;
            const qreal ty = content.top();
            QPainterPath path;
            path.moveTo(kx + h * 0.1, ty + h * 0.52);
            path.lineTo(kx + h * 0.35, ty + h * 0.75);
            path.lineTo(kx + h * 0.8, ty + h * 0.28);
            p->drawPath(path);
        }
    }

    // --- title, two lines --------------------------------------------------
    const qreal titleTop = content.top() + m.keyHeight + kGapAfterKey;
    p->setPen(done ? secondary : text);
    drawTwoLines(p, QRectF(content.left(), titleTop, content.width(), 2 * m.titleLine),
                 index.data(TitleRole).toString(), m.title, m.titleLine);

    // --- bottom row: labels, checklist, avatar -----------------------------
    const qreal bottomTop = content.bottom() - m.bottomHeight;
    const QRectF avatar(content.right() - m.avatar, bottomTop + (m.bottomHeight - m.avatar) / 2.0,
                        m.avatar, m.avatar);
    BoardStyle::paintAvatar(p, avatar, index.data(AssigneeNameRole).toString(),
                            index.data(AssigneeInitialsRole).toString(), pal);
    qreal limit = avatar.left() - 8;

    const int total = index.data(ChecklistTotalRole).toInt();
    if (total > 0) {
        const int ticked = index.data(ChecklistDoneRole).toInt();
        const QString progress = u"%1/%2"_s.arg(ticked).arg(total);
        const QFontMetrics fm(m.small);
        const qreal box = m.smallHeight * 0.72;
        const qreal w = box + 4 + fm.horizontalAdvance(progress);
        const qreal cx = limit - w;
        const QColor c = ticked == total ? BoardStyle::success(pal) : secondary;
        const qreal cy = bottomTop + m.bottomHeight / 2.0;
        const QRectF boxRect(cx, cy - box / 2, box, box);
        p->setPen(QPen(c, 1.3));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(boxRect, 2, 2);
        QPainterPath tick;
        tick.moveTo(boxRect.left() + box * 0.22, boxRect.top() + box * 0.52);
        tick.lineTo(boxRect.left() + box * 0.42, boxRect.top() + box * 0.72);
        tick.lineTo(boxRect.left() + box * 0.8, boxRect.top() + box * 0.28);
        p->drawPath(tick);
        p->setFont(m.small);
        p->setPen(c);
        p->drawText(QRectF(boxRect.right() + 4, bottomTop, w, m.bottomHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, progress);
        limit = cx - 8;
    }

    if (const int age = ageOf(index); age > 0) {
        // Days in progress, beside the checklist: how long the card has been worked on.
        const QString text = tr("%n d", "days a card has been in progress", age);
        const QFontMetrics fm(m.small);
        const qreal w = fm.horizontalAdvance(text) + 10;
        const QRectF chip(limit - w, bottomTop + (m.bottomHeight - m.chipHeight) / 2.0, w,
                          m.chipHeight);
        p->setPen(QPen(secondary, 1));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p->setFont(m.small);
        p->setPen(secondary);
        p->drawText(chip, Qt::AlignCenter, text);
        limit = chip.left() - 6;
    }

    const QStringList labels = index.data(LabelsRole).toStringList();
    if (!labels.isEmpty()) {
        const QFontMetrics fm(m.small);
        const qreal chipTop = bottomTop + (m.bottomHeight - m.chipHeight) / 2.0;
        qreal cx = content.left();
        p->setFont(m.small);
        for (int i = 0; i < labels.size(); ++i) {
            const QString &label = labels.at(i);
            const qreal w = fm.horizontalAdvance(label) + 12;
            const QString more = u"+%1"_s.arg(labels.size() - i - 1);
            const qreal reserve = i + 1 < labels.size() ? fm.horizontalAdvance(more) + 12 + 4 : 0;
            if (cx + w + reserve > limit) {
                // No room for this one: show how many are left instead.
                const QString rest = u"+%1"_s.arg(labels.size() - i);
                const qreal rw = fm.horizontalAdvance(rest) + 12;
                if (cx + rw <= limit) {
                    const QRectF chip(cx, chipTop, rw, m.chipHeight);
                    p->setPen(Qt::NoPen);
                    p->setBrush(BoardStyle::mix(background, text, 0.08));
                    p->drawRoundedRect(chip, 4, 4);
                    p->setPen(secondary);
                    p->drawText(chip, Qt::AlignCenter, rest);
                }
                break;
            }
            const QRectF chip(cx, chipTop, w, m.chipHeight);
            p->setPen(Qt::NoPen);
            p->setBrush(BoardStyle::chipBackground(label, pal));
            p->drawRoundedRect(chip, 4, 4);
            p->setPen(BoardStyle::chipText(label, pal));
            p->drawText(chip, Qt::AlignCenter, label);
            cx += w + 4;
        }
    }
    p->restore();
}

} // namespace SprintDeck

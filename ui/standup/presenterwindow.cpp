#include "ui/standup/presenterwindow.h"
#include "ui/common/boardstyle.h"
#include "ui/common/inertdocument.h"
#include "ui/shell/settings.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

const QColor kBackground(0x11, 0x16, 0x22);
const QColor kPanel(0x1a, 0x21, 0x30);
const QColor kText(0xec, 0xef, 0xf4);
const QColor kMuted(0x8e, 0x99, 0xab);
const QColor kAccent(0x4f, 0xc3, 0xa1);
const QColor kAmber(0xf2, 0xb1, 0x3c);
const QColor kRed(0xff, 0x5d, 0x5d);

QFont pixelFont(qreal px, bool bold = false)
{
    QFont f;
    f.setPixelSize(qMax(8, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v)))
                                              : QString::number(v, 'f', 1);
}

/** Lays out markdown in `width` at the largest size from `px` down that fits `maxHeight`. */
void layoutFitting(QTextDocument &doc, const QString &markdown, qreal width, qreal maxHeight,
                   qreal px, qreal minPx)
{
    doc.setDocumentMargin(0);
    doc.setIndentWidth(px * 1.1);
    doc.setMarkdown(markdown, kMarkdownWithoutHtml);
    doc.setTextWidth(width);
    for (qreal size = px; size >= minPx; size -= 2) {
        doc.setDefaultFont(pixelFont(size));
        if (doc.size().height() <= maxHeight)
            return;
    }
}

void drawDocument(QPainter &p, QTextDocument &doc, const QPointF &at, const QColor &color,
                  qreal maxHeight)
{
    p.save();
    p.translate(at);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, color);
    ctx.clip = QRectF(0, 0, doc.textWidth(), maxHeight);
    p.setClipRect(ctx.clip);
    doc.documentLayout()->draw(&p, ctx);
    p.restore();
}

} // namespace

PresenterWindow::PresenterWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tick(new QTimer(this))
    , m_speakerSeconds(configuredSpeakerSeconds())
{
    setObjectName(u"presenterWindow"_s);
    setWindowTitle(tr("Standup"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::ArrowCursor);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_tick->start();
}

int PresenterWindow::configuredSpeakerSeconds()
{
    return Settings::speakerSeconds();
}

void PresenterWindow::setConfiguredSpeakerSeconds(int seconds)
{
    Settings::setSpeakerSeconds(seconds);
}

void PresenterWindow::setClock(Clock clock)
{
    stopClock();
    m_clock = std::move(clock);
    startClock();
}

void PresenterWindow::setSpeakerSeconds(int seconds)
{
    m_speakerSeconds = qMax(1, seconds);
    update();
}

void PresenterWindow::setContent(const PresenterContent &content)
{
    stopClock();
    const qint64 currentMember =
        m_page < m_content.speakers.size() ? m_content.speakers.at(m_page).memberId : -1;
    const bool onClosing = isClosingPage() && !m_content.speakers.isEmpty();
    QHash<qint64, qint64> spent;
    for (int i = 0; i < m_content.speakers.size() && i < m_spent.size(); ++i)
        spent.insert(m_content.speakers.at(i).memberId, m_spent.at(i));
    m_content = content;
    m_spent.clear();
    int page = onClosing ? int(m_content.speakers.size()) : 0;
    for (int i = 0; i < m_content.speakers.size(); ++i) {
        m_spent.append(spent.value(m_content.speakers.at(i).memberId));
        if (m_content.speakers.at(i).memberId == currentMember)
            page = i;
    }
    m_page = page;
    startClock();
    update();
}

void PresenterWindow::setCurrentPage(int page)
{
    page = qBound(0, page, pageCount() - 1);
    if (page == m_page)
        return;
    stopClock();
    m_page = page;
    startClock();
    update();
    emit pageChanged(m_page);
}

void PresenterWindow::stopClock()
{
    if (m_runningSince >= 0 && m_page < m_spent.size())
        m_spent[m_page] += m_clock() - m_runningSince;
    m_runningSince = -1;
}

void PresenterWindow::startClock()
{
    if (!m_paused && m_page < m_content.speakers.size())
        m_runningSince = m_clock();
}

qint64 PresenterWindow::elapsedMs() const
{
    if (m_page >= m_spent.size())
        return 0;
    return m_spent.at(m_page) + (m_runningSince >= 0 ? m_clock() - m_runningSince : 0);
}

qint64 PresenterWindow::meetingMs() const
{
    qint64 total = 0;
    for (qint64 ms : m_spent)
        total += ms;
    return total + (m_runningSince >= 0 ? m_clock() - m_runningSince : 0);
}

bool PresenterWindow::isOverTime() const
{
    return !isClosingPage() && elapsedMs() >= qint64(m_speakerSeconds) * 1000;
}

bool PresenterWindow::isNearlyOverTime() const
{
    const qint64 limit = qint64(m_speakerSeconds) * 1000;
    const qint64 warning = qMin<qint64>(30000, limit / 5);
    return !isClosingPage() && !isOverTime() && elapsedMs() >= limit - warning;
}

void PresenterWindow::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    stopClock();
    m_paused = paused;
    startClock();
    update();
}

void PresenterWindow::restartTimer()
{
    stopClock();
    if (m_page < m_spent.size())
        m_spent[m_page] = 0;
    startClock();
    update();
}

QColor PresenterWindow::timerColor() const
{
    if (isOverTime())
        return kRed;
    if (isNearlyOverTime())
        return kAmber;
    return kAccent;
}

QImage PresenterWindow::render(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(kBackground);
    QPainter painter(&image);
    paint(painter, QRect(QPoint(0, 0), size));
    return image;
}

void PresenterWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect());
}

void PresenterWindow::paint(QPainter &p, const QRect &rect) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect, kBackground);
    const qreal s = qMin(rect.height() / 1080.0, rect.width() / 1920.0);
    const qreal margin = 56 * s;
    const QRectF inner = QRectF(rect).adjusted(margin, 40 * s, -margin, -28 * s);
    const QRectF header(inner.left(), inner.top(), inner.width(), 110 * s);
    const QRectF footer(inner.left(), inner.bottom() - 44 * s, inner.width(), 44 * s);
    const QRectF body(inner.left(), header.bottom() + 24 * s, inner.width(),
                      footer.top() - header.bottom() - 48 * s);
    paintHeader(p, header);
    if (isClosingPage())
        paintClosing(p, body);
    else
        paintSpeaker(p, body, m_content.speakers.at(m_page));
    paintFooter(p, footer);
    p.restore();
}

void PresenterWindow::paintHeader(QPainter &p, const QRectF &area) const
{
    const qreal s = area.height() / 110.0;
    p.setFont(pixelFont(22 * s, true));
    p.setPen(kAccent);
    p.drawText(QRectF(area.left(), area.top(), area.width() / 2, 30 * s),
               Qt::AlignLeft | Qt::AlignTop, tr("DAILY STANDUP"));
    p.setFont(pixelFont(40 * s, true));
    p.setPen(kText);
    const QString date = QLocale().toString(m_content.date, u"dddd, MMMM d"_s);
    p.drawText(QRectF(area.left(), area.top() + 34 * s, area.width() / 2, 56 * s),
               Qt::AlignLeft | Qt::AlignTop, date);

    if (m_content.sprintName.isEmpty())
        return;
    const qreal w = 480 * s;
    const QRectF right(area.right() - w, area.top(), w, area.height());
    p.setFont(pixelFont(22 * s, true));
    p.setPen(kMuted);
    p.drawText(QRectF(right.left(), right.top(), w, 30 * s), Qt::AlignRight | Qt::AlignTop,
               m_content.sprintName.toUpper());
    QString line;
    if (m_content.hasProgress)
        line =
            tr("%1 / %2 points").arg(number(m_content.donePoints), number(m_content.totalPoints));
    const QString left =
        m_content.daysLeft == 1 ? tr("last day") : tr("%n days left", nullptr, m_content.daysLeft);
    p.setFont(pixelFont(34 * s, true));
    const QFontMetricsF big(p.font());
    p.setFont(pixelFont(26 * s));
    const QFontMetricsF small(p.font());
    const QString tail = line.isEmpty() ? left : u"  \u00b7  "_s + left;
    const qreal tailWidth = small.horizontalAdvance(tail);
    const qreal baseline = right.top() + 34 * s + big.ascent();
    p.setPen(kMuted);
    p.drawText(QPointF(right.right() - tailWidth, baseline), tail);
    p.setFont(pixelFont(34 * s, true));
    p.setPen(kText);
    p.drawText(QPointF(right.right() - tailWidth - big.horizontalAdvance(line), baseline), line);
    if (m_content.hasProgress && m_content.totalPoints > 0) {
        const QRectF bar(right.left() + 80 * s, right.top() + 90 * s, w - 80 * s, 10 * s);
        p.setPen(Qt::NoPen);
        p.setBrush(kPanel);
        p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
        const qreal fraction = qBound(0.0, m_content.donePoints / m_content.totalPoints, 1.0);
        p.setBrush(kAccent);
        p.drawRoundedRect(QRectF(bar.topLeft(), QSizeF(bar.width() * fraction, bar.height())),
                          bar.height() / 2, bar.height() / 2);
    }
}

void PresenterWindow::paintSpeaker(QPainter &p, const QRectF &area,
                                   const PresenterContent::Speaker &sp) const
{
    const qreal s = area.height() / 820.0;
    // Left: who speaks and their time.
    const QRectF left(area.left(), area.top(), area.width() * 0.3, area.height());
    const qreal d = qMin(left.width() * 0.7, 280 * s);
    const QRectF ring(left.center().x() - d / 2, left.top() + 30 * s, d, d);
    const qreal limit = qMax<qint64>(1, qint64(m_speakerSeconds) * 1000);
    const qint64 elapsed = elapsedMs();
    const QColor color = timerColor();
    p.setPen(QPen(kPanel, 14 * s));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(ring);
    p.setPen(QPen(color, 14 * s, Qt::SolidLine, Qt::RoundCap));
    const qreal fraction = qMin(1.0, elapsed / limit);
    if (fraction > 0)
        p.drawArc(ring, 90 * 16, -int(std::lround(fraction * 360 * 16)));
    BoardStyle::paintAvatar(&p, ring.adjusted(22 * s, 22 * s, -22 * s, -22 * s), sp.name,
                            sp.initials, palette());

    qreal y = ring.bottom() + 34 * s;
    p.setPen(kText);
    p.setFont(pixelFont(50 * s, true));
    const QRectF nameRect(left.left(), y, left.width(), 130 * s);
    QRectF used;
    p.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, sp.name, &used);
    y = used.bottom() + 6 * s;
    p.setPen(kMuted);
    p.setFont(pixelFont(24 * s));
    p.drawText(QRectF(left.left(), y, left.width(), 34 * s), Qt::AlignHCenter | Qt::AlignTop,
               tr("Speaker %1 of %2").arg(m_page + 1).arg(m_content.speakers.size()));
    y += 58 * s;
    p.setPen(color);
    p.setFont(pixelFont(96 * s, true));
    p.drawText(QRectF(left.left(), y, left.width(), 110 * s), Qt::AlignHCenter | Qt::AlignTop,
               clockText(elapsed));
    y += 112 * s;
    p.setFont(pixelFont(26 * s, isOverTime()));
    p.setPen(isOverTime() ? kRed : kMuted);
    QString under = isOverTime() ? tr("+%1 over time").arg(clockText(elapsed - qint64(limit)))
                                 : tr("of %1").arg(clockText(qint64(limit)));
    if (m_paused)
        under += u"  \u00b7  "_s + tr("paused");
    p.drawText(QRectF(left.left(), y, left.width(), 36 * s), Qt::AlignHCenter | Qt::AlignTop,
               under);

    // Right: what they say, in three blocks that share the height.
    const QRectF right(left.right() + 40 * s, area.top(), area.right() - left.right() - 40 * s,
                       area.height());
    p.setPen(Qt::NoPen);
    p.setBrush(kPanel);
    p.drawRoundedRect(right, 18 * s, 18 * s);
    const QRectF text = right.adjusted(44 * s, 34 * s, -44 * s, -30 * s);
    struct Block
    {
        QString title;
        QString markdown;
        QString empty;
        bool alert;
    };
    const Block blocks[] = {
        {tr("YESTERDAY"), sp.yesterday, tr("Nothing reported"), false},
        {tr("TODAY"), sp.today, tr("Nothing reported"), false},
        {tr("BLOCKERS"), sp.blockers, tr("No blockers"), !sp.blockers.trimmed().isEmpty()},
    };
    const qreal titleH = 40 * s;
    const qreal gap = 26 * s;
    // Share the height by need: measure at full size, then shrink the largest until all fit.
    InertDocument docs[3];
    qreal px = 42 * s;
    for (; px >= 16 * s; px -= 2 * s) {
        qreal total = 0;
        for (int i = 0; i < 3; ++i) {
            docs[i].setDocumentMargin(0);
            docs[i].setIndentWidth(px * 1.1);
            docs[i].setMarkdown(blocks[i].markdown.trimmed().isEmpty() ? blocks[i].empty
                                                                       : blocks[i].markdown,
                                kMarkdownWithoutHtml);
            docs[i].setDefaultFont(pixelFont(px));
            docs[i].setTextWidth(text.width());
            total += titleH + docs[i].size().height();
        }
        if (total + 2 * gap <= text.height())
            break;
    }
    qreal top = text.top();
    for (int i = 0; i < 3; ++i) {
        p.setFont(pixelFont(22 * s, true));
        p.setPen(blocks[i].alert ? kRed : kAccent);
        p.drawText(QRectF(text.left(), top, text.width(), titleH), Qt::AlignLeft | Qt::AlignTop,
                   blocks[i].title);
        top += titleH;
        const bool empty = blocks[i].markdown.trimmed().isEmpty();
        const qreal h = qMin(docs[i].size().height(), text.bottom() - top);
        drawDocument(p, docs[i], QPointF(text.left(), top), empty ? kMuted : kText, h);
        top += h + gap;
    }
}

void PresenterWindow::paintClosing(QPainter &p, const QRectF &area) const
{
    const qreal s = area.height() / 820.0;
    p.setPen(kText);
    p.setFont(pixelFont(64 * s, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), 90 * s), Qt::AlignLeft | Qt::AlignTop,
               m_content.speakers.isEmpty() ? tr("No one on the standup yet")
                                            : tr("That\u2019s everyone"));
    p.setPen(kMuted);
    p.setFont(pixelFont(28 * s));
    p.drawText(QRectF(area.left(), area.top() + 92 * s, area.width(), 40 * s),
               Qt::AlignLeft | Qt::AlignTop, tr("Meeting time %1").arg(clockText(meetingMs())));

    QString blockers;
    for (const PresenterContent::Speaker &sp : m_content.speakers)
        if (!sp.blockers.trimmed().isEmpty())
            blockers += u"**%1**\n\n%2\n\n"_s.arg(sp.name, sp.blockers.trimmed());
    const QRectF panels(area.left(), area.top() + 160 * s, area.width(), area.height() - 160 * s);
    const qreal half = (panels.width() - 40 * s) / 2;
    const struct
    {
        QString title;
        QString markdown;
        QString empty;
        QColor accent;
    } columns[] = {
        {tr("BLOCKERS TO FOLLOW UP"), blockers, tr("No blockers today"), kRed},
        {tr("TEAM NOTE"), m_content.note, tr("No note"), kAccent},
    };
    for (int i = 0; i < 2; ++i) {
        const QRectF panel(panels.left() + i * (half + 40 * s), panels.top(), half,
                           panels.height());
        p.setPen(Qt::NoPen);
        p.setBrush(kPanel);
        p.drawRoundedRect(panel, 18 * s, 18 * s);
        const QRectF inner = panel.adjusted(36 * s, 30 * s, -36 * s, -30 * s);
        p.setFont(pixelFont(22 * s, true));
        p.setPen(columns[i].markdown.trimmed().isEmpty() ? kMuted : columns[i].accent);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 40 * s),
                   Qt::AlignLeft | Qt::AlignTop, columns[i].title);
        InertDocument doc;
        const bool empty = columns[i].markdown.trimmed().isEmpty();
        layoutFitting(doc, empty ? columns[i].empty : columns[i].markdown, inner.width(),
                      inner.height() - 44 * s, 30 * s, 14 * s);
        drawDocument(p, doc, QPointF(inner.left(), inner.top() + 44 * s), empty ? kMuted : kText,
                     inner.height() - 44 * s);
    }
}

void PresenterWindow::paintFooter(QPainter &p, const QRectF &area) const
{
    const qreal s = area.height() / 44.0;
    // One dot per page; the current one is wide.
    const qreal dot = 10 * s;
    qreal x = area.left();
    const qreal cy = area.center().y();
    p.setPen(Qt::NoPen);
    for (int i = 0; i < pageCount(); ++i) {
        const bool current = i == m_page;
        const qreal w = current ? 3 * dot : dot;
        p.setBrush(current ? kAccent : (i < m_page ? kMuted : kPanel.lighter(160)));
        p.drawRoundedRect(QRectF(x, cy - dot / 2, w, dot), dot / 2, dot / 2);
        x += w + dot;
    }
    p.setFont(pixelFont(20 * s));
    p.setPen(kMuted);
    p.drawText(QRectF(x + 16 * s, area.top(), area.width() / 2, area.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Meeting %1").arg(clockText(meetingMs())));
    p.drawText(
        area, Qt::AlignRight | Qt::AlignVCenter,
        tr("\u2190 \u2192  previous / next     P  pause     R  restart timer     Esc  close"));
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        setCurrentPage(0);
        break;
    case Qt::Key_End:
        setCurrentPage(pageCount() - 1);
        break;
    case Qt::Key_P:
        setPaused(!m_paused);
        break;
    case Qt::Key_R:
        restartTimer();
        break;
    case Qt::Key_F:
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

} // namespace SprintDeck

#include "ui/charts/chartbuilder.h"
#include "ui/common/boardstyle.h"

#include "core/analytics/dateaxis.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck::ChartBuilder {

namespace {

const QColor kIdeal(0x9a, 0xa3, 0xae);
const QColor kRemaining(0x25, 0x63, 0xeb);
const QColor kScope(0xea, 0x8a, 0x0c);
// Teal sets the markers apart from the scope line they sit on and from the other lines; it keeps
// 3:1 against the chart background in both themes.
const QColor kScopeChange(0x0d, 0x94, 0x88);
const QColor kCompleted(0x16, 0xa3, 0x4a);
const QColor kToday(0xdc, 0x26, 0x26);
const QColor kForecast(0x7c, 0x3a, 0xed);
const QColor kShade(0x94, 0xa3, 0xb8, 46);
const QColor kCommitted(0x93, 0xc5, 0xfd);

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QApplication::translate("SprintDeck::ChartBuilder", text, disambiguation, n);
}

/** Grid lines: a faint line of the text colour on the chart's background. */
QColor gridColor()
{
    const QPalette pal = QApplication::palette();
    return BoardStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.13);
}

void reset(QChart *chart, const QString &title)
{
    // The light or dark chart theme follows the application's palette, the background its
    // base colour, so charts sit on the window like the cards do.
    const QPalette pal = QApplication::palette();
    const QChart::ChartTheme theme =
        BoardStyle::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    chart->removeAllSeries();
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->setBackgroundRoundness(0);
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

/** Hover tooltips on a line or scatter series: `text(point)`; hidden on leave. */
template<typename Series, typename Text> void tooltips(Series *series, Text text)
{
    QObject::connect(series, &Series::hovered, series, [text](const QPointF &point, bool state) {
        if (state)
            showTip(text(point));
        else
            QToolTip::hideText();
    });
}

QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCapStyle(Qt::RoundCap);
    p.setJoinStyle(Qt::RoundJoin);
    return p;
}

double niceMax(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= value * 1.08)
            return step * magnitude;
    return 10 * magnitude;
}

/**
 * Axis, tick and grid lines one device pixel wide: the scene asks every line for its bounds on
 * each repaint, and a line with a pen width outlines its stroke to answer.
 */
void cosmeticLines(QAbstractAxis *axis)
{
    QPen line = axis->linePen();
    line.setWidthF(0);
    axis->setLinePen(line);
    QPen grid = axis->gridLinePen();
    grid.setWidthF(0);
    axis->setGridLinePen(grid);
}

QValueAxis *valueAxis(QChart *chart, double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, niceMax(max));
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%g"_s);
    axis->setTitleText(title);
    QFont f = axis->labelsFont();
    f.setPointSizeF(8);
    axis->setLabelsFont(f);
    axis->setTitleFont(f);
    axis->setGridLineColor(gridColor());
    cosmeticLines(axis);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

/** The x scale of a day chart: day i spans [i, i + 1]; labels in the middle, lines at day ends. */
struct DayScale
{
    QDate first;
    int count = 0;

    double endOf(QDate day) const { return double(first.daysTo(day) + 1); }
    double at(const QDateTime &t, const QTimeZone &zone) const
    {
        const QDateTime local = t.toTimeZone(zone);
        const QDate day = local.date();
        const qint64 start = day.startOfDay(zone).toMSecsSinceEpoch();
        const qint64 length = day.addDays(1).startOfDay(zone).toMSecsSinceEpoch() - start;
        return double(first.daysTo(day)) +
               double(t.toMSecsSinceEpoch() - start) / double(qMax<qint64>(1, length));
    }
    QDate dateAt(double x) const { return first.addDays(qint64(std::floor(x))); }

    /** A day's label: its number (the month is the axis title), "d/M" on longer ranges. */
    QString label(QDate day) const
    {
        if (count <= 31)
            return QString::number(day.day());
        return QLocale().toString(day, count > 365 ? u"d/M/yy"_s : u"d/M"_s);
    }

    /**
     * Labels every n-th day, n chosen by the width the axis has, so labels never overlap.
     * Category labels must be unique: each labels a different day.
     */
    void thin(QCategoryAxis *axis, double width) const
    {
        const QFontMetricsF metrics(axis->labelsFont());
        double widest = 0;
        for (int i = 0; i < count; ++i)
            widest = qMax(widest, metrics.horizontalAdvance(label(first.addDays(i))));
        const int step = DateAxis::tickStep(count, width, widest + metrics.averageCharWidth() * 2);
        if (axis->count() > 0 && axis->property(kTickStep).toInt() == step)
            return;
        axis->setProperty(kTickStep, step);
        const QStringList labels = axis->categoriesLabels();
        for (const QString &l : labels)
            axis->remove(l);
        for (int i = 0; i < count; i += step)
            axis->append(label(first.addDays(i)), i + 0.5);
    }

    QCategoryAxis *axis(QChart *chart) const
    {
        auto *axis = new QCategoryAxis;
        // Labels in the middle of their day; the weekends show as shaded bands.
        axis->setStartValue(0);
        axis->setRange(0, qMax(1, count));
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        QFont f = axis->labelsFont();
        f.setPointSizeF(8);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
        axis->setTitleText(DateAxis::caption(first, first.addDays(qMax(0, count - 1))));
        axis->setGridLineVisible(false);
        cosmeticLines(axis);
        chart->addAxis(axis, Qt::AlignBottom);
        // Before the first layout the plot area is not known: guess from the chart's width.
        const double width = chart->plotArea().width() > 0 ? chart->plotArea().width()
                                                           : chart->size().width() * 0.85;
        thin(axis, width);
        const DayScale scale = *this;
        QObject::connect(chart, &QChart::plotAreaChanged, axis,
                         [scale, axis](const QRectF &plot) { scale.thin(axis, plot.width()); });
        return axis;
    }

    static constexpr const char *kTickStep = "sprintDeckTickStep";
};

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

/** Light bands behind the non-working days (weekends, holidays). */
void shadeNonWorkingDays(QChart *chart, const QList<QPair<QDate, bool>> &days,
                         const DayScale &scale, double top, QAbstractAxis *x, QAbstractAxis *y)
{
    int i = 0;
    while (i < days.size()) {
        if (days.at(i).second) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < days.size() && !days.at(j + 1).second)
            ++j;
        auto *upper = new QLineSeries;
        upper->append(i, top);
        upper->append(j + 1, top);
        auto *area = new QAreaSeries(upper);
        upper->setParent(area);
        area->setObjectName(u"nonWorking"_s);
        area->setName(tr("Non-working day"));
        area->setBrush(kShade);
        area->setPen(Qt::NoPen);
        attach(chart, area, x, y);
        hideFromLegend(chart, area);
        i = j + 1;
    }
    Q_UNUSED(scale);
}

QString dayText(QDate d)
{
    return QLocale().toString(d, u"ddd d MMM"_s);
}

/** Why there is no forecast, as a legend entry without a line. */
void noForecastLegend(QChart *chart, const Burndown &b, QAbstractAxis *x, QAbstractAxis *y)
{
    auto *note = new QLineSeries;
    note->setObjectName(u"noForecast"_s);
    note->setName(noForecastNote(b));
    note->setPen(QPen(Qt::transparent));
    attach(chart, note, x, y);
}

QLineSeries *todayLine(QChart *chart, double x, double top, QAbstractAxis *ax, QAbstractAxis *ay)
{
    auto *today = new QLineSeries;
    today->setObjectName(u"today"_s);
    today->setName(tr("Today"));
    today->setPen(pen(kToday, 2.0, Qt::DashLine));
    today->append(x, 0);
    today->append(x, top);
    attach(chart, today, ax, ay);
    return today;
}

} // namespace

QString number(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    QString text = QString::number(rounded == 0 ? 0.0 : rounded, 'f', 2);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

QString unitText(ChartUnit unit)
{
    return unit == ChartUnit::Points ? tr("points") : tr("cards");
}

void burndown(QChart *chart, const Burndown &b, const QTimeZone &zone)
{
    reset(chart, tr("Burndown"));
    if (b.days.isEmpty())
        return;
    // The chart keeps to the sprint's days; a later forecast runs off its right edge.
    const DayScale scale{b.days.first().date, int(b.days.size())};

    double top = b.committed;
    for (const BurndownPoint &p : b.days) {
        top = qMax(top, p.ideal);
        top = qMax(top, p.remaining.value_or(0));
        top = qMax(top, p.scope.value_or(0));
    }
    QCategoryAxis *x = scale.axis(chart);
    QValueAxis *y = valueAxis(chart, top, unitText(b.unit));
    const double yTop = y->max();

    QList<QPair<QDate, bool>> calendar;
    for (int i = 0; i < scale.count; ++i) {
        const QDate d = scale.first.addDays(i);
        const int index = int(b.days.first().date.daysTo(d));
        calendar.append(
            {d, index < b.days.size() ? b.days.at(index).workingDay : (d.dayOfWeek() < 6)});
    }
    shadeNonWorkingDays(chart, calendar, scale, yTop, x, y);

    const ChartUnit unit = b.unit;
    auto *ideal = new QLineSeries;
    ideal->setObjectName(u"ideal"_s);
    ideal->setName(tr("Ideal"));
    ideal->setPen(pen(kIdeal, 2, Qt::DashLine));
    ideal->append(0, b.committed);
    for (const BurndownPoint &p : b.days)
        ideal->append(scale.endOf(p.date), p.ideal);
    attach(chart, ideal, x, y);
    tooltips(ideal, [scale, unit](const QPointF &pt) {
        if (pt.x() <= 0)
            return tr("Committed: %1 %2").arg(number(pt.y()), unitText(unit));
        return tr("Ideal at the end of %1: %2 %3")
            .arg(dayText(scale.dateAt(std::ceil(pt.x()) - 1)), number(pt.y()), unitText(unit));
    });

    // The scope as steps in the middle of the day it changed, each step with a marker.
    auto *scope = new QLineSeries;
    scope->setObjectName(u"scope"_s);
    scope->setName(tr("Scope"));
    scope->setPen(pen(kScope, 1.5));
    auto *markers = new QScatterSeries;
    markers->setObjectName(u"scopeChanges"_s);
    markers->setName(tr("Scope change"));
    markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    markers->setMarkerSize(10);
    markers->setColor(kScopeChange);
    markers->setBorderColor(QApplication::palette().color(QPalette::Base));
    QHash<int, QString> changeText;
    if (b.remainingAtStart) {
        double current = b.committed;
        scope->append(0, current);
        for (int i = 0; i < b.days.size(); ++i) {
            const BurndownPoint &p = b.days.at(i);
            if (!p.scope)
                break;
            if (!p.changes.isEmpty()) {
                scope->append(i + 0.5, current);
                scope->append(i + 0.5, *p.scope);
                markers->append(i + 0.5, *p.scope);
                QStringList lines{tr("Scope change on %1: %2%3 %4")
                                      .arg(dayText(p.date), p.scopeChange > 0 ? u"+"_s : QString(),
                                           number(p.scopeChange), unitText(unit))};
                for (const ScopeChange &c : p.changes)
                    lines.append(u"\u2022 "_s + describeScopeChange(c, unit) + u"  ("_s +
                                 scopeChangeKindName(c.kind) + u')');
                changeText.insert(int(markers->count()) - 1, lines.join(u'\n'));
            }
            current = *p.scope;
            // Today is not over: the line stops at now.
            const bool isToday = b.today && p.date == *b.today;
            const double end = isToday ? scale.at(b.now, zone) : i + 1;
            scope->append(p.changes.isEmpty() ? end : qMax(i + 0.5, end), current);
        }
    }
    attach(chart, scope, x, y);
    attach(chart, markers, x, y);
    QObject::connect(markers, &QScatterSeries::hovered, markers,
                     [markers, changeText](const QPointF &pt, bool state) {
                         if (!state) {
                             QToolTip::hideText();
                             return;
                         }
                         const QList<QPointF> points = markers->points();
                         for (int i = 0; i < points.size(); ++i)
                             if (qFuzzyCompare(points.at(i).x(), pt.x()))
                                 showTip(changeText.value(i));
                     });

    // Remaining: the start, the end of each day that has passed, and "now" on today.
    auto *remaining = new QLineSeries;
    remaining->setObjectName(u"remaining"_s);
    remaining->setName(tr("Remaining"));
    remaining->setPen(pen(kRemaining, 2.5));
    remaining->setPointsVisible(true);
    if (b.remainingAtStart)
        remaining->append(0, *b.remainingAtStart);
    for (const BurndownPoint &p : b.days) {
        if (!p.remaining)
            break;
        const bool isToday = b.today && p.date == *b.today;
        remaining->append(isToday ? scale.at(b.now, zone) : scale.endOf(p.date), *p.remaining);
    }
    attach(chart, remaining, x, y);
    const std::optional<QDate> today = b.today;
    tooltips(remaining, [scale, unit, today](const QPointF &pt) {
        if (pt.x() <= 0)
            return tr("Remaining at the start: %1 %2").arg(number(pt.y()), unitText(unit));
        const QDate d = scale.dateAt(std::ceil(pt.x()) - 1);
        if (today && d == *today)
            return tr("Remaining now: %1 %2").arg(number(pt.y()), unitText(unit));
        return tr("Remaining at the end of %1: %2 %3")
            .arg(dayText(d), number(pt.y()), unitText(unit));
    });

    if (b.today) {
        const double nowX = scale.at(b.now, zone);
        todayLine(chart, nowX, yTop, x, y);
        if (b.forecast && b.remainingNow) {
            auto *forecast = new QLineSeries;
            forecast->setObjectName(u"forecast"_s);
            const bool monteCarlo = b.forecastMethod == ForecastMethod::MonteCarlo;
            forecast->setName(monteCarlo ? tr("Forecast (85 %): %1").arg(dayText(*b.forecast))
                                         : tr("Forecast: %1").arg(dayText(*b.forecast)));
            forecast->setPen(pen(kForecast, 2, Qt::DotLine));
            forecast->append(nowX, *b.remainingNow);
            const double endX = qMin(double(scale.count), scale.endOf(*b.forecast));
            const double share = (scale.endOf(*b.forecast) - nowX) > 0
                                     ? (endX - nowX) / (scale.endOf(*b.forecast) - nowX)
                                     : 1.0;
            forecast->append(endX, qMax(0.0, *b.remainingNow * (1 - share)));
            attach(chart, forecast, x, y);
            const QString text =
                monteCarlo ? tr("85 % likely done by %1 (50 %: %2, 95 %: %3), from the team's "
                                "throughput of its last working days")
                                 .arg(dayText(*b.forecast), dayText(b.forecast50.value_or(QDate())),
                                      dayText(b.forecast95.value_or(QDate())))
                           : tr("Forecast: done on %1 at %2 %3 a working day")
                                 .arg(dayText(*b.forecast), number(b.dailyRate), unitText(unit));
            tooltips(forecast, [text](const QPointF &) { return text; });
        }
    }
    if (!b.forecast)
        noForecastLegend(chart, b, x, y);
    chart->setTitle(tr("Burndown \u2014 %1 (%2)").arg(b.sprintName, unitText(unit)));
}

void burnup(QChart *chart, const Burnup &b, const Burndown &marks, const QTimeZone &zone)
{
    reset(chart, tr("Burnup \u2014 %1 (%2)").arg(b.sprintName, unitText(b.unit)));
    if (b.days.isEmpty())
        return;
    const DayScale scale{b.days.first().date, int(b.days.size())};
    double top = b.committed;
    for (const BurnupPoint &p : b.days)
        top = qMax(top, p.scope.value_or(0));
    QCategoryAxis *x = scale.axis(chart);
    QValueAxis *y = valueAxis(chart, top, unitText(b.unit));
    QList<QPair<QDate, bool>> calendar;
    for (const BurnupPoint &p : b.days)
        calendar.append({p.date, p.workingDay});
    shadeNonWorkingDays(chart, calendar, scale, y->max(), x, y);

    const ChartUnit unit = b.unit;
    auto *ideal = new QLineSeries;
    ideal->setObjectName(u"ideal"_s);
    ideal->setName(tr("Ideal"));
    ideal->setPen(pen(kIdeal, 2, Qt::DashLine));
    ideal->append(0, 0);
    for (const BurnupPoint &p : b.days)
        ideal->append(scale.endOf(p.date), p.ideal);
    attach(chart, ideal, x, y);

    auto *scope = new QLineSeries;
    scope->setObjectName(u"scope"_s);
    scope->setName(tr("Total scope"));
    scope->setPen(pen(kScope, 2));
    auto *completed = new QLineSeries;
    completed->setObjectName(u"completed"_s);
    completed->setName(tr("Completed"));
    completed->setPen(pen(kCompleted, 2.5));
    completed->setPointsVisible(true);
    if (b.completedAtStart) {
        double current = b.committed;
        scope->append(0, current);
        completed->append(0, *b.completedAtStart);
        for (int i = 0; i < b.days.size(); ++i) {
            const BurnupPoint &p = b.days.at(i);
            if (!p.scope)
                break;
            if (*p.scope != current) {
                scope->append(i + 0.5, current);
                scope->append(i + 0.5, *p.scope);
            }
            current = *p.scope;
            const bool isToday = marks.today && p.date == *marks.today;
            const double end = isToday ? scale.at(marks.now, zone) : i + 1;
            scope->append(qMax(scope->points().constLast().x(), end), current);
            completed->append(end, p.completed.value_or(0));
        }
    }
    attach(chart, scope, x, y);
    attach(chart, completed, x, y);
    tooltips(scope, [unit](const QPointF &pt) {
        return tr("Total scope: %1 %2").arg(number(pt.y()), unitText(unit));
    });
    tooltips(completed, [scale, unit](const QPointF &pt) {
        if (pt.x() <= 0)
            return tr("Completed at the start: %1 %2").arg(number(pt.y()), unitText(unit));
        return tr("Completed by %1: %2 %3")
            .arg(dayText(scale.dateAt(std::ceil(pt.x()) - 1)), number(pt.y()), unitText(unit));
    });
    if (marks.today)
        todayLine(chart, scale.at(marks.now, zone), y->max(), x, y);
}

void velocity(QChart *chart, const Velocity &v)
{
    reset(chart, tr("Velocity \u2014 last %n sprint(s) (%1)", nullptr, int(v.rows.size()))
                     .arg(unitText(v.unit)));
    if (v.rows.isEmpty()) {
        chart->setTitle(tr("Velocity \u2014 no closed sprints yet"));
        return;
    }
    auto *committed = new QBarSet(tr("Committed"));
    committed->setColor(kCommitted);
    committed->setBorderColor(kCommitted.darker(115));
    auto *completed = new QBarSet(tr("Completed"));
    completed->setColor(kCompleted);
    completed->setBorderColor(kCompleted.darker(115));
    QStringList names;
    double top = 0;
    for (const Velocity::Row &row : v.rows) {
        committed->append(row.committed);
        completed->append(row.completed);
        names.append(row.name);
        top = qMax(top, qMax(row.committed, row.completed));
    }
    auto *bars = new QBarSeries;
    bars->setObjectName(u"velocityBars"_s);
    bars->append(committed);
    bars->append(completed);
    bars->setBarWidth(0.7);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    QFont f = x->labelsFont();
    f.setPointSizeF(8);
    x->setLabelsFont(f);
    x->setGridLineVisible(false);
    cosmeticLines(x);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(chart, top, unitText(v.unit));
    attach(chart, bars, x, y);

    auto *average = new QLineSeries;
    average->setObjectName(u"average"_s);
    average->setName(tr("Average completed: %1").arg(number(v.averageCompleted)));
    average->setPen(pen(kForecast, 2, Qt::DashLine));
    average->append(-0.5, v.averageCompleted);
    average->append(double(v.rows.size()) - 0.5, v.averageCompleted);
    attach(chart, average, x, y);

    const QList<Velocity::Row> rows = v.rows;
    const ChartUnit unit = v.unit;
    QObject::connect(
        bars, &QBarSeries::hovered, bars, [rows, unit](bool state, int index, QBarSet *) {
            if (!state || index < 0 || index >= rows.size()) {
                QToolTip::hideText();
                return;
            }
            const Velocity::Row &r = rows.at(index);
            showTip(tr("%1 (%2 \u2013 %3)\nCommitted %4 %6, completed %5 %6")
                        .arg(r.name, QLocale().toString(r.start, QLocale::ShortFormat),
                             QLocale().toString(r.end, QLocale::ShortFormat), number(r.committed),
                             number(r.completed), unitText(unit)));
        });
    const QString averageText =
        tr("Average completed over %n sprint(s): %1", nullptr, int(v.rows.size()))
            .arg(number(v.averageCompleted));
    tooltips(average, [averageText](const QPointF &) { return averageText; });
}

namespace {

/** The stacked areas of a flow chart: per column, the upper and lower edge per day. */
struct FlowEdges
{
    QList<QList<QPointF>> upper, lower; // by column
    double top = 0;
};

FlowEdges flowEdges(const CumulativeFlow &flow, QDate first)
{
    FlowEdges e;
    const int n = int(flow.columns.size());
    e.upper.resize(n);
    e.lower.resize(n);
    QList<double> base(flow.dates.size(), 0.0);
    for (int c = n - 1; c >= 0; --c) {
        for (int d = 0; d < flow.dates.size(); ++d) {
            const double xPos = first.daysTo(flow.dates.at(d)) + 0.5;
            e.lower[c].append({xPos, base.at(d)});
            base[d] += flow.values.at(d).at(c);
            e.upper[c].append({xPos, base.at(d)});
        }
    }
    for (double b : std::as_const(base))
        e.top = qMax(e.top, b);
    return e;
}

/** What a flow chart is drawn for besides its numbers: unit, columns and days. */
QStringList flowShape(const CumulativeFlow &flow)
{
    QStringList shape{unitText(flow.unit)};
    for (const Column &c : flow.columns)
        shape.append(c.name);
    for (QDate d : flow.dates)
        shape.append(QString::number(d.toJulianDay()));
    return shape;
}

QList<double> columnValues(const CumulativeFlow &flow, int c)
{
    QList<double> values;
    values.reserve(flow.values.size());
    for (const QList<double> &day : flow.values)
        values.append(day.at(c));
    return values;
}

/**
 * Moves the areas of a flow chart drawn for the same days, columns and unit to new numbers,
 * without rebuilding the chart (a card move changes the numbers, rarely the rest).
 */
bool updateFlowInPlace(QChart *chart, const CumulativeFlow &flow)
{
    const QVariant drawn = chart->property("flowShape");
    if (!drawn.isValid() || drawn.toStringList() != flowShape(flow))
        return false;
    const FlowEdges e = flowEdges(flow, flow.dates.first());
    QList<QAreaSeries *> areas;
    for (const Column &c : flow.columns) {
        QAreaSeries *area = nullptr;
        const QList<QAbstractSeries *> all = chart->series();
        for (QAbstractSeries *s : all)
            if (s->objectName() == u"flow:"_s + c.name)
                area = qobject_cast<QAreaSeries *>(s);
        if (!area || !area->upperSeries() || !area->lowerSeries())
            return false;
        areas.append(area);
    }
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!y)
        return false;
    if (!qFuzzyCompare(y->max(), niceMax(e.top))) {
        y->setRange(0, niceMax(e.top));
        y->applyNiceNumbers();
    }
    // A move changes the edge between two areas: the other lines keep their geometry.
    const auto update = [](QLineSeries *line, const QList<QPointF> &points) {
        if (line->points() != points)
            line->replace(points);
    };
    for (int c = 0; c < areas.size(); ++c) {
        update(areas.at(c)->upperSeries(), e.upper.at(c));
        update(areas.at(c)->lowerSeries(), e.lower.at(c));
        areas.at(c)->setProperty("flowValues", QVariant::fromValue(columnValues(flow, c)));
    }
    return true;
}

} // namespace

void cumulativeFlow(QChart *chart, const CumulativeFlow &flow)
{
    if (!flow.dates.isEmpty() && !flow.columns.isEmpty() && updateFlowInPlace(chart, flow))
        return;
    reset(chart, tr("Cumulative flow (%1)").arg(unitText(flow.unit)));
    chart->setProperty("flowShape", QVariant());
    if (flow.dates.isEmpty()) {
        // Like velocity without closed sprints: the title says why the chart is empty.
        chart->setTitle(tr("Cumulative flow \u2014 starts when the sprint starts"));
        return;
    }
    if (flow.columns.isEmpty())
        return;
    const DayScale scale{flow.dates.first(), int(flow.dates.first().daysTo(flow.dates.last())) + 1};
    const FlowEdges edges = flowEdges(flow, scale.first);
    QCategoryAxis *x = scale.axis(chart);
    QValueAxis *y = valueAxis(chart, edges.top, unitText(flow.unit));

    // Colours run from grey (to do) over blue and violet to green (done).
    const QList<QColor> palette{QColor(0xcb, 0xd5, 0xe1), QColor(0x60, 0xa5, 0xfa),
                                QColor(0xa7, 0x8b, 0xfa), QColor(0xf4, 0x72, 0xb6),
                                QColor(0xfb, 0xbf, 0x24), QColor(0x2d, 0xd4, 0xbf)};
    const int n = int(flow.columns.size());
    const ChartUnit unit = flow.unit;
    for (int c = n - 1; c >= 0; --c) {
        const Column &column = flow.columns.at(c);
        auto *upper = new QLineSeries;
        auto *newLower = new QLineSeries;
        upper->replace(edges.upper.at(c));
        newLower->replace(edges.lower.at(c));
        auto *area = new QAreaSeries(upper, newLower);
        upper->setParent(area);
        newLower->setParent(area);
        area->setObjectName(u"flow:"_s + column.name);
        area->setName(column.name);
        area->setProperty("flowValues", QVariant::fromValue(columnValues(flow, c)));
        const QColor color = column.done ? kCompleted : palette.at(c % palette.size());
        area->setColor(color);
        area->setBorderColor(color.darker(120));
        attach(chart, area, x, y);
        const QList<QDate> dates = flow.dates;
        const QString name = column.name;
        QObject::connect(area, &QAreaSeries::hovered, area, [=](const QPointF &pt, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QList<double> values = area->property("flowValues").value<QList<double>>();
            const int d =
                qBound(0, int(std::lround(pt.x() - 0.5 - scale.first.daysTo(dates.first()))),
                       int(dates.size()) - 1);
            showTip(tr("%1 on %2: %3 %4")
                        .arg(name, dayText(dates.at(d)), number(values.value(d)), unitText(unit)));
        });
    }
    chart->setProperty("flowShape", flowShape(flow));
}

} // namespace SprintDeck::ChartBuilder

// --- flow charts -----------------------------------------------------------------------------

namespace SprintDeck::ChartBuilder {

namespace {

// 50, 70, 85 and 95: grey, teal, amber and violet; red stays for the cards past the 85th.
const QColor kPercentile[] = {QColor(0x64, 0x74, 0x8b), QColor(0x0d, 0x94, 0x88),
                              QColor(0xea, 0x8a, 0x0c), QColor(0x7c, 0x3a, 0xed)};
const char *const kPercentileNames[] = {"p50", "p70", "p85", "p95"};

QString daysText(int n)
{
    return tr("%n day(s)", nullptr, n);
}

/** A horizontal percentile line across [x0, x1]. */
void percentileLine(QChart *chart, int index, double value, double x0, double x1, QAbstractAxis *x,
                    QAbstractAxis *y)
{
    auto *line = new QLineSeries;
    line->setObjectName(QString::fromLatin1(kPercentileNames[index]));
    const int p = int(kFlowPercentiles[index]);
    line->setName(tr("%1 %: %2").arg(p).arg(daysText(int(value))));
    line->setPen(pen(kPercentile[index], index == 2 ? 2.0 : 1.2, Qt::DashLine));
    line->append(x0, value);
    line->append(x1, value);
    attach(chart, line, x, y);
    const QString text =
        tr("%1 % of the cards finished within %2").arg(p).arg(daysText(int(value)));
    tooltips(line, [text](const QPointF &) { return text; });
}

} // namespace

void cycleTimeScatter(QChart *chart, const CycleTimes &times, QDate from, QDate to)
{
    reset(chart, tr("Cycle time \u2014 %n card(s) finished", nullptr, int(times.points.size())));
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    const DayScale scale{from, int(from.daysTo(to)) + 1};
    int top = times.p95;
    for (const CycleTimes::Point &p : times.points)
        top = qMax(top, p.cycleDays);
    QCategoryAxis *x = scale.axis(chart);
    QValueAxis *y = valueAxis(chart, top, tr("days"));

    auto *dots = new QScatterSeries;
    dots->setObjectName(u"cycleTimes"_s);
    dots->setName(tr("Finished card"));
    dots->setMarkerSize(8);
    dots->setColor(kRemaining);
    dots->setBorderColor(QApplication::palette().color(QPalette::Base));
    QHash<QPair<int, int>, QStringList> names; // (day, days) -> cards, for the tooltip
    for (const CycleTimes::Point &p : times.points) {
        const int day = int(from.daysTo(p.done));
        if (day < 0 || day >= scale.count)
            continue;
        dots->append(day + 0.5, p.cycleDays);
        names[{day, p.cycleDays}].append(u"%1 %2"_s.arg(p.key, p.title));
    }
    // The percentile lines first, so the cards' dots are drawn over them.
    const int values[] = {times.p50, times.p70, times.p85, times.p95};
    if (!times.points.isEmpty())
        for (int i = 0; i < 4; ++i)
            percentileLine(chart, i, values[i], 0, scale.count, x, y);
    attach(chart, dots, x, y);
    tooltips(dots, [names, scale](const QPointF &pt) {
        const int day = int(std::floor(pt.x()));
        const QStringList cards = names.value({day, int(std::lround(pt.y()))});
        return tr("Finished %1 after %2\n%3")
            .arg(dayText(scale.dateAt(day)), daysText(int(std::lround(pt.y()))), cards.join(u'\n'));
    });
    if (times.points.isEmpty())
        chart->setTitle(tr("Cycle time \u2014 no card finished in this range"));
}

void throughputRun(QChart *chart, const Throughput &t, ChartUnit unit, bool weekly)
{
    reset(chart, weekly ? tr("Throughput (%1 a week)").arg(unitText(unit))
                        : tr("Throughput (%1 a day)").arg(unitText(unit)));
    if (t.days.isEmpty())
        return;
    const DayScale scale{t.days.first().date, int(t.days.size())};
    const auto value = [unit](const auto &day) {
        return unit == ChartUnit::Points ? day.points : double(day.items);
    };
    // Each week at the middle of its days in the range (the first and last may be partial).
    QList<QPointF> weeks;
    for (const Throughput::Week &w : t.weeks) {
        const double first = qMax<qint64>(0, scale.first.daysTo(w.monday));
        const double last = qMin<qint64>(scale.count, scale.first.daysTo(w.monday) + 7);
        weeks.append(QPointF((first + last) / 2, value(w)));
    }
    double top = 0;
    for (const Throughput::Day &d : t.days)
        top = qMax(top, value(d));
    for (const QPointF &w : std::as_const(weeks))
        top = weekly ? qMax(top, w.y()) : top;
    QCategoryAxis *x = scale.axis(chart);
    QValueAxis *y = valueAxis(chart, top, unitText(unit));
    QList<QPair<QDate, bool>> calendar;
    for (const Throughput::Day &d : t.days)
        calendar.append({d.date, d.workingDay});
    shadeNonWorkingDays(chart, calendar, scale, y->max(), x, y);

    auto *run = new QLineSeries;
    run->setObjectName(u"throughput"_s);
    run->setName(tr("Finished"));
    run->setPen(pen(kCompleted, 2));
    run->setPointsVisible(true);
    if (weekly) {
        run->append(weeks);
    } else {
        for (int i = 0; i < t.days.size(); ++i)
            run->append(i + 0.5, value(t.days.at(i)));
    }
    attach(chart, run, x, y);
    tooltips(run, [scale, unit, weekly](const QPointF &pt) {
        const QDate day = scale.dateAt(pt.x());
        if (weekly)
            return tr("Week of %1: %2 %3 finished")
                .arg(dayText(day.addDays(1 - day.dayOfWeek())), number(pt.y()), unitText(unit));
        return tr("%1: %2 %3 finished").arg(dayText(day), number(pt.y()), unitText(unit));
    });
    double average = unit == ChartUnit::Points ? t.pointsPerWorkingDay : t.itemsPerWorkingDay;
    if (weekly) {
        average = 0;
        for (const QPointF &w : std::as_const(weeks))
            average += w.y() / double(weeks.size());
    }
    auto *mean = new QLineSeries;
    mean->setObjectName(u"average"_s);
    mean->setName(weekly ? tr("Average a week: %1").arg(number(average))
                         : tr("Average a working day: %1").arg(number(average)));
    mean->setPen(pen(kForecast, 1.5, Qt::DashLine));
    mean->append(0, average);
    mean->append(scale.count, average);
    attach(chart, mean, x, y);
}

void agingWork(QChart *chart, const AgingWork &aging, const QList<Column> &columns)
{
    reset(chart, tr("Ageing work \u2014 %n card(s) in progress", nullptr, int(aging.items.size())));
    // The columns work passes through: all but the first and the done ones.
    QList<Column> shown;
    for (int i = 1; i < columns.size(); ++i)
        if (!columns.at(i).done)
            shown.append(columns.at(i));
    if (shown.isEmpty())
        return;
    auto *x = new QCategoryAxis;
    for (int i = 0; i < shown.size(); ++i)
        x->append(shown.at(i).name, i + 1);
    x->setStartValue(0);
    x->setRange(0, double(shown.size()));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QFont f = x->labelsFont();
    f.setPointSizeF(8);
    x->setLabelsFont(f);
    cosmeticLines(x);
    chart->addAxis(x, Qt::AlignBottom);
    int top = aging.p95;
    for (const AgingWork::Item &item : aging.items)
        top = qMax(top, item.ageDays);
    QValueAxis *y = valueAxis(chart, top, tr("days in progress"));

    auto *young = new QScatterSeries;
    young->setObjectName(u"aging"_s);
    young->setName(tr("In progress"));
    young->setColor(kRemaining);
    auto *old = new QScatterSeries;
    old->setObjectName(u"pastP85"_s);
    old->setName(tr("Older than 85 % of finished cards"));
    old->setColor(kToday);
    QHash<QPair<int, int>, QStringList> names;
    QHash<QPair<int, int>, int> stacked; // cards of one age in one column sit side by side
    for (QScatterSeries *s : {young, old}) {
        s->setMarkerSize(9);
        s->setBorderColor(QApplication::palette().color(QPalette::Base));
    }
    for (const AgingWork::Item &item : aging.items) {
        int column = -1;
        for (int i = 0; i < shown.size(); ++i)
            if (shown.at(i).id == item.columnId)
                column = i;
        if (column < 0)
            continue;
        const int n = stacked[{column, item.ageDays}]++;
        const double offset = (n % 2 == 0 ? 1 : -1) * 0.08 * ((n + 1) / 2);
        (item.pastP85 ? old : young)->append(column + 0.5 + offset, item.ageDays);
        names[{column, item.ageDays}].append(u"%1 %2"_s.arg(item.key, item.title));
    }
    const int values[] = {aging.p50, aging.p70, aging.p85, aging.p95};
    for (int i = 0; i < 4; ++i)
        if (values[i] > 0)
            percentileLine(chart, i, values[i], 0, double(shown.size()), x, y);
    attach(chart, young, x, y);
    attach(chart, old, x, y);
    for (QScatterSeries *s : {young, old})
        tooltips(s, [names](const QPointF &pt) {
            const int days = int(std::lround(pt.y()));
            return tr("%1 in progress\n%2")
                .arg(daysText(days), names.value({int(std::floor(pt.x())), days}).join(u'\n'));
        });
}

void forecastHistogram(QChart *chart, const WhenForecast &when, QDate firstDay,
                       const QString &reason)
{
    reset(chart, tr("When will it be done?"));
    if (!reason.isEmpty() || when.histogram.isEmpty() || !firstDay.isValid()) {
        chart->setTitle(reason.isEmpty() ? tr("When will it be done? \u2014 nothing left to do")
                                         : tr("No forecast: %1").arg(reason));
        return;
    }
    const QDate last = when.histogram.constLast().first;
    const DayScale scale{firstDay, int(firstDay.daysTo(last)) + 1};
    int top = 0;
    for (const auto &bar : when.histogram)
        top = qMax(top, bar.second);
    QCategoryAxis *x = scale.axis(chart);
    QValueAxis *y = valueAxis(chart, 100.0 * top / qMax(1, when.trials), tr("% of trials"));

    auto *upper = new QLineSeries;
    QHash<int, double> share;
    for (const auto &[day, trials] : when.histogram) {
        const int i = int(firstDay.daysTo(day));
        const double percent = 100.0 * trials / qMax(1, when.trials);
        share.insert(i, percent);
        upper->append(i + 0.1, 0);
        upper->append(i + 0.1, percent);
        upper->append(i + 0.9, percent);
        upper->append(i + 0.9, 0);
    }
    auto *bars = new QAreaSeries(upper);
    upper->setParent(bars);
    bars->setObjectName(u"forecast"_s);
    bars->setName(tr("Trials finishing that day"));
    bars->setBrush(kCommitted);
    bars->setPen(pen(kRemaining, 1));
    attach(chart, bars, x, y);
    QObject::connect(bars, &QAreaSeries::hovered, bars,
                     [share, scale](const QPointF &pt, bool state) {
                         if (!state) {
                             QToolTip::hideText();
                             return;
                         }
                         const int day = int(std::floor(pt.x()));
                         showTip(tr("%1: %2 % of the trials finish that day")
                                     .arg(dayText(scale.dateAt(day)), number(share.value(day))));
                     });
    const QDate dates[] = {when.p50, when.p85, when.p95};
    const int percentIndex[] = {0, 2, 3}; // 50, 85 and 95 in the percentile colours
    for (int i = 0; i < 3; ++i) {
        if (!dates[i].isValid())
            continue;
        auto *line = new QLineSeries;
        const int p = int(kForecastPercentiles[i]);
        line->setObjectName(u"p%1"_s.arg(p));
        line->setName(tr("%1 %: %2").arg(p).arg(dayText(dates[i])));
        line->setPen(pen(kPercentile[percentIndex[i]], i == 1 ? 2.5 : 1.5, Qt::DashLine));
        line->append(scale.endOf(dates[i]), 0);
        line->append(scale.endOf(dates[i]), y->max());
        attach(chart, line, x, y);
    }
}

} // namespace SprintDeck::ChartBuilder

#include "core/slides/deck.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

struct SectionInfo
{
    DeckSection section;
    const char16_t *name;
    const char *title;
};

const SectionInfo kSections[] = {
    {DeckSection::Title, u"title", QT_TRANSLATE_NOOP("SprintDeck::Deck", "Title")},
    {DeckSection::Summary, u"summary", QT_TRANSLATE_NOOP("SprintDeck::Deck", "Summary")},
    {DeckSection::Burndown, u"burndown", QT_TRANSLATE_NOOP("SprintDeck::Deck", "Burndown")},
    {DeckSection::Burnup, u"burnup", QT_TRANSLATE_NOOP("SprintDeck::Deck", "Burnup")},
    {DeckSection::Velocity, u"velocity", QT_TRANSLATE_NOOP("SprintDeck::Deck", "Velocity")},
    {DeckSection::Flow, u"flow",
     QT_TRANSLATE_NOOP("SprintDeck::Deck", "Flow: cycle time and forecast")},
    {DeckSection::Completed, u"completed",
     QT_TRANSLATE_NOOP("SprintDeck::Deck", "Completed stories")},
    {DeckSection::NotCompleted, u"notcompleted",
     QT_TRANSLATE_NOOP("SprintDeck::Deck", "Not completed")},
    {DeckSection::Blockers, u"blockers",
     QT_TRANSLATE_NOOP("SprintDeck::Deck", "Blockers and risks")},
    {DeckSection::Progress, u"progress",
     QT_TRANSLATE_NOOP("SprintDeck::Deck", "Progress by priority")},
    {DeckSection::Retro, u"retro", QT_TRANSLATE_NOOP("SprintDeck::Deck", "Retrospective")},
    {DeckSection::Next, u"next", QT_TRANSLATE_NOOP("SprintDeck::Deck", "Next sprint")},
};

} // namespace

QList<DeckSection> allDeckSections()
{
    QList<DeckSection> list;
    for (const SectionInfo &s : kSections)
        list.append(s.section);
    return list;
}

QList<DeckSection> defaultDeckSections()
{
    QList<DeckSection> list = allDeckSections();
    list.removeOne(DeckSection::Flow);
    return list;
}

QString deckSectionName(DeckSection section)
{
    for (const SectionInfo &s : kSections)
        if (s.section == section)
            return QString::fromUtf16(s.name);
    return {};
}

QString deckSectionTitle(DeckSection section)
{
    for (const SectionInfo &s : kSections)
        if (s.section == section)
            return QCoreApplication::translate("SprintDeck::Deck", s.title);
    return {};
}

std::optional<DeckSection> parseDeckSection(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(u'-');
    key.remove(u'_');
    if (key == u"retrospective")
        key = u"retro"_s;
    for (const SectionInfo &s : kSections)
        if (key == QStringView(s.name))
            return s.section;
    return std::nullopt;
}

Result<QList<DeckSection>> parseDeckSections(const QString &list)
{
    QList<DeckSection> sections;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const auto section = parseDeckSection(part);
        if (!section) {
            QStringList names;
            for (const SectionInfo &s : kSections)
                names.append(QString::fromUtf16(s.name));
            return Result<QList<DeckSection>>::failure(
                QCoreApplication::translate("SprintDeck::Deck",
                                            "unknown section \u201c%1\u201d (sections: %2)")
                    .arg(part.trimmed(), names.join(u", "_s)));
        }
        if (!sections.contains(*section))
            sections.append(*section);
    }
    // The deck keeps its own order whatever order the list gives.
    std::sort(sections.begin(), sections.end());
    return sections;
}

QString deckSectionsToString(const QList<DeckSection> &sections)
{
    QStringList names;
    for (DeckSection s : sections)
        names.append(deckSectionName(s));
    return names.join(u',');
}

double ChartData::maxValue() const
{
    double m = 0;
    for (const ChartSeries &s : series)
        for (const std::optional<double> &v : s.values)
            if (v)
                m = std::max(m, *v);
    for (const ChartSeries &s : series)
        for (const QPointF &p : s.points)
            m = std::max(m, p.y());
    return m;
}

int ChartData::dayCount() const
{
    return std::max(1, int(firstDay.daysTo(lastDay)) + 1);
}

namespace {

/** A gridline step of 1, 2, 2.5 or 5 times a power of ten giving at most six steps. */
double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw)
            return std::max(m * magnitude, 0.5);
    return 10 * magnitude;
}

} // namespace

double ChartData::axisStep() const
{
    return niceStep(fixedMax > 0 ? fixedMax : maxValue() * 1.05);
}

double ChartData::axisMax() const
{
    if (fixedMax > 0)
        return fixedMax;
    const double step = axisStep();
    const double max = maxValue();
    if (max <= 0)
        return step * 5;
    return std::ceil(max * 1.05 / step - 1e-9) * step;
}

bool ChartData::isBarChart() const
{
    return std::any_of(series.begin(), series.end(),
                       [](const ChartSeries &s) { return s.style == ChartSeries::Style::Bars; });
}

} // namespace SprintDeck

#pragma once

#include "core/slides/deck.h"
#include "core/slides/reviewdata.h"

#include <QList>

namespace SprintDeck {

/**
 * Turns a sprint's review data into the deck's content: one SlideContent per
 * section that is switched on, with the numbers, charts, tables and the
 * speaker notes that carry the details. Pure: no board, no fonts.
 */
class DeckBuilder
{
public:
    explicit DeckBuilder(const ReviewData &data);

    Deck build(const QList<DeckSection> &sections) const;
    /** The content of one section: none when it has nothing to show (a retrospective without
     * notes), two for Flow (the cycle-time scatterplot, the forecast). */
    QList<SlideContent> section(DeckSection section) const;

    /** The burndown chart: a start point, then one point per day (what `report burndown` lists). */
    ChartData burndownChart() const;
    ChartData burnupChart() const;
    ChartData velocityChart() const;
    /** The sprint's cycle times (done day x days) with the 50/70/85/95th percentile lines; empty
     * without ReviewData::flow. */
    ChartData cycleTimeChart() const;
    /** The forecast's histogram: the share of trials finishing on each day, and done by then. */
    ChartData forecastChart() const;

private:
    SlideContent title() const;
    SlideContent summary() const;
    SlideContent burndownSlide() const;
    SlideContent burnupSlide() const;
    SlideContent velocitySlide() const;
    SlideContent cycleTimeSlide() const;
    SlideContent forecastSlide() const;
    SlideContent completedSlide() const;
    SlideContent notCompletedSlide() const;
    SlideContent blockersSlide() const;
    SlideContent progressSlide() const;
    std::optional<SlideContent> retroSlide() const;
    SlideContent nextSlide() const;

    QString points(double value) const;
    QString date(QDate day) const;
    QString dateRange() const;

    const ReviewData &m_data;
};

} // namespace SprintDeck

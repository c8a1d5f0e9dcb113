#pragma once

#include <QDate>
#include <QString>

namespace SprintDeck::DateAxis {

/**
 * Days from one labelled tick to the next on a date axis `width` wide that shows `dayCount`
 * days, so that labels `labelWidth` wide (gaps included) never overlap: the smallest of 1, 2, 7,
 * 14, 28, 56, 91, 182 and 364 that leaves each label room; 1 when there is nothing to thin.
 * The Charts view, the PDF chart and the PPTX chart (tick label skip) all use it.
 */
int tickStep(int dayCount, double width, double labelWidth);

/**
 * The caption of a date axis over `first`…`last`: the month and year ("March 2025"), the
 * months of one year ("March – April 2025"), or both years across a year boundary
 * ("Dec 2025 – Jan 2026"). Dates in the current locale.
 */
QString caption(QDate first, QDate last);

} // namespace SprintDeck::DateAxis

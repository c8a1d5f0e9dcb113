#pragma once

#include "core/slides/slidepage.h"
#include "core/slides/slidetheme.h"

#include <QByteArray>
#include <QStringList>

namespace SprintDeck {

/**
 * The XML of one slide and of its notes page. Text boxes become shapes with
 * their text (the title box the title placeholder), tables become a:tbl in a
 * graphic frame, charts become graphic frames referring to chart parts.
 */
class PptxSlide
{
public:
    explicit PptxSlide(const SlidePage &page);

    /** The slide part; `chartRelIds` are the relationship ids of the page's charts, in order. */
    QByteArray slideXml(const QStringList &chartRelIds) const;
    /** The notes page: the slide image and the speaker notes. */
    QByteArray notesXml() const;

private:
    const SlidePage &m_page;
};

} // namespace SprintDeck

#pragma once

#include "core/standup/standupfill.h"

#include <QFrame>

class QLabel;

namespace SprintDeck {

/**
 * Suggestions from the board under a standup field the lead has typed in:
 * the cards the text does not mention yet, with Add (appends them) and
 * Dismiss. Hidden when there is nothing to suggest.
 */
class ProposalStrip : public QFrame
{
    Q_OBJECT
public:
    explicit ProposalStrip(StandupEntry::Field field, QWidget *parent = nullptr);

    void setItems(const QList<StandupItem> &items);
    const QList<StandupItem> &items() const { return m_items; }
    void clear() { setItems({}); }

signals:
    /** The lead accepted the suggestions. */
    void accepted(const QList<SprintDeck::StandupItem> &items);

private:
    StandupEntry::Field m_field;
    QList<StandupItem> m_items;
    QLabel *m_label = nullptr;
};

} // namespace SprintDeck

#include "ui/standup/proposalstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace SprintDeck {

ProposalStrip::ProposalStrip(StandupEntry::Field field, QWidget *parent)
    : QFrame(parent)
    , m_field(field)
    , m_label(new QLabel(this))
{
    setObjectName(u"proposalStrip"_s);
    setStyleSheet(
        u"#proposalStrip { background: palette(alternate-base); border: 1px dashed palette(mid);"
        " border-radius: 4px; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->setSpacing(4);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    QFont small = m_label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_label->setFont(small);
    layout->addWidget(m_label, 1);

    auto *add = new QToolButton(this);
    add->setObjectName(u"addProposals"_s);
    add->setText(tr("Add"));
    add->setToolTip(tr("Append the suggested cards to the text"));
    add->setAccessibleName(tr("Add the suggested cards"));
    layout->addWidget(add);
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(u"dismissProposals"_s);
    dismiss->setText(u"\u2715"_s);
    dismiss->setToolTip(tr("Dismiss the suggestions"));
    dismiss->setAccessibleName(tr("Dismiss the suggestions"));
    dismiss->setAutoRaise(true);
    layout->addWidget(dismiss);

    connect(add, &QToolButton::clicked, this, [this] {
        const QList<StandupItem> items = m_items;
        clear();
        emit accepted(items);
    });
    connect(dismiss, &QToolButton::clicked, this, &ProposalStrip::clear);
    hide();
}

void ProposalStrip::setItems(const QList<StandupItem> &items)
{
    m_items = items;
    QStringList keys, lines;
    for (const StandupItem &item : items) {
        keys.append(item.key);
        lines.append(item.markdownLine(m_field));
    }
    m_label->setText(tr("Board suggests: %1").arg(keys.join(u", "_s)));
    setToolTip(lines.join(u'\n'));
    setVisible(!items.isEmpty());
}

} // namespace SprintDeck

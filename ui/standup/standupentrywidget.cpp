#include "ui/standup/standupentrywidget.h"
#include "ui/common/avatar.h"
#include "ui/common/markdownedit.h"
#include "ui/standup/proposalstrip.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

int index(StandupEntry::Field field)
{
    return int(field);
}

QString placeholder(StandupEntry::Field field)
{
    switch (field) {
    case StandupEntry::Field::Yesterday:
        return StandupEntryWidget::tr("What got done since the last standup");
    case StandupEntry::Field::Today:
        return StandupEntryWidget::tr("What comes next");
    case StandupEntry::Field::Blockers:
        return StandupEntryWidget::tr("Anything in the way?");
    }
    return {};
}

} // namespace

StandupEntryWidget::StandupEntryWidget(const Member &member, QWidget *parent)
    : QFrame(parent)
    , m_member(member)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"standupEntry_%1"_s.arg(member.id));
    setFrameShape(QFrame::NoFrame);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 6, 0, 6);
    grid->setHorizontalSpacing(10);

    auto *who = new QWidget(this);
    auto *whoLayout = new QGridLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->setHorizontalSpacing(8);
    whoLayout->setVerticalSpacing(0);
    m_avatar->setFixedSize(36, 36);
    whoLayout->addWidget(m_avatar, 0, 0, 2, 1, Qt::AlignTop);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    whoLayout->addWidget(m_name, 0, 1);
    QFont small = m_summary->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_summary->setFont(small);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    whoLayout->addWidget(m_summary, 1, 1);
    whoLayout->setRowStretch(2, 1);
    who->setFixedWidth(170);
    grid->addWidget(who, 0, 0, Qt::AlignTop);

    for (StandupEntry::Field field : kStandupFields) {
        const int i = index(field);
        auto *column = new QVBoxLayout;
        column->setSpacing(3);
        m_editors[i] = new MarkdownEdit(this);
        m_editors[i]->setObjectName(
            u"%1_%2"_s.arg(i == 0   ? u"yesterday"_s
                           : i == 1 ? u"today"_s
                                    : u"blockers"_s)
                .arg(member.id));
        m_editors[i]->setPlaceholderText(placeholder(field));
        m_editors[i]->setLineRange(3, 10);
        m_editors[i]->setAccessibleName(tr("%1, %2").arg(member.name, standupFieldTitle(field)));
        column->addWidget(m_editors[i]);
        m_strips[i] = new ProposalStrip(field, this);
        column->addWidget(m_strips[i]);
        column->addStretch(1);
        grid->addLayout(column, 0, i + 1);
        grid->setColumnStretch(i + 1, 1);

        connect(m_editors[i], &MarkdownEdit::edited, this, [this] { emit edited(m_member.id); });
        connect(m_editors[i], &MarkdownEdit::focusLeft, this, &StandupEntryWidget::focusLeft);
        connect(m_strips[i], &ProposalStrip::accepted, this,
                [this, field](const QList<StandupItem> &items) {
                    MarkdownEdit *e = editor(field);
                    e->replaceMarkdownUndoably(
                        StandupFill::appended(e->markdownText(), items, field));
                    e->setFocus();
                });
    }
    setMember(member);
}

void StandupEntryWidget::setMember(const Member &member)
{
    m_member = member;
    m_name->setText(member.active ? member.name : tr("%1 (inactive)").arg(member.name));
    m_avatar->setPixmap(
        avatarPixmap(member.name, member.initials(), 36, devicePixelRatioF(), palette()));
}

void StandupEntryWidget::setEntry(const StandupEntry &entry)
{
    for (StandupEntry::Field field : kStandupFields) {
        editor(field)->setMarkdownText(entry.text(field));
        proposals(field)->clear();
    }
}

StandupEntry StandupEntryWidget::entry() const
{
    StandupEntry e;
    e.memberId = m_member.id;
    for (StandupEntry::Field field : kStandupFields)
        e.setText(field, editor(field)->markdownText());
    return e;
}

MarkdownEdit *StandupEntryWidget::editor(StandupEntry::Field field) const
{
    return m_editors[index(field)];
}

ProposalStrip *StandupEntryWidget::proposals(StandupEntry::Field field) const
{
    return m_strips[index(field)];
}

void StandupEntryWidget::setBoardSummary(const StandupProposal &p)
{
    QStringList parts;
    if (!p.yesterday.isEmpty())
        parts.append(tr("%n moved", nullptr, int(p.yesterday.size())));
    if (!p.today.isEmpty())
        parts.append(tr("%n in progress", nullptr, int(p.today.size())));
    if (!p.blockers.isEmpty())
        parts.append(tr("%n blocked", nullptr, int(p.blockers.size())));
    m_summary->setText(parts.isEmpty() ? tr("nothing on the board") : parts.join(u" \u00b7 "_s));
    m_summary->setToolTip(tr("Since the previous standup, from the board's history"));
}

void StandupEntryWidget::fill(const StandupEntryFill &fill)
{
    for (StandupEntry::Field field : kStandupFields) {
        if (fill.filled.contains(field))
            editor(field)->replaceMarkdownUndoably(fill.entry.text(field));
        proposals(field)->setItems(fill.pending.value(field));
    }
}

void StandupEntryWidget::clearSuggestions()
{
    for (StandupEntry::Field field : kStandupFields)
        proposals(field)->clear();
}

} // namespace SprintDeck

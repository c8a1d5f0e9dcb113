#include "ui/board/filterbar.h"
#include "ui/common/boardstyle.h"
#include "ui/common/flowlayout.h"

#include "core/board/board.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
// Chips are pills in the palette's colours; the sheet is set again when the palette changes,
// because style sheets resolve palette() references once.
QString chipStyle()
{
    return u"QToolButton { border: 1px solid palette(mid); border-radius: 12px; padding: 3px 11px;"
           " background: palette(base); color: palette(text); }"
           "QToolButton:hover { border-color: palette(highlight); }"
           "QToolButton:focus { border: 2px solid palette(highlight); padding: 2px 10px; }"
           "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
           " border-color: palette(highlight); }"
           "QToolButton::menu-indicator { image: none; width: 0px; }"_s;
}
} // namespace

FilterBar::FilterBar(Board *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_search(new QLineEdit(this))
    , m_assigneeMenu(new QMenu(this))
    , m_labelMenu(new QMenu(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"filterBar"_s);
    // The field and the chips flow onto more rows when the window is narrow; the count
    // stays at the right of the first row.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 4, 12, 8);
    outer->setSpacing(12);
    auto *chips = new QWidget(this);
    chips->setObjectName(u"filterChips"_s);
    auto *layout = new FlowLayout(chips, 6, 6);
    layout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(chips, 1);

    m_search->setObjectName(u"filterSearch"_s);
    m_search->setPlaceholderText(tr("Filter by key, title, label or assignee  (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter cards"));
    m_search->setClearButtonEnabled(true);
    // The buttons Qt puts in the field take their names from these actions' texts.
    if (auto *clear = m_search->findChild<QAction *>(u"_q_qlineeditclearaction"_s))
        clear->setText(tr("Clear the filter"));
    m_search->addAction(BoardStyle::searchIcon(palette()), QLineEdit::LeadingPosition)
        ->setText(tr("Filter"));
    m_search->setMinimumWidth(240);
    m_search->setMaximumWidth(380);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_syncing)
            return;
        m_filter.text = text;
        emitChanged();
    });
    layout->addWidget(m_search);

    for (int p = 1; p <= 4; ++p) {
        QToolButton *chip = makeChip(priorityName(Priority(p)), tr("Only priority %1").arg(p));
        chip->setIcon(BoardStyle::priorityIcon(p, palette()));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setCheckable(true);
        chip->setObjectName(u"filterP%1"_s.arg(p));
        chip->setToolTip(BoardStyle::priorityTitle(p));
        connect(chip, &QToolButton::toggled, this, [this, p](bool on) {
            if (m_syncing)
                return;
            if (on)
                m_filter.priorities.insert(p);
            else
                m_filter.priorities.remove(p);
            emitChanged();
        });
        m_priority[p - 1] = chip;
        layout->addWidget(chip);
    }

    m_assignee = makeChip(tr("Assignee \u25be"), tr("Filter by assignee"));
    m_assignee->setObjectName(u"filterAssignee"_s);
    m_assignee->setMenu(m_assigneeMenu);
    m_assignee->setPopupMode(QToolButton::InstantPopup);
    connect(m_assigneeMenu, &QMenu::aboutToShow, this, &FilterBar::fillAssigneeMenu);
    layout->addWidget(m_assignee);

    m_label = makeChip(tr("Label \u25be"), tr("Filter by label"));
    m_label->setObjectName(u"filterLabel"_s);
    m_label->setMenu(m_labelMenu);
    m_label->setPopupMode(QToolButton::InstantPopup);
    connect(m_labelMenu, &QMenu::aboutToShow, this, &FilterBar::fillLabelMenu);
    layout->addWidget(m_label);

    m_blocked = makeChip(tr("Blocked"), tr("Only blocked cards"));
    m_blocked->setObjectName(u"filterBlocked"_s);
    m_blocked->setCheckable(true);
    connect(m_blocked, &QToolButton::toggled, this, [this](bool on) {
        if (m_syncing)
            return;
        m_filter.blockedOnly = on;
        emitChanged();
    });
    layout->addWidget(m_blocked);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"filterClear"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setAutoRaise(true);
    m_clear->setAccessibleName(tr("Clear the filter"));
    m_clear->setToolTip(tr("Show all cards (Esc in the search field)"));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clear);

    m_count->setObjectName(u"filterCount"_s);
    m_count->setAccessibleName(tr("Cards shown"));
    // As high as the search field, so that the count lines up with the first row.
    m_count->setMinimumHeight(m_search->sizeHint().height());
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    outer->addWidget(m_count, 0, Qt::AlignTop);
    syncWidgets();
}

QToolButton *FilterBar::makeChip(const QString &text, const QString &accessibleName)
{
    auto *chip = new QToolButton(this);
    chip->setStyleSheet(chipStyle());
    chip->setText(text);
    chip->setAccessibleName(accessibleName);
    // Reached by Tab; a click does not take the focus, whose ring would stay on the chip
    // after the filter is cleared and read as "still on".
    chip->setFocusPolicy(Qt::TabFocus);
    chip->setCursor(Qt::PointingHandCursor);
    return chip;
}

void FilterBar::setFilter(const CardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    syncWidgets();
    emit filterChanged(m_filter);
}

void FilterBar::clear()
{
    setFilter(CardFilter{});
    // A chip keeping the focus would keep its ring: the search field takes it over.
    for (QToolButton *chip : {m_priority[0], m_priority[1], m_priority[2], m_priority[3],
                              m_assignee, m_label, m_blocked, m_clear})
        if (chip->hasFocus())
            m_search->setFocus(Qt::OtherFocusReason);
}

void FilterBar::emitChanged()
{
    syncWidgets();
    emit filterChanged(m_filter);
}

void FilterBar::syncWidgets()
{
    m_syncing = true;
    if (m_search->text() != m_filter.text)
        m_search->setText(m_filter.text);
    for (int p = 1; p <= 4; ++p)
        m_priority[p - 1]->setChecked(m_filter.priorities.contains(p));
    m_blocked->setChecked(m_filter.blockedOnly);

    // Chips with menus show what they hold instead of a check state.
    if (m_filter.assignees.isEmpty()) {
        m_assignee->setText(tr("Assignee \u25be"));
    } else if (m_filter.assignees.size() == 1) {
        const qint64 id = *m_filter.assignees.cbegin();
        const Member *m = m_board ? m_board->member(id) : nullptr;
        m_assignee->setText((m ? m->name : tr("Unassigned")) + u" \u25be"_s);
    } else {
        m_assignee->setText(tr("%n people", nullptr, int(m_filter.assignees.size())) +
                            u" \u25be"_s);
    }
    m_assignee->setCheckable(true);
    m_assignee->setChecked(!m_filter.assignees.isEmpty());
    if (m_filter.labels.isEmpty())
        m_label->setText(tr("Label \u25be"));
    else if (m_filter.labels.size() == 1)
        m_label->setText(*m_filter.labels.cbegin() + u" \u25be"_s);
    else
        m_label->setText(tr("%n labels", nullptr, int(m_filter.labels.size())) + u" \u25be"_s);
    m_label->setCheckable(true);
    m_label->setChecked(!m_filter.labels.isEmpty());
    m_clear->setEnabled(!m_filter.isEmpty());
    m_syncing = false;
}

void FilterBar::fillAssigneeMenu()
{
    m_assigneeMenu->clear();
    if (!m_board)
        return;
    auto add = [this](qint64 id, const QString &name, const QIcon &icon) {
        QAction *a = m_assigneeMenu->addAction(icon, name);
        a->setCheckable(true);
        a->setChecked(m_filter.assignees.contains(id));
        connect(a, &QAction::toggled, this, [this, id](bool on) {
            if (on)
                m_filter.assignees.insert(id);
            else
                m_filter.assignees.remove(id);
            emitChanged();
        });
    };
    add(0, tr("Unassigned"), BoardStyle::avatarIcon(QString(), QString(), palette()));
    for (const Member &m : m_board->members())
        if (m.active || m_filter.assignees.contains(m.id))
            add(m.id, m.name, BoardStyle::avatarIcon(m.name, m.initials(), palette()));
}

void FilterBar::fillLabelMenu()
{
    m_labelMenu->clear();
    if (!m_board)
        return;
    QSet<QString> labels = m_filter.labels;
    for (const Card &c : m_board->cards())
        for (const QString &l : c.labels)
            labels.insert(l);
    QStringList sorted(labels.cbegin(), labels.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    if (sorted.isEmpty())
        m_labelMenu->addAction(tr("No labels on this board"))->setEnabled(false);
    for (const QString &label : std::as_const(sorted)) {
        QAction *a = m_labelMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_filter.labels.contains(label));
        connect(a, &QAction::toggled, this, [this, label](bool on) {
            if (on)
                m_filter.labels.insert(label);
            else
                m_filter.labels.remove(label);
            emitChanged();
        });
    }
}

void FilterBar::setCounts(int shown, int total)
{
    m_count->setText(m_filter.isEmpty() ? tr("%n card(s)", nullptr, total)
                                        : tr("%1 of %n card(s)", nullptr, total).arg(shown));
}

QString FilterBar::countText() const
{
    return m_count->text();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (m_filter.isEmpty())
            emit leaveRequested();
        else
            clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        m_restyling = true;
        for (int p = 1; p <= 4; ++p) {
            m_priority[p - 1]->setIcon(BoardStyle::priorityIcon(p, palette()));
            m_priority[p - 1]->setStyleSheet(chipStyle());
        }
        for (QToolButton *chip : {m_assignee, m_label, m_blocked})
            chip->setStyleSheet(chipStyle());
        m_restyling = false;
    }
    QWidget::changeEvent(event);
}

} // namespace SprintDeck

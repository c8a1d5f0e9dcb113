#pragma once

#include "core/models/cardfilter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace SprintDeck {

class Board;

/**
 * The quick filter: search as you type over key, title, labels and assignee,
 * chips for priority, assignee, label and blocked, a clear button and the
 * "n of m cards" count. Esc in the search field clears the filter.
 */
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(Board *board, QWidget *parent = nullptr);

    const CardFilter &filter() const { return m_filter; }
    void setFilter(const CardFilter &filter);
    void clear();
    void setCounts(int shown, int total);
    QString countText() const;
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QToolButton *priorityChip(int priority) const { return m_priority[qBound(1, priority, 4) - 1]; }
    QToolButton *blockedChip() const { return m_blocked; }
    QToolButton *assigneeChip() const { return m_assignee; }
    QToolButton *labelChip() const { return m_label; }
    QToolButton *clearButton() const { return m_clear; }

signals:
    void filterChanged(const SprintDeck::CardFilter &filter);
    /** Esc with nothing left to clear: the board takes the focus back. */
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QToolButton *makeChip(const QString &text, const QString &accessibleName);
    void fillAssigneeMenu();
    void fillLabelMenu();
    void syncWidgets();
    void emitChanged();

    QPointer<Board> m_board;
    CardFilter m_filter;
    QLineEdit *m_search;
    QToolButton *m_priority[4];
    QToolButton *m_assignee;
    QToolButton *m_label;
    QToolButton *m_blocked;
    QToolButton *m_clear;
    QMenu *m_assigneeMenu;
    QMenu *m_labelMenu;
    QLabel *m_count;
    bool m_syncing = false;
    bool m_restyling = false;
};

} // namespace SprintDeck

#pragma once

#include "core/domain/member.h"
#include "core/standup/standupfill.h"

#include <QFrame>

class QLabel;

namespace SprintDeck {

class MarkdownEdit;
class ProposalStrip;

/**
 * One member's row of the standup: avatar and name, what the board knows
 * about them, and their Yesterday / Today / Blockers editors, each with a
 * strip for suggestions from the board.
 */
class StandupEntryWidget : public QFrame
{
    Q_OBJECT
public:
    explicit StandupEntryWidget(const Member &member, QWidget *parent = nullptr);

    qint64 memberId() const { return m_member.id; }
    void setMember(const Member &member);

    /** Shows a saved entry (not an edit: nothing is saved because of it). */
    void setEntry(const StandupEntry &entry);
    /** The texts as they are in the editors now. */
    StandupEntry entry() const;
    MarkdownEdit *editor(StandupEntry::Field field) const;
    ProposalStrip *proposals(StandupEntry::Field field) const;

    /** Shows the board's counts for this member next to the name. */
    void setBoardSummary(const StandupProposal &proposal);

    /** Shows a fill from the board: its filled fields (undoably) and its suggestions. */
    void fill(const StandupEntryFill &fill);
    void clearSuggestions();

signals:
    /** The user changed one of the texts. */
    void edited(qint64 memberId);
    /** Keyboard focus left one of the editors. */
    void focusLeft();

private:
    Member m_member;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_summary = nullptr;
    MarkdownEdit *m_editors[3] = {};
    ProposalStrip *m_strips[3] = {};
};

} // namespace SprintDeck

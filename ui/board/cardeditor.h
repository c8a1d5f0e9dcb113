#pragma once

#include "core/domain/card.h"
#include "core/util/result.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace SprintDeck {

class Board;
class MarkdownView;

/**
 * Edits every field of a card, or creates one. Saving is one Board call, so
 * one undo step; fields left alone keep changes made meanwhile elsewhere.
 */
class CardEditor : public QDialog
{
    Q_OBJECT
public:
    /** Edits an existing card. */
    CardEditor(Board *board, qint64 cardId, QWidget *parent = nullptr);
    /** Creates a card starting from `draft` (its id must be 0). */
    CardEditor(Board *board, const Card &draft, QWidget *parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    /** The card after a successful save (the new id when creating). */
    qint64 cardId() const { return m_savedId; }
    /** The card as the fields describe it now; an unknown assignee name is left in assigneeName().
     */
    Card editedCard() const;
    QString assigneeName() const;
    bool isModified() const;
    /** Validates and writes the card through the Board. */
    Status save();

    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void saved(qint64 cardId);

private:
    void build();
    void load(const Card &card);
    void fillColumns();
    void addChecklistItem();
    void updateChecklistSummary();
    void updateBlocked();
    Result<std::optional<double>> parsedPoints() const;

    QPointer<Board> m_board;
    Card m_original;
    qint64 m_savedId = 0;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_points = nullptr;
    QComboBox *m_assignee = nullptr;
    QLineEdit *m_labels = nullptr;
    QComboBox *m_sprint = nullptr;
    QComboBox *m_column = nullptr;
    QCheckBox *m_blocked = nullptr;
    QLineEdit *m_blockedReason = nullptr;
    QListWidget *m_checklist = nullptr;
    QLineEdit *m_newItem = nullptr;
    QLabel *m_checklistSummary = nullptr;
    QTabWidget *m_descriptionTabs = nullptr;
    QPlainTextEdit *m_description = nullptr;
    MarkdownView *m_preview = nullptr;
};

} // namespace SprintDeck

#include "ui/board/cardeditor.h"
#include "ui/common/boardstyle.h"
#include "ui/common/markdownview.h"
#include "ui/common/messages.h"

#include "core/board/board.h"
#include "core/board/commands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
enum ChecklistRole
{
    GroupRole = Qt::UserRole + 1,
    EstimateRole
};
} // namespace

CardEditor::CardEditor(Board *board, qint64 cardId, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
{
    if (const Card *c = board->card(cardId))
        m_original = *c;
    build();
    load(m_original);
    setWindowTitle(tr("Edit %1").arg(m_original.key));
}

CardEditor::CardEditor(Board *board, const Card &draft, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_original(draft)
{
    m_original.id = 0;
    build();
    load(m_original);
    setWindowTitle(tr("New Card"));
}

void CardEditor::build()
{
    setObjectName(u"cardEditor"_s);
    setModal(true);
    resize(940, 620);

    m_key = new QLineEdit(this);
    m_key->setObjectName(u"editorKey"_s);
    m_key->setAccessibleName(tr("Key"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"editorTitle"_s);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What needs to be done?"));
    QFont big = m_title->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"editorType"_s);
    m_type->setAccessibleName(tr("Type"));
    for (CardType t : {CardType::Story, CardType::Bug, CardType::Task, CardType::Fix})
        m_type->addItem(BoardStyle::typeTitle(int(t)), int(t));

    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"editorPriority"_s);
    m_priority->setAccessibleName(tr("Priority"));
    for (int p = 1; p <= 4; ++p)
        m_priority->addItem(BoardStyle::priorityIcon(p, palette()), BoardStyle::priorityTitle(p),
                            p);

    m_points = new QLineEdit(this);
    m_points->setObjectName(u"editorPoints"_s);
    m_points->setAccessibleName(tr("Story points"));
    m_points->setPlaceholderText(tr("not estimated"));
    m_points->setMaximumWidth(140);

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"editorAssignee"_s);
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_assignee->setToolTip(tr("Type a new name to add a team member"));

    m_labels = new QLineEdit(this);
    m_labels->setObjectName(u"editorLabels"_s);
    m_labels->setAccessibleName(tr("Labels"));
    m_labels->setPlaceholderText(tr("comma separated, e.g. board, a11y"));

    m_sprint = new QComboBox(this);
    m_sprint->setObjectName(u"editorSprint"_s);
    m_sprint->setAccessibleName(tr("Sprint"));
    m_column = new QComboBox(this);
    m_column->setObjectName(u"editorColumn"_s);
    m_column->setAccessibleName(tr("Column"));

    m_blocked = new QCheckBox(tr("Blocked"), this);
    m_blocked->setObjectName(u"editorBlocked"_s);
    m_blockedReason = new QLineEdit(this);
    m_blockedReason->setObjectName(u"editorBlockedReason"_s);
    m_blockedReason->setAccessibleName(tr("Reason for the block"));
    m_blockedReason->setPlaceholderText(tr("Reason (optional)"));
    connect(m_blocked, &QCheckBox::toggled, this, &CardEditor::updateBlocked);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("P&oints:"), m_points);
    form->addRow(tr("&Assignee:"), m_assignee);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(tr("&Sprint:"), m_sprint);
    form->addRow(tr("&Column:"), m_column);
    auto *blockedRow = new QHBoxLayout;
    blockedRow->addWidget(m_blocked);
    blockedRow->addWidget(m_blockedReason, 1);
    form->addRow(QString(), blockedRow);

    // Checklist: check, rename in place (F2 or double-click), drag to reorder.
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(u"editorChecklist"_s);
    m_checklist->setAccessibleName(tr("Checklist"));
    m_checklist->setDragDropMode(QAbstractItemView::InternalMove);
    m_checklist->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed);
    connect(m_checklist, &QListWidget::itemChanged, this, &CardEditor::updateChecklistSummary);
    m_newItem = new QLineEdit(this);
    m_newItem->setObjectName(u"editorNewItem"_s);
    m_newItem->setAccessibleName(tr("New checklist item"));
    m_newItem->setPlaceholderText(tr("Add an item, Enter"));
    // Enter adds the item and stays in the field; it must not reach the dialog's Save button.
    m_newItem->installEventFilter(this);
    auto *addItem = new QPushButton(tr("Add"), this);
    addItem->setAutoDefault(false);
    connect(addItem, &QPushButton::clicked, this, &CardEditor::addChecklistItem);
    auto *removeItem = new QPushButton(tr("Remove"), this);
    removeItem->setAutoDefault(false);
    removeItem->setAccessibleName(tr("Remove the selected checklist item"));
    connect(removeItem, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_checklist->selectedItems());
        updateChecklistSummary();
    });
    m_checklistSummary = new QLabel(this);
    auto *checklistBox = new QVBoxLayout;
    auto *checklistHead = new QHBoxLayout;
    auto *checklistLabel = new QLabel(tr("<b>Checklist</b>"), this);
    checklistHead->addWidget(checklistLabel);
    checklistHead->addStretch(1);
    checklistHead->addWidget(m_checklistSummary);
    checklistBox->addLayout(checklistHead);
    checklistBox->addWidget(m_checklist, 1);
    auto *checklistAdd = new QHBoxLayout;
    checklistAdd->addWidget(m_newItem, 1);
    checklistAdd->addWidget(addItem);
    checklistAdd->addWidget(removeItem);
    checklistBox->addLayout(checklistAdd);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addSpacing(8);
    left->addLayout(checklistBox, 1);

    // Description: markdown source and a preview rendered without loading anything.
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"editorDescription"_s);
    m_description->setAccessibleName(tr("Description (markdown)"));
    m_description->setPlaceholderText(
        tr("Describe the card in markdown: **bold**, lists, - [ ] tasks, `code`"));
    m_description->setTabChangesFocus(true);
    m_preview = new MarkdownView(this);
    m_preview->setObjectName(u"editorPreview"_s);
    m_preview->setAccessibleName(tr("Description preview"));
    m_descriptionTabs = new QTabWidget(this);
    m_descriptionTabs->setObjectName(u"editorDescriptionTabs"_s);
    m_descriptionTabs->addTab(m_description, tr("&Write"));
    m_descriptionTabs->addTab(m_preview, tr("P&review"));
    connect(m_descriptionTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_descriptionTabs->widget(index) == m_preview)
            m_preview->setMarkdownText(m_description->toPlainText());
    });
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Description</b>"), this));
    right->addWidget(m_descriptionTabs, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addSpacing(12);
    columns->addLayout(right, 6);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CardEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CardEditor::reject);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &CardEditor::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
}

void CardEditor::load(const Card &card)
{
    m_key->setText(card.key);
    m_key->setReadOnly(!isNew());
    if (isNew()) {
        m_key->setPlaceholderText(m_board ? tr("automatic (%1-\u2026)").arg(m_board->keyPrefix())
                                          : QString());
        m_key->setToolTip(tr("Leave empty for the next free key"));
    } else {
        m_key->setToolTip(tr("The key of an existing card does not change"));
    }
    m_title->setText(card.title);
    m_type->setCurrentIndex(m_type->findData(int(card.type)));
    m_priority->setCurrentIndex(m_priority->findData(int(card.priority)));
    m_points->setText(formatPoints(card.points));

    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    if (m_board) {
        for (const Member &m : m_board->members())
            if (m.active || m.id == card.assigneeId)
                m_assignee->addItem(BoardStyle::avatarIcon(m.name, m.initials(), palette()), m.name,
                                    m.id);
    }
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(card.assigneeId)));

    m_labels->setText(card.labels.join(u", "_s));

    m_sprint->clear();
    m_sprint->addItem(tr("Backlog"), qint64(0));
    if (m_board) {
        for (const Sprint &s : m_board->sprints())
            if (s.state != Sprint::State::Closed || s.id == card.sprintId)
                m_sprint->addItem(s.name, s.id);
    }
    m_sprint->setCurrentIndex(qMax(0, m_sprint->findData(card.sprintId)));
    fillColumns();
    m_column->setCurrentIndex(qMax(0, m_column->findData(card.columnId)));

    m_blocked->setChecked(card.blocked);
    m_blockedReason->setText(card.blockedReason);
    updateBlocked();

    m_checklist->clear();
    for (const ChecklistItem &item : card.checklist) {
        auto *w = new QListWidgetItem(item.text, m_checklist);
        w->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                    Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        w->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
        w->setData(GroupRole, item.group);
        w->setData(EstimateRole, item.estimate);
        if (!item.estimate.isEmpty())
            w->setToolTip(tr("Estimate: %1").arg(item.estimate));
    }
    updateChecklistSummary();
    m_description->setPlainText(card.description);
    m_title->setFocus();
}

void CardEditor::fillColumns()
{
    m_column->clear();
    if (!m_board)
        return;
    for (const Column &c : m_board->columns())
        m_column->addItem(c.name, c.id);
}

void CardEditor::updateBlocked()
{
    m_blockedReason->setEnabled(m_blocked->isChecked());
}

bool CardEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newItem && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            addChecklistItem();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CardEditor::addChecklistItem()
{
    const QString text = m_newItem->text().trimmed();
    if (text.isEmpty())
        return;
    auto *w = new QListWidgetItem(text, m_checklist);
    w->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
    w->setCheckState(Qt::Unchecked);
    m_newItem->clear();
    m_checklist->scrollToItem(w);
    updateChecklistSummary();
}

void CardEditor::updateChecklistSummary()
{
    int done = 0;
    for (int i = 0; i < m_checklist->count(); ++i)
        done += m_checklist->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_checklistSummary->setText(
        m_checklist->count() ? tr("%1 of %2 done").arg(done).arg(m_checklist->count()) : QString());
}

Result<std::optional<double>> CardEditor::parsedPoints() const
{
    using R = Result<std::optional<double>>;
    const QString text = m_points->text().trimmed();
    if (text.isEmpty())
        return R(std::optional<double>());
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || value < 0 || value > 10000)
        return R::failure(
            tr("Points must be a number such as 3 or 0.5, or empty: \u201c%1\u201d").arg(text));
    return R(std::optional<double>(value));
}

QString CardEditor::assigneeName() const
{
    const QString text = m_assignee->currentText().simplified();
    return text == tr("Unassigned") ? QString() : text;
}

Card CardEditor::editedCard() const
{
    Card c = m_original;
    if (isNew())
        c.key = m_key->text().trimmed();
    c.title = m_title->text().trimmed();
    c.type = CardType(m_type->currentData().toInt());
    c.priority = Priority(m_priority->currentData().toInt());
    if (auto points = parsedPoints())
        c.points = *points;
    const QString name = assigneeName();
    const Member *m = m_board && !name.isEmpty() ? m_board->memberByName(name) : nullptr;
    c.assigneeId = m ? m->id : 0;
    QStringList labels;
    for (const QString &part : m_labels->text().split(u',', Qt::SkipEmptyParts)) {
        const QString label = part.trimmed();
        if (!label.isEmpty() && !labels.contains(label))
            labels.append(label);
    }
    c.labels = labels;
    c.sprintId = m_sprint->currentData().toLongLong();
    c.columnId = m_column->currentData().toLongLong();
    c.blocked = m_blocked->isChecked();
    c.blockedReason = c.blocked ? m_blockedReason->text().trimmed() : QString();
    c.checklist.clear();
    for (int i = 0; i < m_checklist->count(); ++i) {
        const QListWidgetItem *w = m_checklist->item(i);
        c.checklist.append({w->text().trimmed(), w->checkState() == Qt::Checked,
                            w->data(GroupRole).toString(), w->data(EstimateRole).toString()});
    }
    c.description = m_description->toPlainText();
    return c;
}

bool CardEditor::isModified() const
{
    const Card c = editedCard();
    const QString name = assigneeName();
    const bool unknownAssignee = !name.isEmpty() && c.assigneeId == 0;
    return c != m_original || unknownAssignee ||
           m_points->text().trimmed() != formatPoints(m_original.points);
}

Status CardEditor::save()
{
    if (!m_board)
        return Status::failure(tr("The board is closed"));
    if (m_title->text().trimmed().isEmpty())
        return Status::failure(tr("A card needs a title"));
    auto points = parsedPoints();
    if (!points)
        return Status::failure(points.error());
    if (!isNew() && !m_board->card(m_original.id))
        return Status::failure(tr("Card %1 is no longer on the board").arg(m_original.key));

    Card edited = editedCard();
    const QString name = assigneeName();
    if (!name.isEmpty() && edited.assigneeId == 0) {
        // A new name adds the member; the card edit itself stays one undo step.
        auto id = m_board->ensureMember(name);
        if (!id)
            return Status::failure(id.error());
        edited.assigneeId = *id;
    }
    const bool listChanged = edited.sprintId != m_original.sprintId ||
                             (edited.sprintId != 0 && edited.columnId != m_original.columnId);
    if (listChanged || isNew()) {
        // Into another list: at its end.
        const QList<qint64> &list = m_board->cardsIn(edited.sprintId, edited.columnId);
        double rank = 0;
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            if (*it != edited.id) {
                rank = m_board->card(*it)->rank;
                break;
            }
        }
        edited.rank = rank + 1024;
    }

    if (isNew()) {
        auto id = m_board->addCard(edited);
        if (!id)
            return Status::failure(id.error());
        m_savedId = *id;
    } else {
        // Only the fields changed here are written over the card's current state.
        const Card merged =
            CardStatesCommand::merged(*m_board->card(m_original.id), m_original, edited);
        if (Status s = m_board->updateCard(merged); !s)
            return s;
        m_savedId = m_original.id;
    }
    emit saved(m_savedId);
    return {};
}

void CardEditor::accept()
{
    if (Status s = save(); !s) {
        showError(this, isNew() ? tr("Card Not Added") : tr("Card Not Saved"), s.error());
        return;
    }
    QDialog::accept();
}

void CardEditor::reject()
{
    if (isModified()) {
        const auto answer =
            QMessageBox::question(this, tr("Discard Changes?"),
                                  isNew() ? tr("Discard this new card?")
                                          : tr("Discard your changes to %1?").arg(m_original.key),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace SprintDeck

#include "ui/import/importdialog.h"

#include "core/board/batchprogress.h"
#include "core/board/board.h"
#include "core/io/importer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

ImportDialog::ImportDialog(Board *board, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_summary(new QLabel(this))
    , m_cards(new QTreeWidget(this))
    , m_warnings(new QListWidget(this))
    , m_mappingLabel(new QLabel(tr("Statuses go to these columns:"), this))
    , m_mapping(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importDialog"_s);
    QStringList names;
    for (const QString &f : files)
        names.append(QFileInfo(f).fileName());
    setWindowTitle(tr("Import %1").arg(names.join(u", "_s)));
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cards->setObjectName(u"importCards"_s);
    m_cards->setHeaderLabels({tr("Key"), tr("Title"), tr("Details")});
    m_cards->setRootIsDecorated(true);
    m_cards->setUniformRowHeights(true);
    m_cards->setAccessibleName(tr("Cards to import"));
    m_warnings->setObjectName(u"importWarnings"_s);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_mapping->setObjectName(u"importMapping"_s);
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Status in the file"), tr("Column on the board")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setAccessibleName(tr("Status to column mapping"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"importButton"_s);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *warningsLabel = new QLabel(tr("Warnings:"), lower);
    lowerLayout->addWidget(warningsLabel);
    lowerLayout->addWidget(m_warnings);
    lowerLayout->addWidget(m_mappingLabel);
    lowerLayout->addWidget(m_mapping);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_cards);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    resize(900, 640);

    readFiles(files);
    if (m_error.isEmpty())
        rebuild();
}

void ImportDialog::showError(const QString &message)
{
    m_error = message;
    m_summary->setText(u"<b>%1</b><br>%2"_s.arg(tr("Nothing can be imported.").toHtmlEscaped(),
                                                message.toHtmlEscaped()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void ImportDialog::readFiles(const QStringList &files)
{
    for (const QString &f : files) {
        auto plan = Importer::read(f);
        if (!plan) {
            m_cards->clear();
            m_mapping->hide();
            m_mappingLabel->hide();
            showError(plan.error());
            return;
        }
        m_plans.append(std::move(plan.value()));
    }
}

void ImportDialog::setMapping(const QString &status, const QString &column)
{
    m_options.statusColumns.insert(status.trimmed().toLower(), column);
    rebuild();
}

void ImportDialog::rebuild()
{
    auto preview = ImportPreview::build(*m_board, m_plans, m_options);
    if (!preview) {
        showError(preview.error());
        return;
    }
    m_error.clear();
    m_preview = std::move(preview.value());
    m_summary->setText(m_preview->summary());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_preview->hasChanges());

    m_cards->clear();
    const QList<QPair<ImportPreview::Action, QString>> groups = {
        {ImportPreview::Action::Create, tr("To create (%1)")},
        {ImportPreview::Action::Update, tr("To update (%1)")},
        {ImportPreview::Action::Skip, tr("Unchanged or skipped (%1)")},
    };
    for (const auto &[action, title] : groups) {
        auto *group = new QTreeWidgetItem(m_cards, {title.arg(m_preview->count(action))});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const ImportPreview::Item &item : m_preview->items()) {
            if (item.action != action)
                continue;
            auto *row = new QTreeWidgetItem(
                group, {item.key.isEmpty() ? tr("(new key)") : item.key, item.title, item.detail});
            row->setToolTip(1, tr("%1, line %2").arg(item.source).arg(item.line));
        }
        group->setExpanded(action != ImportPreview::Action::Skip);
    }
    m_cards->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_cards->setColumnWidth(1, 380);

    m_warnings->clear();
    const QStringList warnings = m_preview->warningTexts();
    if (warnings.isEmpty())
        m_warnings->addItem(tr("None"));
    for (const QString &w : warnings)
        m_warnings->addItem(w);
    fillMappingTable();
}

void ImportDialog::fillMappingTable()
{
    m_filling = true;
    const QList<ImportPreview::Mapping> &mappings = m_preview->mappings();
    m_mapping->setRowCount(int(mappings.size()));
    for (int r = 0; r < mappings.size(); ++r) {
        const ImportPreview::Mapping &m = mappings.at(r);
        auto *status = new QTableWidgetItem(m.status);
        status->setFlags(Qt::ItemIsEnabled);
        if (!m.known)
            status->setToolTip(tr("No column has this name; choose one"));
        m_mapping->setItem(r, 0, status);
        auto *combo = new QComboBox(m_mapping);
        combo->setAccessibleName(tr("Column for %1").arg(m.status));
        for (const Column &c : m_board->columns())
            combo->addItem(c.name);
        combo->setCurrentText(m.column);
        const QString statusText = m.status;
        connect(combo, &QComboBox::currentTextChanged, this,
                [this, statusText](const QString &column) {
                    // The table is rebuilt, combo boxes included: not from inside this one's
                    // signal.
                    if (!m_filling)
                        QMetaObject::invokeMethod(
                            this, [this, statusText, column] { setMapping(statusText, column); },
                            Qt::QueuedConnection);
                });
        m_mapping->setCellWidget(r, 1, combo);
    }
    const bool show = !mappings.isEmpty();
    m_mapping->setVisible(show);
    m_mappingLabel->setVisible(show);
    m_filling = false;
}

int ImportDialog::importedCards() const
{
    return m_preview ? m_preview->count(ImportPreview::Action::Create) +
                           m_preview->count(ImportPreview::Action::Update)
                     : 0;
}

void ImportDialog::accept()
{
    if (!m_preview || !m_error.isEmpty())
        return;
    m_cancelled = false;
    if (!m_preview->hasChanges()) {
        QDialog::accept();
        return;
    }
    QProgressDialog progress(tr("Importing %n card(s)\u2026", nullptr, importedCards()),
                             tr("Cancel"), 0, int(m_preview->batch().cards.size()), this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    emit progressStarted(&progress);
    // Cancel rolls the transaction back: the board and its file stay as they were.
    Status s;
    {
        const BatchProgressScope scope(m_board, [&](qsizetype done, qsizetype total) {
            progress.setMaximum(int(total));
            progress.setValue(int(done));
            m_cancelled = progress.wasCanceled();
            return !m_cancelled;
        });
        s = m_preview->apply(*m_board);
    }
    progress.reset();
    if (m_cancelled) {
        m_summary->setText(tr("Import cancelled; nothing was written. %1")
                               .arg(m_preview->summary().toHtmlEscaped()));
        return;
    }
    if (!s) {
        showError(tr("Nothing was imported: %1").arg(s.error()));
        return;
    }
    QDialog::accept();
}

} // namespace SprintDeck

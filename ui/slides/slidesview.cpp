#include "ui/slides/slidesview.h"
#include "ui/common/flowlayout.h"
#include "ui/common/messages.h"
#include "ui/slides/slidecanvas.h"

#include "core/board/board.h"
#include "core/slides/deckbuilder.h"
#include "core/slides/reviewdata.h"
#include "core/slides/slidelayout.h"
#include "core/slides/slidepainter.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

constexpr int kThumbnailWidth = 208;

/** A label and its field side by side, so that a wrapping row never parts them. */
QWidget *labelled(QLabel *label, QWidget *field, QWidget *parent)
{
    auto *pair = new QWidget(parent);
    auto *layout = new QHBoxLayout(pair);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(field);
    return pair;
}

} // namespace

SlidesView::SlidesView(Board *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_rebuildTimer(new QTimer(this))
    , m_notesTimer(new QTimer(this))
{
    m_settings = ReviewNotesStore(m_board->database()).loadSettings();

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(150);
    connect(m_rebuildTimer, &QTimer::timeout, this, &SlidesView::rebuild);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(700);
    connect(m_notesTimer, &QTimer::timeout, this, [this] {
        if (Status s = flushNotes(); !s)
            showError(this, tr("Notes Not Saved"), s.error());
    });

    // Top row: what is shown and how, and the exports. In a narrow window the settings
    // wrap onto a second row; the exports keep their place at the right.
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    auto *settings = new QWidget(this);
    settings->setObjectName(u"slidesSettings"_s);
    auto *settingsFlow = new FlowLayout(settings, 12, 6);
    settingsFlow->setContentsMargins(0, 0, 0, 0);
    auto *sprintLabel = new QLabel(tr("&Sprint:"), this);
    m_sprintCombo = new QComboBox(this);
    m_sprintCombo->setMinimumContentsLength(16);
    m_sprintCombo->setAccessibleName(tr("Sprint of the slides"));
    m_sprintCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sprintLabel->setBuddy(m_sprintCombo);
    settingsFlow->addWidget(labelled(sprintLabel, m_sprintCombo, settings));
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    m_themeCombo = new QComboBox(this);
    m_themeCombo->addItem(tr("Light"));
    m_themeCombo->addItem(tr("Dark"));
    themeLabel->setBuddy(m_themeCombo);
    m_themeCombo->setAccessibleName(tr("Slide theme"));
    settingsFlow->addWidget(labelled(themeLabel, m_themeCombo, settings));
    m_accentButton = new QToolButton(settings);
    m_accentButton->setToolTip(tr("Accent colour"));
    m_accentButton->setText(tr("&Accent\u2026"));
    m_accentButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    settingsFlow->addWidget(m_accentButton);
    top->addWidget(settings, 1);

    auto *exports = new QHBoxLayout;
    exports->setSpacing(6);
    m_openAfter = new QCheckBox(tr("&Open after export"), this);
    m_openAfter->setChecked(true);
    exports->addWidget(m_openAfter);
    m_exportPptx = new QPushButton(tr("Export &PPTX\u2026"), this);
    m_exportPptx->setObjectName(u"exportPptx"_s);
    m_exportPdf = new QPushButton(tr("Export P&DF\u2026"), this);
    m_exportPdf->setObjectName(u"exportPdf"_s);
    m_exportPptx->setDefault(true);
    exports->addWidget(m_exportPptx);
    exports->addWidget(m_exportPdf);
    top->addLayout(exports);

    m_thumbnails = new QListWidget(this);
    // One column of slides with their number and title under each.
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setWordWrap(false);
    m_thumbnails->setTextElideMode(Qt::ElideRight);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 9 / 16));
    m_thumbnails->setGridSize(QSize(kThumbnailWidth + 16, kThumbnailWidth * 9 / 16 + 30));
    m_thumbnails->setSpacing(2);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thumbnails->setFixedWidth(kThumbnailWidth + 40);
    m_thumbnails->setAccessibleName(tr("Slides"));

    m_canvas = new SlideCanvas(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_canvas, 1);
    centerLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_thumbnails);
    splitter->addWidget(center);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1); // gives way too, so the slide keeps a fair share
    splitter->setCollapsible(1, false);
    splitter->setCollapsible(2, false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_themeCombo->setCurrentIndex(m_settings.dark ? 1 : 0);
    updateAccentButton();

    connect(m_sprintCombo, &QComboBox::activated, this,
            [this](int index) { setSprint(m_sprintCombo->itemData(index).toLongLong()); });
    connect(m_themeCombo, &QComboBox::activated, this, [this](int index) {
        m_settings.dark = index == 1;
        saveSettings();
        rebuild();
    });
    connect(m_accentButton, &QToolButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(m_settings.accent, this, tr("Accent Colour"));
        if (!chosen.isValid())
            return;
        m_settings.accent = chosen;
        updateAccentButton();
        saveSettings();
        rebuild();
    });
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, &SlidesView::showSlide);
    connect(m_canvas, &SlideCanvas::stepRequested, this,
            [this](int delta) { setCurrentSlide(currentSlide() + delta); });
    connect(m_exportPptx, &QPushButton::clicked, this, &SlidesView::exportPptx);
    connect(m_exportPdf, &QPushButton::clicked, this, &SlidesView::exportPdf);

    connect(m_board, &Board::historyChanged, this, &SlidesView::scheduleRebuild);
    connect(m_board, &Board::membersChanged, this, &SlidesView::scheduleRebuild);
    connect(m_board, &Board::columnsChanged, this, &SlidesView::scheduleRebuild);
    connect(m_board, &Board::sprintsChanged, this, [this] {
        reloadSprints();
        scheduleRebuild();
    });
    connect(m_board, &Board::reloaded, this, [this] {
        reloadSprints();
        loadNotes();
        scheduleRebuild();
    });

    reloadSprints();
    loadNotes();
    m_dirty = true; // the deck is built when the view is first shown
}

SlidesView::~SlidesView()
{
    // Typing is never lost, even when the window closes within the autosave delay.
    if (m_notesDirty)
        (void)flushNotes();
}

QWidget *SlidesView::createSidePanel()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"slidesSidePanel"_s);
    tabs->setMinimumWidth(260);
    tabs->setMaximumWidth(420);

    // The list of sections scrolls in a short window, as the notes do.
    auto *sectionsScroll = new QScrollArea(tabs);
    sectionsScroll->setWidgetResizable(true);
    sectionsScroll->setFrameShape(QFrame::NoFrame);
    auto *sections = new QWidget(sectionsScroll);
    auto *sectionLayout = new QVBoxLayout(sections);
    sectionLayout->addWidget(new QLabel(tr("Slides in the deck:"), sections));
    for (DeckSection s : allDeckSections()) {
        auto *box = new QCheckBox(deckSectionTitle(s), sections);
        box->setChecked(m_settings.sections.contains(s));
        m_sectionBoxes.insert(int(s), box);
        sectionLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            QList<DeckSection> chosen;
            for (DeckSection section : allDeckSections())
                if (m_sectionBoxes.value(int(section))->isChecked())
                    chosen.append(section);
            m_settings.sections = chosen;
            saveSettings();
            rebuild();
        });
    }
    sectionLayout->addStretch(1);
    auto *hint = new QLabel(
        tr("Speaker notes on each slide carry the details: daily numbers, scope changes, "
           "full titles."),
        sections);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    sectionLayout->addWidget(hint);
    sectionsScroll->setWidget(sections);
    tabs->addTab(sectionsScroll, tr("Sec&tions"));
    tabs->addTab(createNotesPanel(), tr("Retrospecti&ve"));
    return tabs;
}

QWidget *SlidesView::createNotesPanel()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(scroll);
    auto *layout = new QVBoxLayout(panel);
    auto *intro = new QLabel(
        tr("One point per line; the retrospective and next-sprint slides show them."), panel);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (ReviewNotes::Field f : ReviewNotes::fields()) {
        auto *label = new QLabel(ReviewNotes::fieldTitle(f), panel);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *edit = new QPlainTextEdit(panel);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(80);
        edit->setAccessibleName(ReviewNotes::fieldTitle(f));
        label->setBuddy(edit);
        m_noteEdits.insert(int(f), edit);
        layout->addWidget(label);
        layout->addWidget(edit, 1);
        connect(edit, &QPlainTextEdit::textChanged, this, &SlidesView::scheduleNotesSave);
    }
    m_notesState = new QLabel(panel);
    m_notesState->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_notesState);
    scroll->setWidget(panel);
    return scroll;
}

void SlidesView::reloadSprints()
{
    const qint64 keep = m_sprintId ? m_sprintId : m_board->currentSprintId();
    QSignalBlocker blocker(m_sprintCombo);
    m_sprintCombo->clear();
    QList<Sprint> sprints = m_board->sprints();
    std::sort(sprints.begin(), sprints.end(),
              [](const Sprint &a, const Sprint &b) { return a.start > b.start; });
    for (const Sprint &s : std::as_const(sprints)) {
        QString label = s.name;
        if (s.state == Sprint::State::Active)
            label += tr(" (active)");
        else if (s.state == Sprint::State::Closed)
            label += tr(" (closed)");
        m_sprintCombo->addItem(label, s.id);
    }
    const int index = m_sprintCombo->findData(keep);
    m_sprintCombo->setCurrentIndex(index >= 0 ? index : 0);
    const bool any = m_sprintCombo->count() > 0;
    m_exportPptx->setEnabled(any);
    m_exportPdf->setEnabled(any);
    // The view shows what the combo shows: a sprint created while the view had none (or
    // the removal of the one it had) changes the slides' sprint too.
    const qint64 shown = any ? m_sprintCombo->currentData().toLongLong() : 0;
    if (shown != m_sprintId) {
        m_sprintId = shown;
        loadNotes();
    }
}

void SlidesView::setSprint(qint64 sprintId)
{
    if (sprintId == m_sprintId)
        return;
    if (Status s = flushNotes(); !s)
        showError(this, tr("Notes Not Saved"), s.error());
    m_sprintId = sprintId;
    const int index = m_sprintCombo->findData(sprintId);
    if (index >= 0)
        m_sprintCombo->setCurrentIndex(index);
    loadNotes();
    rebuild();
}

void SlidesView::loadNotes()
{
    ReviewNotes notes;
    if (m_sprintId) {
        auto loaded = ReviewNotesStore(m_board->database()).load(m_sprintId);
        if (loaded)
            notes = *loaded;
        else
            m_notesState->setText(loaded.error());
    }
    m_loadingNotes = true;
    for (ReviewNotes::Field f : ReviewNotes::fields()) {
        QPlainTextEdit *edit = m_noteEdits.value(int(f));
        edit->setPlainText(notes.value(f));
        edit->setEnabled(m_sprintId != 0);
    }
    m_loadingNotes = false;
    m_notesDirty = false;
    m_notesState->setText(
        notes.updatedAt.isValid()
            ? tr("Saved %1")
                  .arg(QLocale().toString(notes.updatedAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
}

void SlidesView::scheduleNotesSave()
{
    if (m_loadingNotes)
        return;
    m_notesDirty = true;
    m_notesState->setText(tr("Editing\u2026"));
    m_notesTimer->start();
}

Status SlidesView::flushNotes()
{
    m_notesTimer->stop();
    if (!m_notesDirty || !m_sprintId)
        return {};
    ReviewNotes notes;
    notes.sprintId = m_sprintId;
    for (ReviewNotes::Field f : ReviewNotes::fields())
        notes.setValue(f, m_noteEdits.value(int(f))->toPlainText());
    Status saved = ReviewNotesStore(m_board->database()).save(notes, m_board->now());
    if (!saved) {
        m_notesState->setText(tr("Not saved: %1").arg(saved.error()));
        return saved;
    }
    m_notesDirty = false;
    m_notesState->setText(tr("Saved"));
    scheduleRebuild();
    return {};
}

void SlidesView::saveSettings()
{
    if (Status s = ReviewNotesStore(m_board->database()).saveSettings(m_settings); !s)
        showError(this, tr("Settings Not Saved"), s.error());
}

void SlidesView::setSettings(const DeckSettings &settings)
{
    m_settings = settings;
    m_themeCombo->setCurrentIndex(settings.dark ? 1 : 0);
    for (DeckSection s : allDeckSections()) {
        QSignalBlocker blocker(m_sectionBoxes.value(int(s)));
        m_sectionBoxes.value(int(s))->setChecked(settings.sections.contains(s));
    }
    updateAccentButton();
    saveSettings();
    rebuild();
}

void SlidesView::updateAccentButton()
{
    QPixmap swatch(16, 16);
    swatch.fill(m_settings.accent);
    m_accentButton->setIcon(QIcon(swatch));
}

void SlidesView::scheduleRebuild()
{
    m_dirty = true;
    if (isVisible())
        m_rebuildTimer->start();
}

void SlidesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void SlidesView::rebuild()
{
    m_rebuildTimer->stop();
    m_dirty = false;
    const int keep = currentSlide();
    m_pages.clear();
    m_thumbnails->clear();
    if (!m_sprintId) {
        m_canvas->clear(
            tr("The board has no sprint yet. Create a sprint and plan cards into it; its review "
               "slides appear here."));
        m_status->clear();
        return;
    }
    auto data = collectReviewData(*m_board, m_sprintId, {},
                                  m_settings.sections.contains(DeckSection::Flow));
    if (!data) {
        m_canvas->clear(data.error());
        m_status->clear();
        return;
    }
    const Deck deck = DeckBuilder(*data).build(m_settings.sections);
    const SlideTheme theme = m_settings.theme();
    m_pages = SlideLayout(theme).layout(deck);

    const SlidePainter painter(theme);
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < m_pages.size(); ++i) {
        const SlidePage &page = m_pages.at(i);
        auto *item = new QListWidgetItem(
            QIcon(QPixmap::fromImage(painter.render(page, kThumbnailWidth, dpr))),
            u"%1. %2"_s.arg(i + 1).arg(page.title), m_thumbnails);
        item->setToolTip(page.title);
    }
    if (m_pages.isEmpty()) {
        m_canvas->clear(
            tr("Every section is switched off. Choose the slides to include under Sections."));
        m_status->clear();
        m_exportPptx->setEnabled(false);
        m_exportPdf->setEnabled(false);
        return;
    }
    m_exportPptx->setEnabled(true);
    m_exportPdf->setEnabled(true);
    m_thumbnails->setCurrentRow(std::clamp(keep, 0, int(m_pages.size()) - 1));
    showSlide(m_thumbnails->currentRow());
}

int SlidesView::currentSlide() const
{
    return m_thumbnails->currentRow();
}

void SlidesView::setCurrentSlide(int index)
{
    if (m_pages.isEmpty())
        return;
    m_thumbnails->setCurrentRow(std::clamp(index, 0, int(m_pages.size()) - 1));
}

void SlidesView::showSlide(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    const SlidePage &page = m_pages.at(index);
    m_canvas->setPage(page, m_settings.theme());
    QString status = tr("Slide %1 of %2: %3").arg(index + 1).arg(m_pages.size()).arg(page.title);
    if (m_settings.sections.contains(DeckSection::Retro)) {
        bool hasRetro = false;
        for (const SlidePage &p : std::as_const(m_pages))
            hasRetro = hasRetro || p.section == DeckSection::Retro;
        if (!hasRetro)
            status += u"  \u2014  "_s +
                      tr("The retrospective slide appears once it has notes (Retrospective tab).");
    }
    m_status->setText(status);
}

Status SlidesView::exportTo(const QString &path, const DeckProgress &progress)
{
    if (Status s = flushNotes(); !s)
        return s;
    rebuild();
    DeckWriteOptions options;
    options.theme = m_settings.theme();
    const Sprint *sprint = m_board->sprint(m_sprintId);
    options.title = tr("%1: sprint review").arg(sprint ? sprint->name : QString());
    options.progress = progress;
    // A copy: the board may change while the progress dialog runs the event loop.
    const QList<SlidePage> pages = m_pages;
    return DeckExporter::write(path, pages, options);
}

void SlidesView::exportPptx()
{
    exportAs(DeckExporter::Format::Pptx);
}

void SlidesView::exportPdf()
{
    exportAs(DeckExporter::Format::Pdf);
}

void SlidesView::exportAs(DeckExporter::Format format)
{
    const Sprint *sprint = m_board->sprint(m_sprintId);
    if (!sprint)
        return;
    const bool pptx = format == DeckExporter::Format::Pptx;
    const QString suffix = pptx ? u"pptx"_s : u"pdf"_s;
    QString folder = QFileInfo(m_board->path()).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        folder = documents;
    QString name = tr("%1 review").arg(sprint->name);
    name.replace(u'/', u'-');
    QString path = QFileDialog::getSaveFileName(
        this, pptx ? tr("Export Slides as PowerPoint") : tr("Export Slides as PDF"),
        QDir(folder).filePath(name + u'.' + suffix),
        pptx ? tr("PowerPoint presentations (*.pptx)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += u'.' + suffix;

    QProgressDialog progress(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"),
                             0, 100, this);
    progress.setWindowTitle(tr("Export Slides"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    bool cancelled = false;
    const Status written = exportTo(path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.reset();
    if (!written) {
        if (cancelled) {
            m_status->setText(tr("Export cancelled; no file was written."));
            emit statusMessage(m_status->text());
        } else
            showError(this, tr("Export Failed"), written.error());
        return;
    }
    m_status->setText(tr("Wrote %n slide(s) to %1", nullptr, int(m_pages.size()))
                          .arg(QDir::toNativeSeparators(path)));
    emit statusMessage(tr("Exported %n slide(s) to %1", nullptr, int(m_pages.size()))
                           .arg(QFileInfo(path).fileName()));
    if (m_openAfter->isChecked() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showError(this, tr("Cannot Open the File"),
                  tr("%1 was written, but no application is set up to open it.")
                      .arg(QDir::toNativeSeparators(path)));
}

} // namespace SprintDeck

#pragma once

#include "core/slides/deckexporter.h"
#include "core/slides/reviewnotes.h"
#include "core/slides/slidepage.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace SprintDeck {

class Board;
class SlideCanvas;

/**
 * The sprint review before it is exported: slide thumbnails and a large
 * preview drawn by the same painter as the PDF, the sections to include,
 * theme and accent, the lead's retrospective notes, and export to PPTX or PDF
 * with progress (and the file opened afterwards when asked).
 */
class SlidesView : public QWidget
{
    Q_OBJECT
public:
    explicit SlidesView(Board *board, QWidget *parent = nullptr);
    ~SlidesView() override;

    qint64 sprintId() const { return m_sprintId; }
    void setSprint(qint64 sprintId);
    const QList<SlidePage> &pages() const { return m_pages; }
    int currentSlide() const;
    void setCurrentSlide(int index);
    DeckSettings settings() const { return m_settings; }
    void setSettings(const DeckSettings &settings);

    /** Writes the deck without asking (the format follows the suffix); used by the export actions.
     */
    Status exportTo(const QString &path, const DeckProgress &progress = {});
    /** Saves notes typed since the last autosave. */
    Status flushNotes();

public slots:
    void exportPptx();
    void exportPdf();
    /** Recomputes the slides from the board now. */
    void rebuild();

signals:
    /** What an export just did, for the status bar. */
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createSidePanel();
    QWidget *createNotesPanel();
    void exportAs(DeckExporter::Format format);
    void reloadSprints();
    void loadNotes();
    void scheduleRebuild();
    void scheduleNotesSave();
    void updateAccentButton();
    void showSlide(int index);
    void saveSettings();

    Board *m_board;
    qint64 m_sprintId = 0;
    DeckSettings m_settings;
    QList<SlidePage> m_pages;
    bool m_dirty = true;
    bool m_loadingNotes = false;
    bool m_notesDirty = false;

    QComboBox *m_sprintCombo = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QToolButton *m_accentButton = nullptr;
    QListWidget *m_thumbnails = nullptr;
    SlideCanvas *m_canvas = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_openAfter = nullptr;
    QPushButton *m_exportPptx = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QHash<int, QCheckBox *> m_sectionBoxes;   ///< by DeckSection
    QHash<int, QPlainTextEdit *> m_noteEdits; ///< by ReviewNotes::Field
    QLabel *m_notesState = nullptr;
    QTimer *m_rebuildTimer = nullptr;
    QTimer *m_notesTimer = nullptr;
};

} // namespace SprintDeck

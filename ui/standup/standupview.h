#pragma once

#include "ui/standup/presenterwindow.h"

#include <QDate>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QDateEdit;
class QLabel;
class QMimeData;
class QTimer;
class QVBoxLayout;

namespace SprintDeck {

class Board;
class MarkdownEdit;
class StandupBook;
class StandupEntryWidget;

/**
 * The daily standup: a date (today by default; the calendar marks days that
 * have one), a row per active member with Yesterday / Today / Blockers, and a
 * team note. Everything typed is saved as you type (a short pause, leaving an
 * editor, switching day or view, closing: whichever comes first); there is no
 * save button. "Fill from Board" proposes each member's part from the board's
 * history without overwriting what was typed. Presents the standup full
 * screen and copies or saves the standup and daily status reports.
 */
class StandupView : public QWidget
{
    Q_OBJECT
public:
    /** Milliseconds between the last keystroke and the save. */
    static constexpr int kAutosaveDelay = 400;

    explicit StandupView(Board *board, QWidget *parent = nullptr);
    ~StandupView() override;

    QDate date() const { return m_date; }
    /** Shows another day (saving the one shown first). */
    void setDate(QDate date);

    /** Writes what was edited and not saved yet; false when that failed (the status tells why). */
    bool saveNow();
    bool hasUnsavedChanges() const { return !m_dirtyMembers.isEmpty() || m_noteDirty; }
    QString statusText() const;

    StandupEntryWidget *entryWidget(qint64 memberId) const;
    /** The member rows and the team note; the view builds them when first shown or asked. */
    QList<StandupEntryWidget *> entryWidgets() const;
    MarkdownEdit *noteEditor() const;

    /** Proposes every member's part from the board (fills empty fields, suggests the rest). */
    void fillFromBoard();
    /** Opens presenter mode full screen. */
    PresenterWindow *present();
    PresenterWindow *presenter() const { return m_presenter; }
    PresenterContent presenterContent() const;

    /** The standup (or the daily status report) as markdown, HTML and plain text. */
    QMimeData *reportMimeData(bool status) const;
    void copyReport(bool status);
    /** Writes the report as markdown to `path`; shows the error and returns false on failure. */
    bool saveReport(bool status, const QString &path);

signals:
    /** A save went through (autosave or saveNow()). */
    void saved();

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded() const;
    void buildRows();
    void load();
    void scheduleSave();
    void setStatus(const QString &text, bool error = false);
    void refreshBoardInfo();
    void markCalendar();
    void saveReportAs(bool status);
    void chooseSpeakerTime();
    void editMembers();
    QString reportMarkdown(bool status) const;

    QPointer<Board> m_board;
    QPointer<StandupBook> m_book;
    QDate m_date;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_sprintInfo = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_teamTitle = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<StandupEntryWidget *> m_rows;
    MarkdownEdit *m_note = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTimer *m_boardTimer = nullptr;
    QSet<qint64> m_dirtyMembers;
    bool m_noteDirty = false;
    bool m_boardInfoDirty = true; ///< board summaries wait until the view is shown
    bool m_saving = false;
    bool m_loaded = false; ///< rows built and the day loaded
    bool m_errorShown = false;
    QPointer<PresenterWindow> m_presenter;
};

} // namespace SprintDeck

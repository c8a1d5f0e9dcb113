#include "ui/standup/standupview.h"
#include "ui/board/membersdialog.h"
#include "ui/common/boardstyle.h"
#include "ui/common/markdownedit.h"
#include "ui/common/messages.h"
#include "ui/shell/settings.h"
#include "ui/standup/presenterwindow.h"
#include "ui/standup/standupentrywidget.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"
#include "core/standup/standupreport.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTime>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &objectName,
                        const QString &tip = {})
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    // Glyphs such as "\u25c0" or "B" say little when read aloud; the tip says what the button does.
    if (!tip.isEmpty())
        b->setAccessibleName(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v)))
                                              : QString::number(v, 'f', 1);
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Midlight);
    return line;
}

/** The editor that has keyboard focus, if it is one of ours. */
MarkdownEdit *focusedEditor()
{
    return qobject_cast<MarkdownEdit *>(QApplication::focusWidget());
}

} // namespace

StandupView::StandupView(Board *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_book(StandupBook::of(*board))
    , m_date(board->now().toTimeZone(QTimeZone::systemTimeZone()).date())
    , m_saveTimer(new QTimer(this))
    , m_boardTimer(new QTimer(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 6);
    outer->setSpacing(8);

    // Day and actions.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    QToolButton *prev = toolButton(this, u"\u25c0"_s, u"previousDay"_s, tr("Previous day"));
    m_dateEdit = new QDateEdit(m_date, this);
    m_dateEdit->setObjectName(u"standupDate"_s);
    m_dateEdit->setAccessibleName(tr("Standup date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_dateEdit->setMinimumWidth(m_dateEdit->fontMetrics().horizontalAdvance(u"Wed 30 Sep 2026"_s) +
                                48);
    m_dateEdit->calendarWidget()->setToolTip(tr("Days in bold have a standup"));
    m_dateEdit->calendarWidget()->setFirstDayOfWeek(Settings::firstDayOfWeek());
    QToolButton *next = toolButton(this, u"\u25b6"_s, u"nextDay"_s, tr("Next day"));
    QToolButton *today = toolButton(this, tr("Today"), u"today"_s);
    bar->addWidget(prev);
    bar->addWidget(m_dateEdit);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addSpacing(12);
    m_sprintInfo = new QLabel(this);
    m_sprintInfo->setObjectName(u"sprintInfo"_s);
    m_sprintInfo->setWordWrap(true); // two lines in a narrow window, not a wider window
    bar->addWidget(m_sprintInfo, 1);

    QToolButton *fill =
        toolButton(this, tr("Fill from Board"), u"fillFromBoard"_s,
                   tr("Propose each member's part from the board; typed text is kept"));
    QToolButton *present =
        toolButton(this, tr("Present"), u"present"_s, tr("Run the standup full screen (F5)"));
    present->setPopupMode(QToolButton::MenuButtonPopup);
    auto *presentMenu = new QMenu(present);
    presentMenu->addAction(tr("Speaker Time\u2026"), this, &StandupView::chooseSpeakerTime);
    present->setMenu(presentMenu);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    QToolButton *copy = toolButton(this, tr("Copy"), u"copyReport"_s,
                                   tr("Copy a report to paste into chat or a wiki"));
    copy->setPopupMode(QToolButton::InstantPopup);
    auto *copyMenu = new QMenu(copy);
    copyMenu->addAction(tr("Copy Standup"), this, [this] { copyReport(false); });
    copyMenu->addAction(tr("Copy Daily Status Report"), this, [this] { copyReport(true); });
    copyMenu->addSeparator();
    copyMenu->addAction(tr("Save Standup as Markdown\u2026"), this,
                        [this] { saveReportAs(false); });
    copyMenu->addAction(tr("Save Daily Status as Markdown\u2026"), this,
                        [this] { saveReportAs(true); });
    copy->setMenu(copyMenu);
    QToolButton *team =
        toolButton(this, tr("Team\u2026"), u"team"_s, tr("Add, rename or deactivate members"));
    for (QToolButton *b : {fill, present, copy, team})
        bar->addWidget(b);
    outer->addLayout(bar);

    // Formatting for whichever editor has focus, and the save status.
    auto *format = new QHBoxLayout;
    format->setSpacing(2);
    QToolButton *bold = toolButton(this, tr("B"), u"bold"_s, tr("Bold (Ctrl+B)"));
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    QToolButton *italic = toolButton(this, tr("I"), u"italic"_s, tr("Italic (Ctrl+I)"));
    QFont italicFont = italic->font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    QToolButton *bullets = toolButton(this, u"\u2022 "_s + tr("List"), u"bulletList"_s,
                                      tr("Bulleted list (Ctrl+Shift+L)"));
    QToolButton *numbers = toolButton(this, u"1. "_s + tr("List"), u"numberedList"_s,
                                      tr("Numbered list (Ctrl+Shift+O)"));
    for (QToolButton *b : {bold, italic, bullets, numbers}) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus); // keep the focus (and the selection) in the editor
        format->addWidget(b);
    }
    connect(bold, &QToolButton::clicked, this, [] {
        if (auto *e = focusedEditor())
            e->toggleBold();
    });
    connect(italic, &QToolButton::clicked, this, [] {
        if (auto *e = focusedEditor())
            e->toggleItalic();
    });
    connect(bullets, &QToolButton::clicked, this, [] {
        if (auto *e = focusedEditor())
            e->toggleList(false);
    });
    connect(numbers, &QToolButton::clicked, this, [] {
        if (auto *e = focusedEditor())
            e->toggleList(true);
    });
    format->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"standupStatus"_s);
    format->addWidget(m_status);
    outer->addLayout(format);

    // Column titles over the editors.
    auto *titles = new QHBoxLayout;
    titles->setContentsMargins(0, 0, 0, 0);
    titles->setSpacing(10);
    m_teamTitle = new QLabel(tr("Team"), this);
    m_teamTitle->setFixedWidth(170);
    QFont titleFont = m_teamTitle->font();
    titleFont.setBold(true);
    m_teamTitle->setFont(titleFont);
    titles->addWidget(m_teamTitle);
    for (StandupEntry::Field field : kStandupFields) {
        auto *t = new QLabel(standupFieldTitle(field), this);
        t->setFont(titleFont);
        titles->addWidget(t, 1);
    }
    outer->addLayout(titles);
    outer->addWidget(separator(this));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(0);
    contentLayout->addLayout(m_rowsLayout);
    auto *noteTitle = new QLabel(tr("Team note"), content);
    noteTitle->setFont(titleFont);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(noteTitle);
    m_note = new MarkdownEdit(content);
    m_note->setObjectName(u"teamNote"_s);
    m_note->setPlaceholderText(tr("Announcements, decisions, follow-ups for the whole team"));
    m_note->setLineRange(3, 12);
    m_note->setAccessibleName(tr("Team note"));
    contentLayout->addWidget(m_note);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kAutosaveDelay);
    connect(m_saveTimer, &QTimer::timeout, this, &StandupView::saveNow);
    m_boardTimer->setSingleShot(true);
    m_boardTimer->setInterval(300);
    connect(m_boardTimer, &QTimer::timeout, this, &StandupView::refreshBoardInfo);

    connect(m_note, &MarkdownEdit::edited, this, [this] {
        m_noteDirty = true;
        scheduleSave();
    });
    connect(m_note, &MarkdownEdit::focusLeft, this, &StandupView::saveNow);
    connect(prev, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(today, &QToolButton::clicked, this,
            [this] { setDate(m_board->now().toTimeZone(QTimeZone::systemTimeZone()).date()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &StandupView::setDate);
    connect(m_dateEdit->calendarWidget(), &QCalendarWidget::currentPageChanged, this,
            &StandupView::markCalendar);
    connect(fill, &QToolButton::clicked, this, &StandupView::fillFromBoard);
    connect(present, &QToolButton::clicked, this, &StandupView::present);
    connect(team, &QToolButton::clicked, this, &StandupView::editMembers);

    connect(board, &Board::membersChanged, this, [this] {
        if (!m_loaded)
            return;
        saveNow();
        buildRows();
        load();
    });
    connect(board, &Board::historyChanged, m_boardTimer, qOverload<>(&QTimer::start));
    connect(board, &Board::sprintsChanged, m_boardTimer, qOverload<>(&QTimer::start));
    connect(board, &Board::aboutToReload, this, &StandupView::saveNow);
    connect(board, &Board::reloaded, this, [this] {
        if (!m_loaded)
            return;
        buildRows();
        load();
    });
    connect(m_book, &StandupBook::standupSaved, this, [this] {
        if (m_loaded && !m_saving)
            load(); // written by someone else: show it
    });
    // Closing the application must not wait for the timer.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &StandupView::saveNow);
    // A row of editors per member is built when the view is first shown or asked for them: the
    // main window opens on the board.
}

StandupView::~StandupView()
{
    // The board may be gone already when the window tears down its children.
    if (m_board && m_book)
        saveNow();
    // QWidget's destructor still closes the window and moves the focus, and an editor losing it
    // emits focusLeft: no signal of a child may reach this view once its own destructor is done.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void StandupView::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void StandupView::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
    if (m_boardInfoDirty)
        refreshBoardInfo();
}

void StandupView::ensureLoaded() const
{
    if (m_loaded)
        return;
    // Building the rows changes nothing the view shows from the outside: they are its content.
    auto *self = const_cast<StandupView *>(this);
    self->m_loaded = true;
    self->buildRows();
    self->load();
}

void StandupView::buildRows()
{
    m_rows.clear();
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto standup = m_book->standup(m_date);
    const QList<Member> members =
        m_book->membersFor(standup ? *standup : Standup{m_date, {}, {}, {}, {}});
    for (const Member &m : members) {
        if (!m_rows.isEmpty())
            m_rowsLayout->addWidget(separator(this));
        auto *row = new StandupEntryWidget(m, this);
        connect(row, &StandupEntryWidget::edited, this, [this](qint64 memberId) {
            m_dirtyMembers.insert(memberId);
            scheduleSave();
        });
        connect(row, &StandupEntryWidget::focusLeft, this, &StandupView::saveNow);
        m_rowsLayout->addWidget(row);
        m_rows.append(row);
    }
    if (m_rows.isEmpty()) {
        auto *empty = new QLabel(
            tr("No active members yet. Add the team with \u201cTeam\u2026\u201d."), this);
        empty->setForegroundRole(QPalette::PlaceholderText);
        m_rowsLayout->addWidget(empty);
    }
}

void StandupView::load()
{
    auto standup = m_book->standup(m_date);
    if (!standup) {
        setStatus(standup.error(), true);
        return;
    }
    // Someone who wrote on that day but is inactive now still shows up.
    QList<qint64> shown;
    for (StandupEntryWidget *row : std::as_const(m_rows))
        shown.append(row->memberId());
    QList<qint64> wanted;
    for (const Member &m : m_book->membersFor(*standup))
        wanted.append(m.id);
    if (shown != wanted) {
        buildRows();
    }
    for (StandupEntryWidget *row : std::as_const(m_rows))
        row->setEntry(standup->entryOrEmpty(row->memberId()));
    m_note->setMarkdownText(standup->note);
    m_dirtyMembers.clear();
    m_noteDirty = false;
    setStatus(standup->isEmpty() ? tr("Nothing written for this day yet") : tr("Saved"));
    markCalendar();
    refreshBoardInfo();
}

void StandupView::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    if (!saveNow())
        showError(this, tr("Standup Not Saved"), m_status->toolTip());
    m_date = date;
    if (m_dateEdit->date() != date) {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    if (m_loaded)
        load();
}

void StandupView::scheduleSave()
{
    setStatus(tr("Editing\u2026"));
    m_saveTimer->start();
}

bool StandupView::saveNow()
{
    m_saveTimer->stop();
    if (!hasUnsavedChanges() || !m_board || !m_book)
        return true;
    QList<StandupEntry> entries;
    for (StandupEntryWidget *row : std::as_const(m_rows))
        if (m_dirtyMembers.contains(row->memberId()))
            entries.append(row->entry());
    m_saving = true;
    Status s = entries.isEmpty() ? Status() : m_book->saveEntries(m_date, entries);
    if (s && m_noteDirty)
        s = m_book->saveNote(m_date, m_note->markdownText());
    m_saving = false;
    if (!s) {
        setStatus(tr("Not saved: %1").arg(s.error()), true);
        // One dialog per failure streak; the status keeps showing it, and the next edit retries.
        if (!m_errorShown && isVisible())
            showError(this, tr("Standup Not Saved"), s.error());
        m_errorShown = true;
        return false;
    }
    m_errorShown = false;
    m_dirtyMembers.clear();
    m_noteDirty = false;
    setStatus(tr("Saved"));
    m_status->setToolTip(
        tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    markCalendar();
    if (m_presenter)
        m_presenter->setContent(presenterContent());
    emit saved();
    return true;
}

QString StandupView::statusText() const
{
    ensureLoaded();
    return m_status->text();
}

void StandupView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(error ? text : QString());
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? BoardStyle::danger(palette())
                                             : palette().color(QPalette::PlaceholderText));
    m_status->setPalette(pal);
}

QList<StandupEntryWidget *> StandupView::entryWidgets() const
{
    ensureLoaded();
    return m_rows;
}

MarkdownEdit *StandupView::noteEditor() const
{
    ensureLoaded();
    return m_note;
}

StandupEntryWidget *StandupView::entryWidget(qint64 memberId) const
{
    ensureLoaded();
    for (StandupEntryWidget *row : m_rows)
        if (row->memberId() == memberId)
            return row;
    return nullptr;
}

void StandupView::markCalendar()
{
    QCalendarWidget *calendar = m_dateEdit->calendarWidget();
    calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every marked day
    const QDate first(calendar->yearShown(), calendar->monthShown(), 1);
    auto days = m_book->daysWithStandup(first.addDays(-7), first.addMonths(1).addDays(14));
    if (!days)
        return;
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setBackground(QColor(0x4f, 0xc3, 0xa1, 70));
    marked.setToolTip(tr("Standup saved"));
    for (QDate d : std::as_const(days.value()))
        calendar->setDateTextFormat(d, marked);
}

void StandupView::refreshBoardInfo()
{
    if (!m_board)
        return;
    // A hidden view (the board is on screen) catches up when it is shown.
    if (!isVisible()) {
        m_boardInfoDirty = true;
        return;
    }
    m_boardInfoDirty = false;
    auto proposals = m_book->propose(m_date);
    if (proposals) {
        for (const StandupProposal &p : std::as_const(proposals.value()))
            if (StandupEntryWidget *row = entryWidget(p.memberId))
                row->setBoardSummary(p);
    }
    auto data = m_book->reportData(m_date);
    if (!data) {
        m_sprintInfo->setText(data.error());
        return;
    }
    QStringList parts;
    if (!data->sprintName.isEmpty()) {
        parts.append(u"<b>%1</b>"_s.arg(data->sprintName.toHtmlEscaped()));
        if (data->dayNumber > 0)
            parts.append(tr("Day %1 of %2").arg(data->dayNumber).arg(data->workingDays));
        if (data->progress && data->progress->total.total > 0)
            parts.append(tr("%1 / %2 points")
                             .arg(number(data->progress->total.completed),
                                  number(data->progress->total.total)));
        if (data->dayNumber > 0 || data->daysLeft > 0)
            parts.append(data->daysLeft == 1 ? tr("last day")
                                             : tr("%n days left", nullptr, data->daysLeft));
        const QString schedule = StandupReport::scheduleText(*data);
        if (!schedule.isEmpty())
            parts.append(schedule);
    } else {
        parts.append(tr("No sprint on this day"));
    }
    m_sprintInfo->setText(parts.join(u" \u00b7 "_s));
}

void StandupView::fillFromBoard()
{
    ensureLoaded();
    // The editors' texts, saved or not: what the lead sees is what the fill keeps.
    QList<StandupEntry> current;
    for (StandupEntryWidget *row : std::as_const(m_rows))
        current.append(row->entry());
    auto fills = m_book->fillEntries(m_date, current);
    if (!fills) {
        showError(this, tr("Fill from Board"), fills.error());
        return;
    }
    int filled = 0, suggested = 0;
    for (const StandupEntryFill &f : std::as_const(fills.value())) {
        if (StandupEntryWidget *row = entryWidget(f.entry.memberId)) {
            row->setBoardSummary(f.proposal);
            row->fill(f);
            filled += int(f.filled.size());
            suggested += f.suggestedCount();
        }
    }
    saveNow();
    const QDate since = m_book->previousStandupDay(m_date);
    QString text =
        filled || suggested
            ? tr("Filled %n empty field(s)", nullptr, filled) +
                  (suggested ? tr("; %n field(s) with suggestions to review", nullptr, suggested)
                             : QString())
            : tr("Nothing new on the board");
    text += tr(" (since %1)").arg(QLocale().toString(since, u"ddd d MMM"_s));
    setStatus(text);
}

PresenterContent StandupView::presenterContent() const
{
    ensureLoaded();
    PresenterContent c;
    c.date = m_date;
    for (StandupEntryWidget *row : m_rows) {
        const Member *m = m_board->member(row->memberId());
        if (!m)
            continue;
        const StandupEntry e = row->entry();
        c.speakers.append({m->id, m->name, m->initials(), e.yesterday, e.today, e.blockers});
    }
    c.note = m_note->markdownText();
    if (auto data = m_book->reportData(m_date)) {
        c.sprintName = data->sprintName;
        c.daysLeft = data->daysLeft;
        if (data->progress && data->progress->total.total > 0) {
            c.hasProgress = true;
            c.donePoints = data->progress->total.completed;
            c.totalPoints = data->progress->total.total;
        }
    }
    return c;
}

PresenterWindow *StandupView::present()
{
    saveNow();
    if (!m_presenter) {
        m_presenter = new PresenterWindow(this);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_presenter->setSpeakerSeconds(PresenterWindow::configuredSpeakerSeconds());
    m_presenter->setContent(presenterContent());
    // On the screen the main window is on; the lead moves it to the shared screen if needed.
    if (QScreen *screen = window()->screen())
        m_presenter->setGeometry(screen->geometry());
    m_presenter->showFullScreen();
    m_presenter->raise();
    m_presenter->activateWindow();
    return m_presenter;
}

void StandupView::chooseSpeakerTime()
{
    bool ok = false;
    const double minutes =
        QInputDialog::getDouble(this, tr("Speaker Time"), tr("Minutes per speaker:"),
                                PresenterWindow::configuredSpeakerSeconds() / 60.0, 0.5, 30, 1, &ok,
                                Qt::WindowFlags(), 0.5);
    if (!ok)
        return;
    PresenterWindow::setConfiguredSpeakerSeconds(int(std::lround(minutes * 60)));
    if (m_presenter)
        m_presenter->setSpeakerSeconds(PresenterWindow::configuredSpeakerSeconds());
}

QString StandupView::reportMarkdown(bool status) const
{
    auto data = m_book->reportData(m_date);
    if (!data)
        return {};
    return status ? StandupReport::statusMarkdown(*data) : StandupReport::standupMarkdown(*data);
}

QMimeData *StandupView::reportMimeData(bool status) const
{
    const QString markdown = reportMarkdown(status);
    auto *mime = new QMimeData;
    mime->setText(markdown);
    mime->setData(u"text/markdown"_s, markdown.toUtf8());
    mime->setHtml(StandupReport::toHtml(markdown));
    return mime;
}

void StandupView::copyReport(bool status)
{
    saveNow();
    if (reportMarkdown(status).isEmpty()) {
        auto data = m_book->reportData(m_date);
        showError(this, tr("Copy Report"), data ? tr("The report is empty.") : data.error());
        return;
    }
    QGuiApplication::clipboard()->setMimeData(reportMimeData(status));
    setStatus(status ? tr("Daily status report copied: paste it into chat or a wiki")
                     : tr("Standup copied: paste it into chat or a wiki"));
}

bool StandupView::saveReport(bool status, const QString &path)
{
    saveNow();
    const QString markdown = reportMarkdown(status);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(markdown.toUtf8()) < 0 ||
        !file.commit()) {
        showError(this, tr("Cannot Save Report"),
                  tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    setStatus(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

void StandupView::saveReportAs(bool status)
{
    const QString name =
        (status ? u"status-%1.md"_s : u"standup-%1.md"_s).arg(m_date.toString(Qt::ISODate));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, status ? tr("Save Daily Status") : tr("Save Standup"), QDir(dir).filePath(name),
        tr("Markdown (*.md);;All files (*)"));
    if (!path.isEmpty())
        saveReport(status, path);
}

void StandupView::editMembers()
{
    saveNow();
    MembersDialog dialog(m_board, this);
    dialog.exec();
}

} // namespace SprintDeck

#include "ui/board/boardview.h"
#include "ui/board/membersdialog.h"
#include "ui/common/markdownedit.h"
#include "ui/shell/mainwindow.h"
#include "ui/standup/presenterwindow.h"
#include "ui/standup/proposalstrip.h"
#include "ui/standup/standupentrywidget.h"
#include "ui/standup/standupview.h"

#include "core/board/board.h"
#include "core/board/demo.h"
#include "core/standup/standupbook.h"
#include "core/standup/standupdemo.h"

#include <QCalendarWidget>
#include <QClipboard>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextList>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;
using Field = StandupEntry::Field;

/** Verifies a Status or Result and shows its message when it failed. */
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                       \
    } while (false)

class TestStandupView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"sprintdeck-test"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Board::open(m_dir->filePath(u"view.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        // Yesterday the board saw work; the view opens on today.
        const QDate today = QDate::currentDate();
        m_now = QDateTime(today.addDays(-1), QTime(14, 0), QTimeZone::systemTimeZone()).toUTC();
        m_board->setClock([this] { return m_now; });
        m_ada = *m_board->addMember(u"Ada Lovelace"_s);
        m_ben = *m_board->addMember(u"Ben Okri"_s);
        Sprint s;
        s.name = u"Sprint 9"_s;
        s.start = today.addDays(-20);
        s.end = today.addDays(20);
        s.state = Sprint::State::Active;
        s.startedAt = m_now.addSecs(-3600);
        const qint64 sprint = *m_board->createSprint(s);
        const QList<Column> cols = m_board->columns();
        Card a;
        a.key = u"A-1"_s;
        a.title = u"Login form"_s;
        a.points = 3;
        a.assigneeId = m_ada;
        a.sprintId = sprint;
        a.columnId = cols.first().id;
        const qint64 id = *m_board->addCard(a);
        Card b = a;
        b.key = u"A-2"_s;
        b.title = u"Password reset"_s;
        const qint64 id2 = *m_board->addCard(b);
        m_now = m_now.addSecs(3600);
        VERIFY_OK(m_board->moveCards({id, id2}, sprint, cols.at(1).id));
        m_now = QDateTime(today, QTime(9, 0), QTimeZone::systemTimeZone()).toUTC();
        m_board->undoStack()->clear();

        m_view = std::make_unique<StandupView>(m_board.get());
        m_view->resize(1300, 800);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_board.reset();
        m_dir.reset();
    }

    void rowsWaitUntilTheViewIsNeeded()
    {
        // A hidden view builds no editors; showing it, or asking for them, does.
        StandupView hidden(m_board.get());
        QVERIFY(hidden.findChildren<StandupEntryWidget *>().isEmpty());
        QVERIFY(m_board->addMember(u"Cleo Ray"_s));
        QVERIFY(hidden.findChildren<StandupEntryWidget *>().isEmpty());
        hidden.resize(1000, 700);
        hidden.show();
        QCOMPARE(hidden.findChildren<StandupEntryWidget *>().size(), 3);
        QCOMPARE(hidden.entryWidgets().size(), 3);

        StandupView asked(m_board.get());
        QVERIFY(asked.findChildren<StandupEntryWidget *>().isEmpty());
        QVERIFY(asked.entryWidget(m_ada));
        QCOMPARE(asked.findChildren<StandupEntryWidget *>().size(), 3);
        QVERIFY(asked.isHidden());
    }

    void oneRowPerActiveMemberOnToday()
    {
        QCOMPARE(m_view->date(), m_now.toTimeZone(QTimeZone::systemTimeZone()).date());
        QCOMPARE(m_view->entryWidgets().size(), 2);
        QVERIFY(m_view->entryWidget(m_ada));
        QVERIFY(m_view->entryWidget(m_ben));
    }

    void typingIsSavedAfterAPause()
    {
        MarkdownEdit *e = editor(m_ada, Field::Yesterday);
        e->setFocus();
        QSignalSpy saved(m_view.get(), &StandupView::saved);
        QTest::keyClicks(e, u"Paired with Ben"_s);
        // Not yet: one write per pause, not per keystroke.
        QCOMPARE(saved.count(), 0);
        QCOMPARE(stored(m_ada).yesterday, QString());
        QVERIFY(m_view->hasUnsavedChanges());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 3000);
        QCOMPARE(stored(m_ada).yesterday, u"Paired with Ben\n"_s);
        QCOMPARE(m_view->statusText(), u"Saved"_s);
        QCOMPARE(m_board->undoStack()->count(),
                 0); // typing is undone in the editor, not on the board
        QTest::keyClick(e, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 3000);
        QCOMPARE(stored(m_ada).yesterday, QString());
    }

    void leavingTheEditorSavesAtOnce()
    {
        MarkdownEdit *e = editor(m_ben, Field::Blockers);
        e->setFocus();
        QTest::keyClicks(e, u"Waiting for IT"_s);
        QTest::keyClick(e, Qt::Key_Tab);
        QCOMPARE(stored(m_ben).blockers, u"Waiting for IT\n"_s);
        QVERIFY(!m_view->hasUnsavedChanges());
    }

    void switchingDaySavesAndLoads()
    {
        const QDate today = m_view->date();
        editor(m_ada, Field::Today)->setFocus();
        QTest::keyClicks(editor(m_ada, Field::Today), u"Today's plan"_s);
        m_view->setDate(today.addDays(-1));
        QCOMPARE(stored(m_ada, today).today, u"Today's plan\n"_s);
        QCOMPARE(editor(m_ada, Field::Today)->markdownText(), QString());
        m_view->setDate(today);
        QCOMPARE(editor(m_ada, Field::Today)->markdownText(), u"Today's plan\n"_s);
        // The calendar marks the day that has a standup.
        QDateEdit *date = m_view->findChild<QDateEdit *>(u"standupDate"_s);
        QCOMPARE(date->calendarWidget()->dateTextFormat(today).fontWeight(), int(QFont::Bold));
        QVERIFY(date->calendarWidget()->dateTextFormat(today.addDays(-1)).fontWeight() !=
                int(QFont::Bold));
    }

    void hidingTheViewSaves()
    {
        editor(m_ada, Field::Today)->setFocus();
        QTest::keyClicks(editor(m_ada, Field::Today), u"x"_s);
        m_view->hide();
        QCOMPARE(stored(m_ada).today, u"x\n"_s);
    }

    void formattingIsStoredAsMarkdown()
    {
        MarkdownEdit *e = editor(m_ada, Field::Today);
        e->setFocus();
        QTest::keyClick(e, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(e, u"Ship it"_s);
        QTest::keyClick(e, Qt::Key_Tab);
        QCOMPARE(stored(m_ada).today, u"**Ship it**\n"_s);
        e->setFocus();
        QTest::keyClick(e, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(e, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(e, Qt::Key_Tab);
        QCOMPARE(stored(m_ada).today, u"- **Ship it**\n"_s);
        // And back: what was stored shows formatted again.
        m_view->setDate(m_view->date().addDays(1));
        m_view->setDate(m_view->date().addDays(-1));
        QVERIFY(e->document()->firstBlock().textList());
        QCOMPARE(e->markdownText(), u"- **Ship it**\n"_s);
    }

    void fillNeverOverwritesTypedText()
    {
        MarkdownEdit *yesterday = editor(m_ada, Field::Yesterday);
        yesterday->setFocus();
        QTest::keyClicks(yesterday, u"Paired with Ben on A-1"_s);
        QTest::keyClick(yesterday, Qt::Key_Tab);

        m_view->fillFromBoard();
        // Typed text stays; the card it does not mention is offered.
        QCOMPARE(yesterday->markdownText(), u"Paired with Ben on A-1\n"_s);
        ProposalStrip *strip = m_view->entryWidget(m_ada)->proposals(Field::Yesterday);
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->items().size(), 1);
        QCOMPARE(strip->items().first().key, u"A-2"_s);
        // Empty fields were filled, and saved.
        QCOMPARE(
            stored(m_ada).today,
            u"- A-1: Login form (3 points) - In Progress\n- A-2: Password reset (3 points) - In Progress\n"_s);
        QCOMPARE(editor(m_ben, Field::Today)->markdownText(), QString()); // Ben has no cards

        // Accepting appends; Ctrl+Z in the editor takes it back.
        strip->findChild<QToolButton *>(u"addProposals"_s)->click();
        QVERIFY(!strip->isVisible());
        QCOMPARE(
            yesterday->markdownText(),
            u"Paired with Ben on A-1\n\n- A-2: Password reset (3 points) \u2192 In Progress\n"_s);
        QTest::keyClick(yesterday, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(yesterday->markdownText(), u"Paired with Ben on A-1\n"_s);

        // A second fill changes nothing the lead wrote, and proposes nothing already there.
        m_view->fillFromBoard();
        QCOMPARE(m_view->entryWidget(m_ada)->proposals(Field::Today)->items().size(), 0);
        QCOMPARE(
            stored(m_ada).today,
            u"- A-1: Login form (3 points) - In Progress\n- A-2: Password reset (3 points) - In Progress\n"_s);
    }

    void reportsGoToTheClipboardRich()
    {
        editor(m_ada, Field::Today)->setFocus();
        QTest::keyClicks(editor(m_ada, Field::Today), u"Ship A-1"_s);
        m_view->copyReport(false);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(u"text/markdown"_s));
        QVERIFY(mime->hasHtml());
        QVERIFY(mime->hasText());
        const QString markdown = QString::fromUtf8(mime->data(u"text/markdown"_s));
        QVERIFY2(markdown.startsWith(u"# Daily Standup: "_s), qPrintable(markdown));
        QVERIFY(markdown.contains(u"**Ada Lovelace**\n\nShip A-1"_s));
        QCOMPARE(mime->text(), markdown);
        QVERIFY(mime->html().contains(u"<h2>Today</h2>"_s));
        QVERIFY(mime->html().contains(u"<table"_s));

        m_view->copyReport(true);
        QVERIFY(
            QString::fromUtf8(QGuiApplication::clipboard()->mimeData()->data(u"text/markdown"_s))
                .startsWith(u"# Sprint 9 Daily Status"_s));

        const QString path = m_dir->filePath(u"status.md"_s);
        QVERIFY(m_view->saveReport(true, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# Sprint 9 Daily Status"));
    }

    void membersAddRenameDeactivate()
    {
        MembersDialog dialog(m_board.get(), m_view.get());
        QCOMPARE(dialog.list()->count(), 2);
        QVERIFY(dialog.addMember(u"Cleo Park"_s));
        const qint64 cleo = m_board->memberByName(u"Cleo Park")->id;
        QVERIFY(m_view->entryWidget(cleo));
        QCOMPARE(m_view->entryWidgets().size(), 3);
        QVERIFY(!dialog.addMember(u"cleo park"_s)); // names are unique; the dialog says so
        QCOMPARE(m_board->members().size(), 3);

        QVERIFY(dialog.renameMember(cleo, u"Cleo Park-Ito"_s));
        QCOMPARE(m_board->member(cleo)->name, u"Cleo Park-Ito"_s);
        QCOMPARE(dialog.list()->findItems(u"Cleo Park-Ito"_s, Qt::MatchExactly).size(), 1);

        // Ben wrote today; deactivated, he stays on today's standup, marked, but Cleo (silent)
        // goes.
        editor(m_ben, Field::Today)->setFocus();
        QTest::keyClicks(editor(m_ben, Field::Today), u"Last day before leave"_s);
        QVERIFY(m_view->saveNow());
        QVERIFY(dialog.setMemberActive(m_ben, false));
        QVERIFY(dialog.setMemberActive(cleo, false));
        QVERIFY(m_view->entryWidget(m_ben));
        QVERIFY(!m_view->entryWidget(cleo));
        QCOMPARE(editor(m_ben, Field::Today)->markdownText(), u"Last day before leave\n"_s);
        // On another day he is not listed.
        m_view->setDate(m_view->date().addDays(1));
        QVERIFY(!m_view->entryWidget(m_ben));
        // Each member change is one undo step on the board.
        QCOMPARE(m_board->undoStack()->count(), 4);
    }

    void undoInTheEditorIsNotBoardUndo()
    {
        // In the main window, Ctrl+Z while typing undoes the typing, not the last card move.
        m_view.reset();
        const int boardSteps = m_board->undoStack()->count();
        const qint64 card = m_board->cardByKey(u"A-1")->id;
        VERIFY_OK(
            m_board->moveCards({card}, m_board->card(card)->sprintId, m_board->columns().at(2).id));
        Board *board = m_board.get();
        auto window = std::make_unique<MainWindow>(std::move(m_board));
        QVERIFY(window->showView(u"standup"_s));
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *view = window->findChild<StandupView *>();
        QVERIFY(view);
        MarkdownEdit *e = view->entryWidget(m_ada)->editor(Field::Today);
        e->setFocus();
        QTest::keyClicks(e, u"abc"_s);
        QTest::keyClick(e, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(e->markdownText(), QString());
        QCOMPARE(board->undoStack()->count(), boardSteps + 1);
        QCOMPARE(board->undoStack()->index(), boardSteps + 1); // the move is still done
        QCOMPARE(board->card(card)->columnId, board->columns().at(2).id);
        window.reset(); // the view saves on the way out, before the board goes
    }

    void avatarColourIsTheBoards()
    {
        // The standup row paints a member as the board's cards do.
        StandupEntryWidget *row = m_view->entryWidget(m_ada);
        QVERIFY(row);
        QImage avatar;
        const QList<QLabel *> labels = row->findChildren<QLabel *>();
        for (QLabel *label : labels)
            if (label->size() == QSize(36, 36) && !label->pixmap().isNull())
                avatar = label->pixmap().toImage();
        QVERIFY(!avatar.isNull());
        // Inside the circle, above the initials.
        const QRgb standup = avatar.pixel(avatar.width() / 2, avatar.height() / 7);
        QCOMPARE(qAlpha(standup), 255);

        BoardView board(m_board.get());
        board.resize(1300, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        const QImage image = board.grab().toImage().convertToFormat(QImage::Format_RGB32);
        int same = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                same += qRgb(qRed(standup), qGreen(standup), qBlue(standup)) == image.pixel(x, y);
        // Ada's two cards each show her avatar: a disc of a few hundred pixels.
        QVERIFY2(same > 100, qPrintable(u"%1 pixels of %2"_s.arg(same).arg(standup, 0, 16)));
    }

    void presenterShowsTheDay()
    {
        editor(m_ada, Field::Blockers)->setFocus();
        QTest::keyClicks(editor(m_ada, Field::Blockers), u"Need review"_s);
        PresenterWindow *p = m_view->present();
        QVERIFY(p);
        QVERIFY(p->isVisible());
        QCOMPARE(p->content().speakers.size(), 2);
        QCOMPARE(p->content().speakers.first().name, u"Ada Lovelace"_s);
        QCOMPARE(p->content().speakers.first().blockers, u"Need review\n"_s);
        QCOMPARE(p->content().sprintName, u"Sprint 9"_s);
        QVERIFY(p->content().hasProgress);
        QCOMPARE(p->content().totalPoints, 6.0);
        QCOMPARE(stored(m_ada).blockers, u"Need review\n"_s); // presenting saved first
        p->close();
    }

    void screenshotOfTheDemo()
    {
        // The demo board on a Wednesday morning, filled from the board, as a lead sees it before
        // the meeting.
        m_view.reset();
        m_board.reset();
        auto opened = Board::open(m_dir->filePath(u"demo.sprintdeck"_s));
        QVERIFY(opened);
        m_board = std::move(opened.value());
        QDate wednesday = QDate::currentDate();
        while (wednesday.dayOfWeek() != 3)
            wednesday = wednesday.addDays(-1);
        VERIFY_OK(fillDemo(*m_board, wednesday));
        m_now = QDateTime(wednesday, QTime(9, 15), QTimeZone::systemTimeZone()).toUTC();
        m_board->setClock([this] { return m_now; });
        VERIFY_OK(fillDemoStandups(*m_board));
        StandupBook *book = StandupBook::of(*m_board);
        QCOMPARE(book->daysWithStandup(wednesday.addDays(-14), wednesday).value().size(), 6);
        QCOMPARE(book->standup(wednesday).value().entries.size(),
                 3); // half done, as a lead leaves it

        m_view = std::make_unique<StandupView>(m_board.get());
        m_view->resize(1600, 1000);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(m_view->date(), wednesday);
        m_view->fillFromBoard();
        QCoreApplication::processEvents(); // let the rows grow to their text before the picture
        QTest::qWait(50);
        const QString dir = QDir::current().absoluteFilePath(u"screenshots"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(m_view->grab().save(dir + u"/standup-view.png"_s));
        PresenterWindow *p = m_view->present();
        p->setCurrentPage(1);
        QVERIFY(p->render(QSize(1920, 1080)).save(dir + u"/presenter-demo.png"_s));
        p->close();
    }

private:
    MarkdownEdit *editor(qint64 member, Field field)
    {
        StandupEntryWidget *row = m_view->entryWidget(member);
        return row ? row->editor(field) : nullptr;
    }
    StandupEntry stored(qint64 member, QDate day = {})
    {
        auto s = StandupBook::of(*m_board)->standup(day.isValid() ? day : m_view->date());
        return s ? s->entryOrEmpty(member) : StandupEntry();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<StandupView> m_view;
    QDateTime m_now;
    qint64 m_ada = 0, m_ben = 0;
};

QTEST_MAIN(TestStandupView)
#include "tst_standupview.moc"

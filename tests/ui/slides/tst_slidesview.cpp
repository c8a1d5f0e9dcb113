#include "tests/core/reviewfixture.h"

#include "ui/slides/slidesview.h"

#include "core/board/board.h"
#include "core/slides/reviewnotes.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

class TestSlidesView : public QObject
{
    Q_OBJECT
private slots:
    void previewFollowsSectionsAndNotes()
    {
        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.notes = false;
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        SlidesView view(&fixture.board());
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.sprintId(), fixture.sprintId());

        // One thumbnail per slide; without notes there is no retrospective slide.
        auto *thumbnails = view.findChild<QListWidget *>();
        QVERIFY(thumbnails);
        const int before = int(view.pages().size());
        QVERIFY(before >= 9);
        QCOMPARE(thumbnails->count(), before);
        QVERIFY(!thumbnails->item(0)->icon().isNull());

        // Notes typed in the editor are saved and bring the retrospective slide.
        QList<QPlainTextEdit *> edits = view.findChildren<QPlainTextEdit *>();
        QCOMPARE(edits.size(), 5);
        edits.first()->setPlainText(u"Shipped the deck\nPaired a lot"_s);
        QVERIFY(view.flushNotes());
        view.rebuild();
        QCOMPARE(int(view.pages().size()), before + 1);
        auto stored = ReviewNotesStore(fixture.board().database()).load(fixture.sprintId());
        QVERIFY(stored);
        QCOMPARE(stored->items(ReviewNotes::Field::WentWell),
                 (QStringList{u"Shipped the deck"_s, u"Paired a lot"_s}));

        // Switching a section off removes its slide and is remembered for the board.
        const QList<QCheckBox *> boxes = view.findChildren<QCheckBox *>();
        QCheckBox *burnup = nullptr;
        for (QCheckBox *box : boxes)
            if (box->text() == deckSectionTitle(DeckSection::Burnup))
                burnup = box;
        QVERIFY(burnup);
        burnup->setChecked(false);
        QCOMPARE(int(view.pages().size()), before);
        QCOMPARE(thumbnails->count(), before);
        QVERIFY(!ReviewNotesStore(fixture.board().database())
                     .loadSettings()
                     .sections.contains(DeckSection::Burnup));

        // Keyboard navigation moves through the slides.
        view.setCurrentSlide(0);
        view.setCurrentSlide(view.currentSlide() + 2);
        QCOMPARE(view.currentSlide(), 2);
    }

    void firstSprintOfAnEmptyBoardIsShown()
    {
        // A view made while the board had no sprint shows the first sprint once it exists,
        // as its combo does: the deck and the export are of that sprint.
        QTemporaryDir dir;
        auto board = Board::open(dir.filePath(u"empty.sprintdeck"_s));
        QVERIFY(board);
        SlidesView view(board.value().get());
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.sprintId(), 0);
        QVERIFY(view.pages().isEmpty());

        Sprint sprint;
        sprint.name = u"Sprint 1"_s;
        sprint.start = QDate(2026, 3, 2);
        sprint.end = QDate(2026, 3, 13);
        auto id = board.value()->createSprint(sprint);
        QVERIFY(id);
        QCOMPARE(view.sprintId(), *id);
        QTRY_VERIFY(!view.pages().isEmpty());
        const QString pdf = dir.filePath(u"deck.pdf"_s);
        QVERIFY(view.exportTo(pdf));
        QVERIFY(QFileInfo::exists(pdf));
    }

    void exportWritesWhatThePreviewShows()
    {
        ReviewFixture fixture;
        QVERIFY2(fixture.build({}), qPrintable(fixture.error()));
        SlidesView view(&fixture.board());
        QTemporaryDir dir;
        int last = 0, total = 0;
        const Status written = view.exportTo(dir.filePath(u"deck.pptx"_s), [&](int done, int all) {
            last = done;
            total = all;
            return true;
        });
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(QFileInfo(dir.filePath(u"deck.pptx"_s)).size() > 10000);
        QCOMPARE(last, total);
        // Cancelling from the progress leaves no file behind.
        const Status cancelled =
            view.exportTo(dir.filePath(u"deck.pdf"_s), [](int done, int) { return done < 2; });
        QVERIFY(!cancelled);
        QVERIFY(!QFile::exists(dir.filePath(u"deck.pdf"_s)));
        const Status wrongSuffix = view.exportTo(dir.filePath(u"deck.odp"_s));
        QVERIFY(!wrongSuffix);
    }
};

QTEST_MAIN(TestSlidesView)
#include "tst_slidesview.moc"

#include "tests/ui/desktoptestmain.h"

#include "ui/board/filterbar.h"
#include "ui/charts/chartsview.h"
#include "ui/shell/mainwindow.h"
#include "ui/slides/slidesview.h"

#include "core/board/board.h"
#include "core/board/demo.h"
#include "core/standup/standupdemo.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QScrollArea>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

/** `w`'s rectangle in `window`'s coordinates. */
QRect rectIn(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

QString describe(const QWidget *w)
{
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    return w->objectName() + u" '"_s + (button ? button->text() : QString()) + u'\'';
}

/** The texts Qt Charts draws in a legend (elided when the legend is too short for them). */
void drawnTexts(const QGraphicsItem *item, QStringList &texts)
{
    for (const QGraphicsItem *child : item->childItems()) {
        const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(child);
        if (text && text->isVisible() && !text->toPlainText().isEmpty())
            texts.append(text->toPlainText());
        drawnTexts(child, texts);
    }
}

} // namespace

/**
 * The window from 800×600 up: nothing overlaps, is cut off or elided to a letter. Run
 * once as it is and once with QT_SCALE_FACTOR=2 (a 4K screen at 200 %, whose windows are
 * as many logical pixels as a full HD one).
 */
class TestLayout : public QObject
{
    Q_OBJECT

    /** Shows `view` in a window of `size` and lets the views lay out and draw. */
    bool showAt(const QString &view, QSize size)
    {
        if (!m_window->showView(view))
            return false;
        // The window takes the size whatever its layouts ask for, as on a screen of that
        // size: what does not fit is squeezed or cut off, which the tests catch.
        m_window->setMinimumSize(size.boundedTo(QSize(800, 600)));
        m_window->resize(size);
        for (int i = 0; i < 3; ++i) {
            QApplication::processEvents();
            QTest::qWait(20); // views compute on the next turn after they are shown
        }
        return true;
    }

    void addSizes()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void verifyInWindow(const QWidget *w)
    {
        QVERIFY2(w->isVisible(), qPrintable(describe(w)));
        const QRect r = rectIn(w, m_window.get());
        QVERIFY2(m_window->rect().contains(r),
                 qPrintable(u"%1 at %2,%3 %4x%5 is outside the window"_s.arg(describe(w))
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height())));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Board::open(m_dir.filePath(u"demo.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(fillDemo(*opened.value()));
        QVERIFY(fillDemoStandups(*opened.value()));
        m_window = std::make_unique<MainWindow>(std::move(opened.value()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void windowTakesTheSize_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("size");
        for (const char *view : {"board", "charts", "standup", "slides"}) {
            QTest::addRow("%s 800x600", view) << QString::fromLatin1(view) << QSize(800, 600);
            QTest::addRow("%s 1920x1080", view) << QString::fromLatin1(view) << QSize(1920, 1080);
        }
    }

    // A view that needs more room than the window makes the window larger than the screen,
    // and its right and bottom edges are cut off.
    void windowTakesTheSize()
    {
        QFETCH(QString, view);
        QFETCH(QSize, size);
        QVERIFY(showAt(view, size));
        QCOMPARE(m_window->size(), size);
        const QSize least = m_window->minimumSizeHint();
        QVERIFY2(least.width() <= 800 && least.height() <= 600,
                 qPrintable(u"the window needs %1x%2"_s.arg(least.width()).arg(least.height())));
    }

    void filterChipsNeitherOverlapNorClip_data() { addSizes(); }

    void filterChipsNeitherOverlapNorClip()
    {
        QFETCH(QSize, size);
        QVERIFY(showAt(u"board"_s, size));
        auto *bar = m_window->findChild<FilterBar *>();
        QVERIFY(bar);
        verifyInWindow(bar);

        QList<QWidget *> parts{bar->searchField(), bar->findChild<QLabel *>(u"filterCount"_s)};
        for (int p = 1; p <= 4; ++p)
            parts.append(bar->priorityChip(p));
        parts << bar->assigneeChip() << bar->labelChip() << bar->blockedChip()
              << bar->clearButton();
        for (int i = 0; i < parts.size(); ++i) {
            QWidget *part = parts[i];
            QVERIFY(part);
            QVERIFY2(part->isVisible(), qPrintable(describe(part)));
            const QRect r = rectIn(part, bar);
            QVERIFY2(bar->rect().contains(r), qPrintable(describe(part) + u" leaves the bar"_s));
            if (qobject_cast<QToolButton *>(part))
                QVERIFY2(part->sizeHint().width() <= part->width(),
                         qPrintable(u"%1 is %2 wide, its text needs %3"_s.arg(describe(part))
                                        .arg(part->width())
                                        .arg(part->sizeHint().width())));
            for (int j = i + 1; j < parts.size(); ++j)
                QVERIFY2(!r.intersects(rectIn(parts[j], bar)),
                         qPrintable(describe(part) + u" overlaps "_s + describe(parts[j])));
        }
    }

    void chartLegendsShowWholeNames_data() { addSizes(); }

    void chartLegendsShowWholeNames()
    {
        QFETCH(QSize, size);
        QVERIFY(showAt(u"charts"_s, size));
        auto *charts = m_window->findChild<ChartsView *>();
        QVERIFY(charts);
        for (const QString &name : ChartsView::chartNames()) {
            QChartView *view = charts->chartView(name);
            verifyInWindow(view);
            // (A hidden legend's markers all read as hidden; the non-working days never
            // have an entry.)
            const bool legendShown = view->chart()->legend()->isVisible();
            QStringList names;
            for (QLegendMarker *marker : view->chart()->legend()->markers())
                if (legendShown ? marker->isVisible()
                                : marker->series()->objectName() != u"nonWorking")
                    names.append(marker->label());
            QVERIFY2(!names.isEmpty(), qPrintable(name));
            auto *compact = charts->findChild<QLabel *>(name + u"Legend"_s);
            QVERIFY(compact);
            if (legendShown) {
                // The chart's own legend draws every name whole.
                QVERIFY2(!compact->isVisible(), qPrintable(name));
                QStringList drawn;
                drawnTexts(view->chart()->legend(), drawn);
                drawn.sort();
                names.sort();
                QCOMPARE(drawn, names);
            } else {
                // The compact legend shows every name and is high enough for its lines.
                verifyInWindow(compact);
                QTextDocument document;
                document.setHtml(compact->text());
                for (const QString &series : std::as_const(names))
                    QVERIFY2(document.toPlainText().contains(series), qPrintable(series));
                QVERIFY(compact->height() >= compact->heightForWidth(compact->width()));
                QVERIFY2(compact->parentWidget()->rect().contains(compact->geometry()),
                         "the compact legend is not in its chart's place");
                QVERIFY(!compact->geometry().intersects(rectIn(view, compact->parentWidget())));
            }
        }
    }

    void chartsSidePanelIsReachable_data() { addSizes(); }

    void chartsSidePanelIsReachable()
    {
        QFETCH(QSize, size);
        QVERIFY(showAt(u"charts"_s, size));
        auto *scroll = m_window->findChild<QScrollArea *>(u"chartsSidePanel"_s);
        QVERIFY(scroll);
        verifyInWindow(scroll);
        // Nothing is cut off at the side: the panel only scrolls up and down.
        QVERIFY(scroll->viewport()->width() >= scroll->widget()->minimumSizeHint().width());
        for (const char *name :
             {"sprintFacts", "progressTable", "overallProgress", "scopeChangeList"}) {
            auto *part = scroll->widget()->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(part && part->isVisible(), name);
            scroll->ensureWidgetVisible(part, 0, 0);
            QApplication::processEvents();
            const QRect r = rectIn(part, scroll->viewport());
            QVERIFY2(scroll->viewport()->rect().contains(r.topLeft()), name);
            QVERIFY2(r.right() <= scroll->viewport()->rect().right(), name);
        }
        scroll->ensureVisible(0, 0);
    }

    void slidesExportsAreInTheWindow_data() { addSizes(); }

    void slidesExportsAreInTheWindow()
    {
        QFETCH(QSize, size);
        QVERIFY(showAt(u"slides"_s, size));
        auto *slides = m_window->findChild<SlidesView *>();
        QVERIFY(slides);
        for (const char *name : {"exportPptx", "exportPdf"}) {
            auto *button = slides->findChild<QAbstractButton *>(QString::fromLatin1(name));
            QVERIFY2(button, name);
            verifyInWindow(button);
            QVERIFY2(button->sizeHint().width() <= button->width(), name);
        }
        auto *panel = slides->findChild<QWidget *>(u"slidesSidePanel"_s);
        QVERIFY(panel);
        verifyInWindow(panel);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

SPRINTDECK_SETTINGS_TEST_MAIN(TestLayout)
#include "tst_layout.moc"

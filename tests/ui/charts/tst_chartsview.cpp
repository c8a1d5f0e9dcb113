#include "tests/core/sprintscript.h"

#include "core/io/importpreview.h"
#include "core/io/markdownimporter.h"
#include "tests/testpaths.h"
#include "ui/board/boardview.h"
#include "ui/charts/chartsview.h"
#include "ui/charts/flowview.h"
#include "ui/shell/theme.h"
#include "ui/sprints/closesprintdialog.h"
#include "ui/sprints/newsprintdialog.h"
#include "ui/sprints/sprintactions.h"
#include "ui/sprints/startsprintdialog.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetricsF>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWidget>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

const QString kSprint =
    u"sprint S 2025-01-13 2025-01-24; sprint N 2025-01-27 2025-02-07;"
    "at 2025-01-10 16:00; card A 3 P1; card B 5 P2; card C 2 P2; at 2025-01-13 09:00; start S;"
    "at 2025-01-14 10:00; move B progress; at 2025-01-15 12:00"_s;

template<typename T> T *flowSeries(ChartsView &view, const QString &chart, const QString &name)
{
    const QList<QAbstractSeries *> all = view.flowView()->chart(chart)->series();
    for (QAbstractSeries *s : all)
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    return nullptr;
}

QList<QPointF> flowPoints(ChartsView &view, const QString &chart, const QString &name)
{
    auto *s = flowSeries<QXYSeries>(view, chart, name);
    return s ? s->points() : QList<QPointF>();
}

template<typename T> T *series(ChartsView &view, const QString &chart, const QString &name)
{
    const QList<QAbstractSeries *> all = view.chart(chart)->series();
    for (QAbstractSeries *s : all)
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    return nullptr;
}

QList<QPointF> points(ChartsView &view, const QString &chart, const QString &name)
{
    auto *s = series<QXYSeries>(view, chart, name);
    return s ? s->points() : QList<QPointF>();
}

double lastY(ChartsView &view, const QString &chart, const QString &name)
{
    const QList<QPointF> p = points(view, chart, name);
    return p.isEmpty() ? -1 : p.last().y();
}

/** WCAG 2 contrast ratio, 1 to 21. */
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (qMax(x, y) + 0.05) / (qMin(x, y) + 0.05);
}

/** How far apart two colours are, 0 to 441 (RGB, 0..255 per channel). */
double distance(const QColor &a, const QColor &b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

QString cell(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestChartsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void movingACardUpdatesTheCharts();
    void changesOfOneTurnAreDrawnOnce();
    void onlyChangedChartsAreRebuilt();
    void unitToggle();
    void scopeChangesAreMarked();
    void exportPngAndSvg();
    void closedSprintShowsFrozenReport();
    void newSprintDialog();
    void newSprintDialogValidatesLive();
    void nextSprintNameAfterTheHighest();
    void startAndCloseDialogs();
    void editSprintDialog();
    void legendColoursAreDistinct_data();
    void legendColoursAreDistinct();
    void cumulativeFlowWaitsForTheStart();
    void pastSprintKeepsToItsDates_data();
    void pastSprintKeepsToItsDates();
    void dateLabelsNeverOverlap_data();
    void dateLabelsNeverOverlap();
    void importedPastSprintScreenshot_data();
    void importedPastSprintScreenshot();
    void boardChartsAndCloseDialogShowTheSameNumbers();
    void flowPageFollowsTheBoard();
    void flowChartsInBothThemes_data();
    void flowChartsInBothThemes();
    void flowFiltersByLabelAndAssigneeAndWeeks();

private:
    std::unique_ptr<SprintScript> m_script;
    std::unique_ptr<ChartsView> m_view;
};

void TestChartsView::init()
{
    m_script = std::make_unique<SprintScript>();
    QVERIFY2(m_script->run(kSprint), qPrintable(m_script->error()));
    m_view = std::make_unique<ChartsView>(&m_script->board());
    m_view->setTimeZone(m_script->zone());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestChartsView::cleanup()
{
    m_view.reset();
    m_script.reset();
}

void TestChartsView::movingACardUpdatesTheCharts()
{
    ChartsView &view = *m_view;
    QCOMPARE(view.sprintId(), m_script->sprintId(u"S"_s));
    // Start, the end of Monday and Tuesday, and now (Wednesday noon).
    QList<QPointF> remaining = points(view, u"burndown"_s, u"remaining"_s);
    QCOMPARE(remaining.size(), 4);
    QCOMPARE(remaining.at(0), QPointF(0, 10));
    QCOMPARE(remaining.at(1), QPointF(1, 10));
    QCOMPARE(remaining.at(2), QPointF(2, 10));
    QCOMPARE(remaining.at(3).y(), 10.0);
    QVERIFY(remaining.at(3).x() > 2.4 && remaining.at(3).x() < 2.6); // 12:00 on day 3
    QCOMPARE(points(view, u"burndown"_s, u"ideal"_s).at(1), QPointF(1, 9));

    QVERIFY(m_script->run(u"move A done"_s));
    QTRY_COMPARE(lastY(view, u"burndown"_s, u"remaining"_s), 7.0);
    QCOMPARE(lastY(view, u"burnup"_s, u"completed"_s), 3.0);
    auto *table = view.findChild<QTableWidget *>(u"progressTable"_s);
    QCOMPARE(cell(table, 0, 0), u"P1"_s);
    QCOMPARE(cell(table, 0, 2), u"3"_s);
    QCOMPARE(cell(table, 2, 0), u"Total"_s);
    QCOMPARE(cell(table, 2, 1), u"10"_s);
    QCOMPARE(cell(table, 2, 3), u"7"_s);
    QVERIFY(view.findChild<QLabel *>(u"chartsSummary"_s)->text().contains(u"remaining <b>7</b>"_s));

    // Undo redraws as well.
    m_script->board().undoStack()->undo();
    QTRY_COMPARE(lastY(view, u"burndown"_s, u"remaining"_s), 10.0);

    // The cumulative flow counts per column: To Do A and C, In Progress B.
    const QStringList flows{u"flow:To Do"_s, u"flow:In Progress"_s, u"flow:Done"_s};
    for (const QString &name : flows)
        QVERIFY2(series<QAbstractSeries>(view, u"cfd"_s, name), qPrintable(name));
}

void TestChartsView::changesOfOneTurnAreDrawnOnce()
{
    ChartsView &view = *m_view;
    QTRY_VERIFY(view.refreshCount() >= 1);
    QTest::qWait(20); // any refresh still due from the start comes before the count
    const int before = view.refreshCount();
    QVERIFY(m_script->run(u"move A done; move B done; move C review"_s));
    QCOMPARE(view.refreshCount(), before); // nothing drawn synchronously
    QTRY_COMPARE(view.refreshCount(), before + 1);
    QTest::qWait(20); // a fixed time on purpose: no second refresh may come
    QCOMPARE(view.refreshCount(), before + 1);
    QCOMPARE(lastY(view, u"burndown"_s, u"remaining"_s), 2.0);
}

void TestChartsView::onlyChangedChartsAreRebuilt()
{
    ChartsView &view = *m_view;
    QTRY_VERIFY(view.refreshCount() >= 1);
    QPointer<QAbstractSeries> remaining =
        series<QAbstractSeries>(view, u"burndown"_s, u"remaining"_s);
    QPointer<QAbstractSeries> completed =
        series<QAbstractSeries>(view, u"burnup"_s, u"completed"_s);
    QPointer<QAbstractSeries> todo = series<QAbstractSeries>(view, u"cfd"_s, u"flow:To Do"_s);
    QVERIFY(remaining && completed && todo);

    // Work moves between open columns: only the cumulative flow changes and is redrawn.
    const int before = view.refreshCount();
    QVERIFY(m_script->run(u"move C progress"_s));
    QTRY_COMPARE(view.refreshCount(), before + 1);
    QCOMPARE(series<QAbstractSeries>(view, u"burndown"_s, u"remaining"_s), remaining.data());
    QCOMPARE(series<QAbstractSeries>(view, u"burnup"_s, u"completed"_s), completed.data());
    // The cumulative flow keeps its areas and moves them: To Do holds A only now (3 points).
    QVERIFY(todo);
    auto *todoArea = qobject_cast<QAreaSeries *>(todo.data());
    QVERIFY(todoArea);
    const QList<QPointF> upper = todoArea->upperSeries()->points();
    const QList<QPointF> lower = todoArea->lowerSeries()->points();
    QCOMPARE(upper.last().y() - lower.last().y(), 3.0);

    // A card is done: the burndown and the burnup are drawn again, with the new numbers.
    QVERIFY(m_script->run(u"move C done"_s));
    QTRY_VERIFY(!remaining);
    QVERIFY(!completed);
    QVERIFY(todo); // still the same areas
    QCOMPARE(todoArea->upperSeries()->points().last().y() -
                 todoArea->lowerSeries()->points().last().y(),
             3.0);
    QCOMPARE(lastY(view, u"burndown"_s, u"remaining"_s), 8.0);
    QCOMPARE(lastY(view, u"burnup"_s, u"completed"_s), 2.0);
}

void TestChartsView::unitToggle()
{
    ChartsView &view = *m_view;
    QVERIFY(m_script->run(u"move A done"_s));
    QTRY_COMPARE(lastY(view, u"burndown"_s, u"remaining"_s), 7.0);
    QTest::mouseClick(view.findChild<QPushButton *>(u"unitCards"_s), Qt::LeftButton);
    QTRY_COMPARE(lastY(view, u"burndown"_s, u"remaining"_s), 2.0);
    QCOMPARE(points(view, u"burndown"_s, u"remaining"_s).first().y(), 3.0);
    QCOMPARE(view.unit(), ChartUnit::Cards);
    auto *table = view.findChild<QTableWidget *>(u"progressTable"_s);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Cards"_s);
    QCOMPARE(cell(table, 2, 1), u"3"_s);
}

void TestChartsView::scopeChangesAreMarked()
{
    ChartsView &view = *m_view;
    QVERIFY(m_script->run(u"card D 4; points C 3"_s));
    QTRY_COMPARE(points(view, u"burndown"_s, u"scopeChanges"_s).size(), 1);
    // One marker for the day, at the new scope (10 + 4 + 1), in the middle of Wednesday.
    QCOMPARE(points(view, u"burndown"_s, u"scopeChanges"_s).first(), QPointF(2.5, 15));
    auto *list = view.findChild<QTreeWidget *>(u"scopeChangeList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), u"D"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"added (+4)"_s);
    QCOMPARE(list->topLevelItem(1)->text(2), u"re-estimated 2 \u2192 3"_s);
    QCOMPARE(lastY(view, u"burndown"_s, u"scope"_s), 15.0);

    // Work moving between open columns leaves the list as it is drawn.
    list->topLevelItem(0)->setData(0, Qt::UserRole, u"drawn"_s); // gone if the list is rebuilt
    const int refreshes = view.refreshCount();
    QVERIFY(m_script->run(u"move D progress"_s));
    QTRY_VERIFY(view.refreshCount() > refreshes);
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), u"drawn"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    // Another change of scope is listed.
    QVERIFY(m_script->run(u"points D 5"_s));
    QTRY_COMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(2)->text(2), u"re-estimated 4 \u2192 5"_s);
}

void TestChartsView::exportPngAndSvg()
{
    QTemporaryDir dir;
    for (const QString &name : ChartsView::chartNames()) {
        const QString png = dir.filePath(name + u".png"_s);
        const QString svg = dir.filePath(name + u".svg"_s);
        QVERIFY(m_view->exportChart(name, png));
        QVERIFY(m_view->exportChart(name, svg));
        QImage image(png);
        QVERIFY2(!image.isNull() && image.width() >= 800, qPrintable(name));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        if (name == u"velocity") // no sprint was closed yet: the chart says so
            QVERIFY(text.contains("no closed sprints yet"));
        else
            QVERIFY2(text.contains("<path") || text.contains("<polyline"), qPrintable(name));
    }
    const Status bad = m_view->exportChart(u"burndown"_s, dir.filePath(u"chart.gif"_s));
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(u".png or .svg"_s));
    QVERIFY(!m_view->exportChart(u"pie"_s, dir.filePath(u"pie.png"_s)));
    QVERIFY(!m_view->exportChart(u"burndown"_s, u"/nonexistent-dir/x.png"_s));
}

void TestChartsView::closedSprintShowsFrozenReport()
{
    ChartsView &view = *m_view;
    QVERIFY(m_script->run(u"move A done; at 2025-01-24 17:00; close S N"_s));
    QTRY_VERIFY(view.findChild<QLabel *>(u"chartsSummary"_s)->text().contains(u"frozen"_s));
    // Velocity shows the closed sprint: committed 10, completed 3.
    QTRY_COMPARE(lastY(view, u"velocity"_s, u"average"_s), 3.0);
    QVERIFY(!series<QLineSeries>(view, u"burndown"_s, u"today"_s));
    const QList<QPointF> before = points(view, u"burndown"_s, u"remaining"_s);
    QVERIFY(m_script->run(u"at 2025-01-27 10:00; move A todo; points A 8"_s));
    QTest::qWait(30); // a fixed time on purpose: the frozen report must not change
    QCOMPARE(points(view, u"burndown"_s, u"remaining"_s), before);
    // The board's next sprint is another choice of the combo.
    auto *combo = view.findChild<QComboBox *>(u"sprintCombo"_s);
    QCOMPARE(combo->count(), 2);
    QSignalSpy changed(&view, &ChartsView::sprintChanged);
    view.setSprintId(m_script->sprintId(u"N"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(combo->currentData().toLongLong(), m_script->sprintId(u"N"_s));
}

void TestChartsView::newSprintDialog()
{
    Board &board = m_script->board();
    NewSprintDialog dialog(&board);
    QCOMPARE(dialog.nameEdit()->text(), u"Sprint 3"_s); // no numbered sprint yet: the third
    dialog.nameEdit()->setText(u"Release 2"_s);
    dialog.startEdit()->setDate(QDate(2025, 2, 10));
    dialog.endEdit()->setDate(QDate(2025, 2, 21));
    QCOMPARE(dialog.calendar()->count(), 12);
    // Wednesday 12th off, Saturday 15th worked.
    dialog.calendar()->item(2)->setCheckState(Qt::Unchecked);
    dialog.calendar()->item(5)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.findChild<QLabel *>(u"workingDays"_s)->text(), u"10 working day(s)"_s);
    const int steps = board.undoStack()->count();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Sprint *s = board.sprintByName(u"Release 2");
    QVERIFY(s);
    QCOMPARE(s->holidays, QList<QDate>{QDate(2025, 2, 12)});
    QCOMPARE(s->extraWorkdays, QList<QDate>{QDate(2025, 2, 15)});
    QCOMPARE(s->workingDays(), 10);
    QCOMPARE(board.undoStack()->count(), steps + 1);

    NewSprintDialog again(&board);
    QCOMPARE(again.nameEdit()->text(), u"Release 3"_s);
    again.nameEdit()->setText(u"Release 2"_s);
    again.accept();
    QVERIFY(again.result() != QDialog::Accepted);
    QVERIFY(again.findChild<QLabel *>(u"error"_s)
                ->text()
                .contains(u"already a sprint called Release 2"_s));
}

void TestChartsView::newSprintDialogValidatesLive()
{
    Board &board = m_script->board();
    NewSprintDialog dialog(&board);
    auto *error = dialog.findChild<QLabel *>(u"error"_s);
    auto *workingDays = dialog.findChild<QLabel *>(u"workingDays"_s);
    auto *ok = dialog.findChild<QPushButton *>();
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == u"&Create Sprint")
            ok = b;
    QCOMPARE(dialog.shownProblem(), QString());

    // Each message appears as the fields go wrong and leaves as they are put right.
    dialog.nameEdit()->clear();
    QCOMPARE(dialog.shownProblem(), u"The sprint needs a name."_s);
    QVERIFY(!ok->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.shownProblem(), u"The sprint needs a name."_s);
    QTest::keyClicks(dialog.nameEdit(), u"Release 9"_s);
    QCOMPARE(dialog.shownProblem(), QString());
    QVERIFY(error->isHidden());
    QVERIFY(ok->isEnabled());

    dialog.endEdit()->setDate(dialog.startEdit()->date().addDays(-1));
    QCOMPARE(dialog.shownProblem(), u"The end date is before the start date."_s);
    // Said once: the working-days line does not repeat it.
    QVERIFY(!workingDays->text().contains(u"before the start"_s));
    dialog.endEdit()->setDate(dialog.startEdit()->date().addDays(11));
    QCOMPARE(dialog.shownProblem(), QString());
    QVERIFY(workingDays->text().contains(u"working day"_s));
    QVERIFY(ok->isEnabled());
}

void TestChartsView::nextSprintNameAfterTheHighest()
{
    QTemporaryDir dir;
    auto opened = Board::open(dir.filePath(u"names.sprintdeck"_s));
    QVERIFY(opened);
    std::unique_ptr<Board> board = std::move(opened.value());
    for (const QString &name : {u"Sprint 7"_s, u"Sprint 3"_s, u"Hardening"_s}) {
        Sprint s;
        s.name = name;
        s.start = QDate(2025, 3, 3);
        s.end = QDate(2025, 3, 14);
        QVERIFY(board->createSprint(s));
    }
    NewSprintDialog dialog(board.get());
    QCOMPARE(dialog.nameEdit()->text(), u"Sprint 8"_s);
}

void TestChartsView::startAndCloseDialogs()
{
    Board &board = m_script->board();
    QWidget window;
    SprintActions actions(&board, &window, [this] { return m_script->sprintId(u"N"_s); });
    QVERIFY(!actions.startSprintAction()->isEnabled()); // S is active
    QVERIFY(actions.closeSprintAction()->isEnabled());

    StartSprintDialog refused(&board, m_script->sprintId(u"N"_s));
    QVERIFY(!refused.canStart());
    QVERIFY(refused.findChild<QLabel *>(u"error"_s)->text().contains(u"S is active"_s));

    QVERIFY(m_script->run(u"move A done"_s));
    CloseSprintDialog close(&board, m_script->sprintId(u"S"_s));
    QCOMPARE(close.incompleteList()->count(), 2);
    QVERIFY(close.nextSprintButton()->isChecked());
    QCOMPARE(close.nextSprintCombo()->currentText(), u"N"_s);
    close.backlogButton()->setChecked(true);
    QCOMPARE(close.carryOverSprintId(), 0);
    close.nextSprintButton()->setChecked(true);
    QCOMPARE(close.carryOverSprintId(), m_script->sprintId(u"N"_s));
    close.accept();
    QCOMPARE(close.result(), int(QDialog::Accepted));
    QCOMPARE(board.sprintByName(u"S")->state, Sprint::State::Closed);
    QCOMPARE(board.cardByKey(u"B")->sprintId, m_script->sprintId(u"N"_s));
    QVERIFY(actions.startSprintAction()->isEnabled());
    QVERIFY(!actions.closeSprintAction()->isEnabled());

    StartSprintDialog start(&board, m_script->sprintId(u"N"_s));
    QVERIFY(start.canStart());
    QVERIFY(start.summaryLabel()->text().contains(u"Committing 2 card(s) with 7 point(s)"_s));
    start.accept();
    QCOMPARE(board.sprintByName(u"N")->state, Sprint::State::Active);
}

void TestChartsView::editSprintDialog()
{
    Board &board = m_script->board();
    ChartsView &view = *m_view;
    QWidget window;
    const qint64 id = m_script->sprintId(u"S"_s);
    SprintActions actions(&board, &window, [id] { return id; });
    QVERIFY(actions.editSprintAction()->isEnabled());
    QCOMPARE(points(view, u"burndown"_s, u"ideal"_s).size(), 13); // the start and 12 days

    // Sprint > Edit Sprint… opens the dialog filled in with the sprint; a later end is saved.
    const int steps = board.undoStack()->count();
    QString name, title;
    QDate end;
    int days = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewSprintDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        name = dialog->nameEdit()->text();
        title = dialog->windowTitle();
        end = dialog->endEdit()->date();
        days = dialog->calendar()->count();
        dialog->endEdit()->setDate(QDate(2025, 1, 31));
        dialog->accept();
    });
    actions.editSprintAction()->trigger();
    QCOMPARE(name, u"S"_s);
    QCOMPARE(title, u"Edit Sprint"_s);
    QCOMPARE(end, QDate(2025, 1, 24));
    QCOMPARE(days, 12);
    QCOMPARE(board.sprint(id)->end, QDate(2025, 1, 31));
    QCOMPARE(board.sprint(id)->state, Sprint::State::Active);
    QCOMPARE(board.undoStack()->count(), steps + 1);
    QCOMPARE(board.undoStack()->undoText(), u"Edit sprint S"_s);
    QTRY_COMPARE(points(view, u"burndown"_s, u"ideal"_s).size(), 20);
    board.undoStack()->undo();
    QCOMPARE(board.sprint(id)->end, QDate(2025, 1, 24));
    QTRY_COMPARE(points(view, u"burndown"_s, u"ideal"_s).size(), 13);

    // The calendar comes back as it is stored; a refused edit keeps the dialog open.
    Sprint withHoliday = *board.sprint(id);
    withHoliday.holidays = {QDate(2025, 1, 20)};
    QVERIFY(board.editSprint(withHoliday));
    NewSprintDialog dialog(&board);
    dialog.setSprint(*board.sprint(id));
    QCOMPARE(dialog.editedId(), id);
    QCOMPARE(dialog.sprint().holidays, QList<QDate>{QDate(2025, 1, 20)});
    QCOMPARE(dialog.sprint().workingDays(), 9);
    dialog.nameEdit()->setText(u"N"_s);
    const int before = board.undoStack()->count();
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(
        dialog.findChild<QLabel *>(u"error"_s)->text().contains(u"already a sprint called N"_s));
    QCOMPARE(board.undoStack()->count(), before);

    // A closed sprint is not edited.
    QVERIFY(m_script->run(u"at 2025-01-24 17:00; close S N"_s));
    QVERIFY(!actions.editSprintAction()->isEnabled());
}

void TestChartsView::legendColoursAreDistinct_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestChartsView::legendColoursAreDistinct()
{
    QFETCH(bool, dark);
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
    const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
    // A scope change, so its markers join the legend; the chart is drawn in the theme set.
    QVERIFY(m_script->run(u"card D 4"_s));
    QTRY_COMPARE(points(*m_view, u"burndown"_s, u"scopeChanges"_s).size(), 1);
    QChart &chart = *m_view->chart(u"burndown"_s);

    QHash<QString, QColor> colours;
    const QList<QLegendMarker *> markers = chart.legend()->markers();
    QVERIFY(!markers.isEmpty());
    for (QLegendMarker *marker : markers) {
        // The shading of non-working days is an area kept out of the legend; the rest are lines
        // and markers.
        if (marker->series()->objectName() == u"nonWorking" ||
            marker->series()->objectName() == u"noForecast") // a note, not a line
            continue;
        auto *series = qobject_cast<QXYSeries *>(marker->series());
        QVERIFY2(series, qPrintable(marker->label()));
        colours.insert(series->objectName(), series->color());
    }
    QVERIFY(colours.contains(u"scope"_s));
    QVERIFY(colours.contains(u"scopeChanges"_s));
    const QStringList names = colours.keys();
    for (qsizetype i = 0; i < names.size(); ++i)
        for (qsizetype j = i + 1; j < names.size(); ++j)
            QVERIFY2(distance(colours.value(names.at(i)), colours.value(names.at(j))) > 60,
                     qPrintable(names.at(i) + u" and "_s + names.at(j)));
    // The markers are marks on the chart's background: 3:1 at least.
    const QColor background = QApplication::palette().color(QPalette::Base);
    QVERIFY(contrast(colours.value(u"scopeChanges"_s), background) >= 3.0);
}

void TestChartsView::cumulativeFlowWaitsForTheStart()
{
    ChartsView &view = *m_view;
    view.setSprintId(m_script->sprintId(u"N"_s));
    // Like the burndown, which draws the planned days, the flow says what it waits for.
    QTRY_VERIFY2(view.chart(u"cfd"_s)->title().contains(u"starts when the sprint starts"_s),
                 qPrintable(view.chart(u"cfd"_s)->title()));
    QVERIFY(view.chart(u"cfd"_s)->series().isEmpty());
    QCOMPARE(points(view, u"burndown"_s, u"ideal"_s).size(), 13); // the start and 12 days

    QVERIFY(m_script->run(u"at 2025-01-24 17:00; close S N; at 2025-01-27 10:00; start N"_s));
    QTRY_VERIFY(series<QAreaSeries>(view, u"cfd"_s, u"flow:To Do"_s));
    QCOMPARE(view.chart(u"cfd"_s)->title(), u"Cumulative flow (points)"_s);
}

void TestChartsView::pastSprintKeepsToItsDates_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("todayDrawn");
    QTest::addColumn<QString>("note");

    // Within its days, the team's Monte Carlo forecast would be given, but the board holds only
    // five working days of history.
    QTest::newRow("within, too little history")
        << u"2025-01-17 12:00"_s << true << u"No forecast: 5 working day"_s;
    QTest::newRow("the day after its end")
        << u"2025-01-25 10:00"_s << false << u"No forecast: the sprint ended on"_s;
    QTest::newRow("two years later")
        << u"2027-03-02 10:00"_s << false << u"No forecast: the sprint ended on"_s;
}

void TestChartsView::pastSprintKeepsToItsDates()
{
    QFETCH(QString, now);
    QFETCH(bool, todayDrawn);
    QFETCH(QString, note);
    ChartsView &view = *m_view;
    QVERIFY(m_script->run(u"at "_s + now)); // the board's clock
    view.refresh();
    // Its own twelve days, never to today; the caption names its month and year.
    QCOMPARE(points(view, u"burndown"_s, u"ideal"_s).size(), 13);
    const auto axes = view.chart(u"burndown"_s)->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    QCOMPARE(axes.first()->titleText(), u"January 2025"_s);
    QCOMPARE(series<QLineSeries>(view, u"burndown"_s, u"today"_s) != nullptr, todayDrawn);
    QVERIFY(!series<QLineSeries>(view, u"burndown"_s, u"forecast"_s));
    auto *noForecast = series<QLineSeries>(view, u"burndown"_s, u"noForecast"_s);
    QVERIFY(noForecast);
    QVERIFY2(noForecast->name().startsWith(note), qPrintable(noForecast->name()));
    const QString summary = view.findChild<QLabel *>(u"chartsSummary"_s)->text();
    QVERIFY2(summary.contains(note), qPrintable(summary));
}

void TestChartsView::dateLabelsNeverOverlap_data()
{
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("width");

    for (const char *end : {"2025-01-24", "2025-03-07", "2025-12-31"})
        for (int width : {800, 1400, 2400})
            QTest::addRow("to %s, %d px", end, width) << QString::fromLatin1(end) << width;
}

void TestChartsView::dateLabelsNeverOverlap()
{
    QFETCH(QString, end);
    QFETCH(int, width);
    ChartsView &view = *m_view;
    QVERIFY(m_script->run(u"sprint L 2025-01-13 "_s + end));
    view.setSprintId(m_script->sprintId(u"L"_s));
    view.resize(width, 900);
    view.refresh();
    QApplication::processEvents();
    QChart *chart = view.chart(u"burndown"_s);
    QTRY_VERIFY(chart->plotArea().width() > 0);
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    const int days = int(QDate(2025, 1, 13).daysTo(QDate::fromString(end, Qt::ISODate))) + 1;
    QCOMPARE(x->max(), double(days));
    QTRY_VERIFY(x->count() > 1);
    // Labelled days, evenly apart, each label narrower than the room between two of them.
    const QStringList labels = x->categoriesLabels();
    const double pixelsPerDay = chart->plotArea().width() / days;
    const double apart = x->endValue(labels.at(1)) - x->endValue(labels.at(0));
    const QFontMetricsF metrics(x->labelsFont());
    for (const QString &label : labels)
        QVERIFY2(metrics.horizontalAdvance(label) < apart * pixelsPerDay,
                 qPrintable(u"%1 in %2 px"_s.arg(label).arg(apart * pixelsPerDay)));
    QVERIFY(x->endValue(labels.constLast()) > days - apart);
    QCOMPARE(x->labelsAngle(), 0);
}

void TestChartsView::importedPastSprintScreenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestChartsView::importedPastSprintScreenshot()
{
    QFETCH(bool, dark);
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
    const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
    // A status report of a sprint that ended a year ago and was never closed.
    SprintScript script;
    const QDateTime now = script.local(u"2026-12-07"_s, u"10:00"_s);
    script.board().setClock([now] { return now; });
    const QString path = TestPaths::testData() + u"/shapes/markdown/charts-still-running.md"_s;
    auto plan = MarkdownImporter::importFile(path, now.toTimeZone(script.zone()).date());
    QVERIFY2(plan, qPrintable(plan.error()));
    auto preview = ImportPreview::build(script.board(), {plan.value()});
    QVERIFY2(preview, qPrintable(preview.error()));
    QVERIFY(preview->apply(script.board()));
    const Sprint *sprint = script.board().sprintByName(u"Sprint 12"_s);
    QVERIFY(sprint);
    QCOMPARE(sprint->state, Sprint::State::Active);

    ChartsView view(&script.board());
    view.setTimeZone(script.zone());
    view.setSprintId(sprint->id);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QChart *chart = view.chart(u"burndown"_s);
    QCOMPARE(chart->axes(Qt::Horizontal).value(0)->titleText(), u"November \u2013 December 2025"_s);
    QCOMPARE(points(view, u"burndown"_s, u"ideal"_s).size(), 13); // the start and 12 days
    QVERIFY(!series<QLineSeries>(view, u"burndown"_s, u"today"_s));

    const QImage image = view.chartView(u"burndown"_s)->grab().toImage();
    const QString saveTo = qEnvironmentVariable("SPRINTDECK_SCREENSHOTS");
    if (!saveTo.isEmpty()) // to look at: SPRINTDECK_SCREENSHOTS=DIR
        view.grab().save(saveTo +
                         (dark ? u"/past-sprint-dark.png"_s : u"/past-sprint-light.png"_s));
    // The remaining line is drawn; no today line (red) anywhere.
    int blue = 0, red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (distance(c, QColor(0x25, 0x63, 0xeb)) < 30)
                ++blue;
            else if (distance(c, QColor(0xdc, 0x26, 0x26)) < 30)
                ++red;
        }
    }
    QVERIFY2(blue > 200, qPrintable(QString::number(blue)));
    QVERIFY2(red < 10, qPrintable(QString::number(red)));
}

QTEST_MAIN(TestChartsView)
void TestChartsView::boardChartsAndCloseDialogShowTheSameNumbers()
{
    // Planned and started on Sunday; its dates begin on Monday; one card is done already.
    SprintScript script;
    QVERIFY(script.run(u"sprint W 2026-12-07 2026-12-18;"
                       "at 2026-12-06 10:00; card A 3 P1; card B 5 P2; card C 21 P2;"
                       "at 2026-12-06 11:00; start W; at 2026-12-06 12:00; move A done;"
                       "at 2026-12-06 15:00"_s));
    Board &board = script.board();
    const qint64 id = script.sprintId(u"W"_s);
    auto numbers = script.analytics().numbers(id);
    QVERIFY(numbers);
    QCOMPARE(numbers->completed.points, 3.0);
    QCOMPARE(numbers->scope.points, 29.0);

    BoardView boardView(&board);
    boardView.setSprintId(id);
    QTRY_VERIFY2(boardView.summary().contains(u"3 of 29 points done"_s),
                 qPrintable(boardView.summary()));

    ChartsView charts(&board);
    charts.setTimeZone(script.zone());
    charts.resize(1400, 900);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    auto *table = charts.findChild<QTableWidget *>(u"progressTable"_s);
    QTRY_COMPARE(cell(table, table->rowCount() - 1, 0), u"Total"_s);
    QCOMPARE(cell(table, table->rowCount() - 1, 1), u"29"_s);
    QCOMPARE(cell(table, table->rowCount() - 1, 2), u"3"_s);
    QCOMPARE(cell(table, table->rowCount() - 1, 3), u"26"_s);
    QVERIFY(
        charts.findChild<QLabel *>(u"chartsSummary"_s)->text().contains(u"remaining <b>26</b>"_s));

    CloseSprintDialog dialog(&board, id);
    const QString closing = dialog.findChild<QLabel *>(u"summary"_s)->text();
    QVERIFY2(closing.contains(u"3 of 29 points completed (1 of 3 cards)"_s), qPrintable(closing));

    // After the close, the board's status line keeps the numbers of the close.
    QVERIFY(script.run(u"at 2026-12-07 17:00; close W backlog; at 2026-12-08 09:00"_s));
    QTRY_VERIFY2(boardView.summary().contains(u"3 of 29 points done"_s),
                 qPrintable(boardView.summary()));
}

#include "tst_chartsview.moc"

void TestChartsView::flowPageFollowsTheBoard()
{
    ChartsView &view = *m_view;
    view.showFlow(true);
    // B went into progress on Tuesday; nothing is finished yet (now: Wednesday noon).
    QTRY_COMPARE(flowPoints(view, u"aging"_s, u"aging"_s).size(), 1);
    QCOMPARE(flowPoints(view, u"aging"_s, u"aging"_s).constFirst().y(), 2.0);
    QVERIFY(flowPoints(view, u"cycletime"_s, u"cycleTimes"_s).isEmpty());
    QVERIFY2(
        view.flowView()->chart(u"forecast"_s)->title().startsWith(u"No forecast: not enough"_s),
        qPrintable(view.flowView()->chart(u"forecast"_s)->title()));
    QVERIFY(view.flowView()->summary().startsWith(u"No forecast"_s));

    // B is finished: a dot at Wednesday (the sprint's third day) after two days, none ageing.
    QVERIFY(m_script->run(u"move B done"_s));
    QTRY_COMPARE(flowPoints(view, u"cycletime"_s, u"cycleTimes"_s).size(), 1);
    QCOMPARE(flowPoints(view, u"cycletime"_s, u"cycleTimes"_s).constFirst(), QPointF(2.5, 2));
    QVERIFY(flowPoints(view, u"aging"_s, u"aging"_s).isEmpty());
    QCOMPARE(flowPoints(view, u"cycletime"_s, u"p85"_s).constFirst().y(), 2.0);
    const QList<QPointF> run = flowPoints(view, u"throughput"_s, u"throughput"_s);
    QCOMPARE(run.size(), 12);     // the sprint's days
    QCOMPARE(run.at(2).y(), 5.0); // B's 5 points on Wednesday

    // Undo takes it back.
    m_script->board().undoStack()->undo();
    QTRY_VERIFY(flowPoints(view, u"cycletime"_s, u"cycleTimes"_s).isEmpty());
    QCOMPARE(flowPoints(view, u"aging"_s, u"aging"_s).size(), 1);
}

void TestChartsView::flowFiltersByLabelAndAssigneeAndWeeks()
{
    // A and B carry the label "api"; B is Ana's, A nobody's. Both are finished on Wednesday.
    Board &board = m_script->board();
    auto ana = board.ensureMember(u"Ana Silva"_s);
    QVERIFY(ana);
    Card a = *board.card(m_script->cardId(u"A"_s));
    Card b = *board.card(m_script->cardId(u"B"_s));
    a.labels = {u"api"_s};
    b.labels = {u"api"_s};
    b.assigneeId = *ana;
    QVERIFY(board.updateCards({a, b}, u"labels"_s));
    QVERIFY(m_script->run(u"move A done; move B done"_s));
    m_view->showFlow(true);
    QTRY_COMPARE(flowPoints(*m_view, u"cycletime"_s, u"cycleTimes"_s).size(), 2);

    FlowView *flow = m_view->flowView();
    auto *label = flow->findChild<QComboBox *>(u"flowLabel"_s);
    auto *assignee = flow->findChild<QComboBox *>(u"flowAssignee"_s);
    const auto choose = [](QComboBox *box, const QString &text) {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
        emit box->activated(index);
    };
    choose(assignee, u"Ana Silva"_s);
    QTRY_COMPARE(flowPoints(*m_view, u"cycletime"_s, u"cycleTimes"_s).size(), 1);
    // B: started Tuesday, done Wednesday: two days.
    QCOMPARE(flowPoints(*m_view, u"cycletime"_s, u"cycleTimes"_s).constFirst().y(), 2.0);
    choose(assignee, u"Unassigned"_s);
    QTRY_COMPARE(flowPoints(*m_view, u"cycletime"_s, u"cycleTimes"_s).size(), 1);
    QCOMPARE(flowPoints(*m_view, u"cycletime"_s, u"cycleTimes"_s).constFirst().y(), 1.0);
    choose(assignee, u"Everyone"_s);
    choose(label, u"api"_s);
    QTRY_COMPARE(flowPoints(*m_view, u"cycletime"_s, u"cycleTimes"_s).size(), 2);

    // Per week: the sprint's two weeks, the first with A's 3 and B's 5 points at its middle.
    choose(flow->findChild<QComboBox *>(u"flowPer"_s), u"Per week"_s);
    QTRY_COMPARE(flowPoints(*m_view, u"throughput"_s, u"throughput"_s).size(), 2);
    QCOMPARE(flowPoints(*m_view, u"throughput"_s, u"throughput"_s).constFirst(), QPointF(3.5, 8));
    QCOMPARE(flowPoints(*m_view, u"throughput"_s, u"throughput"_s).constLast().y(), 0.0);
    QVERIFY(flow->chart(u"throughput"_s)->title().contains(u"a week"_s));
}

void TestChartsView::flowChartsInBothThemes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestChartsView::flowChartsInBothThemes()
{
    QFETCH(bool, dark);
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
    const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
    QVERIFY(m_script->run(u"move B done; move A progress"_s));
    m_view->showFlow(true);
    QTRY_COMPARE(flowPoints(*m_view, u"cycletime"_s, u"cycleTimes"_s).size(), 1);
    QTRY_COMPARE(flowPoints(*m_view, u"aging"_s, u"aging"_s).size(), 1);
    const QImage shot = m_view->grab().toImage();
    if (const QString dir = qEnvironmentVariable("SPRINTDECK_SCREENSHOTS"); !dir.isEmpty())
        shot.save(dir + (dark ? u"/flow-dark.png"_s : u"/flow-light.png"_s));
    // Each chart sits on the theme's base colour, and its dots stand out from it.
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (const QString &name : FlowView::chartNames()) {
        QChart *chart = m_view->flowView()->chart(name);
        QCOMPARE(chart->backgroundBrush().color(), base);
        QCOMPARE(chart->titleBrush().color(), QApplication::palette().color(QPalette::Text));
    }
    auto *dots = flowSeries<QScatterSeries>(*m_view, u"cycletime"_s, u"cycleTimes"_s);
    QVERIFY(contrast(dots->color(), base) >= 3.0);
    // The picture holds the dot's colour where the chart draws it.
    QChartView *view = m_view->flowView()->chartView(u"cycletime"_s);
    const QPointF at = view->chart()->mapToPosition(QPointF(2.5, 2), dots);
    const QPoint pixel = view->mapTo(m_view.get(), view->mapFromScene(at));
    QVERIFY2(distance(shot.pixelColor(pixel * shot.devicePixelRatio()), dots->color()) < 60,
             qPrintable(shot.pixelColor(pixel).name()));
}

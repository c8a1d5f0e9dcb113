#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QTest>
#include <QTimer>
#include <QWindow>

namespace SprintDeck {

/**
 * Drags with the real mouse from `from` in `source` to `to` in `target` (viewport coordinates)
 * on a window system that can drag (xcb under Xvfb). The press and the first moves go to the
 * source, which starts QDrag::exec(); that runs its own event loop, so the rest of the gesture
 * (moves, release) is sent to `window` from a timer while the drag is in progress. A failure
 * is a failed check of the calling test (see QTest::currentTestFailed()).
 */
inline void dragWithMouse(QWidget *window, QAbstractItemView *source, QPoint from,
                          QAbstractItemView *target, QPoint to)
{
    QWindow *handle = window->windowHandle();
    const QPoint startGlobal = source->viewport()->mapToGlobal(from);
    const QPoint endGlobal = target->viewport()->mapToGlobal(to);
    constexpr int kSteps = 12;
    int step = 0;
    bool released = false;
    bool dragging = false;
    QTimer timer;
    timer.setInterval(25);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        // Runs inside QDrag::exec()'s loop: the drag is in progress when the source says so.
        dragging = dragging || source->findChild<QDrag *>() != nullptr;
        ++step;
        if (step <= kSteps) {
            const QPoint p = startGlobal + (endGlobal - startGlobal) * step / kSteps;
            QTest::mouseMove(handle, handle->mapFromGlobal(p));
        } else if (step == kSteps + 1) {
            QTest::mouseMove(handle, handle->mapFromGlobal(endGlobal));
        } else {
            QTest::mouseRelease(handle, Qt::LeftButton, {}, handle->mapFromGlobal(endGlobal));
            released = true;
            timer.stop();
        }
    });
    QTest::mousePress(source->viewport(), Qt::LeftButton, {}, from);
    timer.start();
    // The view arms the drag on the first move past the drag distance and starts it on the
    // next one; that second call returns only once the drag is over.
    const int distance = QApplication::startDragDistance();
    QTest::mouseMove(source->viewport(), from + QPoint(0, distance + 2));
    if (!released)
        QTest::mouseMove(source->viewport(), from + QPoint(0, 2 * distance + 6));
    QTRY_VERIFY_WITH_TIMEOUT(released, 5000);
    QVERIFY2(dragging, "the card list did not start a drag");
    QTest::qWait(50); // lets the views take in the drop before the caller looks at them
}

} // namespace SprintDeck

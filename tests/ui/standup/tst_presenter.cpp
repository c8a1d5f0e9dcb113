#include "ui/standup/presenterwindow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

PresenterContent content()
{
    PresenterContent c;
    c.date = QDate(2025, 1, 13);
    c.sprintName = u"Sprint 5"_s;
    c.hasProgress = true;
    c.donePoints = 28;
    c.totalPoints = 80;
    c.daysLeft = 5;
    c.speakers = {
        {1, u"Ada Lovelace"_s, u"AL"_s,
         u"- A-1: Login form (3 points) \u2192 **Done**\n- Paired with Ben\n"_s,
         u"- A-2: Password reset (5 points) - Review\n"_s, QString()},
        {2, u"Ben Okri"_s, u"BO"_s, u"Worked on the audit log.\n"_s,
         u"- B-3: SSO with Keycloak\n"_s, u"- B-3: Waiting for the Keycloak realm from IT\n"_s},
        {3, u"Cleo Park"_s, u"CP"_s, QString(), QString(), QString()},
    };
    c.note = u"Retro moved to **Thursday**.\n"_s;
    return c;
}

/** Pixels of the left panel (speaker, ring, timer) close to `color`. */
int pixelsNear(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width() * 3 / 10; x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) < 24 && qAbs(c.green() - color.green()) < 24 &&
                qAbs(c.blue() - color.blue()) < 24)
                ++n;
        }
    return n;
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationDomain(u"sprintdeck.org"_s);
        QCoreApplication::setApplicationName(u"sprintdeck-test"_s);
        QSettings().remove(u"standup/speakerSeconds"_s);
    }

    void init()
    {
        m_now = 0;
        m_window = std::make_unique<PresenterWindow>();
        m_window->setClock([this] { return m_now; });
        m_window->setSpeakerSeconds(60);
        m_window->setContent(content());
        m_window->resize(1280, 720);
    }
    void cleanup() { m_window.reset(); }

    void speakerTimeComesFromTheSettings()
    {
        QCOMPARE(PresenterWindow::configuredSpeakerSeconds(), 120); // two minutes unless set
        PresenterWindow::setConfiguredSpeakerSeconds(90);
        QCOMPARE(PresenterWindow::configuredSpeakerSeconds(), 90);
        QCOMPARE(PresenterWindow().speakerSeconds(), 90);
        PresenterWindow::setConfiguredSpeakerSeconds(1); // nonsense is bounded
        QCOMPARE(PresenterWindow::configuredSpeakerSeconds(), 10);
        QSettings().remove(u"standup/speakerSeconds"_s);
    }

    void timerRunsAndChangesColour_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("state");
        QTest::newRow("start") << qint64(0) << u"normal"_s;
        QTest::newRow("half way") << qint64(30000) << u"normal"_s;
        QTest::newRow("last fifth") << qint64(49000) << u"nearly"_s;
        QTest::newRow("time is up") << qint64(60000) << u"over"_s;
        QTest::newRow("well over") << qint64(95000) << u"over"_s;
    }
    void timerRunsAndChangesColour()
    {
        QFETCH(qint64, at);
        QFETCH(QString, state);
        m_now = at;
        QCOMPARE(m_window->elapsedMs(), at);
        QCOMPARE(m_window->isOverTime(), state == u"over");
        QCOMPARE(m_window->isNearlyOverTime(), state == u"nearly");
        const QColor red(0xff, 0x5d, 0x5d), amber(0xf2, 0xb1, 0x3c), accent(0x4f, 0xc3, 0xa1);
        const QColor expected = state == u"over" ? red : state == u"nearly" ? amber : accent;
        QCOMPARE(m_window->timerColor(), expected);
        // What the screen shows: the timer and its ring in that colour, and not in the others.
        const QImage image = m_window->render(QSize(1280, 720));
        QVERIFY2(pixelsNear(image, expected) > 150,
                 qPrintable(u"%1 pixels"_s.arg(pixelsNear(image, expected))));
        if (state != u"over")
            QCOMPARE(pixelsNear(image, red), 0);
    }

    void keyboardWalksThroughTheSpeakers()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy changed(m_window.get(), &PresenterWindow::pageChanged);
        QCOMPARE(m_window->pageCount(), 4); // three speakers and the closing page
        m_now = 70000;
        QVERIFY(m_window->isOverTime());

        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_window->currentPage(), 1);
        QCOMPARE(m_window->elapsedMs(), 0); // the next speaker's own timer
        QVERIFY(!m_window->isOverTime());
        m_now = 80000;
        QCOMPARE(m_window->elapsedMs(), 10000);

        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QCOMPARE(m_window->currentPage(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_window->currentPage(), 3);
        QVERIFY(m_window->isClosingPage());
        QCOMPARE(m_window->elapsedMs(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Right); // stays on the last page
        QCOMPARE(m_window->currentPage(), 3);

        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QCOMPARE(m_window->currentPage(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        QCOMPARE(m_window->currentPage(), 1);
        QCOMPARE(m_window->elapsedMs(), 10000); // resumes where this speaker stopped
        QTest::keyClick(m_window.get(), Qt::Key_Up);
        QCOMPARE(m_window->currentPage(), 0);
        QCOMPARE(m_window->elapsedMs(), 70000);
        QVERIFY(m_window->isOverTime());
        QTest::keyClick(m_window.get(), Qt::Key_Left); // stays on the first page
        QCOMPARE(m_window->currentPage(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_End);
        QCOMPARE(m_window->currentPage(), 3);
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QCOMPARE(m_window->currentPage(), 0);
        QCOMPARE(m_window->meetingMs(), 80000);
        QCOMPARE(changed.count(), 8); // the moves that stayed put are not changes

        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->isVisible());
    }

    void pauseAndRestart()
    {
        m_now = 20000;
        QTest::keyClick(m_window.get(), Qt::Key_P);
        QVERIFY(m_window->isPaused());
        m_now = 90000;
        QCOMPARE(m_window->elapsedMs(), 20000);
        QTest::keyClick(m_window.get(), Qt::Key_P);
        m_now = 95000;
        QCOMPARE(m_window->elapsedMs(), 25000);
        QTest::keyClick(m_window.get(), Qt::Key_R);
        QCOMPARE(m_window->elapsedMs(), 0);
    }

    void newContentKeepsSpeakerAndTimes()
    {
        m_now = 15000;
        m_window->next();
        m_now = 20000;
        PresenterContent c = content();
        c.speakers.move(1, 2); // Ben now speaks last; he is still the one on screen
        c.speakers[2].today = u"- Edited while presenting\n"_s;
        m_window->setContent(c);
        QCOMPARE(m_window->currentPage(), 2);
        QCOMPARE(m_window->elapsedMs(), 5000);
        QCOMPARE(m_window->content().speakers.at(2).today, u"- Edited while presenting\n"_s);
    }

    void screenshots()
    {
        // Kept next to the test binary for the README and for looking at.
        const QString dir = QDir::current().absoluteFilePath(u"screenshots"_s);
        QVERIFY(QDir().mkpath(dir));
        m_now = 48000;
        m_window->next(); // Ben: has a blocker
        m_now = 48000 + 71000;
        QImage speaker = m_window->render(QSize(1920, 1080));
        QVERIFY(speaker.save(dir + u"/presenter.png"_s));
        m_window->setCurrentPage(3);
        QImage closing = m_window->render(QSize(1920, 1080));
        QVERIFY(closing.save(dir + u"/presenter-closing.png"_s));
        // Not blank: the background is one colour, the page is not.
        QSet<QRgb> colours;
        for (int y = 0; y < speaker.height(); y += 7)
            for (int x = 0; x < speaker.width(); x += 7)
                colours.insert(speaker.pixel(x, y));
        QVERIFY(colours.size() > 50);
        QVERIFY(speaker != closing);
    }

private:
    qint64 m_now = 0;
    std::unique_ptr<PresenterWindow> m_window;
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"

// Imported markdown and HTML shown by the program: no script runs, nothing is fetched from the
// network or read from disk, and the HTML reports carry no script, frame, style sheet or image
// that a mail client or browser would load.
#include "ui/common/markdownedit.h"
#include "ui/common/markdownview.h"

#include "core/standup/standupreport.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

/** Counts every connection made to it: the canary for any fetch. */
class Canary : public QTcpServer
{
public:
    int connections = 0;
    QByteArray requests;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            requests += socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    }
};

} // namespace

class TestRenderSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_canary.listen(QHostAddress::LocalHost));
        QVERIFY(m_files.isValid());
        // A local image that must not be read either.
        QImage pixel(kPrivateSize, QImage::Format_RGB32);
        pixel.fill(Qt::red);
        m_localImage = m_files.filePath(u"private.png"_s);
        QVERIFY(pixel.save(m_localImage));
        const QString remote = u"http://127.0.0.1:%1"_s.arg(m_canary.serverPort());
        m_hostile =
            u"# Imported status\n\n"
            "<script>document.title = 'owned'; fetch('%1/script')</script>\n\n"
            "<img src=\"%1/img.png\"> and ![tracking pixel](%1/pixel.png)\n\n"
            "<iframe src=\"%1/frame\"></iframe>\n\n"
            "<link rel=\"stylesheet\" href=\"%1/style.css\">\n\n"
            "<style>@import url(%1/import.css); body { background: url(%1/bg.png) }</style>\n\n"
            "<div style=\"background-image: url(%1/inline.png)\">styled</div>\n\n"
            "[click me](javascript:alert(1)) and <a href=\"javascript:alert(2)\">me</a>\n\n"
            "![local](%2) and <img src=\"file://%2\">\n\n"
            "<object data=\"%1/object\"></object><embed src=\"%1/embed\">\n\n"
            "- a list item with **bold** text\n"_s.arg(remote, m_localImage);
        // The canary does notice a fetch.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(remote + u"/probe"_s)));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        delete reply;
        QCOMPARE(m_canary.connections, 1);
        m_canary.connections = 0;
        m_canary.requests.clear();
    }

    void markdownViewFetchesNothing()
    {
        MarkdownView view;
        view.resize(600, 800);
        view.setMarkdownText(m_hostile);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab(); // lays out and paints, which is when images are asked for
        settle();
        QVERIFY(view.toPlainText().contains(u"Imported status"_s));
        // Raw HTML shows as the text it is, and hides nothing after it.
        QVERIFY(view.toPlainText().contains(u"a list item with bold text"_s));
        QVERIFY(view.toPlainText().contains(u"<script>document.title"_s));
        expectNothingLoaded(*view.document());
        QCOMPARE(view.windowTitle().contains(u"owned"_s), false);
        // Clicking the javascript: link opens nothing (the view only opens web and mail links).
        QCOMPARE(view.openLinks(), false);
        QCOMPARE(view.openExternalLinks(), false);
    }

    void markdownEditFetchesNothing()
    {
        MarkdownEdit edit;
        edit.resize(600, 800);
        edit.setMarkdownText(m_hostile);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.grab();
        settle();
        QVERIFY(edit.toPlainText().contains(u"Imported status"_s));
        expectNothingLoaded(*edit.document());
        // Nothing of the text is lost to raw HTML: what the editor would save holds all of it.
        const QString saved = edit.markdownText();
        for (const QString &kept :
             {u"<script>"_s, u"<iframe"_s, u"a list item with **bold** text"_s, u"tracking pixel"_s,
              u"<object"_s})
            QVERIFY2(saved.contains(kept), qPrintable(kept + u"\n"_s + saved));
    }

    void pastedHtmlFetchesNothing()
    {
        MarkdownEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        auto *mime = new QMimeData;
        const QString remote = u"http://127.0.0.1:%1"_s.arg(m_canary.serverPort());
        mime->setHtml(u"<p>Pasted <img src=\"%1/pasted.png\"> <script>x()</script>"
                      "<img src=\"file://%2\"></p>"_s.arg(remote, m_localImage));
        QApplication::clipboard()->setMimeData(mime);
        edit.paste();
        edit.grab();
        settle();
        QVERIFY(edit.toPlainText().contains(u"Pasted"_s));
        expectNothingLoaded(*edit.document());
    }

    void htmlReportIsInert()
    {
        const QString html = StandupReport::htmlDocument(u"Daily Status"_s, m_hostile);
        const QString lower = html.toLower();
        for (const QString &banned :
             {u"<script"_s, u"<iframe"_s, u"<link"_s, u"<object"_s, u"<embed"_s, u"<img"_s,
              u"javascript:"_s, u"@import"_s, u"url("_s, u"file:"_s, u"style=\""_s})
            QVERIFY2(!lower.contains(banned), qPrintable(banned + u"\n"_s + html));
        // The document's own style sheet is the only one.
        QCOMPARE(lower.count(u"<style"_s), 1);
        // What the text says survives; the images became links people can follow.
        QVERIFY(html.contains(u"<strong>bold</strong>"_s));
        QVERIFY2(
            html.contains(u"<a href=\"http://127.0.0.1:%1/pixel.png\">tracking pixel</a>"_s.arg(
                m_canary.serverPort())),
            qPrintable(html));
        // Rendered as a mail client would, it fetches nothing either.
        MarkdownView view;
        view.setHtml(html);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab();
        settle();
        expectNothingLoaded(*view.document());
    }

private:
    /** Gives a load that should not happen the time to happen (a fixed time on purpose). */
    void settle()
    {
        for (int i = 0; i < 10; ++i) {
            QApplication::processEvents();
            QTest::qWait(20);
        }
    }

    void expectNothingLoaded(QTextDocument &doc)
    {
        QCOMPARE(m_canary.connections, 0);
        QVERIFY2(m_canary.requests.isEmpty(), m_canary.requests.constData());
        // Whatever the document holds for the local image, it is not the file's picture (Qt's
        // image handler reads a named file itself when the document gives it nothing).
        for (const QUrl &url : {QUrl::fromLocalFile(m_localImage), QUrl(m_localImage)}) {
            const QVariant held = doc.resource(QTextDocument::ImageResource, url);
            const QSize size = held.userType() == QMetaType::QPixmap ? held.value<QPixmap>().size()
                                                                     : held.value<QImage>().size();
            QVERIFY2(size != kPrivateSize, qPrintable(url.toString()));
        }
    }

    static constexpr QSize kPrivateSize{37, 23};

    Canary m_canary;
    QTemporaryDir m_files;
    QString m_localImage;
    QString m_hostile;
};

QTEST_MAIN(TestRenderSafety)
#include "tst_rendersafety.moc"

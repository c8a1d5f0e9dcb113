#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const char16_t kWidgetsInclude[] =
    uR"(^\s*#\s*include\s*[<"](QtWidgets/|QtCharts/|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QAbstractItemView|QListView|QStyle))";
const char16_t kSqlInclude[] =
    uR"(^\s*#\s*include\s*[<"](QtSql/|QSql)|storage/(database|repository)\.h)";

QStringList offenders(const QString &folder, const QRegularExpression &pattern)
{
    QStringList found;
    QDirIterator it(QStringLiteral(SPRINTDECK_SOURCE_DIR) + u'/' + folder, {u"*.h"_s, u"*.cpp"_s},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        for (const QByteArray &text : f.readAll().split('\n')) {
            ++line;
            if (pattern.match(QString::fromUtf8(text)).hasMatch())
                found.append(
                    u"%1:%2"_s.arg(file.mid(int(qstrlen(SPRINTDECK_SOURCE_DIR)) + 1)).arg(line));
        }
    }
    return found;
}

} // namespace

/** The layering rules of the architecture, checked on the sources. */
class TestLayering : public QObject
{
    Q_OBJECT
private slots:
    void coreNeverIncludesWidgets()
    {
        const QRegularExpression widgets(QString::fromUtf16(kWidgetsInclude));
        const QStringList found = offenders(u"core"_s, widgets);
        QVERIFY2(found.isEmpty(), qPrintable(u"Widgets used in core: "_s + found.join(u", "_s)));
    }

    void coreDoesNotLinkWidgets()
    {
        QFile cmake(QStringLiteral(SPRINTDECK_SOURCE_DIR "/core/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cmake.readAll());
        QVERIFY(!text.contains(u"Qt6::Widgets"_s));
        QVERIFY(!text.contains(u"Qt6::Charts"_s));
    }

    void uiNeverRunsSql()
    {
        const QRegularExpression sql(QString::fromUtf16(kSqlInclude));
        const QStringList found = offenders(u"ui"_s, sql);
        QVERIFY2(found.isEmpty(), qPrintable(u"SQL used in ui: "_s + found.join(u", "_s)));
    }

    void mainStaysThin()
    {
        QFile main(QStringLiteral(SPRINTDECK_SOURCE_DIR "/app/main.cpp"));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QVERIFY(main.readAll().count('\n') < 30);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"

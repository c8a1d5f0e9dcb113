#include "tests/testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const char16_t kWidgetsInclude[] =
    uR"(^\s*#\s*include\s*[<"](QtWidgets/|QtCharts/|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QAbstractItemView|QListView|QStyle))";
const char16_t kSqlInclude[] =
    uR"(^\s*#\s*include\s*[<"](QtSql/|QSql)|storage/(database|repository)\.h)";
// SQLite called directly: its header or any sqlite3_ function.
const char16_t kRawSqlite[] = uR"(^\s*#\s*include\s*[<"]sqlite3\.h|\bsqlite3_\w+\s*\()";
// SQL text: a string literal that begins with a statement.
const char16_t kSqlText[] =
    uR"("\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH)\s)";

// A project include that does not start with its layer (generated moc files aside), and
// includes of the layers above.
const char16_t kUnrootedInclude[] =
    uR"(^\s*#\s*include\s*"(?!(core|ui|app|tests)/)(?![\w/]+\.moc"))";
const char16_t kUiOrAppInclude[] = uR"(^\s*#\s*include\s*"(ui|app)/)";
const char16_t kAppInclude[] = uR"(^\s*#\s*include\s*"app/)";

QStringList offenders(const QString &folder, const QRegularExpression &pattern,
                      const QStringList &allowed = {})
{
    QStringList found;
    QDirIterator it(TestPaths::sourceDir() + u'/' + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = file.mid(int(TestPaths::sourceDir().size()) + 1);
        if (std::any_of(allowed.cbegin(), allowed.cend(),
                        [&relative](const QString &prefix) { return relative.startsWith(prefix); }))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        for (const QByteArray &text : f.readAll().split('\n')) {
            ++line;
            if (pattern.match(QString::fromUtf8(text)).hasMatch())
                found.append(u"%1:%2"_s.arg(relative).arg(line));
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
        QFile cmake(TestPaths::sourceDir() + u"/core/CMakeLists.txt"_s);
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

    void sqlOnlyInStorage_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("core") << u"core"_s;
        QTest::newRow("ui") << u"ui"_s;
        QTest::newRow("app") << u"app"_s;
    }
    void sqlOnlyInStorage()
    {
        QFETCH(QString, folder);
        const QRegularExpression raw(QString::fromUtf16(kRawSqlite));
        const QRegularExpression text(QString::fromUtf16(kSqlText));
        const QStringList allowed{u"core/storage/"_s};
        const QStringList rawFound = offenders(folder, raw, allowed);
        QVERIFY2(rawFound.isEmpty(),
                 qPrintable(u"SQLite called outside core/storage: "_s + rawFound.join(u", "_s)));
        const QStringList textFound = offenders(folder, text, allowed);
        QVERIFY2(textFound.isEmpty(),
                 qPrintable(u"SQL outside core/storage: "_s + textFound.join(u", "_s)));
    }

    /**
     * Every project include names its layer from the root ("core/board/board.h"), and no
     * layer reaches up: core includes neither ui nor app, ui does not include app.
     */
    void includesNameTheirLayer_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("pattern");
        const QString unrooted = QString::fromUtf16(kUnrootedInclude);
        QTest::newRow("core rooted") << u"core"_s << unrooted;
        QTest::newRow("ui rooted") << u"ui"_s << unrooted;
        QTest::newRow("app rooted") << u"app"_s << unrooted;
        QTest::newRow("tests rooted") << u"tests"_s << unrooted;
        QTest::newRow("core below ui") << u"core"_s << QString::fromUtf16(kUiOrAppInclude);
        QTest::newRow("ui below app") << u"ui"_s << QString::fromUtf16(kAppInclude);
    }
    void includesNameTheirLayer()
    {
        QFETCH(QString, folder);
        QFETCH(QString, pattern);
        const QStringList found = offenders(folder, QRegularExpression(pattern));
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"Includes breaking the rule: "_s + found.join(u", "_s)));
    }

    void mainStaysThin()
    {
        QFile main(TestPaths::sourceDir() + u"/app/main.cpp"_s);
        QVERIFY(main.open(QIODevice::ReadOnly));
        QVERIFY(main.readAll().count('\n') < 30);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"

#include "tests/testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; ///< one, or one per numerus form

    QString id() const
    {
        return context + u" | "_s + source + (comment.isEmpty() ? QString() : u" | "_s + comment);
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, {}, false, {}};
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(u"type"_s).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                message.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/** The placeholders of a text, sorted: "%1", "%2", "%n" (a "%%" is no placeholder). */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(%|[1-9]|n|L[1-9])"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured(0);
        if (m != u"%%")
            found.append(m);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

/** Whether a text has a keyboard accelerator ("&File", not "R&&D"). */
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

const QString kTranslations = TestPaths::sourceDir() + u"/translations"_s;

} // namespace

/** The German and French translations are complete and match the sources. */
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void upToDate_data();
    void upToDate();
    void escapes();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("forms");
    QTest::newRow("German") << u"sprintdeck_de.ts"_s << u"de"_s << 2;
    QTest::newRow("French") << u"sprintdeck_fr.ts"_s << u"fr"_s << 2;
}

/** Every message is translated, finished, current, with the source's placeholders. */
void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(int, forms);
    const TsFile ts = readTs(kTranslations + u'/' + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language.section(u'_', 0, 0), language);
    QVERIFY(ts.messages.size() > 1000);

    QStringList problems;
    for (const Message &m : ts.messages) {
        const QString where = m.id();
        if (!m.type.isEmpty()) {
            problems.append(u"%1: %2"_s.arg(m.type, where));
            continue;
        }
        if (m.translations.size() != (m.numerus ? forms : 1)) {
            problems.append(u"%1 forms instead of %2: %3"_s.arg(m.translations.size())
                                .arg(m.numerus ? forms : 1)
                                .arg(where));
            continue;
        }
        if (m.numerus && !m.source.contains(u"%n"_s))
            problems.append(u"plural without %n: "_s + where);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems.append(u"empty: "_s + where);
                continue;
            }
            const QStringList expected = placeholders(m.source);
            const QStringList got = placeholders(t);
            if (got != expected)
                problems.append(u"placeholders %1 instead of %2: %3 -> %4"_s.arg(
                    got.join(u' '), expected.join(u' '), where, t));
            if (hasAccelerator(m.source) != hasAccelerator(t))
                problems.append(u"accelerator lost or added: %1 -> %2"_s.arg(where, t));
            if (m.source.endsWith(u"\u2026"_s) != t.endsWith(u"\u2026"_s))
                problems.append(u"ellipsis lost or added: %1 -> %2"_s.arg(where, t));
            if (m.source.endsWith(u'\n') != t.endsWith(u'\n'))
                problems.append(u"final line break lost or added: %1 -> %2"_s.arg(where, t));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in %2:\n"_s.arg(problems.size()).arg(file) +
                        problems.mid(0, 40).join(u'\n')));
}

void TestTranslations::upToDate_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << u"sprintdeck_de.ts"_s;
    QTest::newRow("French") << u"sprintdeck_fr.ts"_s;
}

/**
 * lupdate run on the sources now finds no message the committed file lacks, and no message the
 * committed file holds is gone from the sources: a new or changed tr() text fails here until
 * it is translated (`cmake --build build --target update_translations`, then translate).
 */
void TestTranslations::upToDate()
{
    QFETCH(QString, file);
    const QString lupdate = QStringLiteral(SPRINTDECK_LUPDATE);
    QVERIFY2(QFile::exists(lupdate), qPrintable(u"lupdate not found: "_s + lupdate));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(file);
    QVERIFY(QFile::copy(kTranslations + u'/' + file, fresh));
    QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);

    const QString source = TestPaths::sourceDir();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-I"_s,
                            source, u"@"_s + TestPaths::lupdateSources(), u"-ts"_s, fresh});
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));

    const TsFile committed = readTs(kTranslations + u'/' + file);
    const TsFile updated = readTs(fresh);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QSet<QString> before;
    for (const Message &m : committed.messages)
        before.insert(m.id() + (m.numerus ? u" (plural)"_s : QString()));
    QSet<QString> after;
    for (const Message &m : updated.messages)
        after.insert(m.id() + (m.numerus ? u" (plural)"_s : QString()));

    QStringList missing = (after - before).values();
    QStringList gone = (before - after).values();
    missing.sort();
    gone.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 message(s) of the sources are not in %2 (run the update_translations "
                        "target and translate them):\n"_s.arg(missing.size())
                            .arg(file) +
                        missing.mid(0, 40).join(u'\n')));
    QVERIFY2(
        gone.isEmpty(),
        qPrintable(
            u"%1 message(s) of %2 are no longer in the sources:\n"_s.arg(gone.size()).arg(file) +
            gone.mid(0, 40).join(u'\n')));
    // The fresh file's translations are the committed ones: nothing unfinished was added.
    for (const Message &m : updated.messages)
        QVERIFY2(m.type.isEmpty(), qPrintable(u"%1: %2"_s.arg(m.type, m.id())));
}

/**
 * lupdate reads a \u escape with every hex digit that follows it ("\u201cAPI" as U+201CA), so
 * the message it files differs from the text the program asks for, which then stays English.
 * Texts of tr() and translate() write such characters as they are, or end the escape otherwise.
 */
void TestTranslations::escapes()
{
    QFile list(TestPaths::lupdateSources());
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
    static const QRegularExpression call(
        u"\\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\\s*\\("_s);
    static const QRegularExpression escape(u"\\\\u[0-9a-fA-F]{4}[0-9a-fA-F]"_s);
    QStringList found;
    int files = 0;
    for (const QByteArray &name : list.readAll().split('\n')) {
        if (name.trimmed().isEmpty())
            continue;
        QFile source(QString::fromUtf8(name.trimmed()));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        ++files;
        int line = 0;
        bool inCall = false; // a call's texts may continue on the next lines
        for (const QByteArray &bytes : source.readAll().split('\n')) {
            ++line;
            const QString text = QString::fromUtf8(bytes);
            if (call.match(text).hasMatch())
                inCall = true;
            if (inCall && escape.match(text).hasMatch())
                found.append(u"%1:%2"_s.arg(source.fileName()).arg(line));
            if (text.contains(u';'))
                inCall = false;
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(found.isEmpty(),
             qPrintable(u"\\u escapes followed by a hex digit:\n"_s + found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

#include "core/io/mojibake.h"
#include "tests/testpaths.h"

#include <QFile>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

/** UTF-8 text decoded once with cp1252 or cp1254 and saved again is repaired; correct text is not
 * touched. */
class TestMojibake : public QObject
{
    Q_OBJECT
private:
    static QString sample(const QString &name)
    {
        QFile f(TestPaths::testData() + u"/samples/"_s + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void repairs_data()
    {
        QTest::addColumn<QString>("damaged");
        QTest::addColumn<QString>("repaired");
        QTest::addColumn<int>("guessed");
        // cp1252: every byte of 🎯 (F0 9F 8E AF) has a character.
        QTest::newRow("cp1252 emoji") << u"### \u00f0\u0178\u017d\u00af Sprint Goal"_s
                                      << u"### \U0001F3AF Sprint Goal"_s << 0;
        QTest::newRow("cp1252 check mark") << u"\u00e2\u0153\u2026 Done"_s << u"\u2705 Done"_s << 0;
        QTest::newRow("cp1252 greater or equal")
            << u"Coverage \u00e2\u2030\u00a585%"_s << u"Coverage \u226585%"_s << 0;
        QTest::newRow("cp1252 white square")
            << u"\u00f0\u0178\u201d\u00b2 Not Started"_s << u"\U0001F532 Not Started"_s << 0;
        QTest::newRow("cp1252 apostrophe")
            << u"Tomorrow\u00e2\u20ac\u2122s plan"_s << u"Tomorrow\u2019s plan"_s << 0;
        QTest::newRow("cp1252 latin-1")
            << u"Caf\u00c3\u00a9 cr\u00c3\u00a8me"_s << u"Caf\u00e9 cr\u00e8me"_s << 0;
        QTest::newRow("cp1252 cyrillic")
            << u"\u00d0\u0178\u00d1\u20ac\u00d0\u00b8\u00d0\u00b2\u00d0\u00b5\u00d1\u201a"_s
            << u"\u041f\u0440\u0438\u0432\u0435\u0442"_s << 0;
        // An undefined byte kept as a C1 control (0x8F of 🏗).
        QTest::newRow("cp1252 kept control")
            << u"\u00f0\u0178\u008f\u2014 Build"_s << u"\U0001F3D7 Build"_s << 0;
        // cp1254: 📊 (F0 9F 93 8A) survives whole; ğ stands for F0.
        QTest::newRow("cp1254 chart") << u"### \u011f\u0178\u201c\u0160 Test Suite Status"_s
                                      << u"### \U0001F4CA Test Suite Status"_s << 0;
        // cp1254 has no character for 0x8E: the byte was lost ("ğŸ¯" for 🎯).
        QTest::newRow("cp1254 lost byte")
            << u"### \u011f\u0178\u00af Daily Goal"_s << u"### \U0001F3AF Daily Goal"_s << 1;
        // 🏗️ = F0 9F 8F 97 EF B8 8F: both 0x8F bytes were lost.
        QTest::newRow("cp1254 two lost bytes")
            << u"### \u011f\u0178\u2014\u00ef\u00b8 Function Runner"_s
            << u"### \U0001F3D7\uFE0F Function Runner"_s << 2;
        // 📝 = F0 9F 93 9D: 0x9D is undefined.
        QTest::newRow("cp1254 memo")
            << u"### \u011f\u0178\u201c Notes"_s << u"### \U0001F4DD Notes"_s << 1;
    }

    void repairs()
    {
        QFETCH(QString, damaged);
        QFETCH(QString, repaired);
        QFETCH(int, guessed);
        const Mojibake::Repair r = Mojibake::repair(damaged);
        QCOMPARE(r.text, repaired);
        QCOMPARE(r.guessed, guessed);
        QVERIFY(r.repaired > 0);
        QCOMPARE(r.firstLine, 1);
        QVERIFY(Mojibake::isDamaged(damaged));
    }

    void leavesCorrectTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"FIX-003: Test Suite Stabilization (4 points) - **COMPLETED**"_s;
        QTest::newRow("emoji")
            << u"### \U0001F3AF Daily Goal \u2705 \u23F3 \u274C \U0001F3D7\uFE0F"_s;
        QTest::newRow("french") << u"Caf\u00e9, na\u00efve fa\u00e7ade, \u00c9T\u00c9\u2026"_s;
        QTest::newRow("german quotes")
            << u"Stra\u00dfe\u201c und \u201eAnf\u00fchrungszeichen\u201c, M\u00fcller"_s;
        QTest::newRow("turkish")
            << u"\u00d6l\u00e7\u00fcm \u011f\u00fc\u015f\u0131\u00f6\u00e7 \u0130stanbul \u015eubat"_s;
        QTest::newRow("spanish") << u"\u00bfQu\u00e9? \u00a1S\u00ed! \u00abcita\u00bb"_s;
        QTest::newRow("nordic") << u"\u00c6\u00d8\u00c5 \u00e6\u00f8\u00e5 \u00de\u00f3r\u00f0ur"_s;
        QTest::newRow("symbols")
            << u"\u00a9 2025 \u00ae \u00bd \u00bc \u00a35 \u2022 item \u2265 85% \u2192 next"_s;
        QTest::newRow("lone letters") << u"\u00c3 \u00e2 \u00f0 \u011f"_s;
    }

    void leavesCorrectTextAlone()
    {
        QFETCH(QString, text);
        const Mojibake::Repair r = Mojibake::repair(text);
        QCOMPARE(r.text, text);
        QCOMPARE(r.repaired, 0);
        QCOMPARE(r.firstLine, 0);
        QVERIFY(!Mojibake::isDamaged(text));
    }

    void reportsTheFirstLine()
    {
        const Mojibake::Repair r =
            Mojibake::repair(u"# Title\n\nplain\n\u00e2\u0153\u2026 done\n"_s);
        QCOMPARE(r.firstLine, 4);
        QCOMPARE(r.text, u"# Title\n\nplain\n\u2705 done\n"_s);
    }

    // The sample documents, repaired line by line as a reader would want them.
    void sprint4Cp1254()
    {
        const QString text = sample(u"sprint4-daily-status.md"_s);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(u"\u011f\u0178\u00af"_s));
        const Mojibake::Repair r = Mojibake::repair(text);
        const QStringList lines = r.text.split(u'\n');
        QCOMPARE(lines.at(4), u"### \U0001F3AF Daily Goal"_s);
        QCOMPARE(
            lines.at(5),
            u"Complete all P1 critical fixes and begin core feature development with Function Runner Foundation."_s);
        QCOMPARE(lines.at(7), u"### \u2705 Completed Tasks"_s);
        QCOMPARE(lines.at(29), u"### \U0001F4CA Test Suite Status"_s);
        QCOMPARE(lines.at(35), u"### \U0001F3D7\uFE0F Function Runner Architecture"_s);
        QCOMPARE(lines.at(57), u"### \U0001F4C8 Sprint Progress"_s);
        QCOMPARE(lines.at(91), u"### \U0001F4DD Technical Debt Addressed"_s);
        QVERIFY(r.text.contains(u"(87% \u2192 91%)"_s));
        // 4 🎯, 9 ✅, 2 📊, 🏗️ (two), 2 📈, 2 🚨, 2 💡, 1 →, 2 📝, 1 🔄.
        QCOMPARE(r.repaired, 27);
        // The lost bytes: 4 🎯, 🏗 and its variation selector, 2 📝.
        QCOMPARE(r.guessed, 8);
        QCOMPARE(r.firstLine, 5);
        QVERIFY(!r.text.contains(u'\u011f'));
        QVERIFY(!r.text.contains(u'\u0178'));
    }

    void completionReportCp1252()
    {
        const Mojibake::Repair r = Mojibake::repair(sample(u"sprint1-completion-report.md"_s));
        const QStringList lines = r.text.split(u'\n');
        QCOMPARE(lines.at(4), u"**Status:** \u2705 **COMPLETED - 41/41 Story Points (100%)**"_s);
        QVERIFY(r.text.contains(u"### Challenges Overcome \U0001F4AA"_s));
        QVERIFY(r.text.contains(u"### Key Learnings \U0001F4DA"_s));
        QVERIFY(r.text.contains(u"### Improvements for Next Sprint \U0001F680"_s));
        QCOMPARE(r.repaired, 45); // 42 ✅, 💪, 📚, 🚀
        QCOMPARE(r.guessed, 0);
    }

    void trackerCp1252()
    {
        const Mojibake::Repair r = Mojibake::repair(sample(u"sprint1.2-status-tracker.md"_s));
        QVERIFY(r.text.contains(u"**Phase 1 Status**: \U0001F532 Not Started (0/26 tasks)"_s));
        QVERIFY(r.text.contains(u"- [ ] Coverage \u226585%"_s));
        QCOMPARE(r.repaired, 8); // 6 🔲, 2 ≥
        QCOMPARE(r.firstLine, 60);
    }

    void repairedTextIsStable()
    {
        // Repairing twice changes nothing more.
        const QString once = Mojibake::repair(sample(u"sprint4-daily-status.md"_s)).text;
        QCOMPARE(Mojibake::repair(once).text, once);
        QCOMPARE(Mojibake::repair(once).repaired, 0);
    }
};

QTEST_GUILESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"

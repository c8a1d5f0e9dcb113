// Documents that hold several sprints: where they split, how their sprints are dated and which
// one is active, at several "now"s.

#include "core/io/localclock.h"
#include "core/io/markdownimporter.h"
#include "core/io/markdownsprints.h"

#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

const ImportSprint *sprintNamed(const ImportPlan &plan, const QString &name)
{
    for (const ImportSprint &s : plan.sprints)
        if (s.name == name)
            return &s;
    return nullptr;
}

/** A sprint state as the board names it ("planned", "active", "closed"). */
QString stateName(Sprint::State state)
{
    Sprint sprint;
    sprint.state = state;
    return sprint.stateName();
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

/** A release plan of three sprints, each a heading with a story table, dated as given. */
QString releasePlan(const QStringList &ranges, const QStringList &statuses)
{
    QString text = u"# Release plan\n\n"_s;
    for (int i = 0; i < 3; ++i) {
        const QString range = ranges.isEmpty() ? QString() : u" ("_s + ranges.at(i) + u')';
        text += u"## Sprint %1%2\n\n| Key | Title | Status | Points |\n|---|---|---|---|\n"_s.arg(
            QString::number(i + 1), range);
        text += u"| REL-%1 | Story %1 | %2 | 3 |\n\n"_s.arg(i + 1).arg(statuses.at(i));
    }
    return text;
}

} // namespace

class TestMarkdownSprints : public QObject
{
    Q_OBJECT

private slots:
    void headings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sprints");
        QTest::newRow("numbered headings") << u"# Plan\n\n### Sprint 01\n\n### Sprint 02\n"_s << 2;
        QTest::newRow("themed sections, inner headings name them too")
            << u"# Review\n\n## 🔐 Sprint 1 : Security\n\n### Sprint 1 metrics\n\n"
               u"## 🚀 Sprint 2 : Speed\n\n### Sprint 2 metrics\n"_s
            << 2;
        QTest::newRow("bold heading with dates")
            << u"### **Sprint #0**: dom 12 oct → sáb 18 oct 2025\n\n"
               u"### **Sprint #1**: dom 19 oct → sáb 25 oct 2025\n"_s
            << 2;
        QTest::newRow("the sprints' own backlog")
            << u"# Plano\n\n## Backlog das Sprints\n\n### Sprint 1\n\n### Sprint 2\n"_s << 2;
        QTest::newRow("title names the sprint")
            << u"# Sprint 4 Review\n\n## Sprint 4 Goals\n\n## Sprint 5 Preview\n"_s << 0;
        QTest::newRow("header field names the sprint")
            << u"# Team notes\n\n**Sprint:** 7\n\n## Sprint 7 plan\n\n## Sprint 8 ideas\n"_s << 0;
        QTest::newRow("sprints under future work")
            << u"# Notes\n\n## Future work\n\n### Sprint 5\n\n### Sprint 6\n"_s << 0;
        QTest::newRow("one sprint, two headings")
            << u"# Notes\n\n## Sprint 3 goals\n\n## Sprint 3 review\n"_s << 0;
        QTest::newRow("sprint named mid-heading") << u"# Notes\n\n## Goals of Sprint 3\n\n"
                                                     u"## Risks of Sprint 4\n"_s
                                                  << 0;
    }

    void headings()
    {
        QFETCH(QString, text);
        QFETCH(int, sprints);
        QCOMPARE(MarkdownSprints::headings(MarkdownImporter::outline(text)).size(), sprints);
    }

    void placeholdersFollowOneAnother_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("2026-12-07") << QDate(2026, 12, 7);
        QTest::newRow("leap day") << QDate(2028, 2, 29);
        QTest::newRow("2031-03-15") << QDate(2031, 3, 15);
    }

    /** Undated sprints are chained from today in document order; their cards exist today. */
    void placeholdersFollowOneAnother()
    {
        QFETCH(QDate, today);
        const ImportPlan plan = MarkdownImporter::parse(
            releasePlan({}, {u"Done"_s, u"In Progress"_s, u"To Do"_s}), u"plan.md"_s, today);
        QCOMPARE(plan.sprints.size(), 3);
        QCOMPARE(plan.sprints.first().start, today);
        for (qsizetype i = 0; i < plan.sprints.size(); ++i) {
            const ImportSprint &s = plan.sprints.at(i);
            QCOMPARE(s.name, u"Sprint %1"_s.arg(i + 1));
            QCOMPARE(stateName(s.state), u"planned"_s);
            QVERIFY(s.datesAssumed);
            QCOMPARE(s.end, s.start.addDays(13));
            if (i > 0)
                QCOMPARE(s.start, plan.sprints.at(i - 1).end.addDays(1));
        }
        const QDateTime noon = LocalClock::toUtc(today, 12);
        QCOMPARE(plan.cards.size(), 3);
        for (const ImportCard &card : plan.cards) {
            QVERIFY2(card.created <= noon, qPrintable(card.key));
            for (const ImportStatusChange &change : card.history)
                QVERIFY2(card.created < change.at && change.at <= noon, qPrintable(card.key));
        }
        QCOMPARE(plan.cards.at(0).status, u"Done"_s);
        QCOMPARE(plan.cards.at(1).status, u"In Progress"_s);
        QCOMPARE(plan.cards.at(2).sprint, u"Sprint 3"_s);
    }

    void activeSprint_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<bool>("pastWarned");
        const QStringList todo = {u"To Do"_s, u"To Do"_s, u"To Do"_s};
        for (QDate today : {QDate(2026, 12, 7), QDate(2031, 3, 15)}) {
            const QByteArray at = iso(today).toLatin1();
            QTest::addRow("dates hold today @%s", at.constData())
                << today << todo << QStringList{u"planned"_s, u"active"_s, u"planned"_s} << true;
            QTest::addRow("work in progress wins @%s", at.constData())
                << today << QStringList{u"In Progress"_s, u"To Do"_s, u"To Do"_s}
                << QStringList{u"active"_s, u"planned"_s, u"planned"_s} << false;
            QTest::addRow("all done is ended @%s", at.constData())
                << today << QStringList{u"Done"_s, u"To Do"_s, u"To Do"_s}
                << QStringList{u"closed"_s, u"active"_s, u"planned"_s} << false;
        }
    }

    /** Three dated sprints: the last ended a week ago, one runs, one is to come. */
    void activeSprint()
    {
        QFETCH(QDate, today);
        QFETCH(QStringList, statuses);
        QFETCH(QStringList, states);
        QFETCH(bool, pastWarned);
        const QStringList ranges = {
            iso(today.addDays(-21)) + u" to "_s + iso(today.addDays(-8)),
            iso(today.addDays(-7)) + u" to "_s + iso(today.addDays(6)),
            iso(today.addDays(7)) + u" to "_s + iso(today.addDays(20)),
        };
        const ImportPlan plan =
            MarkdownImporter::parse(releasePlan(ranges, statuses), u"plan.md"_s, today);
        QCOMPARE(plan.sprints.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const ImportSprint &s = plan.sprints.at(i);
            QCOMPARE(s.start, today.addDays(-21 + 14 * i));
            QCOMPARE(s.end, today.addDays(-8 + 14 * i));
            QCOMPARE(stateName(s.state), states.at(i));
            QCOMPARE(s.startedAt.isValid(), s.state != Sprint::State::Planned);
        }
        bool warned = false;
        for (const ImportWarning &w : plan.warnings)
            warned = warned || w.message.contains(u"does not say whether these sprints ended"_s);
        QCOMPARE(warned, pastWarned);
    }

    void carriedOver_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("2026-12-07") << QDate(2026, 12, 7);
        QTest::newRow("2031-03-15") << QDate(2031, 3, 15);
    }

    /** A key listed again in a later sprint is one card; a recurring keyless task is not. */
    void carriedOver()
    {
        QFETCH(QDate, today);
        const QString text =
            u"# Plan\n\n### Sprint 1\n\n| Key | Task | Status |\n|---|---|---|\n"
            u"| APP-1 | Login form | In Progress |\n|  | Weekly report | Done |\n\n"
            u"### Sprint 2\n\n| Key | Task | Status |\n|---|---|---|\n"
            u"| APP-1 | Login form | Done |\n|  | Weekly report | To Do |\n"_s;
        const ImportPlan plan = MarkdownImporter::parse(text, u"plan.md"_s, today);
        QCOMPARE(plan.cards.size(), 3);
        const ImportCard &login = plan.cards.at(0);
        QCOMPARE(login.key, u"APP-1"_s);
        QCOMPARE(login.sprint, u"Sprint 2"_s);
        QCOMPARE(login.status, u"Done"_s);
        QCOMPARE(login.history.size(), 2);
        QCOMPARE(login.history.first().status, u"In Progress"_s);
        QVERIFY(login.history.first().at <= login.history.last().at);
        QCOMPARE(plan.cards.at(1).title, u"Weekly report"_s);
        QCOMPARE(plan.cards.at(1).sprint, u"Sprint 1"_s);
        QCOMPARE(plan.cards.at(2).title, u"Weekly report"_s);
        QCOMPARE(plan.cards.at(2).sprint, u"Sprint 2"_s);
        QVERIFY(sprintNamed(plan, u"Sprint 1"_s));
        QVERIFY(sprintNamed(plan, u"Sprint 2"_s));
    }

    void emptySections_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cards");
        QTest::addColumn<bool>("warned");
        for (QDate today : {QDate(2026, 12, 7), QDate(2031, 3, 15)}) {
            const QByteArray at = iso(today).toLatin1();
            QTest::addRow("one section of two is empty @%s", at.constData())
                << today
                << u"# Plan\n\n## Sprint 1\n\n- APP-1: Login form (3 pts)\n\n"
                   u"## Sprint 2\n\nTo be planned.\n"_s
                << 1 << false;
            QTest::addRow("every section is empty @%s", at.constData())
                << today
                << u"# Plan\n\n## Sprint 1\n\nTo be planned.\n\n"
                   u"## Sprint 2\n\nTo be planned.\n"_s
                << 0 << true;
        }
    }

    /** "No stories found" speaks of the whole document: it is not said for one empty section. */
    void emptySections()
    {
        QFETCH(QDate, today);
        QFETCH(QString, text);
        QFETCH(int, cards);
        QFETCH(bool, warned);
        const ImportPlan plan = MarkdownImporter::parse(text, u"plan.md"_s, today);
        QCOMPARE(plan.sprints.size(), 2);
        QCOMPARE(plan.cards.size(), cards);
        const auto empty = [](const ImportWarning &w) {
            return w.message.contains(u"no stories, tasks or checklists found"_s);
        };
        QCOMPARE(std::count_if(plan.warnings.cbegin(), plan.warnings.cend(), empty),
                 warned ? 1 : 0);
    }

    void goals_data()
    {
        QTest::addColumn<QString>("sections");
        QTest::addColumn<QStringList>("goals");
        QTest::newRow("after the name, without the weeks")
            << u"## 🔐 Sprint 1 : Sécurité (Semaines 1-2)\n\n## Sprint 2 — Search\n"_s
            << QStringList{u"Sécurité"_s, u"Search"_s};
        QTest::newRow("an objective field, not the dates")
            << u"### **Sprint #0**: dom 12 oct → sáb 18 oct 2025\n\n"
               u"**Objetivo:** Entregar el anteproyecto.\n\n"
               u"### **Sprint #1**: dom 19 oct → sáb 25 oct 2025\n"_s
            << QStringList{u"Entregar el anteproyecto."_s, QString()};
        QTest::newRow("only the name")
            << u"### Sprint 01\n\n### Sprint 02\n"_s << QStringList{QString(), QString()};
    }

    void goals()
    {
        QFETCH(QString, sections);
        QFETCH(QStringList, goals);
        const ImportPlan plan =
            MarkdownImporter::parse(u"# Plan\n\n"_s + sections, u"plan.md"_s, QDate(2026, 12, 7));
        QCOMPARE(plan.sprints.size(), goals.size());
        for (qsizetype i = 0; i < goals.size(); ++i)
            QCOMPARE(plan.sprints.at(i).goal, goals.at(i));
    }

    void weeksOf_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        // The period: Monday 2025-08-25 to Saturday 2025-11-01.
        QTest::newRow("french") << u"Sprint 1 : Sécurité (Semaines 1-2)"_s << u"2025-08-25"_s
                                << u"2025-09-07"_s;
        QTest::newRow("english, to")
            << u"Sprint 2 (weeks 3 to 4)"_s << u"2025-09-08"_s << u"2025-09-21"_s;
        QTest::newRow("one week") << u"Sprint 3 – Semana 5"_s << u"2025-09-22"_s << u"2025-09-28"_s;
        QTest::newRow("ends with the period")
            << u"Sprint 5 (Wochen 9–10)"_s << u"2025-10-20"_s << u"2025-11-01"_s;
        QTest::newRow("beyond the period")
            << u"Sprint 7 (Semaines 12-13)"_s << QString() << QString();
        QTest::newRow("backwards") << u"Sprint 7 (Semaines 4-2)"_s << QString() << QString();
        QTest::newRow("no weeks") << u"Sprint 2 : Performance"_s << QString() << QString();
    }

    void weeksOf()
    {
        QFETCH(QString, heading);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const auto range = MarkdownSprints::weeksOf(
            heading, DateScan::Range{QDate(2025, 8, 25), QDate(2025, 11, 1)});
        QCOMPARE(range.has_value(), !start.isEmpty());
        if (range) {
            QCOMPARE(iso(range->start), start);
            QCOMPARE(iso(range->end), end);
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdownSprints)
#include "tst_markdownsprints.moc"

#include "tests/bench/generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes a realistic SprintDeck database for benchmarks."_s);
    p.addHelpOption();
    SprintDeck::GeneratorOptions o;
    p.addOptions(
        {{u"cards"_s, u"Number of cards."_s, u"N"_s, QString::number(o.cards)},
         {u"sprints"_s, u"Number of sprints."_s, u"M"_s, QString::number(o.sprints)},
         {u"events"_s, u"Number of events."_s, u"K"_s, QString::number(o.events)},
         {u"seed"_s, u"Random seed."_s, u"S"_s, QString::number(o.seed)},
         {u"big-column"_s, u"Cards in the active sprint's first column."_s, u"N"_s, u"0"_s},
         {u"backlog-share"_s, u"Share of the cards left in the backlog (0 to 1)."_s, u"F"_s,
          QString::number(o.backlogShare)},
         {{u"o"_s, u"output"_s}, u"The database file to write (must not exist)."_s, u"FILE"_s}});
    p.process(app);
    QTextStream err(stderr);
    if (!p.isSet(u"output"_s)) {
        err << "sprintdeck-gen: -o FILE is required" << Qt::endl;
        return 2;
    }
    o.cards = p.value(u"cards"_s).toInt();
    o.sprints = qMax(1, p.value(u"sprints"_s).toInt());
    o.events = p.value(u"events"_s).toLongLong();
    o.seed = p.value(u"seed"_s).toUInt();
    o.bigColumn = p.value(u"big-column"_s).toInt();
    o.backlogShare = qBound(0.0, p.value(u"backlog-share"_s).toDouble(), 1.0);
    QElapsedTimer timer;
    timer.start();
    const SprintDeck::Status s = SprintDeck::generateBoard(p.value(u"output"_s), o);
    if (!s) {
        err << "sprintdeck-gen: " << s.error() << Qt::endl;
        return 1;
    }
    err << "wrote " << p.value(u"output"_s) << " in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

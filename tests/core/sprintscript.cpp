#include "tests/core/sprintscript.h"
#include "tests/testpaths.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SprintDeck {

CliResult runCli(const QString &db, QStringList args)
{
    args << u"--db"_s << db;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, u"Europe/Berlin"_s);
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

SprintScript::SprintScript(const QTimeZone &zone)
    : m_zone(zone)
{
    m_clock = local(u"2025-01-06"_s, u"09:00"_s);
    reopen();
}

void SprintScript::closeBoard()
{
    m_analytics.reset();
    m_board.reset();
}

void SprintScript::reopen()
{
    auto opened = Board::open(path());
    if (!opened)
        qFatal("cannot open the test board: %s", qPrintable(opened.error()));
    m_board = std::move(opened.value());
    m_board->setClock([this] { return m_clock; });
    m_analytics = std::make_unique<SprintAnalytics>(*m_board);
    m_analytics->setTimeZone(m_zone);
}

QDateTime SprintScript::local(const QString &date, const QString &time) const
{
    return QDateTime(QDate::fromString(date, Qt::ISODate), QTime::fromString(time, u"HH:mm"_s),
                     m_zone)
        .toUTC();
}

qint64 SprintScript::sprintId(const QString &name) const
{
    const Sprint *s = m_board->sprintByName(name);
    return s ? s->id : 0;
}

qint64 SprintScript::cardId(const QString &key) const
{
    const Card *c = m_board->cardByKey(key);
    return c ? c->id : 0;
}

qint64 SprintScript::column(const QString &word) const
{
    static const QHash<QString, QString> names = {{u"todo"_s, u"To Do"_s},
                                                  {u"progress"_s, u"In Progress"_s},
                                                  {u"review"_s, u"Review"_s},
                                                  {u"done"_s, u"Done"_s}};
    const Column *c = m_board->columnByName(names.value(word, word));
    return c ? c->id : 0;
}

SprintSeries SprintScript::series(const QString &sprint)
{
    auto s = m_analytics->series(sprintId(sprint.isEmpty() ? m_firstSprint : sprint), now());
    if (!s)
        qFatal("series: %s", qPrintable(s.error()));
    return s.value();
}

bool SprintScript::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SprintScript::run(const QString &script)
{
    static const QRegularExpression separators(u"[;\\n]"_s);
    for (const QString &line : script.split(separators, Qt::SkipEmptyParts)) {
        const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (!statement(words))
            return fail(u"\u201c%1\u201d: %2"_s.arg(line.simplified(), m_error));
    }
    return true;
}

bool SprintScript::statement(const QStringList &w)
{
    const QString &verb = w.first();
    auto check = [this](const Status &s) { return s ? true : fail(s.error()); };
    auto card = [this](const QString &key) { return cardId(key); };
    if (verb == u"at" && w.size() == 3) {
        m_clock = local(w.at(1), w.at(2));
        return true;
    }
    if (verb == u"now" && w.size() == 3) {
        m_now = local(w.at(1), w.at(2));
        return true;
    }
    if (verb == u"sprint" && w.size() >= 4) {
        Sprint s;
        s.name = w.at(1);
        s.start = QDate::fromString(w.at(2), Qt::ISODate);
        s.end = QDate::fromString(w.at(3), Qt::ISODate);
        for (const QString &option : w.mid(4)) {
            const QString value = option.section(u'=', 1);
            for (const QString &d : value.split(u',', Qt::SkipEmptyParts)) {
                if (option.startsWith(u"holiday="_s))
                    s.holidays.append(QDate::fromString(d, Qt::ISODate));
                else if (option.startsWith(u"workday="_s))
                    s.extraWorkdays.append(QDate::fromString(d, Qt::ISODate));
                else
                    return fail(u"unknown option "_s + option);
            }
        }
        if (m_firstSprint.isEmpty())
            m_firstSprint = s.name;
        auto id = m_board->createSprint(s);
        return id ? true : fail(id.error());
    }
    if (verb == u"card" && w.size() >= 3) {
        Card c;
        c.key = w.at(1);
        c.title = u"Card "_s + w.at(1);
        if (w.at(2) != u"-")
            c.points = w.at(2).toDouble();
        c.sprintId = sprintId(m_firstSprint);
        c.columnId = m_board->firstColumnId();
        for (const QString &option : w.mid(3)) {
            if (auto p = parsePriority(option); p && option.startsWith(u'P'))
                c.priority = *p;
            else if (option == u"backlog")
                c.sprintId = 0;
            else if (option.startsWith(u"in="_s))
                c.sprintId = sprintId(option.mid(3));
            else if (column(option))
                c.columnId = column(option);
            else
                return fail(u"unknown option "_s + option);
        }
        auto id = m_board->addCard(c);
        return id ? true : fail(id.error());
    }
    if (verb == u"start" && w.size() == 2)
        return check(m_board->startSprint(sprintId(w.at(1))));
    if (verb == u"close" && w.size() == 3)
        return check(m_board->closeSprint(sprintId(w.at(1)),
                                          w.at(2) == u"backlog" ? 0 : sprintId(w.at(2)), m_zone));
    if (verb == u"reopen" && w.size() == 2)
        return check(m_board->reopenSprint(sprintId(w.at(1))));
    if (verb == u"move" && w.size() == 3) {
        const Card *c = m_board->card(card(w.at(1)));
        if (!c || !column(w.at(2)))
            return fail(u"no such card or column"_s);
        return check(m_board->moveCards({c->id}, c->sprintId, column(w.at(2))));
    }
    if (verb == u"plan" && w.size() >= 3) {
        QList<qint64> ids;
        for (const QString &key : w.mid(2))
            ids.append(card(key));
        return check(m_board->planCards(sprintId(w.at(1)), ids));
    }
    if (verb == u"backlog" && w.size() == 2)
        return check(m_board->moveCards({card(w.at(1))}, 0, 0));
    if (verb == u"points" && w.size() == 3) {
        const Card *c = m_board->card(card(w.at(1)));
        if (!c)
            return fail(u"no such card"_s);
        Card edited = *c;
        if (w.at(2) == u"-")
            edited.points.reset();
        else
            edited.points = w.at(2).toDouble();
        return check(m_board->updateCard(edited));
    }
    if (verb == u"priority" && w.size() == 3) {
        const Card *c = m_board->card(card(w.at(1)));
        if (!c)
            return fail(u"no such card"_s);
        Card edited = *c;
        edited.priority = parsePriority(w.at(2)).value_or(Priority::P3);
        return check(m_board->updateCard(edited));
    }
    if (verb == u"delete" && w.size() == 2)
        return check(m_board->deleteCards({card(w.at(1))}));
    return fail(u"unknown statement"_s);
}

} // namespace SprintDeck

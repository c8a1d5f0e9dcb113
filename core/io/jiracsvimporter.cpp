#include "core/io/jiracsvimporter.h"
#include "core/io/csvreader.h"
#include "core/io/jiracolumns.h"
#include "core/io/jirasprints.h"
#include "core/io/localclock.h"
#include "core/io/mojibake.h"
#include "core/io/statuswords.h"
#include "core/io/textinput.h"
#include "core/io/textscan.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString cell(const QStringList &row, int index)
{
    return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
}

/**
 * The English name of one of Jira's default issue types as its other languages write it
 * ("Historia", "Subtarea"); priorities stay as the instance names them ("Medium" in a Spanish
 * export), so they need no such table.
 */
QString englishType(const QString &name)
{
    static const QHash<QString, QString> names = {
        {u"historia"_s, u"Story"_s},
        {u"história"_s, u"Story"_s},
        {u"error"_s, u"Bug"_s},
        {u"fehler"_s, u"Bug"_s},
        {u"bogue"_s, u"Bug"_s},
        {u"tarea"_s, u"Task"_s},
        {u"subtarea"_s, u"Sub-task"_s},
        {u"tarefa"_s, u"Task"_s},
        {u"subtarefa"_s, u"Sub-task"_s},
        {u"aufgabe"_s, u"Task"_s},
        {u"unteraufgabe"_s, u"Sub-task"_s},
        {u"tâche"_s, u"Task"_s},
        {u"sous-tâche"_s, u"Sub-task"_s},
        {u"épica"_s, u"Epic"_s},
        {u"épico"_s, u"Epic"_s},
        {u"epos"_s, u"Epic"_s},
        {u"epic"_s, u"Epic"_s},
        {u"épopée"_s, u"Epic"_s},
    };
    return names.value(name.toLower(), name);
}

QString repaired(const QString &text)
{
    // Fields of a Jira export are as damaged as the documents they were pasted from.
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return Mojibake::repair(text).text;
    }
    return text;
}

/** A month name in lower case, without the dot of an abbreviation. */
QString monthKey(QString name)
{
    name = name.toLower();
    name.remove(u'.');
    return name.trimmed();
}

/**
 * The months by name in the languages Jira offers. Jira writes "dd/MMM/yy" with the
 * abbreviations of its Java runtime, which are not always CLDR's (and so not QLocale's):
 * Spanish "sep" where CLDR has "sept", German "Mrz" where it has "März". Any unambiguous
 * start of at least three letters of a full month name is accepted, which covers those;
 * "Mrz" is no such start, so it is listed by hand.
 */
std::optional<int> monthNamed(const QString &text)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> names;
        QHash<QString, QSet<int>> starts;
        for (const char *code : {"en", "es", "pt_BR", "pt_PT", "de", "fr"}) {
            const QLocale locale{QLatin1StringView(code)};
            for (int m = 1; m <= 12; ++m) {
                for (const QString &n : {locale.monthName(m, QLocale::ShortFormat),
                                         locale.standaloneMonthName(m, QLocale::ShortFormat)})
                    names.insert(monthKey(n), m);
                const QString full = monthKey(locale.monthName(m, QLocale::LongFormat));
                for (qsizetype length = 3; length <= full.size(); ++length)
                    starts[full.left(length)].insert(m);
            }
        }
        for (auto it = starts.cbegin(); it != starts.cend(); ++it)
            if (it->size() == 1 && !names.contains(it.key()))
                names.insert(it.key(), *it->cbegin());
        names.insert(u"mrz"_s, 3);
        return names;
    }();
    const auto it = months.constFind(monthKey(text));
    if (it == months.cend())
        return std::nullopt;
    return *it;
}

/** "AM", "pm", "a. m.", "p.m.": the hour of the day a 12-hour clock's hour means. */
std::optional<int> hourOfDay(int hour, QStringView meridiem)
{
    if (meridiem.isEmpty())
        return hour;
    if (hour < 1 || hour > 12)
        return std::nullopt;
    const bool pm = meridiem.front().toLower() == u'p';
    return hour % 12 + (pm ? 12 : 0);
}

} // namespace

std::optional<QDateTime> JiraCsvImporter::parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // The day, the month's name in the exporter's language, the year, and a 12- or 24-hour time.
    static const QRegularExpression jira(
        uR"(^(\d{1,2})/(\p{L}{3,}\.?)/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?\s?[Mm]\.?)?)?$)"_s);
    if (const auto m = jira.match(text); m.hasMatch()) {
        const std::optional<int> month = monthNamed(m.captured(2));
        int year = m.captured(3).toInt();
        if (year < 100)
            year += 2000;
        const std::optional<int> hour = hourOfDay(m.captured(4).toInt(), m.capturedView(7));
        if (!month || !hour)
            return std::nullopt;
        const QDate date(year, *month, m.captured(1).toInt());
        const QTime time(*hour, m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return LocalClock::toUtc(date, time);
    }
    // ISO 8601: with an offset or Z it is exact; without one it is local time.
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid()) {
        static const QRegularExpression spaced(
            uR"(^(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2}(?::\d{2})?)$)"_s);
        if (const auto m = spaced.match(text); m.hasMatch())
            dt = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2), Qt::ISODate);
    }
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text.toString(), Qt::ISODate);
        if (d.isValid())
            return LocalClock::toUtc(d, QTime(0, 0));
    }
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

bool JiraCsvImporter::looksLikeIssueCsv(QByteArrayView head)
{
    QByteArray bytes = head.first(qMin<qsizetype>(head.size(), 64 * 1024)).toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QString());
    QStringList header;
    if (!reader.next(header))
        return false;
    return JiraColumns::from(header).summary >= 0;
}

Result<ImportPlan> JiraCsvImporter::importFile(const QString &path, QDate today)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<ImportPlan>::failure(
            QObject::tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Result<ImportPlan>::failure(
            QObject::tr("%1 is %2; CSV files larger than %3 are not imported")
                .arg(name, TextInput::formatSize(file.size()),
                     TextInput::formatSize(kMaxFileBytes)));
    return importDevice(&file, name, today);
}

Result<ImportPlan> JiraCsvImporter::importBytes(QByteArrayView bytes, const QString &name,
                                                QDate today)
{
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(&buffer, name, today);
}

namespace {

/**
 * Reads the issue records of an export into a plan, one row at a time, with a warning for each
 * field it cannot read; also collects the sprints the issues name.
 */
class IssueRows
{
public:
    IssueRows(const JiraColumns &col, ImportPlan &plan)
        : m_col(col)
        , m_plan(plan)
    {}

    /** The card of a row; nothing when the row has no summary (skipped, with a warning). */
    std::optional<ImportCard> card(const QStringList &row, int line)
    {
        ImportCard c;
        c.line = line;
        c.key = cell(row, m_col.key).toUpper();
        c.title = repaired(cell(row, m_col.summary)).simplified();
        if (c.title.isEmpty()) {
            m_plan.warn(line, QObject::tr("%1 has no summary; it is skipped")
                                  .arg(c.key.isEmpty() ? QObject::tr("an issue") : c.key));
            return std::nullopt;
        }
        c.status = repaired(cell(row, m_col.status)).simplified();
        const std::optional<StatusWords::Kind> kind = statusKind(c.status, row);
        readPriorityAndType(c, row);
        if (m_col.assignee >= 0)
            c.assignee = repaired(cell(row, m_col.assignee)).simplified();
        readPoints(c, row);
        if (m_col.description >= 0) {
            QString d = repaired(row.at(m_col.description));
            d.replace(u"\r\n"_s, u"\n"_s);
            c.description = d;
        }
        readLabelsAndSprint(c, row);
        const QString flagged = cell(row, m_col.flagged);
        c.blocked = (!flagged.isEmpty() && flagged.compare(u"no"_s, Qt::CaseInsensitive) != 0) ||
                    kind == StatusWords::Kind::Blocked;
        c.blockedReason = cell(row, m_col.blockedReason);
        readHistory(c, row, kind);
        return c;
    }

    /** The first issue of a sprint names it; SprintDeck's own export also says when it runs. */
    void addSprint(const ImportCard &c, const QStringList &row)
    {
        if (c.sprint.isEmpty() || m_sprintIndex.contains(c.sprint.toLower()))
            return;
        m_sprintIndex.insert(c.sprint.toLower(), int(m_plan.sprints.size()));
        ImportSprint s;
        s.name = c.sprint;
        s.line = c.line;
        s.start = QDate::fromString(cell(row, m_col.sprintStart), Qt::ISODate);
        s.end = QDate::fromString(cell(row, m_col.sprintEnd), Qt::ISODate);
        m_plan.sprints.append(s);
    }

    /** What each issue read so far tells about its sprints. */
    const QList<JiraIssueActivity> &activity() const { return m_activity; }

private:
    void readPriorityAndType(ImportCard &c, const QStringList &row)
    {
        if (m_col.priority >= 0) {
            const QString p = cell(row, m_col.priority);
            if (const auto prio = parsePriority(p))
                c.priority = *prio;
            else if (!p.isEmpty())
                m_plan.warn(c.line,
                            QObject::tr("unknown priority \u201c%1\u201d; kept as it was").arg(p));
        }
        if (m_col.type >= 0) {
            const QString t = englishType(cell(row, m_col.type));
            if (const auto type = parseCardType(t))
                c.type = *type;
            else if (t.compare(u"Epic"_s, Qt::CaseInsensitive) == 0)
                c.type = CardType::Story;
            else if (!t.isEmpty())
                c.type = CardType::Task;
        }
    }

    void readPoints(ImportCard &c, const QStringList &row)
    {
        if (m_col.points < 0)
            return;
        const QString p = cell(row, m_col.points);
        if (p.isEmpty())
            return;
        if (const auto v = TextScan::parseNumber(p))
            c.points = *v;
        else
            m_plan.warn(
                c.line,
                QObject::tr("story points \u201c%1\u201d are not a number").arg(p.left(40)));
    }

    void readLabelsAndSprint(ImportCard &c, const QStringList &row)
    {
        if (!m_col.labels.isEmpty()) {
            QStringList labels;
            for (int i : m_col.labels) {
                // Jira repeats the column per label; older exports put them space separated in one.
                for (const QString &l : cell(row, i).split(u' ', Qt::SkipEmptyParts))
                    if (!labels.contains(l))
                        labels.append(l);
            }
            c.labels = labels;
        }
        m_sprints.clear();
        for (int i : m_col.sprints) {
            const QString s = repaired(cell(row, i)).simplified();
            if (!s.isEmpty() && !m_sprints.contains(s, Qt::CaseInsensitive))
                m_sprints.append(s);
        }
        if (!m_sprints.isEmpty())
            c.sprint = m_sprints.constLast(); // the last one listed is the sprint it is in now
    }

    /**
     * The kind of a status: its own words, else its status category (a custom workflow status
     * like "Waiting for Sign-off" in the category "In Progress"), else the status words in it
     * ("In Code Review", "Blocked by Vendor"). The plan passes the last two on to the mapping of
     * statuses to columns.
     */
    std::optional<StatusWords::Kind> statusKind(const QString &status, const QStringList &row)
    {
        if (const StatusWords::Word *w = StatusWords::asStatus(status.toLower()))
            return w->kind;
        QString meaning = repaired(cell(row, m_col.category)).simplified();
        if (!StatusWords::asStatus(meaning.toLower())) {
            bool blocked = false;
            meaning = TextScan::statusIn(status, &blocked);
            if (blocked)
                meaning = u"Blocked"_s;
        }
        const StatusWords::Word *w = StatusWords::asStatus(meaning.toLower());
        if (!w)
            return std::nullopt;
        m_plan.statusCategories.insert(status.toLower(), meaning);
        return w->kind;
    }

    /** Created, the status at its resolution (else at the last update), and its sprints. */
    void readHistory(ImportCard &c, const QStringList &row, std::optional<StatusWords::Kind> kind)
    {
        c.created = date(row, c.line, m_col.created, u"Created");
        const QDateTime updated = date(row, c.line, m_col.updated, u"Updated");
        const QDateTime resolved = resolution(row, c.line);
        // Newer exports say when the issue entered its status category ("In Progress"): a
        // better date for its status than its last update.
        const QDateTime entered =
            date(row, c.line, m_col.categoryChanged, u"Status Category Changed");
        if (!c.status.isEmpty()) {
            QDateTime at = resolved.isValid() ? resolved : entered.isValid() ? entered : updated;
            if (at.isValid() && c.created.isValid() && at < c.created)
                at = c.created;
            c.history.append({at, c.status});
        }
        JiraIssueActivity a;
        a.sprints = m_sprints;
        a.key = c.key;
        a.created = c.created;
        a.moved = entered;
        a.changed =
            updated.isValid() && !(resolved.isValid() && resolved > updated) ? updated : resolved;
        a.resolved = resolved;
        a.finished = resolved.isValid() || kind == StatusWords::Kind::Done;
        a.started = !a.finished && kind && *kind != StatusWords::Kind::ToDo;
        m_activity.append(a);
    }

    /**
     * The resolution date. Some languages name the resolution (the outcome, "Done") and its
     * date alike (French "Résolution"): that column counts only when it holds a date.
     */
    QDateTime resolution(const QStringList &row, int line)
    {
        const QDateTime resolved = date(row, line, m_col.resolved, u"Resolved");
        if (resolved.isValid() || m_col.resolution < 0)
            return resolved;
        return JiraCsvImporter::parseDate(cell(row, m_col.resolution)).value_or(QDateTime());
    }

    /** A date cell; the first few that cannot be read are warned about. */
    QDateTime date(const QStringList &row, int line, int index, const char16_t *what)
    {
        const QString text = cell(row, index);
        if (text.isEmpty())
            return {};
        if (const auto d = JiraCsvImporter::parseDate(text))
            return *d;
        if (m_badDates++ < 5)
            m_plan.warn(line, QObject::tr("cannot read the date \u201c%1\u201d in %2")
                                  .arg(text.left(40), QString::fromUtf16(what)));
        return {};
    }

    const JiraColumns &m_col;
    ImportPlan &m_plan;
    QHash<QString, int> m_sprintIndex;
    QList<JiraIssueActivity> m_activity;
    QStringList m_sprints; ///< of the row being read, oldest first
    int m_badDates = 0;
};

/** Warnings about the header: no key column, columns not used. */
void warnAboutHeader(ImportPlan &plan, const JiraColumns &col, int line)
{
    if (col.key < 0)
        plan.warn(line,
                  QObject::tr("no \u201cIssue key\u201d column: issues are matched by summary"));
    if (!col.unused.isEmpty()) {
        QStringList shown = col.unused.mid(0, 6);
        plan.warn(
            line,
            (col.unused.size() == 1 ? QObject::tr("1 column not used: %1")
                                    : QObject::tr("%1 columns not used: %2").arg(col.unused.size()))
                .arg(shown.join(u", "_s) + (col.unused.size() > 6 ? u", \u2026"_s : QString())));
    }
}

QString notAnIssueExport(const QString &name, int line, const QStringList &header)
{
    QStringList shown = header.mid(0, 8);
    for (QString &h : shown)
        h = h.left(40);
    return QObject::tr("%1, line %2: no \u201cSummary\u201d column, so this is not an issue export "
                       "(use Jira's Export CSV (all fields)); the columns are: %3")
        .arg(name)
        .arg(line)
        .arg(shown.join(u", "_s));
}

} // namespace

Result<ImportPlan> JiraCsvImporter::importDevice(QIODevice *device, const QString &name,
                                                 QDate today)
{
    using R = Result<ImportPlan>;
    CsvReader reader(device, name);
    QStringList header;
    if (!reader.next(header)) {
        if (reader.hasError())
            return R::failure(reader.error());
        return R::failure(QObject::tr("%1 is empty").arg(name));
    }
    const JiraColumns col = JiraColumns::from(header);
    if (col.summary < 0)
        return R::failure(notAnIssueExport(name, reader.recordLine(), header));

    ImportPlan plan;
    plan.source = name;
    plan.format = u"jira-csv"_s;
    warnAboutHeader(plan, col, reader.recordLine());
    IssueRows rows(col, plan);
    QStringList row;
    while (reader.next(row)) {
        const int line = reader.recordLine();
        if (row.size() != header.size()) {
            plan.warn(line,
                      (row.size() == 1
                           ? QObject::tr("1 field where the header has %1; the record is skipped")
                           : QObject::tr("%1 fields where the header has %2; the record is skipped")
                                 .arg(row.size()))
                          .arg(header.size()));
            continue;
        }
        if (plan.cards.size() >= kMaxIssues)
            return R::failure(
                QObject::tr("%1, line %2: more than %3 issues; export fewer at a time")
                    .arg(name)
                    .arg(line)
                    .arg(kMaxIssues));
        if (std::optional<ImportCard> c = rows.card(row, line)) {
            rows.addSprint(*c, row);
            plan.cards.append(std::move(*c));
        }
    }
    if (reader.hasError())
        return R::failure(reader.error());
    if (plan.cards.isEmpty())
        plan.warn(0, QObject::tr("no issues found"));
    JiraSprints::date(plan, rows.activity(), today);
    return plan;
}

} // namespace SprintDeck

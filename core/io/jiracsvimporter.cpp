#include "io/jiracsvimporter.h"
#include "io/csvreader.h"
#include "io/localclock.h"
#include "io/mojibake.h"
#include "io/textinput.h"
#include "io/textscan.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** Where each field of interest is in a record; repeated columns keep all their indexes. */
struct Columns
{
    int key = -1, summary = -1, status = -1, priority = -1, type = -1, assignee = -1;
    int points = -1, description = -1, created = -1, updated = -1, resolved = -1;
    int flagged = -1, blockedReason = -1, sprintStart = -1, sprintEnd = -1;
    QList<int> sprints, labels;
    QStringList unused;

    static Columns from(const QStringList &header)
    {
        Columns c;
        auto set = [](int &slot, int i) {
            if (slot < 0)
                slot = i;
        };
        for (int i = 0; i < header.size(); ++i) {
            const QString h = header.at(i).trimmed().toLower();
            if (h == u"issue key" || h == u"key")
                set(c.key, i);
            else if (h == u"summary" || h == u"title")
                set(c.summary, i);
            else if (h == u"status")
                set(c.status, i);
            else if (h == u"priority")
                set(c.priority, i);
            else if (h == u"issue type" || h == u"issuetype" || h == u"type")
                set(c.type, i);
            else if (h == u"assignee")
                set(c.assignee, i);
            else if (h == u"custom field (story points)" ||
                     h == u"custom field (story point estimate)" || h == u"story points" ||
                     h == u"story point estimate" || h == u"points")
                set(c.points, i);
            else if (h == u"description")
                set(c.description, i);
            else if (h == u"created")
                set(c.created, i);
            else if (h == u"updated")
                set(c.updated, i);
            else if (h == u"resolved" || h == u"resolution date")
                set(c.resolved, i);
            else if (h == u"custom field (flagged)" || h == u"flagged")
                set(c.flagged, i);
            else if (h == u"custom field (blocked reason)")
                set(c.blockedReason, i);
            else if (h == u"sprint start")
                set(c.sprintStart, i);
            else if (h == u"sprint end")
                set(c.sprintEnd, i);
            else if (h == u"sprint")
                c.sprints.append(i);
            else if (h == u"labels" || h == u"label")
                c.labels.append(i);
            else
                c.unused.append(header.at(i).trimmed());
        }
        return c;
    }
};

QString cell(const QStringList &row, int index)
{
    return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
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

QDateTime localAt(QDate day, int hour)
{
    return LocalClock::toUtc(day, hour);
}

} // namespace

std::optional<QDateTime> JiraCsvImporter::parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression jira(
        uR"(^(\d{1,2})/([A-Za-z]{3})/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$)"_s);
    if (const auto m = jira.match(text); m.hasMatch()) {
        static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s,
                                           u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s,
                                           u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
        const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
        int year = m.captured(3).toInt();
        if (year < 100)
            year += 2000;
        int hour = m.captured(4).toInt();
        const QString ampm = m.captured(7).toLower();
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            hour = (hour % 12) + (ampm == u"pm" ? 12 : 0);
        }
        const QDate date(year, month, m.captured(1).toInt());
        const QTime time(hour, m.captured(5).toInt(), m.captured(6).toInt());
        if (month < 1 || !date.isValid() || !time.isValid())
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
    return Columns::from(header).summary >= 0;
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
    const Columns col = Columns::from(header);
    if (col.summary < 0) {
        QStringList shown = header.mid(0, 8);
        for (QString &h : shown)
            h = h.left(40);
        return R::failure(
            QObject::tr(
                "%1, line %2: no \u201cSummary\u201d column, so this is not an issue export "
                "(use Jira's Export CSV (all fields)); the columns are: %3")
                .arg(name)
                .arg(reader.recordLine())
                .arg(shown.join(u", "_s)));
    }

    ImportPlan plan;
    plan.source = name;
    plan.format = u"jira-csv"_s;
    if (col.key < 0)
        plan.warn(reader.recordLine(),
                  QObject::tr("no \u201cIssue key\u201d column: issues are matched by summary"));
    if (!col.unused.isEmpty()) {
        QStringList shown = col.unused.mid(0, 6);
        plan.warn(
            reader.recordLine(),
            (col.unused.size() == 1 ? QObject::tr("1 column not used: %1")
                                    : QObject::tr("%1 columns not used: %2").arg(col.unused.size()))
                .arg(shown.join(u", "_s) + (col.unused.size() > 6 ? u", \u2026"_s : QString())));
    }

    QStringList row;
    QHash<QString, int> sprintIndex;
    QSet<int> resolvedLines; // lines of the issues that have a resolution date
    int badDates = 0;
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
        ImportCard c;
        c.line = line;
        c.key = cell(row, col.key).toUpper();
        c.title = repaired(cell(row, col.summary)).simplified();
        if (c.title.isEmpty()) {
            plan.warn(line, QObject::tr("%1 has no summary; it is skipped")
                                .arg(c.key.isEmpty() ? QObject::tr("an issue") : c.key));
            continue;
        }
        c.status = cell(row, col.status);
        if (col.priority >= 0) {
            const QString p = cell(row, col.priority);
            if (const auto prio = parsePriority(p))
                c.priority = *prio;
            else if (!p.isEmpty())
                plan.warn(line,
                          QObject::tr("unknown priority \u201c%1\u201d; kept as it was").arg(p));
        }
        if (col.type >= 0) {
            const QString t = cell(row, col.type);
            if (const auto type = parseCardType(t))
                c.type = *type;
            else if (t.compare(u"Epic"_s, Qt::CaseInsensitive) == 0)
                c.type = CardType::Story;
            else if (!t.isEmpty())
                c.type = CardType::Task;
        }
        if (col.assignee >= 0)
            c.assignee = repaired(cell(row, col.assignee)).simplified();
        if (col.points >= 0) {
            const QString p = cell(row, col.points);
            if (!p.isEmpty()) {
                if (const auto v = TextScan::parseNumber(p))
                    c.points = *v;
                else
                    plan.warn(line, QObject::tr("story points \u201c%1\u201d are not a number")
                                        .arg(p.left(40)));
            }
        }
        if (col.description >= 0) {
            QString d = repaired(row.at(col.description));
            d.replace(u"\r\n"_s, u"\n"_s);
            c.description = d;
        }
        if (!col.labels.isEmpty()) {
            QStringList labels;
            for (int i : col.labels) {
                // Jira repeats the column per label; older exports put them space separated in one.
                for (const QString &l : cell(row, i).split(u' ', Qt::SkipEmptyParts))
                    if (!labels.contains(l))
                        labels.append(l);
            }
            c.labels = labels;
        }
        for (int i : col.sprints) {
            const QString s = repaired(cell(row, i)).simplified();
            if (!s.isEmpty())
                c.sprint = s; // the last one listed is the sprint the issue is in now
        }
        const QString flagged = cell(row, col.flagged);
        c.blocked = !flagged.isEmpty() && flagged.compare(u"no"_s, Qt::CaseInsensitive) != 0;
        c.blockedReason = cell(row, col.blockedReason);
        auto date = [&](int index, const char16_t *what) -> QDateTime {
            const QString text = cell(row, index);
            if (text.isEmpty())
                return {};
            if (const auto d = parseDate(text))
                return *d;
            if (badDates++ < 5)
                plan.warn(line, QObject::tr("cannot read the date \u201c%1\u201d in %2")
                                    .arg(text.left(40), QString::fromUtf16(what)));
            return {};
        };
        c.created = date(col.created, u"Created");
        const QDateTime updated = date(col.updated, u"Updated");
        const QDateTime resolved = date(col.resolved, u"Resolved");
        if (resolved.isValid())
            resolvedLines.insert(line);
        if (!c.status.isEmpty()) {
            QDateTime at = resolved.isValid() ? resolved : updated;
            if (at.isValid() && c.created.isValid() && at < c.created)
                at = c.created;
            c.history.append({at, c.status});
        }
        if (!c.sprint.isEmpty() && !sprintIndex.contains(c.sprint.toLower())) {
            sprintIndex.insert(c.sprint.toLower(), int(plan.sprints.size()));
            ImportSprint s;
            s.name = c.sprint;
            s.line = line;
            // SprintDeck's own export says when its sprints run.
            s.start = QDate::fromString(cell(row, col.sprintStart), Qt::ISODate);
            s.end = QDate::fromString(cell(row, col.sprintEnd), Qt::ISODate);
            plan.sprints.append(s);
        }
        plan.cards.append(c);
    }
    if (reader.hasError())
        return R::failure(reader.error());
    if (plan.cards.isEmpty())
        plan.warn(0, QObject::tr("no issues found"));

    // Jira's export has no sprint dates: take them from the issues' activity. A sprint
    // whose issues are all resolved ended with the last resolution; one with open
    // issues is still running.
    struct Activity
    {
        QDate first, last;
        bool allResolved = true;
    };
    QHash<QString, Activity> activity;
    for (const ImportCard &c : std::as_const(plan.cards)) {
        if (c.sprint.isEmpty())
            continue;
        Activity &a = activity[c.sprint.toLower()];
        a.allResolved = a.allResolved && resolvedLines.contains(c.line);
        for (const ImportStatusChange &h : c.history) {
            if (!h.at.isValid())
                continue;
            const QDate d = LocalClock::localDate(h.at);
            a.first = a.first.isValid() ? qMin(a.first, d) : d;
            a.last = a.last.isValid() ? qMax(a.last, d) : d;
        }
    }
    for (ImportSprint &s : plan.sprints) {
        if (s.start.isValid() && s.end.isValid() && s.start <= s.end) {
            s.stateAssumed = true;
            if (s.end < today) {
                s.state = Sprint::State::Closed;
                s.closedAt = localAt(s.end, 18);
            } else if (s.start <= today) {
                s.state = Sprint::State::Active;
            }
            if (s.state != Sprint::State::Planned)
                s.startedAt = localAt(s.start, 9);
            continue;
        }
        const Activity a = activity.value(s.name.toLower());
        QDate first = a.first, last = a.last;
        bool allResolved = a.allResolved;
        if (!last.isValid()) {
            first = last = today;
            allResolved = false;
        }
        s.end = allResolved ? last : qMax(last, today);
        s.start = qMin(first, s.end.addDays(-13));
        s.datesAssumed = true;
        s.stateAssumed = true;
        if (allResolved && s.end < today) {
            s.state = Sprint::State::Closed;
            s.closedAt = localAt(s.end, 18);
        } else if (s.start <= today) {
            s.state = Sprint::State::Active;
        }
        if (s.state != Sprint::State::Planned)
            s.startedAt = localAt(s.start, 9);
        plan.warn(s.line,
                  QObject::tr("the export has no sprint dates: %1 is taken to run %2 to %3")
                      .arg(s.name, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
    }
    return plan;
}

} // namespace SprintDeck

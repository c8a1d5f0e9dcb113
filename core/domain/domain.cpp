#include "core/domain/card.h"
#include "core/domain/event.h"
#include "core/domain/member.h"
#include "core/domain/sprint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QString priorityName(Priority p)
{
    switch (int(p)) { // the names are shared, not made anew: imports name thousands of cards
    case 1:
        return u"P1"_s;
    case 2:
        return u"P2"_s;
    case 3:
        return u"P3"_s;
    case 4:
        return u"P4"_s;
    }
    return u"P"_s + QString::number(int(p));
}

std::optional<Priority> parsePriority(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"p1" || t == u"1" || t == u"critical" || t == u"highest" || t == u"immediate" ||
        t == u"urgent" || t == u"blocker")
        return Priority::P1;
    if (t == u"p2" || t == u"2" || t == u"high" || t == u"major")
        return Priority::P2;
    if (t == u"p3" || t == u"3" || t == u"medium" || t == u"normal")
        return Priority::P3;
    if (t == u"p4" || t == u"4" || t == u"low" || t == u"lowest" || t == u"minor" ||
        t == u"trivial")
        return Priority::P4;
    return std::nullopt;
}

QString cardTypeName(CardType t)
{
    switch (t) {
    case CardType::Story:
        return u"story"_s;
    case CardType::Bug:
        return u"bug"_s;
    case CardType::Task:
        return u"task"_s;
    case CardType::Fix:
        return u"fix"_s;
    }
    return u"story"_s;
}

std::optional<CardType> parseCardType(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"story" || t == u"feature" || t == u"user story")
        return CardType::Story;
    if (t == u"bug" || t == u"defect")
        return CardType::Bug;
    if (t == u"task" || t == u"sub-task" || t == u"subtask" || t == u"support")
        return CardType::Task;
    if (t == u"fix")
        return CardType::Fix;
    return std::nullopt;
}

namespace {

/** Appends `text` as a JSON string, escaped exactly as QJsonDocument writes it. */
void appendJsonString(QString &out, const QString &text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    auto escapeUnit = [&out](char16_t u) {
        out += u"\\u"_s;
        for (int shift = 12; shift >= 0; shift -= 4)
            out += QChar(hex[(u >> shift) & 0xf]);
    };
    out += u'"';
    const qsizetype n = text.size();
    qsizetype plain = 0; // where the run of characters written as they are begins
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        const bool asIs = u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u);
        if (asIs)
            continue;
        out += QStringView(text).sliced(plain, i - plain);
        plain = i + 1;
        if (u < 0x20 || u == u'"' || u == u'\\') {
            switch (u) {
            case u'"':
                out += u"\\\""_s;
                break;
            case u'\\':
                out += u"\\\\"_s;
                break;
            case u'\b':
                out += u"\\b"_s;
                break;
            case u'\f':
                out += u"\\f"_s;
                break;
            case u'\n':
                out += u"\\n"_s;
                break;
            case u'\r':
                out += u"\\r"_s;
                break;
            case u'\t':
                out += u"\\t"_s;
                break;
            default:
                escapeUnit(u);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += text.at(i);
            out += text.at(++i);
            plain = i + 1;
        } else {
            escapeUnit(u); // half a pair is not UTF-8: written as an escape
        }
    }
    out += QStringView(text).sliced(plain);
    out += u'"';
}

} // namespace

QString checklistToJson(const QList<ChecklistItem> &items)
{
    if (items.isEmpty())
        return {};
    // The compact form of QJsonDocument (keys in order, same escapes), written directly: an
    // import stores thousands of checklists, and building JSON objects for each costs more than
    // the rest of the card.
    QString out;
    out.reserve(32 * items.size());
    out += u'[';
    for (const ChecklistItem &item : items) {
        if (out.size() > 1)
            out += u',';
        out += item.done ? u"{\"done\":true"_s : u"{\"done\":false"_s;
        if (!item.estimate.isEmpty()) {
            out += u",\"estimate\":"_s;
            appendJsonString(out, item.estimate);
        }
        if (!item.group.isEmpty()) {
            out += u",\"group\":"_s;
            appendJsonString(out, item.group);
        }
        out += u",\"text\":"_s;
        appendJsonString(out, item.text);
        out += u'}';
    }
    out += u']';
    return out;
}

QList<ChecklistItem> checklistFromJson(const QString &json)
{
    QList<ChecklistItem> items;
    if (json.isEmpty())
        return items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    items.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        items.append({o.value(u"text"_s).toString(), o.value(u"done"_s).toBool(),
                      o.value(u"group"_s).toString(), o.value(u"estimate"_s).toString()});
    }
    return items;
}

QString formatPoints(double points)
{
    // Whole points are the rule; they print alike and much faster as integers.
    if (points >= 0 && points < 1e6 && points == std::floor(points))
        return QString::number(qint64(points));
    return QString::number(points, 'g', 6);
}

QString formatPoints(std::optional<double> points)
{
    return points ? formatPoints(*points) : QString();
}

QString formatPointsWithUnit(double points)
{
    // A whole number picks its plural form ("1 point", "3 points"); a fraction reads as a
    // plural in every language the app speaks ("1.5 points", "0.5 points").
    if (points == std::floor(points) && std::abs(points) < 1e9)
        return QCoreApplication::translate("SprintDeck::Points", "%n point(s)", nullptr,
                                           int(points));
    return QCoreApplication::translate("SprintDeck::Points", "%1 points").arg(formatPoints(points));
}

bool memberBefore(const Member &a, const Member &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
}

bool sprintBefore(const Sprint &a, const Sprint &b)
{
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

QString Member::initials() const
{
    const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    QString result;
    if (parts.size() >= 2)
        result = QString(parts.first().front()) + parts.last().front();
    else if (!parts.isEmpty())
        result = parts.first().left(2);
    return result.toUpper();
}

bool Sprint::isWorkingDay(QDate day) const
{
    if (extraWorkdays.contains(day))
        return true;
    if (day.dayOfWeek() >= 6)
        return false;
    return !holidays.contains(day);
}

int Sprint::workingDays() const
{
    int n = 0;
    for (QDate d = start; d.isValid() && d <= end; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

QString Sprint::stateName() const
{
    switch (state) {
    case State::Planned:
        return u"planned"_s;
    case State::Active:
        return u"active"_s;
    case State::Closed:
        return u"closed"_s;
    }
    return {};
}

namespace {
struct KindName
{
    Event::Kind kind;
    QStringView name;
};
constexpr KindName kKindNames[] = {
    {Event::Kind::Created, u"created"},     {Event::Kind::Deleted, u"deleted"},
    {Event::Kind::Restored, u"restored"},   {Event::Kind::Moved, u"moved"},
    {Event::Kind::Ranked, u"ranked"},       {Event::Kind::Sprint, u"sprint"},
    {Event::Kind::Title, u"title"},         {Event::Kind::Description, u"description"},
    {Event::Kind::Points, u"points"},       {Event::Kind::Priority, u"priority"},
    {Event::Kind::Type, u"type"},           {Event::Kind::Assignee, u"assignee"},
    {Event::Kind::Labels, u"labels"},       {Event::Kind::Blocked, u"blocked"},
    {Event::Kind::Checklist, u"checklist"},
};
} // namespace

QString eventKindName(Event::Kind kind)
{
    for (const KindName &k : kKindNames)
        if (k.kind == kind)
            return k.name.toString();
    return {};
}

std::optional<Event::Kind> parseEventKind(QStringView name)
{
    for (const KindName &k : kKindNames)
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

} // namespace SprintDeck

#include "core/standup/standupreport.h"
#include "core/standup/standupfill.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::StandupReport", text);
}

QString number(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', 2)
        .remove(QRegularExpression(u"\\.?0+$"_s));
}

QString longDate(QDate date)
{
    // The team's documents are written in English ("January 14, 2025"); so are the reports.
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, u"dddd, MMMM d, yyyy"_s);
}

QString pointsText(const std::optional<double> &points)
{
    if (!points)
        return {};
    return *points == 1.0 ? u" (1 point)"_s : u" (%1 points)"_s.arg(number(*points));
}

/** "KEY: Title (N points)", escaped for markdown. */
QString cardLine(const ReportCard &c)
{
    return markdownEscaped(c.key) + u": "_s + markdownEscaped(c.title) + pointsText(c.points);
}

QString statusWord(const ReportCard &c)
{
    return c.done ? u"COMPLETED"_s : markdownEscaped(c.column.toUpper());
}

/**
 * A member's markdown placed under the report's own headings: its headings go
 * below level 3 so they cannot break the report's outline.
 */
QString embedded(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression heading(u"^(#{1,3})(?=\\s)"_s,
                                            QRegularExpression::MultilineOption);
    text.replace(heading, u"###\\1"_s);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

/** `markdown` indented to sit inside a list item that starts `width` columns in. */
QString indented(const QString &markdown, int width)
{
    const QString pad(width, u' ');
    QStringList lines = embedded(markdown).split(u'\n');
    for (QString &line : lines)
        if (!line.isEmpty())
            line.prepend(pad);
    return lines.join(u'\n');
}

QString sprintLine(const StandupReportData &d)
{
    if (d.sprintName.isEmpty())
        return {};
    QStringList parts{
        u"**%1**: %2"_s.arg(QCoreApplication::translate("SprintDeck::StandupReport", "Sprint"),
                            markdownEscaped(d.sprintName))};
    if (d.dayNumber > 0)
        parts.append(QCoreApplication::translate("SprintDeck::StandupReport", "Day %1 of %2")
                         .arg(d.dayNumber)
                         .arg(d.workingDays));
    if (d.dayNumber > 0 || d.daysLeft > 0)
        parts.append(
            d.daysLeft == 1
                ? QCoreApplication::translate("SprintDeck::StandupReport", "last day")
                : QCoreApplication::translate("SprintDeck::StandupReport", "%1 working days left")
                      .arg(d.daysLeft));
    return parts.join(u" \u00b7 "_s);
}

/** The member's name as the standup introduces their part; a proposal says it is one. */
QString speaker(const StandupReportData::Entry &e)
{
    const QString name = u"**%1**"_s.arg(markdownEscaped(e.member));
    return e.proposed
               ? u"%1 *%2*"_s.arg(name, QCoreApplication::translate("SprintDeck::StandupReport",
                                                                    "(proposed from the board)"))
               : name;
}

/**
 * The sprint's blocked cards that no member's blockers mention, with their reason and
 * assignee; "" when there are none. The standup never says "None" while a card is blocked.
 */
QString unmentionedBlockers(const StandupReportData &d)
{
    QString list;
    for (const ReportCard &c : d.blocked) {
        const bool mentioned =
            std::any_of(d.entries.cbegin(), d.entries.cend(),
                        [&](const auto &e) { return StandupFill::mentions(e.blockers, c.key); });
        if (mentioned)
            continue;
        const QString reason =
            c.blockedReason.trimmed().isEmpty()
                ? QCoreApplication::translate("SprintDeck::StandupReport", "no reason given")
                : markdownEscaped(c.blockedReason.trimmed());
        const QString owner =
            c.owner.isEmpty()
                ? QCoreApplication::translate("SprintDeck::StandupReport", "unassigned")
                : markdownEscaped(c.owner);
        list += u"- %1: %2 - %3 (%4)\n"_s.arg(markdownEscaped(c.key), markdownEscaped(c.title),
                                              reason, owner);
    }
    if (list.isEmpty())
        return {};
    return u"**%1**\n\n%2\n"_s.arg(
        QCoreApplication::translate("SprintDeck::StandupReport", "Blocked on the board"), list);
}

void appendProgress(QString &out, const StandupReportData &d)
{
    if (!d.progress || d.progress->total.total <= 0) {
        out += QCoreApplication::translate(
                   "SprintDeck::StandupReport",
                   "The sprint has not started yet; there is no progress to report.") +
               u"\n"_s;
        return;
    }
    out += StandupReport::progressTable(*d.progress) + u'\n';
    QString overall = u"**%1**: %2"_s.arg(
        QCoreApplication::translate("SprintDeck::StandupReport", "Overall Progress"),
        StandupReport::progressLine(*d.progress));
    const QString schedule = StandupReport::scheduleText(d);
    if (!schedule.isEmpty())
        overall += u" - **%1**"_s.arg(schedule);
    out += overall + u"\n"_s;
}

} // namespace

QString StandupReport::priorityLabel(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return tr("P1 (Critical)");
    case Priority::P2:
        return tr("P2 (High)");
    case Priority::P3:
        return tr("P3 (Medium)");
    case Priority::P4:
        return tr("P4 (Low)");
    }
    return priorityName(priority);
}

QString StandupReport::progressTable(const PriorityProgress &progress)
{
    const QString amount = progress.unit == ChartUnit::Points ? tr("Story Points") : tr("Cards");
    QString out =
        u"| %1 | %2 | %3 | %4 |\n"_s.arg(tr("Priority"), amount, tr("Completed"), tr("Remaining"));
    out += u"|----------|--------------|-----------|-----------|\n"_s;
    for (const PriorityProgressRow &row : progress.rows)
        out += u"| %1 | %2 | %3 | %4 |\n"_s.arg(
            row.priority ? priorityLabel(*row.priority) : QString(), number(row.total),
            number(row.completed), number(row.remaining));
    out += u"| **%1** | **%2** | **%3** | **%4** |\n"_s.arg(
        tr("Total"), number(progress.total.total), number(progress.total.completed),
        number(progress.total.remaining));
    return out;
}

QString StandupReport::progressLine(const PriorityProgress &progress)
{
    const QString unit = progress.unit == ChartUnit::Points ? tr("points") : tr("cards");
    return u"%1% (%2/%3 %4)"_s.arg(progress.percentComplete())
        .arg(number(progress.total.completed), number(progress.total.total), unit);
}

QString StandupReport::scheduleText(const StandupReportData &d)
{
    if (!d.aheadBy)
        return {};
    // Within a tenth of the commitment (at least a point) of the ideal line is on track.
    const double tolerance = qMax(1.0, d.committed * 0.1);
    if (*d.aheadBy > tolerance)
        return tr("Ahead of schedule");
    if (*d.aheadBy < -tolerance)
        return tr("Behind schedule");
    return tr("On track");
}

QString StandupReport::standupMarkdown(const StandupReportData &d)
{
    QString out = u"# %1: %2\n\n"_s.arg(tr("Daily Standup"), longDate(d.date));
    if (const QString sprint = sprintLine(d); !sprint.isEmpty()) {
        // Separate paragraphs: a single line break would join them when rendered.
        out += sprint + u"\n\n"_s;
        if (!d.sprintGoal.trimmed().isEmpty())
            out += u"**%1**: %2\n\n"_s.arg(tr("Goal"), markdownEscaped(d.sprintGoal.simplified()));
    }

    const StandupEntry::Field fields[] = {
        StandupEntry::Field::Yesterday, StandupEntry::Field::Today, StandupEntry::Field::Blockers};
    for (StandupEntry::Field field : fields) {
        out += u"## %1\n\n"_s.arg(standupFieldTitle(field));
        bool any = false;
        for (const StandupReportData::Entry &e : d.entries) {
            const QString &text = field == StandupEntry::Field::Yesterday ? e.yesterday
                                  : field == StandupEntry::Field::Today   ? e.today
                                                                          : e.blockers;
            if (text.trimmed().isEmpty())
                continue;
            any = true;
            out += u"%1\n\n%2\n\n"_s.arg(speaker(e), embedded(text));
        }
        if (field == StandupEntry::Field::Blockers) {
            const QString board = unmentionedBlockers(d);
            out += board;
            any = any || !board.isEmpty();
        }
        if (!any)
            out +=
                (field == StandupEntry::Field::Blockers ? tr("- None") : tr("- Nothing reported")) +
                u"\n\n"_s;
    }

    out += u"## %1\n\n"_s.arg(tr("Progress"));
    appendProgress(out, d);
    if (!d.note.trimmed().isEmpty())
        out += u"\n## %1\n\n%2\n"_s.arg(tr("Notes"), embedded(d.note));
    return out;
}

QString StandupReport::statusMarkdown(const StandupReportData &d)
{
    QString out;
    out += d.sprintName.isEmpty()
               ? u"# %1\n\n"_s.arg(tr("Daily Status"))
               : u"# %1 %2\n\n"_s.arg(markdownEscaped(d.sprintName), tr("Daily Status"));
    out += d.dayNumber > 0 ? u"## %1: %2\n\n"_s.arg(tr("Day %1").arg(d.dayNumber), longDate(d.date))
                           : u"## %1\n\n"_s.arg(longDate(d.date));

    if (!d.sprintGoal.trimmed().isEmpty())
        out += u"### \U0001F3AF %1\n%2\n\n"_s.arg(tr("Daily Goal"),
                                                  markdownEscaped(d.sprintGoal.simplified()));

    out += u"### \u2705 %1\n\n"_s.arg(tr("Completed Tasks"));
    if (d.completed.isEmpty())
        out += tr("No cards were finished today.") + u"\n\n"_s;
    for (const ReportCard &c : d.completed) {
        out += u"#### %1 - **%2**\n"_s.arg(cardLine(c), statusWord(c));
        if (!c.owner.isEmpty())
            out += u"- %1: %2\n"_s.arg(tr("Owner"), markdownEscaped(c.owner));
        for (const QString &item : c.doneChecklist)
            out += u"- %1\n"_s.arg(markdownEscaped(item));
        out += u'\n';
    }

    if (!d.inProgress.isEmpty()) {
        out += u"### \U0001F504 %1\n\n"_s.arg(tr("In Progress"));
        for (const ReportCard &c : d.inProgress) {
            out += u"#### %1 - **%2**\n"_s.arg(cardLine(c), statusWord(c));
            if (!c.owner.isEmpty())
                out += u"- %1: %2\n"_s.arg(tr("Owner"), markdownEscaped(c.owner));
            if (c.blocked)
                out += u"- **%1**: %2\n"_s.arg(
                    tr("Blocked"), c.blockedReason.isEmpty() ? tr("no reason given")
                                                             : markdownEscaped(c.blockedReason));
            out += u'\n';
        }
    }

    out += u"### \U0001F4C8 %1\n\n"_s.arg(tr("Sprint Progress"));
    appendProgress(out, d);
    out += u'\n';

    out += u"### \U0001F6A8 %1\n\n"_s.arg(tr("Remaining Issues & Blockers"));
    int n = 0;
    for (const ReportCard &c : d.blocked) {
        out += u"%1. **%2**%3\n"_s.arg(++n).arg(
            markdownEscaped(c.key) + u": "_s + markdownEscaped(c.title), pointsText(c.points));
        out += u"   - **%1**: %2\n"_s.arg(tr("Blocked"), c.blockedReason.isEmpty()
                                                             ? tr("no reason given")
                                                             : markdownEscaped(c.blockedReason));
        if (!c.owner.isEmpty())
            out += u"   - **%1**: %2\n"_s.arg(tr("Owner"), markdownEscaped(c.owner));
        out += u"   - **%1**: %2\n"_s.arg(tr("Priority"), priorityLabel(c.priority));
    }
    for (const StandupReportData::Entry &e : d.entries) {
        // A proposal's blockers are the blocked cards listed above.
        if (e.proposed || e.blockers.trimmed().isEmpty())
            continue;
        const QString marker = u"%1. "_s.arg(++n);
        out += u"%1**%2** (%3)\n\n%4\n"_s.arg(marker, markdownEscaped(e.member),
                                              tr("from the standup"),
                                              indented(e.blockers, int(marker.size())));
    }
    if (n == 0)
        out += tr("None: nothing is blocked.") + u"\n"_s;
    out += u'\n';

    const QString tomorrow =
        d.dayNumber > 0 && d.dayNumber < d.workingDays
            ? u"%1 (%2)"_s.arg(tr("Tomorrow's Plan"), tr("Day %1").arg(d.dayNumber + 1))
            : tr("Tomorrow's Plan");
    out += u"### \U0001F3AF %1\n\n"_s.arg(tomorrow);
    n = 0;
    auto owner = [](const ReportCard &c) {
        return c.owner.isEmpty() ? QString() : u" - "_s + markdownEscaped(c.owner);
    };
    for (const ReportCard &c : d.inProgress) {
        if (c.blocked)
            continue;
        out += u"%1. **%2** %3%4\n"_s.arg(++n).arg(tr("Continue"), cardLine(c), owner(c));
    }
    for (const ReportCard &c : d.blocked)
        out += u"%1. **%2** %3%4\n"_s.arg(++n).arg(tr("Unblock"), cardLine(c), owner(c));
    for (const ReportCard &c : d.upNext)
        out += u"%1. **%2** %3%4\n"_s.arg(++n).arg(tr("Start"), cardLine(c), owner(c));
    if (n == 0)
        out += tr("Nothing is left to do in this sprint.") + u"\n"_s;
    out += u'\n';

    if (!d.note.trimmed().isEmpty())
        out += u"### \U0001F4DD %1\n\n%2\n\n"_s.arg(tr("Notes"), embedded(d.note));

    out += u"---\n\n"_s;
    QString status;
    if (d.progress && d.progress->total.total > 0) {
        status = tr("%1% complete").arg(d.progress->percentComplete());
        if (const QString s = scheduleText(d); !s.isEmpty())
            status += u", "_s + s.toLower();
    }
    if (d.dayNumber > 0) {
        const int after = d.daysLeft - 1;
        const QString left = after <= 0   ? tr("the sprint ends today")
                             : after == 1 ? tr("1 working day left")
                                          : tr("%1 working days left").arg(after);
        status += (status.isEmpty() ? QString() : u", "_s) + left;
    }
    if (!status.isEmpty())
        out += u"**%1**: %2\n\n"_s.arg(tr("Sprint Status"), status);
    if (d.dayNumber > 0 && d.dayNumber < d.workingDays)
        out += u"**%1**: %2\n"_s.arg(tr("Next Review"), tr("End of Day %1").arg(d.dayNumber + 1));
    return out;
}

QString StandupReport::toHtml(const QString &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    // Safe rendering: raw HTML in the text is left out (never passed on, so no script, frame
    // or style sheet), links to javascript:, vbscript:, file: and data: lose their target, and
    // the tag filter would disarm any raw HTML that got through.
    const int options = CMARK_OPT_DEFAULT;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"})
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *document = cmark_parser_finish(parser);
    // An image would be fetched by whoever opens the report (a mail client, a chat): it
    // becomes a link to the image, with its description as the text.
    QList<cmark_node *> images;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;)
        if (ev == CMARK_EVENT_ENTER &&
            cmark_node_get_type(cmark_iter_get_node(iter)) == CMARK_NODE_IMAGE)
            images.append(cmark_iter_get_node(iter));
    cmark_iter_free(iter);
    for (cmark_node *image : std::as_const(images)) {
        cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, cmark_node_get_url(image));
        cmark_node_set_title(link, cmark_node_get_title(image));
        while (cmark_node *child = cmark_node_first_child(image)) {
            cmark_node_unlink(child);
            cmark_node_append_child(link, child);
        }
        cmark_node_replace(image, link);
        cmark_node_free(image);
    }
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    // Mail and chat clients ignore style sheets: give the tables visible borders inline.
    result.replace(u"<table>"_s,
                   u"<table border=\"1\" cellpadding=\"6\" style=\"border-collapse: collapse\">"_s);
    return result;
}

QString StandupReport::htmlDocument(const QString &title, const QString &markdown)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
           u"charset=\"utf-8\">\n<title>%1</title>\n"
           "<style>\n"
           "body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; "
           "padding: 0 1rem;"
           " line-height: 1.5; color: #1f2328; }\n"
           "table { border-collapse: collapse; margin: 1rem 0; }\n"
           "th, td { border: 1px solid #d0d7de; padding: 6px 13px; }\n"
           "th { background: #f6f8fa; text-align: left; }\n"
           "h4 { margin-bottom: 0.25rem; }\n"
           "</style>\n</head>\n<body>\n%2</body>\n</html>\n"_s.arg(title.toHtmlEscaped(),
                                                                   toHtml(markdown));
}

} // namespace SprintDeck

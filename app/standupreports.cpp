// `sprintdeck report standup|status`: the day's standup and daily status documents.
#include "app/reportcommands.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"
#include "core/standup/standupreport.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

enum class Document
{
    Standup,
    Status
};

int writeDocument(ReportRequest &r, Document kind)
{
    StandupBook *book = StandupBook::of(r.board);
    const QDate date =
        r.date.isValid() ? r.date : r.board.now().toTimeZone(QTimeZone::systemTimeZone()).date();
    // Without --sprint: the sprint the day belongs to, not necessarily the board's current one.
    const qint64 sprintId =
        r.parser.isSet(u"sprint"_s) && r.sprint ? r.sprint->id : book->sprintForDate(date);
    auto data = book->reportData(date, sprintId);
    if (!data)
        return r.ctx.fail(data.error());
    const QString markdown = kind == Document::Standup ? StandupReport::standupMarkdown(*data)
                                                       : StandupReport::statusMarkdown(*data);
    if (r.format == u"html") {
        const QString day = QLocale(QLocale::English).toString(date, u"MMMM d, yyyy"_s);
        const QString title = kind == Document::Standup ? QObject::tr("Daily Standup: %1").arg(day)
                                                        : QObject::tr("Daily Status: %1").arg(day);
        r.ctx.out() << StandupReport::htmlDocument(title, markdown);
    } else {
        r.ctx.out() << markdown;
    }
    r.ctx.out().flush();
    return 0;
}

} // namespace

int standupReport(ReportRequest &request)
{
    return writeDocument(request, Document::Standup);
}

int statusReport(ReportRequest &request)
{
    return writeDocument(request, Document::Status);
}

} // namespace SprintDeck::Cli

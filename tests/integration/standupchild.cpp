// Opens the standup view on a board, types into the first member's Yesterday
// the way a user does, reports on stdout, and then waits to be killed.
// First line: DATE YYYY-MM-DD, the day the view shows.
//   standupchild DB debounce   prints TYPED, then SAVED once the autosave has gone through
//   standupchild DB focus      types, presses Tab (the editor loses focus), prints TYPED
#include "ui/common/markdownedit.h"
#include "ui/standup/standupentrywidget.h"
#include "ui/standup/standupview.h"

#include "core/board/board.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {
void say(const char *line)
{
    ::write(STDOUT_FILENO, line, strlen(line));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: standupchild DB debounce|focus TEXT\n");
        return 2;
    }
    const QString mode = QString::fromLocal8Bit(argv[2]);
    auto opened = Board::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "standupchild: %s\n", qPrintable(opened.error()));
        return 1;
    }
    StandupView view(opened.value().get());
    view.resize(1200, 800);
    view.show();
    QApplication::setActiveWindow(&view);
    if (!QTest::qWaitForWindowActive(&view) || view.entryWidgets().isEmpty()) {
        std::fprintf(stderr, "standupchild: the view did not come up\n");
        return 1;
    }
    MarkdownEdit *editor = view.entryWidgets().first()->editor(StandupEntry::Field::Yesterday);
    editor->setFocus();
    say(qPrintable(u"DATE %1\n"_s.arg(view.date().toString(Qt::ISODate))));
    QObject::connect(&view, &StandupView::saved, [] { say("SAVED\n"); });
    QTest::keyClicks(editor, QString::fromLocal8Bit(argv[3]));
    if (mode == u"focus")
        QTest::keyClick(editor, Qt::Key_Tab);
    say("TYPED\n");
    return app.exec();
}

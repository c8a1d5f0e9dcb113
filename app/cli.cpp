#include "app/cli.h"
#include "core/board/board.h"
#include "core/storage/backups.h"
#include "core/storage/teamserver.h"
#include "core/sync/outboxrecorder.h"
#include "core/team/teamrecorder.h"
#include "ui/shell/gui.h"
#include "ui/shell/language.h"
#include "ui/shell/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

QString Context::helpText(const QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), u"sprintdeck "_s + m_args.value(0));
    return text;
}

Context::Context(QStringList args, QString dbPath)
    : m_args(std::move(args))
    , m_dbPath(std::move(dbPath))
    , m_out(stdout)
    , m_err(stderr)
{}

Context::~Context() = default;

Board *Context::board()
{
    if (m_board)
        return m_board.get();
    // Scripts and tests that need the same stamps and the same "today" on every run fix the clock.
    QDateTime fixedNow;
    if (const QString fixed = qEnvironmentVariable("SPRINTDECK_NOW"); !fixed.isEmpty()) {
        fixedNow = QDateTime::fromString(fixed, Qt::ISODate);
        if (!fixedNow.isValid()) {
            fail(QCoreApplication::translate("SprintDeck::Cli",
                                             "SPRINTDECK_NOW takes a date and time as "
                                             "YYYY-MM-DDTHH:MM:SS, not \u201c%1\u201d")
                     .arg(fixed));
            return nullptr;
        }
    }
    auto opened = Board::open(m_dbPath);
    if (!opened) {
        fail(opened.error());
        offerBackups(m_err, m_dbPath);
        return nullptr;
    }
    m_board = std::move(opened.value());
    if (fixedNow.isValid())
        m_board->setClock([fixedNow] { return fixedNow; });
    // Edits of synced cards must reach the outbox whichever command makes them.
    OutboxRecorder::attach(*m_board);
    TeamRecorder::attach(*m_board);
    // share and join make the link; sync makes its own exchange.
    const QString command = m_args.value(0);
    if (command != u"share" && command != u"join" && command != u"sync")
        catchUpTeam();
    return m_board.get();
}

void Context::closeBoard()
{
    m_team.reset();
    m_board.reset();
}

void offerBackups(QTextStream &err, const QString &dbPath)
{
    const QList<BackupInfo> backups = Backups(dbPath).list();
    if (backups.isEmpty())
        return;
    err << "sprintdeck: "
        << QObject::tr("backups of it exist (%1), the newest from %2; restore it with: "
                       "sprintdeck backup restore \"%3\" --db \"%4\"")
               .arg(backups.size())
               .arg(backups.first().createdAt.toString(u"yyyy-MM-dd HH:mm"_s), backups.first().path,
                    QFileInfo(dbPath).absoluteFilePath())
        << Qt::endl;
}

int Context::fail(const QString &message)
{
    m_err << "sprintdeck: " << message << Qt::endl;
    return 1;
}

int Context::usage(const QString &message)
{
    m_err << "sprintdeck: " << message << Qt::endl
          << QCoreApplication::translate("SprintDeck::Cli", "Try '%1 --help'.")
                 .arg(u"sprintdeck"_s + (m_args.isEmpty() ? QString() : u' ' + m_args.first()))
          << Qt::endl;
    return 2;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"board.sprintdeck"_s);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"card", &cardCommand,
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "card add|move|edit|list|show|delete ...   cards on the board")},
        {"import", &importCommand,
         QT_TRANSLATE_NOOP("SprintDeck::Cli", "import FILE... [--dry-run] [--map STATUS=COLUMN]... "
                                              "  markdown status documents, Jira "
                                              "CSV")},
        {"export", &exportCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "export --format json|csv|md -o FILE [--sprint NAME]   backup, CSV, status report")},
        {"restore", &restoreCommand,
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "restore BACKUP.json --db NEW   a JSON backup into a new database")},
        {"backup", &backupCommand,
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "backup create|list|restore BACKUP        backups of the database")},
        {"sprint", &sprintCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "sprint create|edit|start|close|reopen|list|plan ...   the sprint lifecycle")},
        {"report", &reportCommand,
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "report burndown|burnup|velocity|progress|cfd|standup|status ...   "
                           "charts' numbers, daily "
                           "reports")},
        {"standup", &standupCommand,
         QT_TRANSLATE_NOOP("SprintDeck::Cli",
                           "standup fill [--sprint NAME] [--date YYYY-MM-DD]   fill a day's "
                           "standup from the board")},
        {"slides", &slidesCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "slides --sprint NAME -o FILE.pptx|FILE.pdf [--sections ...]   review deck")},
        {"review", &reviewCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "review set|show|clear --sprint NAME ...   retrospective notes of a sprint")},
        {"remote", &remoteCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "remote add|list|remove|map ...   remote trackers (keys in the OS keychain)")},
        {"sync", &syncCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "sync [--remote NAME] [--resolve KEY --keep local|remote]   sync with the remotes")},
        {"share", &shareCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "share --server postgresql://USER@HOST/DB [--as NAME]   share the board")},
        {"join", &joinCommand,
         QT_TRANSLATE_NOOP(
             "SprintDeck::Cli",
             "join postgresql://USER@HOST/DB --db NEW [--as NAME]   join a team's board")},
    };
    return list;
}

namespace {

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"sprintdeck"_s);
    QCoreApplication::setOrganizationDomain(u"sprintdeck.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPRINTDECK_VERSION));
}

/** "800x600" as a size; an invalid size for anything else. */
QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(u'x');
    bool okWidth = false, okHeight = false;
    const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
    const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
    if (!okWidth || !okHeight || width <= 0 || height <= 0)
        return {};
    return {width, height};
}

QString helpText()
{
    QString text =
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Usage: sprintdeck [--db FILE] [--demo] [--theme THEME] [--screenshot PNG [--view "
            "VIEW] [--size WxH]]\n"
            "       sprintdeck COMMAND [--db FILE] ...\n\n"
            "SprintDeck: a sprint board, burndown charts, standups and review slides\n"
            "on a local database file.\n\n"
            "Options:\n"
            "  --db FILE          the database (default: %1)\n"
            "  --demo             fill an empty database with a demo sprint\n"
            "  --screenshot PNG   render the main window after loading, save it and exit\n"
            "  --view VIEW        the view to show: board, charts, flow, standup or slides\n"
            "  --size WxH         the window's size for --screenshot (default: 1600x1000)\n"
            "  --theme THEME      light, dark or system (default: the setting ui/theme)\n"
            "  --lang LANG        the language: en, de or fr (default: the setting\n"
            "                     ui/language, else the system's)\n"
            "  --version          print the version and exit\n"
            "  --help             print this help and exit\n\n"
            "Commands (no display needed; each takes --db FILE and --help):\n")
            .arg(defaultDatabasePath());
    for (const Command &c : commands())
        text += u"  "_s + QCoreApplication::translate("SprintDeck::Cli", c.synopsis) + u'\n';
    return text;
}

/** The subcommand: the first word that is not an option or an option's value. */
QString findCommandName(int argc, char *argv[], bool *help, bool *version)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db" || a == "--screenshot" || a == "--view" || a == "--size" || a == "--lang" ||
            a == "--theme" || a == "-platform") {
            ++i;
            continue;
        }
        if (a == "--help" || a == "-h")
            *help = true;
        else if (a == "--version" || a == "-v")
            *version = true;
        else if (!a.startsWith('-'))
            return QString::fromLocal8Bit(a);
    }
    return {};
}

/** Takes --lang and --db (both spellings) out of `args`, which the subcommands do not see. */
void takeGlobalOptions(QStringList &args, QString *db, QString *language)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size()) {
            *language = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i).startsWith(u"--lang="_s)) {
            *language = args.at(i).mid(7);
            args.remove(i);
            --i;
        } else if (args.at(i) == u"--db" && i + 1 < args.size()) {
            *db = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i).startsWith(u"--db="_s)) {
            *db = args.at(i).mid(5);
            args.remove(i);
            --i;
        }
    }
}

/** Installs the language; false (after saying so) when there is no such translation. */
bool installLanguage(const QString &language)
{
    Language::install(language);
    if (language.isEmpty() || Language::available().contains(language))
        return true;
    QTextStream(stderr) << "sprintdeck: "
                        << QCoreApplication::translate("SprintDeck::Cli",
                                                       "unknown language '%1' (%2)")
                               .arg(language, Language::available().join(u", "_s))
                        << Qt::endl;
    return false;
}

/** `sprintdeck --help`, `--version` or a subcommand, all without a display. */
int runHeadless(int argc, char *argv[], const QString &commandName, bool version)
{
    // Writing slides lays out text with real fonts: that needs a GUI application, not a
    // display.
    if (commandName == u"slides" && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (commandName == u"slides")
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    setApplicationNames();
    QStringList args = application->arguments().mid(1);
    QString db = defaultDatabasePath();
    QString language;
    takeGlobalOptions(args, &db, &language);
    if (!installLanguage(language))
        return 2;
    if (commandName.isEmpty()) {
        QTextStream out(stdout);
        if (version)
            out << "sprintdeck " << QCoreApplication::applicationVersion() << Qt::endl;
        else
            out << helpText();
        return 0;
    }
    const Command *command = findCommand(commandName);
    if (!command) {
        QTextStream(stderr) << "sprintdeck: "
                            << QCoreApplication::translate("SprintDeck::Cli",
                                                           "unknown command '%1'")
                                   .arg(commandName)
                            << u'\n'
                            << QCoreApplication::translate("SprintDeck::Cli", "Try '%1 --help'.")
                                   .arg(u"sprintdeck"_s)
                            << Qt::endl;
        return 2;
    }
    args.removeOne(commandName);
    args.prepend(commandName);
    Context ctx(args, db);
    const int exitCode = command->handler(ctx);
    ctx.sendTeamQueue();
    return exitCode;
}

/** "sprintdeck: <message>" for a wrong option of the window; the exit code 2. */
int windowUsage(const QString &message)
{
    QTextStream(stderr) << "sprintdeck: " << message << Qt::endl;
    return 2;
}

/** Reads the window's options into `options`; -1 to go on, else the exit code. */
int readWindowOptions(const QStringList &args, GuiOptions &options)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == u"--db") {
            options.dbPath = next;
            ++i;
        } else if (a == u"--screenshot") {
            options.screenshotPath = next;
            ++i;
        } else if (a == u"--view") {
            options.view = next;
            ++i;
        } else if (a == u"--size") {
            options.screenshotSize = parseSize(next);
            ++i;
            if (!options.screenshotSize.isValid())
                return windowUsage(QApplication::translate("SprintDeck::Cli",
                                                           "--size takes WIDTHxHEIGHT, "
                                                           "e.g. 800x600"));
        } else if (a == u"--lang") {
            options.language = next;
            ++i;
        } else if (a.startsWith(u"--lang="_s)) {
            options.language = a.mid(7);
        } else if (a == u"--theme") {
            options.theme = next;
            ++i;
            if (next != u"light" && next != u"dark" && next != u"system")
                return windowUsage(QApplication::translate("SprintDeck::Cli",
                                                           "--theme takes light, dark or system"));
        } else if (a == u"--demo") {
            options.demo = true;
        } else if (a.startsWith(u'-')) {
            return windowUsage(
                QApplication::translate("SprintDeck::Cli", "unknown option '%1'").arg(a) + u'\n' +
                QApplication::translate("SprintDeck::Cli", "Try '%1 --help'.")
                    .arg(u"sprintdeck"_s));
        } else {
            options.dbPath = a; // a database file given by the desktop or the file manager
        }
    }
    return -1;
}

/** The window, with the options of the command line. */
int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(u"SprintDeck"_s);
    GuiOptions options;
    options.dbPath = Settings::defaultDatabase(defaultDatabasePath());
    if (int code = readWindowOptions(app.arguments(), options); code >= 0)
        return code;
    if (!installLanguage(options.language))
        return 2;
    if (options.dbPath.isEmpty())
        return windowUsage(QApplication::translate("SprintDeck::Cli", "--db needs a file name"));
    return runGui(options);
}

} // namespace

int main(int argc, char *argv[])
{
    bool help = false, version = false;
    const QString commandName = findCommandName(argc, argv, &help, &version);
    if (!commandName.isEmpty() || help || version)
        return runHeadless(argc, argv, commandName, version);
    return runWindow(argc, argv);
}

} // namespace SprintDeck::Cli

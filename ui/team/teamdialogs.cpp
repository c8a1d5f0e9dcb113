#include "ui/team/teamdialogs.h"

#include "core/board/board.h"
#include "core/storage/teamserver.h"
#include "core/storage/teamstore.h"
#include "core/team/teamsync.h"
#include "ui/common/messages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

TeamBoardDialog::TeamBoardDialog(Mode mode, Board *board, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_board(board)
    , m_server(new QLineEdit(this))
    , m_member(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::Share ? tr("Share Board") : tr("Open Shared Board"));
    setObjectName(mode == Mode::Share ? u"shareBoardDialog"_s : u"joinBoardDialog"_s);
    auto *intro = new QLabel(
        mode == Mode::Share
            ? tr("Publish this board on your team's PostgreSQL server. Everyone who opens it "
                 "there works on the same board, live, and offline too.")
            : tr("Open the board your team shares on a PostgreSQL server. This computer keeps a "
                 "copy in a file of its own, so the board also works offline."),
        this);
    intro->setWordWrap(true);
    m_server->setPlaceholderText(u"postgresql://ana@db.example.org/team"_s);
    m_server->setObjectName(u"serverEdit"_s);
    m_member->setText(board && mode == Mode::Share && board->members().size() == 1
                          ? board->members().first().name
                          : TeamSync::defaultMember());
    m_member->setObjectName(u"memberEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setPlaceholderText(tr("kept in the system keychain"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Your name on the board:"), m_member);
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::Join) {
        m_file = new QLineEdit(this);
        m_file->setObjectName(u"fileEdit"_s);
        m_file->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .filePath(tr("Team board.sprintdeck")));
        auto *browse = new QPushButton(tr("&Browse…"), this);
        connect(browse, &QPushButton::clicked, this, &TeamBoardDialog::chooseFile);
        auto *row = new QHBoxLayout;
        row->addWidget(m_file, 1);
        row->addWidget(browse);
        form->addRow(tr("Keep it in &file:"), row);
        connect(m_file, &QLineEdit::textChanged, this, &TeamBoardDialog::validate);
    }
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyle(this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(mode == Mode::Share ? tr("&Share") : tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (run())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_server, &QLineEdit::textChanged, this, &TeamBoardDialog::validate);
    connect(m_member, &QLineEdit::textChanged, this, &TeamBoardDialog::validate);
    validate();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

QString TeamBoardDialog::error() const
{
    return m_error->text();
}

QString TeamBoardDialog::password() const
{
    return m_password->text();
}

QString TeamBoardDialog::address() const
{
    return m_server->text().trimmed();
}

void TeamBoardDialog::validate()
{
    QString problem;
    if (!m_server->text().trimmed().isEmpty()) {
        if (Result<TeamAddress> a = TeamAddress::parse(m_server->text()); !a)
            problem = a.error();
    }
    if (problem.isEmpty() && m_member->text().simplified().isEmpty())
        problem = tr("Say who you are on the board.");
    if (problem.isEmpty() && m_file && QFileInfo::exists(m_file->text()))
        problem = tr("%1 exists already; choose a new file.").arg(m_file->text());
    m_error->setText(problem);
    m_ok->setEnabled(problem.isEmpty() && !m_server->text().trimmed().isEmpty());
}

void TeamBoardDialog::chooseFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Choose a File for the Shared Board"), m_file->text(),
                                     tr("SprintDeck boards (*.sprintdeck)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool TeamBoardDialog::run()
{
    Result<TeamAddress> a = TeamAddress::parse(m_server->text());
    if (!a) {
        m_error->setText(a.error());
        return false;
    }
    const QString member = m_member->text().simplified();
    Result<std::unique_ptr<TeamServer>> server =
        TeamServer::connect(*a, m_password->text(), u"window"_s);
    if (!server) {
        m_error->setText(server.error());
        return false;
    }
    if (m_mode == Mode::Share) {
        if (Status s = TeamSync(*m_board).share(**server, member); !s) {
            m_error->setText(s.error());
            return false;
        }
        return true;
    }
    const QString path = QFileInfo(m_file->text()).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        m_error->setText(tr("%1 exists already; choose a new file.").arg(path));
        return false;
    }
    Status joined;
    {
        Result<std::unique_ptr<Board>> board = Board::open(path);
        if (!board) {
            m_error->setText(board.error());
            return false;
        }
        joined = TeamSync(**board).join(**server, member);
    }
    if (!joined) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        m_error->setText(joined.error());
        return false;
    }
    m_joined = path;
    return true;
}

// --- conflicts ----------------------------------------------------------------------------

TeamConflictDialog::TeamConflictDialog(Board *board, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Team Conflicts"));
    setObjectName(u"teamConflictDialog"_s);
    auto *intro = new QLabel(tr("Someone changed these fields before your edit reached the "
                                "server. The board shows their value; keep yours to send it "
                                "again, or keep theirs."),
                             this);
    intro->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Card"), tr("Field"), tr("Yours"), tr("Theirs")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *mine = new QPushButton(tr("Keep &Mine"), this);
    auto *theirs = new QPushButton(tr("Keep &Theirs"), this);
    connect(mine, &QPushButton::clicked, this, [this] { keep(true); });
    connect(theirs, &QPushButton::clicked, this, [this] { keep(false); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(mine, QDialogButtonBox::ActionRole);
    buttons->addButton(theirs, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
    resize(640, 360);
}

int TeamConflictDialog::conflictCount() const
{
    return m_table->rowCount();
}

void TeamConflictDialog::reload()
{
    TeamStore store(m_board->database());
    Result<QList<TeamConflict>> conflicts = store.conflicts();
    m_table->setRowCount(0);
    if (!conflicts) {
        m_message->setText(conflicts.error());
        return;
    }
    for (const TeamConflict &c : std::as_const(*conflicts)) {
        Result<qint64> local = store.localIdOf(c.kind, c.uid);
        const Card *card = local && c.kind == TeamKind::Card ? m_board->card(*local) : nullptr;
        const Sprint *sprint =
            local && c.kind == TeamKind::Sprint ? m_board->sprint(*local) : nullptr;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{card     ? card->key
                                : sprint ? sprint->name
                                         : c.uid,
                                c.field, c.mine, tr("%1 (by %2)").arg(c.theirs, c.by)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    if (m_table->rowCount())
        m_table->selectRow(0);
    m_message->setText(m_table->rowCount() ? QString() : tr("No conflicts are waiting."));
}

bool TeamConflictDialog::keep(bool mine)
{
    const int row = m_table->currentRow();
    Result<QList<TeamConflict>> conflicts = TeamStore(m_board->database()).conflicts();
    if (!conflicts || row < 0 || row >= conflicts->size())
        return false;
    if (Status s = TeamSync(*m_board).resolve(conflicts->at(row), mine); !s) {
        showError(this, tr("Conflict Not Settled"), s.error());
        return false;
    }
    reload();
    emit resolved();
    return true;
}

} // namespace SprintDeck

#include "core/io/importpreview.h"
#include "core/io/importpreviewbuilder.h"

#include "core/board/board.h"
#include "core/io/statuswords.h"

#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** The first column whose name contains one of the words. */
qint64 columnNamed(const Board &board, std::initializer_list<const char16_t *> words,
                   bool allowDone = false)
{
    for (const Column &c : board.columns()) {
        if (c.done && !allowDone)
            continue;
        const QString name = c.name.toLower();
        for (const char16_t *w : words)
            if (name.contains(QStringView(w)))
                return c.id;
    }
    return 0;
}

qint64 progressColumn(const Board &board)
{
    if (qint64 id = columnNamed(board, {u"progress", u"doing", u"develop", u"active", u"wip"}))
        return id;
    const QList<Column> &columns = board.columns();
    if (columns.size() > 2 && !columns.at(1).done)
        return columns.at(1).id;
    return board.firstColumnId();
}

} // namespace

qint64 ImportPreview::defaultColumn(const Board &board, const QString &status, bool *known)
{
    if (known)
        *known = true;
    const QString s = status.simplified().toLower();
    if (s.isEmpty())
        return board.firstColumnId();
    if (const Column *c = board.columnByName(s))
        return c->id;
    if (const StatusWords::Word *word = StatusWords::asStatus(s)) {
        switch (word->kind) {
        case StatusWords::Kind::Done:
            return board.firstDoneColumnId();
        case StatusWords::Kind::Review:
            if (qint64 id = columnNamed(board, {u"review", u"qa", u"test", u"verif"}))
                return id;
            return progressColumn(board);
        case StatusWords::Kind::InProgress:
        case StatusWords::Kind::Blocked:
            return progressColumn(board);
        case StatusWords::Kind::ToDo:
            return board.firstColumnId();
        }
    }
    if (known)
        *known = false;
    return board.firstColumnId();
}

int ImportPreview::count(Action action) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [action](const Item &i) { return i.action == action; }));
}

QStringList ImportPreview::warningTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_warnings.size(); ++i) {
        const ImportWarning &w = m_warnings.at(i);
        const QString &source = m_warningSources.at(i);
        if (source.isEmpty())
            texts.append(w.toString());
        else if (w.line > 0)
            texts.append(QObject::tr("%1, line %2: %3").arg(source).arg(w.line).arg(w.message));
        else
            texts.append(QObject::tr("%1: %2").arg(source, w.message));
    }
    return texts;
}

QString ImportPreview::summary() const
{
    QStringList parts;
    const int created = count(Action::Create);
    parts.append(created == 1 ? QObject::tr("1 card to create")
                              : QObject::tr("%1 cards to create").arg(created));
    parts.append(QObject::tr("%1 to update").arg(count(Action::Update)));
    parts.append(QObject::tr("%1 unchanged or skipped").arg(count(Action::Skip)));
    QString text = parts.join(u", "_s);
    if (!m_sprintsCreated.isEmpty())
        text += QObject::tr("; sprints to create: %1").arg(m_sprintsCreated.join(u", "_s));
    if (!m_sprintsUpdated.isEmpty())
        text += QObject::tr("; sprints to update: %1").arg(m_sprintsUpdated.join(u", "_s));
    if (!m_membersCreated.isEmpty())
        text += m_membersCreated.size() == 1
                    ? QObject::tr("; 1 member to add")
                    : QObject::tr("; %1 members to add").arg(m_membersCreated.size());
    if (!m_warnings.isEmpty())
        text += m_warnings.size() == 1 ? QObject::tr("; 1 warning")
                                       : QObject::tr("; %1 warnings").arg(m_warnings.size());
    return text;
}

Status ImportPreview::apply(Board &board) const
{
    if (!hasChanges())
        return {};
    return board.applyBatchAction(m_batch, m_label);
}

Result<ImportPreview> ImportPreview::build(const Board &board, const QList<ImportPlan> &plans,
                                           const ImportOptions &options)
{
    return Builder(board, plans, options).build();
}

} // namespace SprintDeck

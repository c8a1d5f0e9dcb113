#include "core/io/storytable.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

using Role = StoryTable::Role;

/** A header's words for each role, lower case; titles in three tiers, the first preferred. */
struct Names
{
    Role role;
    int tier; ///< for titles: 1 names a title, 2 a story or task, 3 a description
    QStringList words;
};

const QList<Names> &names()
{
    static const QList<Names> all = {
        {Role::Key,
         0,
         {u"id"_s, u"#"_s, u"key"_s, u"issue key"_s, u"issue id"_s, u"story id"_s, u"task id"_s,
          u"item id"_s, u"ticket"_s, u"us"_s, u"ref"_s, u"clave"_s, u"chave"_s, u"schlüssel"_s,
          u"clé"_s, u"identificador"_s, u"identifiant"_s}},
        {Role::Title,
         1,
         {u"title"_s, u"summary"_s, u"name"_s, u"story title"_s, u"task title"_s, u"titre"_s,
          u"título"_s, u"titulo"_s, u"titel"_s, u"resumen"_s, u"resumo"_s, u"résumé"_s, u"nome"_s,
          u"nombre"_s}},
        {Role::Title,
         2,
         {u"story"_s,
          u"stories"_s,
          u"user story"_s,
          u"user stories"_s,
          u"task"_s,
          u"tasks"_s,
          u"item"_s,
          u"items"_s,
          u"issue"_s,
          u"issues"_s,
          u"feature"_s,
          u"backlog item"_s,
          u"backlog-element"_s,
          u"backlog element"_s,
          u"work item"_s,
          u"aufgabe"_s,
          u"aufgaben"_s,
          u"tarea"_s,
          u"tareas"_s,
          u"tarefa"_s,
          u"tarefas"_s,
          u"historia"_s,
          u"história"_s,
          u"historia de usuario"_s,
          u"história de usuário"_s,
          u"tâche"_s,
          u"tâches"_s,
          u"funcionalidade"_s,
          u"funcionalidad"_s,
          u"fonctionnalité"_s,
          u"requirement"_s,
          u"anforderung"_s}},
        {Role::Title,
         3,
         {u"description"_s, u"us description"_s, u"descrição"_s, u"descricao"_s, u"descripción"_s,
          u"descripcion"_s, u"beschreibung"_s, u"descriptif"_s}},
        {Role::Points, 0, {u"sp"_s,           u"pts"_s,
                           u"points"_s,       u"point"_s,
                           u"story points"_s, u"story point"_s,
                           u"storypoints"_s,  u"story-points"_s,
                           u"estimate"_s,     u"estimation"_s,
                           u"est"_s,          u"size"_s,
                           u"pontos"_s,       u"pontuação"_s,
                           u"pontuacao"_s,    u"estimativa"_s,
                           u"puntos"_s,       u"estimación"_s,
                           u"estimacion"_s,   u"puntos de historia"_s,
                           u"schätzung"_s,    u"punkte"_s,
                           u"aufwand"_s,      u"coût"_s,
                           u"cout"_s,         u"points d'effort"_s,
                           u"complexité"_s,   u"difficulté"_s,
                           u"difficulte"_s}},
        {Role::Status,
         0,
         {u"status"_s, u"state"_s, u"estado"_s, u"situação"_s, u"situacao"_s, u"statut"_s,
          u"état"_s, u"etat"_s, u"zustand"_s, u"stand"_s}},
        {Role::Owner,
         0,
         {u"owner"_s,          u"assignee"_s,         u"assigned to"_s,  u"assigned"_s,
          u"responsible"_s,    u"developer"_s,        u"dev"_s,          u"who"_s,
          u"member"_s,         u"responsável"_s,      u"responsáveis"_s, u"responsavel"_s,
          u"atribuído a"_s,    u"responsable"_s,      u"asignado"_s,     u"asignado a"_s,
          u"verantwortlich"_s, u"verantwortlicher"_s, u"zuständig"_s,    u"bearbeiter"_s,
          u"assigné à"_s,      u"affecté à"_s,        u"affectée à"_s,   u"propriétaire"_s}},
        {Role::Started,
         0,
         {u"started"_s, u"start"_s, u"start date"_s, u"started on"_s, u"início"_s, u"inicio"_s,
          u"data de início"_s, u"fecha de inicio"_s, u"begonnen"_s, u"beginn"_s, u"début"_s,
          u"date de début"_s}},
        {Role::Completed,
         0,
         {u"completed"_s,
          u"completed on"_s,
          u"completion date"_s,
          u"done date"_s,
          u"date completed"_s,
          u"done on"_s,
          u"finished"_s,
          u"finished on"_s,
          u"closed"_s,
          u"resolved"_s,
          u"concluído"_s,
          u"concluído em"_s,
          u"concluido"_s,
          u"data de conclusão"_s,
          u"completado"_s,
          u"fecha de fin"_s,
          u"fecha de finalización"_s,
          u"terminado"_s,
          u"erledigt"_s,
          u"erledigt am"_s,
          u"abgeschlossen"_s,
          u"abgeschlossen am"_s,
          u"fertig am"_s,
          u"terminé"_s,
          u"terminé le"_s,
          u"date de fin"_s,
          u"done"_s}},
        {Role::Priority,
         0,
         {u"priority"_s, u"prio"_s, u"prioridade"_s, u"prioridad"_s, u"priorität"_s, u"priorité"_s,
          u"priorite"_s}},
        {Role::Sprint,
         0,
         {u"sprint"_s, u"iteration"_s, u"iteração"_s, u"iteracao"_s, u"iteración"_s, u"iteracion"_s,
          u"itération"_s}},
        {Role::Hours,
         0,
         {u"hours"_s, u"estimated hours"_s, u"actual hours"_s, u"hours spent"_s, u"horas"_s,
          u"horas estimadas"_s, u"horas reales"_s, u"horas gastas"_s, u"stunden"_s,
          u"geschätzte stunden"_s, u"heures"_s, u"heures estimées"_s, u"heures réelles"_s}},
    };
    return all;
}

/** A column that makes a table one of actions, risks, blockers or people, whatever else it holds.
 */
bool namesOtherThings(const QString &header)
{
    static const QRegularExpression other(
        uR"(^(action|actions|action items?|risks?|impediments?|impedimentos?|blockers?|risques?|risikos?|risiken|role|roles|função|papel|rol|rolle|rôle)$)"_s);
    return other.match(header).hasMatch();
}

/** The header's words: lower case, without markers, emphasis and closing punctuation. */
QString headerWords(QStringView text)
{
    QString h = TextScan::withoutMarkers(text).toLower();
    h.remove(u'*');
    h.remove(u'_');
    h.remove(u'\\');
    while (h.endsWith(u':') || h.endsWith(u'?') || h.endsWith(u'.'))
        h.chop(1);
    return h.simplified();
}

const Names *namesOf(QStringView header)
{
    const QString h = headerWords(header);
    for (const Names &n : names())
        if (n.words.contains(h))
            return &n;
    // "Schätzung (Story Points)", "Tasks (SCRUM-*)": the words before the brackets, else in them.
    static const QRegularExpression brackets(uR"(^(.*?)\s*\((.*)\)$)"_s);
    const auto m = brackets.match(h);
    if (!m.hasMatch())
        return nullptr;
    for (int part : {1, 2})
        for (const Names &n : names())
            if (n.words.contains(m.captured(part).simplified()))
                return &n;
    return nullptr;
}

/** A cell's text without markers, emphasis and the brackets a template leaves ("[Done]"). */
QString cellText(QStringView cell)
{
    QString t = TextScan::withoutMarkers(cell);
    t.remove(u'*');
    t.remove(u'\\');
    t = t.trimmed();
    while (t.size() >= 2 && t.front() == u'[' && t.back() == u']')
        t = t.sliced(1, t.size() - 2).trimmed();
    return t;
}

bool isEmptyCell(const QString &text)
{
    static const QStringList none = {u"-"_s,   u"—"_s,          u"–"_s,      u"n/a"_s, u"na"_s,
                                     u"tbd"_s, u"unassigned"_s, u"none"_s,   u"..."_s, u"…"_s,
                                     u"?"_s,   u"nenhum"_s,     u"ninguno"_s};
    return text.isEmpty() || none.contains(text.toLower());
}

bool isTotal(const QString &text)
{
    static const QRegularExpression total(uR"(^(total|totals|gesamt|summe|sum|totaux)\b)"_s,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
    return total.match(text).hasMatch();
}

/** The first person of an owner cell ("Ana + Rui", "Mirhan & Lukas", "@maya"). */
QString firstPerson(const QString &cell)
{
    static const QRegularExpression separators(
        uR"(\s*(?:[,;&+/]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QString person = cell.split(separators, Qt::SkipEmptyParts).value(0).trimmed();
    while (person.endsWith(u'.') || person.endsWith(u';'))
        person.chop(1);
    if (person.startsWith(u'@'))
        person.remove(0, 1);
    return isEmptyCell(person) ? QString() : person;
}

/** Points as a cell gives them; "S", "M", "L" and hours are no points. */
std::optional<double> pointsOf(const QString &cell)
{
    static const QRegularExpression number(uR"(^~?\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z]*)\b)"_s);
    const auto m = number.match(cell);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    if (unit == u"h" || unit.startsWith(u"hour"_s) || unit == u"d" || unit.startsWith(u"day"_s))
        return std::nullopt;
    return TextScan::parseNumber(m.captured(1));
}

/** A date, or a day of the sprint ("Day 2"), which the planner places. */
bool isDay(const QString &text)
{
    static const QRegularExpression dayNumber(uR"(^(?:Day|Dia|Día|Tag|Jour)\s+\d{1,3}\b)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    return TextScan::dateIn(text) || dayNumber.match(text).hasMatch();
}

/** A done column holding a mark instead of a date ("✅", "yes", ":white_check_mark:"). */
std::optional<bool> doneMark(QStringView cell)
{
    static const QStringList yes = {u"yes"_s,
                                    u"y"_s,
                                    u"x"_s,
                                    u"sim"_s,
                                    u"sí"_s,
                                    u"si"_s,
                                    u"ja"_s,
                                    u"oui"_s,
                                    u"true"_s,
                                    u":white_check_mark:"_s,
                                    u":heavy_check_mark:"_s};
    static const QStringList no = {u"no"_s,   u"n"_s,   u"não"_s,   u"nao"_s,
                                   u"nein"_s, u"non"_s, u"false"_s, u":x:"_s};
    const QString t = cellText(cell).toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    const QString status = TextScan::statusOf(cell);
    if (status == TextScan::done())
        return true;
    if (status == TextScan::toDo())
        return false;
    return std::nullopt;
}

/** A cell of a column that gives a story's detail, read into the row. */
void readCell(Role role, const QString &cell, StoryTable::Row &row)
{
    const QString text = cellText(cell);
    if (isEmptyCell(text))
        return;
    TextScan::Story &s = row.story;
    switch (role) {
    case Role::Points:
        if (const auto p = pointsOf(text))
            s.points = p;
        return;
    case Role::Status:
        s.status = TextScan::statusOf(cell, &s.blocked);
        row.ownStatus = !s.status.isEmpty() || s.blocked;
        row.deferred = TextScan::deferredIn(text);
        return;
    case Role::Owner:
        if (const QString person = firstPerson(text); !person.isEmpty())
            row.fields.append({u"assignee"_s, person});
        return;
    case Role::Started:
        row.fields.append({u"started"_s, text});
        return;
    case Role::Completed:
        if (isDay(text)) {
            row.fields.append({u"completed"_s, text});
        } else if (const auto done = doneMark(cell); done && s.status.isEmpty()) {
            s.status = *done ? TextScan::done() : TextScan::toDo();
            row.ownStatus = true;
        }
        return;
    case Role::Priority:
        row.fields.append({u"priority"_s, text});
        return;
    case Role::Sprint:
        row.fields.append({u"sprint"_s, text});
        return;
    default:
        return;
    }
}

/**
 * "US06: Visualizar detalhes", "US 4 (Backend)", "User Story 3", "002-001 RSpec Setup": a cell
 * that opens with a key names the story's key, and whatever follows the key is its title; false
 * when the cell opens with no key (or with another than the row's key column gives).
 */
bool readKeyFirst(const QString &text, TextScan::Story &s)
{
    static const QRegularExpression keyFirst(
        uR"(^((?:User\s+)?[A-Za-z]{1,10}[-_# ]?\d{1,7}(?:\.\d+)*)(?:\s*[:\-–—]\s+(.+)|)"
        uR"(\s*\((.+)\))?$|^(\d{1,4}-\d{1,4})\s+(.+)$)"_s);
    const auto m = keyFirst.match(text);
    // "002-001 RSpec Setup": a key of numbers needs no separator.
    const int part = m.hasCaptured(4) ? 4 : 1;
    const QString key = m.hasMatch() ? TextScan::keyOf(m.captured(part)) : QString();
    if (key.isEmpty() || (!s.key.isEmpty() && s.key != key))
        return false;
    s.key = key;
    const QString rest = part == 4          ? m.captured(5)
                         : m.hasCaptured(2) ? m.captured(2)
                                            : m.captured(3);
    s.title = rest.isEmpty() ? QString() : TextScan::titleOf(rest);
    if (m.captured(part).compare(key, Qt::CaseInsensitive) != 0)
        s.keyText = m.captured(part).simplified();
    return true;
}

} // namespace

bool StoryTable::isCardField(QStringView name)
{
    const Role role = roleOf(name);
    // "**Sprint:** 5" under a story heading still names the document's sprint; hours set nothing.
    return role != Role::None && role != Role::Key && role != Role::Title && role != Role::Sprint &&
           role != Role::Hours;
}

bool StoryTable::isDateField(QStringView name)
{
    const Role role = roleOf(name);
    return role == Role::Started || role == Role::Completed;
}

bool StoryTable::readField(QStringView name, const QString &value, Row &row)
{
    if (!isCardField(name))
        return false;
    readCell(roleOf(name), value, row);
    return true;
}

StoryTable::Role StoryTable::roleOf(QStringView header)
{
    const Names *n = namesOf(header);
    return n ? n->role : Role::None;
}

std::optional<StoryTable> StoryTable::read(const QList<QStringList> &rows)
{
    if (rows.size() < 2)
        return std::nullopt;
    const QStringList &header = rows.first();
    StoryTable table;
    int titleCol = -1, titleTier = 99, keyCol = -1;
    bool storyColumn = false, taskColumn = false;
    bool details = false; // points, status, owner or dates
    for (int c = 0; c < header.size(); ++c) {
        if (namesOtherThings(headerWords(header.at(c))))
            return std::nullopt;
        const Names *n = namesOf(header.at(c));
        Role role = n ? n->role : Role::None;
        if (role == Role::Title || role == Role::Key) {
            // A column named as a title that holds keys ("Story: SCORE-001") is the key column.
            int cells = 0, keys = 0;
            for (int r = 1; r < rows.size(); ++r) {
                const QString cell = rows.at(r).value(c);
                if (cellText(cell).isEmpty() || isTotal(cell))
                    continue;
                ++cells;
                keys += TextScan::keyOf(cell).isEmpty() ? 0 : 1;
            }
            if (role == Role::Title && keyCol < 0 && cells > 0 && keys * 2 >= cells)
                role = Role::Key;
        }
        if (role == Role::Key && keyCol >= 0)
            role = Role::None;
        if (role == Role::Key)
            keyCol = c;
        if (role == Role::Title) {
            const QString h = headerWords(header.at(c));
            storyColumn = storyColumn || h.contains(u"stor"_s) || h.contains(u"histor"_s);
            taskColumn = taskColumn || h.startsWith(u"task"_s) || h.startsWith(u"tarea"_s) ||
                         h.startsWith(u"tarefa"_s) || h.startsWith(u"aufgabe"_s) ||
                         h.startsWith(u"tâche"_s);
            if (n->tier < titleTier) {
                if (titleCol >= 0)
                    table.m_roles[titleCol] = Role::None;
                titleCol = c;
                titleTier = n->tier;
            } else {
                role = Role::None;
            }
        }
        details = details || (role != Role::None && role != Role::Title && role != Role::Key &&
                              role != Role::Priority && role != Role::Sprint);
        table.m_roles.append(role);
    }
    // A task breakdown ("User Story | Task | Status") lists the parts of stories, not stories.
    if (storyColumn && taskColumn)
        return std::nullopt;
    if (!details || (keyCol < 0 && (titleCol < 0 || titleTier > 2)))
        return std::nullopt;
    return table;
}

std::optional<double> StoryTable::total(const QStringList &cells) const
{
    bool isTotalRow = false;
    std::optional<double> points;
    for (int c = 0; c < m_roles.size() && c < cells.size(); ++c) {
        const QString text = cellText(cells.at(c));
        if (m_roles.at(c) == Role::Key || m_roles.at(c) == Role::Title)
            isTotalRow = isTotalRow || isTotal(text);
        else if (m_roles.at(c) == Role::Points)
            points = pointsOf(text);
    }
    // "| **Total** | | | **22** |": the label may stand in a column of no role.
    if (!isTotalRow && !cells.isEmpty())
        isTotalRow = isTotal(cellText(cells.first()));
    return isTotalRow ? points : std::nullopt;
}

std::optional<StoryTable::Row> StoryTable::row(const QStringList &cells) const
{
    Row row;
    TextScan::Story &s = row.story;
    for (int c = 0; c < m_roles.size() && c < cells.size(); ++c) {
        const QString &cell = cells.at(c);
        const QString text = cellText(cell);
        if (isEmptyCell(text))
            continue;
        switch (m_roles.at(c)) {
        case Role::Key:
            s.key = TextScan::keyOf(cell);
            if (s.key.isEmpty() && !isTotal(text)) {
                // A bare issue number is a key ("#42"); "US-4 (Backend)" a key and a title;
                // anything else is the title.
                static const QRegularExpression number(uR"(^#?(\d{1,7}(?:\.\d+)*)$)"_s);
                if (const auto m = number.match(text); m.hasMatch())
                    s.key = m.captured(1).contains(u'.') ? m.captured(1) : u'#' + m.captured(1);
                else if (!readKeyFirst(text, s) && s.title.isEmpty())
                    s.title = TextScan::titleOf(text);
            } else if (isTotal(text)) {
                return std::nullopt;
            } else if (text.compare(s.key, Qt::CaseInsensitive) != 0) {
                s.keyText = text;
            }
            break;
        case Role::Title:
            if (isTotal(text))
                return std::nullopt;
            if (!readKeyFirst(text, s))
                s.title = TextScan::titleOf(text);
            break;
        case Role::Points:
        case Role::Status:
        case Role::Owner:
        case Role::Started:
        case Role::Completed:
        case Role::Priority:
        case Role::Sprint:
            readCell(m_roles.at(c), cell, row);
            break;
        case Role::Hours: // hours are no points: the card keeps none
        case Role::None:
            break;
        }
    }
    if (s.key.isEmpty() && s.title.isEmpty())
        return std::nullopt;
    // "(and so on…)", "...": a template's leftovers name nothing.
    if (s.key.isEmpty() &&
        std::none_of(s.title.begin(), s.title.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return std::nullopt;
    return row;
}

} // namespace SprintDeck

#include "core/io/jiracolumns.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** The fields of an issue the importer reads. */
enum class Field
{
    Key,
    Summary,
    Status,
    StatusCategory,
    CategoryChanged,
    Priority,
    Type,
    Assignee,
    Points,
    Description,
    Created,
    Updated,
    Resolved,
    Resolution,
    Flagged,
    BlockedReason,
    SprintStart,
    SprintEnd,
    Sprint,
    Labels
};

/**
 * The column names of each field, in lower case, as Jira writes them in the languages it
 * offers (English, Spanish, Portuguese, German, French; older and newer Jira versions differ)
 * and as SprintDeck's own export writes them. Custom fields come without their "Custom field
 * (...)" wrapper, which the header reader takes off in every language.
 */
const QHash<QString, Field> &fieldNames()
{
    struct Name
    {
        Field field;
        const char16_t *name;
    };
    static constexpr Name kNames[] = {
        {Field::Key, u"issue key"},
        {Field::Key, u"key"},
        {Field::Key, u"clave de incidencia"},
        {Field::Key, u"clave"},
        {Field::Key, u"chave"},
        {Field::Key, u"chave do item"},
        {Field::Key, u"chave da item"},
        {Field::Key, u"chave do ticket"},
        {Field::Key, u"schlüssel"},
        {Field::Key, u"vorgangsschlüssel"},
        {Field::Key, u"clé"},
        {Field::Key, u"clé de ticket"},
        {Field::Key, u"clé du ticket"},
        {Field::Key, u"clé de demande"},
        {Field::Summary, u"summary"},
        {Field::Summary, u"title"},
        {Field::Summary, u"resumen"},
        {Field::Summary, u"resumo"},
        {Field::Summary, u"zusammenfassung"},
        {Field::Summary, u"résumé"},
        {Field::Status, u"status"},
        {Field::Status, u"estado"},
        {Field::Status, u"état"},
        {Field::Status, u"statut"},
        {Field::StatusCategory, u"status category"},
        {Field::StatusCategory, u"categoría de estado"},
        {Field::StatusCategory, u"categoria de status"},
        {Field::StatusCategory, u"categoria do status"},
        {Field::StatusCategory, u"statuskategorie"},
        {Field::StatusCategory, u"catégorie de statut"},
        {Field::StatusCategory, u"catégorie d'état"},
        {Field::StatusCategory, u"catégorie d’état"},
        {Field::CategoryChanged, u"status category changed"},
        {Field::CategoryChanged, u"categoría de estado cambiada"},
        {Field::CategoryChanged, u"catégorie d'état modifiée"},
        {Field::CategoryChanged, u"catégorie d’état modifiée"},
        {Field::Priority, u"priority"},
        {Field::Priority, u"prioridad"},
        {Field::Priority, u"prioridade"},
        {Field::Priority, u"priorität"},
        {Field::Priority, u"priorité"},
        {Field::Type, u"issue type"},
        {Field::Type, u"issuetype"},
        {Field::Type, u"type"},
        {Field::Type, u"tipo de incidencia"},
        {Field::Type, u"tipo de item"},
        {Field::Type, u"tipo do item"},
        {Field::Type, u"tipo de ticket"},
        {Field::Type, u"vorgangstyp"},
        {Field::Type, u"type de ticket"},
        {Field::Type, u"type de demande"},
        {Field::Assignee, u"assignee"},
        {Field::Assignee, u"responsable"},
        {Field::Assignee, u"persona asignada"},
        {Field::Assignee, u"responsável"},
        {Field::Assignee, u"bearbeiter"},
        {Field::Assignee, u"zugewiesene person"},
        {Field::Assignee, u"personne assignée"},
        {Field::Points, u"story points"},
        {Field::Points, u"story point estimate"},
        {Field::Points, u"points"},
        {Field::Points, u"puntos de historia"},
        {Field::Points, u"estimación de puntos de historia"},
        {Field::Points, u"pontos de história"},
        {Field::Points, u"estimativa de pontos de história"},
        {Field::Points, u"story-points"},
        {Field::Points, u"points d'histoire"},
        {Field::Description, u"description"},
        {Field::Description, u"descripción"},
        {Field::Description, u"descrição"},
        {Field::Description, u"beschreibung"},
        {Field::Created, u"created"},
        {Field::Created, u"creada"},
        {Field::Created, u"creado"},
        {Field::Created, u"criado"},
        {Field::Created, u"criada"},
        {Field::Created, u"erstellt"},
        {Field::Created, u"création"},
        {Field::Created, u"créé"},
        {Field::Created, u"créée"},
        {Field::Updated, u"updated"},
        {Field::Updated, u"actualizada"},
        {Field::Updated, u"actualizado"},
        {Field::Updated, u"atualizado"},
        {Field::Updated, u"atualizada"},
        {Field::Updated, u"aktualisiert"},
        {Field::Updated, u"mise à jour"},
        {Field::Updated, u"mis à jour"},
        {Field::Resolved, u"resolved"},
        {Field::Resolved, u"resolution date"},
        {Field::Resolved, u"resuelta"},
        {Field::Resolved, u"resuelto"},
        {Field::Resolved, u"resolvido"},
        {Field::Resolved, u"resolvida"},
        {Field::Resolved, u"gelöst"},
        {Field::Resolved, u"erledigt"},
        {Field::Resolved, u"résolu"},
        {Field::Resolved, u"résolue"},
        {Field::Resolved, u"date de résolution"},
        {Field::Resolution, u"resolution"},
        {Field::Resolution, u"resolución"},
        {Field::Resolution, u"resolução"},
        {Field::Resolution, u"lösung"},
        {Field::Resolution, u"résolution"},
        {Field::Flagged, u"flagged"},
        {Field::Flagged, u"markiert"},
        {Field::Flagged, u"marqué"},
        {Field::BlockedReason, u"blocked reason"},
        {Field::SprintStart, u"sprint start"},
        {Field::SprintEnd, u"sprint end"},
        {Field::Sprint, u"sprint"},
        {Field::Labels, u"labels"},
        {Field::Labels, u"label"},
        {Field::Labels, u"etiquetas"},
        {Field::Labels, u"rótulos"},
        {Field::Labels, u"stichwörter"},
        {Field::Labels, u"étiquettes"},
    };
    static const QHash<QString, Field> names = [] {
        QHash<QString, Field> out;
        for (const Name &n : kNames)
            out.insert(QString::fromUtf16(n.name), n.field);
        return out;
    }();
    return names;
}

/**
 * A header cell as fieldNames() knows it: lower case, without Jira's custom field wrapper
 * ("Custom field (Story Points)", "Campo personalizado (...)", "Benutzerdefiniertes Feld (...)",
 * "Champs personnalisés (...)", as French Jira writes it, or "Champ personnalisé") or the
 * placeholder form of a field ("${field_Story_Points}").
 */
QString headerName(const QString &cell)
{
    static const QRegularExpression wrapped(
        uR"(^(?:custom field|campo personalizado|benutzerdefiniertes feld|champs? personnalisés?)\s*\((.*)\)$)"_s);
    static const QRegularExpression placeholder(uR"(^\$\{(?:field_|customfield_)?(.*)\}$)"_s);
    QString h = cell.simplified().toLower();
    if (const auto m = wrapped.match(h); m.hasMatch())
        h = m.captured(1).simplified();
    else if (const auto p = placeholder.match(h); p.hasMatch())
        h = p.captured(1).replace(u'_', u' ').simplified();
    return h;
}

/** The index of a field that has one column. */
int &slotOf(JiraColumns &c, Field field)
{
    switch (field) {
    case Field::Key:
        return c.key;
    case Field::Summary:
        return c.summary;
    case Field::Status:
        return c.status;
    case Field::StatusCategory:
        return c.category;
    case Field::CategoryChanged:
        return c.categoryChanged;
    case Field::Priority:
        return c.priority;
    case Field::Type:
        return c.type;
    case Field::Assignee:
        return c.assignee;
    case Field::Points:
        return c.points;
    case Field::Description:
        return c.description;
    case Field::Created:
        return c.created;
    case Field::Updated:
        return c.updated;
    case Field::Resolved:
        return c.resolved;
    case Field::Resolution:
        return c.resolution;
    case Field::Flagged:
        return c.flagged;
    case Field::BlockedReason:
        return c.blockedReason;
    case Field::SprintStart:
        return c.sprintStart;
    case Field::SprintEnd:
        return c.sprintEnd;
    case Field::Sprint:
    case Field::Labels:
        break;
    }
    Q_UNREACHABLE();
}

} // namespace

JiraColumns JiraColumns::from(const QStringList &header)
{
    JiraColumns c;
    for (int i = 0; i < header.size(); ++i) {
        const auto field = fieldNames().constFind(headerName(header.at(i)));
        if (field == fieldNames().cend())
            c.unused.append(header.at(i).trimmed());
        else if (*field == Field::Sprint)
            c.sprints.append(i);
        else if (*field == Field::Labels)
            c.labels.append(i);
        else if (int &slot = slotOf(c, *field); slot < 0)
            slot = i;
    }
    return c;
}

} // namespace SprintDeck

#pragma once

#include <QStringView>

#include <algorithm>
#include <array>
#include <cstddef>

namespace SprintDeck {

/**
 * The words that name a card's status, in one list for the two places that read them:
 * TextScan finds them in a document's prose ("Login page - **COMPLETED**"), and
 * ImportPreview maps a status written on its own (a Jira "Status" cell) to a column
 * when the import's options do not. Most words serve both; some only one, because
 * they read differently in prose ("active", "new", "ready" are common words) or
 * appear only as a tracker's status ("won't fix"). Words are lower case; letters beyond
 * ASCII are compared by their lower case, as the pattern of the words does.
 */
namespace StatusWords {

/** What a word says; in the order of the board's default columns, then blocked. */
enum class Kind
{
    ToDo,
    InProgress,
    Review,
    Done,
    Blocked ///< a card held up; its column is the one for work in progress
};

enum Use
{
    InText = 1,   ///< TextScan::statusIn reads it in prose
    AsStatus = 2, ///< ImportPreview::defaultColumn maps it as a whole status
    Both = InText | AsStatus
};

struct Word
{
    QStringView word; ///< lower case
    Kind kind = Kind::ToDo;
    int use = Both;
};

/**
 * Every word. At one place in a text, TextScan takes the first word of this order that
 * matches there, so of two words starting alike the longer comes first.
 */
inline constexpr Word kAll[] = {
    {u"completed", Kind::Done},
    {u"complete", Kind::Done},
    {u"done", Kind::Done},
    {u"finished", Kind::Done},
    {u"resolved", Kind::Done},
    {u"closed", Kind::Done},
    {u"delivered", Kind::Done},
    {u"merged", Kind::Done},
    {u"released", Kind::Done, AsStatus},
    {u"deployed", Kind::Done, AsStatus},
    {u"accepted", Kind::Done, AsStatus},
    {u"won't do", Kind::Done, AsStatus},
    {u"won't fix", Kind::Done, AsStatus},
    {u"cancelled", Kind::Done, AsStatus},
    {u"canceled", Kind::Done, AsStatus},
    {u"rejected", Kind::Done, AsStatus},
    {u"duplicate", Kind::Done, AsStatus},
    {u"in progress", Kind::InProgress}, // in prose also "in-progress"
    {u"in-progress", Kind::InProgress, AsStatus},
    {u"ongoing", Kind::InProgress},
    {u"underway", Kind::InProgress, InText},
    {u"started", Kind::InProgress},
    {u"wip", Kind::InProgress},
    {u"in development", Kind::InProgress},
    {u"development", Kind::InProgress, AsStatus},
    {u"doing", Kind::InProgress},
    {u"active", Kind::InProgress, AsStatus},
    {u"implementing", Kind::InProgress, AsStatus},
    {u"in review", Kind::Review},
    {u"code review", Kind::Review},
    {u"review", Kind::Review},
    {u"in qa", Kind::Review},
    {u"qa", Kind::Review, AsStatus},
    {u"testing", Kind::Review, AsStatus},
    {u"in testing", Kind::Review, AsStatus},
    {u"ready for review", Kind::Review, AsStatus},
    {u"ready for qa", Kind::Review, AsStatus},
    {u"verify", Kind::Review, AsStatus},
    {u"verification", Kind::Review, AsStatus},
    {u"under review", Kind::Review, AsStatus},
    {u"peer review", Kind::Review, AsStatus},
    {u"not started", Kind::ToDo},
    {u"to do", Kind::ToDo},
    {u"todo", Kind::ToDo},
    {u"planned", Kind::ToDo},
    {u"pending", Kind::ToDo},
    {u"open", Kind::ToDo},
    {u"new", Kind::ToDo, AsStatus},
    {u"backlog", Kind::ToDo, AsStatus},
    {u"selected for development", Kind::ToDo, AsStatus},
    {u"ready", Kind::ToDo, AsStatus},
    {u"reopened", Kind::ToDo, AsStatus},
    {u"ready for development", Kind::ToDo, AsStatus},
    {u"blocked", Kind::Blocked},
    {u"on hold", Kind::Blocked},
    {u"impeded", Kind::Blocked, AsStatus},
    // Jira's own statuses and status categories in the languages it offers (Spanish,
    // Portuguese, German, French), as a Jira CSV export writes them: whole statuses, and in
    // prose those that documents in these languages use as statuses.
    {u"por hacer", Kind::ToDo, AsStatus},
    {u"tareas por hacer", Kind::ToDo, AsStatus},
    {u"abierta", Kind::ToDo, AsStatus},
    {u"abierto", Kind::ToDo, AsStatus},
    {u"reabierta", Kind::ToDo, AsStatus},
    {u"en curso", Kind::InProgress},
    {u"en progreso", Kind::InProgress},
    {u"en revisión", Kind::Review},
    {u"listo", Kind::Done, AsStatus},
    {u"lista", Kind::Done, AsStatus},
    {u"finalizado", Kind::Done},
    {u"finalizada", Kind::Done},
    {u"resuelta", Kind::Done, AsStatus},
    {u"cerrada", Kind::Done, AsStatus},
    {u"bloqueado", Kind::Blocked},
    {u"bloqueada", Kind::Blocked},
    {u"a fazer", Kind::ToDo, AsStatus},
    {u"itens pendentes", Kind::ToDo, AsStatus},
    {u"aberto", Kind::ToDo, AsStatus},
    {u"reaberto", Kind::ToDo, AsStatus},
    {u"em andamento", Kind::InProgress},
    {u"em progresso", Kind::InProgress},
    {u"em revisão", Kind::Review},
    {u"concluído", Kind::Done},
    {u"concluída", Kind::Done},
    {u"itens concluídos", Kind::Done, AsStatus},
    {u"resolvido", Kind::Done, AsStatus},
    {u"fechado", Kind::Done, AsStatus},
    {u"zu erledigen", Kind::ToDo, AsStatus},
    {u"offen", Kind::ToDo, AsStatus},
    {u"wieder geöffnet", Kind::ToDo, AsStatus},
    {u"in arbeit", Kind::InProgress},
    {u"in prüfung", Kind::Review},
    {u"fertig", Kind::Done},
    {u"erledigt", Kind::Done},
    {u"gelöst", Kind::Done, AsStatus},
    {u"geschlossen", Kind::Done, AsStatus},
    {u"blockiert", Kind::Blocked},
    {u"à faire", Kind::ToDo, AsStatus},
    {u"a faire", Kind::ToDo, AsStatus}, // a French status category, written without its accent
    {u"ouvert", Kind::ToDo, AsStatus},
    {u"ouverte", Kind::ToDo, AsStatus},
    {u"réouvert", Kind::ToDo, AsStatus},
    {u"en cours", Kind::InProgress},
    {u"en revue", Kind::Review, AsStatus},
    {u"terminé", Kind::Done},
    {u"terminée", Kind::Done},
    {u"terminé(e)", Kind::Done, AsStatus},
    {u"résolu", Kind::Done, AsStatus},
    {u"résolue", Kind::Done, AsStatus},
    {u"fermé", Kind::Done, AsStatus},
    {u"fermée", Kind::Done, AsStatus},
    {u"bloqué", Kind::Blocked},
    {u"bloquée", Kind::Blocked},
    // Words teams write in their own documents (English, Portuguese, Spanish, German, French);
    // read in prose too where they have no everyday sense.
    {u"implemented", Kind::Done},
    {u"concluido", Kind::Done},
    {u"concluida", Kind::Done},
    {u"feito", Kind::Done, AsStatus},
    {u"pronto", Kind::Done, AsStatus},
    {u"hecho", Kind::Done, AsStatus},
    {u"terminado", Kind::Done},
    {u"terminada", Kind::Done},
    {u"completado", Kind::Done},
    {u"completada", Kind::Done},
    {u"abgeschlossen", Kind::Done},
    {u"achevé", Kind::Done},
    {u"fait", Kind::Done, AsStatus},
    {u"fermee", Kind::Done, AsStatus},
    {u"vollendet", Kind::Done, AsStatus},
    {u"fazendo", Kind::InProgress, AsStatus},
    {u"haciendo", Kind::InProgress, AsStatus},
    {u"in bearbeitung", Kind::InProgress},
    {u"laufend", Kind::InProgress, AsStatus},
    {u"en révision", Kind::Review},
    {u"not done", Kind::ToDo}, // a phrase of its own, not "done"
    {u"not completed", Kind::ToDo},
    {u"incomplete", Kind::ToDo, AsStatus},
    {u"pendente", Kind::ToDo},
    {u"não iniciado", Kind::ToDo},
    {u"pendiente", Kind::ToDo},
    {u"no iniciado", Kind::ToDo},
    {u"nicht begonnen", Kind::ToDo},
    {u"planifiée", Kind::ToDo, AsStatus},
    {u"planifiee", Kind::ToDo, AsStatus},
    {u"reportée", Kind::ToDo, AsStatus}, // postponed
    {u"to-do", Kind::ToDo, AsStatus},
    {u"non commencé", Kind::ToDo},
    {u"stand-by", Kind::Blocked, AsStatus},
    {u"standby", Kind::Blocked, AsStatus},
};

/** The words of one use, in the order of kAll. */
template<Use U> constexpr auto wordsFor()
{
    constexpr std::size_t n = std::count_if(std::begin(kAll), std::end(kAll),
                                            [](const Word &w) { return (w.use & U) != 0; });
    std::array<Word, n> out{};
    std::copy_if(std::begin(kAll), std::end(kAll), out.begin(),
                 [](const Word &w) { return (w.use & U) != 0; });
    return out;
}

/** The kind of a whole status (lower case, simplified), if it is one of the words. */
inline const Word *asStatus(QStringView status)
{
    for (const Word &w : kAll)
        if ((w.use & AsStatus) && w.word == status)
            return &w;
    return nullptr;
}

} // namespace StatusWords

} // namespace SprintDeck

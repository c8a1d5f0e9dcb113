#pragma once

#include "core/slides/deck.h"
#include "core/slides/slidetheme.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace SprintDeck {

class Database;

/**
 * What the lead writes on a sprint for its review: the retrospective (went
 * well, challenges, learnings, improvements) and the plan for the next sprint.
 * Each field is free text; every non-empty line is one bullet on the slides.
 */
struct ReviewNotes
{
    enum class Field
    {
        WentWell,
        Challenges,
        Learnings,
        Improvements,
        NextSprint
    };

    qint64 sprintId = 0;
    QString wentWell;
    QString challenges;
    QString learnings;
    QString improvements;
    QString nextSprint;
    QDateTime updatedAt; ///< UTC; invalid when never saved

    static QList<Field> fields();
    /** "went-well", "challenges", … as the command line and JSON name them. */
    static QString fieldName(Field field);
    /** "What went well", … as the slides and the editor show them. */
    static QString fieldTitle(Field field);
    QString value(Field field) const;
    void setValue(Field field, const QString &text);

    bool isEmpty() const;
    /** The bullets of a field: its non-empty lines without list markers ("- ", "* ", "1. "). */
    QStringList items(Field field) const;

    /**
     * Reads the notes from a markdown report in the shape of a sprint
     * completion report: headings such as "What Went Well", "Challenges",
     * "Key Learnings", "Improvements for Next Sprint" and "Next Steps" /
     * "Next Sprint", each followed by a list. Fields without a heading stay empty.
     */
    static ReviewNotes fromMarkdown(const QString &markdown);

    bool operator==(const ReviewNotes &) const = default;
};

/** Deck settings remembered for the board: sections, theme and accent. */
struct DeckSettings
{
    QList<DeckSection> sections = defaultDeckSections();
    bool dark = false;
    QColor accent = SlideTheme::defaultAccent();

    SlideTheme theme() const { return SlideTheme(dark, accent); }
};

/**
 * Reads and writes review notes (one row per sprint, removed with the sprint)
 * and the deck settings of a board.
 */
class ReviewNotesStore
{
public:
    explicit ReviewNotesStore(Database &db)
        : m_db(db)
    {}

    /** The notes of a sprint; empty notes (sprintId set) when none were written. */
    Result<ReviewNotes> load(qint64 sprintId);
    /** Saves the notes of notes.sprintId in one transaction, stamping updatedAt. */
    Status save(ReviewNotes &notes, const QDateTime &now = QDateTime::currentDateTimeUtc());

    DeckSettings loadSettings();
    Status saveSettings(const DeckSettings &settings);

private:
    Database &m_db;
};

} // namespace SprintDeck

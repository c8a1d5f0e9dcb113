#include "core/slides/reviewnotes.h"
#include "core/storage/database.h"
#include "core/storage/reviewstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SprintDeck::ReviewNotes", text);
}

} // namespace

QList<ReviewNotes::Field> ReviewNotes::fields()
{
    return {Field::WentWell, Field::Challenges, Field::Learnings, Field::Improvements,
            Field::NextSprint};
}

QString ReviewNotes::fieldName(Field field)
{
    switch (field) {
    case Field::WentWell:
        return u"went-well"_s;
    case Field::Challenges:
        return u"challenges"_s;
    case Field::Learnings:
        return u"learnings"_s;
    case Field::Improvements:
        return u"improvements"_s;
    case Field::NextSprint:
        return u"next-sprint"_s;
    }
    return {};
}

QString ReviewNotes::fieldTitle(Field field)
{
    switch (field) {
    case Field::WentWell:
        return tr("What went well");
    case Field::Challenges:
        return tr("Challenges");
    case Field::Learnings:
        return tr("Learnings");
    case Field::Improvements:
        return tr("Improvements");
    case Field::NextSprint:
        return tr("Next sprint");
    }
    return {};
}

QString ReviewNotes::value(Field field) const
{
    switch (field) {
    case Field::WentWell:
        return wentWell;
    case Field::Challenges:
        return challenges;
    case Field::Learnings:
        return learnings;
    case Field::Improvements:
        return improvements;
    case Field::NextSprint:
        return nextSprint;
    }
    return {};
}

void ReviewNotes::setValue(Field field, const QString &text)
{
    switch (field) {
    case Field::WentWell:
        wentWell = text;
        break;
    case Field::Challenges:
        challenges = text;
        break;
    case Field::Learnings:
        learnings = text;
        break;
    case Field::Improvements:
        improvements = text;
        break;
    case Field::NextSprint:
        nextSprint = text;
        break;
    }
}

bool ReviewNotes::isEmpty() const
{
    for (Field f : fields())
        if (!value(f).trimmed().isEmpty())
            return false;
    return true;
}

QStringList ReviewNotes::items(Field field) const
{
    static const QRegularExpression marker(uR"(^\s*(?:[-*+\x{2022}]|\d+[.)])\s+)"_s);
    QStringList result;
    for (QString line : value(field).split(u'\n')) {
        line.remove(marker);
        line = line.trimmed();
        // Emoji check marks and bold markers of pasted reports add nothing on a slide.
        line.remove(u"**"_s);
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

ReviewNotes ReviewNotes::fromMarkdown(const QString &markdown)
{
    static const QRegularExpression heading(uR"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)"_s);
    ReviewNotes notes;
    std::optional<Field> current;
    int currentLevel = 0;
    QStringList lines;
    auto flush = [&] {
        if (current && notes.value(*current).isEmpty())
            notes.setValue(*current, lines.join(u'\n').trimmed());
        lines.clear();
    };
    for (const QString &line : markdown.split(u'\n')) {
        const auto match = heading.match(line);
        if (match.hasMatch()) {
            const int level = int(match.captured(1).size());
            const QString title = match.captured(2).toLower();
            std::optional<Field> field;
            if (title.contains(u"went well"_s))
                field = Field::WentWell;
            else if (title.contains(u"challenge"_s) || title.contains(u"went wrong"_s) ||
                     title.contains(u"didn't go"_s))
                field = Field::Challenges;
            else if (title.contains(u"learning"_s) || title.contains(u"lessons"_s))
                field = Field::Learnings;
            else if (title.contains(u"improvement"_s) || title.contains(u"action items"_s))
                field = Field::Improvements;
            else if (title.contains(u"next step"_s) || title.contains(u"next sprint"_s) ||
                     title.contains(u"sprint planning"_s))
                field = Field::NextSprint;
            if (field || !current || level <= currentLevel) {
                flush();
                current = field;
                currentLevel = level;
                continue;
            }
            // A sub-heading inside a section ("Sprint 2 Focus") stays part of it.
            lines.append(match.captured(2));
            continue;
        }
        if (current) {
            const QString trimmed = line.trimmed();
            if (trimmed == u"---"_s)
                continue;
            // Markdown emphasis and list markers are kept for items(); blank lines separate
            // nothing.
            if (!trimmed.isEmpty())
                lines.append(trimmed);
        }
    }
    flush();
    return notes;
}

Result<ReviewNotes> ReviewNotesStore::load(qint64 sprintId)
{
    auto row = ReviewStore(m_db).load(sprintId);
    if (!row)
        return Result<ReviewNotes>::failure(
            QCoreApplication::translate("SprintDeck::ReviewNotes",
                                        "Cannot read the review notes: %1")
                .arg(row.error()));
    ReviewNotes notes;
    notes.sprintId = sprintId;
    const QList<ReviewNotes::Field> fields = ReviewNotes::fields();
    for (qsizetype i = 0; i < row->texts.size() && i < fields.size(); ++i)
        notes.setValue(fields.at(i), row->texts.at(i));
    if (!row->texts.isEmpty())
        notes.updatedAt = row->updatedAt;
    return notes;
}

Status ReviewNotesStore::save(ReviewNotes &notes, const QDateTime &now)
{
    if (notes.sprintId <= 0)
        return Status::failure(QCoreApplication::translate("SprintDeck::ReviewNotes",
                                                           "The review notes belong to no sprint"));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(QCoreApplication::translate("SprintDeck::ReviewNotes",
                                                           "Cannot save the review notes: %1")
                                   .arg(m_db.lastError()));
    QStringList texts;
    for (ReviewNotes::Field f : ReviewNotes::fields())
        texts.append(notes.value(f));
    if (!ReviewStore(m_db).save(notes.sprintId, texts, now) || !transaction.commit())
        return Status::failure(QCoreApplication::translate("SprintDeck::ReviewNotes",
                                                           "Cannot save the review notes: %1")
                                   .arg(m_db.lastError()));
    notes.updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return {};
}

DeckSettings ReviewNotesStore::loadSettings()
{
    DeckSettings settings;
    // A marker no list can hold tells "never saved" from "every section switched off".
    const QString never = u"\u0001"_s;
    const QString sections = m_db.metaValue(u"slides.sections"_s, never);
    if (sections != never) {
        if (auto parsed = parseDeckSections(sections); parsed)
            settings.sections = *parsed;
    }
    settings.dark = m_db.metaValue(u"slides.theme"_s) == u"dark"_s;
    const QColor accent = SlideTheme::parseAccent(m_db.metaValue(u"slides.accent"_s));
    if (accent.isValid())
        settings.accent = accent;
    return settings;
}

Status ReviewNotesStore::saveSettings(const DeckSettings &settings)
{
    Transaction transaction(m_db);
    if (!transaction.isActive() ||
        !m_db.setMetaValue(u"slides.sections"_s, deckSectionsToString(settings.sections)) ||
        !m_db.setMetaValue(u"slides.theme"_s, settings.dark ? u"dark"_s : u"light"_s) ||
        !m_db.setMetaValue(u"slides.accent"_s, settings.accent.name(QColor::HexRgb).toUpper()) ||
        !transaction.commit())
        return Status::failure(QCoreApplication::translate("SprintDeck::ReviewNotes",
                                                           "Cannot save the slide settings: %1")
                                   .arg(m_db.lastError()));
    return {};
}

} // namespace SprintDeck

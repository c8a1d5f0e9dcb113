#include "core/io/markdownimporter.h"
#include "core/io/cmarkarena.h"
#include "core/io/markdownplanner.h"
#include "core/io/markdownsplit.h"
#include "core/io/mojibake.h"
#include "core/io/storytable.h"
#include "core/io/textinput.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** Extension nodes (tables, task items) have no enum value of their own: they are told by name. */
bool isType(cmark_node *node, const char *name)
{
    return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

/** The text of inline content; `breaks` receives line breaks as '\n' instead of spaces. */
void appendPlain(cmark_node *node, QString &out, bool breaks)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE: {
        // Most text is ASCII, which is Latin-1 too: appended without a string of its own.
        const QByteArrayView literal(cmark_node_get_literal(node));
        if (std::all_of(literal.begin(), literal.end(), [](char c) { return uchar(c) < 0x80; }))
            out += QLatin1StringView(literal);
        else
            out += QString::fromUtf8(literal);
        return;
    }
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
        out += breaks ? u'\n' : u' ';
        return;
    case CMARK_NODE_HTML_INLINE:
        return;
    default:
        break;
    }
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        appendPlain(child, out, breaks);
}

QString plainText(cmark_node *node, bool breaks = false)
{
    QString out;
    appendPlain(node, out, breaks);
    return out;
}

/**
 * The label a paragraph opens with in bold ("**Deploy to the Pi:** image 1.2 …" -> "Deploy to the
 * Pi"; "**Scale** check (blocked): …" -> "Scale check (blocked)"), up to the colon inside or
 * just after the emphasis; empty when it has none.
 */
QString leadingLabel(cmark_node *paragraph)
{
    cmark_node *strong = cmark_node_first_child(paragraph);
    if (!strong || cmark_node_get_type(strong) != CMARK_NODE_STRONG)
        return {};
    QString label = plainText(strong).simplified();
    cmark_node *next = cmark_node_next(strong);
    if (!next) // a bold item with nothing after it is all title
        return {};
    if (label.endsWith(u':'))
        return label.chopped(1).trimmed();
    if (cmark_node_get_type(next) != CMARK_NODE_TEXT)
        return {};
    const QString after = QString::fromUtf8(cmark_node_get_literal(next));
    const qsizetype colon = after.indexOf(u':');
    if (colon < 0 || colon > 80)
        return {};
    return (label + after.left(colon)).simplified();
}

/** Walks the top-level blocks of the document and fills the outline. */
class Walker
{
public:
    /** `lineBase`: the lines of `text` before the part of it the parsed document holds. */
    Walker(MarkdownOutline &outline, const QString &text, const DateScan::Style &dates,
           int lineBase = 0)
        : m_o(outline)
        , m_text(text)
        , m_dates(dates)
        , m_lineBase(lineBase)
    {
        m_o.sections.append(MarkdownOutline::Section());
    }

    void walk(cmark_node *document)
    {
        for (cmark_node *n = cmark_node_first_child(document); n; n = cmark_node_next(n))
            block(n);
    }

private:
    /** The block as the author wrote it (descriptions keep their formatting), less its indentation.
     */
    QString render(cmark_node *node) const
    {
        const int first = startLine(node);
        const int last = endLine(node);
        const int indent = qMax(0, cmark_node_get_start_column(node) - 1);
        QStringList out;
        for (int l = first; l >= 1 && l <= last; ++l) {
            const std::optional<QStringView> at = lineAt(l);
            if (!at)
                break; // past the end of the text
            QStringView line = *at;
            if (l == first) {
                line = line.mid(indent);
            } else {
                qsizetype strip = 0;
                while (strip < indent && strip < line.size() && line.at(strip) == u' ')
                    ++strip;
                line = line.mid(strip);
            }
            out.append(line.toString());
        }
        while (!out.isEmpty() && out.last().trimmed().isEmpty())
            out.removeLast();
        return out.join(u'\n');
    }

    int currentStory() const
    {
        for (int s = m_section; s >= 0; s = m_o.sections.at(s).parent)
            if (m_o.sections.at(s).story >= 0)
                return m_o.sections.at(s).story;
        return -1;
    }

    void describe(int mention, const QString &markdown)
    {
        if (markdown.isEmpty())
            return;
        QString &d = m_o.mentions[mention].description;
        if (!d.isEmpty())
            d += u"\n\n"_s;
        d += markdown;
    }

    void keep(cmark_node *node)
    {
        const int story = currentStory();
        if (story >= 0)
            describe(story, render(node));
        else
            m_o.blocks.append({m_section, render(node)});
    }

    void block(cmark_node *node)
    {
        if (cmark_node_get_type(node) != CMARK_NODE_LIST &&
            cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH)
            m_notesLabel = false;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            heading(node);
            break;
        case CMARK_NODE_PARAGRAPH:
            paragraph(node);
            break;
        case CMARK_NODE_LIST:
            list(node);
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            quotedDateFields(node);
            keep(node);
            break;
        default:
            if (isType(node, "table"))
                table(node);
            else
                keep(node);
        }
    }

    void heading(cmark_node *node)
    {
        MarkdownOutline::Section s;
        s.level = cmark_node_get_heading_level(node);
        s.line = startLine(node);
        const QString raw = plainText(node).simplified();
        QString rest;
        s.estimate = TextScan::estimateIn(raw, &rest);
        s.title = TextScan::withoutMarkers(rest);
        int parent = m_section;
        while (parent > 0 && m_o.sections.at(parent).level >= s.level)
            parent = m_o.sections.at(parent).parent;
        s.parent = parent;
        if (s.level == 1 && m_o.title.isEmpty()) {
            m_o.title = s.title;
            m_o.titleLine = s.line;
        }
        QDate day;
        if (const int n = TextScan::dayNumber(raw, &day, m_dates); n != 0) {
            s.day = day;
            s.dayNumber = n;
        }
        s.priority = TextScan::priorityIn(raw);
        const int index = int(m_o.sections.size());
        if (s.level > 1 && !s.day.isValid()) {
            if (auto story = TextScan::story(raw, true)) {
                MarkdownOutline::Mention m;
                m.story = *story;
                m.section = index;
                m.line = s.line;
                m.inHeading = true;
                s.story = int(m_o.mentions.size());
                m_o.mentions.append(m);
            }
        }
        // Read on story headings too: one that groups stories becomes a section (groupHeadings).
        s.status = TextScan::statusIn(raw, &s.blocked);
        // "Still In Progress (Carried Into Sprint 6)" lists this sprint's unfinished work.
        if (!TextScan::deferredIn(raw))
            s.sprintRef = TextScan::sprintNumberIn(raw);
        // "Backlog da Sprint", "Backlog das Sprints" are the sprints' own backlogs (Portuguese,
        // Spanish, German, French).
        static const QRegularExpression elsewhere(
            uR"(^(backlog(?!\s+(da|das|de|del|der|dos|du)\s+sprint)|future|icebox|later|parking lot|next sprint)\b|\bnext sprint\b)"_s,
            QRegularExpression::CaseInsensitiveOption);
        s.otherSprint = elsewhere.match(s.title).hasMatch();
        s.notes = MarkdownOutline::notesIn(s.title);
        m_o.sections.append(s);
        m_section = index;
    }

    /** Splits a paragraph into its lines, each as (first inline node, text). */
    void paragraph(cmark_node *node)
    {
        const int line0 = startLine(node);
        const QList<QList<cmark_node *>> lines = linesOf(node);
        bool onlyLabels = true;
        bool onlyCardFields = true;
        QList<QPair<QString, QString>> cardFields;
        QList<QPair<QString, QString>> storyFields; // "**Story Points:** 5", "**Status:** Done"
        int lineStory = -1; // the story an earlier line of the paragraph names
        QString label;
        for (int i = 0; i < lines.size(); ++i) {
            const QList<cmark_node *> &parts = lines.at(i);
            if (parts.isEmpty())
                continue;
            const int line = line0 + i;
            QString text;
            for (cmark_node *p : parts)
                appendPlain(p, text, false);
            text = text.trimmed();
            // In a paragraph a field is named in bold; "Name: value" is prose.
            const auto field = cmark_node_get_type(parts.first()) == CMARK_NODE_STRONG
                                   ? fieldOf(parts)
                                   : std::nullopt;
            const bool isField = field.has_value();
            if (isField) {
                const QString &name = field->first;
                const QString &value = field->second;
                static const QStringList known = {u"assignee"_s, u"owner"_s, u"priority"_s,
                                                  u"labels"_s,   u"label"_s, u"type"_s,
                                                  u"blocked"_s};
                const bool storyField = StoryTable::isCardField(name);
                // A story's own dates are not the sprint's.
                if (!(storyField && currentStory() >= 0 && StoryTable::isDateField(name)))
                    m_o.fields.append({name, value, m_section, line});
                if (known.contains(name.toLower()))
                    cardFields.append({name.toLower(), value});
                else if (storyField)
                    storyFields.append({name, value});
                else
                    onlyCardFields = false;
                if (value.isEmpty())
                    label = name;
                else
                    onlyLabels = false;
                if (auto c = TextScan::countIn(value))
                    m_o.counts.append({*c, m_section, line, true, name});
            }
            if (!isField) {
                onlyLabels = false;
                onlyCardFields = false;
                dateField(text, line);
                if (auto c = TextScan::countIn(text))
                    m_o.counts.append({*c, m_section, line, false, QString()});
                if (auto story = TextScan::story(text, false)) {
                    lineStory = addMention(*story, line);
                } else if (const auto plain = fieldOf(parts); plain && lineStory >= 0) {
                    // "US-003: Update Task Status (3 points)" then "Status: COMPLETE".
                    storyField(lineStory, plain->first, plain->second);
                } else if (plain && lines.size() == 1 && currentStory() >= 0 &&
                           StoryTable::roleOf(plain->first) == StoryTable::Role::Status) {
                    // "Status: Not accepted" on its own under a story's heading, after its
                    // description: the story's status, not prose.
                    storyField(currentStory(), plain->first, plain->second);
                }
            }
        }
        // "**Assignee:** Maya" under a story sets the card's fields instead of describing it.
        if (currentStory() >= 0) {
            for (const auto &[name, value] : std::as_const(storyFields))
                storyField(currentStory(), name, value);
            if (onlyCardFields && (!cardFields.isEmpty() || !storyFields.isEmpty())) {
                m_o.mentions[currentStory()].fields += cardFields;
                return;
            }
        }
        // "**Completed Tasks:**" over a plain list: the list holds the story's tasks.
        cmark_node *next = cmark_node_next(node);
        m_notesLabel = onlyLabels && !label.isEmpty() && MarkdownOutline::notesIn(label);
        if (onlyLabels && !label.isEmpty() && next &&
            cmark_node_get_type(next) == CMARK_NODE_LIST &&
            label.contains(u"task"_s, Qt::CaseInsensitive) && currentStory() >= 0) {
            m_taskLabel = label;
            return;
        }
        // "**Completed:**" over a list on a dated day: the stories listed were done that day.
        if (onlyLabels && !label.isEmpty() && next &&
            cmark_node_get_type(next) == CMARK_NODE_LIST) {
            if (inDay())
                m_listStatus = TextScan::statusIn(label);
            // "**Yesterday:**" in a standup: what it lists was done the day before.
            static const QRegularExpression yesterday(
                uR"(\b(yesterday|ontem|ayer|gestern|hier)\b)"_s,
                QRegularExpression::CaseInsensitiveOption);
            m_listYesterday = yesterday.match(label).hasMatch();
        }
        keep(node);
    }

    bool inDay() const
    {
        for (int s = m_section; s > 0; s = m_o.sections.at(s).parent)
            if (m_o.sections.at(s).dayNumber != 0)
                return true;
        return false;
    }

    /**
     * "Start Date: 2025-03-03", "- Fecha de inicio: 9 de septiembre de 2023": a line that names a
     * date without bold type is a field too, when its name is one of the date fields.
     */
    void dateField(const QString &text, int line)
    {
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0 || colon > 40)
            return;
        const QString name = TextScan::withoutMarkers(QStringView(text).left(colon));
        const QString value = text.mid(colon + 1).trimmed();
        if (DateScan::labelOf(name) != DateScan::Label::None || dayPlanField(name)) {
            m_o.fields.append({name, value, m_section, line});
        } else if (namesSprint(name) && value.contains(u"sprint"_s, Qt::CaseInsensitive)) {
            // "Sprint: Sprint 4 (December 1-2, 2025)", "Nombre del Sprint: Sprint 2"
            m_o.fields.append({u"Sprint"_s, value, m_section, line});
        }
    }

    /** "Focus: Login form", "- **Points:** 3" under a plan's day heading. */
    bool dayPlanField(const QString &name) const
    {
        static const QStringList names = {u"focus"_s, u"points"_s, u"story points"_s, u"status"_s,
                                          u"foco"_s,  u"pontos"_s, u"puntos"_s,       u"estado"_s,
                                          u"fokus"_s, u"punkte"_s, u"objectif"_s};
        return m_o.sections.at(m_section).dayNumber != 0 && names.contains(name.toLower());
    }

    static bool namesSprint(const QString &name)
    {
        static const QStringList names = {
            u"sprint"_s,         u"sprint name"_s,    u"nombre del sprint"_s,
            u"nome da sprint"_s, u"nome do sprint"_s, u"nom du sprint"_s};
        return names.contains(name.toLower());
    }

    /** "> **Sprint Duration:** February 17 - March 2, 2026" at the head of a document. */
    void quotedDateFields(cmark_node *quote)
    {
        for (cmark_node *p = cmark_node_first_child(quote); p; p = cmark_node_next(p)) {
            if (cmark_node_get_type(p) != CMARK_NODE_PARAGRAPH)
                continue;
            const QStringList lines = plainText(p, true).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i)
                dateField(lines.at(i).trimmed(), startLine(p) + int(i));
        }
    }

    /** A field of a story's own ("Story Points", "Status", "Completed"…) applied to it. */
    void storyField(int mention, const QString &name, const QString &value)
    {
        MarkdownOutline::Mention &m = m_o.mentions[mention];
        StoryTable::Row row;
        if (!StoryTable::readField(name, value, row))
            return;
        if (row.story.points)
            m.story.points = row.story.points;
        if (row.ownStatus) {
            m.story.status = row.story.status;
            m.story.blocked = row.story.blocked;
            m.ownStatus = true;
            m.deferred = row.deferred;
        }
        m.fields += row.fields;
    }

    /** The lines of a paragraph, each as its inline nodes. */
    static QList<QList<cmark_node *>> linesOf(cmark_node *paragraph)
    {
        QList<QList<cmark_node *>> lines(1);
        for (cmark_node *c = cmark_node_first_child(paragraph); c; c = cmark_node_next(c)) {
            const cmark_node_type t = cmark_node_get_type(c);
            if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)
                lines.append(QList<cmark_node *>());
            else
                lines.last().append(c);
        }
        return lines;
    }

    /** A line "**Name:** value", "**Name**: value" or "Name: value" as (name, value). */
    static std::optional<QPair<QString, QString>> fieldOf(const QList<cmark_node *> &parts)
    {
        if (parts.isEmpty())
            return std::nullopt;
        QString name, value;
        if (cmark_node_get_type(parts.first()) == CMARK_NODE_STRONG) {
            name = plainText(parts.first()).trimmed();
            for (qsizetype k = 1; k < parts.size(); ++k)
                appendPlain(parts.at(k), value, false);
            value = value.trimmed();
            if (name.endsWith(u':'))
                name.chop(1);
            else if (value.startsWith(u':'))
                value = value.mid(1).trimmed();
            else
                return std::nullopt;
        } else {
            QString text;
            for (cmark_node *p : parts)
                appendPlain(p, text, false);
            text = text.simplified();
            const qsizetype colon = text.indexOf(u':');
            if (colon <= 0)
                return std::nullopt;
            name = text.left(colon);
            value = text.mid(colon + 1).trimmed();
        }
        return QPair<QString, QString>{TextScan::withoutMarkers(name), value};
    }

    /**
     * "- **Estimate**: 8 points", "- Estado: Hecho" under a story: a field of the story; a title
     * ("Descripción: …") names a story that has none.
     */
    bool storyFieldItem(cmark_node *paragraph, int mention)
    {
        const QList<QList<cmark_node *>> lines = linesOf(paragraph);
        if (mention < 0 || lines.size() != 1)
            return false;
        const auto field = fieldOf(lines.first());
        if (!field)
            return false;
        TextScan::Story &story = m_o.mentions[mention].story;
        if (StoryTable::roleOf(field->first) == StoryTable::Role::Title &&
            (story.title.isEmpty() || story.title == story.key)) {
            story.title = TextScan::titleOf(field->second);
            return true;
        }
        if (!StoryTable::isCardField(field->first))
            return false;
        storyField(mention, field->first, field->second);
        return true;
    }

    /**
     * "1. **Issue:** [#68 Validar telefone](…)" over "**Pontuação:** 3": an item of fields, one
     * naming the story and the others its card fields, is a story.
     */
    bool fieldStory(cmark_node *paragraph, int line)
    {
        QList<QPair<QString, QString>> fields;
        for (const QList<cmark_node *> &parts : linesOf(paragraph)) {
            const auto field = fieldOf(parts);
            if (!field)
                return false;
            fields.append(*field);
        }
        const auto names = [](const QPair<QString, QString> &f) {
            const StoryTable::Role role = StoryTable::roleOf(f.first);
            return role == StoryTable::Role::Key || role == StoryTable::Role::Title;
        };
        const auto named = std::find_if(fields.cbegin(), fields.cend(), names);
        if (fields.size() < 2 || named == fields.cend())
            return false;
        TextScan::Story story;
        const QString &value = named->second;
        const qsizetype space = value.indexOf(u' ');
        if (auto s = TextScan::story(value, false); s && !s->key.isEmpty()) {
            story = *s;
        } else if (story.key = TextScan::keyOf(value); story.key.isEmpty() && space > 0) {
            // "#68 [Bugfix] Validar telefone": a key, then the title.
            story.key = TextScan::keyOf(QStringView(value).first(space));
            story.title = TextScan::titleOf(QStringView(value).sliced(space + 1));
            if (story.key.isEmpty())
                story.title = TextScan::titleOf(value);
        }
        if (story.key.isEmpty() && story.title.isEmpty())
            return false;
        const int m = addMention(story, line);
        for (auto f = fields.cbegin(); f != fields.cend(); ++f)
            if (f != named)
                storyField(m, f->first, f->second);
        return true;
    }

    /**
     * "- **Completed**: 3 pts (US-072)" in a progress report: a status named in bold over the
     * points of one story, named by its key in brackets.
     */
    bool statusOfStory(cmark_node *paragraph, int line)
    {
        const QList<QList<cmark_node *>> lines = linesOf(paragraph);
        if (lines.size() != 1 || cmark_node_get_type(lines.first().first()) != CMARK_NODE_STRONG)
            return false;
        const auto field = fieldOf(lines.first());
        if (!field || !TextScan::isStatus(field->first))
            return false;
        static const QRegularExpression pointsOfKey(
            uR"(^~?(\d+(?:[.,]\d+)?)\s*(?:story\s+points?|points?|pts?\.?|sp)\s*)"
            uR"(\(([A-Z][A-Z0-9]{0,15}-\d{1,7})\))"_s,
            QRegularExpression::CaseInsensitiveOption);
        const auto m = pointsOfKey.match(field->second);
        if (!m.hasMatch())
            return false;
        TextScan::Story story;
        story.key = m.captured(2).toUpper();
        story.points = TextScan::parseNumber(m.captured(1));
        story.status = TextScan::statusOf(field->first, &story.blocked);
        const int mention = addMention(story, line);
        m_o.mentions[mention].ownStatus = true;
        return true;
    }

    int addMention(const TextScan::Story &story, int line)
    {
        MarkdownOutline::Mention m;
        m.story = story;
        m.section = m_section;
        m.line = line;
        m.yesterday = m_itemsYesterday;
        m_o.mentions.append(m);
        return int(m_o.mentions.size()) - 1;
    }

    void list(cmark_node *node)
    {
        const QString label = std::exchange(m_taskLabel, QString());
        const bool notes = std::exchange(m_notesLabel, false);
        const int story = currentStory();
        // "**Acceptance Criteria:**" over a checklist outside any story: criteria, not work.
        if (notes && story < 0) {
            keep(node);
            return;
        }
        if (!label.isEmpty() && story >= 0) {
            const bool done = TextScan::statusIn(label) == TextScan::done();
            for (cmark_node *item = cmark_node_first_child(node); item;
                 item = cmark_node_next(item)) {
                cmark_node *first = cmark_node_first_child(item);
                const QString text = first ? plainText(first).simplified() : QString();
                if (!text.isEmpty())
                    m_o.mentions[story].checklist.append({text, done, label, QString()});
            }
            return;
        }
        bool plain = false; // a list that is not only task items or stories stays as text
        m_itemsStatus = std::exchange(m_listStatus, QString());
        m_itemsYesterday = std::exchange(m_listYesterday, false);
        items(node, 0, -1, story, &plain);
        m_itemsStatus.clear();
        m_itemsYesterday = false;
        if (plain)
            keep(node);
    }

    void items(cmark_node *list, int depth, int parentItem, int mention, bool *plain)
    {
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            const bool task = isType(item, "tasklist");
            cmark_node *first = cmark_node_first_child(item);
            const bool firstIsParagraph =
                first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH;
            const QString text = firstIsParagraph ? plainText(first).simplified() : QString();
            const int line = startLine(item);
            if (task && mention < 0 && keyedTask(text, line, item))
                continue;
            if (task) {
                MarkdownOutline::TaskItem t;
                t.text = TextScan::withoutMarkers(text);
                t.label =
                    firstIsParagraph ? TextScan::withoutMarkers(leadingLabel(first)) : QString();
                t.checked = cmark_gfm_extensions_get_tasklist_item_checked(item);
                t.section = m_section;
                t.line = line;
                t.depth = depth;
                t.parentItem = parentItem;
                t.mention = mention;
                const int index = int(m_o.tasks.size());
                m_o.tasks.append(t);
                for (cmark_node *c = first ? cmark_node_next(first) : nullptr; c;
                     c = cmark_node_next(c)) {
                    if (cmark_node_get_type(c) == CMARK_NODE_LIST)
                        items(c, depth + 1, index, mention, plain);
                }
                continue;
            }
            std::optional<TextScan::Story> story;
            if (firstIsParagraph)
                story = TextScan::story(text, true);
            if (story && depth == 0 && story->status.isEmpty() && !story->blocked)
                story->status = m_itemsStatus;
            if (story) {
                const int m = addMention(*story, line);
                for (cmark_node *c = cmark_node_next(first); c; c = cmark_node_next(c)) {
                    if (cmark_node_get_type(c) == CMARK_NODE_LIST && hasTasks(c))
                        items(c, depth + 1, -1, m, plain);
                    else
                        describe(m, render(c));
                }
                continue;
            }
            if (firstIsParagraph && cmark_node_next(first) == nullptr && text.contains(u':') &&
                (storyFieldItem(first, currentStory()) ||
                 (currentStory() < 0 && (fieldStory(first, line) || statusOfStory(first, line)))))
                continue;
            *plain = true;
            if (firstIsParagraph && mention < 0) {
                // A standup's "- Completed story 002-001 (RSpec Setup) ✅": kept as text, and a
                // story when the document names no stories otherwise.
                if (auto ref = TextScan::storyReference(text)) {
                    const int m = addMention(*ref, line);
                    m_o.mentions[m].reference = true;
                }
            }
            dateField(text, line);
            if (auto c = TextScan::countIn(text))
                m_o.counts.append({*c, m_section, line, false, QString()});
            for (cmark_node *c = first; c; c = cmark_node_next(c)) {
                if (cmark_node_get_type(c) == CMARK_NODE_LIST)
                    items(c, depth + 1, parentItem, mention, plain);
            }
        }
    }

    /**
     * "- [x] SCRUM-65: CI/CD Pipelines" outside any story mentions that story: a checked box says
     * it is done. Its own section is no card.
     */
    bool keyedTask(const QString &text, int line, cmark_node *item)
    {
        auto story = TextScan::story(text, false);
        if (!story || story->key.isEmpty())
            return false;
        if (story->status.isEmpty() && !story->blocked &&
            cmark_gfm_extensions_get_tasklist_item_checked(item))
            story->status = TextScan::done();
        addMention(*story, line);
        return true;
    }

    static bool hasTasks(cmark_node *list)
    {
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item))
            if (isType(item, "tasklist"))
                return true;
        return false;
    }

    void table(cmark_node *node)
    {
        keep(node);
        QList<QStringList> rows;
        QList<int> lines;
        for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            QStringList cells;
            for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
                cells.append(plainText(cell).simplified());
            rows.append(cells);
            lines.append(startLine(row));
        }
        if (rows.size() < 2)
            return;
        if (const auto stories = StoryTable::read(rows)) {
            storyRows(*stories, rows, lines);
            return;
        }
        progressTable(node, rows, lines);
    }

    /** Each row of a story table is a mention of its story, with the story's own fields. */
    void storyRows(const StoryTable &table, const QList<QStringList> &rows, const QList<int> &lines)
    {
        double sum = 0;
        for (int r = 1; r < rows.size(); ++r) {
            if (const auto total = table.total(rows.at(r))) {
                m_o.tableTotals.append({m_section, lines.at(r), *total, sum});
                continue;
            }
            const auto row = table.row(rows.at(r));
            if (!row)
                continue;
            sum += row->story.points.value_or(0);
            const int m = addMention(row->story, lines.at(r));
            m_o.mentions[m].inTable = true;
            m_o.mentions[m].ownStatus = row->ownStatus;
            m_o.mentions[m].deferred = row->deferred;
            m_o.mentions[m].fields = row->fields;
        }
    }

    void progressTable(cmark_node *node, const QList<QStringList> &rows, const QList<int> &lines)
    {
        const QStringList &header = rows.first();
        // "Assignee | Total | Done": stories counted per person, no points by priority.
        if (StoryTable::roleOf(header.value(0)) == StoryTable::Role::Owner)
            return;
        int pointsCol = -1, completedCol = -1, remainingCol = -1;
        for (int i = 1; i < header.size(); ++i) {
            const QString h = header.at(i).toLower();
            if (completedCol < 0 && (h.contains(u"complete"_s) || h == u"done"))
                completedCol = i;
            else if (remainingCol < 0 && (h.contains(u"remaining"_s) || h.contains(u"left"_s)))
                remainingCol = i;
            else if (pointsCol < 0 &&
                     (h.contains(u"point"_s) || h == u"sp" || h.contains(u"total"_s)))
                pointsCol = i;
        }
        if (pointsCol < 0 || completedCol < 0)
            return;
        MarkdownOutline::ProgressTable t;
        t.section = m_section;
        t.line = startLine(node);
        auto number = [](const QStringList &cells, int col) -> std::optional<double> {
            if (col < 0 || col >= cells.size())
                return std::nullopt;
            return TextScan::numberIn(cells.at(col));
        };
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList &cells = rows.at(r);
            if (cells.isEmpty())
                continue;
            MarkdownOutline::ProgressRow row;
            row.label = cells.first();
            row.priority = TextScan::priorityIn(row.label);
            row.total = row.label.contains(u"total"_s, Qt::CaseInsensitive);
            row.points = number(cells, pointsCol);
            row.completed = number(cells, completedCol);
            row.remaining = number(cells, remainingCol);
            row.line = lines.at(r);
            t.rows.append(row);
        }
        m_o.tables.append(t);
    }

    /**
     * Line `l` of the text (from 1), or nothing past its end. The walk asks for lines mostly in
     * the order of the text (a list kept as text after its items comes back a few lines), so
     * they are found from the last one asked for: splitting the whole text into lines up front
     * cost more than the few lines descriptions need.
     */
    std::optional<QStringView> lineAt(int l) const
    {
        while (m_cursorLine > l) {
            // The line before starts after the newline before the one that ends it.
            m_cursorAt =
                (m_cursorAt >= 2 ? m_text.lastIndexOf(u'\n', m_cursorAt - 2) : qsizetype(-1)) + 1;
            --m_cursorLine;
        }
        while (m_cursorLine < l) {
            const qsizetype newline = m_text.indexOf(u'\n', m_cursorAt);
            if (newline < 0)
                return std::nullopt;
            m_cursorAt = newline + 1;
            ++m_cursorLine;
        }
        const qsizetype end = m_text.indexOf(u'\n', m_cursorAt);
        return m_text.sliced(m_cursorAt, (end < 0 ? m_text.size() : end) - m_cursorAt);
    }

    int startLine(cmark_node *node) const { return m_lineBase + cmark_node_get_start_line(node); }
    int endLine(cmark_node *node) const { return m_lineBase + cmark_node_get_end_line(node); }

    MarkdownOutline &m_o;
    QStringView m_text;
    const DateScan::Style &m_dates;
    int m_lineBase = 0;
    mutable int m_cursorLine = 1;     ///< the line lineAt() found last
    mutable qsizetype m_cursorAt = 0; ///< where it starts in the text
    int m_section = 0;
    QString m_taskLabel;
    QString m_listStatus;         ///< the status a label gives the list after it ("**Completed:**")
    QString m_itemsStatus;        ///< that status, while the list's items are read
    bool m_listYesterday = false; ///< the label before the list names yesterday
    bool m_itemsYesterday = false; ///< that, while the list's items are read
    // The paragraph before was a label of notes ("Acceptance Criteria:").
    bool m_notesLabel = false;
};

cmark_parser *newParser()
{
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, CmarkArena::allocator());
    // No autolink: a link's text is the text as written, so it would change nothing read here,
    // and finding the links costs a quarter of the parse.
    for (const char *name : {"table", "tasklist", "strikethrough"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    return parser;
}

} // namespace

qsizetype MarkdownImporter::splitPoint(QByteArrayView utf8)
{
    return MarkdownSplit::splitPoint(utf8);
}

MarkdownOutline MarkdownImporter::outline(const QString &text, Threads threads)
{
    MarkdownOutline outline;
    outline.dateStyle = DateScan::styleOf(text);
    const DateScan::Style &dates = outline.dateStyle;
    cmark_gfm_core_extensions_ensure_registered();
    // The parsers and the documents live in the arenas and go with them.
    CmarkArena arena;
    const QByteArray utf8 = text.toUtf8();
    const qsizetype split = threads == Threads::Two ? splitPoint(utf8) : -1;
    if (split < 0) {
        cmark_parser *parser = newParser();
        cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
        Walker(outline, text, dates).walk(cmark_parser_finish(parser));
        outline.groupHeadings();
        return outline;
    }
    // Both parsers are made here: attaching an extension writes to cmark's global tables.
    cmark_parser *first = newParser();
    cmark_parser *second = newParser();
    const int lineBase = int(QByteArrayView(utf8).first(split).count('\n'));
    MarkdownSplit::inTwo(
        outline,
        [&](MarkdownOutline &part) {
            cmark_parser_feed(first, utf8.constData(), size_t(split));
            Walker(part, text, dates).walk(cmark_parser_finish(first));
        },
        [&](MarkdownOutline &part) {
            CmarkArena own;
            cmark_parser_feed(second, utf8.constData() + split, size_t(utf8.size() - split));
            Walker(part, text, dates, lineBase).walk(cmark_parser_finish(second));
        });
    outline.groupHeadings();
    return outline;
}

ImportPlan MarkdownImporter::parse(const QString &text, const QString &name, QDate today)
{
    const Mojibake::Repair repaired = Mojibake::repair(text);
    const MarkdownOutline o = outline(repaired.text);
    ImportPlan plan = MarkdownPlanner::plan(o, name, today);
    plan.repairedCharacters = repaired.repaired;
    if (repaired.repaired > 0) {
        QString message = repaired.repaired == 1
                              ? QObject::tr("repaired 1 character garbled by a Windows code page")
                              : QObject::tr("repaired %1 characters garbled by a Windows code page")
                                    .arg(repaired.repaired);
        if (repaired.guessed > 0)
            message += QObject::tr(" (%1 of them had lost a byte and were restored by best guess)")
                           .arg(repaired.guessed);
        plan.warnings.prepend({repaired.firstLine, message});
        std::stable_sort(
            plan.warnings.begin(), plan.warnings.end(),
            [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    }
    return plan;
}

Result<ImportPlan> MarkdownImporter::importBytes(QByteArrayView bytes, const QString &name,
                                                 QDate today)
{
    if (bytes.size() > TextInput::kMaxDocumentBytes)
        return Result<ImportPlan>::failure(
            QObject::tr("%1 is %2; documents larger than %3 are not imported")
                .arg(name, TextInput::formatSize(bytes.size()),
                     TextInput::formatSize(TextInput::kMaxDocumentBytes)));
    auto text = TextInput::decode(bytes, name);
    if (!text)
        return Result<ImportPlan>::failure(text.error());
    return parse(text.value(), name, today);
}

Result<ImportPlan> MarkdownImporter::importFile(const QString &path, QDate today)
{
    auto bytes = TextInput::readFile(path);
    if (!bytes)
        return Result<ImportPlan>::failure(bytes.error());
    return importBytes(bytes.value(), QFileInfo(path).fileName(), today);
}

} // namespace SprintDeck

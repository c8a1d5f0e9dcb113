#include "ui/common/markdownedit.h"
#include "ui/common/inertdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck {

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setDocument(new InertDocument(this));
    setAcceptRichText(true);
    setTabChangesFocus(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(6);
    // Lists are most of a standup; the default 40 px indent wastes a narrow column.
    document()->setIndentWidth(18);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            emit edited();
    });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &MarkdownEdit::updateHeight);
    updateHeight();
}

void MarkdownEdit::setMarkdownText(const QString &markdown)
{
    m_settingText = true;
    document()->setMarkdown(markdown, kMarkdownWithoutHtml);
    document()->clearUndoRedoStacks();
    m_settingText = false;
    updateHeight();
}

QString MarkdownEdit::markdownText() const
{
    if (document()->isEmpty())
        return {};
    QString text = toMarkdown(QTextDocument::MarkdownDialectGitHub);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text.trimmed().isEmpty() ? QString() : text + u'\n';
}

void MarkdownEdit::replaceMarkdownUndoably(const QString &markdown)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    // A fresh first block: the old one's list or heading format must not carry over.
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setCharFormat(QTextCharFormat());
    cursor.insertMarkdown(markdown, kMarkdownWithoutHtml);
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
}

void MarkdownEdit::toggleBold()
{
    QTextCharFormat f;
    f.setFontWeight(fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    textCursor().mergeCharFormat(f);
    mergeCurrentCharFormat(f);
}

void MarkdownEdit::toggleItalic()
{
    QTextCharFormat f;
    f.setFontItalic(!fontItalic());
    textCursor().mergeCharFormat(f);
    mergeCurrentCharFormat(f);
}

void MarkdownEdit::toggleList(bool numbered)
{
    QTextCursor cursor = textCursor();
    const QTextListFormat::Style style =
        numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Same list again: the paragraph leaves the list.
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setObjectIndex(-1);
        plain.setIndent(0);
        list->remove(cursor.block());
        cursor.setBlockFormat(plain);
    } else if (QTextList *other = cursor.currentList()) {
        QTextListFormat f = other->format();
        f.setStyle(style);
        other->setFormat(f);
    } else {
        QTextListFormat f;
        f.setStyle(style);
        cursor.createList(f);
    }
    cursor.endEditBlock();
}

void MarkdownEdit::setLineRange(int minLines, int maxLines)
{
    m_minLines = minLines;
    m_maxLines = qMax(minLines, maxLines);
    updateHeight();
}

int MarkdownEdit::heightForLines(int lines) const
{
    const int frame = 2 * frameWidth() + int(2 * document()->documentMargin());
    return lines * fontMetrics().lineSpacing() + frame;
}

void MarkdownEdit::updateHeight()
{
    // A few pixels below the last line keep descenders off the frame.
    const int content = int(std::ceil(document()->documentLayout()->documentSize().height())) +
                        2 * frameWidth() + 4;
    const int h = qBound(heightForLines(m_minLines), content, heightForLines(m_maxLines));
    if (h != height())
        setFixedHeight(h);
    updateGeometry();
}

QSize MarkdownEdit::sizeHint() const
{
    return {240, height() > 0 ? height() : heightForLines(m_minLines)};
}

QSize MarkdownEdit::minimumSizeHint() const
{
    return {120, heightForLines(m_minLines)};
}

void MarkdownEdit::focusOutEvent(QFocusEvent *event)
{
    QTextEdit::focusOutEvent(event);
    emit focusLeft();
}

void MarkdownEdit::keyPressEvent(QKeyEvent *event)
{
    const auto mods =
        event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_B) {
        toggleBold();
        return;
    }
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_I) {
        toggleItalic();
        return;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_L) {
        toggleList(false);
        return;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_O) {
        toggleList(true);
        return;
    }
    QTextEdit::keyPressEvent(event);
}

bool MarkdownEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(u"text/markdown"_s) || QTextEdit::canInsertFromMimeData(source);
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    // Markdown pastes as what it means; HTML keeps only what markdown can say (bold, lists,
    // links…).
    if (source->hasFormat(u"text/markdown"_s)) {
        textCursor().insertMarkdown(QString::fromUtf8(source->data(u"text/markdown"_s)),
                                    kMarkdownWithoutHtml);
        return;
    }
    if (source->hasHtml()) {
        InertDocument scratch;
        scratch.setHtml(source->html());
        textCursor().insertMarkdown(scratch.toMarkdown(), kMarkdownWithoutHtml);
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace SprintDeck

#pragma once

#include <QTextEdit>

namespace SprintDeck {

/**
 * A rich-text editor whose content is markdown: it loads and returns
 * markdown, offers the basic formatting (bold, italic, bullet and numbered
 * lists, with the usual shortcuts), grows with its text, and tells apart
 * edits by the user (edited()) from text set by the program.
 */
class MarkdownEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    /** Replaces the content without emitting edited(); clears the editor's undo history. */
    void setMarkdownText(const QString &markdown);
    /** The content as markdown ("" when empty). */
    QString markdownText() const;
    /**
     * Replaces the content as one editing step the user can undo with Ctrl+Z;
     * emits edited() like typing does.
     */
    void replaceMarkdownUndoably(const QString &markdown);

    void toggleBold();
    void toggleItalic();
    void toggleList(bool numbered);

    /** Height range the editor grows within, in lines of text. */
    void setLineRange(int minLines, int maxLines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** The user changed the text (typing, pasting, formatting, accepting a proposal). */
    void edited();
    /** Keyboard focus left the editor. */
    void focusLeft();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    void updateHeight();
    int heightForLines(int lines) const;

    bool m_settingText = false;
    int m_minLines = 3;
    int m_maxLines = 12;
};

} // namespace SprintDeck

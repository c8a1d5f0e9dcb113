#pragma once

#include "core/slides/slidepage.h"
#include "core/slides/slidetheme.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace SprintDeck {

class SlidePainter;

/**
 * The large preview of one slide: painted with the same painter as the PDF,
 * scaled to fit the widget with the 16:9 frame kept.
 */
class SlideCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit SlideCanvas(QWidget *parent = nullptr);
    ~SlideCanvas() override;

    void setPage(const SlidePage &page, const SlideTheme &theme);
    void clear(const QString &message);

    QSize sizeHint() const override { return {960, 540}; }
    // Small enough to leave room for the thumbnails and the side panel at 800 pixels.
    QSize minimumSizeHint() const override { return {240, 135}; }

signals:
    /** The user asked for the previous (-1) or next (+1) slide. */
    void stepRequested(int delta);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF slideRect() const;

    std::unique_ptr<SlidePainter> m_painter;
    std::optional<SlidePage> m_page;
    QString m_message;
};

} // namespace SprintDeck

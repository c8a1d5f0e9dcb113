#pragma once

#include <QWidget>

namespace SprintDeck {

/**
 * The band header of one swimlane: chevron, priority colour or avatar, name,
 * and the number of cards and points in the lane. Clicking it (or Space) folds
 * the lane.
 */
class LaneHeader : public QWidget
{
    Q_OBJECT
public:
    explicit LaneHeader(QWidget *parent = nullptr);

    /** A priority lane (1..4) or a person's lane (priority 0; empty name: unassigned). */
    void setLane(const QString &title, int priority, const QString &person,
                 const QString &initials);
    QString title() const { return m_title; }
    void setCounts(int cards, double points);
    int cardCount() const { return m_cards; }
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }

    QSize sizeHint() const override;

signals:
    void toggled(bool collapsed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateAccessibleText();

    QString m_title;
    QString m_person;
    QString m_initials;
    int m_priority = 0;
    int m_cards = 0;
    double m_points = 0;
    bool m_collapsed = false;
};

} // namespace SprintDeck

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QTimer;

namespace SprintDeck {

/** What presenter mode shows: the day's speakers and the sprint's numbers. */
struct PresenterContent
{
    struct Speaker
    {
        qint64 memberId = 0;
        QString name;
        QString initials;
        QString yesterday; ///< markdown
        QString today;
        QString blockers;
    };

    QDate date;
    QString sprintName; ///< empty without a sprint
    bool hasProgress = false;
    double donePoints = 0;
    double totalPoints = 0;
    int daysLeft = 0;        ///< working days left, the day itself included
    QList<Speaker> speakers; ///< in speaking order
    QString note;            ///< the team note (markdown)
};

/**
 * The standup on the shared screen: one speaker at a time in large type, a
 * per-speaker timer that turns amber near the end and red when the time is
 * up, and the sprint's progress. A closing page lists the blockers and the
 * team note.
 *
 * Keys: Right, Down, Space, Page Down, Return: next; Left, Up, Page Up,
 * Backspace: previous; Home / End; P pauses the timer, R restarts it; F
 * toggles full screen; Esc closes.
 *
 * Everything is painted by paint(), so render() gives the same picture
 * without a screen (tests, screenshots).
 */
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    /** Milliseconds from a monotonic clock; replaceable so tests control time. */
    using Clock = std::function<qint64()>;

    explicit PresenterWindow(QWidget *parent = nullptr);

    /** Replaces the content; keeps the current speaker (by member) and the timers. */
    void setContent(const PresenterContent &content);
    const PresenterContent &content() const { return m_content; }

    void setClock(Clock clock);
    /** How long each speaker has (default: two minutes). */
    void setSpeakerSeconds(int seconds);
    int speakerSeconds() const { return m_speakerSeconds; }

    /** Speakers, then the closing page. */
    int pageCount() const { return int(m_content.speakers.size()) + 1; }
    int currentPage() const { return m_page; }
    bool isClosingPage() const { return m_page >= m_content.speakers.size(); }
    void setCurrentPage(int page);
    void next() { setCurrentPage(m_page + 1); }
    void previous() { setCurrentPage(m_page - 1); }

    /** Time the current speaker has had, in ms (0 on the closing page). */
    qint64 elapsedMs() const;
    /** Time of the whole meeting so far (all speakers), in ms. */
    qint64 meetingMs() const;
    bool isOverTime() const;
    /** Nearly out of time: the last fifth of the speaker's time (at most 30 s). */
    bool isNearlyOverTime() const;
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void restartTimer();

    /** The timer's colour now: the accent, amber when nearly over, red when over. */
    QColor timerColor() const;

    /** Paints the current page into `rect` (what paintEvent shows). */
    void paint(QPainter &painter, const QRect &rect) const;
    /** The current page as an image of `size`. */
    QImage render(const QSize &size) const;

    /** Reads the speaker time from the settings (standup/speakerSeconds). */
    static int configuredSpeakerSeconds();
    static void setConfiguredSpeakerSeconds(int seconds);

signals:
    void pageChanged(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void paintSpeaker(QPainter &p, const QRectF &area, const PresenterContent::Speaker &s) const;
    void paintClosing(QPainter &p, const QRectF &area) const;
    void paintHeader(QPainter &p, const QRectF &area) const;
    void paintFooter(QPainter &p, const QRectF &area) const;
    void stopClock();
    void startClock();

    PresenterContent m_content;
    Clock m_clock;
    QTimer *m_tick = nullptr;
    int m_speakerSeconds = 120;
    int m_page = 0;
    QList<qint64> m_spent;      ///< per speaker, ms banked before the current run
    qint64 m_runningSince = -1; ///< clock time the current speaker's run started; -1: stopped
    bool m_paused = false;
};

} // namespace SprintDeck

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace SprintDeck {

/**
 * Edit > Preferences: the default database, the standup speaker time, the
 * first day of the week, the working days of new sprints, theme and language.
 * OK writes them to the settings (see settings.h); the theme applies at once,
 * the language after a restart.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *databaseEdit() const { return m_database; }
    QSpinBox *speakerEdit() const { return m_speaker; }
    QComboBox *weekStartBox() const { return m_weekStart; }
    QCheckBox *workingDayBox(int dayOfWeek) const { return m_days.value(dayOfWeek - 1); }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

    /** Writes the settings; false (and a message in the dialog) when a value is not valid. */
    bool save();
    void accept() override;

private:
    void load();
    void chooseDatabase();

    QLineEdit *m_database = nullptr;
    QSpinBox *m_speaker = nullptr;
    QComboBox *m_weekStart = nullptr;
    QList<QCheckBox *> m_days;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace SprintDeck

#include "ui/shell/preferencesdialog.h"
#include "ui/shell/settings.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_database = new QLineEdit(this);
    m_database->setObjectName(u"defaultDatabase"_s);
    m_database->setPlaceholderText(tr("The board in the user's data folder"));
    m_database->setAccessibleName(tr("Default database"));
    m_database->setAccessibleDescription(
        tr("The board opened at start when no file is given; empty for the built-in default"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setObjectName(u"browseDatabase"_s);
    browse->setAccessibleName(tr("Browse for the default database"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseDatabase);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    auto *databaseLabel = new QLabel(tr("Default &database:"), this);
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, databaseRow);

    m_speaker = new QSpinBox(this);
    m_speaker->setObjectName(u"speakerSeconds"_s);
    m_speaker->setRange(10, 3600);
    m_speaker->setSingleStep(10);
    m_speaker->setSuffix(tr(" s"));
    m_speaker->setAccessibleName(tr("Standup speaker time"));
    m_speaker->setAccessibleDescription(tr("Seconds each person speaks in the standup presenter"));
    form->addRow(tr("&Standup speaker time:"), m_speaker);

    m_weekStart = new QComboBox(this);
    m_weekStart->setObjectName(u"weekStart"_s);
    m_weekStart->addItem(
        tr("As the system (%1)")
            .arg(QLocale().dayName(QLocale().firstDayOfWeek(), QLocale::LongFormat)),
        u"system"_s);
    m_weekStart->addItem(QLocale().dayName(Qt::Monday, QLocale::LongFormat), u"monday"_s);
    m_weekStart->addItem(QLocale().dayName(Qt::Sunday, QLocale::LongFormat), u"sunday"_s);
    m_weekStart->setAccessibleName(tr("First day of the week"));
    m_weekStart->setAccessibleDescription(tr("The first column of calendars and date pickers"));
    form->addRow(tr("&Week starts on:"), m_weekStart);

    auto *daysRow = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(u"workingDay%1"_s.arg(day));
        box->setAccessibleName(
            tr("%1 is a working day").arg(QLocale().dayName(day, QLocale::LongFormat)));
        daysRow->addWidget(box);
        m_days.append(box);
    }
    daysRow->addStretch(1);
    auto *daysLabel = new QLabel(tr("Wor&king days:"), this);
    daysLabel->setBuddy(m_days.first());
    daysLabel->setToolTip(tr("The days a new sprint works on unless you change its calendar"));
    form->addRow(daysLabel, daysRow);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("As the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("Colours of the windows, the board and the charts"));
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system"), QString());
    // Each language is named in itself, so it can be found without reading the current one.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Fran\u00e7ais"_s, u"fr"_s);
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("A new language takes effect after a restart."), this);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    form->addRow(QString(), m_languageNote);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);

    load();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != Settings::language());
    });
}

void PreferencesDialog::load()
{
    m_database->setText(Settings::defaultDatabase(QString()));
    m_speaker->setValue(Settings::speakerSeconds());
    m_weekStart->setCurrentIndex(qMax(0, m_weekStart->findData(Settings::weekStart())));
    const QList<int> days = Settings::workingWeekdays();
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setChecked(days.contains(day));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Settings::theme())));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Settings::language())));
}

void PreferencesDialog::chooseDatabase()
{
    const QString current = m_database->text();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Default Database"), current,
                                     tr("SprintDeck boards (*.sprintdeck);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(path);
}

bool PreferencesDialog::save()
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day)
        if (m_days.at(day - 1)->isChecked())
            days.append(day);
    QString problem;
    const QString database = m_database->text().trimmed();
    if (days.isEmpty())
        problem = tr("Choose at least one working day.");
    else if (!database.isEmpty() && QFileInfo(database).isDir())
        problem = tr("%1 is a folder; choose a database file.").arg(database);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    m_error->hide();
    Settings::setDefaultDatabase(database);
    Settings::setSpeakerSeconds(m_speaker->value());
    Settings::setWeekStart(m_weekStart->currentData().toString());
    Settings::setWorkingWeekdays(days);
    const QString theme = m_theme->currentData().toString();
    Settings::setTheme(theme);
    if (theme != Theme::current())
        Theme::apply(theme);
    Settings::setLanguage(m_language->currentData().toString());
    return true;
}

void PreferencesDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace SprintDeck

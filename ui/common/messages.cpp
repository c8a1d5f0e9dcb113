#include "ui/common/messages.h"
#include "ui/common/boardstyle.h"

#include <QMessageBox>

namespace SprintDeck {

void showError(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok,
                                parent ? parent->window() : nullptr);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->open();
}

QString errorStyle(const QWidget *widget)
{
    return QStringLiteral("color: %1").arg(BoardStyle::danger(widget->palette()).name());
}

QString warningColor(const QWidget *widget)
{
    // The "high" priority's amber: 3:1 or more on cards and windows of either palette.
    return BoardStyle::priorityColor(2, widget->palette()).name();
}

} // namespace SprintDeck

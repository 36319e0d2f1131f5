#include "errorlabel.h"

#include <QLabel>

namespace fd {

QLabel *newErrorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #c0392b;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

} // namespace fd

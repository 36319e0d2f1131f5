#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace fd::test {

// FD_SCREENSHOTS=<folder>: keeps a picture of `w` there as `name` (shown first), to look at
// what a test built; without the variable nothing happens.
inline void shoot(QWidget &w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        return;
    w.show();
    QTest::qWait(50);
    w.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QLatin1Char('/') + name);
}

} // namespace fd::test

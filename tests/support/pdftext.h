#pragma once

// Reading a written PDF back as a reader would: its text through pdftotext (poppler-utils),
// laid out as on the page, so a test checks what the printed report really says.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>

namespace fd::test {

inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace fd::test

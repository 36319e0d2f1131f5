// The monthly statements as people and payroll get them, on the office of statementoffice.h
// (figures by hand there): `funneldesk-cli statements` as JSON and as a table, `--out` writing
// one A4 PDF per person (read back with pdftotext) and the payroll workbook (read back with the
// project's own XLSX reader, not the library that wrote it), and `statements close`.
#include "catchqt.h"
#include "clirun.h"
#include "pdftext.h"
#include "statementoffice.h"

#include "io/xlsxfilereader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fd;
using namespace fd::test;

namespace {

QList<QStringList> sheet(const QString &path, int index)
{
    XlsxFileReader reader(path, index);
    QList<QStringList> rows;
    SourceRecord r;
    while (reader.next(r))
        rows << r.fields;
    return rows;
}

} // namespace

TEST_CASE("statements --json, the table, --rep and close from the command line", "[statement][cli]")
{
    StatementOffice o;
    o.storePlans();
    const QStringList base{QStringLiteral("--db"), o.tdb.path(), QStringLiteral("statements"),
                           QStringLiteral("--period"), QStringLiteral("2026-11")};
    const CliRun json = runCliWith(base + QStringList{QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("closed")).toBool() == false);
    const QJsonArray list = root.value(QStringLiteral("statements")).toArray();
    REQUIRE(list.size() == 4);
    QMap<QString, qint64> totals;
    for (const QJsonValue &v : list)
        totals[v.toObject().value(QStringLiteral("user")).toString()] =
            v.toObject().value(QStringLiteral("total_cents")).toInteger();
    CHECK(totals.value(QStringLiteral("张伟")) == 2005000);
    CHECK(totals.value(QStringLiteral("李娜")) == 900000);
    CHECK(totals.value(QStringLiteral("陈工")) == 1220000);
    CHECK(totals.value(QStringLiteral("周丽")) == 800000);
    const QJsonObject zhang = list.first().toObject();
    CHECK(zhang.value(QStringLiteral("completion_permille")).toInt() == 1400);
    CHECK(zhang.value(QStringLiteral("deals")).toArray().size() == 2);

    const CliRun table = runCliWith(base);
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("¥20,050.00")));
    CHECK(table.out.contains(QStringLiteral("¥49,250.00"))); // 20,050 + 9,000 + 12,200 + 8,000
    const CliRun one = runCliWith(base + QStringList{QStringLiteral("--rep"), o.login(o.zhang)});
    REQUIRE(one.code == 0);
    CHECK(one.out.contains(QStringLiteral("Cap")));
    CHECK(one.out.contains(QStringLiteral("-¥1,714.29")));
    CHECK(runCliWith(base + QStringList{QStringLiteral("--rep"), QStringLiteral("nobody")}).code == ExitUsage);

    // Closing: November is over as of 12-01; a second close is refused.
    const CliRun close = runCliWith(QStringList{QStringLiteral("--db"), o.tdb.path(), QStringLiteral("statements"),
                                                QStringLiteral("close"), QStringLiteral("--period"),
                                                QStringLiteral("2026-11")});
    INFO(close.err.toStdString());
    REQUIRE(close.code == 0);
    CHECK(close.out.contains(QStringLiteral("4 statement(s)")));
    CHECK(runCliWith(QStringList{QStringLiteral("--db"), o.tdb.path(), QStringLiteral("statements"),
                                 QStringLiteral("close"), QStringLiteral("--period"), QStringLiteral("2026-11")})
              .code
          != 0);
    const QJsonObject closed =
        QJsonDocument::fromJson(runCliWith(base + QStringList{QStringLiteral("--json")}).out.toUtf8()).object();
    CHECK(closed.value(QStringLiteral("closed")).toBool());
}

TEST_CASE("statements --out: a PDF per person read back with pdftotext, the payroll workbook read back",
          "[statement][cli][pdf][xlsx]")
{
    StatementOffice o;
    o.storePlans();
    QTemporaryDir dir;
    const CliRun run = runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("statements"),
                                   QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--out"),
                                   dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("statement-2026-11-%1.pdf").arg(o.login(o.zhang)));
    REQUIRE(QFile::exists(pdf));
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) // to look at the page (pdftoppm)
        QFile::copy(pdf, QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/statement.pdf"));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Monthly statement")));
    CHECK(text.contains(QStringLiteral("张伟")));
    CHECK(text.contains(QStringLiteral("Commission on won")));
    CHECK(text.contains(QStringLiteral("¥14,000.00")));
    CHECK(text.contains(QStringLiteral("-¥2,285.71")));
    CHECK(text.contains(QStringLiteral("-¥1,714.29")));
    CHECK(text.contains(QStringLiteral("Claw-back")));
    CHECK(text.contains(QStringLiteral("HT-2026-001")));
    CHECK(text.contains(QStringLiteral("¥20,050.00")));
    CHECK(text.contains(QStringLiteral("140.0 %")));

    const QString xlsx = QDir(dir.path()).filePath(QStringLiteral("payroll-2026-11.xlsx"));
    const QList<QStringList> payroll = sheet(xlsx, 0);
    REQUIRE(payroll.size() == 6); // header, four people, total
    CHECK(payroll[0].first() == QStringLiteral("Person"));
    CHECK(payroll[1][0] == QStringLiteral("张伟"));
    // Base 8,000; commission 16,000 − 2,285.71 − 1,714.29 = 12,000; bonus 250; claw-back −200.
    CHECK(payroll[1].mid(5)
          == QStringList{QStringLiteral("8000"), QStringLiteral("12000"), QStringLiteral("250"), QStringLiteral("-200"),
                         QStringLiteral("0"), QStringLiteral("20050")});
    CHECK(payroll[5][0] == QStringLiteral("Total"));
    CHECK(payroll[5].last() == QStringLiteral("49250"));
    const QList<QStringList> detail = sheet(xlsx, 1);
    CHECK(detail.value(0).value(0) == QStringLiteral("Section"));
    bool receipt = false;
    for (const QStringList &r : detail)
        receipt = receipt
                  || (r.value(0) == QStringLiteral("Receipt") && r.value(1) == QStringLiteral("HT-2026-001")
                      && r.value(5) == QStringLiteral("200000"));
    CHECK(receipt);
}

TEST_CASE("statements --out writes in the office's language by default", "[statement][cli][pdf]")
{
    StatementOffice o;
    o.storePlans();
    QTemporaryDir dir;
    const CliRun run = runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("statements"),
                                   QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--rep"),
                                   o.login(o.li), QStringLiteral("--out"), dir.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QString text = pdfText(
        QDir(dir.path()).filePath(QStringLiteral("statement-2026-11-%1.pdf").arg(o.login(o.li))));
    CHECK(text.contains(QStringLiteral("绩效单")));
    CHECK(text.contains(QStringLiteral("签约提成")));
    CHECK(text.contains(QStringLiteral("¥9,000.00")));
    CHECK(sheet(QDir(dir.path()).filePath(QStringLiteral("payroll-2026-11.xlsx")), 0).value(0).value(0)
          == QStringLiteral("人员"));
    // The command's own output stays English.
    CHECK(run.out.contains(QStringLiteral("Total")));
}

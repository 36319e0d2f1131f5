// The import wizard on the offscreen platform: encoding detection, automatic header
// mapping, a located error for a bad row (nothing stored), a good file imported, the
// duplicate policy chosen in the wizard and the report page; Settings' import defaults.
#include "catchqt.h"
#include "importwizard/importsettingsbox.h"
#include "importwizard/importwizard.h"
#include "session.h"
#include "tempdatabase.h"

#include "io/importdefaults.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStringEncoder>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace fd;

namespace {

QString writeGbk(const QString &dir, const QString &name, const QString &text)
{
    const QString path = dir + QLatin1Char('/') + name;
    QStringEncoder gbk("GB18030");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(gbk.encode(text));
    return path;
}

QString mappedTo(QTableWidget *table, int row)
{
    auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, 2));
    return box ? box->currentData().toString() : QStringLiteral("<none>");
}

} // namespace

TEST_CASE("the import wizard maps Chinese headers, locates a bad row and stores nothing", "[ui][import]")
{
    test::TempDatabase tdb;
    Session session;
    session.setDatabase(Database::openSqlite(tdb.path()));
    const qint64 before = tdb.count(QStringLiteral("customers"));
    const QString path = writeGbk(tdb.dir(), QStringLiteral("bad.csv"),
                                  QStringLiteral("客户名称,客户等级,评分,随便一列\r\n星河科技,A,80,x\r\n"
                                                 "北辰贸易,Z,90,y\r\n"));
    ImportWizard wizard(session);
    wizard.show();
    wizard.kindBox()->setCurrentIndex(wizard.kindBox()->findData(QStringLiteral("customers")));
    wizard.pathEdit()->setText(path);
    CHECK(wizard.detectedLabel()->text().contains(QStringLiteral("GB18030")));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        wizard.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/import_mapping.png"));
    QTableWidget *mapping = wizard.mappingTable();
    REQUIRE(mapping->rowCount() == 4);
    CHECK(mapping->item(0, 0)->text() == QStringLiteral("客户名称"));
    CHECK(mapping->item(0, 1)->text() == QStringLiteral("星河科技"));
    CHECK(mappedTo(mapping, 0) == QStringLiteral("name"));
    CHECK(mappedTo(mapping, 1) == QStringLiteral("tier"));
    CHECK(mappedTo(mapping, 2) == QStringLiteral("score"));
    CHECK(mappedTo(mapping, 3) == QString());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(wizard.checkResult().has_value());
    CHECK(wizard.checkResult()->rowsRejected == 1);
    QTableWidget *errors = wizard.errorTable();
    REQUIRE(errors->rowCount() >= 1);
    CHECK(errors->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(errors->item(0, 1)->text() == QStringLiteral("客户等级")); // the file's own column name
    CHECK(errors->item(0, 2)->text() == QStringLiteral("Z"));
    CHECK(!errors->item(0, 3)->text().isEmpty());
    // All or nothing: the wizard does not go on, and nothing was stored.
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(tdb.count(QStringLiteral("customers")) == before);
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        wizard.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/import_check.png"));
    const QString rejected = tdb.dir() + QStringLiteral("/rejected.csv");
    REQUIRE(wizard.saveRejected(rejected));
    QFile r(rejected);
    REQUIRE(r.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(r.readAll()).contains(QStringLiteral("北辰贸易")));
}

TEST_CASE("the import wizard imports a good file on its worker thread", "[ui][import]")
{
    test::TempDatabase tdb;
    Session session;
    session.setDatabase(Database::openSqlite(tdb.path()));
    const qint64 before = tdb.count(QStringLiteral("customers"));
    const QString path = writeGbk(tdb.dir(), QStringLiteral("good.csv"),
                                  QStringLiteral("客户名称,客户等级,评分\r\n星河科技,A,80\r\n北辰贸易,B,60\r\n"));
    ImportWizard wizard(session);
    wizard.show();
    wizard.kindBox()->setCurrentIndex(wizard.kindBox()->findData(QStringLiteral("customers")));
    wizard.pathEdit()->setText(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.checkResult()->rowsRejected == 0);
    CHECK(tdb.count(QStringLiteral("customers")) == before); // the check is a dry run
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DonePage);
    REQUIRE(wizard.importResult().has_value());
    CHECK(wizard.importResult()->committed);
    CHECK(tdb.count(QStringLiteral("customers")) == before + 2);
    CHECK(tdb.scalar(QStringLiteral("SELECT tier FROM customers WHERE name = '北辰贸易'")).toString()
          == QStringLiteral("B"));
}

TEST_CASE("the duplicate policy chosen in the wizard merges a lead list with a shared switchboard number",
          "[ui][import]")
{
    test::TempDatabase tdb;
    Session session;
    session.setDatabase(Database::openSqlite(tdb.path()));
    // Two people of one company share its switchboard number; a column FunnelDesk has no place for.
    const QString path = writeGbk(
        tdb.dir(), QStringLiteral("leads.csv"),
        QStringLiteral("姓名,公司,电话,邮箱,微信群\r\n孙丽,杭州钱塘科技,0571-88880000,,群1\r\n"
                       "周强,杭州钱塘科技,0571 8888 0000,zq@qt.cn,群1\r\n"));
    ImportWizard wizard(session);
    wizard.resize(900, 640);
    wizard.show();
    QComboBox *policy = wizard.duplicatePolicyBox();
    wizard.kindBox()->setCurrentIndex(wizard.kindBox()->findData(QStringLiteral("opportunities")));
    CHECK_FALSE(policy->isEnabled()); // deals: duplicates by external id only
    wizard.kindBox()->setCurrentIndex(wizard.kindBox()->findData(QStringLiteral("leads")));
    REQUIRE(policy->isEnabled());
    CHECK(policy->currentData().toString() == QStringLiteral("reject"));
    wizard.pathEdit()->setText(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.checkResult()->rowsRejected == 1); // rejected by default: the wizard stays

    // Back to the first page, choose merge, check again, import.
    wizard.back();
    wizard.back();
    REQUIRE(wizard.currentId() == ImportWizard::FilePage);
    policy->setCurrentIndex(policy->findData(QStringLiteral("merge")));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.checkResult()->rowsRejected == 0);
    CHECK(wizard.checkResult()->rowsMerged == 1);
    CHECK(tdb.count(QStringLiteral("leads")) == 0); // the check is a dry run
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DonePage);
    REQUIRE(wizard.importResult().has_value());
    CHECK(wizard.importResult()->committed);
    CHECK(tdb.count(QStringLiteral("leads")) == 1);
    CHECK(tdb.scalar(QStringLiteral("SELECT email FROM leads")).toString() == QStringLiteral("zq@qt.cn"));

    // The report page: the counts, the column left out, and the merge with what it filled.
    const QString summary = wizard.reportSummary()->text();
    CHECK(summary.contains(QStringLiteral("1 merged")));
    CHECK(summary.contains(QStringLiteral("Columns not imported (1): 微信群")));
    QTableWidget *report = wizard.reportTable();
    REQUIRE(report->isVisible());
    REQUIRE(report->rowCount() == 1);
    CHECK(report->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(report->item(0, 1)->text() == QStringLiteral("电话"));
    CHECK(report->item(0, 3)->text().contains(QStringLiteral("filled email")));
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        wizard.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/import_report.png"));
}

TEST_CASE("Settings stores the reason of imported lost deals without one for the whole database", "[ui][import]")
{
    test::TempDatabase tdb;
    Session session;
    session.setDatabase(Database::openSqlite(tdb.path()));
    ImportSettingsBox box(session);
    box.show();
    QLineEdit *edit = box.lostReasonEdit();
    CHECK(edit->text().isEmpty());
    CHECK(edit->placeholderText() == importdefaults::builtInLostReason());
    edit->setText(QStringLiteral("旧系统未记录"));
    edit->setModified(true);
    emit edit->editingFinished();
    CHECK(importdefaults::lostReason(*session.database()) == QStringLiteral("旧系统未记录"));
    // Another window on the same file sees it.
    Session other;
    other.setDatabase(Database::openSqlite(tdb.path()));
    ImportSettingsBox second(other);
    CHECK(second.lostReasonEdit()->text() == QStringLiteral("旧系统未记录"));
    edit->clear();
    edit->setModified(true);
    emit edit->editingFinished();
    CHECK(importdefaults::lostReason(*session.database()) == importdefaults::builtInLostReason());
}

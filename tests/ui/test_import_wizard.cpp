// The import wizard on the offscreen platform: encoding detection, automatic header
// mapping, a located error for a bad row (nothing stored), and a good file imported.
#include "catchqt.h"
#include "importwizard/importwizard.h"
#include "session.h"
#include "tempdatabase.h"

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

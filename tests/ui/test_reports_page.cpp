// The Reports page: scope and week pickers, the report gathered off the GUI thread,
// saved as PDF; the export action on a filtered proxy model.
#include "catchqt.h"
#include "exportaction.h"
#include "languagemanager.h"
#include "pageregistry.h"
#include "reportfixture.h"
#include "reports/reportspage.h"
#include "session.h"

#include "report/reporthtml.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace fd;

namespace {

struct Screen
{
    test::ReportOffice office;
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};

    Screen()
    {
        QSettings().clear();
        languages.apply(QStringLiteral("en"));
        auto db = Database::openSqlite(office.tdb.path());
        db->setClock(&office.tdb.clock());
        session.setDatabase(std::move(db));
    }
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the Reports page shows the weekly report of the chosen scope and saves it as PDF", "[ui][report]")
{
    Screen s;
    ReportsPage page(s.context);
    QSignalSpy spy(&page, &ReportsPage::reportReady);
    page.resize(1100, 800);
    page.show();
    REQUIRE((spy.count() > 0 || spy.wait(20000)));
    CHECK(spy.last().at(0).toString().isEmpty());
    // The last full week is the default: the office's week 47.
    CHECK(page.weekBox()->currentData().toString() == QStringLiteral("2026-W47"));
    REQUIRE(page.document().has_value());
    const QString html = report::reportHtml(*page.document());
    CHECK(html.contains(QStringLiteral("数据中心迁移")));

    // Scope: rep 李娜 only.
    const int rep = page.scopeBox()->findText(QStringLiteral("Rep 李娜"));
    REQUIRE(rep > 0);
    page.scopeBox()->setCurrentIndex(rep);
    spy.clear();
    page.refresh();
    CHECK(page.busy());
    REQUIRE(spy.wait(20000));
    const QString pdf = s.office.tdb.dir() + QStringLiteral("/page.pdf");
    REQUIRE(page.savePdf(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("门店收银改造")));
    CHECK(!text.contains(QStringLiteral("数据中心迁移")));
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        page.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/reports_page.png"));
}

TEST_CASE("the export action writes the rows a filter proxy shows", "[ui][export]")
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("名称"), QStringLiteral("数量"), QStringLiteral("日期")});
    for (int i = 0; i < 5; ++i) {
        auto *name = new QStandardItem(QStringLiteral("商机 %1").arg(i));
        auto *count = new QStandardItem;
        count->setData(qint64(i * 10), Qt::EditRole);
        auto *day = new QStandardItem;
        day->setData(QDate(2026, 11, 1 + i), Qt::EditRole);
        model.appendRow({name, count, day});
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterRegularExpression(QStringLiteral("[13]$"));
    test::TempDatabase tdb;
    const QString path = tdb.dir() + QStringLiteral("/rows.csv");
    REQUIRE(exportModel(proxy, ExportFormat::Csv, path) == 2);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // BOM, so Excel reads UTF-8
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("名称,数量,日期\r\n")));
    CHECK(text.contains(QStringLiteral("商机 1,10,2026-11-02\r\n")));
    CHECK(text.contains(QStringLiteral("商机 3,30,2026-11-04\r\n")));
    CHECK(!text.contains(QStringLiteral("商机 2")));
}

TEST_CASE("a hidden Reports page gathers nothing on a data change, then once when shown", "[ui][report]")
{
    Screen s;
    ReportsPage page(s.context);
    QSignalSpy spy(&page, &ReportsPage::reportReady);
    s.session.notifyDataChanged();
    s.session.notifyDataChanged();
    CHECK_FALSE(page.busy());
    CHECK(page.isStale());
    CHECK_FALSE(page.document().has_value());
    page.resize(1100, 800);
    page.show();
    REQUIRE((spy.count() > 0 || spy.wait(20000)));
    CHECK(spy.count() == 1);
    CHECK(page.document().has_value());
}

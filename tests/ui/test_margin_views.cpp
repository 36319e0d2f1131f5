// Margin where people read it (DEFINITIONS.md §10a), offscreen on the office of
// marginoffice.h: the results tab's region and product line tables and their PDF, the deal
// editor's unit costs and margin line, the contract dialog's margin of its deal and the
// catalog's costs in Settings → Products.
// FD_SCREENSHOTS=<folder> keeps a picture of each.
#include "catchqt.h"
#include "contractfixture.h"
#include "exportaction.h"
#include "languagemanager.h"
#include "marginoffice.h"
#include "pagefixture.h"
#include "pageregistry.h"
#include "pdftext.h"
#include "screenshot.h"
#include "session.h"

#include "contracts/contractdialog.h"
#include "opportunity/dealstore.h"
#include "opportunity/lineitemstable.h"
#include "opportunity/opportunityeditor.h"
#include "reports/reportspage.h"
#include "reports/resultsanalysisview.h"
#include "settings/productspage.h"

#include "demo/demogenerator.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/catalogrepository.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace fd;
using test::MarginOffice;
using test::Y;

namespace {

QString yuan(qint64 cents)
{
    return money::format(cents, QStringLiteral("CNY"), QLocale());
}

int rowOf(const QTableView &view, const QString &name)
{
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        if (view.model()->index(r, 0).data().toString() == name)
            return r;
    }
    return -1;
}

QVariant cell(const QTableView &view, int row, const QString &title, int role = Qt::DisplayRole)
{
    const QAbstractItemModel *m = view.model();
    for (int c = 0; c < m->columnCount(); ++c) {
        if (m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == title)
            return m->index(row, c).data(role);
    }
    FAIL("no column " << title.toStdString());
    return {};
}

// The office open in a session, in English, as the pages see it.
struct Screen
{
    MarginOffice office;
    LanguageManager languages;
    Session session;
    PageContext context{session, languages};

    Screen() { test::openInEnglish(session, languages, office.tdb); }
    ~Screen() { QSettings().clear(); }
};

} // namespace

TEST_CASE("the results tab shows cost, margin and margin % by region and product line, and prints them",
          "[ui][results][margin]")
{
    Screen s;
    MarginOffice &office = s.office;
    ReportsPage page(s.context);
    ResultsAnalysisView *view = page.resultsView();
    QSignalSpy spy(view, &ResultsAnalysisView::computed);
    page.resize(1500, 900);
    page.show();
    page.tabs()->setCurrentIndex(1);
    view->setWindow(QDate(2026, 3, 1), QDate(2026, 6, 30), QDate(2026, 9, 1));
    while (view->computing() || spy.isEmpty())
        REQUIRE(spy.wait(20000));

    const QTableView &regions = *view->regionTable();
    const int east = rowOf(regions, QStringLiteral("华东"));
    REQUIRE(east >= 0);
    CHECK(cell(regions, east, QStringLiteral("Cost"), ExportValueRole).toLongLong() == 80000 * Y);
    CHECK(cell(regions, east, QStringLiteral("Margin"), ExportValueRole).toLongLong() == 60000 * Y);
    CHECK(cell(regions, east, QStringLiteral("Margin %")).toString() == QStringLiteral("42.9%"));
    const int total = rowOf(regions, QStringLiteral("Total"));
    CHECK(cell(regions, total, QStringLiteral("Margin"), ExportValueRole).toLongLong() == 110000 * Y);
    const QTableView &lines = *view->productLineTable();
    const int hardware = rowOf(lines, QStringLiteral("硬件"));
    REQUIRE(hardware >= 0);
    CHECK(cell(lines, hardware, QStringLiteral("Margin %")).toString() == QStringLiteral("40.0%"));
    const int none = rowOf(lines, QStringLiteral("(no product line)"));
    REQUIRE(none >= 0);
    CHECK(cell(lines, none, QStringLiteral("Margin"), ExportValueRole).isNull()); // D3 has no items: "—"
    view->tabs()->setCurrentIndex(2);
    test::shoot(page, QStringLiteral("results-margin-regions.png"));
    view->tabs()->setCurrentIndex(3);
    test::shoot(page, QStringLiteral("results-margin-lines.png"));

    // The printed margins say what the tables say.
    const QString pdf = QDir(office.tdb.dir()).filePath(QStringLiteral("margins.pdf"));
    QString error;
    REQUIRE(view->savePdf(pdf, &error));
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Margin by region")));
    CHECK(text.contains(yuan(60000 * Y)));
    CHECK(text.contains(QStringLiteral("42.9%")));
    CHECK(text.contains(QStringLiteral("55.6%")));
}

TEST_CASE("the deal editor shows each line's unit cost and the deal's margin, and saves an override", "[ui][margin]")
{
    Screen s;
    MarginOffice &office = s.office;
    DealStore store(*s.session.database());
    QUndoStack stack;
    OpportunityEditor editor(store, stack, office.d2, 0, 0);
    editor.findChild<QTabWidget *>()->setCurrentIndex(1);
    editor.resize(760, 520);
    LineItemsTable *items = editor.lineItems();
    QTableWidget *table = items->table();
    REQUIRE(table->rowCount() == 1);
    auto *cost = qobject_cast<QLineEdit *>(table->cellWidget(0, LineItemsTable::CostColumn));
    REQUIRE(cost);
    CHECK(money::parse(cost->text(), QStringLiteral("CNY")) == 2500 * Y); // the override, not the product's 3,000
    CHECK(items->marginLabel()->text().contains(yuan(50000 * Y)));
    CHECK(items->marginLabel()->text().contains(QStringLiteral("50.0%")));
    test::shoot(editor, QStringLiteral("deal-editor-margin.png"));

    cost->setText(QStringLiteral("2800"));
    CHECK(items->marginLabel()->text().contains(yuan(44000 * Y)));
    editor.accept();
    CHECK(office.repo.get(office.d2).products.at(0).unitCostCents == 2800 * Y);
    CHECK(office.repo.dealMargin(office.d2)->margin() == 44000 * Y);

    // A deal without line items has no margin.
    OpportunityEditor none(store, stack, office.d3, 0, 0);
    CHECK(none.lineItems()->marginLabel()->text().contains(QStringLiteral("—")));
}

TEST_CASE("the contract dialog shows the margin of its deal", "[ui][margin]")
{
    Screen s;
    MarginOffice &office = s.office;
    Contract c;
    c.number = QStringLiteral("HT-2026-001");
    c.title = QStringLiteral("甲公司 CRM");
    c.opportunityId = office.d1;
    c.customerId = office.jia;
    c.ownerId = office.rep;
    c.amount = {140000 * Y, QStringLiteral("CNY")};
    c.approvalStatus = ApprovalStatus::Approved;
    c.signedDate = QDate(2026, 4, 12);
    test::recordContract(*s.session.database(), c);
    ContractDialog dialog(*s.session.database(), c.id);
    CHECK(dialog.marginText().contains(yuan(60000 * Y)));
    CHECK(dialog.marginText().contains(QStringLiteral("42.9%")));
    test::shoot(dialog, QStringLiteral("contract-margin.png"));
}

TEST_CASE("Settings → Products edits a product's cost, the change is audited and new lines copy it", "[ui][margin]")
{
    Screen s;
    MarginOffice &office = s.office;
    ProductsPage page(s.session);
    page.resize(900, 400);
    QTableWidget *table = page.table();
    REQUIRE(table->rowCount() == 3);
    int gateway = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (qobject_cast<QLineEdit *>(table->cellWidget(r, ProductsPage::NameColumn))->text() == QStringLiteral("网关"))
            gateway = r;
    }
    REQUIRE(gateway >= 0);
    auto *cost = qobject_cast<QLineEdit *>(table->cellWidget(gateway, ProductsPage::CostColumn));
    CHECK(money::parse(cost->text(), QStringLiteral("CNY")) == 3000 * Y);
    test::shoot(page, QStringLiteral("settings-products.png"));

    cost->setText(QStringLiteral("abc")); // refused, nothing stored
    CHECK_FALSE(page.save());
    CHECK_FALSE(page.errorLabel()->text().isEmpty());
    cost = qobject_cast<QLineEdit *>(table->cellWidget(gateway, ProductsPage::CostColumn));
    cost->setText(QStringLiteral("3200"));
    REQUIRE(page.save());
    Database &stored = *s.session.database();
    CHECK(CatalogRepository(stored).product(office.gateway).costCents == 3200 * Y);
    CHECK(office.tdb
              .scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'product' AND "
                                     "field = 'cost_cents' ORDER BY id DESC LIMIT 1"))
              .toLongLong()
          == 3200 * Y);
    // D2's line keeps its own cost; a new line takes 3,200.
    CHECK(office.repo.get(office.d2).products.at(0).unitCostCents == 2500 * Y);
    const qint64 d5 = office.deal(test::at(9, 1), office.yi, 3200, {MarginOffice::line(office.gateway, 1, 5000)});
    CHECK(office.repo.get(d5).products.at(0).unitCostCents == 3200 * Y);
}

// Hidden (run with "[.screenshots]" and FD_SCREENSHOTS set): the demo office's margins in
// 简体中文, the results tab's regions and product lines and a won deal with several lines.
TEST_CASE("margin screenshots of the demo office", "[.screenshots]")
{
    test::TempDatabase demo;
    DemoGenerator(demo.db(), DemoOptions()).generate();
    LanguageManager languages;
    Session session;
    PageContext context{session, languages};
    test::openInEnglish(session, languages, demo);
    languages.apply(QStringLiteral("zh_CN"));

    ReportsPage page(context);
    ResultsAnalysisView *view = page.resultsView();
    QSignalSpy spy(view, &ResultsAnalysisView::computed);
    page.resize(1500, 700);
    page.show();
    page.tabs()->setCurrentIndex(1);
    while (view->computing() || spy.isEmpty())
        REQUIRE(spy.wait(60000));
    view->tabs()->setCurrentIndex(2);
    test::shoot(page, QStringLiteral("demo-results-regions.png"));
    view->tabs()->setCurrentIndex(3);
    test::shoot(page, QStringLiteral("demo-results-lines.png"));

    const qint64 id = demo.scalar(QStringLiteral("SELECT o.id FROM opportunities o WHERE o.status = 'won' AND "
                                                 "(SELECT count(*) FROM opportunity_products p WHERE "
                                                 "p.opportunity_id = o.id) >= 2 ORDER BY o.id LIMIT 1"))
                          .toLongLong();
    REQUIRE(id > 0);
    DealStore store(*session.database());
    QUndoStack stack;
    OpportunityEditor editor(store, stack, id, 0, 0);
    editor.findChild<QTabWidget *>()->setCurrentIndex(1);
    editor.resize(820, 420);
    CHECK(editor.lineItems()->marginLabel()->text().contains(QStringLiteral("%")));
    test::shoot(editor, QStringLiteral("demo-deal-margin.png"));
    QSettings().clear();
}

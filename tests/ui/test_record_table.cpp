// The record table's item model over summary structs, run under QAbstractItemModelTester
// (alone and behind the sorting proxy): typed values sort as numbers and dates, show as
// the lists always showed them, export typed; ids ride in column 0; a new set of rows
// keeps the current record; the customers, leads and activities pages list through it
// (models under the tester while their data changes; contacts sort as numbers, overdue
// tasks in red, the duplicate pair read from the row).
#include "builders.h"
#include "catchqt.h"
#include "pagefixture.h"
#include "tempdatabase.h"

#include "activities/activitiespage.h"
#include "customers/customerspage.h"
#include "exportaction.h"
#include "languagemanager.h"
#include "leads/leadspage.h"
#include "pageregistry.h"
#include "session.h"
#include "widgets/recordtable.h"
#include "widgets/recordtablemodel.h"

#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <memory>

using namespace fd;

namespace {

struct Item
{
    qint64 id = 0;
    QString name;
    int count = 0;
    double rate = 0;
    QDate due;
};

QString g_nameHeader = QStringLiteral("Name");

RecordListModel<Item> *newModel(QObject *parent)
{
    using Model = RecordListModel<Item>;
    QList<Model::Column> columns{
        {[] { return g_nameHeader; }, [](const Item &i) { return i.name; }},
        {[] { return QStringLiteral("Count"); }, [](const Item &i) { return i.count; }},
        {[] { return QStringLiteral("Rate"); }, [](const Item &i) { return i.rate; }},
        {[] { return QStringLiteral("Due"); }, [](const Item &i) { return i.due; },
         [](const Item &i) { return i.due.isValid() ? i.due.toString(QStringLiteral("d/M")) : QStringLiteral("—"); }},
    };
    return new Model(
        columns, [](const Item &i) { return i.id; }, parent);
}

QList<Item> items()
{
    return {{7, QStringLiteral("华东贸易"), 12, 0.5, QDate(2026, 12, 1)},
            {8, QStringLiteral("北方机械"), 9, 0.25, QDate(2026, 11, 3)},
            {9, QStringLiteral("海派科技"), 100, 1, QDate()}};
}

} // namespace

TEST_CASE("the record table model shows, sorts and exports typed values", "[ui][recordtable]")
{
    QObject owner;
    RecordListModel<Item> *model = newModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSortRole(RecordTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model->rowCount() == 0);
    CHECK(model->columnCount() == 4);
    model->setRows(items());
    REQUIRE(model->rowCount() == 3);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Name"));
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("华东贸易"));
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("12"));
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("0.50"));
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("1/12")); // the column's own text
    CHECK(model->index(2, 3).data().toString() == QStringLiteral("—"));
    // Numbers right-aligned; text left to the view.
    CHECK(model->index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK_FALSE(model->index(0, 0).data(Qt::TextAlignmentRole).isValid());
    // Export: whole numbers and dates typed, the rest as shown.
    CHECK(model->index(0, 1).data(ExportValueRole) == QVariant(12));
    CHECK(model->index(0, 3).data(ExportValueRole) == QVariant(QDate(2026, 12, 1)));
    CHECK_FALSE(model->index(0, 0).data(ExportValueRole).isValid());
    CHECK(model->index(1, 0).data(RecordTableModel::IdRole).toLongLong() == 8);
    CHECK(model->idAt(2) == 9);
    CHECK(model->idAt(3) == 0);
    CHECK_FALSE(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable));

    // Sorted by the typed value: 9 < 12 < 100 (as text "100" < "12" < "9").
    proxy.sort(1, Qt::AscendingOrder);
    CHECK(proxy.index(0, 0).data(RecordTableModel::IdRole).toLongLong() == 8);
    CHECK(proxy.index(2, 0).data(RecordTableModel::IdRole).toLongLong() == 9);
    proxy.sort(3, Qt::AscendingOrder); // dates, the one without first
    CHECK(proxy.index(0, 0).data(RecordTableModel::IdRole).toLongLong() == 9);
    CHECK(proxy.index(1, 0).data(RecordTableModel::IdRole).toLongLong() == 8);

    // Headers are asked again after a language change.
    g_nameHeader = QStringLiteral("名称");
    model->retranslate();
    CHECK(proxy.headerData(0, Qt::Horizontal).toString() == QStringLiteral("名称"));
    g_nameHeader = QStringLiteral("Name");

    model->setRows({});
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("a record table keeps the current record when its rows are replaced", "[ui][recordtable]")
{
    QSettings().remove(QStringLiteral("tables/recordTest"));
    QObject owner;
    RecordListModel<Item> *model = newModel(&owner);
    RecordTable table(QStringLiteral("recordTest"), model);
    model->setRows(items());
    table.view()->selectRow(1);
    REQUIRE(table.currentId() == 8);
    QList<Item> fewer = items();
    fewer.removeFirst();
    model->setRows(fewer);
    CHECK(table.rowCount() == 2);
    CHECK(table.currentId() == 8);
    table.setFilterText(QStringLiteral("海派"));
    CHECK(table.rowCount() == 1);
}

namespace {

// A page's record table with the tester on its model and on the sorting proxy in front.
struct Tested
{
    explicit Tested(RecordTable *t)
        : table(t)
    {
        REQUIRE(table);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->view()->model());
        REQUIRE(proxy);
        model = qobject_cast<RecordTableModel *>(proxy->sourceModel());
        REQUIRE(model);
        modelTester = std::make_unique<QAbstractItemModelTester>(model,
                                                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(proxy,
                                                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    // The texts of `column` from top to bottom as the view sorts them.
    QStringList column(int c) const
    {
        QStringList texts;
        for (int r = 0; r < table->rowCount(); ++r)
            texts << table->view()->model()->index(r, c).data().toString();
        return texts;
    }
    RecordTable *table;
    RecordTableModel *model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

struct PagesFixture : test::PageFixture
{
    Database &db() { return *session.database(); }

    qint64 customer(const QString &name, int contacts)
    {
        const qint64 id = test::Builders(db()).customer(name, 0, rep);
        for (int i = 0; i < contacts; ++i) {
            Contact c;
            c.customerId = id;
            c.name = QStringLiteral("联系人%1").arg(i);
            CustomerRepository(db()).addContact(c);
        }
        return id;
    }
};

} // namespace

TEST_CASE("the customers page lists through the record model: contacts sort as numbers", "[ui][recordtable]")
{
    PagesFixture f;
    f.customer(QStringLiteral("杭州云帆网络"), 2);
    const qint64 many = f.customer(QStringLiteral("上海海派科技"), 10);
    CustomersPage page(f.context);
    page.show();
    page.refresh();
    Tested list(page.findChild<RecordTable *>(QStringLiteral("customers")));
    REQUIRE(list.table->rowCount() == 2);
    const int contacts = list.model->columnCount() - 1;
    REQUIRE(list.model->headerData(contacts, Qt::Horizontal).toString() == QStringLiteral("Contacts"));

    list.table->view()->sortByColumn(contacts, Qt::AscendingOrder);
    CHECK(list.column(contacts) == QStringList{QStringLiteral("2"), QStringLiteral("10")}); // not "10" < "2"
    CHECK(list.table->view()->model()->index(1, contacts).data(Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));

    // A new customer while 海派 is current: the rows change under the tester, 海派 stays current.
    list.table->view()->selectRow(1);
    REQUIRE(list.table->currentId() == many);
    f.customer(QStringLiteral("北方机械"), 5);
    f.session.notifyDataChanged();
    CHECK(list.table->rowCount() == 3);
    CHECK(list.column(contacts) == QStringList{QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("10")});
    CHECK(list.table->currentId() == many);

    // The titles follow the language.
    f.languages.apply(QStringLiteral("zh_CN"));
    CHECK(list.model->headerData(0, Qt::Horizontal).toString() != QStringLiteral("Name"));
    f.languages.apply(QStringLiteral("en"));
    CHECK(list.model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Name"));
}

TEST_CASE("the activities page lists open tasks by due time with the overdue ones in red", "[ui][recordtable]")
{
    PagesFixture f;
    const qint64 customer = f.customer(QStringLiteral("杭州云帆网络"), 0);
    const QDateTime now = f.t.clock().now();
    const auto task = [&](const QString &title, const QDateTime &due) {
        FollowUpTask t;
        t.title = title;
        t.dueAt = due;
        t.userId = f.rep;
        t.customerId = customer;
        return ActivityRepository(f.db()).addTask(t);
    };
    task(QStringLiteral("寄送报价单"), now.addDays(-2));
    const qint64 soon = task(QStringLiteral("电话回访"), now.addDays(1));
    ActivitiesPage page(f.context);
    page.show();
    page.refresh();
    Tested tasks(page.findChild<RecordTable *>(QStringLiteral("tasks")));
    REQUIRE(tasks.table->rowCount() == 2);

    tasks.table->view()->sortByColumn(0, Qt::DescendingOrder); // latest due first
    const QAbstractItemModel *shown = tasks.table->view()->model();
    CHECK(tasks.column(1) == QStringList{QStringLiteral("电话回访"), QStringLiteral("寄送报价单")});
    CHECK(tasks.column(4) == QStringList{QStringLiteral("Open"), QStringLiteral("Overdue")});
    CHECK(shown->index(0, 0).data().toString()
          == now.addDays(1).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    CHECK_FALSE(shown->index(0, 1).data(Qt::ForegroundRole).isValid());
    for (int c = 0; c < shown->columnCount(); ++c)
        CHECK(shown->index(1, c).data(Qt::ForegroundRole).value<QColor>() == QColor(0xc6, 0x28, 0x28));
    CHECK(shown->index(0, 0).data(RecordTableModel::IdRole).toLongLong() == soon);

    // A third task, due between the two: it takes its place by time.
    task(QStringLiteral("安排演示"), now.addSecs(3600));
    f.session.notifyDataChanged();
    CHECK(tasks.column(1)
          == QStringList{QStringLiteral("电话回访"), QStringLiteral("安排演示"), QStringLiteral("寄送报价单")});
}

TEST_CASE("the leads page's three lists pass the model tester and a merge takes its pair from the row",
          "[ui][recordtable]")
{
    PagesFixture f;
    const auto lead = [&](const QString &name, const QString &company) {
        Lead l;
        l.name = name;
        l.company = company;
        return LeadRepository(f.db()).create(l);
    };
    const qint64 first = lead(QStringLiteral("周杰"), QStringLiteral("云帆网络有限公司"));
    const qint64 second = lead(QStringLiteral("周杰 伦"), QStringLiteral("云帆网络（中国）"));
    LeadsPage page(f.context);
    page.show();
    page.refresh();
    Tested leads(page.findChild<RecordTable *>(QStringLiteral("leads")));
    Tested pool(page.findChild<RecordTable *>(QStringLiteral("leadPool")));
    Tested pairs(page.findChild<RecordTable *>(QStringLiteral("leadDuplicates")));
    // The duplicate review pairs its leads when its tab (the third) is shown.
    auto *tabs = page.findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(2);
    CHECK(leads.table->rowCount() == 2);
    CHECK(pool.table->rowCount() == 2);
    REQUIRE(pairs.table->rowCount() == 1);
    // The ids shown and merged are the pair's own (not read back from the shown text).
    CHECK(pairs.column(1).value(0).startsWith(QStringLiteral("#%1 周杰 伦").arg(second)));
    CHECK(pairs.model->idAt(0) == second);
    pairs.table->view()->selectRow(0);
    REQUIRE(pairs.table->currentRecord() == 0);

    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->button(QMessageBox::Yes)->click();
        }
    });
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Merge second into first"))
            b->click();
    }
    CHECK(f.t.count(QStringLiteral("leads")) == 1);
    CHECK(LeadRepository(f.db()).get(first).name == QStringLiteral("周杰"));
    CHECK(leads.table->rowCount() == 1);
    CHECK(pairs.table->rowCount() == 0);
    CHECK(pairs.table->currentRecord() == -1);
}

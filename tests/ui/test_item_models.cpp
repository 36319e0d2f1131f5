// Every item model of the ui that the model tester did not cover yet, under
// QAbstractItemModelTester (Fatal: a broken invariant aborts the test) while real data from
// the core engines goes in, changes and is filtered: the target tree, the contracts table and
// its filter, the results tables and their sort, the board's export table. The kanban model
// and its column proxies are in test_kanban_board.cpp.
#include "builders.h"
#include "catchqt.h"
#include "contractfixture.h"
#include "tempdatabase.h"

#include "contracts/contracttablemodel.h"
#include "exportaction.h"
#include "kanban/boardactions.h"
#include "kanban/boardtablemodel.h"
#include "kanban/kanbanboard.h"
#include "opportunity/dealstore.h"
#include "reports/resultstablemodel.h"
#include "targets/targettreemodel.h"

#include "analytics/receivables.h"
#include "analytics/targetprogress.h"
#include "domain/target.h"
#include "storage/repositories/targetrepository.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>

#include <functional>

using namespace fd;
using analytics::TargetNodeKind;
using Tester = QAbstractItemModelTester;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Visits every index of the tree below `parent` (column 0), depth first.
int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r)
        n += 1 + countRows(model, model.index(r, 0, parent));
    return n;
}

} // namespace

TEST_CASE("the target tree model passes the model tester through resets, language changes and edits", "[ui][model]")
{
    test::TempDatabase t;
    test::Builders b{t.db()};
    const Pipeline pipeline = b.pipeline();
    const qint64 east = b.region(QStringLiteral("华东区"));
    const qint64 south = b.region(QStringLiteral("华南区"));
    const qint64 eastTeam = b.team(QStringLiteral("华东一组"), east);
    const qint64 southTeam = b.team(QStringLiteral("华南一组"), south);
    const qint64 zhang = b.user(QStringLiteral("张伟"), eastTeam);
    b.user(QStringLiteral("李娜"), eastTeam);
    b.user(QStringLiteral("王强"), southTeam);
    b.user(QStringLiteral("赵敏")); // no team: the "No team" branch
    const qint64 customer = b.customer(QStringLiteral("上海华信科技有限公司"), east);
    b.opportunity(pipeline, customer, zhang, 50000000, QStringLiteral("智能工厂项目"));
    Target company;
    company.period = QStringLiteral("2026-11");
    company.level = TargetLevel::Company;
    company.amount = {200000000, QStringLiteral("CNY")};
    TargetRepository(t.db()).set(company);

    TargetTreeModel model;
    Tester tester(&model, kFatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const analytics::TargetProgress november = analytics::computeTargetProgress(t.db(), QStringLiteral("2026-11"));
    model.setProgress(november);
    CHECK(reset.count() == 1);
    // Every node of the engine's tree is reachable from the root exactly once, and every
    // index leads back to its node.
    CHECK(countRows(model) == int(november.nodes.size()));
    REQUIRE(model.rowCount() == 1);
    const QModelIndex root = model.index(0, TargetTreeModel::Name);
    CHECK(model.node(root) == &model.progress().nodes.front());
    for (size_t i = 0; i < november.nodes.size(); ++i) {
        const QModelIndex index = model.indexOf(int(i), TargetTreeModel::Target);
        CHECK(model.node(index) == &model.progress().nodes[i]);
        CHECK(model.parent(index).isValid() == (i != 0));
        CHECK(size_t(model.rowCount(model.indexOf(int(i)))) == november.nodes[i].children.size());
    }
    CHECK(model.rowCount(root) >= 2); // 华东区, 华南区
    CHECK(model.indexOf(0, TargetTreeModel::Target).data(ExportValueRole).toLongLong() == 200000000);

    // Another period with no target: a second reset, then the headers follow the language.
    model.setProgress(analytics::computeTargetProgress(t.db(), QStringLiteral("2026-Q4")));
    CHECK(reset.count() == 2);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    CHECK(headers.count() == 1);

    // An edit asks for the change (the page stores it) and changes no data by itself.
    QSignalSpy edited(&model, &TargetTreeModel::targetEdited);
    QSignalSpy rejected(&model, &TargetTreeModel::editRejected);
    const int rep = model.progress().find(TargetNodeKind::Rep, zhang);
    REQUIRE(rep > 0);
    model.setData(model.indexOf(rep, TargetTreeModel::Target), QStringLiteral("¥80万"));
    REQUIRE(edited.count() == 1);
    CHECK(edited.at(0).at(0).toInt() == rep);
    model.setData(model.indexOf(rep, TargetTreeModel::Target), QStringLiteral("lots"));
    CHECK(rejected.count() == 1);
    CHECK(edited.count() == 1);

    model.setProgress({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the contracts table and its filter pass the model tester while contracts and filters change", "[ui][model]")
{
    test::ContractOffice o;
    const Contract a = o.contract(o.customerA, 100000000);
    const Contract b = o.contract(o.customerB, 50000000);
    o.contract(o.customerA, 30000000, ApprovalStatus::Draft);
    const QList<Instalment> plan = o.planByPercent(
        a.id, {{50, QDate(2026, 10, 1)}, {50, QDate(2027, 1, 31)}}); // the first is overdue
    o.receipt(b.id, 10000000, QDate(2026, 11, 2));

    ContractTableModel model;
    ContractFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester modelTester(&model, kFatal);
    Tester proxyTester(&proxy, kFatal);

    const ReceivablesReport report = computeReceivables(o.tdb.db(), o.today());
    model.setContracts(report.contracts);
    REQUIRE(model.rowCount() == 3);
    CHECK(proxy.rowCount() == 3);

    proxy.setCustomer(o.customerA);
    CHECK(proxy.rowCount() == 2);
    proxy.setStatus(QStringLiteral("draft"));
    CHECK(proxy.rowCount() == 1);
    proxy.setStatus({});
    proxy.setOverdueOnly(true);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(ContractTableModel::IdRole).toLongLong() == a.id);
    proxy.setOverdueOnly(false);
    proxy.setCustomer(0);
    proxy.setSearch(QStringLiteral("北方"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(ContractTableModel::IdRole).toLongLong() == b.id);
    proxy.sort(ContractTableModel::Balance, Qt::DescendingOrder);
    proxy.setSearch({});
    CHECK(proxy.rowCount() == 3);

    // The page shows a recomputed list after a payment: the rows are replaced.
    o.receipt(a.id, plan.first().amountCents, QDate(2026, 11, 20), plan.first().id);
    model.setContracts(computeReceivables(o.tdb.db(), o.today()).contracts);
    proxy.setOverdueOnly(true);
    CHECK(proxy.rowCount() == 0);
    model.setContracts({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the results table and its sort pass the model tester and keep the total row last", "[ui][model]")
{
    using Kind = ResultsTableModel::Kind;
    ResultsTableModel model;
    ResultsSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ResultsTableModel::SortRole);
    Tester modelTester(&model, kFatal);
    Tester proxyTester(&proxy, kFatal);

    const QList<ResultsTableModel::Column> columns = {
        {QStringLiteral("Source")},
        {QStringLiteral("Won"), Kind::Money, QStringLiteral("Won amount")},
        {QStringLiteral("Leads"), Kind::Count},
        {QStringLiteral("Conversion"), Kind::Percent}};
    const QList<ResultsTableModel::Row> rows = {
        {{QStringLiteral("官网"), qint64(12000000), qint64(12), 0.25}},
        {{QStringLiteral("展会"), qint64(48000000), qint64(5), QVariant()}},
        {{QStringLiteral("转介绍"), qint64(0), qint64(3), 1.0 / 3}},
        {{QStringLiteral("Total"), qint64(60000000), qint64(20), 0.2}, true},
    };
    model.setTable(columns, rows, QStringLiteral("CNY"));
    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == 4);
    CHECK(model.index(1, 3).data().toString() == QStringLiteral("—"));

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (int column = 0; column < 4; ++column) {
            proxy.sort(column, order);
            CHECK(proxy.index(3, 0).data(ResultsTableModel::TotalRole).toBool());
        }
    }
    proxy.sort(1, Qt::DescendingOrder);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("展会"));

    // A narrower table replaces the wider one (columns and rows both change).
    model.setTable(QList<ResultsTableModel::Column>{ResultsTableModel::Column(QStringLiteral("Region"))},
                   QList<ResultsTableModel::Row>{ResultsTableModel::Row(QVariantList{QStringLiteral("华东")})},
                   QStringLiteral("CNY"));
    CHECK(proxy.columnCount() == 1);
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("the board's export table passes the model tester while deals move, close and are filtered", "[ui][model]")
{
    QSettings().clear(); // the board remembers its filter
    test::TempDatabase t;
    test::Builders make{t.db()};
    const Pipeline pipeline = make.pipeline();
    // An administrator: this is about the board, not the role (test_role_ui).
    const qint64 wang = make.user(QStringLiteral("王芳"), 0, QStringLiteral("admin"));
    const qint64 li = make.user(QStringLiteral("李强"));
    const qint64 customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    t.db().setActingUserId(wang);
    const Opportunity big = make.opportunity(pipeline, customer, wang, 100000000, QStringLiteral("数控机床采购"));
    const Opportunity mid = make.opportunity(pipeline, customer, li, 50000000, QStringLiteral("仓储系统"));
    make.opportunity(pipeline, customer, wang, 20000000, QStringLiteral("维保合同"));
    DealStore store(t.db());
    KanbanBoard board(store);
    board.actions().confirmPendingTasks = [](const QList<PendingTask> &) { return true; };

    BoardTableModel &table = board.tableModel();
    Tester tester(&table, kFatal);
    REQUIRE(table.rowCount() == 3);
    CHECK(table.dealId(0) == big.id); // largest amount first

    REQUIRE(board.actions().moveDeals({mid.id}, pipeline.stages.at(1).id));
    CHECK(table.rowCount() == 3);
    CHECK(table.index(2, BoardTableModel::Title).data().toString() == QStringLiteral("仓储系统")); // the next column
    REQUIRE(board.actions().setOutcome({big.id}, OpportunityStatus::Won));
    CHECK(table.rowCount() == 2);

    BoardFilter onlyLi;
    onlyLi.ownerId = li;
    board.setFilter(onlyLi);
    REQUIRE(table.rowCount() == 1);
    CHECK(table.dealId(0) == mid.id);
    board.setFilter({});
    CHECK(table.rowCount() == 2);
    QSettings().clear();
}

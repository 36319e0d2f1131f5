// Export of lists as the user sees them: hidden columns left out and moved columns in
// their place, the kanban board's deals after its filter with typed money and date
// cells, and the activities page's two lists. Files are read back with our CSV / XLSX
// readers.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "activities/activitiespage.h"
#include "exportaction.h"
#include "kanban/boardtablemodel.h"
#include "kanban/kanbanboard.h"
#include "languagemanager.h"
#include "opportunity/dealstore.h"
#include "reps/repdiagnosticsview.h"
#include "session.h"
#include "widgets/deallisttable.h"
#include "widgets/recordtable.h"
#include "widgets/recordtablemodel.h"

#include "domain/activity.h"
#include "domain/errors.h"
#include "io/csvreader.h"
#include "io/xlsxfilereader.h"
#include "storage/database.h"
#include "storage/repositories/activityrepository.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace fd;

namespace {

struct Sheet
{
    QList<QStringList> rows;
    QList<QList<XlsxFileReader::CellType>> types;
};

Sheet readXlsx(const QString &path)
{
    Sheet sheet;
    XlsxFileReader reader(path);
    SourceRecord record;
    while (reader.next(record)) {
        sheet.rows << record.fields;
        sheet.types << reader.cellTypes();
    }
    return sheet;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReadOptions options;
    options.encoding = TextEncoding::Utf8Bom;
    CsvReader reader(file, options);
    QList<QStringList> rows;
    SourceRecord record;
    while (reader.next(record)) {
        REQUIRE(record.ok());
        rows << record.fields;
    }
    return rows;
}

struct Firm
{
    qint64 id = 0;
    QString name;
    QString city;
    int count = 0;
    QDate due;
};

RecordListModel<Firm> *firms(QObject *parent)
{
    auto *model = new RecordListModel<Firm>(
        {{[] { return QStringLiteral("名称"); }, [](const Firm &f) { return QVariant(f.name); }},
         {[] { return QStringLiteral("城市"); }, [](const Firm &f) { return QVariant(f.city); }},
         {[] { return QStringLiteral("数量"); }, [](const Firm &f) { return QVariant(f.count); }},
         {[] { return QStringLiteral("到期"); }, [](const Firm &f) { return QVariant(f.due); }}},
        [](const Firm &f) { return f.id; }, parent);
    model->setRows({{1, QStringLiteral("华东贸易"), QStringLiteral("上海"), 12, QDate(2026, 12, 1)},
                    {2, QStringLiteral("北方机械"), QStringLiteral("北京"), 7, QDate(2026, 12, 2)}});
    return model;
}

} // namespace

TEST_CASE("hidden columns are left out and moved columns follow the header's order", "[ui][export]")
{
    QSettings().clear();
    QObject owner;
    RecordTable table(QStringLiteral("exportHiddenTest"), firms(&owner));
    QHeaderView *header = table.view()->horizontalHeader();
    header->hideSection(1);    // 城市
    header->moveSection(2, 0); // 数量 first
    REQUIRE(visibleColumns(*header) == QList<int>{2, 0, 3});
    QTemporaryDir dir;

    SECTION("CSV")
    {
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        CHECK(table.exportTo(ExportFormat::Csv, path) == 2);
        const QList<QStringList> rows = readCsv(path);
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(0) == QStringList{QStringLiteral("数量"), QStringLiteral("名称"), QStringLiteral("到期")});
        CHECK(rows.at(1)
              == QStringList{QStringLiteral("12"), QStringLiteral("华东贸易"), QStringLiteral("2026-12-01")});
        CHECK(rows.at(2) == QStringList{QStringLiteral("7"), QStringLiteral("北方机械"), QStringLiteral("2026-12-02")});
    }
    SECTION("XLSX: the date column stays a typed date")
    {
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        CHECK(table.exportTo(ExportFormat::Xlsx, path) == 2);
        const Sheet sheet = readXlsx(path);
        REQUIRE(sheet.rows.size() == 3);
        CHECK(sheet.rows.at(0) == QStringList{QStringLiteral("数量"), QStringLiteral("名称"), QStringLiteral("到期")});
        CHECK(sheet.rows.at(1)
              == QStringList{QStringLiteral("12"), QStringLiteral("华东贸易"), QStringLiteral("2026-12-01")});
        CHECK(sheet.types.at(1).value(0) == XlsxFileReader::CellType::Number);
        CHECK(sheet.types.at(1).value(2) == XlsxFileReader::CellType::Date);
    }
    SECTION("a hidden column of a table widget and a tree widget")
    {
        QTableWidget widget(1, 3);
        widget.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        for (int c = 0; c < 3; ++c)
            widget.setItem(0, c, new QTableWidgetItem(QStringLiteral("v%1").arg(c)));
        widget.setColumnHidden(0, true);
        const QString path = dir.filePath(QStringLiteral("w.csv"));
        CHECK(exportView(widget, ExportFormat::Csv, path) == 1);
        CHECK(readCsv(path)
              == QList<QStringList>{{QStringLiteral("B"), QStringLiteral("C")},
                                    {QStringLiteral("v1"), QStringLiteral("v2")}});

        QTreeWidget tree;
        tree.setHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        new QTreeWidgetItem(&tree, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")});
        tree.header()->moveSection(2, 0);
        tree.setColumnHidden(1, true);
        CHECK(exportView(tree, ExportFormat::Csv, path) == 1);
        CHECK(readCsv(path)
              == QList<QStringList>{{QStringLiteral("C"), QStringLiteral("A")},
                                    {QStringLiteral("z"), QStringLiteral("x")}});

        // Nothing visible: refused, rather than silently writing every column.
        widget.setColumnHidden(1, true);
        widget.setColumnHidden(2, true);
        CHECK_THROWS_AS(exportView(widget, ExportFormat::Csv, dir.filePath(QStringLiteral("none.csv"))), Error);
    }
    QSettings().clear();
}

TEST_CASE("the kanban board exports the deals it shows, with money and date cells", "[ui][export][kanban]")
{
    QSettings().clear();
    test::TempDatabase tdb;
    test::Builders make(tdb.db());
    const Pipeline pipeline = make.pipeline();
    // An administrator: this is about the board, not the role (test_role_ui).
    const qint64 wang = make.user(QStringLiteral("王芳"), 0, QStringLiteral("admin"));
    const qint64 li = make.user(QStringLiteral("李强"));
    const qint64 c1 = make.customer(QStringLiteral("华东精密机械有限公司"));
    const qint64 c2 = make.customer(QStringLiteral("北方物流集团"));
    tdb.db().setActingUserId(wang);
    make.opportunity(pipeline, c1, wang, 100000000, QStringLiteral("数控机床采购"));
    make.opportunity(pipeline, c2, li, 50000000, QStringLiteral("仓储系统"));
    make.opportunity(pipeline, c1, wang, 20000050, QStringLiteral("维保合同"));
    DealStore store(tdb.db());
    KanbanBoard board(store);

    // The toolbar button and the card menu share one action.
    auto *button = board.findChild<QToolButton *>(QStringLiteral("kanbanExport"));
    REQUIRE(button);
    CHECK(button->defaultAction() == board.exportAction());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.xlsx"));
    BoardFilter filter;
    filter.ownerId = wang;
    board.setFilter(filter);
    CHECK(exportModel(board.tableModel(), ExportFormat::Xlsx, path) == 2);
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) // kept for a look with another reader (xlsx2csv)
        QFile::copy(path, QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/kanban_export.xlsx"));
    Sheet sheet = readXlsx(path);
    REQUIRE(sheet.rows.size() == 3);
    const QStringList header = sheet.rows.at(0);
    const int title = int(header.indexOf(QStringLiteral("Deal")));
    const int amount = int(header.indexOf(QStringLiteral("Amount")));
    const int weighted = int(header.indexOf(QStringLiteral("Weighted amount")));
    const int close = int(header.indexOf(QStringLiteral("Expected close")));
    const int stage = int(header.indexOf(QStringLiteral("Stage")));
    REQUIRE(title >= 0);
    REQUIRE(amount >= 0);
    REQUIRE(weighted >= 0);
    REQUIRE(close >= 0);
    REQUIRE(stage >= 0);
    // Largest first within the stage, as the cards stand; only 王芳's deals.
    CHECK(sheet.rows.at(1).at(title) == QStringLiteral("数控机床采购"));
    CHECK(sheet.rows.at(2).at(title) == QStringLiteral("维保合同"));
    CHECK(sheet.rows.at(1).at(amount) == QStringLiteral("1000000"));
    CHECK(sheet.rows.at(2).at(amount) == QStringLiteral("200000.5"));
    CHECK(sheet.types.at(1).at(amount) == XlsxFileReader::CellType::Number);
    CHECK(sheet.rows.at(1).at(weighted) == QStringLiteral("100000")); // first stage: 10 %
    CHECK(sheet.rows.at(1).at(stage) == pipeline.stages.first().name);
    const QString expected = tdb.clock().now().date().addDays(30).toString(Qt::ISODate);
    CHECK(sheet.rows.at(1).at(close) == expected);
    CHECK(sheet.types.at(1).at(close) == XlsxFileReader::CellType::Date);

    // Another filter, another file: the text search leaves 李强's deal only.
    BoardFilter text;
    text.text = QStringLiteral("仓储");
    board.setFilter(text);
    const QString csv = dir.filePath(QStringLiteral("board.csv"));
    CHECK(exportModel(board.tableModel(), ExportFormat::Csv, csv) == 1);
    const QList<QStringList> rows = readCsv(csv);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).at(title) == QStringLiteral("仓储系统"));
    CHECK(rows.at(1).at(amount) == QStringLiteral("500000.00"));

    // The column titles follow the interface language.
    LanguageManager languages;
    languages.apply(QStringLiteral("zh_CN"));
    CHECK(board.tableModel().headerData(BoardTableModel::Weighted, Qt::Horizontal).toString()
          == QStringLiteral("加权金额"));
    languages.apply(QStringLiteral("en"));
    CHECK(board.tableModel().headerData(BoardTableModel::Weighted, Qt::Horizontal).toString()
          == QStringLiteral("Weighted amount"));
    QSettings().clear();
}

TEST_CASE("the activities page exports its task list and its funnel table", "[ui][export]")
{
    QSettings().clear();
    test::TempDatabase t;
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};
    languages.apply(QStringLiteral("en"));
    test::Builders b(t.db());
    const qint64 rep = b.user(QStringLiteral("王芳"));
    const qint64 customer = b.customer(QStringLiteral("杭州云帆网络有限公司"), 0, rep);
    FollowUpTask task;
    task.title = QStringLiteral("寄送报价单");
    task.dueAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    task.userId = rep;
    task.customerId = customer;
    ActivityRepository(t.db()).addTask(task);
    Activity call;
    call.kind = ActivityKind::Call;
    call.subject = QStringLiteral("电话回访");
    call.occurredAt = t.clock().now();
    call.customerId = customer;
    call.userId = rep;
    ActivityRepository(t.db()).log(call);
    auto db = Database::openSqlite(t.path());
    db->setClock(&t.clock());
    session.setDatabase(std::move(db));

    ActivitiesPage page(context);
    page.refresh();
    auto *tasks = page.findChild<RecordTable *>(QStringLiteral("tasks"));
    REQUIRE(tasks);
    REQUIRE(tasks->rowCount() == 1);
    auto *exportTasks = page.findChild<QToolButton *>(QStringLiteral("exportTasks"));
    REQUIRE(exportTasks);
    CHECK(exportTasks->defaultAction() == tasks->exportAction());
    tasks->view()->horizontalHeader()->hideSection(4); // State

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.xlsx"));
    CHECK(tasks->exportTo(ExportFormat::Xlsx, path) == 1);
    const Sheet sheet = readXlsx(path);
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows.at(0)
          == QStringList{QStringLiteral("Due"), QStringLiteral("Task"), QStringLiteral("Customer"),
                         QStringLiteral("Assignee")});
    CHECK(sheet.rows.at(1).at(0) == QStringLiteral("2026-11-20T09:00:00"));
    CHECK(sheet.types.at(1).at(0) == XlsxFileReader::CellType::Date);
    CHECK(sheet.rows.at(1).at(1) == QStringLiteral("寄送报价单"));

    auto *funnel = page.findChild<QTableWidget *>(QStringLiteral("activityFunnel"));
    REQUIRE(funnel);
    REQUIRE(funnel->actions().size() == 1);
    REQUIRE(funnel->rowCount() >= 1);
    const QString csv = dir.filePath(QStringLiteral("funnel.csv"));
    CHECK(exportView(*funnel, ExportFormat::Csv, csv) == funnel->rowCount());
    const QList<QStringList> rows = readCsv(csv);
    REQUIRE(rows.size() == funnel->rowCount() + 1);
    CHECK(rows.at(0).value(0) == QStringLiteral("Rep"));
    CHECK(rows.at(0).value(1) == QStringLiteral("Calls"));
    for (int r = 0; r < funnel->rowCount(); ++r) {
        CHECK(rows.at(r + 1).value(0) == funnel->item(r, 0)->text());
        CHECK(rows.at(r + 1).value(1) == QString::number(funnel->item(r, 1)->data(Qt::DisplayRole).toLongLong()));
    }
    QSettings().clear();
}

TEST_CASE("rep diagnostics and deal lists export amounts as money cells, not their brief text", "[ui][export]")
{
    QSettings().clear();
    QTemporaryDir dir;
    SECTION("rep diagnostics")
    {
        analytics::RepResult result;
        analytics::RepRow row;
        row.displayName = QStringLiteral("王芳");
        row.pipeline = 123456789; // shown as ¥123.5万
        row.weighted = 5000;
        row.wonCount = 4;
        row.lostCount = 1;
        result.reps.push_back(row);
        RepDiagnosticsView view;
        view.setResult(result);
        REQUIRE(view.table()->actions().size() == 1);
        const QString path = dir.filePath(QStringLiteral("reps.xlsx"));
        CHECK(exportView(*view.table(), ExportFormat::Xlsx, path) == 1);
        const Sheet sheet = readXlsx(path);
        REQUIRE(sheet.rows.size() == 2);
        CHECK(sheet.rows.at(1).at(0) == QStringLiteral("王芳"));
        CHECK(sheet.rows.at(1).at(1) == QStringLiteral("1234567.89"));
        CHECK(sheet.types.at(1).at(1) == XlsxFileReader::CellType::Number);
        CHECK(sheet.rows.at(1).at(2) == QStringLiteral("50"));
        CHECK(sheet.rows.at(1).at(3) == QStringLiteral("4"));
        CHECK(sheet.types.at(1).at(3) == XlsxFileReader::CellType::Number);
        CHECK(sheet.rows.at(1).value(7).isEmpty()); // no average deal: an empty cell, not "—"
    }
    SECTION("a deal list without its extra figure column")
    {
        test::TempDatabase tdb;
        test::Builders make(tdb.db());
        const Pipeline pipeline = make.pipeline();
        const qint64 rep = make.user(QStringLiteral("王芳"));
        const Opportunity deal = make.opportunity(pipeline, make.customer(QStringLiteral("北方物流集团")), rep,
                                                  7654321);
        DealListTable table;
        table.setDeals(tdb.db(), {deal.id});
        const QString path = dir.filePath(QStringLiteral("deals.csv"));
        CHECK(exportView(table, ExportFormat::Csv, path) == 1);
        const QList<QStringList> rows = readCsv(path);
        REQUIRE(rows.size() == 2);
        CHECK(rows.at(0).size() == 6); // the hidden extra column is left out
        CHECK(rows.at(1).at(4) == QStringLiteral("76543.21"));
        CHECK(rows.at(1).at(5) == deal.expectedCloseDate.toString(Qt::ISODate));
    }
    QSettings().clear();
}

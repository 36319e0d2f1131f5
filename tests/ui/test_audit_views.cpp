// The audit trail on screen, on real SQLite files and real widgets (offscreen): the History
// tab of the deal, customer (with its contacts), lead and contract editors, and Settings →
// Audit log (filters, CSV / Excel export read back, double-click opens the record, a rep
// sees only their own records' rows), its model under QAbstractItemModelTester.
// FD_SCREENSHOTS=<folder> keeps pictures of the History tab and the Audit log (zh_CN).
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "contracts/contracteditor.h"
#include "customers/customereditor.h"
#include "exportaction.h"
#include "languagemanager.h"
#include "leads/leadeditor.h"
#include "opportunity/dealstore.h"
#include "opportunity/opportunityeditor.h"
#include "session.h"
#include "settings/auditlogpage.h"
#include "widgets/audittablemodel.h"
#include "widgets/historytab.h"

#include "audit/auditreader.h"
#include "audit/audittext.h"
#include "io/xlsxfilereader.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/opportunityrepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fd;

namespace {

void shoot(QWidget &w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        return;
    w.show();
    QTest::qWait(50);
    w.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QLatin1Char('/') + name);
}

// Two teams' reps, an administrator; a deal, customer (with a contact), lead and contract of
// rep 李娜 and a deal of rep 孙浩; each changed by its owner. The GUI is signed in as the admin.
struct AuditedOffice
{
    test::TempDatabase t;
    test::Builders make{t.db()};
    Session session;
    LanguageManager languages;
    qint64 east = make.team(QStringLiteral("华东一组"));
    qint64 north = make.team(QStringLiteral("华北一组"));
    qint64 li = make.user(QStringLiteral("李娜"), east);
    qint64 sun = make.user(QStringLiteral("孙浩"), north);
    qint64 admin = make.user(QStringLiteral("管理员"), 0, QStringLiteral("admin"));
    Pipeline pipeline = make.pipeline();
    qint64 customer = make.customer(QStringLiteral("华东精密机械"), 0, li);
    qint64 deal = make.opportunity(pipeline, customer, li, 100000, QStringLiteral("MES 一期")).id;
    qint64 otherDeal = make.opportunity(pipeline, make.customer(QStringLiteral("北方重工"), 0, sun), sun, 300000,
                                        QStringLiteral("北方项目"))
                           .id;
    qint64 contact = 0, lead = 0, contract = 0;

    explicit AuditedOffice(const QString &language = QStringLiteral("en"))
    {
        QSettings().clear();
        languages.apply(language);
        Database &db = t.db();
        Contact k;
        k.customerId = customer;
        k.name = QStringLiteral("张伟");
        k.phone = QStringLiteral("021-1111");
        contact = CustomerRepository(db).addContact(k);
        Lead l;
        l.name = QStringLiteral("王经理");
        l.company = QStringLiteral("江南纺织");
        l.ownerId = li;
        lead = LeadRepository(db).create(l);
        Contract c;
        c.number = QStringLiteral("HT-2026-001");
        c.title = QStringLiteral("MES 实施合同");
        c.customerId = customer;
        c.ownerId = li;
        c.amount = {100000, QStringLiteral("CNY")};
        c.signedDate = QDate(2026, 11, 1);
        contract = ContractRepository(db).create(c);

        // Each owner changes their records, a minute apart.
        db.setActingUserId(li);
        OpportunityRepository deals(db);
        Opportunity o = deals.get(deal);
        o.amount.cents = 555500;
        deals.update(o);
        t.clock().advanceSeconds(60);
        deals.moveToStage(deal, pipeline.stages[1].id);
        CustomerRepository customers(db);
        Contact changed = customers.contact(contact);
        changed.phone = QStringLiteral("021-2222");
        customers.updateContact(changed);
        Lead ld = LeadRepository(db).get(lead);
        ld.phone = QStringLiteral("139-0000-0000");
        LeadRepository(db).update(ld);
        Contract ct = ContractRepository(db).get(contract);
        ct.title = QStringLiteral("MES 实施合同（修订）");
        ContractRepository(db).update(ct, QStringLiteral("客户要求"));
        db.setActingUserId(sun);
        Opportunity theirs = deals.get(otherDeal);
        theirs.title = QStringLiteral("北方项目二期");
        deals.update(theirs);
        db.setActingUserId(0);

        auto gui = Database::openSqlite(t.path());
        gui->setClock(&t.clock());
        gui->setActingUserId(admin);
        session.setDatabase(std::move(gui));
    }
    ~AuditedOffice() { QSettings().clear(); }
    Database &gui() { return *session.database(); }
};

// The first row of `model` whose Field column shows `field`; -1 if none.
int rowWithField(const QAbstractItemModel &model, const QString &field)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, AuditTableModel::Field).data().toString() == field)
            return r;
    return -1;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

HistoryTab *historyOf(QWidget &editor)
{
    auto *tab = editor.findChild<HistoryTab *>(QStringLiteral("historyTab"));
    REQUIRE(tab);
    auto *tabs = qobject_cast<QTabWidget *>(tab->parentWidget()->parentWidget());
    REQUIRE(tabs);
    tabs->setCurrentWidget(tab);
    editor.show();
    QTest::qWait(20);
    return tab;
}

} // namespace

TEST_CASE("audit views: the deal editor's History tab says who changed what from → to, in Chinese", "[ui][audit]")
{
    AuditedOffice o(QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    DealStore store(o.gui());
    QUndoStack undo;
    OpportunityEditor editor(store, undo, o.deal, 0, 0);
    editor.resize(900, 640);
    // Titled before it is ever shown (it used to stay blank until first visited).
    auto *unseen = editor.findChild<HistoryTab *>(QStringLiteral("historyTab"));
    REQUIRE(unseen);
    auto *tabs = qobject_cast<QTabWidget *>(unseen->parentWidget()->parentWidget());
    REQUIRE(tabs);
    CHECK(tabs->tabText(tabs->indexOf(unseen)) == QStringLiteral("历史记录"));
    HistoryTab *history = historyOf(editor);
    CHECK(tabs->tabText(tabs->indexOf(history)) == QStringLiteral("历史记录"));
    const AuditTableModel &m = *history->model();
    const int amount = rowWithField(m, QStringLiteral("金额"));
    REQUIRE(amount >= 0);
    CHECK(cell(m, amount, AuditTableModel::Who) == QStringLiteral("李娜"));
    CHECK(cell(m, amount, AuditTableModel::Action) == QStringLiteral("修改"));
    CHECK(cell(m, amount, AuditTableModel::From) == QStringLiteral("¥1,000.00"));
    CHECK(cell(m, amount, AuditTableModel::To) == QStringLiteral("¥5,555.00"));
    const int stage = rowWithField(m, QStringLiteral("阶段"));
    REQUIRE(stage >= 0);
    CHECK(stage < amount); // newest first
    CHECK(cell(m, stage, AuditTableModel::From) == o.pipeline.stages[0].name);
    CHECK(cell(m, stage, AuditTableModel::To) == o.pipeline.stages[1].name);
    // Only this deal's rows: the other rep's change of their deal is not here.
    for (int r = 0; r < m.rowCount(); ++r)
        CHECK(m.index(r, 0).data(AuditTableModel::EntityIdRole).toLongLong() == o.deal);
    CHECK(history->view()->isColumnHidden(AuditTableModel::Record));
    CHECK(history->findChild<QLabel *>(QStringLiteral("historySummary"))->text().contains(QStringLiteral("条")));
    shoot(editor, QStringLiteral("deal-history-zh_CN.png"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("audit views: the customer (with its contacts), lead and contract editors have a History tab", "[ui][audit]")
{
    AuditedOffice o;
    {
        CustomerEditor editor(o.gui(), o.customer);
        HistoryTab *history = historyOf(editor);
        const AuditTableModel &m = *history->model();
        CHECK_FALSE(history->view()->isColumnHidden(AuditTableModel::Record)); // customer and contacts
        const int phone = rowWithField(m, QStringLiteral("Phone"));
        REQUIRE(phone >= 0);
        CHECK(cell(m, phone, AuditTableModel::Record) == QStringLiteral("Contact #%1 张伟").arg(o.contact));
        CHECK(cell(m, phone, AuditTableModel::From) == QStringLiteral("021-1111"));
        CHECK(cell(m, phone, AuditTableModel::To) == QStringLiteral("021-2222"));
    }
    {
        LeadEditor editor(o.gui(), LeadRepository(o.gui()).get(o.lead));
        const AuditTableModel &m = *historyOf(editor)->model();
        const int phone = rowWithField(m, QStringLiteral("Phone"));
        REQUIRE(phone >= 0);
        CHECK(cell(m, phone, AuditTableModel::To) == QStringLiteral("139-0000-0000"));
        CHECK(cell(m, phone, AuditTableModel::Who) == QStringLiteral("李娜"));
    }
    {
        ContractEditor editor(o.gui(), o.contract);
        const AuditTableModel &m = *historyOf(editor)->model();
        const int title = rowWithField(m, QStringLiteral("Title"));
        REQUIRE(title >= 0);
        CHECK(cell(m, title, AuditTableModel::From) == QStringLiteral("MES 实施合同"));
        CHECK(cell(m, title, AuditTableModel::To) == QStringLiteral("MES 实施合同（修订）"));
    }
    // A new record has no history to show.
    CustomerEditor fresh(o.gui(), 0);
    CHECK(fresh.findChild<HistoryTab *>() == nullptr);
}

TEST_CASE("audit views: Settings → Audit log filters, exports what it shows and opens the record", "[ui][audit]")
{
    AuditedOffice o;
    AuditLogPage page(o.session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate day = o.t.clock().now().date();
    page.setDays(day.addDays(-1), day);
    const AuditTableModel &m = *page.model();
    REQUIRE(m.rowCount() > 0);
    // Everyone's changes: both reps.
    QSet<QString> who;
    for (int r = 0; r < m.rowCount(); ++r)
        who.insert(cell(m, r, AuditTableModel::Who));
    CHECK(who.contains(QStringLiteral("李娜")));
    CHECK(who.contains(QStringLiteral("孙浩")));

    page.setPerson(o.sun);
    REQUIRE(m.rowCount() == 1);
    CHECK(cell(m, 0, AuditTableModel::Record) == QStringLiteral("Deal #%1 北方项目二期").arg(o.otherDeal));
    CHECK(cell(m, 0, AuditTableModel::From) == QStringLiteral("北方项目"));
    page.setPerson(0);
    page.setKind(QStringLiteral("lead"));
    REQUIRE(m.rowCount() > 0);
    for (int r = 0; r < m.rowCount(); ++r)
        CHECK(m.index(r, 0).data(AuditTableModel::EntityRole).toString() == QStringLiteral("lead"));
    page.setKind(QString());
    page.setDays(day.addDays(1), day.addDays(2));
    CHECK(m.rowCount() == 0);
    page.setDays(day.addDays(-1), day);

    // Export: what the table shows, CSV and Excel, read back.
    page.setPerson(o.li);
    const int shown = m.rowCount();
    QTemporaryDir dir;
    CHECK(exportView(*page.view(), ExportFormat::Csv, dir.filePath(QStringLiteral("audit.csv"))) == shown);
    QFile csv(dir.filePath(QStringLiteral("audit.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.contains(QStringLiteral("When,Who,Record,What,Field,From,To")));
    CHECK(text.contains(QStringLiteral("139-0000-0000")));
    CHECK_FALSE(text.contains(QStringLiteral("北方项目二期")));
    CHECK(exportView(*page.view(), ExportFormat::Xlsx, dir.filePath(QStringLiteral("audit.xlsx"))) == shown);
    XlsxFileReader reader(dir.filePath(QStringLiteral("audit.xlsx")));
    SourceRecord record;
    int rows = 0;
    bool sawAmount = false;
    while (reader.next(record)) {
        ++rows;
        sawAmount = sawAmount || record.fields.contains(QStringLiteral("¥5,555.00"));
    }
    CHECK(rows == shown + 1);
    CHECK(sawAmount);

    // A double-click opens the record's editor (closed here unsaved).
    const int contractRow = [&] {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, 0).data(AuditTableModel::EntityRole).toString() == QStringLiteral("contract"))
                return r;
        return -1;
    }();
    REQUIRE(contractRow >= 0);
    QString opened;
    QTimer::singleShot(0, [&] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            opened = w->objectName() + QLatin1Char('|') + w->windowTitle();
            w->close();
        }
    });
    page.show();
    emit page.view()->doubleClicked(m.index(contractRow, AuditTableModel::Field));
    CHECK(opened.contains(QStringLiteral("HT-2026-001")));
}

TEST_CASE("audit views: a rep's Audit log shows their records' rows only, in Chinese", "[ui][audit]")
{
    AuditedOffice o(QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    o.gui().setActingUserId(o.li);
    AuditLogPage page(o.session);
    const QDate day = o.t.clock().now().date();
    page.setDays(day.addDays(-1), day);
    const AuditTableModel &m = *page.model();
    REQUIRE(m.rowCount() > 0);
    for (int r = 0; r < m.rowCount(); ++r) {
        INFO(cell(m, r, AuditTableModel::Record).toStdString());
        CHECK(m.index(r, 0).data(AuditTableModel::EntityIdRole).toLongLong() != o.otherDeal);
        CHECK(cell(m, r, AuditTableModel::Who) != QStringLiteral("孙浩"));
    }
    CHECK(m.headerData(AuditTableModel::Who, Qt::Horizontal).toString() == QStringLiteral("操作人"));
    page.resize(1100, 520);
    shoot(page, QStringLiteral("audit-log-zh_CN.png"));
    QLocale::setDefault(QLocale::c());
}

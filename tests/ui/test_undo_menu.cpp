// Edit → Undo / Redo of the main window: one QUndoGroup whose active stack is the shown
// page's. A receipt entered on the contracts page, a lead merge and a stage move on the
// board are undone and redone through the window's actions (and Ctrl+Z / Ctrl+Shift+Z);
// the stored rows, the page, and the actions' text and enabled state follow.
#include "catchqt.h"
#include "contractfixture.h"

#include "contracts/contractdialog.h"
#include "contracts/contractspage.h"
#include "contracts/contracttablemodel.h"
#include "contracts/paymentdialogs.h"
#include "exportaction.h"
#include "kanban/boardactions.h"
#include "kanban/kanbanboard.h"
#include "kanban/kanbanpage.h"
#include "languagemanager.h"
#include "leads/leadspage.h"
#include "mainwindow.h"
#include "session.h"
#include "widgets/recordtable.h"

#include "analytics/receivables.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/opportunityrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace fd;
using namespace fd::test;

namespace {

// Contract HT-2026-001 (¥10,000.00) with two instalments of 50 %, the first due 10 days
// ago; the window works on a second connection to the same file.
struct Office
{
    ContractOffice f;
    Session session;
    LanguageManager languages;
    Contract contract;
    QList<Instalment> instalments;

    Office()
    {
        QSettings().clear();
        languages.apply(QStringLiteral("en"));
        contract = f.contract(f.customerA, 1000000);
        instalments = f.planByPercent(contract.id, {{50, f.today().addDays(-10)}, {50, f.today().addDays(20)}});
        auto db = Database::openSqlite(f.tdb.path());
        db->setClock(&f.tdb.clock());
        db->setActingUserId(f.finance);
        session.setDatabase(std::move(db));
    }
    ~Office() { QSettings().clear(); }

    Database &gui() { return *session.database(); }
    qint64 outstanding(qint64 instalmentId)
    {
        for (const InstalmentBalance &b : computeReceivables(gui(), f.today()).instalments) {
            if (b.instalmentId == instalmentId)
                return b.outstanding;
        }
        return -1;
    }
};

template<typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    }
    return nullptr;
}

// Answers the next modal question box with Yes.
void answerYes()
{
    QTimer::singleShot(0, [] {
        if (auto *box = topLevel<QMessageBox>())
            box->button(QMessageBox::Yes)->click();
    });
}

QPushButton *button(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// Receipt of ¥2,000.00 against the first instalment, entered the way a clerk does: the
// contract's detail, "Record receipt…", amount and instalment, OK, then Close.
void enterReceipt(ContractsPage &page, qint64 contractId, qint64 instalmentId)
{
    QTimer::singleShot(0, [instalmentId] {
        auto *detail = topLevel<ContractDialog>();
        REQUIRE(detail);
        QTimer::singleShot(0, [instalmentId] {
            auto *receipt = topLevel<ReceiptDialog>();
            REQUIRE(receipt);
            receipt->amountEdit()->setText(QStringLiteral("2,000.00"));
            receipt->instalmentBox()->setCurrentIndex(receipt->instalmentBox()->findData(instalmentId));
            receipt->accept();
        });
        detail->findChild<QPushButton *>(QStringLiteral("addReceipt"))->click();
        detail->reject();
    });
    page.openContract(contractId);
}

qint64 shownBalance(ContractsPage &page, qint64 contractId)
{
    QSignalSpy spy(&page, &ContractsPage::loaded);
    REQUIRE(spy.wait(10000));
    const QAbstractItemModel *m = page.contractView()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ContractTableModel::IdRole).toLongLong() == contractId)
            return m->index(r, ContractTableModel::Balance).data(ExportValueRole).toLongLong();
    }
    return -1;
}

} // namespace

TEST_CASE("Edit → Undo removes a receipt entered on the contracts page and Redo brings it back",
          "[ui][undo][contracts]")
{
    Office o;
    MainWindow w(o.session, o.languages);
    w.show();
    REQUIRE(w.showPage(QStringLiteral("contracts")));
    auto *page = qobject_cast<ContractsPage *>(w.page(QStringLiteral("contracts")));
    REQUIRE(page);
    CHECK(w.undoGroup()->activeStack() == page->undoStack());
    CHECK_FALSE(w.undoAction()->isEnabled());
    CHECK(w.undoAction()->text() == QStringLiteral("&Undo"));
    CHECK_FALSE(w.redoAction()->isEnabled());

    enterReceipt(*page, o.contract.id, o.instalments[0].id);
    const QList<Receipt> entered = ContractRepository(o.gui()).receipts(o.contract.id);
    REQUIRE(entered.size() == 1);
    CHECK(o.outstanding(o.instalments[0].id) == 300000);
    CHECK(w.undoAction()->isEnabled());
    CHECK(w.undoAction()->text() == QStringLiteral("&Undo receipt of ¥2,000.00 on %1").arg(o.contract.number));

    // Undo through the window's action: the receipt is gone, the instalment is open again.
    w.undoAction()->trigger();
    CHECK(o.f.tdb.count(QStringLiteral("receipts")) == 0);
    CHECK(o.outstanding(o.instalments[0].id) == 500000);
    CHECK(shownBalance(*page, o.contract.id) == 1000000);
    CHECK_FALSE(w.undoAction()->isEnabled());
    CHECK(w.undoAction()->text() == QStringLiteral("&Undo"));
    CHECK(w.redoAction()->isEnabled());
    CHECK(w.redoAction()->text() == QStringLiteral("&Redo receipt of ¥2,000.00 on %1").arg(o.contract.number));

    // Ctrl+Shift+Z: the same receipt again, under its id.
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Receipt> back = ContractRepository(o.gui()).receipts(o.contract.id);
    REQUIRE(back.size() == 1);
    CHECK(back.first().id == entered.first().id);
    CHECK(back.first().amountCents == 200000);
    CHECK(back.first().instalmentId == o.instalments[0].id);
    CHECK(o.outstanding(o.instalments[0].id) == 300000);
    CHECK(shownBalance(*page, o.contract.id) == 800000);
    // Ctrl+Z undoes it again.
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    CHECK(o.f.tdb.count(QStringLiteral("receipts")) == 0);
}

TEST_CASE("Edit → Undo of a lead merge brings both leads and their activities back, and the stack follows the page",
          "[ui][undo][leads]")
{
    Office o;
    o.gui().setActingUserId(0); // nobody in particular: finance sees no leads (storage/viewer.h)
    LeadRepository leads(o.gui());
    Lead first;
    first.name = QStringLiteral("周杰");
    first.company = QStringLiteral("云帆网络有限公司");
    leads.create(first);
    Lead second;
    second.name = QStringLiteral("周杰");
    second.company = QStringLiteral("云帆网络（中国）");
    second.phone = QStringLiteral("13900001111");
    leads.create(second);
    for (qint64 lead : {first.id, second.id}) {
        Activity call;
        call.subject = QStringLiteral("电话沟通");
        call.occurredAt = o.f.tdb.clock().now();
        call.userId = o.f.finance;
        call.leadId = lead;
        ActivityRepository(o.gui()).log(call);
    }

    MainWindow w(o.session, o.languages);
    w.show();
    REQUIRE(w.showPage(QStringLiteral("leads")));
    auto *page = qobject_cast<LeadsPage *>(w.page(QStringLiteral("leads")));
    REQUIRE(page);
    CHECK(w.undoGroup()->activeStack() == page->undoStack());
    auto *dups = page->findChild<RecordTable *>(QStringLiteral("leadDuplicates"));
    REQUIRE(dups);
    // The duplicate review pairs its leads when its tab (the third) is shown.
    auto *tabs = page->findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(2);
    REQUIRE(dups->rowCount() == 1);
    dups->view()->selectRow(0);
    answerYes();
    button(page, QStringLiteral("Merge second into first"))->click();
    REQUIRE(o.f.tdb.count(QStringLiteral("leads")) == 1);
    const qint64 keeper = leads.list().first().id;
    const qint64 loser = keeper == first.id ? second.id : first.id;
    CHECK(ActivityRepository(o.gui()).forLead(keeper).size() == 2);
    CHECK(w.undoAction()->isEnabled());
    CHECK(w.undoAction()->text() == QStringLiteral("&Undo merge of #%1 into #%2").arg(loser).arg(keeper));

    // Another page has its own (empty) stack, a page without edits none.
    REQUIRE(w.showPage(QStringLiteral("contracts")));
    auto *contracts = qobject_cast<ContractsPage *>(w.page(QStringLiteral("contracts")));
    CHECK(w.undoGroup()->activeStack() == contracts->undoStack());
    CHECK_FALSE(w.undoAction()->isEnabled());
    CHECK(w.undoAction()->text() == QStringLiteral("&Undo"));
    REQUIRE(w.showPage(QStringLiteral("dashboard")));
    CHECK(w.undoGroup()->activeStack() == nullptr);
    CHECK_FALSE(w.undoAction()->isEnabled());

    // Back on the leads page, Edit → Undo puts both leads and their links back.
    REQUIRE(w.showPage(QStringLiteral("leads")));
    CHECK(w.undoAction()->isEnabled());
    w.undoAction()->trigger();
    CHECK(o.f.tdb.count(QStringLiteral("leads")) == 2);
    CHECK(leads.get(loser).company == (loser == first.id ? first.company : second.company));
    CHECK(leads.get(keeper).phone == (keeper == first.id ? first.phone : second.phone));
    CHECK(ActivityRepository(o.gui()).forLead(first.id).size() == 1);
    CHECK(ActivityRepository(o.gui()).forLead(second.id).size() == 1);
    CHECK(dups->rowCount() == 1);
    CHECK(w.redoAction()->text() == QStringLiteral("&Redo merge of #%1 into #%2").arg(loser).arg(keeper));
    // Redo merges the pair again.
    w.redoAction()->trigger();
    CHECK(o.f.tdb.count(QStringLiteral("leads")) == 1);
    CHECK(ActivityRepository(o.gui()).forLead(keeper).size() == 2);
    CHECK(dups->rowCount() == 0);
}

TEST_CASE("Edit → Undo on the kanban page undoes a stage move, and the board's stack is the page's",
          "[ui][undo][kanban]")
{
    Office o;
    o.gui().setActingUserId(0); // nobody in particular: finance does not move deals (storage/viewer.h)
    o.f.tdb.db().setActingUserId(0);
    const Pipeline p = o.f.make.pipeline();
    Opportunity deal;
    deal.title = QStringLiteral("MES 二期");
    deal.customerId = o.f.customerA;
    deal.ownerId = o.f.finance;
    deal.pipelineId = p.id;
    deal.stageId = p.stages.first().id;
    deal.amount = {5000000, QStringLiteral("CNY")};
    OpportunityRepository(o.gui()).create(deal);

    MainWindow w(o.session, o.languages);
    w.show();
    REQUIRE(w.showPage(QStringLiteral("kanban")));
    auto *page = qobject_cast<KanbanPage *>(w.page(QStringLiteral("kanban")));
    REQUIRE(page);
    REQUIRE(page->board());
    CHECK(&page->board()->undoStack() == page->undoStack());
    CHECK(w.undoGroup()->activeStack() == page->undoStack());
    page->board()->setPipeline(p.id);
    page->board()->actions().confirmPendingTasks = [](const QList<PendingTask> &) { return true; };
    REQUIRE(page->board()->actions().moveDeals({deal.id}, p.stages.at(2).id));
    CHECK(OpportunityRepository(o.gui()).get(deal.id).stageId == p.stages.at(2).id);
    CHECK(w.undoAction()->text().startsWith(QStringLiteral("&Undo Move 1 deal")));
    w.undoAction()->trigger();
    CHECK(OpportunityRepository(o.gui()).get(deal.id).stageId == p.stages.first().id);
    CHECK_FALSE(w.undoAction()->isEnabled());

    // Another database: the page keeps its stack, emptied, and the board uses it.
    auto db = Database::openSqlite(o.f.tdb.path());
    db->setClock(&o.f.tdb.clock());
    o.session.setDatabase(std::move(db));
    REQUIRE(page->board());
    CHECK(&page->board()->undoStack() == page->undoStack());
    CHECK(page->undoStack()->count() == 0);
    CHECK_FALSE(w.redoAction()->isEnabled());
}

TEST_CASE("in the contract detail Ctrl+Z undoes voiding an invoice and Ctrl+Shift+Z voids it again",
          "[ui][undo][contracts]")
{
    Office o;
    const qint64 invoice = o.f.invoice(o.contract.id, QStringLiteral("FP-0007"), 500000, o.f.today());
    const auto voided = [&] { return ContractRepository(o.gui()).invoices(o.contract.id).first().voided; };
    QUndoStack stack;
    int done = 0;
    ContractDialog detail(o.gui(), o.contract.id);
    detail.setUndoStack(&stack, [&done](const QString &error) {
        CHECK(error.isEmpty());
        ++done;
    });
    detail.show();
    detail.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&detail));
    auto *invoices = detail.findChild<QTableWidget *>(QStringLiteral("invoices"));
    REQUIRE(invoices);
    REQUIRE(invoices->rowCount() == 1);
    invoices->setCurrentCell(0, 0);
    answerYes();
    button(&detail, QStringLiteral("Void invoice"))->click();
    CHECK(voided());
    REQUIRE(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("void of invoice FP-0007"));
    CHECK(invoices->item(0, 5)->text() == QStringLiteral("void"));

    detail.activateWindow(); // back from the question box
    REQUIRE(QTest::qWaitForWindowActive(&detail));
    QTest::keyClick(&detail, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(voided());
    CHECK(invoices->item(0, 5)->text() == QStringLiteral("issued")); // the dialog shows it at once
    CHECK(done == 1);
    QTest::keyClick(&detail, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(voided());
    CHECK(ContractRepository(o.gui()).invoices(o.contract.id).first().id == invoice);

    // Voiding it again changes nothing, so there is nothing new to undo.
    answerYes();
    button(&detail, QStringLiteral("Void invoice"))->click();
    CHECK(stack.count() == 1);
}

TEST_CASE("in 简体中文 the Edit menu reads 编辑 and names the step to undo", "[ui][undo][i18n]")
{
    Office o;
    o.languages.apply(QStringLiteral("zh_CN"));
    MainWindow w(o.session, o.languages);
    w.show();
    REQUIRE(w.showPage(QStringLiteral("contracts")));
    auto *page = qobject_cast<ContractsPage *>(w.page(QStringLiteral("contracts")));
    REQUIRE(page);
    QMenu *edit = nullptr;
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(w.undoAction()))
            edit = a->menu();
    }
    REQUIRE(edit);
    CHECK(edit->title() == QStringLiteral("编辑(&E)"));
    CHECK(w.undoAction()->text() == QStringLiteral("撤销(&U)"));

    enterReceipt(*page, o.contract.id, o.instalments[0].id);
    const QString amount = money::format(200000, QStringLiteral("CNY"));
    CHECK(w.undoAction()->text() == QStringLiteral("撤销 回款 %1（%2）(&U)").arg(amount, o.contract.number));
    CHECK(w.redoAction()->text() == QStringLiteral("重做(&R)"));
    CHECK_FALSE(w.redoAction()->isEnabled());

    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) { // the window with its Edit menu open
        edit->popup(w.mapToGlobal(w.menuBar()->actionGeometry(edit->menuAction()).bottomLeft()));
        QTest::qWait(50);
        QPixmap shot = w.grab();
        QPainter painter(&shot);
        painter.drawPixmap(w.mapFromGlobal(edit->pos()), edit->grab());
        painter.end();
        shot.save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/edit_menu_zh_CN.png"));
        edit->hide();
    }
}

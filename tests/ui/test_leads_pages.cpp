// The Leads, Customers and Activities pages on the offscreen platform: the pool tab
// claims and assigns, the duplicate review merges and undoes, the 360° view shows the
// tier reason, quick-log records an activity in two clicks, the pool return job runs.
#include "builders.h"
#include "catchqt.h"
#include "pagefixture.h"
#include "tempdatabase.h"

#include "activities/activitiespage.h"
#include "customers/customerspage.h"
#include "languagemanager.h"
#include "leads/leadeditor.h"
#include "leads/leadspage.h"
#include "leads/poolreturnjob.h"
#include "session.h"
#include "widgets/recordtable.h"

#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/opportunityrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace fd;

namespace {

struct Fixture : test::PageFixture
{
    qint64 customer = 0;

    Fixture() { customer = test::Builders(t.db()).customer(QStringLiteral("杭州云帆网络有限公司"), 0, rep); }

    qint64 lead(const QString &name, const QString &company, qint64 owner = 0)
    {
        Lead l;
        l.name = name;
        l.company = company;
        l.ownerId = owner;
        return LeadRepository(*session.database()).create(l);
    }
};

QPushButton *button(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Leads page: pool claim and duplicate merge with undo", "[ui][leads]")
{
    Fixture f;
    const qint64 a = f.lead(QStringLiteral("周杰"), QStringLiteral("云帆网络有限公司"));
    f.lead(QStringLiteral("周杰"), QStringLiteral("云帆网络（中国）"));
    LeadsPage page(f.context);
    page.resize(1200, 700);
    page.show();
    auto *pool = page.findChild<RecordTable *>(QStringLiteral("leadPool"));
    auto *dups = page.findChild<RecordTable *>(QStringLiteral("leadDuplicates"));
    REQUIRE(pool);
    REQUIRE(dups);
    auto *tabs = page.findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(0);
    CHECK(pool->rowCount() == 2);
    // The duplicates are paired when their tab is shown, not with every reload of the page.
    CHECK(dups->rowCount() == 0);

    // Claim the first pool row for the chosen user.
    auto *assignee = page.findChild<QComboBox *>(QStringLiteral("leadAssignee"));
    REQUIRE(assignee);
    REQUIRE(assignee->count() == 1);
    pool->view()->selectRow(0);
    const qint64 claimed = pool->currentId();
    button(&page, QStringLiteral("Claim"))->click();
    CHECK(LeadRepository(*f.session.database()).get(claimed).ownerId == f.rep);
    CHECK(pool->rowCount() == 1);

    tabs->setCurrentIndex(2);
    CHECK(dups->rowCount() == 1);

    // Merge the pair, then undo it.
    dups->view()->selectRow(0);
    QPushButton *undo = button(&page, QStringLiteral("Undo merge"));
    REQUIRE(undo);
    CHECK(!undo->isEnabled());
    // The confirmation is a modal box: answer it through a zero-delay timer.
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->button(QMessageBox::Yes)->click();
        }
    });
    button(&page, QStringLiteral("Merge second into first"))->click();
    CHECK(f.t.count(QStringLiteral("leads")) == 1);
    CHECK(dups->rowCount() == 0);
    CHECK(undo->isEnabled());
    undo->click();
    CHECK(f.t.count(QStringLiteral("leads")) == 2);
    CHECK(dups->rowCount() == 1);
    CHECK(LeadRepository(*f.session.database()).get(a).name == QStringLiteral("周杰"));
}

TEST_CASE("Customers page shows the tier with its reason, activities quick-log in two clicks", "[ui][customers]")
{
    Fixture f;
    CustomersPage customers(f.context);
    customers.resize(1200, 700);
    customers.show();
    bool reasonShown = false;
    for (QLabel *l : customers.findChildren<QLabel *>())
        reasonShown = reasonShown || l->text().startsWith(QStringLiteral("Tier C · score 0"));
    CHECK(reasonShown);

    ActivitiesPage activities(f.context);
    activities.resize(1200, 700);
    activities.show();
    auto *picker = activities.findChildren<QComboBox *>().first();
    CHECK(picker->currentData().toLongLong() == f.customer);                   // click 1: the customer (only one here)
    activities.findChild<QPushButton *>(QStringLiteral("quickLog1"))->click(); // click 2: a visit
    const QList<Activity> logged = ActivityRepository(*f.session.database()).forCustomer(f.customer);
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().kind == ActivityKind::Visit);
    CHECK(logged.first().userId == f.rep);
}

TEST_CASE("Pool return job returns stale leads when run", "[ui][leads]")
{
    Fixture f;
    const qint64 id = f.lead(QStringLiteral("久未跟进"), QString(), f.rep);
    PoolReturnJob job(f.session);
    CHECK(job.runNow() == 0);
    f.t.clock().advanceSeconds(8 * 86400);
    CHECK(job.runNow() == 1);
    CHECK(LeadRepository(*f.session.database()).get(id).ownerId == 0);
}

TEST_CASE("Lead editor lists possible duplicates with why, and saves a new lead", "[ui][leads]")
{
    Fixture f;
    f.lead(QStringLiteral("周杰"), QStringLiteral("北京星河科技有限公司"));
    LeadEditor editor(*f.session.database(), Lead{});
    auto *list = editor.findChild<QListWidget *>();
    REQUIRE(list);
    CHECK(list->count() == 0);
    const QList<QLineEdit *> edits = editor.findChildren<QLineEdit *>();
    edits.at(0)->setText(QStringLiteral("李娜"));                     // name
    edits.at(1)->setText(QStringLiteral("北京星河科技（中国）集团")); // company
    editor.flushDuplicateCheck();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("same company")));
    edits.at(1)->setText(QStringLiteral("杭州云帆网络")); // the fixture's customer
    editor.flushDuplicateCheck();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Customer #")));
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(editor.lead().id > 0);
    CHECK(LeadRepository(*f.session.database()).get(editor.lead().id).company == QStringLiteral("杭州云帆网络"));
}

TEST_CASE("Converting a lead reads the amount exactly and asks again when it is not an amount", "[ui][leads]")
{
    Fixture f;
    test::Builders(f.t.db()).pipeline();
    f.lead(QStringLiteral("王磊"), QStringLiteral("苏州恒达精密机械"), f.rep);
    LeadsPage page(f.context);
    page.show();
    auto *leads = page.findChild<RecordTable *>(QStringLiteral("leads"));
    REQUIRE(leads);
    REQUIRE(leads->rowCount() == 1);
    leads->view()->selectRow(0);

    // Three modal questions in turn: what to convert into (a new customer), then the
    // amount, first as words (refused: asked again, naming the text), then as 12.5万.
    QStringList prompts;
    QStringList errors;
    const QStringList answers{QString(), QStringLiteral("一万二"), QStringLiteral("12.5万")};
    int step = 0;
    QTimer answerer;
    answerer.setInterval(10);
    QObject::connect(&answerer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            errors << box->text(); // an error instead of the next question: note it, go on
            box->accept();
            return;
        }
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || step >= answers.size())
            return;
        prompts << dialog->labelText();
        if (step > 0)
            dialog->setTextValue(answers.at(step));
        ++step;
        dialog->accept();
    });
    answerer.start();
    button(&page, QStringLiteral("Convert to customer…"))->click();
    answerer.stop();

    INFO(errors.join(QStringLiteral(" / ")).toStdString());
    CHECK(errors.isEmpty());
    REQUIRE(step == 3);
    CHECK(prompts.at(2).contains(QStringLiteral("\"一万二\" is not an amount")));
    REQUIRE(f.t.count(QStringLiteral("opportunities")) == 1);
    const qint64 deal = f.t.scalar(QStringLiteral("SELECT id FROM opportunities")).toLongLong();
    // Exact cents, never through a double.
    CHECK(OpportunityRepository(*f.session.database()).get(deal).amount.cents == 12'500'000);
}

// The customer editor on the offscreen platform: a customer with two contacts is stored
// and read back; an empty name is shown next to the name field and nothing is stored;
// a save over someone else's newer version is refused with a message.
#include "builders.h"
#include "catchqt.h"
#include "contractfixture.h"
#include "tempdatabase.h"

#include "activities/logactivitydialog.h"
#include "customers/customereditor.h"
#include "customers/customerspage.h"
#include "languagemanager.h"
#include "session.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/attachmentrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/sqlquery.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace fd;

namespace {

QLineEdit *field(CustomerEditor &e, int index)
{
    // Line edits in form order: name, industry, phone, email, address, website, source.
    return e.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly).at(index);
}

void setContact(QTableWidget *t, int row, const QStringList &texts)
{
    for (int c = 0; c < texts.size(); ++c)
        t->item(row, c)->setText(texts.at(c));
}

qint64 customerCount(Database &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM customers")).scalar().toLongLong();
}

} // namespace

TEST_CASE("customer editor creates a customer with two contacts", "[ui][customers]")
{
    test::TempDatabase t;
    const qint64 rep = test::Builders(t.db()).user(QStringLiteral("王芳"));
    CustomerEditor e(t.db(), 0);
    field(e, 0)->setText(QStringLiteral("苏州明远精密机械有限公司"));
    field(e, 1)->setText(QStringLiteral("制造业"));
    field(e, 3)->setText(QStringLiteral("info@mingyuan.example.cn"));
    auto *owner = e.findChildren<QComboBox *>().at(2);
    owner->setCurrentIndex(owner->findData(rep));
    auto *table = e.findChild<QTableWidget *>();
    e.addContactRow();
    e.addContactRow();
    setContact(table, 0, {QStringLiteral("陈静"), QStringLiteral("采购经理"), QStringLiteral("13800001111")});
    setContact(table, 1, {QStringLiteral("刘伟"), QStringLiteral("总经理")});
    e.accept();
    REQUIRE(e.result() == QDialog::Accepted);
    REQUIRE(e.customerId() > 0);

    const Customer c = CustomerRepository(t.db()).get(e.customerId());
    CHECK(c.name == QStringLiteral("苏州明远精密机械有限公司"));
    CHECK(c.industry == QStringLiteral("制造业"));
    CHECK(c.email == QStringLiteral("info@mingyuan.example.cn"));
    CHECK(c.ownerId == rep);
    REQUIRE(c.contacts.size() == 2);
    CHECK(c.contacts.at(0).name == QStringLiteral("陈静")); // primary first
    CHECK(c.contacts.at(0).isPrimary);
    CHECK(c.contacts.at(0).mobile == QStringLiteral("13800001111"));
    CHECK(c.contacts.at(1).name == QStringLiteral("刘伟"));
    CHECK_FALSE(c.contacts.at(1).isPrimary);

    // Editing: remove the second contact and rename the customer.
    CustomerEditor edit(t.db(), c.id);
    field(edit, 0)->setText(QStringLiteral("苏州明远精密机械股份有限公司"));
    auto *t2 = edit.findChild<QTableWidget *>();
    REQUIRE(t2->rowCount() == 2);
    t2->removeRow(1);
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    const Customer after = CustomerRepository(t.db()).get(c.id);
    CHECK(after.name == QStringLiteral("苏州明远精密机械股份有限公司"));
    REQUIRE(after.contacts.size() == 1);
    CHECK(after.contacts.at(0).name == QStringLiteral("陈静"));
}

TEST_CASE("customer editor shows a located error for an empty name and stores nothing", "[ui][customers]")
{
    test::TempDatabase t;
    CustomerEditor e(t.db(), 0);
    field(e, 3)->setText(QStringLiteral("not-an-address"));
    e.addContactRow(); // a contact without a name
    e.accept();
    CHECK(e.result() != QDialog::Accepted);
    CHECK_FALSE(e.errorText(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(e.errorText(QStringLiteral("email")).isEmpty());
    CHECK(e.errorText(QStringLiteral("contacts")).contains(QStringLiteral("Contact 1, Name: is required")));
    CHECK(e.errorText(QStringLiteral("industry")).isEmpty());
    CHECK(customerCount(t.db()) == 0);
}

TEST_CASE("customer editor says which contact is wrong and marks its cell", "[ui][customers]")
{
    test::TempDatabase t;
    CustomerEditor e(t.db(), 0);
    field(e, 0)->setText(QStringLiteral("苏州明远精密机械有限公司"));
    auto *table = e.findChild<QTableWidget *>();
    e.addContactRow();
    e.addContactRow();
    e.addContactRow();
    setContact(table, 0, {QStringLiteral("陈静")});
    setContact(table, 1, {QStringLiteral("刘伟"), QString(), QString(), QString(), QStringLiteral("liu wei@")});
    setContact(table, 2, {QStringLiteral("张强")});
    e.accept();
    CHECK(e.result() != QDialog::Accepted);
    const QString text = e.errorText(QStringLiteral("contacts"));
    CHECK(text.contains(QStringLiteral("Contact 2, E-mail: is not an e-mail address")));
    CHECK_FALSE(text.contains(QStringLiteral("Contact 1")));
    CHECK_FALSE(text.contains(QStringLiteral("Contact 3")));
    CHECK(table->item(1, 4)->background().color() != table->item(0, 4)->background().color());
    CHECK(table->item(1, 4)->toolTip() == QStringLiteral("is not an e-mail address"));
    CHECK(customerCount(t.db()) == 0);

    // Fixed, the mark goes and the customer is stored with its three contacts.
    table->item(1, 4)->setText(QStringLiteral("liuwei@mingyuan.example.cn"));
    e.accept();
    REQUIRE(e.result() == QDialog::Accepted);
    CHECK(table->item(1, 4)->toolTip().isEmpty());
    CHECK(CustomerRepository(t.db()).get(e.customerId()).contacts.size() == 3);
}

TEST_CASE("customer editor refuses to overwrite a newer version", "[ui][customers]")
{
    test::TempDatabase t;
    const qint64 id = test::Builders(t.db()).customer(QStringLiteral("杭州云帆网络有限公司"));
    CustomerEditor e(t.db(), id);
    Customer other = CustomerRepository(t.db()).get(id);
    other.industry = QStringLiteral("软件");
    CustomerRepository(t.db()).update(other);
    field(e, 1)->setText(QStringLiteral("互联网"));
    e.accept();
    CHECK(e.result() != QDialog::Accepted);
    CHECK_FALSE(e.errorText(QStringLiteral("general")).isEmpty());
    CHECK(CustomerRepository(t.db()).get(id).industry == QStringLiteral("软件"));
}

TEST_CASE("the customer's contracts list reckons received and outstanding like the receivables", "[ui][customers]")
{
    test::ContractOffice o;
    o.tdb.db().exec(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(o.customerB)); // one customer on the page
    const Contract signedOne = o.contract(o.customerA, 10000000);
    const QList<Instalment> parts = o.planByAmount(signedOne.id,
                                                   {{6000000, QDate(2026, 9, 1)}, {4000000, QDate(2026, 12, 1)}});
    o.receipt(signedOne.id, 3000000, QDate(2026, 9, 5));
    o.writeOff(signedOne.id, 1000000, QStringLiteral("验收延期，尾款减免 10%"), parts.at(1).id);
    const Contract rejected = o.contract(o.customerA, 5000000, ApprovalStatus::Rejected);

    Session session;
    LanguageManager languages;
    PageContext context{session, languages};
    auto db = Database::openSqlite(o.tdb.path());
    db->setClock(&o.tdb.clock());
    session.setDatabase(std::move(db));
    CustomersPage page(context);
    page.resize(1000, 700);
    page.show();

    QTableWidget *contracts = nullptr;
    for (QTableWidget *t : page.findChildren<QTableWidget *>()) {
        if (t->columnCount() == 6 && t->horizontalHeaderItem(0)->text() == QStringLiteral("Number"))
            contracts = t;
    }
    REQUIRE(contracts);
    REQUIRE(contracts->rowCount() == 2);
    for (int r = 0; r < 2; ++r) {
        const QString number = contracts->item(r, 0)->text();
        if (number == signedOne.number) {
            CHECK(contracts->item(r, 4)->text() == money::format(3000000, QStringLiteral("CNY")));
            CHECK(contracts->item(r, 5)->text() == money::format(6000000, QStringLiteral("CNY"))); // less the write-off
        } else {
            CHECK(number == rejected.number);
            CHECK(contracts->item(r, 5)->text() == QStringLiteral("—"));
        }
    }
}

TEST_CASE("customers page attaches a file to the current customer", "[ui][customers]")
{
    test::TempDatabase t;
    const qint64 id = test::Builders(t.db()).customer(QStringLiteral("杭州云帆网络有限公司"));
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};
    auto db = Database::openSqlite(t.path());
    db->setClock(&t.clock());
    session.setDatabase(std::move(db));
    CustomersPage page(context);
    page.resize(1000, 700);
    page.show();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("报价单.txt"));
    const QByteArray bytes("quotation v2: 12 units, 3.5万 each\n");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    REQUIRE(page.addAttachment(path));
    SqlQuery q(t.db(),
               QStringLiteral("SELECT entity, entity_id, file_name, size_bytes, sha256, content FROM attachments"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("customer"));
    CHECK(q.value(1).toLongLong() == id);
    CHECK(q.value(2).toString() == QStringLiteral("报价单.txt"));
    CHECK(q.value(3).toLongLong() == bytes.size());
    CHECK(q.value(4).toString()
          == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(q.value(5).toByteArray() == bytes);
    CHECK_FALSE(q.next());

    // A file over the limit is refused with a message naming the limit; nothing is stored.
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(AttachmentRepository::kMaxBytes + 1)); // sparse: no 20 MB write
    }
    QString shown;
    QTimer::singleShot(0, [&shown] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w)) {
                shown = box->text();
                box->accept();
            }
        }
    });
    CHECK_FALSE(page.addAttachment(big));
    CHECK(shown.contains(QStringLiteral("big.bin")));
    CHECK(SqlQuery(t.db(), QStringLiteral("SELECT COUNT(*) FROM attachments")).scalar().toLongLong() == 1);
}

TEST_CASE("quick-log from a lead creates the activity and the follow-up task", "[ui][activities]")
{
    test::TempDatabase t;
    const qint64 rep = test::Builders(t.db()).user(QStringLiteral("王芳"));
    Lead l;
    l.name = QStringLiteral("张磊");
    l.company = QStringLiteral("宁波海通物流有限公司");
    l.ownerId = rep;
    const qint64 lead = LeadRepository(t.db()).create(l);

    Activity link;
    link.leadId = lead;
    LogActivityDialog d(t.db(), link, rep);
    d.setValues(ActivityKind::Visit, QStringLiteral("上门拜访"), QStringLiteral("有采购意向"), QDate(2026, 11, 27));
    d.accept();
    REQUIRE(d.errorText().isEmpty());
    REQUIRE(d.result() == QDialog::Accepted);

    ActivityRepository repo(t.db());
    const QList<Activity> logged = repo.forLead(lead);
    REQUIRE(logged.size() == 1);
    CHECK(logged.at(0).kind == ActivityKind::Visit);
    CHECK(logged.at(0).outcome == QStringLiteral("有采购意向"));
    CHECK(logged.at(0).userId == rep);
    SqlQuery q(t.db(), QStringLiteral("SELECT lead_id, activity_id, user_id, due_at, done FROM followup_tasks"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == lead);
    CHECK(q.value(1).toLongLong() == logged.at(0).id);
    CHECK(q.value(2).toLongLong() == rep);
    CHECK(QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toLocalTime().date() == QDate(2026, 11, 27));
    CHECK(q.value(4).toInt() == 0);
    CHECK_FALSE(q.next());

    // Without a user nothing is stored: neither activity nor task.
    LogActivityDialog bad(t.db(), link, 0);
    bad.setValues(ActivityKind::Call, QString(), QString(), QDate(2026, 11, 30));
    bad.accept();
    CHECK_FALSE(bad.errorText().isEmpty());
    CHECK(repo.forLead(lead).size() == 1);
    CHECK(SqlQuery(t.db(), QStringLiteral("SELECT COUNT(*) FROM followup_tasks")).scalar().toLongLong() == 1);
}

TEST_CASE("quick-log from an opportunity links the activity to the deal and its customer", "[ui][activities]")
{
    test::TempDatabase t;
    test::Builders b(t.db());
    const qint64 rep = b.user(QStringLiteral("王芳"));
    const qint64 customer = b.customer(QStringLiteral("宁波海通物流有限公司"));
    const Opportunity deal = b.opportunity(b.pipeline(), customer, rep, 5000000);

    Activity link;
    link.opportunityId = deal.id;
    link.customerId = customer;
    LogActivityDialog d(t.db(), link, rep);
    d.setValues(ActivityKind::Proposal, QStringLiteral("提交方案"), QStringLiteral("客户认可"), QDate(2026, 11, 30));
    d.accept();
    REQUIRE(d.errorText().isEmpty());
    const QList<Activity> logged = ActivityRepository(t.db()).forOpportunity(deal.id);
    REQUIRE(logged.size() == 1);
    CHECK(logged.at(0).customerId == customer);
    CHECK(logged.at(0).kind == ActivityKind::Proposal);
    SqlQuery q(t.db(), QStringLiteral("SELECT opportunity_id, activity_id FROM followup_tasks"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == deal.id);
    CHECK(q.value(1).toLongLong() == logged.at(0).id);
}

TEST_CASE("customer editor screenshot", "[.screenshot]")
{
    test::TempDatabase t;
    CustomerEditor e(t.db(), 0);
    e.addContactRow();
    e.accept();
    e.grab().save(QStringLiteral("/tmp/customereditor.png"));
}

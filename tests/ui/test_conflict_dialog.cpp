// Two desktops (two connections to one real database, two signed-in people) edit the same
// deal or contract in the real editors on the offscreen platform: the second OK shows the
// conflict dialog ("changed by NAME at TIME", the differing fields with both values), and
// each choice does what it says: overwrite saves over the other version (audited, and an
// undo brings theirs back), reload shows theirs and saves nothing.
#include "builders.h"
#include "catchqt.h"
#include "contractfixture.h"
#include "seconddesktop.h"
#include "tempdatabase.h"

#include "conflicts/conflictdialog.h"
#include "contracts/contracteditor.h"
#include "languagemanager.h"
#include "opportunity/dealstore.h"
#include "opportunity/opportunityeditor.h"

#include "domain/money.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/opportunityrepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace fd;
using namespace fd::test;

namespace {

// Answers the conflict dialog the next OK opens: `look` checks it, then `choice` is taken.
// Returns a flag that is true once the dialog was seen.
std::shared_ptr<bool> answerConflict(ConflictDialog::Choice choice, std::function<void(ConflictDialog &)> look)
{
    auto seen = std::make_shared<bool>(false);
    QTimer::singleShot(0, [seen, choice, look] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        look(*dialog);
        dialog->done(choice);
    });
    return seen;
}

QStringList column(QTableWidget *table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, c)->text();
    return out;
}

void screenshot(QWidget &w, const QString &name)
{
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) // kept for a look
        w.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QLatin1Char('/') + name);
}

// The shared deal in the deal editors of both desktops.
struct TwoDesktops : SharedDeal
{
    qint64 deal = id;
    DealStore mine{t.db()};
    DealStore theirs{*other};
    QUndoStack myUndo;
    QUndoStack theirUndo;

    // 李强 opens the deal on his desktop and saves a higher amount 10 minutes later.
    void heSavesAmount(const QString &amount)
    {
        OpportunityEditor his(theirs, theirUndo, deal, 0, 0);
        t.clock().advanceSeconds(600);
        his.amountEdit()->setText(amount);
        his.accept();
        REQUIRE(his.result() == QDialog::Accepted);
    }
};

} // namespace

TEST_CASE("deal editor: the second save shows who changed what, and overwrite saves knowingly", "[ui][conflicts]")
{
    LanguageManager languages;
    languages.apply(QStringLiteral("zh_CN"));
    TwoDesktops d;
    OpportunityEditor editor(d.mine, d.myUndo, d.deal, 0, 0);
    editor.show();
    d.heSavesAmount(QStringLiteral("150000"));

    editor.titleEdit()->setText(QStringLiteral("MES 一期（含二期预留）"));
    QStringList fields;
    QString headline;
    auto seen = answerConflict(ConflictDialog::Overwrite, [&](ConflictDialog &dialog) {
        headline = dialog.headline()->text();
        fields = column(dialog.table(), 0);
        CHECK(column(dialog.table(), 2).contains(money::format(15000000, QStringLiteral("CNY"))));
        CHECK(column(dialog.table(), 3).contains(QStringLiteral("MES 一期（含二期预留）")));
        screenshot(dialog, QStringLiteral("conflict_dialog_deal.png"));
    });
    editor.accept();
    REQUIRE(*seen);
    CHECK(headline.contains(QStringLiteral("李强")));
    CHECK(headline.contains(d.t.clock().now().toLocalTime().toString(QStringLiteral("HH:mm"))));
    CHECK(fields == QStringList{QStringLiteral("名称"), QStringLiteral("金额")});
    CHECK(editor.result() == QDialog::Accepted);

    const Opportunity saved = OpportunityRepository(*d.other).get(d.deal);
    CHECK(saved.title == QStringLiteral("MES 一期（含二期预留）"));
    CHECK(saved.amount.cents == 12000000);
    CHECK(d.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'conflict_overwrite' AND "
                                    "user_id = %1")
                         .arg(d.wang))
              .toInt()
          == 1);
    // Undo brings back his version, not the one she had opened.
    d.myUndo.undo();
    const Opportunity undone = OpportunityRepository(*d.other).get(d.deal);
    CHECK(undone.amount.cents == 15000000);
    CHECK(undone.title == QStringLiteral("MES 一期"));
}

TEST_CASE("deal editor: reload shows the other version and saves nothing, as keep editing does", "[ui][conflicts]")
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    TwoDesktops d;
    OpportunityEditor editor(d.mine, d.myUndo, d.deal, 0, 0);
    d.heSavesAmount(QStringLiteral("150000"));
    editor.titleEdit()->setText(QStringLiteral("改过的标题"));

    auto kept = answerConflict(ConflictDialog::KeepEditing, [](ConflictDialog &) {});
    editor.accept();
    REQUIRE(*kept);
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(editor.errorText(QStringLiteral("general")).contains(QStringLiteral("李强")));
    CHECK(editor.titleEdit()->text() == QStringLiteral("改过的标题")); // still hers to decide

    auto reloaded = answerConflict(ConflictDialog::Reload, [](ConflictDialog &) {});
    editor.accept();
    REQUIRE(*reloaded);
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(editor.titleEdit()->text() == QStringLiteral("MES 一期"));
    CHECK(editor.amountEdit()->text() == money::editText(15000000));
    CHECK(OpportunityRepository(d.t.db()).get(d.deal).title == QStringLiteral("MES 一期"));
    CHECK(d.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'conflict_overwrite'")).toInt() == 0);
    // The reloaded version saves without a conflict.
    editor.titleEdit()->setText(QStringLiteral("MES 一期 A"));
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(OpportunityRepository(*d.other).get(d.deal).amount.cents == 15000000);
    CHECK(OpportunityRepository(*d.other).get(d.deal).title == QStringLiteral("MES 一期 A"));
}

TEST_CASE("contract editor: the second save names the other person, then reload and overwrite", "[ui][conflicts]")
{
    LanguageManager languages;
    languages.apply(QStringLiteral("zh_CN"));
    ContractOffice o;
    const qint64 rep = o.make.user(QStringLiteral("销售 赵磊"));
    Contract k = o.contract(o.customerA, 50000000, ApprovalStatus::Draft);
    // The rep's own contract: team scoping lets a rep change only their own.
    o.tdb.db().exec(QStringLiteral("UPDATE contracts SET owner_id = %1 WHERE id = %2").arg(rep).arg(k.id));
    k = o.repo().get(k.id);
    auto other = secondDesktop(o.tdb, rep);

    ContractEditor editor(o.tdb.db(), k.id);
    {
        ContractEditor his(*other, k.id);
        o.tdb.clock().advanceSeconds(120);
        his.amountEdit()->setText(QStringLiteral("520000"));
        his.reasonEdit()->setPlainText(QStringLiteral("增加培训"));
        his.accept();
        REQUIRE(his.result() == QDialog::Accepted);
    }
    editor.numberEdit()->setText(QStringLiteral("HT-2026-900"));
    editor.reasonEdit()->setPlainText(QStringLiteral("改编号"));
    QString headline;
    auto reloaded = answerConflict(ConflictDialog::Reload, [&](ConflictDialog &dialog) {
        headline = dialog.headline()->text();
        CHECK(dialog.table()->rowCount() == 2);
        screenshot(dialog, QStringLiteral("conflict_dialog_contract.png"));
    });
    editor.accept();
    REQUIRE(*reloaded);
    CHECK(headline.contains(QStringLiteral("销售 赵磊")));
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(editor.numberEdit()->text() == k.number);
    CHECK(editor.amountEdit()->text() == money::editText(52000000));

    // Saved again by him while she edits: this time she overwrites.
    {
        ContractEditor his(*other, k.id);
        his.amountEdit()->setText(QStringLiteral("530000"));
        his.reasonEdit()->setPlainText(QStringLiteral("再加一项"));
        his.accept();
        REQUIRE(his.result() == QDialog::Accepted);
    }
    editor.numberEdit()->setText(QStringLiteral("HT-2026-900"));
    auto overwritten = answerConflict(ConflictDialog::Overwrite, [](ConflictDialog &) {});
    editor.accept();
    REQUIRE(*overwritten);
    CHECK(editor.result() == QDialog::Accepted);
    const Contract saved = ContractRepository(*other).get(k.id);
    CHECK(saved.number == QStringLiteral("HT-2026-900"));
    CHECK(saved.amount.cents == 52000000);
    CHECK(o.tdb
              .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'conflict_overwrite' AND "
                                     "entity = 'contract'"))
              .toInt()
          == 1);
}

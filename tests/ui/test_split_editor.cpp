// The deal editor's split table driven with its real widgets, offscreen: the form selector
// (百分比, 超额, 整额, 按金额), the share widget each form shows, the credit column from the
// core's credit function, located refusals, and split edits on the undo stack (EditSplitsCommand,
// one step undone and redone). FD_SCREENSHOTS=<folder> keeps a picture of the table per form.
#include "catchqt.h"
#include "screenshot.h"
#include "targetoffice.h"

#include "languagemanager.h"
#include "opportunity/dealstore.h"
#include "opportunity/editsplitscommand.h"
#include "opportunity/opportunityeditor.h"

#include "domain/money.h"
#include "storage/repositories/opportunityrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace fd;

namespace {

constexpr qint64 kYuan = 100;

struct Fixture : test::TargetOffice
{
    LanguageManager languages;
    DealStore store{t.db()};
    QUndoStack stack;
    qint64 id = 0;

    explicit Fixture(const QString &language = QStringLiteral("en"))
    {
        QSettings().clear();
        languages.apply(language);
        t.db().setActingUserId(zhang);
        Opportunity o;
        o.title = QStringLiteral("华信二期");
        o.customerId = b.customer(QStringLiteral("上海华信科技有限公司"));
        o.ownerId = zhang;
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages.at(0).id;
        o.amount = {1000000 * kYuan, QStringLiteral("CNY")};
        id = store.opportunities().create(o);
    }
    Opportunity stored() { return store.opportunities().get(id); }
};

// The editor on the Team tab, as a person sees it.
struct TeamTab
{
    OpportunityEditor editor;
    TeamTab(Fixture &f)
        : editor(f.store, f.stack, f.id, 0, 0)
    {
        QTabWidget *tabs = editor.findChild<QTabWidget *>();
        REQUIRE(tabs);
        tabs->setCurrentIndex(2);
        editor.resize(720, 520);
    }
    QTableWidget *table() { return editor.teamTable(); }
    void choose(SplitForm form)
    {
        QComboBox *box = editor.splitFormBox();
        box->setCurrentIndex(box->findData(int(form)));
    }
    QSpinBox *percent(int row) { return qobject_cast<QSpinBox *>(table()->cellWidget(row, 2)); }
    QLineEdit *amount(int row) { return qobject_cast<QLineEdit *>(table()->cellWidget(row, 2)); }
    QString credit(int row) { return table()->item(row, 3)->text(); }
    QString total() { return editor.findChild<QLabel *>(QStringLiteral("creditTotal"))->text(); }
};

TeamMember member(qint64 user, const QString &role, int percent)
{
    TeamMember m;
    m.userId = user;
    m.role = role;
    m.splitPercent = percent;
    return m;
}

QString yuan(qint64 y)
{
    return money::format(y * kYuan, QStringLiteral("CNY"));
}

} // namespace

TEST_CASE("The split table in each form: shares, credits, refusals and one undo step per split edit",
          "[splits][editor]")
{
    Fixture f;
    {
        // 百分比: 70 / 30 of ¥1,000,000, credited ¥700,000 / ¥300,000 when won.
        TeamTab tab(f);
        CHECK(tab.editor.splitFormBox()->currentData().toInt() == int(SplitForm::Percent));
        tab.editor.addTeamMember(member(f.zhang, QStringLiteral("owner"), 70));
        tab.editor.addTeamMember(member(f.li, QStringLiteral("supporter"), 20));
        CHECK(tab.credit(0) == yuan(700000));
        CHECK(tab.credit(1) == yuan(200000));
        tab.editor.accept(); // 90 %: refused where the table is, nothing stored
        CHECK(tab.editor.errorText(QStringLiteral("team")).contains(QStringLiteral("90 %, not 100 %")));
        CHECK(f.stored().team.isEmpty());
        CHECK(f.stack.count() == 0);
        tab.percent(1)->setValue(30);
        CHECK(tab.credit(1) == yuan(300000));
        test::shoot(tab.editor, QStringLiteral("split-editor-percent.png"));
        tab.editor.accept();
        CHECK(tab.editor.result() == QDialog::Accepted);
    }
    Opportunity o = f.stored();
    CHECK(o.splitForm == SplitForm::Percent);
    REQUIRE(o.team.size() == 2);
    CHECK(o.team.at(1).splitPercent == 30);
    // A split-only edit is its own command on the stack.
    REQUIRE(f.stack.count() == 1);
    REQUIRE(f.stack.command(0)->childCount() == 1);
    CHECK(dynamic_cast<const EditSplitsCommand *>(f.stack.command(0)->child(0)) != nullptr);
    f.stack.undo();
    CHECK(f.stored().team.isEmpty());
    f.stack.redo();
    CHECK(f.stored().team.size() == 2);

    {
        // 超额: the percents carry over; owner 100 % + 李娜 30 %: ¥1,300,000 credited, the deal once.
        TeamTab tab(f);
        tab.choose(SplitForm::Over);
        REQUIRE(tab.percent(0));
        CHECK(tab.percent(0)->value() == 70);
        tab.percent(0)->setValue(100);
        CHECK(tab.credit(0) == yuan(1000000));
        CHECK(tab.credit(1) == yuan(300000));
        CHECK(tab.total().contains(yuan(1300000)));
        CHECK(tab.total().contains(yuan(1000000)));
        test::shoot(tab.editor, QStringLiteral("split-editor-over.png"));
        tab.editor.accept();
        CHECK(tab.editor.result() == QDialog::Accepted);
    }
    o = f.stored();
    CHECK(o.splitForm == SplitForm::Over);
    CHECK(o.team.at(0).splitPercent == 100);
    {
        // 整额: no numbers, each member the whole amount.
        TeamTab tab(f);
        tab.choose(SplitForm::Whole);
        CHECK(tab.percent(0) == nullptr);
        CHECK(tab.amount(0) == nullptr);
        CHECK(tab.credit(0) == yuan(1000000));
        CHECK(tab.credit(1) == yuan(1000000));
        test::shoot(tab.editor, QStringLiteral("split-editor-whole.png"));
        tab.editor.accept();
        CHECK(tab.editor.result() == QDialog::Accepted);
    }
    o = f.stored();
    CHECK(o.splitForm == SplitForm::Whole);
    CHECK(o.team.at(1).splitPercent == 100);
    {
        // 按金额: amounts that must add up to the deal amount.
        TeamTab tab(f);
        tab.choose(SplitForm::Amount);
        REQUIRE(tab.amount(0));
        tab.amount(0)->setText(QStringLiteral("70万"));
        tab.amount(1)->setText(QStringLiteral("200000"));
        tab.editor.accept();
        CHECK(tab.editor.errorText(QStringLiteral("team")).contains(QStringLiteral("not the deal amount")));
        CHECK(f.stored().splitForm == SplitForm::Whole);
        tab.amount(1)->setText(QStringLiteral("300000"));
        CHECK(tab.credit(0) == yuan(700000));
        CHECK(tab.credit(1) == yuan(300000));
        test::shoot(tab.editor, QStringLiteral("split-editor-amount.png"));
        tab.editor.accept();
        CHECK(tab.editor.result() == QDialog::Accepted);
    }
    o = f.stored();
    CHECK(o.splitForm == SplitForm::Amount);
    CHECK(o.team.at(0).splitAmountCents == 700000 * kYuan);
    CHECK(o.team.at(1).splitAmountCents == 300000 * kYuan);
    // Each save was one step: back through 整额 and 超额 to the first 百分比.
    CHECK(f.stack.count() == 4);
    f.stack.undo();
    CHECK(f.stored().splitForm == SplitForm::Whole);
    f.stack.undo();
    CHECK(f.stored().splitForm == SplitForm::Over);
    f.stack.undo();
    CHECK(f.stored().splitForm == SplitForm::Percent);
    CHECK(f.stored().team.at(0).splitPercent == 70);
}

// Hidden (run with "[.screenshots]" and FD_SCREENSHOTS set): the 超额 table in Chinese.
TEST_CASE("split editor screenshots in Chinese", "[.screenshots]")
{
    Fixture f(QStringLiteral("zh_CN"));
    TeamTab tab(f);
    tab.editor.addTeamMember(member(f.zhang, QStringLiteral("owner"), 100));
    tab.editor.addTeamMember(member(f.li, QStringLiteral("presales"), 30));
    tab.choose(SplitForm::Over);
    test::shoot(tab.editor, QStringLiteral("split-editor-over-zh_CN.png"));
    tab.choose(SplitForm::Whole);
    test::shoot(tab.editor, QStringLiteral("split-editor-whole-zh_CN.png"));
}

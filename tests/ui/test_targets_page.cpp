// The Targets page on a hand-built office: the tree shows the engine's figures (004's 70/30
// split), a target typed in place is stored and Ctrl+Z restores it, "split evenly" is one
// undo step, bad input gets a located message and stores nothing, Export… writes every level.
#include "builders.h"
#include "catchqt.h"
#include "targetoffice.h"
#include "tempdatabase.h"

#include "exportaction.h"
#include "languagemanager.h"
#include "session.h"
#include "targets/targetspage.h"
#include "targets/targettreemodel.h"

#include "analytics/targetprogress.h"
#include "domain/target.h"
#include "storage/database.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/targetrepository.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace fd;
using analytics::TargetNodeKind;

namespace {

constexpr qint64 kYuan = 100;

struct Office : test::TargetOffice
{
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};

    Office()
    {
        QSettings().clear();
        languages.apply(QStringLiteral("en"));
        // 004: ¥1,000,000 won, 张伟 70 % / 李娜 30 %; ¥200,000 open for 王强 in 报价 (50 %).
        const qint64 customer = b.customer(QStringLiteral("上海华信科技有限公司"));
        OpportunityRepository repo(t.db());
        Opportunity o;
        o.title = QStringLiteral("智能工厂项目");
        o.customerId = customer;
        o.ownerId = zhang;
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages.at(0).id;
        o.amount = {1000000 * kYuan, QStringLiteral("CNY")};
        o.expectedCloseDate = QDate(2026, 11, 28);
        TeamMember owner, supporter;
        owner.userId = zhang;
        owner.splitPercent = 70;
        supporter.userId = li;
        supporter.role = QStringLiteral("supporter");
        supporter.splitPercent = 30;
        o.team = {owner, supporter};
        repo.setOutcome(repo.create(o), OpportunityStatus::Won);
        Opportunity open = o;
        open.id = 0;
        open.title = QStringLiteral("华南扩容");
        open.ownerId = wang;
        open.stageId = pipeline.stages.at(2).id;
        open.amount = {200000 * kYuan, QStringLiteral("CNY")};
        open.team.clear();
        repo.create(open);
        setTarget(TargetLevel::Company, 0, 2000000);
        setTarget(TargetLevel::Region, east, 1000000);
        setTarget(TargetLevel::Rep, zhang, 800000);

        auto db = Database::openSqlite(t.path());
        db->setClock(&t.clock());
        session.setDatabase(std::move(db));
    }
    void setTarget(TargetLevel level, qint64 subject, qint64 yuan)
    {
        Target tg;
        tg.period = QStringLiteral("2026-11");
        tg.level = level;
        tg.subjectId = subject;
        tg.amount = {yuan * kYuan, QStringLiteral("CNY")};
        TargetRepository(t.db()).set(tg);
    }
    // The stored target in cents, nullopt when there is no row.
    std::optional<qint64> stored(TargetLevel level, qint64 subject, const QString &period = QStringLiteral("2026-11"))
    {
        const auto tg = TargetRepository(t.db()).find(period, level, subject);
        return tg ? std::optional<qint64>(tg->amount.cents) : std::nullopt;
    }
};

bool showAndWait(TargetsPage &page)
{
    QSignalSpy spy(&page, &TargetsPage::computed);
    page.resize(1300, 800);
    page.show();
    return spy.wait(20000);
}

// Waits for the recomputation a change triggers.
bool waitComputed(TargetsPage &page)
{
    if (!page.isComputing())
        return true;
    QSignalSpy spy(&page, &TargetsPage::computed);
    return spy.wait(20000);
}

QModelIndex cell(TargetsPage &page, TargetNodeKind kind, qint64 subject, int column)
{
    const int node = page.model()->progress().find(kind, subject);
    REQUIRE(node >= 0);
    return page.model()->indexOf(node, column);
}

} // namespace

TEST_CASE("the targets page shows the engine's tree with splits, balance and completion", "[ui][targets]")
{
    Office o;
    TargetsPage page(o.context);
    REQUIRE(showAndWait(page));
    CHECK(page.period() == QStringLiteral("2026-11"));

    const analytics::TargetProgress expected = analytics::computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    const TargetTreeModel *model = page.model();
    REQUIRE(model->progress().nodes.size() == expected.nodes.size());
    for (size_t i = 0; i < expected.nodes.size(); ++i) {
        const analytics::TargetNode &n = expected.nodes[i];
        INFO("node " << i << " " << n.name.toStdString());
        CHECK(model->indexOf(int(i), TargetTreeModel::Achieved).data(ExportValueRole).toLongLong() == n.achieved);
        CHECK(model->indexOf(int(i), TargetTreeModel::Weighted).data(ExportValueRole).toLongLong()
              == n.weightedPipeline);
        if (!n.unassigned && n.kind != TargetNodeKind::Company)
            CHECK(model->indexOf(int(i), TargetTreeModel::Name).data().toString() == n.name);
    }
    // 004: 张伟 ¥700,000 and 李娜 ¥300,000 achieved; 王强 ¥200,000 × 50 % weighted.
    CHECK(cell(page, TargetNodeKind::Rep, o.zhang, TargetTreeModel::Achieved).data(ExportValueRole).toLongLong()
          == 700000 * kYuan);
    CHECK(cell(page, TargetNodeKind::Rep, o.li, TargetTreeModel::Achieved).data(ExportValueRole).toLongLong()
          == 300000 * kYuan);
    CHECK(cell(page, TargetNodeKind::Rep, o.wang, TargetTreeModel::Weighted).data(ExportValueRole).toLongLong()
          == 100000 * kYuan);
    CHECK(cell(page, TargetNodeKind::Rep, o.zhang, TargetTreeModel::Completion).data().toString()
          == QStringLiteral("87.5 %"));
    // The company's ¥2,000,000 has ¥1,000,000 handed to 华东区: ¥1,000,000 unallocated.
    const QModelIndex company = page.model()->indexOf(0, TargetTreeModel::Unallocated);
    CHECK(company.data(ExportValueRole).toLongLong() == 1000000 * kYuan);
    CHECK(company.data().toString() == QStringLiteral("¥1.00M"));
    CHECK(page.model()->indexOf(0, TargetTreeModel::Name).data().toString() == QStringLiteral("Company"));
    // Every level is expanded: a rep's row is visible.
    CHECK(page.tree()->isExpanded(cell(page, TargetNodeKind::Team, o.eastTeam, 0)));

    // Export… writes every level of the tree, money as numbers.
    const QString csv = o.t.dir() + QStringLiteral("/targets.csv");
    CHECK(exportView(*page.tree(), ExportFormat::Csv, csv) == qint64(expected.nodes.size()));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("张伟")));
    CHECK(text.contains(QStringLiteral("700000.00")));

    // Another period: October has nothing; the quarter sums November's rows (derived).
    QSignalSpy spy(&page, &TargetsPage::computed);
    page.shiftPeriod(-1);
    REQUIRE(spy.wait(20000));
    CHECK(page.period() == QStringLiteral("2026-10"));
    CHECK(page.model()->indexOf(0, TargetTreeModel::Achieved).data(ExportValueRole).toLongLong() == 0);
    page.showPeriod(TargetsPage::Quarter, QDate(2026, 11, 23));
    REQUIRE(spy.wait(20000));
    CHECK(page.period() == QStringLiteral("2026-Q4"));
    CHECK(page.model()->indexOf(0, TargetTreeModel::Target).data(ExportValueRole).toLongLong() == 2000000 * kYuan);
    CHECK(page.model()->progress().nodes.front().targetDerived);
}

TEST_CASE("a target typed in place is stored in one step and Ctrl+Z restores it", "[ui][targets][undo]")
{
    Office o;
    TargetsPage page(o.context);
    REQUIRE(showAndWait(page));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));

    // Through the real editor: double-click opens a line edit, "120万" and Return.
    const QModelIndex east = cell(page, TargetNodeKind::Region, o.east, TargetTreeModel::Target);
    page.tree()->setCurrentIndex(east);
    page.tree()->edit(east);
    auto *editor = page.tree()->findChild<QLineEdit *>();
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("1000000"));
    editor->setText(QStringLiteral("120万"));
    QSignalSpy spy(&page, &TargetsPage::computed);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
    REQUIRE(spy.wait(20000));
    CHECK(o.stored(TargetLevel::Region, o.east) == 1200000 * kYuan);
    CHECK(cell(page, TargetNodeKind::Region, o.east, TargetTreeModel::Target).data(ExportValueRole).toLongLong()
          == 1200000 * kYuan);
    CHECK(page.model()->indexOf(0, TargetTreeModel::Unallocated).data(ExportValueRole).toLongLong() == 800000 * kYuan);
    CHECK(page.undoStack()->count() == 1);
    CHECK(page.message().contains(QStringLiteral("华东区")));

    // A new row for 李娜, who had none.
    REQUIRE(page.model()->setData(cell(page, TargetNodeKind::Rep, o.li, TargetTreeModel::Target),
                                  QStringLiteral("¥300,000"))
            == false); // shown after the recomputation
    CHECK(o.stored(TargetLevel::Rep, o.li) == 300000 * kYuan);
    REQUIRE(spy.wait(20000));

    // Undo twice (the page's button; Ctrl+Z is the main window's, see test_undo_menu):
    // 李娜's row is gone again, 华东区 is back at ¥1,000,000.
    auto *undo = page.findChild<QToolButton *>(QStringLiteral("targetsUndo"));
    REQUIRE(undo);
    undo->click();
    CHECK_FALSE(o.stored(TargetLevel::Rep, o.li));
    CHECK(o.stored(TargetLevel::Region, o.east) == 1200000 * kYuan);
    undo->click();
    CHECK(o.stored(TargetLevel::Region, o.east) == 1000000 * kYuan);
    CHECK(page.undoStack()->index() == 0);
    REQUIRE(waitComputed(page));
    CHECK(cell(page, TargetNodeKind::Region, o.east, TargetTreeModel::Target).data(ExportValueRole).toLongLong()
          == 1000000 * kYuan);
    // Redo puts it back.
    page.undoStack()->redo();
    CHECK(o.stored(TargetLevel::Region, o.east) == 1200000 * kYuan);
}

TEST_CASE("split evenly fills the children's targets from the parent as one undo step", "[ui][targets][undo]")
{
    Office o;
    o.setTarget(TargetLevel::Company, 0, 1000001); // odd: the first region takes the extra yuan
    TargetsPage page(o.context);
    REQUIRE(showAndWait(page));

    REQUIRE(page.splitEvenly(page.model()->indexOf(0, TargetTreeModel::Name)));
    CHECK(o.stored(TargetLevel::Region, o.east) == 500001 * kYuan);
    CHECK(o.stored(TargetLevel::Region, o.south) == 500000 * kYuan);
    CHECK(page.undoStack()->count() == 1);
    REQUIRE(waitComputed(page));
    CHECK(page.model()->indexOf(0, TargetTreeModel::Unallocated).data(ExportValueRole).toLongLong() == 0);

    page.undoStack()->undo();
    CHECK(o.stored(TargetLevel::Region, o.east) == 1000000 * kYuan);
    CHECK_FALSE(o.stored(TargetLevel::Region, o.south));

    // A rep has no children; a team without a target has nothing to split.
    REQUIRE(waitComputed(page));
    CHECK_FALSE(page.splitEvenly(cell(page, TargetNodeKind::Rep, o.zhang, TargetTreeModel::Name)));
    CHECK_FALSE(page.splitEvenly(cell(page, TargetNodeKind::Team, o.southTeam, TargetTreeModel::Name)));
    CHECK(page.message().contains(QStringLiteral("华南一组")));
    CHECK(page.undoStack()->count() == 1);
}

TEST_CASE("a negative or non-numeric target shows a located error and stores nothing", "[ui][targets]")
{
    Office o;
    TargetsPage page(o.context);
    REQUIRE(showAndWait(page));
    const qint64 targets = o.t.count(QStringLiteral("targets"));
    const qint64 audit = o.t.count(QStringLiteral("audit_log"));

    CHECK_FALSE(
        page.model()->setData(cell(page, TargetNodeKind::Rep, o.zhang, TargetTreeModel::Target), QStringLiteral("-5")));
    CHECK(page.message().contains(QStringLiteral("张伟")));
    CHECK(page.message().contains(QStringLiteral("2026-11")));
    CHECK(page.message().contains(QStringLiteral("negative")));
    CHECK(o.stored(TargetLevel::Rep, o.zhang) == 800000 * kYuan);

    CHECK_FALSE(page.model()->setData(cell(page, TargetNodeKind::Team, o.eastTeam, TargetTreeModel::Target),
                                      QStringLiteral("很多")));
    CHECK(page.message().contains(QStringLiteral("华东一组")));
    CHECK(page.message().contains(QStringLiteral("很多")));
    CHECK(page.message().contains(QStringLiteral("not an amount")));
    CHECK_FALSE(o.stored(TargetLevel::Team, o.eastTeam));

    CHECK(o.t.count(QStringLiteral("targets")) == targets);
    CHECK(o.t.count(QStringLiteral("audit_log")) == audit);
    CHECK(page.undoStack()->count() == 0);
    // Only the Target column is editable.
    CHECK_FALSE(page.model()
                    ->flags(cell(page, TargetNodeKind::Rep, o.zhang, TargetTreeModel::Achieved))
                    .testFlag(Qt::ItemIsEditable));
}

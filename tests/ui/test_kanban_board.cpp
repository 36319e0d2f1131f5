// The kanban board on the offscreen platform: the model and its per-stage proxies
// under QAbstractItemModelTester, drops through mimeData/dropMimeData, outcome drop
// targets, keyboard moves, undo/redo, checklist warnings, filters and the editor.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "kanban/boardactions.h"
#include "kanban/cardlistview.h"
#include "kanban/dealboardmodel.h"
#include "kanban/kanbanboard.h"
#include "kanban/lostreasondialog.h"
#include "kanban/outcomedropzone.h"
#include "kanban/stagecolumn.h"
#include "kanban/stagecolumnproxy.h"
#include "languagemanager.h"
#include "opportunity/dealstore.h"
#include "opportunity/deletedealcommand.h"
#include "opportunity/opportunityeditor.h"
#include "settings/pipelinesettingsdialog.h"

#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace fd;
using namespace fd::test;

namespace {

struct BoardFixture
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    Pipeline pipeline;
    qint64 wang = 0;
    qint64 li = 0;
    QList<Opportunity> deals;
    std::unique_ptr<DealStore> store;
    std::unique_ptr<KanbanBoard> board;
    int confirmations = 0;
    bool confirmAnswer = true;
    std::optional<QString> lostAnswer = QStringLiteral("价格太高");

    BoardFixture()
    {
        QSettings().clear(); // filters and pipeline are remembered: start clean
        pipeline = make.pipeline();
        const qint64 east = make.region(QStringLiteral("华东"));
        const qint64 team = make.team(QStringLiteral("上海一组"), east);
        // An administrator: these cases are about the board, not the role (test_role_ui).
        wang = make.user(QStringLiteral("王芳"), team, QStringLiteral("admin"));
        li = make.user(QStringLiteral("李强"));
        const qint64 c1 = make.customer(QStringLiteral("华东精密机械有限公司"), east);
        const qint64 c2 = make.customer(QStringLiteral("北方物流集团"));
        tdb.db().setActingUserId(wang);
        deals << make.opportunity(pipeline, c1, wang, 100000000, QStringLiteral("数控机床采购"));
        deals << make.opportunity(pipeline, c2, li, 50000000, QStringLiteral("仓储系统"));
        deals << make.opportunity(pipeline, c1, wang, 20000000, QStringLiteral("维保合同"));
        store = std::make_unique<DealStore>(tdb.db());
        board = std::make_unique<KanbanBoard>(*store);
        board->actions().confirmPendingTasks = [this](const QList<PendingTask> &) {
            ++confirmations;
            return confirmAnswer;
        };
        board->actions().askLostReason = [this](int) { return lostAnswer; };
        board->resize(1200, 700);
    }

    StageColumnProxy *column(int i) const { return board->columns().at(i)->proxy(); }
    qint64 stage(int i) const { return pipeline.stages.at(i).id; }
    OpportunityRepository repo() { return OpportunityRepository(tdb.db()); }

    // The MIME data a drag of these deals carries, made by the model itself.
    std::unique_ptr<QMimeData> dragOf(const QList<qint64> &ids) const
    {
        QModelIndexList indexes;
        for (qint64 id : ids)
            indexes << board->model().index(board->model().rowOf(id));
        return std::unique_ptr<QMimeData>(board->model().mimeData(indexes));
    }
};

} // namespace

TEST_CASE("the deal model and its stage proxies pass the model tester and move rows by signals", "[kanban][model]")
{
    BoardFixture f;
    DealBoardModel &model = f.board->model();
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (StageColumn *c : f.board->columns())
        testers.emplace_back(
            new QAbstractItemModelTester(c->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal));

    REQUIRE(model.rowCount() == 3);
    REQUIRE(f.column(0)->rowCount() == 3);
    // Largest amount first.
    CHECK(f.column(0)->index(0, 0).data(DealBoardModel::TitleRole).toString() == QStringLiteral("数控机床采购"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy leftFirst(f.column(0), &QAbstractItemModel::rowsRemoved);
    QSignalSpy enteredSecond(f.column(1), &QAbstractItemModel::rowsInserted);

    REQUIRE(f.board->actions().moveDeals({f.deals[1].id}, f.stage(1)));
    CHECK(changed.count() == 1);
    CHECK(reset.count() == 0);
    CHECK(leftFirst.count() == 1);
    CHECK(enteredSecond.count() == 1);
    CHECK(f.column(0)->rowCount() == 2);
    CHECK(f.column(1)->rowCount() == 1);

    // A deal marked won leaves the board: one row removed, no reset.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    REQUIRE(f.board->actions().setOutcome({f.deals[2].id}, OpportunityStatus::Won));
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 2);
    CHECK(reset.count() == 0);

    // A deal created elsewhere is announced and inserted.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Opportunity fresh = f.make.opportunity(f.pipeline, f.deals[0].customerId, f.li, 7000000, QStringLiteral("新单"));
    f.store->notifyChanged(fresh.id);
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 3);
}

TEST_CASE("card data: days in stage, stalled unless a follow-up is ahead, close date passed", "[kanban][model]")
{
    BoardFixture f;
    // Stage 1 stalls after 14 days; 20 days later the first deal is stalled.
    f.tdb.clock().advanceSeconds(20 * 86400);
    f.board->reload();
    DealBoardModel &model = f.board->model();
    const QModelIndex first = model.index(model.rowOf(f.deals[0].id));
    CHECK(first.data(DealBoardModel::DaysInStageRole).toInt() == 20);
    CHECK(first.data(DealBoardModel::StalledRole).toBool());
    CHECK(first.data(DealBoardModel::NoFollowUpRole).toBool());
    CHECK_FALSE(first.data(DealBoardModel::CloseDatePassedRole).toBool());

    SqlQuery task(f.tdb.db(), QStringLiteral("INSERT INTO followup_tasks (title, due_at, user_id, opportunity_id, "
                                             "created_at) VALUES ('回访', ?, ?, ?, ?)"));
    task.add(QStringLiteral("2026-12-20T02:00:00Z"))
        .add(f.wang)
        .add(f.deals[0].id)
        .add(QStringLiteral("2026-12-01T00:00:00Z"))
        .exec();
    f.store->notifyChanged(f.deals[0].id);
    CHECK_FALSE(first.data(DealBoardModel::StalledRole).toBool());
    CHECK_FALSE(first.data(DealBoardModel::NoFollowUpRole).toBool());

    f.tdb.clock().advanceSeconds(30 * 86400); // past the expected close date (now + 30 days)
    CHECK(first.data(DealBoardModel::CloseDatePassedRole).toBool());
}

TEST_CASE("a drop through mimeData/dropMimeData moves the deal in the database and changes the totals", "[kanban][dnd]")
{
    BoardFixture f;
    const StageColumnProxy::Totals before0 = f.column(0)->totals();
    CHECK(before0.count == 3);
    CHECK(before0.amountCents == 170000000);
    CHECK(before0.weightedCents == 17000000); // 10 %
    const QString header1Before = f.board->columns().at(1)->totalsText();

    std::unique_ptr<QMimeData> drag = f.dragOf({f.deals[0].id});
    REQUIRE(drag);
    CHECK(drag->formats() == QStringList{DealBoardModel::mimeType()});
    CHECK(DealBoardModel::idsFromMime(drag.get()) == QList<qint64>{f.deals[0].id});
    REQUIRE(f.column(1)->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
    REQUIRE(f.column(1)->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));

    CHECK(f.repo().get(f.deals[0].id).stageId == f.stage(1));
    CHECK(f.repo().history(f.deals[0].id).size() == 2);
    CHECK(f.column(0)->totals().count == 2);
    CHECK(f.column(0)->totals().amountCents == 70000000);
    CHECK(f.column(1)->totals().count == 1);
    CHECK(f.column(1)->totals().weightedCents == 30000000); // 30 % of 1,000,000
    CHECK(f.board->columns().at(1)->totalsText() != header1Before);

    // Dropping on the column it is already in changes nothing.
    std::unique_ptr<QMimeData> again = f.dragOf({f.deals[0].id});
    CHECK_FALSE(f.column(1)->dropMimeData(again.get(), Qt::MoveAction, -1, -1, {}));
    // Foreign data is refused.
    QMimeData text;
    text.setText(QStringLiteral("1"));
    CHECK_FALSE(f.column(2)->canDropMimeData(&text, Qt::MoveAction, -1, -1, {}));
    CHECK_FALSE(f.column(2)->dropMimeData(&text, Qt::MoveAction, -1, -1, {}));
}

TEST_CASE("undo and redo of a drop restore the deal and its history exactly", "[kanban][undo]")
{
    BoardFixture f;
    const qint64 id = f.deals[0].id;
    const QList<StageHistoryEntry> historyBefore = f.repo().history(id);
    const Opportunity before = f.repo().get(id);
    f.tdb.clock().advanceSeconds(3600);
    REQUIRE(f.column(1)->dropMimeData(f.dragOf({id}).get(), Qt::MoveAction, -1, -1, {}));
    const QList<StageHistoryEntry> historyAfter = f.repo().history(id);
    QUndoStack &stack = f.board->undoStack();
    REQUIRE(stack.count() == 1);

    stack.undo();
    const Opportunity undone = f.repo().get(id);
    CHECK(undone.stageId == before.stageId);
    CHECK(undone.updatedAt == before.updatedAt);
    CHECK(f.repo().history(id).size() == historyBefore.size());
    CHECK(f.repo().history(id).last().id == historyBefore.last().id);
    CHECK(f.column(0)->rowCount() == 3);
    CHECK(f.column(1)->rowCount() == 0);

    stack.redo();
    const QList<StageHistoryEntry> redone = f.repo().history(id);
    REQUIRE(redone.size() == historyAfter.size());
    CHECK(redone.last().id == historyAfter.last().id);
    CHECK(redone.last().changedAt == historyAfter.last().changedAt);
    CHECK(f.repo().get(id).stageId == f.stage(1));
    CHECK(f.column(1)->rowCount() == 1);
}

TEST_CASE("moving past a stage with required tasks undone asks first", "[kanban][checklist]")
{
    BoardFixture f;
    const qint64 id = f.deals[0].id;
    f.confirmAnswer = false;
    f.column(2)->dropMimeData(f.dragOf({id}).get(), Qt::MoveAction, -1, -1, {});
    CHECK(f.confirmations == 1);
    CHECK(f.repo().get(id).stageId == f.stage(0));
    CHECK(f.board->undoStack().count() == 0);

    // Into stage 2 only passes stage 1, which has no required task: no question.
    REQUIRE(f.board->actions().moveDeals({id}, f.stage(1)));
    CHECK(f.confirmations == 1);

    f.confirmAnswer = true;
    REQUIRE(f.board->actions().moveDeals({id}, f.stage(2)));
    CHECK(f.confirmations == 2);
    CHECK(f.repo().get(id).stageId == f.stage(2));

    // With the task ticked the move back and forth needs no confirmation.
    f.board->undoStack().undo();
    f.repo().setTaskDone(id, f.pipeline.stages.at(1).tasks.at(0).id, true);
    REQUIRE(f.board->actions().moveDeals({id}, f.stage(2)));
    CHECK(f.confirmations == 2);
}

TEST_CASE("the lost drop target asks for a reason and marks the deal lost, undo reopens it", "[kanban][dnd]")
{
    BoardFixture f;
    const qint64 id = f.deals[1].id;
    OutcomeDropZone *lost = f.board->outcomeZone(OpportunityStatus::Lost);
    REQUIRE(lost);

    f.lostAnswer.reset(); // cancelled
    CHECK(lost->dropData(f.dragOf({id}).get()));
    CHECK(f.repo().get(id).status == OpportunityStatus::Open);

    f.lostAnswer = QStringLiteral("竞争对手: 价格低 20%");
    CHECK(lost->dropData(f.dragOf({id}).get()));
    const Opportunity o = f.repo().get(id);
    CHECK(o.status == OpportunityStatus::Lost);
    CHECK(o.lostReason == QStringLiteral("竞争对手: 价格低 20%"));
    CHECK(f.board->model().rowOf(id) == -1);
    CHECK(f.column(0)->totals().count == 2);

    f.board->undoStack().undo();
    CHECK(f.repo().get(id).status == OpportunityStatus::Open);
    CHECK(f.repo().get(id).lostReason.isEmpty());
    CHECK(f.board->model().rowOf(id) >= 0);
    CHECK(f.column(0)->totals().count == 3);

    OutcomeDropZone *hold = f.board->outcomeZone(OpportunityStatus::OnHold);
    CHECK(hold->dropData(f.dragOf({id}).get()));
    CHECK(f.repo().get(id).status == OpportunityStatus::OnHold);
}

TEST_CASE("Ctrl+Right and Ctrl+Left move the selected card one stage, the override is kept", "[kanban][keyboard]")
{
    BoardFixture f;
    Opportunity o = f.repo().get(f.deals[2].id);
    o.probabilityOverride = 65;
    f.repo().update(o);
    f.store->notifyChanged(o.id);

    f.board->show();
    CardListView *view = f.board->columns().at(0)->view();
    REQUIRE(view->selectDeal(o.id));
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    CHECK(f.repo().get(o.id).stageId == f.stage(1));
    CardListView *next = f.board->columns().at(1)->view();
    REQUIRE(next->currentIndex().isValid());
    CHECK(next->currentIndex().data(DealBoardModel::IdRole).toLongLong() == o.id);
    CHECK(next->currentIndex().data(DealBoardModel::ProbabilityRole).toInt() == 65);
    CHECK(next->currentIndex().data(DealBoardModel::ProbabilityOverriddenRole).toBool());

    QTest::keyClick(next, Qt::Key_Left, Qt::ControlModifier);
    CHECK(f.repo().get(o.id).stageId == f.stage(0));
    CHECK(f.repo().get(o.id).probabilityOverride == 65);
    CHECK(f.board->undoStack().count() == 2);
}

TEST_CASE("filters narrow every column and are remembered between runs", "[kanban][filter]")
{
    BoardFixture f;
    BoardFilter filter;
    filter.ownerId = f.wang;
    f.board->setFilter(filter);
    CHECK(f.column(0)->rowCount() == 2);
    CHECK(f.column(0)->totals().amountCents == 120000000);

    filter = {};
    filter.text = QStringLiteral("北方");
    f.board->setFilter(filter);
    CHECK(f.column(0)->rowCount() == 1);

    filter = {};
    filter.period = BoardFilter::Period::NextMonth; // closes 2026-12-23
    f.board->setFilter(filter);
    CHECK(f.column(0)->rowCount() == 3);
    filter.period = BoardFilter::Period::ThisMonth;
    f.board->setFilter(filter);
    CHECK(f.column(0)->rowCount() == 0);

    filter = {};
    filter.productLineId = 999;
    f.board->setFilter(filter);
    CHECK(f.column(0)->rowCount() == 0);

    filter = {};
    filter.ownerId = f.li;
    f.board->setFilter(filter);
    KanbanBoard again(*f.store);
    CHECK(again.filter().ownerId == f.li);
    CHECK(again.columns().at(0)->proxy()->rowCount() == 1);
}

TEST_CASE("the editor shows validation messages at the fields and saves through undoable commands", "[kanban][editor]")
{
    BoardFixture f;
    QUndoStack &stack = f.board->undoStack();
    const qint64 countBefore = f.tdb.count(QStringLiteral("opportunities"));
    {
        OpportunityEditor editor(*f.store, stack, 0, f.pipeline.id, f.stage(1));
        editor.titleEdit()->setText(QStringLiteral("  "));
        editor.amountEdit()->setText(QStringLiteral("-5"));
        editor.accept();
        CHECK_FALSE(editor.errorText(QStringLiteral("title")).isEmpty());
        CHECK_FALSE(editor.errorText(QStringLiteral("amount")).isEmpty());
        CHECK_FALSE(editor.errorText(QStringLiteral("customer")).isEmpty());
        CHECK(f.tdb.count(QStringLiteral("opportunities")) == countBefore);
        CHECK(stack.count() == 0);

        editor.titleEdit()->setText(QStringLiteral("新产线改造"));
        editor.amountEdit()->setText(QStringLiteral("12万"));
        editor.customerBox()->setCurrentIndex(editor.customerBox()->findText(QStringLiteral("北方物流集团")));
        editor.accept();
        CHECK(editor.errorText(QStringLiteral("title")).isEmpty());
        REQUIRE(editor.opportunityId() > 0);
        const Opportunity o = f.repo().get(editor.opportunityId());
        CHECK(o.amount.cents == 12000000);
        CHECK(o.stageId == f.stage(1));
        CHECK(f.column(1)->rowCount() == 1);
        CHECK(stack.count() == 1);
    }
    stack.undo();
    CHECK(f.tdb.count(QStringLiteral("opportunities")) == countBefore);
    CHECK(f.column(1)->rowCount() == 0);
    stack.redo();
    CHECK(f.tdb.count(QStringLiteral("opportunities")) == countBefore + 1);
    CHECK(f.column(1)->rowCount() == 1);

    // Editing: change the amount and tick the required task, then undo both.
    const qint64 id = f.deals[0].id;
    const qint64 task = f.pipeline.stages.at(1).tasks.at(0).id;
    {
        OpportunityEditor editor(*f.store, stack, id, 0, 0);
        editor.amountEdit()->setText(QStringLiteral("2000000"));
        editor.stageBox()->setCurrentIndex(1);
        REQUIRE(editor.checklist()->count() == 2);
        editor.checklist()->item(0)->setCheckState(Qt::Checked);
        editor.accept();
        CHECK(editor.result() == QDialog::Accepted);
    }
    CHECK(f.repo().get(id).amount.cents == 200000000);
    CHECK(f.repo().get(id).stageId == f.stage(1));
    CHECK(f.store->checkedTasks(id).contains(task));
    stack.undo(); // one macro: edit + move
    CHECK(f.repo().get(id).amount.cents == 100000000);
    CHECK(f.repo().get(id).stageId == f.stage(0));
    CHECK_FALSE(f.store->checkedTasks(id).contains(task));
    CHECK(f.repo().history(id).size() == 1);
}

// Hidden (run with "[.screenshots]"): saves the board, the editor, the settings and the
// lost-reason dialog in Chinese and English to $FD_SCREENSHOT_DIR (default /tmp) to look at.
TEST_CASE("kanban screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariableIsSet("FD_SCREENSHOT_DIR") ? qEnvironmentVariable("FD_SCREENSHOT_DIR")
                                                                       : QStringLiteral("/tmp");
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}) {
        LanguageManager languages;
        languages.apply(language);
        BoardFixture f;
        f.tdb.clock().advanceSeconds(20 * 86400);
        f.board->reload();
        f.board->show();
        REQUIRE(f.board->grab().save(dir + QStringLiteral("/kanban-board-%1.png").arg(language)));
        OpportunityEditor editor(*f.store, f.board->undoStack(), f.deals[0].id, 0, 0);
        editor.amountEdit()->setText(QStringLiteral("abc"));
        editor.accept(); // shows the field messages
        editor.show();
        REQUIRE(editor.grab().save(dir + QStringLiteral("/kanban-editor-%1.png").arg(language)));
        PipelineSettingsDialog settings(*f.store, f.pipeline.id);
        settings.show();
        REQUIRE(settings.grab().save(dir + QStringLiteral("/kanban-settings-%1.png").arg(language)));
        LostReasonDialog lost(f.store->pipelines().lostReasons(), 2);
        lost.show();
        REQUIRE(lost.grab().save(dir + QStringLiteral("/kanban-lost-%1.png").arg(language)));
    }
}

TEST_CASE("deleting a deal is undone exactly: row, history and the card", "[kanban][undo]")
{
    BoardFixture f;
    const qint64 id = f.deals[1].id;
    REQUIRE(f.board->actions().moveDeals({id}, f.stage(1)));
    const QList<StageHistoryEntry> history = f.repo().history(id);
    const Opportunity before = f.repo().get(id);
    QUndoStack &stack = f.board->undoStack();
    QSignalSpy removed(&f.board->model(), &QAbstractItemModel::rowsRemoved);
    stack.push(new DeleteDealCommand(*f.store, f.store->remove(id)));
    CHECK(removed.count() == 1);
    CHECK(f.board->model().rowOf(id) == -1);
    CHECK(f.column(1)->totals().count == 0);

    stack.undo();
    const Opportunity back = f.repo().get(id);
    CHECK(back.updatedAt == before.updatedAt);
    CHECK(back.rowVersion == before.rowVersion);
    CHECK(back.stageId == f.stage(1));
    REQUIRE(f.repo().history(id).size() == history.size());
    CHECK(f.repo().history(id).last().id == history.last().id);
    CHECK(f.column(1)->totals().count == 1);
    stack.undo(); // and the move before it
    CHECK(f.repo().get(id).stageId == f.stage(0));
}

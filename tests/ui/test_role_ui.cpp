// The GUI under each role on the offscreen platform (rolepolicy.h): a rep's board opens on
// their own deals with the SQLite scoping note, the stage settings disabled with the reason;
// finance reads deals in a read-only editor and may not move them; a record outside the
// write scope opens read-only; targets are read only for a rep; an administrator's screens
// are as before. Real widgets on a real SQLite file.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "customers/customereditor.h"
#include "kanban/boardactions.h"
#include "kanban/boardfilter.h"
#include "kanban/cardlistview.h"
#include "kanban/dealboardmodel.h"
#include "kanban/kanbanboard.h"
#include "kanban/outcomedropzone.h"
#include "kanban/stagecolumn.h"
#include "kanban/stagecolumnproxy.h"
#include "languagemanager.h"
#include "opportunity/dealstore.h"
#include "opportunity/opportunityeditor.h"
#include "pageregistry.h"
#include "session.h"
#include "targets/targetspage.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace fd;
using namespace fd::test;

namespace {

// A small office: team 一组 with reps 王芳 and 李强 and their manager, finance, an admin; a
// deal of each rep (王芳 is on the deal team of one of 李强's), an unowned customer.
struct RoleFixture
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    Pipeline pipeline = make.pipeline();
    qint64 region = make.region(QStringLiteral("华东"));
    qint64 team = make.team(QStringLiteral("一组"), region);
    qint64 wang = make.user(QStringLiteral("王芳"), team, QStringLiteral("rep"));
    qint64 li = make.user(QStringLiteral("李强"), team, QStringLiteral("rep"));
    qint64 finance = make.user(QStringLiteral("周敏"), 0, QStringLiteral("finance"));
    qint64 admin = make.user(QStringLiteral("管理员"), 0, QStringLiteral("admin"));
    qint64 custWang = make.customer(QStringLiteral("华东精密机械有限公司"), region, wang);
    qint64 custLi = make.customer(QStringLiteral("北方物流集团"), region, li);
    qint64 custFree = make.customer(QStringLiteral("无主客户"), region, 0);
    qint64 dealWang = make.opportunity(pipeline, custWang, wang, 100000000, QStringLiteral("数控机床采购")).id;
    qint64 dealWang2 = make.opportunity(pipeline, custWang, wang, 20000000, QStringLiteral("维保合同")).id;
    qint64 dealLi = make.opportunity(pipeline, custLi, li, 50000000, QStringLiteral("仓储系统")).id;
    qint64 dealLiTeam = make.opportunity(pipeline, custLi, li, 30000000, QStringLiteral("物流园二期")).id;
    std::unique_ptr<DealStore> store;
    std::unique_ptr<KanbanBoard> board;

    RoleFixture()
    {
        QSettings().clear();
        SqlQuery(tdb.db(), QStringLiteral("INSERT INTO opportunity_team_members (opportunity_id, user_id, role, "
                                          "split_percent) VALUES (?, ?, 'presales', 0)"))
            .add(dealLiTeam)
            .add(wang)
            .exec();
    }

    // The board as `user` sees it on opening.
    KanbanBoard &boardAs(qint64 user)
    {
        board.reset();
        tdb.db().setActingUserId(user);
        store = std::make_unique<DealStore>(tdb.db());
        board = std::make_unique<KanbanBoard>(*store);
        board->resize(1280, 640);
        return *board;
    }

    // The titles of the cards shown in the board's columns (after its filter).
    QSet<QString> shownTitles() const
    {
        QSet<QString> titles;
        for (StageColumn *c : board->columns()) {
            QAbstractItemModel *m = c->view()->model();
            for (int r = 0; r < m->rowCount(); ++r)
                titles.insert(m->index(r, 0).data(DealBoardModel::TitleRole).toString());
        }
        return titles;
    }

    static void screenshot(QWidget &w, const QString &name)
    {
        if (!qEnvironmentVariableIsSet("FD_SCREENSHOTS")) // kept for a look
            return;
        w.show();
        QCoreApplication::processEvents();
        w.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QLatin1Char('/') + name);
    }
};

QAbstractButton *saveButton(QDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Save) ? box->button(QDialogButtonBox::Save)
                                                     : box->button(QDialogButtonBox::Ok)
               : nullptr;
}

} // namespace

TEST_CASE("Role UI: a rep's board opens on their deals, with the SQLite note and what they may not do disabled",
          "[ui][roles]")
{
    RoleFixture f;
    KanbanBoard &board = f.boardAs(f.wang);
    CHECK(board.filter().ownerId == f.wang);
    CHECK(f.shownTitles() == QSet<QString>{QStringLiteral("数控机床采购"), QStringLiteral("维保合同")});
    // The deal team's deal is theirs to see once the owner filter is cleared; others' are not there.
    BoardFilter all = board.filter();
    all.ownerId = 0;
    board.setFilter(all);
    CHECK(f.shownTitles()
          == QSet<QString>{QStringLiteral("数控机床采购"), QStringLiteral("维保合同"), QStringLiteral("物流园二期")});
    board.setFilter(BoardFilter{});
    board.setFilter([&] {
        BoardFilter mine;
        mine.ownerId = f.wang;
        return mine;
    }());

    REQUIRE(board.scopingNote());
    CHECK(board.scopingNote()->isVisibleTo(&board));
    CHECK(board.scopingNote()->text().contains(QStringLiteral("SQLite")));
    CHECK(board.scopingNote()->text().contains(QStringLiteral("cannot be enforced")));
    CHECK_FALSE(board.stagesButton()->isEnabled());
    CHECK(board.stagesButton()->toolTip().contains(QStringLiteral("administrator")));
    CHECK(board.newDealAction()->isEnabled()); // reps add their own deals
    for (StageColumn *c : board.columns())
        CHECK(c->view()->dragEnabled());
    RoleFixture::screenshot(board, QStringLiteral("board_as_rep.png"));

    // Their own deal opens editable, the owner fixed (a rep does not reassign).
    QUndoStack undo;
    OpportunityEditor own(*f.store, undo, f.dealWang, 0, 0);
    CHECK_FALSE(own.isReadOnly());
    CHECK(own.titleEdit()->isEnabled());
    REQUIRE(saveButton(own));
    CHECK_FALSE(saveButton(own)->isHidden());
    QComboBox *owner = own.ownerBox();
    CHECK_FALSE(owner->isEnabled());
    CHECK(owner->toolTip().contains(QStringLiteral("manager")));
    // The deal team's deal: theirs to change too.
    OpportunityEditor teamDeal(*f.store, undo, f.dealLiTeam, 0, 0);
    CHECK_FALSE(teamDeal.isReadOnly());

    // An unowned customer is read, not changed: read only with the reason.
    CustomerEditor free(f.tdb.db(), f.custFree);
    CHECK(free.isReadOnly());
    REQUIRE(free.readOnlyBanner());
    CHECK(free.readOnlyBanner()->text().contains(QStringLiteral("Read only")));
    CHECK(saveButton(free)->isHidden());
    for (QLineEdit *e : free.findChildren<QLineEdit *>())
        CHECK_FALSE(e->isEnabled());
    CustomerEditor mine(f.tdb.db(), f.custWang);
    CHECK_FALSE(mine.isReadOnly());
}

TEST_CASE("Role UI: finance reads deals read-only and may not move them", "[ui][roles]")
{
    RoleFixture f;
    KanbanBoard &board = f.boardAs(f.finance);
    CHECK(board.filter().ownerId == 0); // finance sees every deal
    CHECK(f.shownTitles().size() == 4);
    CHECK_FALSE(board.newDealAction()->isEnabled());
    for (OpportunityStatus s : {OpportunityStatus::Won, OpportunityStatus::Lost, OpportunityStatus::OnHold}) {
        REQUIRE(board.outcomeZone(s));
        CHECK_FALSE(board.outcomeZone(s)->isEnabled());
        CHECK(board.outcomeZone(s)->toolTip().contains(QStringLiteral("Finance")));
    }
    for (StageColumn *c : board.columns())
        CHECK_FALSE(c->view()->dragEnabled());
    // A move that reaches the core anyway is refused there and shown.
    CHECK_FALSE(board.actions().moveDeals({f.dealWang}, f.pipeline.stages.at(1).id));
    CHECK(board.message().contains(QStringLiteral("may not change")));

    QUndoStack undo;
    OpportunityEditor editor(*f.store, undo, f.dealLi, 0, 0);
    editor.resize(760, 640);
    CHECK(editor.isReadOnly());
    REQUIRE(editor.readOnlyBanner());
    CHECK(editor.readOnlyBanner()->text().contains(QStringLiteral("deal")));
    CHECK(editor.readOnlyBanner()->text().contains(QStringLiteral("Finance")));
    CHECK_FALSE(editor.titleEdit()->isEnabled());
    CHECK_FALSE(editor.amountEdit()->isEnabled());
    CHECK_FALSE(editor.stageBox()->isEnabled());
    CHECK(saveButton(editor)->isHidden());
    CHECK(editor.titleEdit()->text() == QStringLiteral("仓储系统")); // the values are all there to read
    RoleFixture::screenshot(editor, QStringLiteral("deal_editor_read_only.png"));
    // Enter closes without saving.
    editor.titleEdit()->setText(QStringLiteral("改过的标题"));
    editor.accept();
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(f.store->opportunities().get(f.dealLi).title == QStringLiteral("仓储系统"));
}

TEST_CASE("Role UI: an administrator's board and editors are as before", "[ui][roles]")
{
    RoleFixture f;
    KanbanBoard &board = f.boardAs(f.admin);
    CHECK(board.filter().ownerId == 0);
    CHECK(f.shownTitles().size() == 4);
    CHECK_FALSE(board.scopingNote()->isVisibleTo(&board));
    CHECK(board.stagesButton()->isEnabled());
    CHECK(board.stagesButton()->toolTip().isEmpty() == false); // its ordinary tooltip, not a reason
    CHECK_FALSE(board.stagesButton()->toolTip().contains(QStringLiteral("Only")));
    CHECK(board.newDealAction()->isEnabled());
    for (OpportunityStatus s : {OpportunityStatus::Won, OpportunityStatus::Lost})
        CHECK(board.outcomeZone(s)->isEnabled());
    QUndoStack undo;
    OpportunityEditor editor(*f.store, undo, f.dealLi, 0, 0);
    CHECK_FALSE(editor.isReadOnly());
    CHECK_FALSE(editor.readOnlyBanner());
    CHECK(editor.ownerBox()->isEnabled());
    CustomerEditor free(f.tdb.db(), f.custFree);
    CHECK_FALSE(free.isReadOnly());
}

TEST_CASE("Role UI: targets are read only for a rep and editable for their manager", "[ui][roles]")
{
    RoleFixture f;
    const qint64 manager = f.make.user(QStringLiteral("陈经理"), f.team, QStringLiteral("manager"));
    Session session;
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    PageContext context{session, languages};
    auto db = Database::openSqlite(f.tdb.path());
    db->setClock(&f.tdb.clock());
    db->setActingUserId(f.wang);
    session.setDatabase(std::move(db));
    TargetsPage page(context);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("targetsTree"));
    REQUIRE(tree);
    CHECK(tree->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(tree->toolTip().contains(QStringLiteral("manager or an administrator")));

    session.database()->setActingUserId(manager);
    session.notifyUserChanged();
    CHECK(tree->editTriggers() != QAbstractItemView::NoEditTriggers);
    CHECK(tree->toolTip().isEmpty());
}

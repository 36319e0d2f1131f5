#pragma once

// The two-week office of the weekly report tests (core and GUI).
#include "builders.h"
#include "tempdatabase.h"

#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/sqlquery.h"

namespace fd::test {

inline QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

// Two weeks of an office: deals created in week 46 (9–15 Nov), then in week 47
// (16–22 Nov) one new deal, one advanced, one moved back, one close date slipped,
// one won, one lost. The clock ends on Monday 23 Nov, the meeting day.
struct ReportOffice
{
    TempDatabase tdb{at(11, 9)};
    Builders b{tdb.db()};
    OpportunityRepository repo{tdb.db()};
    Pipeline p;
    qint64 region = 0, team = 0, zhang = 0, li = 0, otherTeam = 0, wang = 0, customer = 0;
    qint64 advanced = 0, movedBack = 0, slipped = 0, won = 0, lost = 0, fresh = 0, quiet = 0, otherTeamDeal = 0;
    qint64 quickWin = 0; // created and won in week 47
    QString currency;    // the office's, of every deal

    qint64 deal(const QString &title, qint64 owner, qint64 yuan, int stageRank = 0)
    {
        Opportunity o;
        o.title = title;
        o.customerId = customer;
        o.ownerId = owner;
        o.pipelineId = p.id;
        o.stageId = p.stages.at(stageRank).id;
        o.amount = {yuan * 100, currency};
        o.expectedCloseDate = QDate(2026, 11, 28);
        return repo.create(o);
    }

    // `officeCurrency`: the currency the office was set up with (office.currency) and its deals are in.
    explicit ReportOffice(const QString &officeCurrency = QStringLiteral("CNY"))
        : currency(officeCurrency)
    {
        if (officeCurrency != QLatin1String("CNY"))
            SettingsRepository(tdb.db()).setText(QStringLiteral("office.currency"), officeCurrency);
        p = b.pipeline();
        region = b.region(QStringLiteral("华东"));
        team = b.team(QStringLiteral("上海一组"), region);
        otherTeam = b.team(QStringLiteral("北京一组"));
        zhang = b.user(QStringLiteral("张伟"), team);
        li = b.user(QStringLiteral("李娜"), team);
        wang = b.user(QStringLiteral("王芳"), otherTeam);
        customer = b.customer(QStringLiteral("上海星辰科技有限公司"), region);
        SettingsRepository(tdb.db()).setText(QStringLiteral("company_name"), QStringLiteral("星辰销售部"));

        tdb.clock().set(at(11, 10));
        advanced = deal(QStringLiteral("云平台扩容项目"), zhang, 120000, 1);
        movedBack = deal(QStringLiteral("仓储系统升级"), zhang, 80000, 2);
        slipped = deal(QStringLiteral("年度维保合同"), li, 45000, 1);
        won = deal(QStringLiteral("门店收银改造"), li, 230000, 2);
        lost = deal(QStringLiteral("数据中心迁移"), zhang, 310000, 1);
        quiet = deal(QStringLiteral("安静的商机"), li, 99000, 0);
        otherTeamDeal = deal(QStringLiteral("北京分部采购"), wang, 500000, 0);

        tdb.clock().set(at(11, 17));
        repo.moveToStage(advanced, p.stages.at(2).id);
        repo.moveToStage(movedBack, p.stages.at(1).id);
        quickWin = deal(QStringLiteral("当周快单"), zhang, 12000);
        tdb.clock().set(at(11, 18));
        Opportunity s = repo.get(slipped);
        s.expectedCloseDate = QDate(2026, 12, 20);
        repo.update(s);
        tdb.clock().set(at(11, 19));
        repo.setOutcome(won, OpportunityStatus::Won);
        repo.setOutcome(quickWin, OpportunityStatus::Won);
        repo.setOutcome(lost, OpportunityStatus::Lost, QStringLiteral("价格太高"));
        tdb.clock().set(at(11, 20));
        fresh = deal(QStringLiteral("新开分店网络"), li, 66000, 0);

        // An overdue follow-up and an overdue, partly paid instalment.
        SqlQuery(tdb.db(), QStringLiteral("INSERT INTO followup_tasks (title, due_at, user_id, opportunity_id, "
                                          "created_at) VALUES ('回访客户确认方案', '2026-11-18T09:00:00Z', ?, ?, "
                                          "'2026-11-10T09:00:00Z')"))
            .add(zhang)
            .add(advanced)
            .exec();
        const qint64 contract = SqlQuery(tdb.db(),
                                         QStringLiteral("INSERT INTO contracts (number, title, customer_id, owner_id, "
                                                        "amount_cents, currency, created_at, updated_at) VALUES "
                                                        "('HT-2026-001', '收银合同', ?, ?, 23000000, ?, "
                                                        "'2026-11-19T10:00:00Z', '2026-11-19T10:00:00Z') RETURNING id"))
                                    .add(customer)
                                    .add(li)
                                    .add(currency)
                                    .insert();
        const qint64 plan = SqlQuery(tdb.db(), QStringLiteral("INSERT INTO payment_plans (contract_id, name, "
                                                              "created_at) VALUES (?, '首付', "
                                                              "'2026-11-19T10:00:00Z') RETURNING id"))
                                .add(contract)
                                .insert();
        const qint64 instalment = SqlQuery(
                                      tdb.db(),
                                      QStringLiteral("INSERT INTO payment_instalments (plan_id, seq, due_date, "
                                                     "amount_cents) VALUES (?, 1, '2026-11-20', 6900000) RETURNING id"))
                                      .add(plan)
                                      .insert();
        SqlQuery(tdb.db(), QStringLiteral("INSERT INTO receipts (contract_id, instalment_id, received_date, "
                                          "amount_cents, created_at) VALUES (?, ?, '2026-11-21', 1900000, "
                                          "'2026-11-21T10:00:00Z')"))
            .add(contract)
            .add(instalment)
            .exec();
        tdb.clock().set(at(11, 23, 9));
    }
};

} // namespace fd::test

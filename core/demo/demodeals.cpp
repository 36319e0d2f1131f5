// The demo office's deals: each opportunity with its stage history, product lines, team,
// activities, follow-up tasks, checklist ticks, the lead it came from, slipped close
// dates, and for won deals the contract, payment plan, invoices and receipts.
#include "demobuilder.h"

#include "demovocabulary.h"

#include "domain/money.h"
#include "domain/normalize.h"
#include "domain/opportunity.h"
#include "storage/sqlquery.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace fd::demo {

namespace {

constexpr qint64 kDay = 86400;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString stateName(DealState s)
{
    const OpportunityStatus status[] = {OpportunityStatus::Open, OpportunityStatus::Won, OpportunityStatus::Lost,
                                        OpportunityStatus::OnHold};
    return toString(status[int(s)]);
}

// What reps do in each stage: activity kinds (call, visit, meeting, proposal, email).
const char *const kKinds[] = {"call", "visit", "meeting", "proposal", "email"};
const std::vector<double> kKindWeights[kStageCount] = {
    {5.0, 2.0, 0.5, 0.0, 2.0},
    {2.0, 3.0, 3.0, 0.5, 1.0},
    {2.0, 1.0, 1.5, 3.0, 2.0},
    {2.0, 1.5, 2.0, 0.5, 2.0},
};
const char *const kSubjects[kStageCount][5] = {
    {"电话沟通初步需求", "上门拜访,介绍公司与产品", "初次交流会", "发送产品白皮书", "发送公司介绍资料"},
    {"电话确认需求细节", "现场需求调研", "方案演示与技术交流", "提交需求调研报告", "邮件确认需求清单"},
    {"电话跟进报价反馈", "拜访采购部门沟通价格", "商务谈判", "提交正式报价单", "发送技术方案与报价"},
    {"电话确认合同条款", "拜访客户推进签约", "合同条款评审会", "提交合同草案", "邮件往来合同修订"},
};
const char *const kOutcomes[kStageCount][4] = {
    {"客户有意向,约下周详谈", "对方暂未明确需求", "已找到关键决策人", "客户表示预算在规划中"},
    {"需求已确认,准备方案", "客户希望看同类案例", "技术部门提出新需求", "决策流程已明确"},
    {"客户认为价格偏高", "需内部比价后答复", "同意进入合同阶段", "竞争对手报价更低"},
    {"法务已审核,待盖章", "付款条件仍在协商", "客户确认签约时间", "合同需走集团审批"},
};
const char *const kTaskTitles[kStageCount][3] = {
    {"回访确认需求意向", "约客户面谈", "发送产品资料"},
    {"准备方案演示", "整理需求调研报告", "确认采购流程"},
    {"跟进报价反馈", "准备商务谈判", "申请特价审批"},
    {"跟进合同审批", "确认付款条件", "安排签约"},
};
const char *const kTitleSuffix[] = {"项目", "采购项目", "升级项目", "二期项目", "建设项目"};

} // namespace

struct DemoBuilder::Deal
{
    struct Line
    {
        int product = 0;
        int quantity = 1;
        int discount = 0;
        qint64 cents = 0;
    };
    int index = 0;
    qint64 id = 0;
    int customer = 0;
    int rep = 0;
    qint64 ownerId = 0;
    qint64 managerId = 0;
    qint64 contactId = 0;
    QString contactName;
    qint64 createdAt = 0;
    DealStory story;
    std::vector<Line> lines;
    qint64 amount = 0;
    QString title;
    QString source;
    qint64 campaignId = 0;
    bool fromLead = false;
    qint64 supporterId = 0;
};

void DemoBuilder::deals()
{
    // How busy each month is for new deals: 金三银四 and 金九银十 (spring and autumn
    // buying seasons) are strong, the months around 春节 and the summer weak, and every
    // month has its own luck.
    const double season[12] = {0.9, 0.75, 1.25, 1.15, 1.0, 1.0, 0.9, 0.9, 1.2, 1.0, 1.05, 0.85};
    m_creationFactor.clear();
    for (int m = 0; m < m_monthCount; ++m)
        m_creationFactor.push_back(season[m_firstMonth.addMonths(m).month() - 1] * m_random.spread(0.12));
    for (int i = 0; i < m_options.opportunities; ++i) {
        writeDeal(i);
        tick();
    }
}

void DemoBuilder::writeDeal(int index)
{
    Deal d;
    d.index = index;
    d.customer = m_customerPicker.pick(m_random);
    const Customer &c = m_customers[d.customer];
    const auto &regionReps = m_repsByRegion[c.region];
    d.rep = m_random.chance(0.85) ? c.userIndex : regionReps[m_random.between(0, qint64(regionReps.size()) - 1)];
    const User &rep = m_reps[d.rep];
    d.ownerId = rep.id;
    d.managerId = m_managers[rep.region].id;
    const int contact = c.firstContact + int(m_random.between(0, c.contactCount - 1));
    d.contactId = m_contactIds[contact];
    d.contactName = m_contactNames[contact];

    d.createdAt = dealCreatedAt(std::max(m_windowStart, c.createdAt + kDay));
    if (d.createdAt > m_now)
        d.createdAt = m_now - m_random.between(60, 6 * 3600);
    d.story = simulateDeal(m_random, rep.profile, d.createdAt, m_now);

    // Product lines: bigger customers buy more.
    const double sizeFactor[] = {0.25, 0.45, 0.75, 1.2, 1.9};
    const int lineCount = d.story.quick ? 1 : 1 + m_random.weighted({0.45, 0.35, 0.20});
    const double quickScale = d.story.quick ? 0.5 : 1.0; // a repeat order is a small one
    const std::vector<double> discountWeights = {0.35, 0.25, 0.2, 0.12, 0.08};
    std::vector<int> used;
    for (int k = 0; k < lineCount; ++k) {
        int product = int(m_random.between(0, qint64(m_products.size()) - 1));
        if (std::find(used.begin(), used.end(), product) != used.end())
            continue;
        used.push_back(product);
        const Product &p = m_products[product];
        Deal::Line line;
        line.product = product;
        const double scale = std::min(2.0,
                                      sizeFactor[c.size] * rep.profile.dealSize * quickScale * m_random.spread(0.4));
        line.quantity = std::max(p.minQty, int(std::lround(p.minQty + (p.maxQty - p.minQty) * scale * 0.6)));
        line.discount = 5 * m_random.weighted(discountWeights);
        line.cents = p.priceCents * line.quantity * (100 - line.discount) / 100;
        d.amount += line.cents;
        d.lines.push_back(line);
    }
    const Product &main = m_products[d.lines.front().product];
    d.title = c.shortName + main.titleWord + (d.story.quick ? u("增购项目") : u(m_random.pick(kTitleSuffix)));

    const int source = randomSource(m_random, false);
    d.source = sourceName(source);
    Campaign *campaign = nullptr;
    for (Campaign &camp : m_campaigns) {
        if (camp.channel == d.source && camp.start <= d.createdAt && d.createdAt - camp.start < 120 * kDay)
            campaign = &camp;
    }
    if (campaign) {
        d.campaignId = campaign->id;
        campaign->pipeline += d.amount;
    }
    d.fromLead = isLeadSource(source) && m_random.chance(0.3);

    const DealStory &s = d.story;
    // The amount at creation was an estimate; often the quote (报价) revised it.
    qint64 revisedAt = 0, estimate = d.amount;
    for (const DealEvent &e : s.events) {
        if (e.fromStage >= 0 && e.fromStage < 2 && e.toStage >= 2 && e.toState == DealState::Open) {
            if (m_random.chance(0.4)) {
                revisedAt = std::min(m_now, e.at + m_random.between(600, 4 * 3600));
                estimate = std::max<qint64>(
                    100000, std::llround(double(d.amount) * (0.85 + 0.45 * m_random.unit()) / 100000.0) * 100000);
            }
            break;
        }
    }
    const bool revised = revisedAt && estimate != d.amount;
    qint64 updatedAt = std::max(s.lastChange(), revised ? revisedAt : 0);
    for (const DealSlip &slip : s.slips)
        updatedAt = std::max(updatedAt, slip.at);
    const bool closed = s.state == DealState::Won || s.state == DealState::Lost;
    const int stageProbability[] = {10, 30, 50, 80};
    QVariant override;
    if ((s.state == DealState::Open || s.state == DealState::OnHold) && m_random.chance(0.06))
        override = std::clamp(stageProbability[s.stage] + 10 * int(m_random.between(-2, 2)), 5, 95);

    SqlQuery &q = statement(
        "INSERT INTO opportunities (title, customer_id, contact_id, owner_id, pipeline_id, stage_id, amount_cents, "
        "currency, probability_override, expected_close_date, status, lost_reason, closed_at, source, campaign_id, "
        "created_at, created_by, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    d.id = q.add(d.title)
               .add(c.id)
               .add(d.contactId)
               .add(d.ownerId)
               .add(m_pipelineId)
               .add(m_stageIds[s.stage])
               .add(d.amount)
               .add(override)
               .add(s.expectedClose.isValid() ? QVariant(s.expectedClose.toString(Qt::ISODate)) : QVariant())
               .add(stateName(s.state))
               .add(s.state == DealState::Lost ? QVariant(lostReasonName(s.lostReason)) : QVariant())
               .add(closed ? QVariant(stamp(s.lastChange())) : QVariant())
               .add(d.source)
               .add(nullableId(d.campaignId))
               .add(stamp(d.createdAt))
               .add(d.ownerId)
               .add(stamp(updatedAt))
               .add(qint64(s.events.size() + s.slips.size() + (revised ? 1 : 0)))
               .insert();
    ++m_report.opportunities;

    writeHistory(d);
    SqlQuery &line = statement("INSERT INTO opportunity_products (opportunity_id, product_id, quantity, "
                               "unit_price_cents, discount_percent) VALUES (?, ?, ?, ?, ?)");
    for (const Deal::Line &l : d.lines)
        line.add(d.id)
            .add(m_products[l.product].id)
            .add(l.quantity)
            .add(m_products[l.product].priceCents)
            .add(l.discount)
            .exec();

    // Performance split (业绩拆分) on bigger deals: owner 70 % and a supporter 30 %, or
    // a fixed amount for the supporter.
    if (d.amount >= 20000000 && m_random.chance(0.35)) {
        const bool managerHelps = m_random.chance(0.4);
        const auto &colleagues = m_repsByRegion[rep.region]; // the owner's region
        int other = colleagues[m_random.between(0, qint64(colleagues.size()) - 1)];
        d.supporterId = managerHelps || other == d.rep ? d.managerId : m_reps[other].id;
        SqlQuery &team = statement("INSERT INTO opportunity_team_members (opportunity_id, user_id, role, "
                                   "split_percent, split_amount_cents) VALUES (?, ?, ?, ?, ?)");
        if (m_random.chance(0.8)) {
            team.add(d.id).add(d.ownerId).add(QStringLiteral("owner")).add(70).add(QVariant()).exec();
            team.add(d.id).add(d.supporterId).add(QStringLiteral("supporter")).add(30).add(QVariant()).exec();
        } else {
            const qint64 part = d.amount / 5 / 1000000 * 1000000; // ~20 %, whole 万
            team.add(d.id).add(d.ownerId).add(QStringLiteral("owner")).add(QVariant()).add(d.amount - part).exec();
            team.add(d.id).add(d.supporterId).add(QStringLiteral("supporter")).add(QVariant()).add(part).exec();
        }
    }

    // Field changes as the repositories audit them, so an as-of replay sees the old values.
    SqlQuery &audit = statement("INSERT INTO audit_log (occurred_at, user_id, entity, entity_id, action, field, "
                                "old_value, new_value) VALUES (?, ?, 'opportunity', ?, 'update', ?, ?, ?)");
    const QString closeField = QStringLiteral("expected_close_date");
    for (const DealSlip &slip : s.slips)
        audit.add(stamp(slip.at))
            .add(d.ownerId)
            .add(d.id)
            .add(closeField)
            .add(slip.from.isValid() ? QVariant(slip.from.toString(Qt::ISODate)) : QVariant())
            .add(slip.to.toString(Qt::ISODate))
            .exec();
    if (revised)
        audit.add(stamp(revisedAt))
            .add(d.ownerId)
            .add(d.id)
            .add(QStringLiteral("amount_cents"))
            .add(QString::number(estimate))
            .add(QString::number(d.amount))
            .exec();

    if (d.fromLead)
        writeConvertedLead(d);
    writeActivities(d);
    writeTasks(d);
    if (s.state == DealState::Open || s.state == DealState::OnHold)
        writeChecks(d);
    if (s.state == DealState::Won) {
        m_report.wonCents += d.amount;
        const int month = monthIndex(s.lastChange());
        if (month >= 0 && month < m_monthCount) {
            m_wonByRep[d.rep][month] += d.amount;
            for (const Deal::Line &l : d.lines)
                m_wonByLine[m_products[l.product].line][month] += l.cents;
        }
        writeContract(d);
    }
}

qint64 DemoBuilder::dealCreatedAt(qint64 from)
{
    // Uniform over [from, now], thinned by the month's creation factor; none in a
    // holiday pause.
    const double most = *std::max_element(m_creationFactor.begin(), m_creationFactor.end());
    qint64 at = from;
    for (int attempt = 0; attempt < 32; ++attempt) {
        at = officeTime(m_random, from + qint64(m_random.unit() * double(std::max<qint64>(0, m_now - from))));
        const int month = monthIndex(at);
        const double factor = month >= 0 && month < int(m_creationFactor.size()) ? m_creationFactor[size_t(month)]
                                                                                 : 1.0;
        if (!isBusinessPause(officeDate(at)) && m_random.unit() * most < factor)
            break;
    }
    return at;
}

void DemoBuilder::writeHistory(const Deal &d)
{
    SqlQuery &q = statement("INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, to_stage_id, "
                            "from_status, to_status, changed_at, changed_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const DealEvent &e : d.story.events) {
        const bool creation = e.fromStage < 0;
        QString note;
        if (e.toState == DealState::Lost)
            note = lostReasonName(e.lostReason);
        else if (e.toState == DealState::OnHold)
            note = u("客户暂停采购计划");
        else if (e.fromState == DealState::OnHold)
            note = u("客户重启项目");
        else if (!creation && e.toStage < e.fromStage)
            note = u("客户需求变更,退回上一阶段");
        q.add(d.id)
            .add(creation ? QVariant() : QVariant(m_stageIds[e.fromStage]))
            .add(m_stageIds[e.toStage])
            .add(creation ? QVariant() : QVariant(stateName(e.fromState)))
            .add(stateName(e.toState))
            .add(stamp(e.at))
            .add(e.byManager ? d.managerId : d.ownerId)
            .add(nullableText(note))
            .exec();
        ++m_report.historyRows;
    }
}

void DemoBuilder::writeActivities(const Deal &d)
{
    const Customer &c = m_customers[d.customer];
    const auto &events = d.story.events;
    // Each open stretch in a stage brings calls, visits, meetings and proposals.
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].toState != DealState::Open)
            continue;
        const int stage = events[i].toStage;
        const qint64 begin = events[i].at;
        const qint64 end = i + 1 < events.size() ? events[i + 1].at : m_now;
        const double days = double(end - begin) / double(kDay);
        const double expected = std::min(3.5, 0.5 + days / 12.0) * m_activityDensity;
        int count = int(expected);
        if (m_random.chance(expected - count))
            ++count;
        for (int k = 0; k < count; ++k) {
            const int kind = m_random.weighted(kKindWeights[stage]);
            qint64 at = officeTime(m_random, begin + qint64(m_random.unit() * double(end - begin)));
            at = std::min(at, m_now);
            const int minutes = kind == 0   ? int(m_random.between(3, 30))
                                : kind == 1 ? int(m_random.between(45, 180))
                                : kind == 2 ? int(m_random.between(30, 120))
                                            : 0;
            const qint64 user = d.supporterId && kind == 2 && m_random.chance(0.5) ? d.supporterId : d.ownerId;
            insertActivity(QString::fromLatin1(kKinds[kind]), u(kSubjects[stage][kind]), at, minutes,
                           u(kOutcomes[stage][m_random.between(0, 3)]), user, 0, c.id, d.contactId, d.id);
        }
    }
    if (d.story.state == DealState::Won) {
        const qint64 wonAt = d.story.lastChange();
        const int visits = int(m_random.between(0, 2));
        for (int k = 0; k < visits; ++k) {
            const qint64 at = officeTime(m_random, wonAt + m_random.between(7, 90) * kDay);
            if (at > m_now || !m_random.chance(m_activityDensity))
                continue;
            insertActivity(k == 0 ? QStringLiteral("visit") : QStringLiteral("call"),
                           k == 0 ? u("项目验收沟通") : u("回款进度确认"), at, k == 0 ? 90 : 10,
                           k == 0 ? u("客户确认验收") : u("财务已安排付款"), d.ownerId, 0, c.id, d.contactId, d.id);
        }
    }
}

void DemoBuilder::writeTasks(const Deal &d)
{
    const DealStory &s = d.story;
    const Customer &c = m_customers[d.customer];
    if (s.state == DealState::Open || s.state == DealState::OnHold) {
        // The next step of every open deal; a share of them is already overdue.
        const qint64 due = officeTime(m_random, m_now + m_random.between(-12, 14) * kDay);
        insertTask(u(kTaskTitles[s.stage][m_random.between(0, 2)]) + u(":") + d.contactName, due, 0, d.ownerId, 0, c.id,
                   d.id, s.lastChange());
    } else if (m_random.chance(0.3) && s.events.size() > 1) {
        const DealEvent &last = s.events[s.events.size() - 2];
        const qint64 due = last.at + m_random.between(1, 5) * kDay;
        insertTask(u(kTaskTitles[last.toStage][m_random.between(0, 2)]) + u(":") + d.contactName, due,
                   std::min(due, s.lastChange()), d.ownerId, 0, c.id, d.id, last.at);
    }
}

void DemoBuilder::writeChecks(const Deal &d)
{
    // Ticked checklist items of an open deal: the required steps of the stages it
    // passed, and part of the current stage's list.
    const auto &events = d.story.events;
    std::vector<qint64> entered(kStageCount, 0);
    for (const DealEvent &e : events) {
        if (e.fromStage != e.toStage)
            entered[e.toStage] = e.at;
    }
    const int current = d.story.stage;
    SqlQuery &q = statement("INSERT INTO opportunity_task_checks (opportunity_id, stage_task_id, done_at, done_by) "
                            "VALUES (?, ?, ?, ?)");
    for (int stage = 0; stage <= current; ++stage) {
        if (!entered[stage])
            continue;
        const qint64 until = stage < current && entered[stage + 1] > entered[stage] ? entered[stage + 1] : m_now;
        for (const auto &[taskId, required] : m_stageTasks[stage]) {
            const bool done = stage < current ? (required || m_random.chance(0.6)) : m_random.chance(0.45);
            if (!done)
                continue;
            const qint64 at = entered[stage] + qint64(m_random.unit() * double(until - entered[stage]));
            q.add(d.id).add(taskId).add(stamp(std::min(at, m_now))).add(d.ownerId).exec();
        }
    }
}

void DemoBuilder::writeConvertedLead(const Deal &d)
{
    const Customer &c = m_customers[d.customer];
    const qint64 created = std::max(m_windowStart - 30 * kDay, d.createdAt - m_random.between(2, 30) * kDay);
    const qint64 followup = std::min(d.createdAt, created + m_random.between(1, 3) * kDay);
    const QString mob = mobile(m_random);
    SqlQuery &q = statement(
        "INSERT INTO leads (name, company, normalized_company, phone, normalized_phone, source, campaign_id, status, "
        "owner_id, region_id, assigned_at, last_followup_at, converted_customer_id, converted_contact_id, "
        "converted_opportunity_id, converted_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'converted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    const qint64 leadId = q.add(d.contactName)
                              .add(c.baseName)
                              .add(normalize::companyName(c.baseName))
                              .add(mob)
                              .add(normalize::phone(mob))
                              .add(d.source)
                              .add(nullableId(d.campaignId))
                              .add(d.ownerId)
                              .add(m_regionIds[c.region])
                              .add(stamp(created))
                              .add(stamp(followup))
                              .add(c.id)
                              .add(d.contactId)
                              .add(d.id)
                              .add(stamp(d.createdAt))
                              .add(stamp(created))
                              .add(stamp(d.createdAt))
                              .insert();
    ++m_report.leads;
    if (m_random.chance(m_activityDensity))
        insertActivity(QStringLiteral("call"), u("线索首次电话沟通"), followup, int(m_random.between(5, 20)),
                       u("确认有采购需求,转为商机"), d.ownerId, leadId, 0, 0, 0);
}

void DemoBuilder::writeContract(const Deal &d)
{
    const Customer &c = m_customers[d.customer];
    const qint64 wonAt = d.story.lastChange();
    const QString signedDay = day(wonAt);
    const QDate signedDate = QDate::fromString(signedDay, Qt::ISODate);
    const bool recent = m_now - wonAt < 5 * kDay;
    ++m_contractSeq;
    SqlQuery &contract = statement(
        "INSERT INTO contracts (number, title, opportunity_id, customer_id, owner_id, amount_cents, currency, "
        "approval_status, signed_date, start_date, end_date, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?) RETURNING id");
    const qint64 contractId = contract
                                  .add(QStringLiteral("%1-%2-%3")
                                           .arg(m_contractPrefix)
                                           .arg(signedDate.year())
                                           .arg(m_contractSeq, 6, 10, QLatin1Char('0')))
                                  .add(d.title + u("合同"))
                                  .add(d.id)
                                  .add(c.id)
                                  .add(d.ownerId)
                                  .add(d.amount)
                                  .add(recent && m_random.chance(0.5) ? QStringLiteral("pending")
                                                                      : QStringLiteral("approved"))
                                  .add(signedDay)
                                  .add(signedDay)
                                  .add(signedDate.addYears(1).addDays(-1).toString(Qt::ISODate))
                                  .add(stamp(wonAt))
                                  .add(stamp(wonAt))
                                  .insert();
    ++m_report.contracts;
    SqlQuery &plan = statement(
        "INSERT INTO payment_plans (contract_id, name, created_at) VALUES (?, ?, ?) RETURNING id");
    const qint64 planId = plan.add(contractId).add(u("付款计划")).add(stamp(wonAt)).insert();

    // Instalments by percent; the last one takes the remainder so the plan sums exactly.
    static const std::vector<std::vector<int>> patterns = {{30, 70},     {50, 50},         {30, 60, 10},
                                                           {40, 40, 20}, {20, 30, 30, 20}, {30, 40, 30}};
    const int patternIndex = m_random.weighted({1.0, 1.0, 1.6, 1.0, 0.6, 1.0});
    const std::vector<int> &pattern = patterns[patternIndex];
    SqlQuery &instalment = statement("INSERT INTO payment_instalments (plan_id, seq, due_date, amount_cents, percent, "
                                     "note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    SqlQuery &invoice = statement(
        "INSERT INTO invoices (contract_id, instalment_id, number, issued_date, amount_cents, "
        "tax_rate_bp, status, created_at) VALUES (?, ?, ?, ?, ?, 1300, 'issued', ?)");
    SqlQuery &receipt = statement("INSERT INTO receipts (contract_id, instalment_id, received_date, amount_cents, "
                                  "method, reference, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const char *const methods[] = {"银行转账", "银行转账", "银行转账", "银行转账", "承兑汇票", "支票"};
    qint64 due = wonAt + m_random.between(7, 20) * kDay;
    qint64 allocated = 0;
    for (std::size_t k = 0; k < pattern.size(); ++k) {
        const bool last = k + 1 == pattern.size();
        const qint64 amount = last ? d.amount - allocated : money::percentOf(d.amount, pattern[k]);
        allocated += amount;
        const QString note = k == 0 ? u("预付款")
                                    : (last ? (pattern[k] <= 10 ? u("验收尾款") : u("尾款")) : u("进度款"));
        const qint64 instalmentId =
            instalment.add(planId).add(int(k + 1)).add(day(due)).add(amount).add(pattern[k]).add(note).insert();
        ++m_report.instalments;

        // Did the customer pay? Long-overdue instalments are rarer than fresh ones.
        qint64 paidAt = 0;
        if (due < m_now) {
            const double age = double(m_now - due) / double(kDay);
            const double unpaid = std::min(0.9, (age < 30   ? 0.35
                                                 : age < 60 ? 0.22
                                                 : age < 90 ? 0.15
                                                            : 0.05)
                                                    * c.payerDelay);
            if (!m_random.chance(unpaid)) {
                paidAt = due + qint64(m_random.between(-5, qint64(20 * c.payerDelay))) * kDay;
                paidAt = std::max(paidAt, wonAt + kDay);
                if (paidAt > m_now)
                    paidAt = 0;
            }
        } else if (m_random.chance(0.05) && m_now - wonAt > 2 * kDay) {
            paidAt = m_now - m_random.between(1, 2) * kDay; // paid ahead of time
        }
        if (due < m_now + 10 * kDay || paidAt) {
            const qint64 issued = std::max(wonAt, std::min(due, paidAt ? paidAt : due) - m_random.between(0, 5) * kDay);
            if (issued <= m_now) {
                ++m_invoiceSeq;
                invoice.add(contractId)
                    .add(instalmentId)
                    .add(QStringLiteral("FP%1%2")
                             .arg(QDateTime::fromSecsSinceEpoch(issued, Qt::UTC).date().year())
                             .arg(m_invoiceSeq, 7, 10, QLatin1Char('0')))
                    .add(day(issued))
                    .add(amount)
                    .add(stamp(issued))
                    .exec();
            }
        }
        if (paidAt && amount > 0) {
            // Now and then a customer pays in two parts; the second part may be pending.
            const bool split = m_random.chance(0.08) && amount >= 200;
            const qint64 first = split ? amount * 6 / 10 : amount;
            const qint64 parts[2] = {first, amount - first};
            const qint64 dates[2] = {paidAt, paidAt + m_random.between(10, 40) * kDay};
            for (int part = 0; part < (split ? 2 : 1); ++part) {
                if (dates[part] > m_now)
                    break;
                receipt.add(contractId)
                    .add(instalmentId)
                    .add(day(dates[part]))
                    .add(parts[part])
                    .add(u(m_random.pick(methods)))
                    .add(QStringLiteral("TX%1").arg(m_random.between(100000000, 999999999)))
                    .add(m_financeId)
                    .add(stamp(dates[part]))
                    .exec();
                ++m_report.receipts;
            }
        } else if (last && pattern[k] == 10 && due < m_now - 30 * kDay) {
            m_writeOffCandidates.push_back({contractId, instalmentId, amount, d.ownerId, due});
        }
        due += m_random.between(30, 90) * kDay;
    }
}

void DemoBuilder::writeWriteOffs()
{
    // Waiving a final 10 % service payment (免除 10% 服务尾款): a traceable write-off of
    // the receivable plus the contract change that explains it.
    const int wanted = int(std::clamp<qint64>(m_report.contracts / 350, 1, 1000));
    SqlQuery &adjust = statement("INSERT INTO receivable_adjustments (contract_id, instalment_id, adjusted_at, "
                                 "amount_cents, reason, created_by) VALUES (?, ?, ?, ?, ?, ?)");
    SqlQuery &change = statement("INSERT INTO contract_changes (contract_id, changed_at, changed_by, field, old_value, "
                                 "new_value, reason) VALUES (?, ?, ?, 'receivable_cents', ?, ?, ?)");
    const QString reason = u("项目验收延期,经审批免除客户 10% 服务尾款");
    for (int i = 0; i < wanted && !m_writeOffCandidates.empty(); ++i) {
        const std::size_t pick = std::size_t(m_random.between(0, qint64(m_writeOffCandidates.size()) - 1));
        const WriteOffCandidate w = m_writeOffCandidates[pick];
        m_writeOffCandidates.erase(m_writeOffCandidates.begin() + std::ptrdiff_t(pick));
        const QString at = stamp(std::min(m_now, officeTime(m_random, w.due + m_random.between(10, 25) * kDay)));
        adjust.add(w.contractId).add(w.instalmentId).add(at).add(w.amount).add(reason).add(m_financeId).exec();
        change.add(w.contractId)
            .add(at)
            .add(m_financeId)
            .add(QString::number(w.amount))
            .add(QStringLiteral("0"))
            .add(reason)
            .exec();
    }
}

} // namespace fd::demo

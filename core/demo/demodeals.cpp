// The demo office's deals: each opportunity with its stage history, product lines, team,
// activities, follow-up tasks, checklist ticks, the lead it came from, slipped close
// dates, and for won deals the contract, payment plan, invoices and receipts.
#include "demobuilder.h"

#include "demovocabulary.h"

#include "approval/contractapproval.h"
#include "domain/margin.h"
#include "domain/money.h"
#include "domain/normalize.h"
#include "domain/opportunity.h"
#include "storage/sqlquery.h"
#include "storage/tables/audittable.h"
#include "storage/tables/contracttables.h"
#include "storage/tables/leadtables.h"
#include "storage/tables/opportunitytables.h"
#include "storage/tables/stagehistory.h"

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
        line.cents = margin::lineSales(line.quantity, p.priceCents, line.discount); // the editor's own rule
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
    std::optional<qint64> override;
    if ((s.state == DealState::Open || s.state == DealState::OnHold) && m_random.chance(0.06))
        override = std::clamp(stageProbability[s.stage] + 10 * int(m_random.between(-2, 2)), 5, 95);

    tables::OpportunityRow deal;
    deal.title = d.title;
    deal.customerId = c.id;
    deal.contactId = d.contactId;
    deal.ownerId = d.ownerId;
    deal.pipelineId = m_pipelineId;
    deal.stageId = m_stageIds[s.stage];
    deal.amountCents = d.amount;
    deal.probabilityOverride = override;
    if (s.expectedClose.isValid())
        deal.expectedCloseDate = s.expectedClose.toString(Qt::ISODate);
    deal.status = stateName(s.state);
    if (s.state == DealState::Lost)
        deal.lostReason = lostReasonName(s.lostReason);
    if (closed)
        deal.closedAt = stamp(s.lastChange());
    deal.source = d.source;
    deal.campaignId = d.campaignId;
    deal.createdAt = stamp(d.createdAt);
    deal.createdBy = d.ownerId;
    deal.updatedAt = stamp(updatedAt);
    deal.rowVersion = qint64(s.events.size() + s.slips.size() + (revised ? 1 : 0));
    // Performance split (业绩拆分) on bigger deals: owner 70 % and a supporter 30 %, or
    // a fixed amount for the supporter; some percent splits are overlays instead: the whole
    // amount to both (整额) or the owner 100 % and the supporter 30 % (超额), picked by the
    // amount so that the random sequence (and the rest of the demo) stays as it was.
    QList<tables::TeamMemberRow> split;
    if (d.amount >= 20000000 && m_random.chance(0.35)) {
        const bool managerHelps = m_random.chance(0.4);
        const auto &colleagues = m_repsByRegion[rep.region]; // the owner's region
        int other = colleagues[m_random.between(0, qint64(colleagues.size()) - 1)];
        d.supporterId = managerHelps || other == d.rep ? d.managerId : m_reps[other].id;
        tables::TeamMemberRow owner, supporter;
        owner.userId = d.ownerId;
        supporter.userId = d.supporterId;
        supporter.role = QStringLiteral("supporter");
        if (m_random.chance(0.8)) {
            const qint64 pick = d.amount / 1000000 % 5;
            deal.splitForm = pick == 0   ? QStringLiteral("whole")
                             : pick == 1 ? QStringLiteral("over")
                                         : QStringLiteral("percent");
            owner.splitPercent = deal.splitForm == QLatin1String("percent") ? 70 : 100;
            supporter.splitPercent = deal.splitForm == QLatin1String("whole") ? 100 : 30;
        } else {
            const qint64 part = d.amount / 5 / 1000000 * 1000000; // ~20 %, whole 万
            deal.splitForm = QStringLiteral("amount");
            owner.splitAmountCents = d.amount - part;
            supporter.splitAmountCents = part;
        }
        split = {owner, supporter};
    }
    d.id = write(deal);
    ++m_report.opportunities;

    writeHistory(d);
    for (const Deal::Line &l : d.lines) {
        tables::OpportunityProductRow line;
        line.opportunityId = d.id;
        line.productId = m_products[l.product].id;
        line.quantity = l.quantity;
        line.unitPriceCents = m_products[l.product].priceCents;
        line.unitCostCents = m_products[l.product].costCents;
        line.discountPercent = l.discount;
        write(line);
    }

    for (tables::TeamMemberRow &member : split) {
        member.opportunityId = d.id;
        write(member);
    }

    // Field changes as the repositories audit them, so an as-of replay sees the old values.
    tables::AuditRow audit;
    audit.userId = d.ownerId;
    audit.entity = QStringLiteral("opportunity");
    audit.entityId = d.id;
    audit.action = QStringLiteral("update");
    audit.field = QStringLiteral("expected_close_date");
    for (const DealSlip &slip : s.slips) {
        audit.occurredAt = stamp(slip.at);
        audit.oldValue = slip.from.isValid() ? QVariant(slip.from.toString(Qt::ISODate)) : QVariant();
        audit.newValue = slip.to.toString(Qt::ISODate);
        write(audit);
    }
    if (revised) {
        audit.occurredAt = stamp(revisedAt);
        audit.field = QStringLiteral("amount_cents");
        audit.oldValue = QString::number(estimate);
        audit.newValue = QString::number(d.amount);
        write(audit);
    }

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
    if (!m_history)
        m_history = std::make_unique<tables::StageHistoryWriter>(m_db);
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
        tables::StageChangeRow change;
        change.opportunityId = d.id;
        if (!creation) {
            change.fromStageId = m_stageIds[e.fromStage];
            change.fromStatus = stateName(e.fromState);
        }
        change.toStageId = m_stageIds[e.toStage];
        change.toStatus = stateName(e.toState);
        change.changedAt = stamp(e.at);
        change.changedBy = e.byManager ? d.managerId : d.ownerId;
        change.note = note;
        m_history->record(change);
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
    for (int stage = 0; stage <= current; ++stage) {
        if (!entered[stage])
            continue;
        const qint64 until = stage < current && entered[stage + 1] > entered[stage] ? entered[stage + 1] : m_now;
        for (const auto &[taskId, required] : m_stageTasks[stage]) {
            const bool done = stage < current ? (required || m_random.chance(0.6)) : m_random.chance(0.45);
            if (!done)
                continue;
            const qint64 at = entered[stage] + qint64(m_random.unit() * double(until - entered[stage]));
            tables::TaskCheckRow check;
            check.opportunityId = d.id;
            check.stageTaskId = taskId;
            check.doneAt = stamp(std::min(at, m_now));
            check.doneBy = d.ownerId;
            write(check);
        }
    }
}

void DemoBuilder::writeConvertedLead(const Deal &d)
{
    const Customer &c = m_customers[d.customer];
    const qint64 created = std::max(m_windowStart - 30 * kDay, d.createdAt - m_random.between(2, 30) * kDay);
    const qint64 followup = std::min(d.createdAt, created + m_random.between(1, 3) * kDay);
    const QString mob = mobile(m_random);
    tables::LeadRow lead;
    lead.name = d.contactName;
    lead.company = c.baseName;
    lead.normalizedCompany = normalize::companyName(c.baseName);
    lead.phone = mob;
    lead.normalizedPhone = normalize::phone(mob);
    lead.source = d.source;
    lead.campaignId = d.campaignId;
    lead.status = QStringLiteral("converted");
    lead.ownerId = d.ownerId;
    lead.regionId = m_regionIds[c.region];
    lead.assignedAt = stamp(created);
    lead.lastFollowupAt = stamp(followup);
    lead.convertedCustomerId = c.id;
    lead.convertedContactId = d.contactId;
    lead.convertedOpportunityId = d.id;
    lead.convertedAt = stamp(d.createdAt);
    lead.createdAt = stamp(created);
    lead.updatedAt = stamp(d.createdAt);
    const qint64 leadId = write(lead);
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
    // Recent contracts may still wait for approval: no invoice or receipt is written on them.
    const ApprovalStatus status = recent && m_random.chance(0.5) ? ApprovalStatus::Pending : ApprovalStatus::Approved;
    const bool approved = status == ApprovalStatus::Approved;
    ++m_contractSeq;
    tables::ContractRow contract;
    contract.number = QStringLiteral("%1-%2-%3")
                          .arg(m_contractPrefix)
                          .arg(signedDate.year())
                          .arg(m_contractSeq, 6, 10, QLatin1Char('0'));
    contract.title = d.title + u("合同");
    contract.opportunityId = d.id;
    contract.customerId = c.id;
    contract.ownerId = d.ownerId;
    contract.amountCents = d.amount;
    contract.approvalStatus = toString(status);
    contract.signedDate = signedDay;
    contract.startDate = signedDay;
    contract.endDate = signedDate.addYears(1).addDays(-1).toString(Qt::ISODate);
    contract.createdAt = stamp(wonAt);
    contract.updatedAt = stamp(wonAt);
    const qint64 contractId = write(contract);
    ++m_report.contracts;
    writeApprovalSteps(d, contractId, wonAt, approved);
    tables::PaymentPlanRow plan;
    plan.contractId = contractId;
    plan.name = u("付款计划");
    plan.createdAt = stamp(wonAt);
    const qint64 planId = write(plan);

    // Instalments by percent; the last one takes the remainder so the plan sums exactly.
    static const std::vector<std::vector<int>> patterns = {{30, 70},     {50, 50},         {30, 60, 10},
                                                           {40, 40, 20}, {20, 30, 30, 20}, {30, 40, 30}};
    const int patternIndex = m_random.weighted({1.0, 1.0, 1.6, 1.0, 0.6, 1.0});
    const std::vector<int> &pattern = patterns[patternIndex];
    const char *const methods[] = {"银行转账", "银行转账", "银行转账", "银行转账", "承兑汇票", "支票"};
    qint64 due = wonAt + m_random.between(7, 20) * kDay;
    qint64 allocated = 0;
    for (std::size_t k = 0; k < pattern.size(); ++k) {
        const bool last = k + 1 == pattern.size();
        const qint64 amount = last ? d.amount - allocated : money::percentOf(d.amount, pattern[k]);
        allocated += amount;
        const QString note = k == 0 ? u("预付款")
                                    : (last ? (pattern[k] <= 10 ? u("验收尾款") : u("尾款")) : u("进度款"));
        tables::InstalmentRow instalment;
        instalment.planId = planId;
        instalment.seq = qint64(k + 1);
        instalment.dueDate = day(due);
        instalment.amountCents = amount;
        instalment.percent = pattern[k];
        instalment.note = note;
        const qint64 instalmentId = write(instalment);
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
            if (issued <= m_now && approved) {
                ++m_invoiceSeq;
                tables::InvoiceRow invoice;
                invoice.contractId = contractId;
                invoice.instalmentId = instalmentId;
                invoice.number = QStringLiteral("FP%1%2")
                                     .arg(QDateTime::fromSecsSinceEpoch(issued, Qt::UTC).date().year())
                                     .arg(m_invoiceSeq, 7, 10, QLatin1Char('0'));
                invoice.issuedDate = day(issued);
                invoice.amountCents = amount;
                invoice.taxRateBp = 1300;
                invoice.createdAt = stamp(issued);
                write(invoice);
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
                tables::ReceiptRow receipt;
                receipt.contractId = contractId;
                receipt.instalmentId = instalmentId;
                receipt.receivedDate = day(dates[part]);
                receipt.amountCents = parts[part];
                receipt.method = u(m_random.pick(methods));
                receipt.reference = QStringLiteral("TX%1").arg(m_random.between(100000000, 999999999));
                receipt.createdBy = m_financeId;
                receipt.createdAt = stamp(dates[part]);
                if (!approved)
                    continue; // drawn all the same, so the rest of the demo stays as it was
                write(receipt);
                ++m_report.receipts;
            }
        } else if (last && pattern[k] == 10 && due < m_now - 30 * kDay) {
            m_writeOffCandidates.push_back({contractId, instalmentId, amount, d.ownerId, due});
        }
        due += m_random.between(30, 90) * kDay;
    }
}

void DemoBuilder::writeApprovalSteps(const Deal &d, qint64 contractId, qint64 wonAt, bool approved)
{
    // Submitted by the owner on the day it was won, approved by the team's manager a few
    // hours later, and above the default threshold by the administrator too.
    const auto writeStep = [&](const char *kind, const QString &level, const char *from, const char *to, qint64 by,
                               qint64 at) {
        tables::ContractApprovalRow step;
        step.contractId = contractId;
        step.step = QString::fromLatin1(kind);
        step.level = level;
        step.fromStatus = QString::fromLatin1(from);
        step.toStatus = QString::fromLatin1(to);
        step.actedBy = by;
        step.actedAt = stamp(std::min(at, m_now));
        this->write(step);
    };
    writeStep("submit", QString(), "draft", "pending", d.ownerId, wonAt);
    if (!approved)
        return;
    const bool secondLevel = d.amount > ContractApproval::kDefaultThresholdCents;
    writeStep("approve", QStringLiteral("manager"), "pending", secondLevel ? "pending" : "approved", d.managerId,
              wonAt + 2 * 3600);
    if (secondLevel)
        writeStep("approve", QStringLiteral("admin"), "pending", "approved", m_adminId, wonAt + 5 * 3600);
}

void DemoBuilder::writeWriteOffs()
{
    // Waiving a final 10 % service payment (免除 10% 服务尾款): a traceable write-off of
    // the receivable plus the contract change that explains it.
    const int wanted = int(std::clamp<qint64>(m_report.contracts / 350, 1, 1000));
    const QString reason = u("项目验收延期,经审批免除客户 10% 服务尾款");
    for (int i = 0; i < wanted && !m_writeOffCandidates.empty(); ++i) {
        const std::size_t pick = std::size_t(m_random.between(0, qint64(m_writeOffCandidates.size()) - 1));
        const WriteOffCandidate w = m_writeOffCandidates[pick];
        m_writeOffCandidates.erase(m_writeOffCandidates.begin() + std::ptrdiff_t(pick));
        const QString at = stamp(std::min(m_now, officeTime(m_random, w.due + m_random.between(10, 25) * kDay)));
        tables::AdjustmentRow adjustment;
        adjustment.contractId = w.contractId;
        adjustment.instalmentId = w.instalmentId;
        adjustment.adjustedAt = at;
        adjustment.amountCents = w.amount;
        adjustment.reason = reason;
        adjustment.createdBy = m_financeId;
        write(adjustment);
        tables::ContractChangeRow change;
        change.contractId = w.contractId;
        change.changedAt = at;
        change.changedBy = m_financeId;
        change.field = QStringLiteral("receivable_cents");
        change.oldValue = QString::number(w.amount);
        change.newValue = QStringLiteral("0");
        change.reason = reason;
        write(change);
    }
}

} // namespace fd::demo

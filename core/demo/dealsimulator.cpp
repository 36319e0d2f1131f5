#include "dealsimulator.h"

#include "demorandom.h"

#include <QDateTime>

#include <algorithm>

namespace fd::demo {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kBeijingOffset = 8 * 3600;

const char *const kLostReasons[] = {"价格过高",   "选择了竞争对手", "预算取消",   "项目延期",
                                    "需求不匹配", "客户无响应",     "决策人变更", "关系维护不到位"};
enum LostReasonIndex { Price, Competitor, BudgetCut, Postponed, NoFit, NoResponse, DecisionMaker, Relationship };

// Which reasons end deals in each stage (weights per kLostReasons entry).
const std::vector<double> kLostWeights[kStageCount] = {
    {0.5, 1.0, 2.0, 1.0, 3.0, 4.0, 0.3, 0.8}, // 初步接洽: no response, no fit
    {1.0, 2.5, 2.0, 1.5, 3.0, 1.0, 0.8, 1.0}, // 需求确认
    {4.0, 3.5, 1.0, 1.0, 0.8, 0.8, 0.8, 1.0}, // 报价: price, competitor
    {3.0, 3.0, 1.2, 1.5, 0.3, 0.3, 1.5, 1.0}, // 拟定合同
};

const double kTypicalDays[kStageCount] = {14, 24, 20, 25};

// Chances at the end of a stage visit; the rest advances (or wins at the last stage).
struct StageOdds
{
    double lost, hold, skip, back;
};
const StageOdds kOdds[kStageCount] = {
    {0.36, 0.030, 0.03, 0.00},
    {0.26, 0.035, 0.03, 0.04},
    {0.27, 0.040, 0.03, 0.07}, // skip here = won without drafting a contract stage
    {0.18, 0.030, 0.00, 0.05},
};

QDate dateOf(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at + kBeijingOffset, Qt::UTC).date();
}

qint64 startOfDay(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - kBeijingOffset;
}

} // namespace

int lostReasonCount()
{
    return int(std::size(kLostReasons));
}

QString lostReasonName(int index)
{
    return QString::fromUtf8(kLostReasons[index]);
}

double typicalDwellDays(int stage)
{
    return kTypicalDays[stage];
}

qint64 officeTime(DemoRandom &random, qint64 at)
{
    QDate day = dateOf(at);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    const qint64 start = startOfDay(day) + 9 * 3600;
    return start + random.between(0, 9 * 3600 + 1800);
}

DealStory simulateDeal(DemoRandom &random, const RepProfile &rep, qint64 createdAt, qint64 now)
{
    DealStory story;
    const double entryRoll = random.unit();
    int stage = entryRoll < 0.82 ? 0 : (entryRoll < 0.94 ? 1 : 2);
    DealState state = DealState::Open;
    story.events.push_back({createdAt, -1, stage, DealState::Open, DealState::Open, -1, false});

    // The rep's plan when the deal is created: usually optimistic.
    double plannedDays = 0;
    for (int s = stage; s < kStageCount; ++s)
        plannedDays += kTypicalDays[s] * random.spread(0.5);
    story.expectedClose = dateOf(createdAt + qint64(plannedDays * 0.8 * kDay));

    qint64 t = createdAt;
    int backMoves = 0;
    auto slipUntil = [&](qint64 until) {
        // The owner pushes the close date out when a deal is still open past it.
        while (story.expectedClose < dateOf(until) && story.slips.size() < 3) {
            qint64 at = officeTime(random, startOfDay(story.expectedClose) + random.between(0, 5) * kDay);
            at = std::min(std::max(at, createdAt + 60), now);
            const QDate to = story.expectedClose.addDays(random.between(14, 45));
            story.slips.push_back({at, story.expectedClose, to});
            story.expectedClose = to;
        }
    };
    auto push = [&](qint64 at, int from, int to, DealState fromState, DealState toState, int reason) {
        at = std::max(at, story.events.back().at + 60);
        story.events.push_back({at, from, to, fromState, toState, reason, random.chance(0.08)});
        t = at;
    };

    for (int step = 0; step < 24; ++step) {
        if (state == DealState::OnHold) {
            const qint64 next = officeTime(random, t + random.between(20, 120) * kDay);
            if (next > now)
                break;
            slipUntil(next);
            if (random.chance(0.55)) {
                push(next, stage, stage, DealState::OnHold, DealState::Open, -1);
                state = DealState::Open;
            } else {
                const int reason = random.chance(0.5) ? BudgetCut : Postponed;
                push(next, stage, stage, DealState::OnHold, DealState::Lost, reason);
                state = DealState::Lost;
                story.lostReason = reason;
                break;
            }
            continue;
        }
        const StageOdds &odds = kOdds[stage];
        const double lost = std::min(0.9, odds.lost / rep.skill);
        const double back = backMoves < 2 ? odds.back : 0.0;
        const double roll = random.unit();
        enum { Lose, Hold, Skip, Back, Advance } outcome = Advance;
        if (roll < lost)
            outcome = Lose;
        else if (roll < lost + odds.hold)
            outcome = Hold;
        else if (roll < lost + odds.hold + odds.skip)
            outcome = Skip;
        else if (roll < lost + odds.hold + odds.skip + back)
            outcome = Back;

        double days = kTypicalDays[stage] * rep.dwell[stage] * random.spread(0.6);
        if (outcome == Lose)
            days *= 1.2;
        const qint64 next = officeTime(random, t + qint64(std::max(0.2, days) * kDay));
        if (next > now)
            break;
        slipUntil(next);
        switch (outcome) {
        case Lose: {
            const int reason = random.weighted(kLostWeights[stage]);
            push(next, stage, stage, DealState::Open, DealState::Lost, reason);
            state = DealState::Lost;
            story.lostReason = reason;
            break;
        }
        case Hold:
            push(next, stage, stage, DealState::Open, DealState::OnHold, -1);
            state = DealState::OnHold;
            break;
        case Back:
            push(next, stage, stage - 1, DealState::Open, DealState::Open, -1);
            --stage;
            ++backMoves;
            break;
        case Skip:
        case Advance: {
            const int to = stage + (outcome == Skip ? 2 : 1);
            if (to >= kStageCount) {
                push(next, stage, stage, DealState::Open, DealState::Won, -1);
                state = DealState::Won;
            } else {
                push(next, stage, to, DealState::Open, DealState::Open, -1);
                stage = to;
            }
            break;
        }
        }
        if (state == DealState::Won || state == DealState::Lost)
            break;
    }
    story.state = state;
    story.stage = stage;
    if ((state == DealState::Open || state == DealState::OnHold) && story.expectedClose < dateOf(now)
        && !random.chance(0.4)) {
        // Most owners keep the close date of a late deal current: a new date as far out
        // as the remaining stages usually take. The rest are left overdue.
        double remaining = 0;
        for (int s = stage; s < kStageCount; ++s)
            remaining += kTypicalDays[s];
        const qint64 at = std::max(t, now - random.between(0, 20) * kDay);
        const QDate to = dateOf(now).addDays(std::max<qint64>(3, qint64(remaining * 0.8 * random.spread(0.6))));
        story.slips.push_back({std::min(officeTime(random, at), now), story.expectedClose, to});
        story.expectedClose = to;
    }
    return story;
}

} // namespace fd::demo

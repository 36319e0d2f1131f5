#include "dealsimulator.h"

#include "demorandom.h"

#include <algorithm>

namespace fd::demo {

namespace {

constexpr qint64 kDay = 86400;

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

// Chances that the owner leaves the expected close date empty, by entry stage.
const double kNoDateShare[kStageCount] = {0.20, 0.12, 0.05, 0.05};
// Repeat orders (增购/复购): enter at 报价 or later, move fast, rarely lost.
constexpr double kQuickShare = 0.08;
constexpr double kQuickPace = 0.3;
// Owners who stop updating a deal's date after its first slip (the date goes stale).
constexpr double kNeglectShare = 0.12;
// Each postponement makes a loss at the next step this much more likely.
constexpr double kLossPerSlip = 0.10;

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

DealStory simulateDeal(DemoRandom &random, const RepProfile &rep, qint64 createdAt, qint64 now)
{
    DealStory story;
    story.quick = random.chance(kQuickShare);
    const double pace = story.quick ? kQuickPace : 1.0;
    const double lossFactor = story.quick ? 0.5 : 1.0;
    int stage = 0;
    if (story.quick) {
        stage = random.chance(0.7) ? 2 : 3;
    } else {
        const double entryRoll = random.unit();
        stage = entryRoll < 0.82 ? 0 : (entryRoll < 0.94 ? 1 : 2);
    }
    DealState state = DealState::Open;
    story.events.push_back({createdAt, -1, stage, DealState::Open, DealState::Open, -1, false});

    // What the owner writes as the expected close date on the day of `from`: the time
    // the remaining stages usually take at this rep's pace, shortened by the rep's
    // optimism; almost half pick the end of that month.
    auto plannedDate = [&](qint64 from, int atStage) {
        double days = 0;
        for (int s = atStage; s < kStageCount; ++s)
            days += kTypicalDays[s] * rep.dwell[s] * pace;
        const QDate today = officeDate(from);
        QDate d = today.addDays(std::max<qint64>(5, qint64(days * rep.optimism * random.spread(0.4))));
        if (random.chance(0.45))
            d = endOfMonth(d);
        return d;
    };
    if (!random.chance(kNoDateShare[stage]))
        story.expectedClose = plannedDate(createdAt, stage);
    const bool neglected = random.chance(kNeglectShare);

    qint64 t = createdAt;
    int backMoves = 0;
    // The owner pushes the date out a few days after it passed with the deal still open
    // (at the latest when the deal next moves, at `until`). With `waiting` the check
    // is "as of now": a date that passed only days ago may not be updated yet.
    auto slipUntil = [&](qint64 until, bool waiting) {
        while (story.expectedClose.isValid() && story.expectedClose < officeDate(until) && story.slips.size() < 8) {
            if (neglected && !story.slips.empty())
                return;
            qint64 at = officeTime(random, startOfOfficeDay(story.expectedClose) + random.between(1, 7) * kDay);
            if (at > until) {
                if (waiting)
                    return;
                at = until;
            }
            at = std::max(at, createdAt + 60);
            QDate to = plannedDate(at, stage);
            if (to <= story.expectedClose)
                to = endOfMonth(story.expectedClose.addDays(7));
            story.slips.push_back({at, story.expectedClose, to});
            story.expectedClose = to;
        }
    };
    auto push = [&](qint64 at, int from, int to, DealState fromState, DealState toState, int reason, bool byManager) {
        at = std::max(at, story.events.back().at + 60);
        story.events.push_back({at, from, to, fromState, toState, reason, byManager || random.chance(0.08)});
        t = at;
    };
    auto lose = [&](qint64 at, int reason, bool byManager) {
        push(at, stage, stage, state, DealState::Lost, reason, byManager);
        state = DealState::Lost;
        story.lostReason = reason;
    };
    // Nobody decides anything in a holiday pause: the step happens just after it.
    auto workingTime = [&](qint64 at) {
        const QDate d = officeDate(at);
        if (!isBusinessPause(d))
            return at;
        return officeTime(random, startOfOfficeDay(afterBusinessPause(d)) + random.between(0, 6) * kDay);
    };
    // Quarter-end pipeline review: a deal whose date is long overdue (or that never got
    // one and has not moved for four months) is closed as lost by the manager.
    auto staleAtReview = [&](qint64 from, qint64 to) -> qint64 {
        for (QDate m = endOfMonth(officeDate(from)); startOfOfficeDay(m) <= to; m = endOfMonth(m.addDays(1))) {
            if (!closesQuarter(m) || startOfOfficeDay(m) <= from)
                continue;
            const bool overdue = story.expectedClose.isValid() && story.expectedClose < m.addDays(-45);
            const bool idle = !story.expectedClose.isValid() && startOfOfficeDay(m) - t > 120 * kDay;
            if ((overdue || idle) && random.chance(0.5))
                return std::min(to, officeTime(random, startOfOfficeDay(m.addDays(-int(random.between(1, 3))))));
        }
        return 0;
    };

    for (int step = 0; step < 24; ++step) {
        if (state == DealState::OnHold) {
            const qint64 next = workingTime(officeTime(random, t + random.between(20, 120) * kDay));
            if (next > now)
                break;
            slipUntil(next, false);
            if (random.chance(0.55)) {
                push(next, stage, stage, DealState::OnHold, DealState::Open, -1, false);
                state = DealState::Open;
            } else {
                lose(next, random.chance(0.5) ? BudgetCut : Postponed, false);
                break;
            }
            continue;
        }
        const StageOdds &odds = kOdds[stage];
        const double slipped = 1.0 + kLossPerSlip * double(story.slips.size());
        const double lost = std::min(0.9, odds.lost * lossFactor * slipped / rep.skill);
        const double back = backMoves < 2 && !story.quick ? odds.back : 0.0;
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

        double days = kTypicalDays[stage] * rep.dwell[stage] * pace * random.spread(0.6);
        if (outcome == Lose)
            days *= 1.2;
        qint64 next = workingTime(officeTime(random, t + qint64(std::max(0.2, days) * kDay)));
        const bool wins = (outcome == Advance || outcome == Skip) && stage + (outcome == Skip ? 2 : 1) >= kStageCount;
        if (wins) {
            // Reps and customers sign before a quarter closes (before the year closes
            // above all): a win due early in the next quarter is often pulled in.
            const QDate d = officeDate(next);
            if (d.month() % 3 == 1 && d.day() <= 15 && random.chance(d.month() == 1 ? 0.35 : 0.3)) {
                const QDate quarterEnd = endOfMonth(d.addMonths(-1));
                const qint64 early = officeTime(random,
                                                startOfOfficeDay(quarterEnd.addDays(-int(random.between(1, 6)))));
                if (early > t + kDay && officeDate(early) <= quarterEnd)
                    next = early;
            }
        }
        if (const qint64 review = staleAtReview(t, std::min(next, now))) {
            slipUntil(review, false);
            lose(review, random.chance(0.6) ? NoResponse : Postponed, true);
            break;
        }
        if (next > now)
            break;
        slipUntil(next, false);
        switch (outcome) {
        case Lose:
            lose(next, random.weighted(kLostWeights[stage]), false);
            break;
        case Hold:
            push(next, stage, stage, DealState::Open, DealState::OnHold, -1, false);
            state = DealState::OnHold;
            break;
        case Back:
            push(next, stage, stage - 1, DealState::Open, DealState::Open, -1, false);
            --stage;
            ++backMoves;
            break;
        case Skip:
        case Advance: {
            const int to = stage + (outcome == Skip ? 2 : 1);
            if (to >= kStageCount) {
                push(next, stage, stage, DealState::Open, DealState::Won, -1, false);
                state = DealState::Won;
            } else {
                push(next, stage, to, DealState::Open, DealState::Open, -1, false);
                stage = to;
                // Most owners who left the date empty set one once a quote is out.
                if (!story.expectedClose.isValid() && stage >= 2 && random.chance(0.6)) {
                    const QDate date = plannedDate(next, stage);
                    story.slips.push_back({next, QDate(), date});
                    story.expectedClose = date;
                }
            }
            break;
        }
        }
        if (state == DealState::Won || state == DealState::Lost)
            break;
    }
    story.state = state;
    story.stage = stage;
    if (state == DealState::Open || state == DealState::OnHold)
        slipUntil(now, true);
    return story;
}

} // namespace fd::demo

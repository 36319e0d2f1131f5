#pragma once

#include "opportunity.h"

#include <QList>

namespace fd {

class Validator;

namespace splits {

// The highest percent one member of an 超额 split may hold: the whole deal. More would
// credit one person beyond what the deal can ever bring in.
constexpr int kMaxMemberPercent = 100;

// The form's name as shown: "By percentage (百分比)" in English, "百分比" in Chinese.
QString title(SplitForm form);
// Every form in the order a form selector lists them.
QList<SplitForm> allForms();
// A form from a file: the stored word or any language's name (百分比, 按比例, 比例, 按金额, 金额,
// 整额, 超额, percent, amount, whole, over); false when none.
bool parseAnyName(const QString &text, SplitForm *form);

// What one person is credited with for one deal.
struct Credit
{
    qint64 userId = 0;
    qint64 cents = 0;
};

// The deal's own value at a win probability: amount × probability / 100, rounded once half
// away from zero. This, not the sum of the credits, is what company totals count, so that an
// overlay (整额) or over-100 % (超额) split never counts a deal twice.
qint64 dealValue(qint64 amountCents, int probability);

// Each person's credit (业绩) for a deal of `amountCents` at `probability` % (100 when won),
// in team order; the one function every per-person figure uses. A deal without team rows
// credits its whole value to `ownerId`, as does a percent split of 0 % in all (members on the
// team for the work, not for credit).
// - Percent (百分比) and Amount (按金额): the value is shared in proportion to the members'
//   percents or amounts, by cumulative rounding, so the credits add up to the value exactly;
//   an amount split thereby follows later changes of the deal amount and the win rate.
// - Whole (整额): every member is credited the whole value.
// - Over (超额): each member amount × percent × probability / 10,000, rounded once.
QList<Credit> credits(SplitForm form, qint64 amountCents, int probability, const QList<TeamMember> &team,
                      qint64 ownerId);

// The split as stored: 整额 members hold 100 % and no amount; the other forms keep only the
// number their form reads (so a form changed in the editor leaves no stray numbers).
QList<TeamMember> normalized(SplitForm form, QList<TeamMember> team);

// Adds located errors (fields team.user, team.split, team.split_percent, team.split_amount)
// for a split that its form does not allow: a member listed twice, a missing or negative
// number, percentages adding up to neither 100 % nor 0 % (百分比), amounts not adding up to the deal
// amount (按金额), an 超额 member above kMaxMemberPercent or a total below 100 %.
void check(Validator &v, SplitForm form, qint64 amountCents, const QList<TeamMember> &team);

} // namespace splits
} // namespace fd

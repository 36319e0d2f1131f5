#include "splitcredit.h"

#include "money.h"
#include "trcontext.h"
#include "validator.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace fd::splits {

QString title(SplitForm form)
{
    switch (form) {
    case SplitForm::Percent:
        return Splits::tr("By percentage");
    case SplitForm::Amount:
        return Splits::tr("By amount");
    case SplitForm::Whole:
        return Splits::tr("Whole amount to each");
    case SplitForm::Over:
        return Splits::tr("Over 100 %");
    }
    return {};
}

QList<SplitForm> allForms()
{
    return {SplitForm::Percent, SplitForm::Amount, SplitForm::Whole, SplitForm::Over};
}

bool parseAnyName(const QString &text, SplitForm *form)
{
    static const QList<std::pair<SplitForm, QStringList>> names = {
        {SplitForm::Percent,
         {QStringLiteral("percent"), QStringLiteral("percentage"), QStringLiteral("%"), QStringLiteral("百分比"),
          QStringLiteral("按比例"), QStringLiteral("比例")}},
        {SplitForm::Amount,
         {QStringLiteral("amount"), QStringLiteral("按金额"), QStringLiteral("按金額"), QStringLiteral("金额"),
          QStringLiteral("金額")}},
        {SplitForm::Whole,
         {QStringLiteral("whole"), QStringLiteral("full"), QStringLiteral("整额"), QStringLiteral("整額")}},
        {SplitForm::Over, {QStringLiteral("over"), QStringLiteral("超额"), QStringLiteral("超額")}}};
    const QString key = text.trimmed().toLower();
    for (const auto &[f, words] : names) {
        if (words.contains(key)) {
            *form = f;
            return true;
        }
    }
    return false;
}

qint64 dealValue(qint64 amountCents, int probability)
{
    return money::percentOf(amountCents, probability);
}

namespace {

// Each member's weight ÷ total of the value, by cumulative rounding (the parts add up to
// value × Σ weights ÷ total exactly).
QList<Credit> shared(qint64 value, const QList<TeamMember> &team, const QList<qint64> &weights, qint64 total)
{
    QList<Credit> out;
    qint64 cumulative = 0, given = 0;
    for (qsizetype i = 0; i < team.size(); ++i) {
        cumulative += weights[i];
        const qint64 upTo = total > 0 ? money::mulDivRound(value, cumulative, total) : 0;
        out.append({team[i].userId, upTo - given});
        given = upTo;
    }
    return out;
}

} // namespace

QList<Credit> credits(SplitForm form, qint64 amountCents, int probability, const QList<TeamMember> &team,
                      qint64 ownerId)
{
    const qint64 value = dealValue(amountCents, probability);
    if (team.isEmpty())
        return {{ownerId, value}};
    QList<Credit> out;
    QList<qint64> weights;
    switch (form) {
    case SplitForm::Percent:
        // Shares of 100 %: a stored split adding up to less credits only what it names; none at
        // all (a team there for the work, not for credit) leaves the deal to its owner.
        for (const TeamMember &m : team)
            weights.append(m.splitPercent.value_or(0));
        if (std::accumulate(weights.begin(), weights.end(), qint64(0)) == 0)
            return {{ownerId, value}};
        return shared(value, team, weights,
                      std::max<qint64>(100, std::accumulate(weights.begin(), weights.end(), qint64(0))));
    case SplitForm::Amount:
        for (const TeamMember &m : team)
            weights.append(m.splitAmountCents.value_or(0));
        return shared(value, team, weights, std::accumulate(weights.begin(), weights.end(), qint64(0)));
    case SplitForm::Whole:
        for (const TeamMember &m : team)
            out.append({m.userId, value});
        return out;
    case SplitForm::Over:
        for (const TeamMember &m : team)
            out.append(
                {m.userId, money::mulDivRound(amountCents, qint64(m.splitPercent.value_or(0)) * probability, 10000)});
        return out;
    }
    return out;
}

QList<TeamMember> normalized(SplitForm form, QList<TeamMember> team)
{
    for (TeamMember &m : team) {
        switch (form) {
        case SplitForm::Whole:
            m.splitPercent = 100;
            m.splitAmountCents.reset();
            break;
        case SplitForm::Amount:
            m.splitPercent.reset();
            break;
        case SplitForm::Percent:
        case SplitForm::Over:
            m.splitAmountCents.reset();
            break;
        }
    }
    return team;
}

void check(Validator &v, SplitForm form, qint64 amountCents, const QList<TeamMember> &team)
{
    QSet<qint64> seen;
    qint64 percentSum = 0, amountSum = 0;
    const bool byAmount = form == SplitForm::Amount;
    for (qsizetype i = 0; i < team.size(); ++i) {
        const TeamMember &m = team[i];
        const QString member = QString::number(i + 1);
        v.check(!seen.contains(m.userId), QStringLiteral("team.user"), QString::number(m.userId),
                Validation::tr("is listed twice in the team (member %1)").arg(member));
        seen.insert(m.userId);
        if (form == SplitForm::Whole)
            continue; // 整额 has no numbers: each member is credited the whole amount
        if (byAmount) {
            v.check(m.splitAmountCents.has_value(), QStringLiteral("team.split_amount"), QString(),
                    Validation::tr("member %1 needs an amount").arg(member));
            const qint64 a = m.splitAmountCents.value_or(0);
            v.check(a >= 0, QStringLiteral("team.split_amount"), money::editText(a),
                    Validation::tr("member %1: an amount must not be negative").arg(member));
            amountSum += a;
        } else {
            v.check(m.splitPercent.has_value(), QStringLiteral("team.split_percent"), QString(),
                    Validation::tr("member %1 needs a percent").arg(member));
            const int p = m.splitPercent.value_or(0);
            v.check(p >= 0, QStringLiteral("team.split_percent"), QString::number(p),
                    Validation::tr("member %1: a percent must not be negative").arg(member));
            v.check(p <= kMaxMemberPercent, QStringLiteral("team.split_percent"), QString::number(p),
                    Validation::tr("member %1: at most %2 % each").arg(member).arg(kMaxMemberPercent));
            percentSum += p;
        }
    }
    if (team.isEmpty())
        return; // the owner is credited with the whole deal
    switch (form) {
    case SplitForm::Percent:
        // 0 %: members on the team for the work (and its access), not for credit.
        v.check(percentSum == 100 || percentSum == 0, QStringLiteral("team.split_percent"), QString::number(percentSum),
                Validation::tr("the percentages add up to %1 %, not 100 % (choose 超额 / over 100 % for more)")
                    .arg(percentSum));
        break;
    case SplitForm::Amount:
        v.check(amountSum == amountCents, QStringLiteral("team.split_amount"), money::editText(amountSum),
                Validation::tr("the amounts add up to %1, not the deal amount %2")
                    .arg(money::editText(amountSum), money::editText(amountCents)));
        break;
    case SplitForm::Over:
        v.check(percentSum >= 100, QStringLiteral("team.split_percent"), QString::number(percentSum),
                Validation::tr("an over-100 % split adds up to at least 100 % (it is %1 %)").arg(percentSum));
        break;
    case SplitForm::Whole:
        break;
    }
}

} // namespace fd::splits

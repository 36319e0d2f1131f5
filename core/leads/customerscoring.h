#pragma once

#include <QList>
#include <QString>

namespace fd {

class Database;

// One row of scoring_rules: `points` when `attribute operator value` holds.
// Attributes: industry (text), size (micro < small < medium < large < enterprise),
// won_revenue and open_pipeline (cents), days_since_activity (days; none = never).
struct ScoringRule
{
    qint64 id = 0;
    QString attribute;
    QString op; // "eq", "gte", "lte"
    QString value;
    int points = 0;
    int position = 0;
};

// A matched rule and the customer's value that matched it.
struct ScoreReason
{
    ScoringRule rule;
    QString actual;
};

// A customer's score (0..100), tier and why.
struct CustomerScore
{
    qint64 customerId = 0;
    int score = 0;
    QString tier; // "A", "B", "C"
    QList<ScoreReason> reasons;
    QString currency = QStringLiteral("CNY"); // the office's: revenue rules count and read in it

    // "规模 ≥ large (+20); 已赢收入 ≥ ¥100万 (+30)" in the current language.
    QString explanation() const;
};

// Customer tiers A/B/C from explicit rules (scoring_rules, seeded with defaults when
// empty): score = sum of matched points clamped to 0..100; A from kTierAKey, B from kTierBKey.
class CustomerScoring final
{
public:
    explicit CustomerScoring(Database &db)
        : m_db(db)
    {
    }

    static constexpr const char *kTierAKey = "scoring.tier_a_min";
    static constexpr const char *kTierBKey = "scoring.tier_b_min";

    // The rules in order; inserts the defaults first when the table is empty.
    QList<ScoringRule> rules();
    // Replaces every rule (one transaction, validated). Throws ValidationError.
    void setRules(const QList<ScoringRule> &rules);
    // Scores one customer from its stored figures (nothing written). NotFoundError.
    CustomerScore score(qint64 customerId);
    // Scores every customer and stores score and tier where they changed (audited), of the
    // customers the acting user may change (team mode). Returns the number of customers changed.
    int rescoreAll();

private:
    QList<CustomerScore> compute(qint64 onlyCustomerId);

    Database &m_db;
};

} // namespace fd

// Stored spellings of the domain enums. They are part of the schema (CHECK
// constraints in 0001_initial.sql) and of the CLI/JSON contract: never rename.
#include "activity.h"
#include "contract.h"
#include "lead.h"
#include "opportunity.h"
#include "organization.h"
#include "target.h"

#include <array>
#include <utility>

namespace fd {

namespace {
template<typename E, std::size_t N>
QString lookupName(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
bool lookupValue(const std::array<std::pair<E, const char *>, N> &table, const QString &text, E *out)
{
    for (const auto &[e, name] : table) {
        if (text == QLatin1String(name)) {
            *out = e;
            return true;
        }
    }
    return false;
}

const std::array<std::pair<UserRole, const char *>, 4> kRoles{{{UserRole::Rep, "rep"},
                                                               {UserRole::Manager, "manager"},
                                                               {UserRole::Finance, "finance"},
                                                               {UserRole::Admin, "admin"}}};
const std::array<std::pair<SplitForm, const char *>, 4> kSplitForms{{{SplitForm::Percent, "percent"},
                                                                     {SplitForm::Amount, "amount"},
                                                                     {SplitForm::Whole, "whole"},
                                                                     {SplitForm::Over, "over"}}};
const std::array<std::pair<OpportunityStatus, const char *>, 4> kOppStatus{{{OpportunityStatus::Open, "open"},
                                                                            {OpportunityStatus::Won, "won"},
                                                                            {OpportunityStatus::Lost, "lost"},
                                                                            {OpportunityStatus::OnHold, "on_hold"}}};
const std::array<std::pair<LeadStatus, const char *>, 5> kLeadStatus{{{LeadStatus::New, "new"},
                                                                      {LeadStatus::Contacted, "contacted"},
                                                                      {LeadStatus::Qualified, "qualified"},
                                                                      {LeadStatus::Disqualified, "disqualified"},
                                                                      {LeadStatus::Converted, "converted"}}};
const std::array<std::pair<ActivityKind, const char *>, 5> kActivityKinds{{{ActivityKind::Call, "call"},
                                                                           {ActivityKind::Visit, "visit"},
                                                                           {ActivityKind::Meeting, "meeting"},
                                                                           {ActivityKind::Proposal, "proposal"},
                                                                           {ActivityKind::Email, "email"}}};
const std::array<std::pair<TargetLevel, const char *>, 5> kTargetLevels{{{TargetLevel::Company, "company"},
                                                                         {TargetLevel::Region, "region"},
                                                                         {TargetLevel::Team, "team"},
                                                                         {TargetLevel::Rep, "rep"},
                                                                         {TargetLevel::ProductLine, "product_line"}}};
const std::array<std::pair<ApprovalStatus, const char *>, 4> kApproval{{{ApprovalStatus::Draft, "draft"},
                                                                        {ApprovalStatus::Pending, "pending"},
                                                                        {ApprovalStatus::Approved, "approved"},
                                                                        {ApprovalStatus::Rejected, "rejected"}}};
const std::array<std::pair<ApprovalStepKind, const char *>, 5> kApprovalSteps{{{ApprovalStepKind::Recorded, "recorded"},
                                                                               {ApprovalStepKind::Submit, "submit"},
                                                                               {ApprovalStepKind::Approve, "approve"},
                                                                               {ApprovalStepKind::Reject, "reject"},
                                                                               {ApprovalStepKind::Reopen, "reopen"}}};
const std::array<std::pair<ApprovalLevel, const char *>, 3> kApprovalLevels{
    {{ApprovalLevel::None, ""}, {ApprovalLevel::Manager, "manager"}, {ApprovalLevel::Admin, "admin"}}};
} // namespace

QString toString(UserRole v)
{
    return lookupName(kRoles, v);
}
bool parseUserRole(const QString &t, UserRole *v)
{
    return lookupValue(kRoles, t, v);
}
QString toString(SplitForm v)
{
    return lookupName(kSplitForms, v);
}
bool parseSplitForm(const QString &t, SplitForm *v)
{
    return lookupValue(kSplitForms, t, v);
}
QString toString(OpportunityStatus v)
{
    return lookupName(kOppStatus, v);
}
bool parseOpportunityStatus(const QString &t, OpportunityStatus *v)
{
    return lookupValue(kOppStatus, t, v);
}
QString toString(LeadStatus v)
{
    return lookupName(kLeadStatus, v);
}
bool parseLeadStatus(const QString &t, LeadStatus *v)
{
    return lookupValue(kLeadStatus, t, v);
}
QString toString(ActivityKind v)
{
    return lookupName(kActivityKinds, v);
}
bool parseActivityKind(const QString &t, ActivityKind *v)
{
    return lookupValue(kActivityKinds, t, v);
}
QString toString(TargetLevel v)
{
    return lookupName(kTargetLevels, v);
}
bool parseTargetLevel(const QString &t, TargetLevel *v)
{
    return lookupValue(kTargetLevels, t, v);
}
QString toString(ApprovalStatus v)
{
    return lookupName(kApproval, v);
}
bool parseApprovalStatus(const QString &t, ApprovalStatus *v)
{
    return lookupValue(kApproval, t, v);
}
QString toString(ApprovalStepKind v)
{
    return lookupName(kApprovalSteps, v);
}
bool parseApprovalStepKind(const QString &t, ApprovalStepKind *v)
{
    return lookupValue(kApprovalSteps, t, v);
}
QString toString(ApprovalLevel v)
{
    return lookupName(kApprovalLevels, v);
}
bool parseApprovalLevel(const QString &t, ApprovalLevel *v)
{
    return lookupValue(kApprovalLevels, t, v);
}

} // namespace fd

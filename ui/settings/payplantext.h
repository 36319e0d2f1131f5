#pragma once

#include "domain/payplan.h"

#include <QHash>
#include <QString>

namespace fd {

class Database;

// How an incentive plan's terms read on the Incentive plans page and in its dialog
// (translated): "3 % of won, 1 % of received", "0 %: × 0.5 · 80 %: × 1 · 100 %: × 1.5".
namespace payplantext {

QString period(PlanPeriod period);                       // "Monthly", "Quarterly"
QString commissionBase(CommissionBase base);             // "Won amount", "Received (回款)", "Margin"
QString rate(int basisPoints);                           // "3 %", "2.5 %"
QString commissions(const QList<CommissionRule> &rules); // "3 % of won, 1 % of received"; "—" for none
QString tiers(const QList<Tier> &tiers);                 // "0 %: × 0.5 · 80 %: × 1"; "—" for none
// "Everyone: Sales rep" or the person's name (`names`: display names by user id).
QString appliesTo(const PayPlan &plan, const QHash<qint64, QString> &names);
// Display names of every person, active or not, by id.
QHash<qint64, QString> personNames(Database &db);

} // namespace payplantext
} // namespace fd

#include "saveconflict.h"

#include "domain/contract.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/opportunity.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QLocale>
#include <QStringList>

namespace fd {

QString SaveConflict::headline() const
{
    const QString when = lastSave.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (lastSave.userName.isEmpty())
        return Conflicts::tr("Changed by someone else at %1").arg(when);
    return Conflicts::tr("Changed by %1 at %2").arg(lastSave.userName, when);
}

QString SaveConflict::fieldList() const
{
    QStringList names;
    for (const FieldDifference &d : differences)
        names << d.field;
    return names.join(QStringLiteral(", "));
}

namespace conflicts {

namespace {

// The name column of a record by id ("" for 0 or a row that is gone). `table` and `column`
// are fixed names from this file, never input.
QString nameOf(Database &db, const char *table, const char *column, qint64 id)
{
    if (id == 0)
        return {};
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(column), QLatin1String(table)));
    q.add(id).exec();
    return q.next() ? q.value(0).toString() : QString();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString productsText(Database &db, const QList<OpportunityProduct> &products, const QString &currency)
{
    const QLocale locale;
    QStringList lines;
    for (const OpportunityProduct &p : products) {
        QString line = Conflicts::tr("%1 × %2 at %3")
                           .arg(nameOf(db, "products", "name", p.productId))
                           .arg(p.quantity)
                           .arg(money::format(p.unitPriceCents, currency, locale));
        if (p.discountPercent)
            line += Conflicts::tr(", %1% off").arg(p.discountPercent);
        lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

QString teamText(Database &db, const QList<TeamMember> &team)
{
    QStringList lines;
    for (const TeamMember &m : team) {
        QString line = QStringLiteral("%1 (%2").arg(nameOf(db, "users", "display_name", m.userId), m.role);
        if (m.splitPercent)
            line += QStringLiteral(", %1%").arg(*m.splitPercent);
        lines << line + QLatin1Char(')');
    }
    return lines.join(QStringLiteral("; "));
}

// The person-readable values of the fields the deal editor saves, in its order.
QList<std::pair<QString, QString>> dealFields(Database &db, const Opportunity &o)
{
    const QLocale locale;
    return {
        {QStringLiteral("title"), o.title.trimmed()},
        {QStringLiteral("customer_id"), nameOf(db, "customers", "name", o.customerId)},
        {QStringLiteral("contact_id"), nameOf(db, "contacts", "name", o.contactId)},
        {QStringLiteral("owner_id"), nameOf(db, "users", "display_name", o.ownerId)},
        {QStringLiteral("amount_cents"), money::format(o.amount.cents, o.amount.currency, locale)},
        {QStringLiteral("probability_override"),
         o.probabilityOverride ? QStringLiteral("%1%").arg(*o.probabilityOverride) : QString()},
        {QStringLiteral("expected_close_date"), dateText(o.expectedCloseDate)},
        {QStringLiteral("source"), o.source},
        {QStringLiteral("campaign_id"), nameOf(db, "campaigns", "name", o.campaignId)},
        {QStringLiteral("description"), o.description},
        {QStringLiteral("external_id"), o.externalId},
        {QStringLiteral("products"), productsText(db, o.products, o.amount.currency)},
        {QStringLiteral("team"), teamText(db, o.team)},
    };
}

QList<std::pair<QString, QString>> contractFields(const Contract &c)
{
    const QLocale locale;
    return {
        {QStringLiteral("number"), c.number.trimmed()},
        {QStringLiteral("title"), c.title.trimmed()},
        {QStringLiteral("amount_cents"), money::format(c.amount.cents, c.amount.currency, locale)},
        {QStringLiteral("signed_date"), dateText(c.signedDate)},
        {QStringLiteral("start_date"), dateText(c.startDate)},
        {QStringLiteral("end_date"), dateText(c.endDate)},
    };
}

QString label(const QString &field)
{
    static const QList<std::pair<const char *, const char *>> labels{
        {"title", QT_TRANSLATE_NOOP("Conflicts", "Title")},
        {"customer_id", QT_TRANSLATE_NOOP("Conflicts", "Customer")},
        {"contact_id", QT_TRANSLATE_NOOP("Conflicts", "Contact")},
        {"owner_id", QT_TRANSLATE_NOOP("Conflicts", "Owner")},
        {"amount_cents", QT_TRANSLATE_NOOP("Conflicts", "Amount")},
        {"probability_override", QT_TRANSLATE_NOOP("Conflicts", "Probability")},
        {"expected_close_date", QT_TRANSLATE_NOOP("Conflicts", "Expected close")},
        {"source", QT_TRANSLATE_NOOP("Conflicts", "Source")},
        {"campaign_id", QT_TRANSLATE_NOOP("Conflicts", "Campaign")},
        {"description", QT_TRANSLATE_NOOP("Conflicts", "Description")},
        {"external_id", QT_TRANSLATE_NOOP("Conflicts", "External id")},
        {"products", QT_TRANSLATE_NOOP("Conflicts", "Product lines")},
        {"team", QT_TRANSLATE_NOOP("Conflicts", "Deal team")},
        {"number", QT_TRANSLATE_NOOP("Conflicts", "Contract number")},
        {"signed_date", QT_TRANSLATE_NOOP("Conflicts", "Signed on")},
        {"start_date", QT_TRANSLATE_NOOP("Conflicts", "Starts")},
        {"end_date", QT_TRANSLATE_NOOP("Conflicts", "Ends")},
    };
    for (const auto &[key, text] : labels)
        if (field == QLatin1String(key))
            return Conflicts::tr(text);
    return field;
}

// Every field where the stored and the person's values differ.
QList<FieldDifference> differences(const QList<std::pair<QString, QString>> &opened,
                                   const QList<std::pair<QString, QString>> &theirs,
                                   const QList<std::pair<QString, QString>> &yours)
{
    QList<FieldDifference> out;
    for (int i = 0; i < yours.size(); ++i) {
        if (theirs[i].second == yours[i].second)
            continue;
        out.append({yours[i].first, label(yours[i].first), opened[i].second, theirs[i].second, yours[i].second});
    }
    return out;
}

} // namespace

LastSave lastSave(Database &db, const QString &entity, qint64 id)
{
    const QString table = entity == QLatin1String("contract") ? QStringLiteral("contracts")
                                                              : QStringLiteral("opportunities");
    SqlQuery q(db, QStringLiteral("SELECT r.updated_by, u.display_name, r.updated_at, r.row_version FROM %1 r "
                                  "LEFT JOIN users u ON u.id = r.updated_by WHERE r.id = ?")
                       .arg(table));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(Conflicts::tr("The %1 %2 was deleted meanwhile.").arg(entity).arg(id));
    LastSave s;
    s.userId = q.value(0).toLongLong();
    s.userName = q.value(1).toString();
    s.at = rows::timestamp(q.value(2));
    s.rowVersion = q.value(3).toInt();
    return s;
}

SaveConflict forDeal(Database &db, const Opportunity &opened, const Opportunity &yours)
{
    SaveConflict c;
    c.entity = QStringLiteral("opportunity");
    c.id = yours.id;
    c.lastSave = lastSave(db, c.entity, yours.id);
    const Opportunity theirs = OpportunityRepository(db).get(yours.id);
    c.recordName = theirs.title;
    c.yourVersion = yours.rowVersion;
    c.differences = differences(dealFields(db, opened), dealFields(db, theirs), dealFields(db, yours));
    return c;
}

SaveConflict forContract(Database &db, const Contract &opened, const Contract &yours)
{
    SaveConflict c;
    c.entity = QStringLiteral("contract");
    c.id = yours.id;
    c.lastSave = lastSave(db, c.entity, yours.id);
    const Contract theirs = ContractRepository(db).get(yours.id);
    c.recordName = theirs.number;
    c.yourVersion = yours.rowVersion;
    c.differences = differences(contractFields(opened), contractFields(theirs), contractFields(yours));
    return c;
}

void recordOverwrite(Database &db, const SaveConflict &conflict)
{
    const QString other = QStringLiteral("version %1 saved by %2 (user %3) at %4")
                              .arg(conflict.lastSave.rowVersion)
                              .arg(conflict.lastSave.userName.isEmpty() ? QStringLiteral("?")
                                                                        : conflict.lastSave.userName)
                              .arg(conflict.lastSave.userId)
                              .arg(isotime::toStored(conflict.lastSave.at));
    audit::record(db, conflict.entity, conflict.id, QStringLiteral("update"), QStringLiteral("conflict_overwrite"),
                  other, conflict.fieldList());
}

void saveOver(Database &db, const SaveConflict &conflict, const std::function<void(int storedVersion)> &save)
{
    Transaction tx(db);
    save(conflict.lastSave.rowVersion);
    recordOverwrite(db, conflict);
    tx.commit();
}

} // namespace conflicts
} // namespace fd

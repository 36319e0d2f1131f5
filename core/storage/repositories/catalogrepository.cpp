#include "catalogrepository.h"
#include "domain/trcontext.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/catalogtables.h"
#include "storage/transaction.h"

namespace fd {

namespace {
const QString kProductColumns = QStringLiteral(
    "id, product_line_id, name, sku, list_price_cents, currency, active, cost_cents");
const QString kCampaignColumns = QStringLiteral(
    "id, name, channel, start_date, end_date, cost_cents, currency, created_at");

Product productFromRow(const SqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.productLineId = rows::id(q.value(1));
    p.name = q.value(2).toString();
    p.sku = q.value(3).toString();
    p.listPrice = {q.value(4).toLongLong(), q.value(5).toString()};
    p.active = q.value(6).toInt() != 0;
    p.costCents = q.value(7).toLongLong();
    return p;
}

Campaign campaignFromRow(const SqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.channel = q.value(2).toString();
    c.startDate = rows::date(q.value(3));
    c.endDate = rows::date(q.value(4));
    c.cost = {q.value(5).toLongLong(), q.value(6).toString()};
    c.createdAt = rows::timestamp(q.value(7));
    return c;
}
} // namespace

// Product lines ---------------------------------------------------------------------

void CatalogRepository::validate(const ProductLine &l)
{
    Validator v(QStringLiteral("product_line"));
    v.required(QStringLiteral("name"), l.name, 200);
    v.check(!repo::taken(m_db, "product_lines", "name", l.name.trimmed(), l.id), QStringLiteral("name"), l.name,
            Validation::tr("is already used by another product line"));
    v.throwIfInvalid();
}

qint64 CatalogRepository::saveProductLine(ProductLine &l)
{
    const ProductLine before = l.id ? productLine(l.id) : ProductLine();
    validate(l);
    Transaction tx(m_db);
    const QString entity = QStringLiteral("product_line");
    if (!l.id) {
        tables::ProductLineRow row;
        row.name = l.name.trimmed();
        l.id = tables::insert(m_db, row);
        audit::record(m_db, entity, l.id, QStringLiteral("insert"));
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE product_lines SET name = ? WHERE id = ?"));
        q.add(l.name.trimmed()).add(l.id).exec();
        audit::recordChange(m_db, entity, l.id, QStringLiteral("name"), before.name, l.name.trimmed());
    }
    tx.commit();
    return l.id;
}

ProductLine CatalogRepository::productLine(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM product_lines WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Product line %1 does not exist").arg(id));
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

QList<ProductLine> CatalogRepository::productLines()
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM product_lines ORDER BY name, id"));
    q.exec();
    QList<ProductLine> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

// Products --------------------------------------------------------------------------

void CatalogRepository::validate(const Product &p)
{
    Validator v(QStringLiteral("product"));
    v.required(QStringLiteral("name"), p.name, 200);
    v.maxLength(QStringLiteral("sku"), p.sku, 100);
    if (!p.sku.trimmed().isEmpty())
        v.check(!repo::taken(m_db, "products", "sku", p.sku.trimmed(), p.id), QStringLiteral("sku"), p.sku,
                Validation::tr("is already used by another product"));
    v.nonNegative(QStringLiteral("list_price"), p.listPrice.cents);
    v.nonNegative(QStringLiteral("cost"), p.costCents);
    v.currency(QStringLiteral("currency"), p.listPrice.currency);
    if (p.productLineId)
        v.check(repo::exists(m_db, "product_lines", p.productLineId), QStringLiteral("product_line"),
                QString::number(p.productLineId), Validation::tr("does not exist"));
    v.throwIfInvalid();
}

qint64 CatalogRepository::saveProduct(Product &p)
{
    const Product before = p.id ? product(p.id) : Product();
    validate(p);
    Transaction tx(m_db);
    const QString entity = QStringLiteral("product");
    tables::ProductRow row;
    row.productLineId = p.productLineId;
    row.name = p.name.trimmed();
    row.sku = p.sku.trimmed();
    row.listPriceCents = p.listPrice.cents;
    row.currency = p.listPrice.currency;
    row.active = p.active ? 1 : 0;
    row.costCents = p.costCents;
    if (!p.id) {
        p.id = tables::insert(m_db, row);
        audit::record(m_db, entity, p.id, QStringLiteral("insert"));
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE products SET product_line_id = ?, name = ?, sku = ?, "
                                        "list_price_cents = ?, currency = ?, active = ?, cost_cents = ? WHERE id = ?"));
        for (const QVariant &v : row.table().pick(row.values(), {"product_line_id", "name", "sku", "list_price_cents",
                                                                 "currency", "active", "cost_cents"}))
            q.add(v);
        q.add(p.id).exec();
        audit::recordChange(m_db, entity, p.id, QStringLiteral("name"), before.name, p.name.trimmed());
        audit::recordChange(m_db, entity, p.id, QStringLiteral("list_price_cents"), before.listPrice.cents,
                            p.listPrice.cents);
        audit::recordChange(m_db, entity, p.id, QStringLiteral("active"), before.active ? 1 : 0, p.active ? 1 : 0);
        audit::recordChange(m_db, entity, p.id, QStringLiteral("cost_cents"), before.costCents, p.costCents);
    }
    tx.commit();
    return p.id;
}

void CatalogRepository::saveProducts(QList<Product> &products)
{
    Transaction tx(m_db);
    for (Product &p : products)
        saveProduct(p);
    tx.commit();
}

Product CatalogRepository::product(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(kProductColumns));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Product %1 does not exist").arg(id));
    return productFromRow(q);
}

QList<Product> CatalogRepository::products(qint64 lineId, bool includeInactive)
{
    QStringList where;
    if (lineId)
        where << QStringLiteral("product_line_id = ?");
    if (!includeInactive)
        where << QStringLiteral("active = 1");
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM products %2 ORDER BY name, id").arg(kProductColumns, repo::where(where)));
    if (lineId)
        q.add(lineId);
    q.exec();
    QList<Product> list;
    while (q.next())
        list.append(productFromRow(q));
    return list;
}

// Campaigns -------------------------------------------------------------------------

void CatalogRepository::validate(const Campaign &c)
{
    Validator v(QStringLiteral("campaign"));
    v.required(QStringLiteral("name"), c.name, 200);
    v.check(!repo::taken(m_db, "campaigns", "name", c.name.trimmed(), c.id), QStringLiteral("name"), c.name,
            Validation::tr("is already used by another campaign"));
    v.maxLength(QStringLiteral("channel"), c.channel, 100);
    v.nonNegative(QStringLiteral("cost"), c.cost.cents);
    v.currency(QStringLiteral("currency"), c.cost.currency);
    v.check(!c.startDate.isValid() || !c.endDate.isValid() || c.startDate <= c.endDate, QStringLiteral("end_date"),
            rows::toStored(c.endDate).toString(), Validation::tr("is before the start date"));
    v.throwIfInvalid();
}

qint64 CatalogRepository::saveCampaign(Campaign &c)
{
    const Campaign before = c.id ? campaign(c.id) : Campaign();
    validate(c);
    Transaction tx(m_db);
    const QString entity = QStringLiteral("campaign");
    tables::CampaignRow row;
    row.name = c.name.trimmed();
    row.channel = c.channel.trimmed();
    if (c.startDate.isValid())
        row.startDate = isotime::toStored(c.startDate);
    if (c.endDate.isValid())
        row.endDate = isotime::toStored(c.endDate);
    row.costCents = c.cost.cents;
    row.currency = c.cost.currency;
    if (!c.id) {
        const QDateTime now = m_db.clock().now();
        row.createdAt = isotime::toStored(now);
        c.id = tables::insert(m_db, row);
        c.createdAt = now;
        audit::record(m_db, entity, c.id, QStringLiteral("insert"));
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE campaigns SET name = ?, channel = ?, start_date = ?, end_date = ?, "
                                        "cost_cents = ?, currency = ? WHERE id = ?"));
        for (const QVariant &v :
             row.table().pick(row.values(), {"name", "channel", "start_date", "end_date", "cost_cents", "currency"}))
            q.add(v);
        q.add(c.id).exec();
        c.createdAt = before.createdAt;
        audit::recordChange(m_db, entity, c.id, QStringLiteral("name"), before.name, c.name.trimmed());
        audit::recordChange(m_db, entity, c.id, QStringLiteral("cost_cents"), before.cost.cents, c.cost.cents);
    }
    tx.commit();
    return c.id;
}

Campaign CatalogRepository::campaign(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(kCampaignColumns));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Campaign %1 does not exist").arg(id));
    return campaignFromRow(q);
}

QList<Campaign> CatalogRepository::campaigns()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM campaigns ORDER BY start_date DESC, name, id").arg(kCampaignColumns));
    q.exec();
    QList<Campaign> list;
    while (q.next())
        list.append(campaignFromRow(q));
    return list;
}

} // namespace fd

#pragma once

#include "domain/catalog.h"

#include <QList>

namespace fd {

class Database;

// What the company sells and how it markets: product lines, products, campaigns.
class CatalogRepository final
{
public:
    explicit CatalogRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts or renames a product line (id 0 = new). Names are unique. Returns the id.
    qint64 saveProductLine(ProductLine &line);
    // One product line. Throws NotFoundError.
    ProductLine productLine(qint64 id);
    // Every product line by name.
    QList<ProductLine> productLines();

    // Inserts (id 0) or saves a product. SKUs are unique. Returns the id.
    qint64 saveProduct(Product &product);
    // Saves several products at once, all or none (the catalog editor's "Save").
    void saveProducts(QList<Product> &products);
    // One product. Throws NotFoundError.
    Product product(qint64 id);
    // Products by name; lineId > 0 keeps one line; inactive ones only when asked.
    QList<Product> products(qint64 lineId = 0, bool includeInactive = false);

    // Inserts (id 0) or saves a campaign. Names are unique; start ≤ end. Returns the id.
    qint64 saveCampaign(Campaign &campaign);
    // One campaign. Throws NotFoundError.
    Campaign campaign(qint64 id);
    // Every campaign, newest start first.
    QList<Campaign> campaigns();

    // Validation shared by the writes; throw ValidationError.
    void validate(const ProductLine &line);
    void validate(const Product &product);
    void validate(const Campaign &campaign);

private:
    Database &m_db;
};

} // namespace fd

#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace fd {

class Database;

// One entry of a picker: id, what the user reads, and one number or id that helps
// (a product's list price, a user's team, a contact's customer).
struct Choice
{
    qint64 id = 0;
    QString label;
    qint64 extra = 0;
};

// Light id + name lists for combo boxes and filters (one query each, sorted by name),
// so that editors never load whole records just to fill a picker.
class ChoiceLists final
{
public:
    explicit ChoiceLists(Database &db)
        : m_db(db)
    {
    }

    // Active users; extra = team id.
    QList<Choice> users();
    QList<Choice> teams();
    QList<Choice> regions();
    QList<Choice> productLines();
    // Active products; extra = list price in cents.
    QList<Choice> products();
    // The same products in the same order; extra = one unit's cost in cents.
    QList<Choice> productCosts();
    QList<Choice> customers();
    // Contacts of one customer.
    QList<Choice> contacts(qint64 customerId);
    QList<Choice> campaigns();

private:
    QList<Choice> query(const QString &sql, const QVariantList &binds = {});

    Database &m_db;
};

} // namespace fd

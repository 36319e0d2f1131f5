#include "duplicatefinder.h"

#include "domain/normalize.h"
#include "storage/database.h"
#include "storage/repositories/repositorysupport.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace fd {

namespace {

// One stored record reduced to its keys.
struct Entry
{
    qint64 id = 0;
    QString name;
    QString company;
    QString companyKey;
    QSet<QString> phones;
    QSet<QString> emails;
};

void addKey(QSet<QString> &set, const QString &key)
{
    if (!key.isEmpty())
        set.insert(key);
}

// Only among the records the acting user may see (repo::visibleOnly): a rep is not told of a
// duplicate they cannot open, on SQLite as on PostgreSQL, whose row level security filters.
QList<Entry> loadEntries(Database &db, RecordKind kind)
{
    QList<Entry> list;
    if (kind == RecordKind::Leads) {
        if (!Viewer::of(db).seesAny(RecordType::Lead))
            return list;
        QVariantList binds;
        SqlQuery q(db, QStringLiteral("SELECT l.id, l.name, l.company, l.phone, l.email FROM leads l")
                           + repo::visibleOnly(db, RecordType::Lead, QStringLiteral("l"),
                                               QStringLiteral("WHERE l.status <> 'converted' ORDER BY l.id"), binds));
        repo::execWith(q, binds);
        while (q.next()) {
            Entry e;
            e.id = q.value(0).toLongLong();
            e.name = q.value(1).toString();
            e.company = q.value(2).toString();
            e.companyKey = normalize::companyKey(e.company);
            addKey(e.phones, normalize::phone(q.value(3).toString()));
            addKey(e.emails, normalize::email(q.value(4).toString()));
            list.append(e);
        }
        return list;
    }
    QHash<qint64, int> index;
    QVariantList binds;
    SqlQuery q(db, QStringLiteral("SELECT c.id, c.name, c.phone, c.email FROM customers c")
                       + repo::visibleOnly(db, RecordType::Customer, QStringLiteral("c"),
                                           QStringLiteral("ORDER BY c.id"), binds));
    repo::execWith(q, binds);
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.name = e.company = q.value(1).toString();
        e.companyKey = normalize::companyKey(e.name);
        addKey(e.phones, normalize::phone(q.value(2).toString()));
        addKey(e.emails, normalize::email(q.value(3).toString()));
        index.insert(e.id, int(list.size()));
        list.append(e);
    }
    // A customer is also reached through the numbers and addresses of its people.
    QVariantList contactBinds;
    SqlQuery c(db, QStringLiteral("SELECT ct.customer_id, ct.phone, ct.mobile, ct.email FROM contacts ct")
                       + repo::visibleOnly(db, RecordType::Contact, QStringLiteral("ct"), QString(), contactBinds));
    repo::execWith(c, contactBinds);
    while (c.next()) {
        const auto it = index.constFind(c.value(0).toLongLong());
        if (it == index.cend())
            continue;
        Entry &e = list[*it];
        addKey(e.phones, normalize::phone(c.value(1).toString()));
        addKey(e.phones, normalize::phone(c.value(2).toString()));
        addKey(e.emails, normalize::email(c.value(3).toString()));
    }
    return list;
}

// A shared role mailbox (an agency's info@…) alone does not make two records one.
bool onlyRoleMailbox(const QList<MatchReason> &reasons)
{
    return reasons.size() == 1 && reasons.first().field == QLatin1String("email")
           && normalize::isRoleMailbox(reasons.first().key);
}

bool moreReasons(int a, qint64 idA, int b, qint64 idB)
{
    return a != b ? a > b : idA < idB;
}

} // namespace

QString reasonFields(const QList<MatchReason> &reasons)
{
    QStringList fields;
    for (const MatchReason &r : reasons) {
        if (!fields.contains(r.field))
            fields << r.field;
    }
    return fields.join(QLatin1Char('+'));
}

QList<DuplicateCandidate> DuplicateFinder::candidates(RecordKind kind, const DuplicateProbe &probe)
{
    const QString company = normalize::companyKey(probe.company);
    const QString phone = normalize::phone(probe.phone);
    const QString email = normalize::email(probe.email);
    QList<DuplicateCandidate> out;
    if (company.isEmpty() && phone.isEmpty() && email.isEmpty())
        return out;
    for (const Entry &e : loadEntries(m_db, kind)) {
        if (e.id == probe.excludeId)
            continue;
        DuplicateCandidate c;
        if (!company.isEmpty() && e.companyKey == company)
            c.reasons.append({QStringLiteral("company"), company});
        if (!phone.isEmpty() && e.phones.contains(phone))
            c.reasons.append({QStringLiteral("phone"), phone});
        if (!email.isEmpty() && e.emails.contains(email))
            c.reasons.append({QStringLiteral("email"), email});
        if (c.reasons.isEmpty() || onlyRoleMailbox(c.reasons))
            continue;
        c.id = e.id;
        c.name = e.name;
        c.company = e.company;
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return moreReasons(int(a.reasons.size()), a.id, int(b.reasons.size()), b.id);
    });
    return out;
}

QList<DuplicatePair> DuplicateFinder::pairs(RecordKind kind)
{
    const QList<Entry> entries = loadEntries(m_db, kind);
    // Group record indexes by each key, then pair the members of every small group.
    QHash<QString, QList<int>> groups[3];
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        if (!e.companyKey.isEmpty())
            groups[0][e.companyKey].append(i);
        for (const QString &p : e.phones)
            groups[1][p].append(i);
        for (const QString &m : e.emails)
            groups[2][m].append(i);
    }
    const QString fields[3] = {QStringLiteral("company"), QStringLiteral("phone"), QStringLiteral("email")};
    QMap<QPair<int, int>, QList<MatchReason>> found;
    for (int f = 0; f < 3; ++f) {
        for (auto it = groups[f].cbegin(); it != groups[f].cend(); ++it) {
            const QList<int> &members = it.value();
            if (members.size() < 2 || members.size() > kMaxGroupSize)
                continue;
            for (int a = 0; a < members.size(); ++a) {
                for (int b = a + 1; b < members.size(); ++b)
                    found[{members.at(a), members.at(b)}].append({fields[f], it.key()});
            }
        }
    }
    QList<DuplicatePair> out;
    out.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (onlyRoleMailbox(it.value()))
            continue;
        const Entry &a = entries.at(it.key().first);
        const Entry &b = entries.at(it.key().second);
        out.append({a.id, b.id, a.company.isEmpty() ? a.name : a.name + QStringLiteral(" / ") + a.company,
                    b.company.isEmpty() ? b.name : b.name + QStringLiteral(" / ") + b.company, it.value()});
        if (kind == RecordKind::Customers) {
            out.last().firstName = a.name;
            out.last().secondName = b.name;
        }
    }
    std::sort(out.begin(), out.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        if (a.reasons.size() != b.reasons.size())
            return a.reasons.size() > b.reasons.size();
        return a.firstId != b.firstId ? a.firstId < b.firstId : a.secondId < b.secondId;
    });
    return out;
}

} // namespace fd

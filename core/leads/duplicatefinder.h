#pragma once

#include <QList>
#include <QString>

namespace fd {

class Database;

// Which file a duplicate search looks at.
enum class RecordKind { Leads, Customers };

// One reason two records look alike: the field ("company", "phone", "email") and the
// normalised key both share, so the user sees WHY they were matched.
struct MatchReason
{
    QString field;
    QString key;
};

// A possible duplicate of the record being captured or edited.
struct DuplicateCandidate
{
    qint64 id = 0;
    QString name;    // lead: person; customer: company
    QString company; // lead: company; customer: same as name
    QList<MatchReason> reasons;
};

// Two stored records that look like the same company or person.
struct DuplicatePair
{
    qint64 firstId = 0; // the older record (smaller id)
    qint64 secondId = 0;
    QString firstName;
    QString secondName;
    QList<MatchReason> reasons;
};

// What is being captured: any of the three may be empty.
struct DuplicateProbe
{
    QString company;
    QString phone;
    QString email;
    qint64 excludeId = 0; // the record itself when editing
};

// 查重: finds leads or customers sharing a normalised company name (normalize::companyKey),
// phone (normalize::phone; customers also through their contacts' phones) or e-mail.
// Keys are computed from the stored text, so a rule change needs no recomputed column.
// Converted leads are left out: they already live on as customers.
class DuplicateFinder final
{
public:
    explicit DuplicateFinder(Database &db)
        : m_db(db)
    {
    }

    // Records of `kind` that match the probe, most reasons first.
    QList<DuplicateCandidate> candidates(RecordKind kind, const DuplicateProbe &probe);
    // Every pair of probable duplicates, most reasons first, then by id.
    QList<DuplicatePair> pairs(RecordKind kind);

    // A key shared by more records than this (a switchboard number, "test") is noise.
    static constexpr int kMaxGroupSize = 20;

private:
    Database &m_db;
};

// "company", "phone" … joined for text output ("company+phone").
QString reasonFields(const QList<MatchReason> &reasons);

} // namespace fd

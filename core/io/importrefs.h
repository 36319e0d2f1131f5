#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace fd {

class Database;
class ImportLog;

// Reference data an import resolves names against: regions, teams, users, customers,
// products, campaigns, stages, and records by external id. Loaded once into hashes
// (an import of 100,000 rows does not query per row), and extended as the import
// creates records, so later rows of the same file find them.
class ImportRefs final
{
public:
    enum class Kind { Region, Team, User, Customer, Product, Campaign };
    static constexpr qint64 kAmbiguous = -1;

    // An opportunity as history and activity rows need it.
    struct Deal
    {
        qint64 id = 0;
        qint64 pipelineId = 0;
        qint64 stageId = 0;
        QString status;
        QDateTime closedAt;
        QDateTime createdAt;
    };

    // Records it creates are noted in `log` (the import's audit event) when given.
    explicit ImportRefs(Database &db, ImportLog *log = nullptr);

    // Id for a name (case-insensitive; customers by normalized company name; users by
    // display name or login), 0 when unknown, kAmbiguous when two records share it.
    qint64 find(Kind kind, const QString &name) const;
    // Creates the record (inside the caller's transaction) and notes it in created().
    qint64 create(Kind kind, const QString &name, qint64 parentId = 0, qint64 ownerId = 0);
    // Makes a record stored by the import itself findable by later rows.
    void remember(Kind kind, const QString &name, qint64 id) { map(kind).insert(key(kind, name), id); }
    // "customer", "user", … as reported.
    static QString label(Kind kind);

    // The pipeline opportunities are imported into (the default one), 0 if none yet.
    qint64 defaultPipeline() const { return m_defaultPipeline; }
    // Creates the pipeline when there is none.
    qint64 ensurePipeline();
    // Stage of `pipelineId` by name; activeOnly skips retired stages. 0 when unknown.
    qint64 findStage(qint64 pipelineId, const QString &name, bool activeOnly) const;
    qint64 createStage(qint64 pipelineId, const QString &name);
    QString stageName(qint64 stageId) const { return m_stageNames.value(stageId); }

    // Opportunity / lead by external id ("FD-<id>" finds records exported without one).
    Deal deal(const QString &externalId);
    void addDeal(const QString &externalId, const Deal &deal) { m_deals.insert(externalId, deal); }
    qint64 lead(const QString &externalId);
    void addLead(const QString &externalId, qint64 id) { m_leads.insert(externalId, id); }

    // What was created, in order ("customer: 星河科技").
    const QStringList &created() const { return m_created; }

    // The lookup key of a name for a kind.
    static QString key(Kind kind, const QString &name);

private:
    void load(Kind kind, const QString &sql);
    void loadStages();
    QHash<QString, qint64> &map(Kind kind) { return m_maps[int(kind)]; }

    Database &m_db;
    ImportLog *m_log;
    QHash<QString, qint64> m_maps[6];
    // Names as written in the file → id, so that 100,000 rows naming 500 customers
    // normalize each name once. Only found ids are kept (a miss may be created later).
    mutable QHash<QString, qint64> m_seen[6];
    QHash<qint64, QHash<QString, QPair<qint64, bool>>> m_stages; // pipeline → name → (id, active)
    QHash<qint64, QString> m_stageNames;
    QHash<QString, Deal> m_deals;
    QHash<QString, qint64> m_leads;
    QHash<QString, bool> m_logins;
    qint64 m_defaultPipeline = 0;
    QStringList m_created;
    QString m_now;
};

} // namespace fd

#pragma once

#include "dealsimulator.h"
#include "demogenerator.h"
#include "demorandom.h"
#include "storage/bulkinsert.h"
#include "storage/tables/table.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace fd {

class SqlQuery;
namespace tables {
class StageHistoryWriter;
}

namespace demo {

// Thrown inside the transaction when the progress callback asks to stop.
struct DemoCancelled
{
};

// The work behind DemoGenerator::generate(): one instance fills one database. Rows go
// in through prepared statements reused for every row (repositories would validate and
// audit each row, which is far too slow for a million deals); the caller's transaction
// makes it all-or-nothing.
class DemoBuilder final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    DemoBuilder(Database &db, const DemoOptions &options, Progress progress);
    ~DemoBuilder();

    // Generates everything; throws DemoCancelled or fd::Error.
    DemoReport run();

private:
    struct User
    {
        qint64 id = 0;
        int region = -1;
        double volume = 1.0; // share of the region's customers
        RepProfile profile;
    };
    struct Customer
    {
        qint64 id = 0;
        int region = 0;
        int userIndex = 0; // owner, index into m_reps
        int size = 0;      // 0 micro … 4 enterprise
        QString shortName; // "恒达精密机械": deal titles
        QString baseName;  // "杭州恒达精密机械": the name without its legal form
        qint64 createdAt = 0;
        int firstContact = 0; // into m_contactIds
        int contactCount = 0;
        double payerDelay = 1.0; // > 1 pays late
    };
    struct Product
    {
        qint64 id = 0;
        int line = 0;
        QString name;
        QString titleWord; // what a deal title calls it: "ERP系统"
        qint64 priceCents = 0;
        qint64 costCents = 0;
        int minQty = 1, maxQty = 1;
    };
    struct Campaign
    {
        qint64 id = 0;
        QString channel;
        qint64 start = 0;
        double costRate = 0; // cost as a share of the pipeline it brings
        qint64 pipeline = 0; // Σ amount of the deals it brought
    };
    struct Deal; // one opportunity being written (demodeals.cpp)

    // Reference data (demogenerator.cpp).
    void checkEmpty();
    void organisation();
    void pipeline();
    void catalog();
    void campaigns();
    void customers();
    void otherLeads();
    void customerActivities();
    void targets();
    // The reps' and the managers' incentive plans (绩效方案), so statements have terms.
    void payPlans();
    // Deals and what hangs off them (demodeals.cpp).
    void deals();
    void writeDeal(int index);
    void writeHistory(const Deal &deal);
    void writeActivities(const Deal &deal);
    void writeTasks(const Deal &deal);
    void writeChecks(const Deal &deal);
    void writeConvertedLead(const Deal &deal);
    void writeContract(const Deal &deal);
    // The approval history of a demo contract: submitted, and approved when `approved`.
    void writeApprovalSteps(const Deal &deal, qint64 contractId, qint64 wonAt, bool approved);
    void writeWriteOffs();
    void campaignCosts();
    qint64 dealCreatedAt(qint64 from);

    qint64 insertActivity(const QString &kind, const QString &subject, qint64 at, int minutes, const QString &outcome,
                          qint64 userId, qint64 leadId, qint64 customerId, qint64 contactId, qint64 opportunityId);
    void insertTask(const QString &title, qint64 due, qint64 doneAt, qint64 userId, qint64 leadId, qint64 customerId,
                    qint64 opportunityId, qint64 createdAt);
    // The prepared statement for `sql` (a string literal), prepared on first use.
    SqlQuery &statement(const char *sql);
    // Writes a row of a table's row definition (storage/tables/) through the table's
    // INSERT, prepared on first use; returns the row's id.
    template<class Row>
    qint64 write(const Row &row)
    {
        return inserter(Row::table()).exec(row.values());
    }
    BulkInsert &inserter(const tables::Table &table);
    void tick(qint64 steps = 1);
    int monthIndex(qint64 at) const; // months after m_firstMonth
    static QString stamp(qint64 at);
    static QString day(qint64 at);
    QString uniqueName(const QString &table, const QString &name);

    Database &m_db;
    DemoOptions m_options;
    Progress m_progress;
    DemoRandom m_random;
    DemoReport m_report;
    qint64 m_now = 0;
    qint64 m_windowStart = 0; // first deal creation: 24 months back
    QDate m_firstMonth;       // first target month
    int m_monthCount = 0;
    qint64 m_done = 0, m_total = 0, m_nextReport = 0;
    double m_activityDensity = 1.0;
    std::vector<double> m_creationFactor; // new deals per month index, relative

    QHash<const char *, std::shared_ptr<SqlQuery>> m_statements;
    QHash<const tables::Table *, std::shared_ptr<BulkInsert>> m_inserters;
    std::unique_ptr<tables::StageHistoryWriter> m_history;
    std::vector<qint64> m_regionIds, m_teamIds; // by region index
    std::vector<User> m_reps;
    std::vector<User> m_managers; // by region
    qint64 m_financeId = 0, m_adminId = 0;
    qint64 m_pipelineId = 0;
    std::vector<qint64> m_stageIds;
    std::vector<std::vector<std::pair<qint64, bool>>> m_stageTasks; // per stage: task id, required
    std::vector<QString> m_productLineNames;
    std::vector<qint64> m_productLineIds;
    std::vector<Product> m_products;
    std::vector<Campaign> m_campaigns;
    std::vector<Customer> m_customers;
    std::vector<qint64> m_contactIds;
    std::vector<QString> m_contactNames;
    WeightedPicker m_customerPicker;
    std::vector<std::vector<int>> m_repsByRegion;
    QSet<QString> m_usedCompanyNames;
    QString m_contractPrefix;
    qint64 m_contractSeq = 0, m_invoiceSeq = 0;
    // Won revenue per month: [rep][month] and [product line][month], for targets.
    std::vector<std::vector<qint64>> m_wonByRep, m_wonByLine;
    // Contracts whose final 10 % instalment is overdue: candidates for a write-off.
    struct WriteOffCandidate
    {
        qint64 contractId, instalmentId, amount, ownerId, due;
    };
    std::vector<WriteOffCandidate> m_writeOffCandidates;
};

} // namespace demo
} // namespace fd

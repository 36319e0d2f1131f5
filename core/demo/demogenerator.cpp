// The demo office: organisation, catalogue, customers, leads and targets. The deals
// themselves (with history, activities, contracts) are in demodeals.cpp.
#include "demogenerator.h"

#include "auth/passwordhash.h"

#include "demobuilder.h"
#include "demovocabulary.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/normalize.h"
#include "domain/pipeline.h"
#include "domain/validator.h"
#include "storage/database.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/sqlquery.h"
#include "storage/tables/activitytables.h"
#include "storage/tables/audittable.h"
#include "storage/tables/catalogtables.h"
#include "storage/tables/customertables.h"
#include "storage/tables/leadtables.h"
#include "storage/tables/organizationtables.h"
#include "storage/tables/stagehistory.h"
#include "storage/tables/targettables.h"
#include "storage/transaction.h"
#include "storage/viewer.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace fd {

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(options)
{
}

DemoReport DemoGenerator::generate(const std::function<bool(qint64, qint64)> &progress)
{
    Validator v(QStringLiteral("demo"));
    v.range(QStringLiteral("opportunities"), m_options.opportunities, 1, 1000000);
    v.throwIfInvalid();
    for (const QString &sql : m_db.dialect().bulkWriteBegin())
        m_db.exec(sql);
    // The connection's settings come back however generate() ends.
    struct Restore
    {
        Database &db;
        ~Restore()
        {
            try {
                for (const QString &sql : db.dialect().bulkWriteEnd())
                    db.exec(sql);
            } catch (const Error &) {
                // Only a cache size: the data is already committed or rolled back.
            }
        }
    } restore{m_db};
    // Everything the generator or a repository it calls stamps comes from this clock,
    // so the same seed and day give the same file (DemoOptions::today).
    const QDate today = m_options.today.isValid() ? m_options.today : m_db.clock().now().toUTC().date();
    m_options.today = today;
    const FixedClock anchored(QDateTime(today, QTime(0, 0), Qt::UTC));
    struct ClockRestore
    {
        Database &db;
        const Clock *previous;
        ~ClockRestore() { db.setClock(previous); }
    } clockRestore{m_db, &m_db.clock()};
    m_db.setClock(&anchored);
    DemoReport report;
    {
        Transaction tx(m_db);
        demo::DemoBuilder builder(m_db, m_options, progress);
        try {
            report = builder.run();
        } catch (const demo::DemoCancelled &) {
            return {}; // the transaction rolls back: nothing at all is stored
        }
        tx.commit();
    }
    return report;
}

namespace demo {

namespace {

constexpr qint64 kDay = 86400;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

DemoBuilder::DemoBuilder(Database &db, const DemoOptions &options, Progress progress)
    : m_db(db)
    , m_options(options)
    , m_progress(std::move(progress))
    , m_random(options.seed * 0x9E3779B97F4A7C15ull + 0x5DEECE66Dull)
{
    const QDateTime now(options.today, QTime(0, 0), Qt::UTC);
    m_now = now.toSecsSinceEpoch();
    m_windowStart = now.addMonths(-24).toSecsSinceEpoch();
    const QDate today = now.date();
    m_firstMonth = QDate(today.year(), today.month(), 1).addMonths(-24);
    m_monthCount = 24 + 1 + 6; // 24 months back, this month, 6 ahead
    const qint64 n = options.opportunities;
    // A default office has ~20,000 activities for 3,000 deals; big benchmark files keep
    // the shape but stop at a few million activity rows.
    m_activityDensity = std::min(1.0, 2000000.0 / (double(n) * 6.7));
    m_total = n + n / 5 + 50;
}

DemoBuilder::~DemoBuilder() = default;

SqlQuery &DemoBuilder::statement(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqlQuery>(m_db, QString::fromUtf8(sql)));
    return **it;
}

BulkInsert &DemoBuilder::inserter(const tables::Table &table)
{
    auto it = m_inserters.find(&table);
    if (it == m_inserters.end())
        it = m_inserters.insert(&table, std::make_shared<BulkInsert>(m_db, table.insertSql(), table.hasId()));
    return **it;
}

void DemoBuilder::tick(qint64 steps)
{
    m_done += steps;
    if (m_progress && m_done >= m_nextReport) {
        m_nextReport = m_done + std::max<qint64>(1, m_total / 200);
        if (!m_progress(std::min(m_done, m_total), m_total))
            throw DemoCancelled{};
    }
}

namespace {
// "YYYY-MM-DD" (10 characters) or the full "YYYY-MM-DDTHH:MM:SSZ" (20) for seconds since
// the epoch: the same text as isotime::toStored(), written by hand because the demo
// formats tens of millions of timestamps at benchmark scale and QDateTime is 10× slower.
QString formatEpoch(qint64 at, bool withTime)
{
    const qint64 days = at >= 0 ? at / kDay : (at - kDay + 1) / kDay;
    const qint64 secs = at - days * kDay;
    // Civil date from a day count (H. Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    char buf[20];
    auto put = [&buf](int pos, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buf[pos + i] = char('0' + value % 10);
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, m, 2);
    buf[7] = '-';
    put(8, d, 2);
    if (!withTime)
        return QString::fromLatin1(buf, 10);
    buf[10] = 'T';
    put(11, int(secs / 3600), 2);
    buf[13] = ':';
    put(14, int(secs / 60 % 60), 2);
    buf[16] = ':';
    put(17, int(secs % 60), 2);
    buf[19] = 'Z';
    return QString::fromLatin1(buf, 20);
}
} // namespace

QString DemoBuilder::stamp(qint64 at)
{
    return formatEpoch(at, true);
}

QString DemoBuilder::day(qint64 at)
{
    // Calendar dates are the office's (Beijing) dates.
    return formatEpoch(at + 8 * 3600, false);
}

int DemoBuilder::monthIndex(qint64 at) const
{
    const QDate d = QDateTime::fromSecsSinceEpoch(at + 8 * 3600, Qt::UTC).date();
    return (d.year() - m_firstMonth.year()) * 12 + d.month() - m_firstMonth.month();
}

QString DemoBuilder::uniqueName(const QString &table, const QString &name)
{
    // Reference names are UNIQUE; a database that already has one gets "name (2)".
    QString candidate = name;
    for (int i = 2;; ++i) {
        SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE name = ?").arg(table));
        q.add(candidate);
        if (!q.scalar().isValid())
            return candidate;
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(i);
    }
}

DemoReport DemoBuilder::run()
{
    checkEmpty();
    organisation();
    pipeline();
    catalog();
    campaigns();
    customers();
    deals();
    campaignCosts();
    writeWriteOffs();
    otherLeads();
    customerActivities();
    targets();
    payPlans();
    if (m_progress && !m_progress(m_total, m_total))
        throw DemoCancelled{};
    return m_report;
}

void DemoBuilder::checkEmpty()
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM opportunities"));
    if (q.scalar().toLongLong() > 0)
        throw Error(QStringLiteral("The database already holds opportunities; the demo office only fills an "
                                   "empty database"));
    SqlQuery contracts(m_db, QStringLiteral("SELECT count(*) FROM contracts"));
    m_contractPrefix = contracts.scalar().toLongLong() > 0 ? QStringLiteral("DEMO-HT") : QStringLiteral("HT");
}

void DemoBuilder::organisation()
{
    const QString created = stamp(m_windowStart - 180 * kDay);
    QSet<QString> logins;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT login FROM users"));
        q.exec();
        while (q.next())
            logins.insert(q.value(0).toString());
    }
    QSet<QString> names;
    // One Argon2id hash of the published demo password for everybody: hashing it per person
    // would cost seconds and protect nothing (the password is in the README).
    const QVariant passwordHash = m_db.dialect().kind() == Dialect::Kind::Sqlite
                                      ? QVariant(password::hash(QString::fromLatin1(kDemoPassword)))
                                      : QVariant();
    auto addUser = [&](const QString &displayName, const QString &loginBase, const char *role, qint64 teamId) {
        QString login = loginBase;
        for (int i = 2; logins.contains(login); ++i)
            login = loginBase + QString::number(i);
        logins.insert(login);
        tables::UserRow user;
        user.login = login;
        user.displayName = displayName;
        user.email = login + QStringLiteral("@xinghe-tech.cn");
        user.phone = mobile(m_random);
        user.role = QString::fromLatin1(role);
        user.teamId = teamId;
        user.passwordHash = passwordHash.toString(); // null (PostgreSQL): NULL
        user.createdAt = created;
        user.updatedAt = created;
        ++m_report.users;
        return write(user);
    };
    auto newPerson = [&]() {
        DemoPerson p = person(m_random);
        while (names.contains(p.name))
            p = person(m_random);
        names.insert(p.name);
        return p;
    };

    m_repsByRegion.assign(kRegionCount, {});
    const int stallA = int(m_random.between(0, 14));
    int stallB = int(m_random.between(0, 14));
    if (stallB == stallA)
        stallB = (stallA + 7) % 15;
    for (int r = 0; r < kRegionCount; ++r) {
        qint64 regionId = 0;
        {
            SqlQuery find(m_db, QStringLiteral("SELECT id FROM regions WHERE name = ?"));
            find.add(regionName(r));
            const QVariant id = find.scalar();
            if (id.isValid()) {
                regionId = id.toLongLong();
            } else {
                tables::RegionRow region;
                region.name = regionName(r);
                region.createdAt = created;
                regionId = write(region);
                ++m_report.regions;
            }
        }
        qint64 teamId = 0;
        {
            SqlQuery find(m_db, QStringLiteral("SELECT id FROM teams WHERE name = ?"));
            find.add(teamName(r));
            const QVariant id = find.scalar();
            if (id.isValid()) {
                teamId = id.toLongLong();
            } else {
                tables::TeamRow team;
                team.name = teamName(r);
                team.regionId = regionId;
                team.createdAt = created;
                teamId = write(team);
                ++m_report.teams;
            }
        }
        m_regionIds.push_back(regionId);
        m_teamIds.push_back(teamId);

        const DemoPerson boss = newPerson();
        User manager;
        manager.id = addUser(boss.name, boss.pinyin, "manager", teamId);
        {
            SqlQuery lead(m_db, QStringLiteral("UPDATE teams SET manager_id = ? WHERE id = ? AND manager_id IS NULL"));
            lead.add(manager.id).add(teamId).exec();
        }
        manager.region = r;
        m_managers.push_back(manager);
        for (int i = 0; i < 5; ++i) {
            const DemoPerson p = newPerson();
            User rep;
            rep.id = addUser(p.name, p.pinyin, "rep", teamId);
            rep.region = r;
            rep.volume = 0.6 + m_random.unit() * 0.8;
            rep.profile.skill = 0.8 + m_random.unit() * 0.45;
            rep.profile.dealSize = 0.75 + m_random.unit() * 0.6;
            for (double &d : rep.profile.dwell)
                d = 0.75 + m_random.unit() * 0.55;
            rep.profile.optimism = 0.5 + m_random.unit() * 0.4;
            // Two reps get stuck in one stage each: what the diagnostics should reveal.
            const int index = int(m_reps.size());
            if (index == stallA)
                rep.profile.dwell[1] = 2.8; // 需求确认
            if (index == stallB)
                rep.profile.dwell[2] = 2.6; // 报价
            m_repsByRegion[r].push_back(index);
            m_reps.push_back(rep);
        }
    }
    const DemoPerson finance = newPerson();
    m_financeId = addUser(finance.name, finance.pinyin, "finance", 0);
    m_adminId = addUser(u("系统管理员"), QStringLiteral("admin"), "admin", 0);
    m_wonByRep.assign(m_reps.size(), std::vector<qint64>(m_monthCount, 0));
}

void DemoBuilder::pipeline()
{
    struct StageSpec
    {
        const char *name;
        int probability;
        int stallDays;
        std::vector<std::pair<const char *, bool>> tasks;
        std::vector<std::pair<const char *, const char *>> roles;
    };
    const StageSpec specs[kStageCount] = {
        {"初步接洽",
         10,
         14,
         {{"确认客户基本信息", true},
          {"识别关键决策人", true},
          {"了解预算与采购时间", false},
          {"发送公司及产品介绍", false}},
         {}},
        {"需求确认",
         30,
         21,
         {{"完成需求调研", true},
          {"方案演示/技术交流", false},
          {"确认决策流程与采购方式", true},
          {"评估项目可行性", false}},
         {{"售前", "技术交流与方案演示"}, {"技术顾问", "确认技术需求的可行性"}}},
        {"报价",
         50,
         21,
         {{"提交技术方案", true}, {"提交正式报价单", true}, {"价格谈判", false}, {"获取客户反馈", false}},
         {{"售前", "技术方案"}, {"销售经理", "价格审批"}}},
        {"拟定合同",
         80,
         30,
         {{"起草合同", true}, {"法务审核", true}, {"财务审核付款条件", false}, {"合同签署盖章", true}},
         {{"法务", "合同条款审核"}, {"财务", "付款条件与开票"}, {"商务", "商务谈判"}}},
    };
    Pipeline p;
    p.name = uniqueName(QStringLiteral("pipelines"), u("标准销售流程"));
    p.isDefault = true;
    for (const StageSpec &spec : specs) {
        Stage s;
        s.name = u(spec.name);
        s.winProbability = spec.probability;
        s.stallAfterDays = spec.stallDays;
        int position = 0;
        for (const auto &[title, required] : spec.tasks)
            s.tasks.append({0, position++, u(title), required});
        for (const auto &[role, note] : spec.roles)
            s.roles.append({0, u(role), u(note)});
        p.stages.append(s);
    }
    PipelineRepository repo(m_db);
    m_pipelineId = repo.create(p);
    // The demo's process is the one the board opens first.
    SqlQuery def(m_db, QStringLiteral("UPDATE pipelines SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END"));
    def.add(m_pipelineId).exec();
    for (const Stage &s : p.stages) {
        m_stageIds.push_back(s.id);
        std::vector<std::pair<qint64, bool>> tasks;
        for (const StageTask &t : s.tasks)
            tasks.emplace_back(t.id, t.required);
        m_stageTasks.push_back(tasks);
    }
    QSet<QString> reasons;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT name FROM lost_reasons"));
        q.exec();
        while (q.next())
            reasons.insert(q.value(0).toString());
    }
    for (int i = 0; i < lostReasonCount(); ++i) {
        if (!reasons.contains(lostReasonName(i)))
            repo.addLostReason(lostReasonName(i));
    }
}

void DemoBuilder::catalog()
{
    struct ProductSpec
    {
        const char *name;
        const char *sku;
        const char *titleWord;
        qint64 priceYuan;
        qint64 costYuan; // what a unit costs: margins of 20-60 %, lowest on hardware
        int minQty, maxQty;
    };
    struct LineSpec
    {
        const char *name;
        std::vector<ProductSpec> products;
    };
    const LineSpec lines[] = {
        {"软件许可",
         {{"星河云CRM 标准版(用户/年)", "XH-CRM-STD", "CRM系统", 1800, 720, 10, 150},
          {"星河ERP 专业版", "XH-ERP-PRO", "ERP系统", 168000, 84000, 1, 1},
          {"数据分析平台", "XH-BI-ENT", "数据分析平台", 98000, 44100, 1, 1}}},
        {"智能硬件",
         {{"工业物联网网关", "XH-IOT-GW", "物联网网关", 6800, 4760, 5, 80},
          {"手持数据终端 PDA", "XH-PDA-M3", "移动终端", 3200, 2400, 10, 200},
          {"机架式服务器", "XH-SRV-R2", "服务器", 45000, 36000, 1, 6}}},
        {"实施服务",
         {{"实施服务(人天)", "XH-SVC-IMP", "系统实施", 2500, 1500, 10, 120},
          {"定制开发(人天)", "XH-SVC-DEV", "定制开发", 3000, 1950, 10, 100},
          {"培训服务", "XH-SVC-TRN", "培训", 15000, 7500, 1, 4}}},
        {"运维服务",
         {{"年度运维服务", "XH-OPS-YEAR", "年度运维", 60000, 33000, 1, 1},
          {"驻场运维(人月)", "XH-OPS-ONSITE", "驻场运维", 28000, 19600, 1, 12}}},
    };
    for (const LineSpec &line : lines) {
        const QString name = u(line.name);
        SqlQuery find(m_db, QStringLiteral("SELECT id FROM product_lines WHERE name = ?"));
        find.add(name);
        qint64 lineId = find.scalar().toLongLong();
        if (lineId == 0) {
            tables::ProductLineRow productLine;
            productLine.name = name;
            lineId = write(productLine);
        }
        const int lineIndex = int(m_productLineIds.size());
        m_productLineIds.push_back(lineId);
        m_productLineNames.push_back(name);
        for (const ProductSpec &spec : line.products) {
            Product p;
            p.line = lineIndex;
            p.name = u(spec.name);
            p.titleWord = u(spec.titleWord);
            p.priceCents = spec.priceYuan * 100;
            p.costCents = spec.costYuan * 100;
            p.minQty = spec.minQty;
            p.maxQty = spec.maxQty;
            SqlQuery sku(m_db, QStringLiteral("SELECT id FROM products WHERE sku = ?"));
            sku.add(QString::fromLatin1(spec.sku));
            p.id = sku.scalar().toLongLong();
            if (p.id == 0) {
                tables::ProductRow product;
                product.productLineId = lineId;
                product.name = p.name;
                product.sku = QString::fromLatin1(spec.sku);
                product.listPriceCents = p.priceCents;
                product.costCents = p.costCents;
                p.id = write(product);
            }
            m_products.push_back(p);
        }
    }
    m_wonByLine.assign(m_productLineIds.size(), std::vector<qint64>(m_monthCount, 0));
}

void DemoBuilder::campaigns()
{
    struct CampaignSpec
    {
        const char *channel;
        const char *name;
        double costRate; // typical cost per yuan of pipeline brought
        int days;
    };
    const CampaignSpec specs[] = {
        {"展会", "%1工业博览会", 0.09, 5},
        {"网络推广", "%1百度搜索推广", 0.05, 90},
        {"研讨会", "%1数字化转型研讨会", 0.07, 1},
        {"电话营销", "%1老客户电话回访季", 0.04, 60},
    };
    const int count = 16;
    for (int k = 0; k < count; ++k) {
        const CampaignSpec &spec = specs[k % 4];
        const qint64 start = m_windowStart - 30 * kDay + qint64(k) * (760 * kDay / count)
                             + m_random.between(0, 20) * kDay;
        if (start > m_now)
            break;
        const QDate startDate = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).date();
        const QString where = u(city(int(m_random.between(0, cityCount() - 1))).name);
        const QString label = QStringLiteral("%1年%2月 ").arg(startDate.year()).arg(startDate.month())
                              + u(spec.name).arg(spec.channel == QByteArray("展会")
                                                         || spec.channel == QByteArray("研讨会")
                                                     ? where
                                                     : QString());
        Campaign c;
        c.channel = u(spec.channel);
        c.start = start;
        c.costRate = spec.costRate * m_random.spread(0.25);
        tables::CampaignRow campaign;
        campaign.name = uniqueName(QStringLiteral("campaigns"), label);
        campaign.channel = c.channel;
        campaign.startDate = day(start);
        campaign.endDate = day(start + qint64(spec.days - 1) * kDay);
        campaign.costCents = 0; // campaignCosts(), once the deals it brought are known
        campaign.createdAt = stamp(std::min(m_now, start - 20 * kDay));
        c.id = write(campaign);
        m_campaigns.push_back(c);
        ++m_report.campaigns;
    }
}

void DemoBuilder::campaignCosts()
{
    // What a campaign cost is in proportion to the pipeline it brought (a bigger show
    // brings more), so its ROI reads like a real one: a few hundred percent for most,
    // below zero for a campaign whose deals are still open or were lost.
    SqlQuery &q = statement("UPDATE campaigns SET cost_cents = ? WHERE id = ?");
    for (const Campaign &c : m_campaigns) {
        const double cents = std::max(500000.0, double(c.pipeline) * c.costRate);
        q.add(std::max<qint64>(100000, std::llround(cents / 100000.0) * 100000)).add(c.id).exec();
    }
}

void DemoBuilder::customers()
{
    const int count = int(std::clamp<qint64>(qint64(m_options.opportunities) * 400 / 3000, 30, 100000));
    std::vector<double> cityWeights;
    for (int i = 0; i < cityCount(); ++i)
        cityWeights.push_back(city(i).weight);
    const char *const sizes[] = {"micro", "small", "medium", "large", "enterprise"};
    const std::vector<double> sizeWeights = {0.10, 0.30, 0.35, 0.18, 0.07};
    const int sizeScore[] = {15, 30, 45, 60, 72};
    const std::vector<double> contactWeights = {0.30, 0.35, 0.22, 0.13};
    for (int i = 0; i < count; ++i) {
        const DemoCity &where = city(m_random.weighted(cityWeights));
        const int industry = int(m_random.between(0, industryCount() - 1));
        DemoCompany company = demo::company(m_random, where, industry);
        for (int attempt = 0; attempt < 12 && m_usedCompanyNames.contains(company.name); ++attempt)
            company = demo::company(m_random, where, industry);
        if (m_usedCompanyNames.contains(company.name)) { // only in huge benchmark offices
            company.name = company.name.replace(u("有限公司"), u("第%1分公司").arg(i));
        }
        m_usedCompanyNames.insert(company.name);

        Customer c;
        c.region = where.region;
        c.size = m_random.weighted(sizeWeights);
        const auto &regionReps = m_repsByRegion[c.region];
        std::vector<double> repWeights;
        for (int r : regionReps)
            repWeights.push_back(m_reps[r].volume);
        c.userIndex = regionReps[m_random.weighted(repWeights)];
        c.shortName = company.shortName;
        c.baseName = u(where.name) + company.shortName;
        c.createdAt = m_random.chance(0.55)
                          ? m_windowStart - m_random.between(30, 400) * kDay
                          : m_windowStart + qint64(m_random.unit() * double(m_now - m_windowStart - 7 * kDay));
        c.createdAt = officeTime(m_random, c.createdAt);
        c.payerDelay = m_random.chance(0.15) ? 2.5 : 0.6 + m_random.unit() * 0.8;
        const int score = std::clamp(sizeScore[c.size] + int(m_random.between(-12, 25)), 0, 100);
        const char *tier = score >= 75 ? "A" : (score >= 50 ? "B" : "C");
        const QString createdText = stamp(c.createdAt);
        // Fields in this order: each draws from the seeded random stream.
        tables::CustomerRow customer;
        customer.name = company.name;
        customer.normalizedName = normalize::companyName(company.name);
        customer.tier = QString::fromLatin1(tier);
        customer.score = score;
        customer.industry = industryName(industry);
        customer.size = QString::fromLatin1(sizes[c.size]);
        customer.regionId = m_regionIds[c.region];
        customer.ownerId = m_reps[c.userIndex].id;
        customer.phone = landline(m_random, where);
        customer.email = (m_random.chance(0.5) ? QStringLiteral("info@") : QStringLiteral("sales@")) + company.domain;
        customer.address = address(m_random, where);
        customer.website = QStringLiteral("www.") + company.domain;
        customer.source = sourceName(randomSource(m_random, false));
        customer.createdAt = createdText;
        customer.updatedAt = createdText;
        c.id = write(customer);
        ++m_report.customers;
        m_customerPicker.add(tier[0] == 'A' ? 3.0 : (tier[0] == 'B' ? 1.8 : 1.0));

        c.firstContact = int(m_contactIds.size());
        c.contactCount = 1 + m_random.weighted(contactWeights);
        for (int k = 0; k < c.contactCount; ++k) {
            const DemoPerson p = person(m_random);
            const QString phone = m_random.chance(0.5) ? landline(m_random, where) : QString();
            const QString mob = mobile(m_random);
            m_contactNames.push_back(p.name);
            tables::ContactRow contact;
            contact.customerId = c.id;
            contact.name = p.name;
            contact.title = contactTitle(m_random);
            contact.phone = phone;
            contact.mobile = mob;
            contact.email = p.pinyin + QLatin1Char('@') + company.domain;
            if (m_random.chance(0.6))
                contact.wechat = mob;
            contact.isPrimary = k == 0 ? 1 : 0;
            contact.createdAt = createdText;
            contact.updatedAt = createdText;
            m_contactIds.push_back(write(contact));
            ++m_report.contacts;
        }
        m_customers.push_back(c);
        if (i % 64 == 0)
            tick(0);
    }
}

void DemoBuilder::otherLeads()
{
    // Leads that did not (yet) become deals: new, being worked, qualified, dropped; some
    // sit in the public pool (公海池, no owner). Converted leads come with their deals.
    const qint64 count = std::min<qint64>(qint64(m_options.opportunities) * 45 / 100 + 10, 200000);
    const char *const statuses[] = {"new", "contacted", "qualified", "disqualified"};
    const std::vector<double> statusWeights = {0.25, 0.35, 0.12, 0.28};
    const char *const dropReasons[] = {"无采购预算", "非目标客户", "联系方式无效", "已有合作供应商", "需求过小"};
    std::vector<double> cityWeights;
    for (int i = 0; i < cityCount(); ++i)
        cityWeights.push_back(city(i).weight);
    for (qint64 i = 0; i < count; ++i) {
        const DemoCity &where = city(m_random.weighted(cityWeights));
        const int industry = int(m_random.between(0, industryCount() - 1));
        DemoCompany company = demo::company(m_random, where, industry);
        // A few leads name a company already in the customer file: what 查重 must catch.
        if (m_random.chance(0.05) && !m_customers.empty()) {
            const Customer &known = m_customers[m_random.between(0, qint64(m_customers.size()) - 1)];
            company.name = known.baseName;
        }
        const DemoPerson p = person(m_random);
        int status = m_random.weighted(statusWeights);
        const qint64 created = officeTime(m_random,
                                          m_windowStart + qint64(m_random.unit() * double(m_now - m_windowStart)));
        const qint64 createdAt = std::min(created, m_now);
        const bool pooled = status != 2 && m_random.chance(0.3);
        int rep = -1;
        if (!pooled) {
            const auto &regionReps = m_repsByRegion[where.region];
            rep = regionReps[m_random.between(0, qint64(regionReps.size()) - 1)];
        }
        qint64 lastFollowup = 0;
        if (status != 0)
            lastFollowup = std::min(m_now, officeTime(m_random, createdAt + m_random.between(1, 40) * kDay));
        // The office keeps its own rule (PoolService, 7 days): the pool job runs every
        // night, so an owned lead still in play was either followed up in the last five
        // days or went back to the pool a week after its last follow-up. Opening the
        // demo returns nothing to the pool.
        qint64 returnedAt = 0;
        qint64 returnedFrom = 0;
        if (rep >= 0 && status != 3) {
            const qint64 latest = std::max(lastFollowup, createdAt);
            if (latest < m_now - 5 * kDay) {
                const qint64 poolRun = startOfOfficeDay(officeDate(latest).addDays(8)) + 2 * 3600;
                if (poolRun < m_now && m_random.chance(0.5)) {
                    returnedAt = poolRun;
                    returnedFrom = m_reps[rep].id;
                } else {
                    lastFollowup = officeTime(m_random, m_now - m_random.between(2, 5) * kDay);
                    if (lastFollowup >= m_now)
                        lastFollowup = m_now - m_random.between(1, 10) * 3600;
                    status = std::max(status, 1);
                }
            }
        }
        const QString source = sourceName(randomSource(m_random, true));
        qint64 campaignId = 0;
        for (const Campaign &c : m_campaigns) {
            if (c.channel == source && c.start <= createdAt && createdAt - c.start < 120 * kDay)
                campaignId = c.id;
        }
        const QString mob = mobile(m_random);
        // Fields in this order: some draw from the seeded random stream.
        tables::LeadRow lead;
        lead.name = p.name;
        lead.company = company.name;
        lead.normalizedCompany = normalize::companyName(company.name);
        lead.title = contactTitle(m_random);
        lead.phone = mob;
        lead.normalizedPhone = normalize::phone(mob);
        if (m_random.chance(0.7))
            lead.email = p.pinyin + QLatin1Char('@') + company.domain;
        lead.source = source;
        lead.campaignId = campaignId;
        lead.status = QString::fromLatin1(statuses[status]);
        if (status == 3)
            lead.disqualifyReason = u(m_random.pick(dropReasons));
        const bool owned = rep >= 0 && !returnedAt;
        if (owned)
            lead.ownerId = m_reps[rep].id;
        lead.regionId = m_regionIds[where.region];
        if (owned)
            lead.assignedAt = stamp(std::min(m_now, createdAt + m_random.between(0, 2 * 3600)));
        if (lastFollowup)
            lead.lastFollowupAt = stamp(lastFollowup);
        lead.createdAt = stamp(createdAt);
        lead.updatedAt = stamp(std::max({createdAt, lastFollowup, returnedAt}));
        const qint64 leadId = write(lead);
        ++m_report.leads;
        if (returnedAt) {
            // As PoolService::returnStale audits it (the job acts as nobody).
            tables::AuditRow audit;
            audit.occurredAt = stamp(returnedAt);
            audit.entity = QStringLiteral("lead");
            audit.entityId = leadId;
            audit.action = QStringLiteral("pool_return");
            audit.field = QStringLiteral("owner_id");
            audit.oldValue = QString::number(returnedFrom);
            write(audit);
        }
        if (lastFollowup && rep >= 0) {
            const int calls = 1 + int(m_random.between(0, 2));
            for (int k = 0; k < calls; ++k) {
                if (!m_random.chance(m_activityDensity))
                    continue;
                const qint64 at = k == calls - 1
                                      ? lastFollowup
                                      : createdAt + qint64(m_random.unit() * double(lastFollowup - createdAt));
                insertActivity(k == 0 ? QStringLiteral("call") : QStringLiteral("email"),
                               k == 0 ? u("首次电话联系") : u("发送产品资料"), at,
                               k == 0 ? int(m_random.between(3, 20)) : 0, status == 3 ? u("暂无需求") : u("有初步意向"),
                               m_reps[rep].id, leadId, 0, 0, 0);
            }
            if ((status == 1 || status == 2) && !returnedAt) {
                if (m_random.chance(0.4)) {
                    const qint64 due = officeTime(m_random, m_now + m_random.between(-10, 14) * kDay);
                    insertTask(u("跟进线索:") + p.name, due, 0, m_reps[rep].id, leadId, 0, 0, lastFollowup);
                }
            }
        }
        tick(0);
        if (i % 5 == 4)
            tick(1);
    }
}

void DemoBuilder::customerActivities()
{
    // Account care between deals: quarterly visits, holiday greetings, service calls.
    const char *const subjects[] = {"季度客户回访", "节日问候", "客户关怀拜访", "使用情况回访", "服务满意度调查"};
    const char *const outcomes[] = {"客户反馈良好", "提出新的需求,待跟进", "对服务响应速度有意见", "介绍了新的联系人",
                                    "暂无新需求"};
    for (const Customer &c : m_customers) {
        const int visits = int(m_random.between(1, 7));
        for (int k = 0; k < visits; ++k) {
            if (!m_random.chance(m_activityDensity))
                continue;
            const qint64 from = std::max(c.createdAt, m_windowStart);
            const qint64 at = std::min(m_now,
                                       officeTime(m_random, from + qint64(m_random.unit() * double(m_now - from))));
            const bool visit = m_random.chance(0.4);
            insertActivity(visit ? QStringLiteral("visit") : QStringLiteral("call"), u(m_random.pick(subjects)), at,
                           visit ? int(m_random.between(45, 150)) : int(m_random.between(5, 25)),
                           u(m_random.pick(outcomes)), m_reps[c.userIndex].id, 0, c.id,
                           m_contactIds[c.firstContact + m_random.between(0, c.contactCount - 1)], 0);
        }
    }
}

qint64 DemoBuilder::insertActivity(const QString &kind, const QString &subject, qint64 at, int minutes,
                                   const QString &outcome, qint64 userId, qint64 leadId, qint64 customerId,
                                   qint64 contactId, qint64 opportunityId)
{
    tables::ActivityRow activity;
    activity.kind = kind;
    activity.subject = subject;
    activity.occurredAt = stamp(at);
    if (minutes > 0)
        activity.durationMinutes = minutes;
    activity.outcome = outcome;
    activity.userId = userId;
    activity.leadId = leadId;
    activity.customerId = customerId;
    activity.contactId = contactId;
    activity.opportunityId = opportunityId;
    activity.createdAt = activity.occurredAt;
    write(activity);
    ++m_report.activities;
    return 0;
}

void DemoBuilder::insertTask(const QString &title, qint64 due, qint64 doneAt, qint64 userId, qint64 leadId,
                             qint64 customerId, qint64 opportunityId, qint64 createdAt)
{
    tables::FollowupTaskRow task;
    task.title = title;
    task.dueAt = stamp(due);
    task.remindAt = stamp(due - 3600);
    task.done = doneAt ? 1 : 0;
    if (doneAt)
        task.doneAt = stamp(doneAt);
    task.userId = userId;
    task.leadId = leadId;
    task.customerId = customerId;
    task.opportunityId = opportunityId;
    task.createdAt = stamp(std::min(createdAt, m_now));
    write(task);
    ++m_report.tasks;
}

void DemoBuilder::payPlans()
{
    // Finance's and the administrators' (a rep loading the demo into an office of their own
    // gets none); an office that already has plans keeps them.
    SqlQuery existing(m_db, QStringLiteral("SELECT count(*) FROM pay_plans"));
    if (existing.scalar().toLongLong() > 0 || !Viewer::of(m_db).mayEditPayPlans())
        return;
    // In force from the first month of the demo's history, so every statement has its terms.
    PlanVersion reps;
    reps.effectiveFrom = m_firstMonth;
    reps.basePayCents = 800000;
    reps.commissions = {{CommissionBase::Won, 300}, {CommissionBase::Received, 100}};
    reps.tiers = {{0, 500}, {80, 1000}, {100, 1500}};
    reps.capCents = 5000000;
    reps.accuracyBonusCents = 100000;
    reps.accuracyTolerancePercent = 10;
    reps.activityBonusCents = 50000;
    reps.activityNorm = 40;
    reps.note = u("演示方案：底薪 8,000，签约 3%、回款 1%，完成率 80%/100% 起累进");
    PlanVersion managers;
    managers.effectiveFrom = m_firstMonth;
    managers.basePayCents = 1500000;
    managers.commissions = {{CommissionBase::Won, 100}, {CommissionBase::Margin, 200}};
    managers.tiers = {{0, 500}, {90, 1000}, {100, 1300}};
    managers.capCents = 8000000;
    managers.accuracyBonusCents = 200000;
    managers.accuracyTolerancePercent = 10;
    managers.note = u("演示方案：底薪 15,000，签约 1%、毛利 2%，完成率 90%/100% 起累进");
    PayPlanRepository plans(m_db);
    for (const auto &[name, role, terms] : {std::tuple{u("销售代表绩效方案"), UserRole::Rep, reps},
                                            std::tuple{u("销售经理绩效方案"), UserRole::Manager, managers}}) {
        PayPlan plan;
        plan.name = uniqueName(QStringLiteral("pay_plans"), name);
        plan.role = role;
        plans.create(plan, terms);
        ++m_report.payPlans;
    }
}

void DemoBuilder::targets()
{
    SqlQuery existing(m_db, QStringLiteral("SELECT count(*) FROM targets"));
    if (existing.scalar().toLongLong() > 0)
        return; // the office already has targets: keep them
    // Targets follow what each rep really closes (so they are ~achievable), with a
    // little stretch, seasonality and growth.
    const int currentMonth = monthIndex(m_now);
    auto round10k = [](double cents) {
        return std::max<qint64>(1000000, qint64(std::llround(cents / 1000000.0)) * 1000000);
    };
    auto insert = [&](const QDate &month, const char *level, qint64 subject, qint64 cents) {
        tables::TargetRow target;
        target.period = month.toString(QStringLiteral("yyyy-MM"));
        target.periodStart = month.toString(Qt::ISODate);
        target.periodEnd = month.addMonths(1).addDays(-1).toString(Qt::ISODate);
        target.level = QString::fromLatin1(level);
        target.subjectId = subject;
        target.amountCents = cents;
        write(target);
        ++m_report.targets;
    };
    // Each rep's trend: a straight line fitted to what they won per month after the first
    // quarter (the window's start has few closed deals yet) up to last month. The office
    // grows, so a flat average would set last year's targets too high and this year's far
    // too low (won 150 % of target every month); the trend keeps targets ~achievable.
    // Clipped so that an extrapolated month never asks for less than 40 % or more than
    // 250 % of the rep's average.
    std::vector<double> repLevel(m_reps.size(), 0.0), repSlope(m_reps.size(), 0.0), repMean(m_reps.size(), 0.0);
    const int fromMonth = 3, toMonth = std::max(fromMonth + 2, currentMonth);
    for (std::size_t r = 0; r < m_reps.size(); ++r) {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int m = fromMonth; m < toMonth; ++m) {
            const double y = double(m_wonByRep[r][m]);
            n += 1;
            sx += m;
            sy += y;
            sxx += double(m) * m;
            sxy += m * y;
        }
        const double denominator = n * sxx - sx * sx;
        repSlope[r] = denominator > 0 ? (n * sxy - sx * sy) / denominator : 0.0;
        repMean[r] = sy / n;
        repLevel[r] = repMean[r] - repSlope[r] * (sx / n);
    }
    auto trend = [&](std::size_t r, int m) {
        return std::clamp(repLevel[r] + repSlope[r] * m, 0.4 * repMean[r], 2.5 * repMean[r]);
    };
    // Seasonality: what a manager expects (slow 春节 months, strong quarter and year ends)
    // blended half and half with what the office really won against its trend in that
    // calendar month, then scaled to average 1 so it moves targets between months
    // without raising or lowering the year.
    const double expected[12] = {0.85, 0.65, 1.05, 0.95, 0.95, 1.15, 0.95, 0.95, 1.1, 0.95, 1.0, 1.25};
    double seen[12] = {}, seenCount[12] = {};
    for (int m = fromMonth; m < toMonth; ++m) {
        double won = 0, level = 0;
        for (std::size_t r = 0; r < m_reps.size(); ++r) {
            won += double(m_wonByRep[r][m]);
            level += trend(r, m);
        }
        if (level > 0) {
            const int calendar = m_firstMonth.addMonths(m).month() - 1;
            seen[calendar] += won / level;
            seenCount[calendar] += 1;
        }
    }
    double season[12], seasonSum = 0;
    for (int k = 0; k < 12; ++k) {
        season[k] = seenCount[k] > 0 ? 0.5 * expected[k] + 0.5 * std::clamp(seen[k] / seenCount[k], 0.4, 1.8)
                                     : expected[k];
        seasonSum += season[k];
    }
    for (double &f : season)
        f *= 12.0 / seasonSum;
    std::vector<double> lineShare(m_productLineIds.size(), 0.0);
    double lineTotal = 0;
    for (std::size_t l = 0; l < m_productLineIds.size(); ++l) {
        for (qint64 v : m_wonByLine[l])
            lineShare[l] += double(v);
        lineTotal += lineShare[l];
    }
    for (int m = 0; m < m_monthCount; ++m) {
        const QDate month = m_firstMonth.addMonths(m);
        const double factor = season[month.month() - 1] * 1.03;
        std::vector<qint64> regionSum(kRegionCount, 0);
        qint64 company = 0;
        for (std::size_t r = 0; r < m_reps.size(); ++r) {
            const qint64 cents = round10k(trend(r, m) * factor * (0.95 + 0.1 * m_random.unit()));
            insert(month, "rep", m_reps[r].id, cents);
            regionSum[m_reps[r].region] += cents;
            company += cents;
        }
        for (int g = 0; g < kRegionCount; ++g) {
            insert(month, "team", m_teamIds[g], regionSum[g]);
            insert(month, "region", m_regionIds[g], regionSum[g]);
        }
        insert(month, "company", 0, company);
        for (std::size_t l = 0; l < m_productLineIds.size(); ++l) {
            const double share = lineTotal > 0 ? lineShare[l] / lineTotal : 1.0 / double(m_productLineIds.size());
            insert(month, "product_line", m_productLineIds[l], round10k(double(company) * share));
        }
    }
}

} // namespace demo
} // namespace fd

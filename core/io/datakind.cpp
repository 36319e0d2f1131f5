#include "datakind.h"

#include <QRegularExpression>

namespace fd {

namespace {

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

ColumnSpec col(const char *name, ColumnType type, bool required, const char *synonyms)
{
    return ColumnSpec{QString::fromLatin1(name), type, required, words(synonyms)};
}

constexpr ColumnType T = ColumnType::Text;

const char *kOwner =
    "负责人|負責人|销售|銷售|销售代表|銷售代表|业务员|業務員|所有者|owner|rep|salesrep|salesperson|salesagent|agent|"
    "assignedto";
const char *kRegion = "区域|區域|地区|地區|大区|region|area";
const char *kSource = "来源|來源|线索来源|線索來源|source|leadsource";
const char *kCampaign = "市场活动|市場活動|营销活动|行銷活動|campaign";
const char *kCreated =
    "创建时间|創建時間|建立时间|建立時間|创建日期|創建日期|录入时间|created|createdat|createdon|createdate|engagedate";
const char *kNotes = "备注|備註|说明|說明|notes|note|remark|remarks|comment|comments";
const char *kPhone = "电话|電話|联系电话|聯繫電話|phone|telephone|tel";
const char *kEmail = "邮箱|郵箱|电子邮件|電子郵件|邮件|email|e-mail|mail";
const char *kCustomer =
    "客户|客戶|客户名称|客戶名稱|公司|公司名称|公司名稱|customer|customername|account|accountname|company";

QList<ColumnSpec> opportunities()
{
    return {
        col("external_id", T, false,
            "商机编号|商機編號|商机id|外部编号|外部編號|编号|編號|externalid|opportunityid|dealid|id"),
        col("title", T, true,
            "商机名称|商機名稱|商机标题|商機標題|标题|標題|商机|商機|项目名称|項目名稱|名称|名稱|opportunity|opportunityname|deal|dealname|name"),
        col("customer", T, true, kCustomer),
        col("owner", T, true, kOwner),
        col("team", T, false, "团队|團隊|小组|小組|销售团队|銷售團隊|team"),
        col("region", T, false, kRegion),
        col("product", T, false, "产品|產品|产品名称|產品名稱|product"),
        col("amount", ColumnType::Money, true,
            "金额|金額|商机金额|商機金額|预计金额|預計金額|合同金额|amount|value|dealvalue|dealamount|closevalue"),
        col("currency", T, false, "币种|幣種|币别|幣別|货币|貨幣|currency"),
        col("stage", T, true, "阶段|階段|销售阶段|銷售階段|商机阶段|商機階段|stage|salesstage|dealstage"),
        col("status", T, false, "状态|狀態|商机状态|商機狀態|status"),
        col("created_at", ColumnType::Timestamp, false, kCreated),
        col("expected_close", ColumnType::Date, false,
            "预计成交日期|預計成交日期|预计成交|預計成交|预计签约日期|預計簽約日期|预计结单日期|expectedclose|expectedclosedate|closedate"),
        col("closed_at", ColumnType::Timestamp, false,
            "成交日期|结单日期|結單日期|关闭时间|關閉時間|结束日期|結束日期|closedat|closed|closeddate"),
        col("lost_reason", T, false, "输单原因|輸單原因|丢单原因|丟單原因|lostreason"),
        col("source", T, false, kSource),
        col("campaign", T, false, kCampaign),
        // The deal's own win probability (overrides its stage's), in percent.
        col("probability", ColumnType::Integer, false,
            "赢率|贏率|赢单率|贏單率|成交概率|成交機率|成交率|概率|機率|probability|winprobability|winrate"),
        // The performance split (业绩拆分): its form and its members with their shares
        // ("张三:70%; 李四:30%"; see OpportunityImporter).
        col("split_form", T, false,
            "拆分方式|拆分形式|业绩拆分方式|業績拆分方式|拆分类型|拆分類型|splitform|splittype|splitmethod"),
        col("splits", T, false, "业绩拆分|業績拆分|拆分|拆分明细|拆分明細|splits|split|performancesplit|creditsplit"),
    };
}

QList<ColumnSpec> stageHistory()
{
    return {
        col("opportunity_external_id", T, true,
            "商机编号|商機編號|商机id|外部编号|外部編號|opportunityexternalid|opportunityid|opportunity|dealid"),
        col("stage", T, true, "阶段|階段|销售阶段|銷售階段|stage|tostage"),
        col("entered_at", ColumnType::Timestamp, true,
            "进入时间|進入時間|变更时间|變更時間|时间|時間|日期|enteredat|changedat|date|time"),
        col("changed_by", T, false, "操作人|变更人|變更人|修改人|changedby|user|by"),
        col("status", T, false, "状态|狀態|status"),
        col("note", T, false, kNotes),
    };
}

QList<ColumnSpec> customers()
{
    return {
        col("external_id", T, false, "客户编号|客戶編號|外部编号|外部編號|编号|編號|externalid|customerid|id"),
        col("name", T, true,
            "客户名称|客戶名稱|客户|客戶|公司名称|公司名稱|公司|名称|名稱|name|customer|customername|company|account"),
        col("tier", T, false, "客户等级|客戶等級|等级|等級|分级|分級|tier|grade|class"),
        col("score", ColumnType::Integer, false, "评分|評分|得分|score"),
        col("industry", T, false, "行业|行業|industry"),
        col("size", T, false, "规模|規模|企业规模|企業規模|size|companysize"),
        col("region", T, false, kRegion),
        col("owner", T, false, kOwner),
        col("phone", T, false, kPhone),
        col("email", T, false, kEmail),
        col("address", T, false, "地址|公司地址|address"),
        col("website", T, false, "网站|網站|网址|網址|website|web|url"),
        col("source", T, false, kSource),
        col("notes", T, false, kNotes),
        col("created_at", ColumnType::Timestamp, false, kCreated),
    };
}

QList<ColumnSpec> contacts()
{
    return {
        col("customer", T, true, kCustomer),
        col("name", T, true, "联系人|聯繫人|联系人姓名|聯繫人姓名|姓名|名字|name|contact|contactname"),
        col("title", T, false, "职位|職位|职务|職務|头衔|頭銜|title|jobtitle|position"),
        col("phone", T, false, "电话|電話|座机|座機|办公电话|phone|telephone|tel|workphone"),
        col("mobile", T, false, "手机|手機|手机号|手機號|移动电话|mobile|cell|cellphone"),
        col("email", T, false, kEmail),
        col("wechat", T, false, "微信|微信号|微信號|wechat|weixin"),
        col("is_primary", ColumnType::Integer, false, "主要联系人|主要聯繫人|首要联系人|是否主要|isprimary|primary"),
        col("notes", T, false, kNotes),
    };
}

QList<ColumnSpec> leads()
{
    return {
        col("external_id", T, false, "线索编号|線索編號|外部编号|外部編號|编号|編號|externalid|leadid|id"),
        col("name", T, true, "姓名|线索名称|線索名稱|联系人|聯繫人|名称|名稱|name|leadname|contact"),
        col("company", T, false, "公司|公司名称|公司名稱|单位|單位|客户|客戶|company|companyname|organization"),
        col("title", T, false, "职位|職位|职务|職務|title|jobtitle"),
        col("phone", T, false, "电话|電話|手机|手機|联系电话|聯繫電話|phone|mobile|tel"),
        col("email", T, false, kEmail),
        col("source", T, false, kSource),
        col("campaign", T, false, kCampaign),
        col("status", T, false, "状态|狀態|线索状态|線索狀態|status"),
        col("owner", T, false, kOwner),
        col("region", T, false, kRegion),
        col("notes", T, false, kNotes),
        col("created_at", ColumnType::Timestamp, false, kCreated),
    };
}

QList<ColumnSpec> activities()
{
    return {
        col("kind", T, true, "类型|類型|活动类型|活動類型|跟进方式|跟進方式|方式|kind|type|activitytype"),
        col("subject", T, true, "主题|主題|标题|標題|内容摘要|subject|title"),
        col("occurred_at", ColumnType::Timestamp, true,
            "时间|時間|日期|跟进时间|跟進時間|发生时间|發生時間|occurredat|date|time|when"),
        col("duration_minutes", ColumnType::Integer, false,
            "时长|時長|时长分钟|時長分鐘|分钟|分鐘|durationminutes|duration|minutes"),
        col("outcome", T, false, "结果|結果|outcome|result"),
        col("notes", T, false, kNotes),
        col("user", T, true, "负责人|負責人|销售|銷售|跟进人|跟進人|记录人|記錄人|user|owner|rep|by"),
        col("customer", T, false, kCustomer),
        col("opportunity_external_id", T, false,
            "商机编号|商機編號|商机id|opportunityexternalid|opportunityid|opportunity|dealid"),
        col("lead_external_id", T, false, "线索编号|線索編號|leadexternalid|leadid|lead"),
    };
}

} // namespace

QString toString(DataKind kind)
{
    switch (kind) {
    case DataKind::Leads:
        return QStringLiteral("leads");
    case DataKind::Customers:
        return QStringLiteral("customers");
    case DataKind::Contacts:
        return QStringLiteral("contacts");
    case DataKind::Opportunities:
        return QStringLiteral("opportunities");
    case DataKind::StageHistory:
        return QStringLiteral("stage-history");
    case DataKind::Activities:
        return QStringLiteral("activities");
    }
    return {};
}

std::optional<DataKind> parseDataKind(const QString &text)
{
    for (DataKind k : allDataKinds()) {
        if (toString(k) == text.trimmed().toLower())
            return k;
    }
    if (text.trimmed().toLower() == QLatin1String("stage_history")
        || text.trimmed().toLower() == QLatin1String("history"))
        return DataKind::StageHistory;
    return std::nullopt;
}

QList<DataKind> allDataKinds()
{
    return {DataKind::Leads,         DataKind::Customers,    DataKind::Contacts,
            DataKind::Opportunities, DataKind::StageHistory, DataKind::Activities};
}

const QList<ColumnSpec> &columnSpecs(DataKind kind)
{
    static const QList<ColumnSpec> o = opportunities();
    static const QList<ColumnSpec> h = stageHistory();
    static const QList<ColumnSpec> c = customers();
    static const QList<ColumnSpec> p = contacts();
    static const QList<ColumnSpec> l = leads();
    static const QList<ColumnSpec> a = activities();
    switch (kind) {
    case DataKind::Leads:
        return l;
    case DataKind::Customers:
        return c;
    case DataKind::Contacts:
        return p;
    case DataKind::Opportunities:
        return o;
    case DataKind::StageHistory:
        return h;
    case DataKind::Activities:
        return a;
    }
    return o;
}

QList<TableColumn> tableColumns(DataKind kind)
{
    QList<TableColumn> list;
    for (const ColumnSpec &s : columnSpecs(kind))
        list.append({s.name, s.type});
    return list;
}

QString normalizeHeader(const QString &header)
{
    static const QRegularExpression notes(QStringLiteral("[（(][^)）]*[)）]"));
    QString h = header;
    h.remove(QChar(0xFEFF));
    h.remove(notes);
    h = h.toLower();
    QString out;
    out.reserve(h.size());
    for (QChar c : h) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('*')
            || c == QLatin1Char(':') || c == QChar(0xFF1A) || c == QChar(0x3000))
            continue;
        out += c;
    }
    return out;
}

} // namespace fd

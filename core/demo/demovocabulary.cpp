#include "demovocabulary.h"

#include "demorandom.h"

#include <vector>

namespace fd::demo {

namespace {

struct Syllable
{
    const char *hanzi;
    const char *pinyin;
};

const DemoCity kCities[] = {
    {"上海", "021", 0, 3.0},  {"杭州", "0571", 0, 2.0},   {"南京", "025", 0, 1.6},  {"苏州", "0512", 0, 1.8},
    {"宁波", "0574", 0, 1.2}, {"无锡", "0510", 0, 1.0},   {"合肥", "0551", 0, 0.9}, {"北京", "010", 1, 3.0},
    {"天津", "022", 1, 1.5},  {"石家庄", "0311", 1, 0.8}, {"济南", "0531", 1, 1.0}, {"青岛", "0532", 1, 1.2},
    {"太原", "0351", 1, 0.6}, {"广州", "020", 2, 2.6},    {"深圳", "0755", 2, 3.0}, {"东莞", "0769", 2, 1.4},
    {"佛山", "0757", 2, 1.3}, {"厦门", "0592", 2, 1.0},   {"福州", "0591", 2, 0.8}, {"珠海", "0756", 2, 0.6},
};

const char *const kRegions[kRegionCount] = {"华东", "华北", "华南"};

struct Industry
{
    const char *name;
    Syllable words[5]; // what companies of this industry put after their brand
};

const Industry kIndustries[] = {
    {"制造业", {{"精密机械", "jm"}, {"机电设备", "jd"}, {"汽车零部件", "auto"}, {"模具", "mould"}, {"智能装备", "zn"}}},
    {"电子电气", {{"电子", "elec"}, {"电气", "dq"}, {"光电", "gd"}, {"半导体", "semi"}, {"电器", "dianqi"}}},
    {"医疗健康",
     {{"医疗器械", "med"}, {"生物科技", "bio"}, {"医药", "pharm"}, {"健康科技", "health"}, {"医学检验", "lab"}}},
    {"零售连锁", {{"商贸", "trade"}, {"连锁", "chain"}, {"百货", "bh"}, {"超市", "mart"}, {"电子商务", "ec"}}},
    {"物流运输",
     {{"物流", "logistics"}, {"供应链", "scm"}, {"国际货运", "cargo"}, {"仓储", "wh"}, {"快运", "express"}}},
    {"建筑工程", {{"建设工程", "build"}, {"建材", "jc"}, {"市政工程", "sz"}, {"装饰工程", "deco"}, {"水利工程", "sl"}}},
    {"能源环保",
     {{"新能源", "energy"}, {"环保科技", "eco"}, {"电力工程", "power"}, {"光伏", "solar"}, {"水务", "water"}}},
    {"信息技术", {{"信息技术", "it"}, {"软件", "soft"}, {"网络科技", "net"}, {"数据科技", "data"}, {"智能科技", "ai"}}},
    {"食品饮料", {{"食品", "food"}, {"饮品", "drink"}, {"乳业", "dairy"}, {"农业科技", "agri"}, {"餐饮管理", "cy"}}},
    {"教育培训", {{"教育科技", "edu"}, {"文化传播", "wh"}, {"职业培训", "px"}, {"图书", "book"}, {"教育咨询", "zx"}}},
};

// Brand syllables: two of them make names like 恒达, 华盛, 博信.
const Syllable kBrandFirst[] = {
    {"恒", "heng"}, {"华", "hua"},   {"鼎", "ding"}, {"瑞", "rui"},  {"金", "jin"},   {"中", "zhong"},  {"宏", "hong"},
    {"博", "bo"},   {"天", "tian"},  {"嘉", "jia"},  {"新", "xin"},  {"永", "yong"},  {"精", "jing"},   {"海", "hai"},
    {"启", "qi"},   {"卓", "zhuo"},  {"东", "dong"}, {"明", "ming"}, {"正", "zheng"}, {"信", "xin"},    {"通", "tong"},
    {"远", "yuan"}, {"盛", "sheng"}, {"利", "li"},   {"汇", "hui"},  {"联", "lian"},  {"创", "chuang"}, {"安", "an"},
    {"佳", "jia"},  {"凯", "kai"},   {"润", "run"},  {"德", "de"},   {"兴", "xing"},  {"腾", "teng"},   {"科", "ke"},
};
const Syllable kBrandSecond[] = {
    {"达", "da"},    {"盛", "sheng"}, {"信", "xin"},  {"丰", "feng"},   {"泰", "tai"},   {"源", "yuan"},
    {"成", "cheng"}, {"禾", "he"},    {"锐", "rui"},  {"桥", "qiao"},   {"远", "yuan"},  {"德", "de"},
    {"纳", "na"},    {"航", "hang"},  {"越", "yue"},  {"方", "fang"},   {"通", "tong"},  {"辉", "hui"},
    {"宇", "yu"},    {"华", "hua"},   {"隆", "long"}, {"创", "chuang"}, {"联", "lian"},  {"安", "an"},
    {"恒", "heng"},  {"晟", "sheng"}, {"邦", "bang"}, {"豪", "hao"},    {"诚", "cheng"}, {"拓", "tuo"},
};
const char *const kLegalForms[] = {"有限公司",     "有限公司",     "有限公司",    "有限公司",
                                   "股份有限公司", "集团有限公司", "有限责任公司"};

const Syllable kSurnames[] = {
    {"王", "wang"},  {"李", "li"},    {"张", "zhang"}, {"刘", "liu"},  {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
    {"赵", "zhao"},  {"吴", "wu"},    {"周", "zhou"},  {"徐", "xu"},   {"孙", "sun"},  {"马", "ma"},   {"朱", "zhu"},
    {"胡", "hu"},    {"郭", "guo"},   {"何", "he"},    {"林", "lin"},  {"高", "gao"},  {"罗", "luo"},  {"郑", "zheng"},
    {"梁", "liang"}, {"谢", "xie"},   {"宋", "song"},  {"唐", "tang"}, {"韩", "han"},  {"冯", "feng"}, {"邓", "deng"},
    {"曹", "cao"},   {"彭", "peng"},  {"曾", "zeng"},  {"萧", "xiao"}, {"田", "tian"}, {"董", "dong"}, {"潘", "pan"},
    {"袁", "yuan"},  {"蒋", "jiang"}, {"沈", "shen"},  {"叶", "ye"},   {"魏", "wei"},
};
const Syllable kGiven[] = {
    {"伟", "wei"},  {"芳", "fang"}, {"娜", "na"},   {"敏", "min"},  {"静", "jing"}, {"丽", "li"},   {"强", "qiang"},
    {"磊", "lei"},  {"军", "jun"},  {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},  {"杰", "jie"},  {"娟", "juan"},
    {"涛", "tao"},  {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"},  {"霞", "xia"},  {"平", "ping"}, {"刚", "gang"},
    {"英", "ying"}, {"华", "hua"},  {"建", "jian"}, {"文", "wen"},  {"斌", "bin"},  {"宇", "yu"},   {"浩", "hao"},
    {"鹏", "peng"}, {"婷", "ting"}, {"雪", "xue"},  {"琳", "lin"},  {"晨", "chen"}, {"欣", "xin"},  {"思", "si"},
    {"佳", "jia"},  {"晓", "xiao"}, {"志", "zhi"},  {"海", "hai"},  {"东", "dong"}, {"峰", "feng"}, {"波", "bo"},
    {"辉", "hui"},  {"俊", "jun"},  {"玲", "ling"}, {"红", "hong"}, {"燕", "yan"},  {"凯", "kai"},  {"瑶", "yao"},
    {"博", "bo"},   {"立", "li"},   {"颖", "ying"}, {"倩", "qian"}, {"昊", "hao"},
};
const char *const kRoads[] = {"人民", "中山", "解放", "建设", "长江", "和平", "新华", "科技", "创业",
                              "滨江", "金桥", "高新", "学院", "东方", "世纪", "光明", "文化", "工业"};
const char *const kTitles[] = {"总经理",   "副总经理", "采购经理", "采购专员", "IT经理",   "信息部主管",
                               "财务总监", "技术总监", "行政主管", "项目经理", "运营总监", "生产经理"};
const char *const kSources[] = {"展会", "研讨会", "网络推广", "电话营销", "官网", "转介绍", "老客户", "合作伙伴"};
const std::vector<double> kSourceWeights = {1.6, 0.8, 1.6, 1.0, 1.4, 1.5, 1.2, 0.7};
constexpr int kExistingCustomerSource = 6;

const char *const kMobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
                                       "150", "151", "152", "155", "156", "157", "158", "159", "166",
                                       "177", "180", "181", "186", "187", "188", "189", "199"};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString digits(DemoRandom &random, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + int(random.between(0, 9))));
    return s;
}

} // namespace

int cityCount()
{
    return int(std::size(kCities));
}

const DemoCity &city(int index)
{
    return kCities[index];
}

QString regionName(int region)
{
    return u(kRegions[region]);
}

QString teamName(int region)
{
    return u(kRegions[region]) + u("销售部");
}

int industryCount()
{
    return int(std::size(kIndustries));
}

QString industryName(int industry)
{
    return u(kIndustries[industry].name);
}

DemoPerson person(DemoRandom &random)
{
    const Syllable &s = random.pick(kSurnames);
    DemoPerson p{u(s.hanzi), QString::fromLatin1(s.pinyin)};
    const int givenLength = random.chance(0.3) ? 1 : 2;
    for (int i = 0; i < givenLength; ++i) {
        const Syllable &g = random.pick(kGiven);
        p.name += u(g.hanzi);
        p.pinyin += QString::fromLatin1(g.pinyin);
    }
    return p;
}

DemoCompany company(DemoRandom &random, const DemoCity &where, int industry)
{
    const Syllable &a = random.pick(kBrandFirst);
    Syllable b = random.pick(kBrandSecond);
    if (qstrcmp(a.hanzi, b.hanzi) == 0)
        b = kBrandSecond[0];
    const Syllable &word = random.pick(kIndustries[industry].words);
    DemoCompany c;
    c.shortName = u(a.hanzi) + u(b.hanzi) + u(word.hanzi);
    c.name = u(where.name) + c.shortName + u(random.pick(kLegalForms));
    c.domain = QString::fromLatin1(a.pinyin) + QString::fromLatin1(b.pinyin) + QLatin1Char('-')
               + QString::fromLatin1(word.pinyin)
               + (random.chance(0.6) ? QStringLiteral(".com") : QStringLiteral(".cn"));
    return c;
}

QString mobile(DemoRandom &random)
{
    return u(random.pick(kMobilePrefixes)) + digits(random, 8);
}

QString landline(DemoRandom &random, const DemoCity &where)
{
    const int length = qstrlen(where.areaCode) == 3 ? 8 : 7;
    return u(where.areaCode) + QLatin1Char('-') + QString::number(random.between(2, 8)) + digits(random, length - 1);
}

QString address(DemoRandom &random, const DemoCity &where)
{
    return u(where.name) + u("市") + u(random.pick(kRoads)) + u("路") + QString::number(random.between(1, 999))
           + u("号");
}

int sourceCount()
{
    return int(std::size(kSources));
}

QString sourceName(int source)
{
    return u(kSources[source]);
}

int randomSource(DemoRandom &random, bool newLead)
{
    int source = random.weighted(kSourceWeights);
    while (newLead && !isLeadSource(source))
        source = random.weighted(kSourceWeights);
    return source;
}

bool isLeadSource(int source)
{
    return source != kExistingCustomerSource;
}

QString contactTitle(DemoRandom &random)
{
    return u(random.pick(kTitles));
}

} // namespace fd::demo

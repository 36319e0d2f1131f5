#pragma once

#include <QString>

namespace fd::demo {

class DemoRandom;

// Words of the demo office: Chinese people, cities, companies, phone numbers. Every
// builder draws from the caller's DemoRandom, so the same seed gives the same words.

constexpr int kRegionCount = 3; // 华东, 华北, 华南

// A city where customers sit, with its region and telephone area code.
struct DemoCity
{
    const char *name;
    const char *areaCode;
    int region;
    double weight;
};
int cityCount();
const DemoCity &city(int index);

// Region and team names by region index.
QString regionName(int region);
QString teamName(int region);

// Customer industries (stored in customers.industry) and the words their names use.
int industryCount();
QString industryName(int industry);

// A person's Chinese name and its pinyin (for logins and e-mail addresses).
struct DemoPerson
{
    QString name;
    QString pinyin;
};
DemoPerson person(DemoRandom &random);

// A plausible company: "杭州恒达精密机械有限公司", its short form "恒达精密机械" and an
// e-mail domain "hengda-jm.com".
struct DemoCompany
{
    QString name;
    QString shortName;
    QString domain;
};
DemoCompany company(DemoRandom &random, const DemoCity &city, int industry);

// "138 1234 5678" style mobile number (stored without spaces).
QString mobile(DemoRandom &random);
// "021-62345678".
QString landline(DemoRandom &random, const DemoCity &city);
// "上海市中山路 128 号" style street address.
QString address(DemoRandom &random, const DemoCity &city);
// Where customers, leads and deals come from (展会, 官网, 转介绍…). The first four are
// also campaign channels. A new lead never comes from 老客户 (an existing customer).
int sourceCount();
QString sourceName(int source);
int randomSource(DemoRandom &random, bool newLead);
// Whether a lead can have this source (everything but 老客户).
bool isLeadSource(int source);

// A contact's job title.
QString contactTitle(DemoRandom &random);

} // namespace fd::demo

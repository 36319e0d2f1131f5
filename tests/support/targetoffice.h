#pragma once

// The office of the target and split tests: 华东区 with the team 华东一组 (张伟, 李娜) and
// 华南区 with 华南一组 (王强), the default pipeline (10 / 30 / 50 / 80 %).
#include "builders.h"
#include "tempdatabase.h"

namespace fd::test {

struct TargetOffice
{
    TempDatabase t;
    Builders b{t.db()};
    Pipeline pipeline = b.pipeline();
    qint64 east = b.region(QStringLiteral("华东区"));
    qint64 south = b.region(QStringLiteral("华南区"));
    qint64 eastTeam = b.team(QStringLiteral("华东一组"), east);
    qint64 southTeam = b.team(QStringLiteral("华南一组"), south);
    qint64 zhang = b.user(QStringLiteral("张伟"), eastTeam);
    qint64 li = b.user(QStringLiteral("李娜"), eastTeam);
    qint64 wang = b.user(QStringLiteral("王强"), southTeam);
};

} // namespace fd::test

#pragma once

#include <QCoreApplication>

// Translation context of the report texts. Outside namespace fd so that lupdate files
// the strings under "WeeklyReport", the context looked up at run time (see domain/trcontext.h).
class WeeklyReport final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

#pragma once

#include "exportaction.h"

#include <QTableWidgetItem>
#include <QVariant>

namespace fd {

// A read-only cell of the analysis tables (funnel, forecast, reps): numbers right-aligned;
// `exact` (cents for money, a count, a timestamp) is what Export… writes instead of the
// formatted text.
inline QTableWidgetItem *readOnlyCell(const QString &text, bool number, const QVariant &exact = {})
{
    auto *item = new QTableWidgetItem(text);
    if (exact.isValid())
        item->setData(ExportValueRole, exact);
    item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace fd

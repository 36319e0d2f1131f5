#include "dealsplits.h"

#include "rowreader.h"

#include "storage/database.h"
#include "storage/scopefilter.h"

namespace fd::analytics {

Splits loadSplits(Database &db)
{
    Splits splits;
    const SqlCondition visible = ScopeFilter::visibleTo(db).deals(QStringLiteral("o"));
    RowReader r(db,
                QStringLiteral("SELECT m.opportunity_id, m.user_id, m.split_percent, m.split_amount_cents, "
                               "o.split_form FROM opportunity_team_members m "
                               "JOIN opportunities o ON o.id = m.opportunity_id%1 ORDER BY m.opportunity_id, m.id")
                    .arg(visible.isEmpty() ? QString() : QStringLiteral(" WHERE ") + visible.sql),
                visible.binds);
    while (r.next()) {
        DealSplit &split = splits[r.integer(0)];
        parseSplitForm(r.text(4), &split.form);
        TeamMember m;
        m.userId = r.integer(1);
        if (!r.isNull(2))
            m.splitPercent = int(r.integer(2));
        if (!r.isNull(3))
            m.splitAmountCents = r.integer(3);
        split.team.append(m);
    }
    return splits;
}

} // namespace fd::analytics

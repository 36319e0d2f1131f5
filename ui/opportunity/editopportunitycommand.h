#pragma once

#include "dealcommand.h"

#include "domain/opportunity.h"

#include <QSet>

namespace fd {

// An edit of a deal's fields, product lines, team and checklist ticks in the editor.
class EditOpportunityCommand final : public DealCommand
{
public:
    // `after` was already saved.
    EditOpportunityCommand(DealStore &store, Opportunity before, QSet<qint64> checksBefore, Opportunity after,
                           QSet<qint64> checksAfter);

protected:
    void doUndo() override;
    void doRedo() override;

private:
    void apply(Opportunity target, const Opportunity &expected, const QSet<qint64> &checks);

    Opportunity m_before;
    Opportunity m_after;
    QSet<qint64> m_checksBefore;
    QSet<qint64> m_checksAfter;
};

} // namespace fd

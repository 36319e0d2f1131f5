#include "audittablemodel.h"

#include "audit/audittext.h"
#include "audit/audittitles.h"
#include "exportaction.h"

#include <QHeaderView>
#include <QTableView>

namespace fd {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::showIn(QTableView *view, AuditTableModel *model)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

void AuditTableModel::setEvents(const QList<AuditEvent> &events, AuditText &text)
{
    beginResetModel();
    m_rows.clear();
    m_events = int(events.size());
    for (const AuditEvent &e : events) {
        Row base;
        base.when = e.occurredAt;
        base.who = text.who(e);
        base.record = text.record(e.entity, e.entityId);
        base.entity = e.entity;
        base.entityId = e.entityId;
        base.action = e.action;
        base.details = text.details(e);
        const bool signIn = e.action.startsWith(QLatin1String("sign_"));
        if (e.changes.isEmpty() || signIn) {
            if (signIn)
                base.to = base.details; // how they signed in
            m_rows.append(base);
            continue;
        }
        for (const AuditChange &c : e.changes) {
            Row r = base;
            r.field = c.field;
            r.from = text.value(c.field, c.oldValue, c.hadOld);
            r.to = text.value(c.field, c.newValue, c.hasNew);
            m_rows.append(r);
        }
    }
    endResetModel();
}

void AuditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Action), index(int(m_rows.size()) - 1, Field), {Qt::DisplayRole});
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == EntityRole)
        return r.entity;
    if (role == EntityIdRole)
        return r.entityId;
    if (role == ExportValueRole && index.column() == When)
        return r.when;
    if (role == Qt::ToolTipRole)
        return r.details.isEmpty() ? QVariant() : QVariant(r.details);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return r.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who:
        return r.who;
    case Record:
        return r.record;
    case Action:
        return auditActionTitle(r.action);
    case Field:
        return r.field.isEmpty() ? QString() : auditFieldTitle(r.field);
    case From:
        return r.from;
    case To:
        return r.to;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Record:
        return tr("Record");
    case Action:
        return tr("What");
    case Field:
        return tr("Field");
    case From:
        return tr("From");
    case To:
        return tr("To");
    default:
        return {};
    }
}

} // namespace fd

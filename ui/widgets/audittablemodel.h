#pragma once

#include "audit/auditevent.h"

#include <QAbstractTableModel>
#include <QList>

class QTableView;

namespace fd {

class AuditText;

// Audit events as a table, one row per changed field (an event that changed no field, a
// creation or a sign-in, is one row): when, who, record, action, field, from, to. Texts are
// made once by AuditText when the events are set (names looked up then); titles follow the
// UI language (retranslate() after a language change). Read only.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Record, Action, Field, From, To, ColumnCount };
    // The record a row is about, for opening it: its kind (QString) and id (qint64).
    static constexpr int EntityRole = Qt::UserRole + 1;
    static constexpr int EntityIdRole = Qt::UserRole + 2;

    explicit AuditTableModel(QObject *parent = nullptr);

    // Shows `model` in `view` the one way audit rows are shown: whole rows selected, read
    // only, no row numbers, the last column (the new value) stretched.
    static void showIn(QTableView *view, AuditTableModel *model);

    // Replaces the rows (a reset).
    void setEvents(const QList<AuditEvent> &events, AuditText &text);
    // Header and action titles in the current language.
    void retranslate();
    int eventCount() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDateTime when;
        QString who;
        QString record;
        QString entity;
        qint64 entityId = 0;
        QString action;
        QString field;
        QString from;
        QString to;
        QString details; // the whole event, for the tooltip
    };
    QList<Row> m_rows;
    int m_events = 0;
};

} // namespace fd

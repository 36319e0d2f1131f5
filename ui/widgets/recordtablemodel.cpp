#include "recordtablemodel.h"

#include "exportaction.h"

#include <QDate>
#include <QDateTime>

namespace fd {

namespace {

bool isWholeNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::UInt
           || v.typeId() == QMetaType::ULongLong;
}

bool isNumber(const QVariant &v)
{
    return isWholeNumber(v) || v.typeId() == QMetaType::Double;
}

bool isDateOrInstant(const QVariant &v)
{
    return v.typeId() == QMetaType::QDate || v.typeId() == QMetaType::QDateTime;
}

// The text a value shows when its column has no text of its own.
QString valueText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'f', 2);
    case QMetaType::QDate:
        return v.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case QMetaType::QDateTime:
        return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return v.toString();
    }
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fieldCount();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QString own = text(row, column);
        return own.isNull() ? valueText(value(row, column)) : own;
    }
    case Qt::TextAlignmentRole:
        if (isNumber(value(row, column)))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        const QColor colour = foreground(row);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case IdRole:
        return recordId(row);
    case SortRole:
        return value(row, column);
    case ExportValueRole: {
        const QVariant v = value(row, column);
        return isWholeNumber(v) || isDateOrInstant(v) ? v : QVariant();
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < fieldCount())
        return title(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    // Read only: the pages edit records in their editors.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

qint64 RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < recordCount() ? recordId(row) : 0;
}

void RecordTableModel::retranslate()
{
    if (fieldCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, fieldCount() - 1);
}

} // namespace fd

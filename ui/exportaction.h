#pragma once

#include "io/exporter.h"

#include <QAction>
#include <QPointer>

class QAbstractItemModel;

namespace fd {

// Writes the rows and columns a model currently shows (after any proxy's filter and
// sort) to CSV (UTF-8 with BOM) or XLSX through core/io's table sinks. Cells take the
// model's EditRole value: integers, dates and timestamps become typed cells, the rest
// the DisplayRole text. Returns the number of rows written. Throws Error.
qint64 exportModel(const QAbstractItemModel &model, ExportFormat format, const QString &path,
    const QString &sheetName = QStringLiteral("Sheet1"));

// "Export…" for any list: asks for a file (.csv or .xlsx) and exports the model as shown.
// Add it to a toolbar or menu; the model may change later (setModel).
class ExportAction final : public QAction
{
    Q_OBJECT

public:
    ExportAction(QAbstractItemModel *model, const QString &baseName, QObject *parent);
    void setModel(QAbstractItemModel *model) { m_model = model; }

private:
    void exportNow();

    QPointer<QAbstractItemModel> m_model;
    QString m_baseName;
};

} // namespace fd

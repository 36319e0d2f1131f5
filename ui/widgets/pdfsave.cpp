#include "pdfsave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace fd {

bool savePdfAs(QWidget *parent, const QString &title, const QString &fileName,
               const std::function<bool(const QString &path, QString *error)> &write)
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
    const QString path = QFileDialog::getSaveFileName(parent, title, start,
                                                      QCoreApplication::translate("fd::PdfSave", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (write(path, &error))
        return true;
    QMessageBox::warning(parent, QCoreApplication::translate("fd::PdfSave", "Save as PDF"),
                         QCoreApplication::translate("fd::PdfSave", "The file could not be written: %1").arg(error));
    return false;
}

} // namespace fd

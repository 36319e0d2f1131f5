#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace fd {

// Asks where to save a PDF (the Documents folder and `fileName` proposed) and writes it with
// `write`; a failure is shown in a message box with the writer's reason. Returns whether a
// file was written (false also when the person cancelled). One flow for every "Save as PDF".
bool savePdfAs(QWidget *parent, const QString &title, const QString &fileName,
               const std::function<bool(const QString &path, QString *error)> &write);

} // namespace fd

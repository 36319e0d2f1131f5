#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace fd {

// Runs `work` on a worker thread while a modal QProgressDialog (title, label, Cancel) keeps
// the window painted and shows how far it got. `work` gets a progress callback: call it with
// the work done out of `total` (total 0 = unknown, a busy bar); it returns false once the
// user asked to cancel. Returns the error message `work` threw (fd::Error or std::exception),
// empty when it finished. The worker must open its own connections (Database::connector()).
QString runInBackground(QWidget *parent, const QString &title, const QString &label,
                        const std::function<void(const std::function<bool(int done, int total)> &)> &work);

} // namespace fd

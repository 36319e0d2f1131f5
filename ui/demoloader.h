#pragma once

#include "demo/demogenerator.h"

#include <QCoreApplication>

class QWidget;

namespace fd {

class Database;

// Loads the demo office into a database from the GUI: the generator runs on a worker
// thread with its own connection while a progress dialog with Cancel keeps the window
// responsive. Cancelling stores nothing.
class DemoLoader final
{
    Q_DECLARE_TR_FUNCTIONS(DemoLoader)

public:
    enum class Choice { LoadDemo, StartEmpty };

    // Asks whether to fill a new, empty database with the demo office or start empty.
    static Choice ask(QWidget *parent);

    // Generates the demo office into `db` (which must hold no opportunities). Returns
    // true when it was stored; false when cancelled or failed (the failure is shown).
    static bool load(QWidget *parent, Database &db, const DemoOptions &options = {});

    // Puts the default sales process into a database the user starts empty, so the
    // board has stages from the first deal on.
    static void prepareEmpty(QWidget *parent, Database &db);
};

} // namespace fd

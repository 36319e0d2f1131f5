#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace fd {

// Where FunnelDesk's translations (funneldesk_<code>.qm) are found: installed files, not
// compiled in, so that a package, a Windows installation and a build folder all read them
// from beside the program, and a translator can try a new .qm without rebuilding.
//
// The folders, in order: $FUNNELDESK_TRANSLATIONS_DIR when set (tests, translators), then
// <program folder>/../share/funneldesk/translations: /usr/bin → /usr/share/… for a package,
// <prefix>\bin → <prefix>\share\… on Windows, build/app → build/share/… in a build folder
// (CMake writes the .qm files there). Needs a QCoreApplication.
QStringList translationDirectories();

// Loads funneldesk_<code>.qm from the first folder that has it. Returns the file loaded, or
// an empty string (and a warning on the "funneldesk.i18n" logging category) when none has it.
// `QT_LOGGING_RULES=funneldesk.i18n.info=true` logs which file each language came from.
QString loadAppTranslation(QTranslator &translator, const QString &code);

// Loads Qt's own qtbase_<code>.qm from Qt's translations folder (QLibraryInfo: the system's
// on Linux, the one Qt's deployment writes beside the program on Windows). Returns the file
// loaded, or an empty string.
QString loadQtTranslation(QTranslator &translator, const QString &code);

} // namespace fd

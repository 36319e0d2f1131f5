# CPack: `cmake --build build-release --target package` makes
#   Linux:   funneldesk_<version>_amd64.deb (dependencies computed by dpkg-shlibdeps; the
#            programs in /usr/bin, the translations, desktop file, metainfo, icons, MIME type and
#            the example timer from the install rules of app/, translations/ and resources/);
#   Windows: funneldesk-<version>-win64.exe, an NSIS installer (Start-menu shortcut, the
#            .funneldesk file association, Qt and libpq DLLs from cmake/WindowsDeploy.cmake).
# packaging/check-package.sh checks the Debian package (lintian, a run from the unpacked files).
# The maintainer, vendor, homepage and licence come from cmake/ProjectInfo.cmake.

set(CPACK_PACKAGE_NAME funneldesk)
set(CPACK_PACKAGE_VENDOR "${FD_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${FD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "sales funnel, forecast and pipeline management")
# Lines under 80 columns: the Debian control file shows them as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "FunnelDesk is a desktop sales-management application for sales offices of"
    "five to fifty people: reps move opportunities across a stage kanban board and"
    "log their activities; managers read the sales funnel, forecast the month and"
    "quarter against target and print the weekly funnel report; finance keeps"
    "contracts, receipts and aging. One embedded database file serves a single"
    "desk; an office shares a PostgreSQL database. The interface speaks Simplified"
    "Chinese, Traditional Chinese and English.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${FD_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY FunnelDesk)
set(CPACK_PACKAGE_EXECUTABLES funneldesk FunnelDesk)
set(CPACK_STRIP_FILES ON)
# Values reach the generators as written here (the NSIS commands' backslashes and quotes).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    include(WindowsInstaller)
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # funneldesk_<version>_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${FD_HOMEPAGE}")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # Plugins, which dpkg-shlibdeps cannot see: the SQLite driver, the X11/Wayland platforms and
    # the SVG icon engine that draws the page icons (Depends); the PostgreSQL driver for team mode, Qt's own translations (standard buttons and
    # dialogs in Chinese) and a CJK font for PDFs and screens without one (Recommends).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, fonts-wqy-microhei")

    # Debian wants /usr/share/doc/<package>/copyright and a compressed changelog (gzip -n: no
    # time stamp, so the same sources make the same package).
    set(fd_docdir ${CMAKE_INSTALL_DATADIR}/doc/funneldesk)
    find_program(FD_GZIP gzip REQUIRED)
    file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/packaging)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog)
    execute_process(COMMAND ${FD_GZIP} -9nc INPUT_FILE ${PROJECT_SOURCE_DIR}/packaging/debian/changelog
                    OUTPUT_FILE ${PROJECT_BINARY_DIR}/packaging/changelog.gz COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
            DESTINATION ${fd_docdir})
endif()

include(CPack)

# fd_deploy_qt(TARGET): at install time, Qt's deployment tool (windeployqt through
# qt_generate_deploy_app_script) copies the Qt DLLs, the plugins (platforms, styles, image
# formats, the SQLite and PostgreSQL SQL drivers) and Qt's translations beside the programs and
# writes qt.conf; then the DLLs the PostgreSQL driver needs (libpq and what it links: OpenSSL,
# zlib, …), which windeployqt does not copy, are looked up in FD_RUNTIME_DLL_DIRS and copied to
# bin. Windows only: included from the top-level CMakeLists.txt behind if(WIN32). Not tried on
# Windows (README, "Building on Windows").

# Where libpq.dll and its DLLs are: vcpkg's bin folder, else a PostgreSQL installation's.
set(fd_default_dll_dirs)
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND fd_default_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
file(GLOB fd_pg_bins "$ENV{ProgramFiles}/PostgreSQL/*/bin")
list(APPEND fd_default_dll_dirs ${fd_pg_bins})
set(FD_RUNTIME_DLL_DIRS "${fd_default_dll_dirs}" CACHE STRING
    "Folders searched for libpq.dll and the DLLs it needs (installed beside funneldesk.exe)")

function(fd_deploy_qt target)
    qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script)
    install(SCRIPT ${deploy_script})
    # After the deploy script, which has put the PostgreSQL driver in <prefix>/plugins/sqldrivers.
    install(CODE "set(FD_DLL_DIRS \"${FD_RUNTIME_DLL_DIRS}\")\nset(FD_DLL_DESTINATION \"${CMAKE_INSTALL_BINDIR}\")")
    install(SCRIPT ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/InstallLibpq.cmake)
endfunction()

# Install-time script (cmake/WindowsDeploy.cmake): copies the libraries Qt's PostgreSQL driver
# needs (libpq and what it links) from FD_DLL_DIRS to <prefix>/FD_DLL_DESTINATION. Written for
# Windows, where nothing else puts libpq.dll beside funneldesk.exe; the logic is the same with
# shared objects, which is how it was tried on Linux (README, "Building on Windows").
file(GLOB fd_psql_plugin "${CMAKE_INSTALL_PREFIX}/plugins/sqldrivers/*qsqlpsql*")
if(NOT fd_psql_plugin)
    message(WARNING "No PostgreSQL driver (qsqlpsql) was deployed: team mode will not work")
    return()
endif()
file(GET_RUNTIME_DEPENDENCIES
    LIBRARIES ${fd_psql_plugin}
    DIRECTORIES ${FD_DLL_DIRS}
    RESOLVED_DEPENDENCIES_VAR fd_resolved
    UNRESOLVED_DEPENDENCIES_VAR fd_unresolved
    # Windows' own DLLs and Qt's (deployed already) stay out.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^libQt6"
    POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]" "[/\\\\][Ww]indows[/\\\\]")
list(FILTER fd_resolved INCLUDE REGEX ".")
foreach(lib IN LISTS fd_resolved)
    message(STATUS "Installing the PostgreSQL driver's ${lib}")
    file(INSTALL "${lib}" DESTINATION "${CMAKE_INSTALL_PREFIX}/${FD_DLL_DESTINATION}" FOLLOW_SYMLINK_CHAIN)
endforeach()
if(fd_unresolved)
    message(WARNING "Not found for the PostgreSQL driver: ${fd_unresolved} (set FD_RUNTIME_DLL_DIRS)")
endif()

# cmake -DVERSION=x.y.z -DSOURCE_DIR=... -P CheckReleaseVersions.cmake
# The version in project() is the newest release everywhere a package states it: the AppStream
# metainfo's first <release> and the Debian changelog's first entry. Raising the version without
# them fails here.
file(READ ${SOURCE_DIR}/resources/linux/io.github.funneldesk.FunnelDesk.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "metainfo: no <release>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "metainfo: newest release ${CMAKE_MATCH_1}, project() says ${VERSION}")
endif()
file(STRINGS ${SOURCE_DIR}/packaging/debian/changelog first LIMIT_COUNT 1)
if(NOT first MATCHES "^funneldesk \\(([^)]+)\\) ")
    message(FATAL_ERROR "packaging/debian/changelog: first line is not 'funneldesk (VERSION) …': ${first}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "packaging/debian/changelog: newest entry ${CMAKE_MATCH_1}, project() says ${VERSION}")
endif()
message(STATUS "metainfo and Debian changelog: ${VERSION}")

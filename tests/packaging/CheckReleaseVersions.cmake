# cmake -DVERSION=x.y.z -DSOURCE_DIR=... -P CheckReleaseVersions.cmake
# The version in project() is the newest release everywhere a package states it: the AppStream
# metainfo's first <release> and the Debian changelog's first entry. Raising the version without
# them fails here.

# Fails unless `text` matches `pattern` and its first group is VERSION; `where` names the file
# and `shape` says what was expected, for the message.
function(fd_expect_newest_release where text pattern shape)
    if(NOT text MATCHES "${pattern}")
        message(FATAL_ERROR "${where}: ${shape}")
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        message(FATAL_ERROR "${where}: newest release ${CMAKE_MATCH_1}, project() says ${VERSION}")
    endif()
endfunction()

file(READ ${SOURCE_DIR}/resources/linux/io.github.funneldesk.FunnelDesk.metainfo.xml metainfo)
fd_expect_newest_release(metainfo "${metainfo}" "<release version=\"([^\"]+)\"" "no <release>")
file(STRINGS ${SOURCE_DIR}/packaging/debian/changelog first LIMIT_COUNT 1)
fd_expect_newest_release(packaging/debian/changelog "${first}" "^funneldesk \\(([^)]+)\\) "
                         "first line is not 'funneldesk (VERSION) …': ${first}")
message(STATUS "metainfo and Debian changelog: ${VERSION}")

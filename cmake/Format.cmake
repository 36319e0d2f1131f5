# clang-format over FunnelDesk's own C++ sources (.clang-format at the top of the tree):
#   format        rewrites every source file in place (run it before committing)
#   format-check  fails and names every file that differs; the CTest test "format" runs the
#                 same check, so packaging/test.sh refuses unformatted code.
# clang-format comes from the Debian package "clang-format" (packaging/setup.sh); other
# versions break lines differently, so the check wants the one the tree was formatted with.

find_program(FD_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(NOT FD_CLANG_FORMAT)
    message(STATUS "clang-format not found: no format / format-check targets (packaging/setup.sh installs it)")
    return()
endif()

file(GLOB_RECURSE FD_FORMAT_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)

add_custom_target(format
    COMMAND ${FD_CLANG_FORMAT} -i ${FD_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-format: rewriting the sources"
    VERBATIM)
add_custom_target(format-check
    COMMAND ${FD_CLANG_FORMAT} --dry-run --Werror ${FD_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-format: checking the sources"
    VERBATIM)

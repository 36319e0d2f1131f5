# Fails when a Catch2 TEST_CASE name holds a ";": catch_discover_tests registers each case as a
# CTest test by its name, and CMake splits the name at the ";", so such a case was reported as
# "No test cases matched" and passed without ever running.
#   cmake -DTESTS_DIR=<tests folder> -P CheckTestNames.cmake
file(GLOB_RECURSE sources "${TESTS_DIR}/*.cpp")
set(bad "")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    # A literal ";" in file contents is a list separator to CMake: count TEST_CASE names that
    # contain one by looking for the name's opening quote followed by no quote before a ";".
    string(REPLACE ";" "<SEMICOLON>" text "${text}")
    string(REGEX MATCHALL "TEST_CASE\\([ \t\r\n]*\"[^\"]*<SEMICOLON>[^\"]*\"" found "${text}")
    foreach(match IN LISTS found)
        string(REPLACE "<SEMICOLON>" ";" match "${match}")
        string(APPEND bad "\n  ${source}: ${match}")
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "Test case names with \";\" never run under CTest:${bad}")
endif()

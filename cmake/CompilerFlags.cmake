# Compiler warnings for FunnelDesk's own code. Qt and Catch2 come in through imported
# targets, whose include folders CMake passes as system includes, so their headers never
# warn; moc, uic and rcc output is ours and must be clean too.
#
# FD_WARNINGS_AS_ERRORS is OFF for people building the application (a newer compiler's new
# warning must not stop a build) and ON in packaging/test.sh, the test command.

option(FD_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (ON in packaging/test.sh)" OFF)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(
        -Wall
        -Wextra
        -Wshadow               # a local hiding another name is how a wrong value gets used
        -Wnon-virtual-dtor     # deleting through a base pointer must run the derived destructor
        -Woverloaded-virtual   # an override with the wrong signature hides instead of overriding
    )
    if(FD_WARNINGS_AS_ERRORS)
        add_compile_options(-Werror)
    endif()
elseif(MSVC)
    # /W4 is MSVC's counterpart of -Wall -Wextra (shadowing: C4456-C4459; C4265: a class with
    # virtual functions and a non-virtual destructor, off by default).
    add_compile_options(/W4 /w44265 /permissive- /utf-8)
    if(FD_WARNINGS_AS_ERRORS)
        add_compile_options(/WX)
    endif()
endif()

# Debug information goes into .dwo files beside the objects (-gsplit-dwarf) instead of being
# copied into every program: some 70 test programs each link all of core and ui, and with the
# debug information inside them the test build took 7 GB (120 MB a program, 100 MB of it
# DWARF), which filled CI's disk mid-run ("database or disk is full"). gdb and addr2line read
# the .dwo files. What stays in a program (line tables, the name index for gdb) is compressed
# when linking: 128 MB a test program before, 72 MB with split DWARF, 29 MB compressed.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT WIN32 AND NOT APPLE)
    add_compile_options($<$<CONFIG:Debug,RelWithDebInfo>:-gsplit-dwarf>)
    add_link_options($<$<CONFIG:Debug,RelWithDebInfo>:LINKER:--compress-debug-sections=zlib>)
endif()

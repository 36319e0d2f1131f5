# libxlsxwriter (writes .xlsx) and minizip (unzip.h, reads .xlsx), for core/io and the tests.
# Defines two targets, fd::xlsxwriter and fd::minizip, found in this order:
#   1. a CMake package: vcpkg's `unofficial-minizip` (and an `xlsxwriter` config where one is
#      shipped), the Windows way;
#   2. the headers and libraries on CMAKE_PREFIX_PATH (vcpkg's installed tree, a MinGW prefix,
#      /usr on Linux);
#   3. pkg-config, only when neither of the above found them.
# The code includes <unzip.h> and <zip.h> without a folder, so fd::minizip always adds the
# `minizip` include folder.
include_guard(GLOBAL)

# fd_find_c_library(TARGET HEADER SUFFIX PKGCONFIG NAME...): an INTERFACE target for a C library
# found by its header (in the SUFFIX folder of an include folder) and library NAMEs, or else by
# pkg-config module PKGCONFIG.
function(fd_find_c_library target header suffix pkgconfig)
    string(TOUPPER ${target} var)
    find_path(${var}_INCLUDE_DIR ${header} PATH_SUFFIXES ${suffix})
    find_library(${var}_LIBRARY NAMES ${ARGN})
    add_library(${target} INTERFACE)
    if(${var}_INCLUDE_DIR AND ${var}_LIBRARY)
        target_include_directories(${target} SYSTEM INTERFACE ${${var}_INCLUDE_DIR})
        target_link_libraries(${target} INTERFACE ${${var}_LIBRARY})
        return()
    endif()
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_check_modules(${var}_PC IMPORTED_TARGET GLOBAL ${pkgconfig})
    endif()
    if(NOT ${var}_PC_FOUND)
        message(FATAL_ERROR "${pkgconfig} not found: install it (vcpkg, or the Debian package named in "
                            "packaging/setup.sh) or add its prefix to CMAKE_PREFIX_PATH")
    endif()
    target_link_libraries(${target} INTERFACE PkgConfig::${var}_PC)
endfunction()

find_package(xlsxwriter CONFIG QUIET)
if(TARGET xlsxwriter::xlsxwriter)
    add_library(fd::xlsxwriter ALIAS xlsxwriter::xlsxwriter)
else()
    fd_find_c_library(fd_xlsxwriter xlsxwriter.h "" xlsxwriter xlsxwriter libxlsxwriter)
    add_library(fd::xlsxwriter ALIAS fd_xlsxwriter)
endif()

find_package(unofficial-minizip CONFIG QUIET)
if(TARGET unofficial::minizip::minizip)
    find_path(FD_MINIZIP_INCLUDE_DIR unzip.h PATH_SUFFIXES minizip)
    add_library(fd_minizip INTERFACE)
    target_link_libraries(fd_minizip INTERFACE unofficial::minizip::minizip)
    target_include_directories(fd_minizip SYSTEM INTERFACE ${FD_MINIZIP_INCLUDE_DIR})
else()
    fd_find_c_library(fd_minizip unzip.h minizip minizip minizip libminizip)
endif()
add_library(fd::minizip ALIAS fd_minizip)

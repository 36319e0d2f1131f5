# cmake -DSOURCE_DIR=... -DWORK_DIR=... -P CheckNsisInstaller.cmake
# Builds the NSIS installer of the stand-in project in nsis/ with makensis and checks that the
# script holds the Start-menu shortcut and the .funneldesk association.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/nsis -B ${WORK_DIR} -DFD_SOURCE_DIR=${SOURCE_DIR}
                OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G NSIS WORKING_DIRECTORY ${WORK_DIR}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack -G NSIS failed:\n${out}")
endif()
file(GLOB_RECURSE script ${WORK_DIR}/_CPack_Packages/*/project.nsi)
file(READ "${script}" nsi)
foreach(expected
        [[CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\FunnelDesk.lnk" "$INSTDIR\bin\funneldesk.exe"]]
        [[WriteRegStr HKCR ".funneldesk" "" "FunnelDesk.Database"]]
        [[WriteRegStr HKCR "FunnelDesk.Database\shell\open\command" "" '"$INSTDIR\bin\funneldesk.exe" "%1"']]
        [[DeleteRegKey HKCR "FunnelDesk.Database"]])
    string(FIND "${nsi}" "${expected}" at)
    if(at LESS 0)
        message(FATAL_ERROR "The installer script lacks: ${expected}")
    endif()
endforeach()
file(GLOB installer ${WORK_DIR}/funneldesk-*.exe)
if(NOT installer)
    message(FATAL_ERROR "makensis made no installer")
endif()
message(STATUS "makensis built ${installer}")

# fd_windows_resource(TARGET DESCRIPTION): gives a Windows executable FunnelDesk's icon and a
# version resource (resources/windows/funneldesk.rc.in) with the version from project().
# Configuring works on any platform (the test compiles the result with llvm-rc when it is
# there); only Windows builds add it to the target.
function(fd_configure_windows_resource out name description)
    set(FD_RC_NAME ${name})
    set(FD_RC_FILENAME ${name}.exe)
    set(FD_RC_DESCRIPTION "${description}")
    set(FD_RC_ICON ${PROJECT_SOURCE_DIR}/resources/windows/funneldesk.ico)
    set(rc ${PROJECT_BINARY_DIR}/resources/${name}.rc)
    configure_file(${PROJECT_SOURCE_DIR}/resources/windows/funneldesk.rc.in ${rc} @ONLY)
    set(${out} ${rc} PARENT_SCOPE)
endfunction()

function(fd_windows_resource target description)
    fd_configure_windows_resource(rc ${target} "${description}")
    if(WIN32)
        target_sources(${target} PRIVATE ${rc})
    endif()
endfunction()

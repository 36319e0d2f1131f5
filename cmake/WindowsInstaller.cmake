# The Windows installer (CPack NSIS), included by cmake/Packaging.cmake on Windows: installs to
# Program Files\FunnelDesk, a Start-menu shortcut, the .funneldesk file association (double-click
# opens the file in FunnelDesk) and an uninstaller; installing a new version uninstalls the old
# one first, found through the fixed registry key below (NSIS's counterpart of an MSI upgrade
# code). The WiX settings at the end make `cpack -G WIX` an MSI with a fixed upgrade code too,
# without the file association. Not tried on Windows (README, "Building on Windows").
set(CPACK_NSIS_PACKAGE_NAME "FunnelDesk")
set(CPACK_NSIS_DISPLAY_NAME "FunnelDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "FunnelDesk")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/windows/funneldesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/windows/funneldesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\funneldesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${FD_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${FD_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "funneldesk.exe") # in CPACK_NSIS_EXECUTABLES_DIRECTORY (bin)
# .funneldesk files open in FunnelDesk: a ProgID with the program's icon and its open command;
# SHChangeNotify makes Explorer show the new icon without a restart.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".funneldesk" "" "FunnelDesk.Database"
  WriteRegStr HKCR ".funneldesk" "Content Type" "application/x-funneldesk"
  WriteRegStr HKCR "FunnelDesk.Database" "" "FunnelDesk database"
  WriteRegStr HKCR "FunnelDesk.Database\DefaultIcon" "" "$INSTDIR\bin\funneldesk.exe,0"
  WriteRegStr HKCR "FunnelDesk.Database\shell\open\command" "" '"$INSTDIR\bin\funneldesk.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKCR ".funneldesk" ""
  StrCmp $0 "FunnelDesk.Database" 0 +2
  DeleteRegKey HKCR ".funneldesk"
  DeleteRegKey HKCR "FunnelDesk.Database"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

set(CPACK_WIX_UPGRADE_GUID "5E3B8C4A-6F2D-4B7E-9A1C-2D8F0E4B6C13")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/funneldesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "FunnelDesk")

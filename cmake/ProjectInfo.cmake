# Who makes FunnelDesk, where it lives and under which licence: the one place these are set.
# The packages (cmake/Packaging.cmake, cmake/WindowsInstaller.cmake), the Windows version resource,
# the About dialog (core/fdversion.h.in) read them from here; the files that must state them as text
# (AppStream metainfo, packaging/debian/copyright and changelog, README) are checked against them by
# the project-info test (tests/packaging/CheckProjectInfo.cmake).
set(FD_APP_ID io.github.funneldesk.FunnelDesk)
set(FD_VENDOR "The FunnelDesk developers")
# The app id io.github.funneldesk.* is the GitHub organisation funneldesk: its pages are the
# homepage, its repository's issues the bug tracker.
set(FD_HOMEPAGE "https://funneldesk.github.io/")
set(FD_BUGTRACKER "https://github.com/funneldesk/funneldesk/issues")
set(FD_PACKAGE_MAINTAINER "FunnelDesk developers <developers@funneldesk.github.io>")
# GPL-3.0-or-later (LICENSE): Qt 6 is used under the LGPL-3 through its shared libraries, which a
# GPL-3 program may link, as it may libxlsxwriter (BSD-2-Clause), minizip (zlib), libsodium (ISC)
# and SQLite (public domain).
set(FD_LICENSE_SPDX "GPL-3.0-or-later")
set(FD_COPYRIGHT "Copyright 2026 The FunnelDesk developers")

# cmake -DCOMPTOIR=<binary> -DBOOK=<file> -P build_demo_book.cmake
# Writes the demo books the tests share (see demo_book.hpp): `comptoir demo`
# into a temporary name, renamed once complete, so an interrupted build never
# leaves half a book for the tests; the file is made read-only.
foreach(var COMPTOIR BOOK)
  if(NOT ${var})
    message(FATAL_ERROR "build_demo_book.cmake: ${var} is not set")
  endif()
endforeach()
set(building "${BOOK}.building")
file(REMOVE "${BOOK}" "${building}" "${building}-wal" "${building}-shm" "${BOOK}-wal" "${BOOK}-shm")
get_filename_component(dir "${BOOK}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND "${COMPTOIR}" --db "${building}" demo
                OUTPUT_FILE "${BOOK}.summary.txt" ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "`comptoir demo` failed (${status}): ${errors}")
endif()
# The demo's last, read-only connection leaves an empty log behind; a log
# with frames in it would hold part of the book.
if(EXISTS "${building}-wal")
  file(SIZE "${building}-wal" wal_size)
  if(NOT wal_size EQUAL 0)
    message(FATAL_ERROR "`comptoir demo` left ${building}-wal with ${wal_size} bytes: the book needs it")
  endif()
endif()
file(REMOVE "${building}-wal" "${building}-shm")
file(RENAME "${building}" "${BOOK}")
file(CHMOD "${BOOK}" PERMISSIONS OWNER_READ GROUP_READ WORLD_READ)

# The precompiled header every library shares: the standard library and
# Boost.Multiprecision (included through core/rational.hpp by nearly every
# file) are parsed once per build instead of once per file.
add_library(comptoir_pch STATIC ${CMAKE_CURRENT_LIST_DIR}/pch.cpp)
target_link_libraries(comptoir_pch PRIVATE comptoir_warnings Boost::headers)
target_precompile_headers(comptoir_pch PRIVATE <algorithm> <cstdint> <functional> <map> <memory> <optional>
                          <string> <string_view> <variant> <vector> <boost/multiprecision/cpp_int.hpp>)

# comptoir_library(<target> [PUBLIC deps...] [PRIVATE deps...] [EMBED namespace])
# One folder, one static library: src/*.cpp, public headers under include/,
# private ones beside the sources. A library sees only the headers of what
# it links, so an include of a layer above fails to compile. EMBED compiles
# data/* into the library (see EmbedFiles.cmake).
function(comptoir_library target)
  cmake_parse_arguments(L "" "EMBED" "PUBLIC;PRIVATE" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/src/*.cpp)
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
                                       PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(${target} PUBLIC ${L_PUBLIC} PRIVATE comptoir_warnings ${L_PRIVATE})
  target_precompile_headers(${target} REUSE_FROM comptoir_pch)
  if(L_EMBED)
    file(GLOB data CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/data/*)
    comptoir_embed(TARGET ${target} NAMESPACE ${L_EMBED} FILES ${data})
  endif()
endfunction()

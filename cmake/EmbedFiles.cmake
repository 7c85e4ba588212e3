# Embeds data files into a generated C++ source so the binaries carry their
# reference data (chart of accounts, categories, rules) and never read the
# source tree at run time.
#   comptoir_embed(TARGET name NAMESPACE ns FILES a.csv b.csv)
# generates <name>_embedded.cpp defining  std::string_view ns::embedded(std::string_view file_name)
function(comptoir_embed)
  cmake_parse_arguments(E "" "TARGET;NAMESPACE" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${E_TARGET}_embedded.cpp")
  string(REPLACE ";" "|" files_arg "${E_FILES}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNS=${E_NAMESPACE} "-DFILES=${files_arg}"
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake"
    DEPENDS ${E_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake"
    COMMENT "Embedding data files for ${E_TARGET}" VERBATIM)
  target_sources(${E_TARGET} PRIVATE "${out}")
endfunction()

# rapport_embed_files(TARGET OUTPUT BASE_DIR FILES...)
#
# Compiles files (the default theme, the demo site) into the binary, so that
# `rapport` runs from anywhere on its own while a site owner can still point
# the config at a folder that overrides any of them. The generated source
# defines one table, rapport::embedded::<SYMBOL>, of {relative path, bytes}.
function(rapport_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;BASE_DIR;SYMBOL" "FILES" ${ARGN})
  set(list_file "${ARG_OUTPUT}.files")
  string(REPLACE ";" "\n" file_lines "${ARG_FILES}")
  file(WRITE "${list_file}.tmp" "${file_lines}")
  file(COPY_FILE "${list_file}.tmp" "${list_file}" ONLY_IF_DIFFERENT)
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} -DBASE_DIR=${ARG_BASE_DIR} -DLIST_FILE=${list_file}
            -DOUTPUT=${ARG_OUTPUT} -DSYMBOL=${ARG_SYMBOL}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_files_script.cmake
    DEPENDS ${ARG_FILES} "${list_file}" ${PROJECT_SOURCE_DIR}/cmake/embed_files_script.cmake
    COMMENT "Embedding ${ARG_SYMBOL}"
    VERBATIM)
endfunction()

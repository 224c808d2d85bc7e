# Runs one libFuzzer binary for a bounded time (ctest: label "fuzz").
#
#   cmake -DFUZZER=<binary> -DCORPUS=<dir in the build tree> -DSEEDS=<dir>
#         [-DSEEDS2=<dir>] -DDICT=<file> -DSECONDS=<n> [-DFRESH=ON]
#         [-DMAX_LEN=<n>] [-DTIMEOUT=<s>] [-DRSS_LIMIT_MB=<n>] -P run_fuzzer.cmake
#
# CORPUS is the writable corpus (recreated empty, with the artifacts, when
# FRESH is ON); SEEDS and SEEDS2 are only read (libFuzzer adds new inputs to
# the first directory only). Crash, timeout and OOM reproducers go to
# CORPUS/../artifacts, so libFuzzer writes nothing outside the build tree.
foreach(var FUZZER CORPUS SEEDS DICT SECONDS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_fuzzer.cmake: ${var} is not set")
  endif()
endforeach()
get_filename_component(work "${CORPUS}" DIRECTORY)
set(artifacts "${work}/artifacts")
if(FRESH)
  file(REMOVE_RECURSE "${CORPUS}" "${artifacts}")
endif()
file(MAKE_DIRECTORY "${CORPUS}" "${artifacts}")
if(NOT DEFINED RSS_LIMIT_MB)
  set(RSS_LIMIT_MB 2048)
endif()
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 20)
endif()
set(cmd "${FUZZER}" "-max_total_time=${SECONDS}" "-rss_limit_mb=${RSS_LIMIT_MB}"
        "-timeout=${TIMEOUT}" "-dict=${DICT}" "-artifact_prefix=${artifacts}/"
        "-print_final_stats=1" "${CORPUS}" "${SEEDS}")
if(DEFINED SEEDS2 AND IS_DIRECTORY "${SEEDS2}")
  list(APPEND cmd "${SEEDS2}")
endif()
if(DEFINED MAX_LEN)
  list(INSERT cmd 1 "-max_len=${MAX_LEN}")
endif()
string(REPLACE ";" " " shown "${cmd}")
message(STATUS "${shown}")
execute_process(COMMAND ${cmd} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzzer failed (exit ${rc}); reproducers in ${artifacts}")
endif()

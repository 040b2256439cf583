# cs_set_warnings(target): the project's warning set, scoped to one target (never global), so that
# Debian's dlib/OpenCV headers (included as SYSTEM) do not trip it. Warnings become errors with
# CS_WARNINGS_AS_ERRORS=ON, which CI sets.
function(cs_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
                                           $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                                           -Wcast-align -Woverloaded-virtual)
  # (-Wnull-dereference is left out: with GCC 12 at -O3 it fires inside libstdc++ headers.)
  if(CS_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

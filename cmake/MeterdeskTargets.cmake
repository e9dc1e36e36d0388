# Shared helpers so that every folder's target is built the same way.

# Warnings are on for every project target; MD_WARNINGS_AS_ERRORS (set by the ci preset)
# turns them into errors so that nothing lands with a warning.
option(MD_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)

function(md_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
    if(MD_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
        # GCC 12 at -O2/-O3 reports std::string's `"text" + std::move(s)` as overlapping
        # memcpy (GCC bug 105329, a false positive in libstdc++'s own code): keep it a warning.
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
            target_compile_options(${target} PRIVATE -Wno-error=restrict)
        endif()
    endif()
endfunction()

# md_add_library(name FOLDER_INCLUDE dir SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
function(md_add_library name)
    cmake_parse_arguments(ARG "" "INCLUDE_ROOT" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_compile_features(${name} PUBLIC cxx_std_20)
    target_include_directories(${name} PUBLIC ${ARG_INCLUDE_ROOT})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    md_set_warnings(${name})
endfunction()

# md_add_qt_test(name SOURCES ... LIBS ... [LABELS ...] [FIXTURES ...] [ENVIRONMENT ...])
# One small executable per suite, registered with CTest. FIXTURES names the CTest
# fixtures (for example the PostgreSQL sandbox) that must be up while it runs.
function(md_add_qt_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    md_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}")
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()

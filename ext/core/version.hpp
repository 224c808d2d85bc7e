// The extension's version and build type, set by CMake.
#pragma once

#ifndef NATOCORPUS_VERSION
#define NATOCORPUS_VERSION "0.0.0"
#endif
#ifndef NATOCORPUS_BUILD_TYPE
#define NATOCORPUS_BUILD_TYPE "unknown"
#endif

namespace natocorpus::core {
inline constexpr const char* kVersion = NATOCORPUS_VERSION;
inline constexpr const char* kBuildType = NATOCORPUS_BUILD_TYPE;
}  // namespace natocorpus::core

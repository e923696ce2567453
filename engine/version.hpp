// The engine's version string (the CMake project version).
#pragma once

#include <string_view>

namespace toets {

std::string_view engine_version() noexcept;

}  // namespace toets

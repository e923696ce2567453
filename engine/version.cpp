// The engine's version, as recorded in every JSON receipt.
#include "engine/version.hpp"

namespace toets {

std::string_view engine_version() noexcept
{
   return TOETS_VERSION;
}

}  // namespace toets

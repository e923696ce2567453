// The four outcomes of a rule, and their words in both languages. A condition or check is met,
// not met or undetermined (data missing); an indicator without a realised value is not
// assessable, which is not red and not 0.
#pragma once

#include <cstdint>
#include <string_view>

namespace toets {

enum class Verdict : std::uint8_t { met, not_met, undetermined, not_assessable };

constexpr std::string_view verdict_words( Verdict v, bool dutch ) noexcept
{
   switch( v ) {
      case Verdict::met:
         return dutch ? "voldaan" : "met";
      case Verdict::not_met:
         return dutch ? "niet voldaan" : "not met";
      case Verdict::undetermined:
         return dutch ? "onbepaald" : "undetermined";
      case Verdict::not_assessable:
         return dutch ? "niet beoordeelbaar" : "not assessable";
   }
   return {};
}

// Stable snake_case names for JSON and golden files: met, not_met, undetermined, not_assessable.
constexpr std::string_view verdict_name( Verdict v ) noexcept
{
   switch( v ) {
      case Verdict::met:
         return "met";
      case Verdict::not_met:
         return "not_met";
      case Verdict::undetermined:
         return "undetermined";
      case Verdict::not_assessable:
         return "not_assessable";
   }
   return {};
}

}  // namespace toets

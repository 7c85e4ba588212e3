// What the fuzz targets share: the input as text, and the rule that a
// parser either returns or refuses with comptoir::Error. Anything else (a
// standard exception escaping, an Error of kind Internal, a sanitizer
// report, a trap) is a finding libFuzzer stops on and saves the input of.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace comptoir::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Stops the run with `why` on standard error: libFuzzer reports the trap as
// a crash and writes the input beside it.
[[noreturn]] inline void finding(const char* why) {
  std::fprintf(stderr, "fuzz finding: %s\n", why);
  __builtin_trap();
}

// Runs `parse`; a refusal (comptoir::Error) is an answer, except kind
// Internal, which the code reserves for its own bugs. Returns whether
// `parse` returned.
template <typename Parse>
bool parses(Parse&& parse) {
  try {
    parse();
    return true;
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::Internal) finding(e.what());
    return false;
  }
}

}  // namespace comptoir::fuzz

// SIREN numbers: anything accepted is nine digits.
#include "core/siren.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  const auto text = fuzz::as_text(data, size);
  if (!is_valid_siren(text)) return 0;
  if (text.size() != 9) fuzz::finding("a SIREN that is not nine characters was accepted");
  for (const char c : text) {
    if (c < '0' || c > '9') fuzz::finding("a SIREN with a non-digit was accepted");
  }
  return 0;
}

// Café business-plan scenarios (TOML): parsed from the fuzzer's bytes.
#include "forecast/scenario_toml.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  fuzz::parses([&] { (void)forecast::parse_cafe_scenario(fuzz::as_text(data, size), "fuzz.toml"); });
  return 0;
}

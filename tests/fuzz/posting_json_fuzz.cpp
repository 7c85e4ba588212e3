// Posting files in JSON (`post --file F.json`): read from the fuzzer's bytes.
#include <sstream>

#include "fuzz_support.hpp"
#include "input/posting_file_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  std::istringstream in{std::string(fuzz::as_text(data, size))};
  fuzz::parses([&] { cli::read_posting_json(in, "fuzz.json", [](Transaction&&, const std::string&) {}); });
  return 0;
}

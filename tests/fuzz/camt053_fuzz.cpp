// CAMT.053 bank statements (libxml2): read from the fuzzer's bytes.
#include "bank/bank_readers.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  fuzz::parses([&] { (void)read_camt053(fuzz::as_text(data, size), "fuzz.xml"); });
  return 0;
}

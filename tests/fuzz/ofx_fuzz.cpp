// OFX 1.x (SGML) and 2.x (XML) bank statements: read from the fuzzer's bytes.
#include "bank/bank_readers.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  fuzz::parses([&] { (void)read_ofx(fuzz::as_text(data, size), "fuzz.ofx"); });
  return 0;
}

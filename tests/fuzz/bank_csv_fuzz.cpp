// French banks' CSV exports: the fuzzer's bytes read with every embedded
// column profile (a few microseconds each), and the format detection that
// picks the reader.
#include "bank/bank_csv.hpp"
#include "bank/bank_readers.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  const auto text = fuzz::as_text(data, size);
  (void)detect_bank_format(text);
  for (const auto& profile : bank_csv_profiles()) {
    fuzz::parses([&] { (void)read_bank_csv(text, "fuzz.csv", profile); });
  }
  return 0;
}

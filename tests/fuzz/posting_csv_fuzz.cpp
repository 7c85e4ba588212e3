// Posting files in CSV (`post --file F.csv`): read from the fuzzer's bytes;
// each transaction read is checked to hold what a row must have.
#include <sstream>

#include "fuzz_support.hpp"
#include "input/posting_file_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  std::istringstream in{std::string(fuzz::as_text(data, size))};
  fuzz::parses([&] {
    cli::read_posting_csv(in, "fuzz.csv", [](Transaction&& t, const std::string&) {
      if (t.label.empty() || t.postings.empty()) fuzz::finding("a transaction without label or postings was read");
      for (const auto& p : t.postings) {
        if (p.account.empty()) fuzz::finding("a posting without account was read");
      }
    });
  });
  return 0;
}

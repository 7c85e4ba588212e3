// Amounts: Money::parse (posting files, Z reports, scenarios), the FEC
// reader's parse_fec_amount and exact rates (parse_rational). An amount read
// is written back and read again to the same cents.
#include <string>

#include "core/money.hpp"
#include "core/rational.hpp"
#include "fec/fec_format.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  const auto text = fuzz::as_text(data, size);
  Money money;
  if (fuzz::parses([&] { money = Money::parse(text); })) {
    Money again;
    if (!fuzz::parses([&] { again = Money::parse(money.to_string()); }) || again != money) {
      fuzz::finding("Money::parse does not read back to_string()");
    }
    if (!fuzz::parses([&] { again = Money::parse(money.to_french()); }) || again != money) {
      fuzz::finding("Money::parse does not read back to_french()");
    }
  }
  std::int64_t cents = 0;
  if (parse_fec_amount(text, cents) == nullptr) {
    std::int64_t again = 0;
    if (parse_fec_amount(Money::from_cents(cents).to_string(), again) != nullptr || again != cents) {
      fuzz::finding("parse_fec_amount does not read back Money::to_string()");
    }
  }
  fuzz::parses([&] { (void)parse_rational(text); });
  return 0;
}

// Dates: Date::parse (ISO, compact, French) and the FEC reader's
// parse_fec_date. A date read is written back in each form and read again
// to the same day.
#include "core/date.hpp"
#include "fec/fec_format.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  const auto text = fuzz::as_text(data, size);
  Date date;
  if (fuzz::parses([&] { date = Date::parse(text); })) {
    for (const auto& form : {date.iso(), date.compact(), date.french()}) {
      Date again;
      if (!fuzz::parses([&] { again = Date::parse(form); }) || again != date) {
        fuzz::finding("Date::parse does not read back a date it wrote");
      }
    }
  }
  std::int32_t days = 0;
  if (parse_fec_date(text, days) == nullptr) {
    std::int32_t again = 0;
    if (parse_fec_date(Date::from_days(days).compact(), again) != nullptr || again != days) {
      fuzz::finding("parse_fec_date does not read back Date::compact()");
    }
  }
  return 0;
}

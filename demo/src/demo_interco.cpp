// Demo books: the flows between the two associations, built by the same
// core function as `comptoir interco add` (build_interco_entries). RES
// re-invoices AT each month for shared direction staff time (kind staff:
// RES income 708400, AT cost 621400, no VAT: RES is not VAT-liable); both
// sides carry the tag interco=<pair id> so the combined view can eliminate
// them. AT settles quarterly by bank transfer (kind payment).
#include "demo_context.hpp"
#include "interco/interco_entries.hpp"

namespace comptoir {

void add_demo_interco(DemoContext& demo) {
  const auto kinds = default_interco_kinds();
  const auto rates = default_vat_rates();
  const Entity at = *demo.book().reader().entity("AT");
  const Entity res = *demo.book().reader().entity("RES");
  auto queue = [&](const InterCoFlow& flow, const Entity& from, const Entity& to) {
    InterCoEntries entries = build_interco_entries(flow, find_interco_kind(kinds, flow.kind), from, to, rates);
    demo.add(std::move(entries.from_side));
    demo.add(std::move(entries.to_side));
  };
  const Money monthly = euros(4000);
  for (int month = 1; month <= 12; ++month) {
    const std::string id = "IC-2025-" + two_digits(month);
    const Date date = Date::from_ymd(2025, static_cast<unsigned>(month), 1).end_of_month();
    queue({id,
           "RES",
           "AT",
           "staff",
           monthly,
           date,
           "Mise à disposition de la direction " + id,
           id,
           {{"activity", "direction"}}},
          res, at);
    if (month % 3 != 0 || month == 12) continue;  // the fourth quarter is still due at year end
    const std::string piece = "IC-2025-T" + std::to_string(month / 3);
    queue({piece,
           "AT",
           "RES",
           "payment",
           euros(12000),
           date.plus_days(10),
           "Règlement refacturations " + piece,
           piece,
           {}},
          at, res);
  }
}

}  // namespace comptoir

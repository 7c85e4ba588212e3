// Demo books: the flows between the two associations. RES re-invoices AT
// each month for shared direction staff time (RES income 708400, AT cost
// 621400, no VAT: RES is not VAT-liable); both halves carry the tag
// interco=<pair id> so the combined view can eliminate them. AT settles
// quarterly by bank transfer.
#include "demo_context.hpp"

namespace comptoir {

void add_demo_interco(DemoContext& demo) {
  const Money monthly = euros(4000);
  for (int month = 1; month <= 12; ++month) {
    const std::string id = "IC-2025-" + two_digits(month);
    const Tags tags = {{"interco", id}, {"activity", "direction"}};
    const Date date = Date::from_ymd(2025, static_cast<unsigned>(month), 1).end_of_month();
    const std::string label = "Mise à disposition de la direction " + id;
    Transaction income = demo_entry("RES", "VE", date, id, label);
    income.postings = {debit("411000", monthly, "IC-AT", tags), credit("708400", monthly, "", tags)};
    demo.add(std::move(income));
    Transaction cost = demo_entry("AT", "AC", date, id, label);
    cost.postings = {debit("621400", monthly, "", tags), credit("401000", monthly, "IC-RES", tags)};
    demo.add(std::move(cost));
    if (month % 3 != 0 || month == 12) continue;  // the fourth quarter is still due at year end
    const Money quarter = euros(12000);
    const Date paid = date.plus_days(10);
    const std::string piece = "IC-2025-T" + std::to_string(month / 3);
    const Tags settlement = {{"interco", piece}};
    Transaction out = demo_entry("AT", "BQ", paid, piece, "Règlement refacturations " + piece);
    out.postings = {debit("401000", quarter, "IC-RES", settlement), credit("512000", quarter)};
    demo.add(std::move(out));
    Transaction in = demo_entry("RES", "BQ", paid, piece, "Encaissement refacturations " + piece);
    in.postings = {debit("512000", quarter), credit("411000", quarter, "IC-AT", settlement)};
    demo.add(std::move(in));
  }
}

}  // namespace comptoir

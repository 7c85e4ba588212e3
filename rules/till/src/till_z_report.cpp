// Reading a Z-report CSV into typed days, refusing the whole file at the
// first line that does not add up.
#include "till/till_z_report.hpp"

#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "core/csv_reader.hpp"
#include "core/error.hpp"
#include "core/sha256.hpp"

namespace comptoir {
namespace {

[[noreturn]] void reject(const std::string& source, long line, const std::string& field, const std::string& reason) {
  throw Error(ErrorKind::InvalidInput, at_location(source, line, field) + ": " + reason);
}

std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

struct Columns {
  int date = -1, tour = -1, total = -1, cash = -1, card = -1, z_number = -1;
  std::vector<int> rates;  // parallel to the rate list
};

std::string known_codes(const std::vector<VatRate>& rates) {
  std::string out;
  for (const auto& r : rates) out += (out.empty() ? "" : ", ") + ("ttc_" + r.code);
  return out;
}

Columns map_columns(const CsvRecord& header_record, const CsvHeader& header, const std::string& source,
                    const std::vector<VatRate>& rates) {
  for (const auto& name : header_record.fields) {
    const std::string key = lower(name);
    if (key.rfind("ttc_", 0) == 0 && find_vat_rate(rates, key.substr(4)) == nullptr) {
      reject(source, header_record.line, name,
             "unknown VAT rate '" + key.substr(4) + "' (known: " + known_codes(rates) + ")");
    }
  }
  Columns c;
  c.date = header.index("date", true);
  c.tour = header.index("tour", true);
  c.total = header.index("total_ttc", true);
  c.cash = header.index("cash", true);
  c.card = header.index("card", true);
  c.z_number = header.index("z_number", false);
  std::vector<std::string> known{"date", "tour", "total_ttc", "cash", "card", "z_number"};
  for (const auto& r : rates) {
    c.rates.push_back(header.index("ttc_" + r.code, true));
    known.push_back("ttc_" + r.code);
  }
  header.check_known(known);
  return c;
}

Money amount(const CsvHeader& header, const CsvRecord& record, int column, const std::string& name,
             const std::string& source) {
  const std::string& text = header.field(record, column);
  Money m;
  try {
    m = Money::parse(text);
  } catch (const Error& e) {
    reject(source, record.line, name, e.what());
  }
  if (m.is_negative()) reject(source, record.line, name, "negative amount " + text);
  return m;
}

TillDay read_day(const CsvHeader& header, const CsvRecord& record, const Columns& c, const std::string& source,
                 const std::vector<VatRate>& rates) {
  TillDay day;
  day.line = record.line;
  try {
    day.date = Date::parse(header.field(record, c.date));
  } catch (const Error& e) {
    reject(source, record.line, "date", e.what());
  }
  day.tour = header.field(record, c.tour);
  if (day.tour.empty()) reject(source, record.line, "tour", "empty");
  day.total_ttc = amount(header, record, c.total, "total_ttc", source);
  Money by_rate;
  for (std::size_t i = 0; i < rates.size(); ++i) {
    day.ttc_by_rate.push_back(amount(header, record, c.rates[i], "ttc_" + rates[i].code, source));
    by_rate += day.ttc_by_rate.back();
  }
  day.cash = amount(header, record, c.cash, "cash", source);
  day.card = amount(header, record, c.card, "card", source);
  day.z_number = header.field(record, c.z_number);
  if (by_rate != day.total_ttc) {
    reject(source, record.line, "total_ttc",
           "the rates add up to " + by_rate.to_string() + ", not " + day.total_ttc.to_string());
  }
  if (day.cash + day.card != day.total_ttc) {
    reject(source, record.line, "card",
           "cash + card = " + (day.cash + day.card).to_string() + ", not total_ttc " + day.total_ttc.to_string());
  }
  return day;
}

}  // namespace

TillZReport parse_till_z_report(std::string_view content, const std::string& source,
                                const std::vector<VatRate>& rates) {
  TillZReport report{source, sha256_hex(content), {}};
  std::istringstream in{std::string(content)};
  std::optional<CsvHeader> header;
  Columns columns;
  std::set<std::pair<Date, std::string>> seen;
  read_csv(in, source, csv_delimiter_of(content), [&](const CsvRecord& record) {
    if (!header) {
      header.emplace(record, source);
      columns = map_columns(record, *header, source, rates);
      return;
    }
    TillDay day = read_day(*header, record, columns, source, rates);
    if (!seen.emplace(day.date, day.tour).second) {
      reject(source, record.line, "date", "day " + day.date.iso() + " of tour " + day.tour + " appears twice");
    }
    report.days.push_back(std::move(day));
  });
  if (report.days.empty()) throw Error(ErrorKind::InvalidInput, source + ": no till day in the file");
  return report;
}

}  // namespace comptoir

// VAT rates are data, not code: parsed from CSV text with exact rates.
#include "vat/vat_rate.hpp"

#include <optional>
#include <sstream>
#include <string_view>

#include "core/csv_reader.hpp"
#include "core/error.hpp"

// The data files of this library (data/), embedded at build time.
namespace comptoir_vat_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

[[noreturn]] void reject(const std::string& source, long line, const std::string& field, const std::string& reason) {
  throw Error(ErrorKind::InvalidInput, at_location(source, line, field) + ": " + reason);
}

VatRate parse_row(const CsvHeader& header, const CsvRecord& record, const std::string& source) {
  VatRate rate;
  rate.code = header.field(record, header.index("code", true));
  if (rate.code.empty()) reject(source, record.line, "code", "empty");
  const std::string& text = header.field(record, header.index("rate", true));
  try {
    rate.rate = parse_rational(text);
  } catch (const Error& e) {
    reject(source, record.line, "rate", e.what());
  }
  if (rate.rate <= 0 || rate.rate >= 1) {
    reject(source, record.line, "rate", "'" + text + "' is not in ]0, 1[");
  }
  rate.sales_account = header.field(record, header.index("sales_account", true));
  rate.vat_account = header.field(record, header.index("vat_account", true));
  rate.label = header.field(record, header.index("label", false));
  return rate;
}

}  // namespace

std::vector<VatRate> parse_vat_rates(std::string_view text, const std::string& source) {
  std::istringstream in{std::string(text)};
  std::vector<VatRate> rates;
  std::optional<CsvHeader> header;
  read_csv(in, source, ',', [&](const CsvRecord& record) {
    if (!header) {
      header.emplace(record, source);
      return;
    }
    VatRate rate = parse_row(*header, record, source);
    if (find_vat_rate(rates, rate.code) != nullptr) {
      reject(source, record.line, "code", "duplicate rate " + rate.code);
    }
    rates.push_back(std::move(rate));
  });
  if (rates.empty()) throw Error(ErrorKind::InvalidInput, source + ": no VAT rate");
  return rates;
}

std::vector<VatRate> default_vat_rates() {
  return parse_vat_rates(comptoir_vat_data::embedded("vat_rates.csv"), "vat_rates.csv");
}

const VatRate* find_vat_rate(const std::vector<VatRate>& rates, std::string_view code) {
  for (const auto& rate : rates) {
    if (rate.code == code) return &rate;
  }
  return nullptr;
}

}  // namespace comptoir

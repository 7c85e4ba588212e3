// CA3 main lines in whole euros; see vat_return.hpp for the rounding rule.
#include <map>
#include <string_view>

#include "core/error.hpp"
#include "core/semicolon_lines.hpp"
#include "vat/vat_return.hpp"

// The data files of this library (data/), embedded at build time.
namespace comptoir_vat_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

struct RateLine {
  std::string line, label_fr, label_en;
};

std::map<std::string, RateLine> rate_lines() {
  std::map<std::string, RateLine> lines;
  for_each_semicolon_line(comptoir_vat_data::embedded("vat_ca3_lines.csv"), "vat_ca3_lines.csv",
                          [&](const std::vector<std::string>& f, long line) {
                            if (f.at(0) == "rate_code") return;
                            if (f.size() != 4) {
                              throw Error(ErrorKind::Internal,
                                          at_location("vat_ca3_lines.csv", line, "") + ": 4 fields expected");
                            }
                            lines[f[0]] = {f[1], f[2], f[3]};
                          });
  return lines;
}

}  // namespace

// Rounding euros/100 to the cent is rounding euros to the unit; its "cents" are whole euros.
std::int64_t whole_euros(Money amount) {
  return Money::round(amount.to_rational() / 100, RoundingMode::HalfUp).cents();
}

std::vector<Ca3Line> ca3_lines(const VatStatement& s) {
  std::vector<Ca3Line> out;
  Money bases;
  for (const auto& c : s.collected) bases += c.base;
  out.push_back({"A1", "Ventes, prestations de services", "Sales and services", whole_euros(bases), 0});
  const auto by_rate = rate_lines();
  std::int64_t gross = 0;
  bool standard_rate_seen = false;
  for (const auto& c : s.collected) {
    const auto it = by_rate.find(c.rate_code);
    Ca3Line l = it != by_rate.end()
                    ? Ca3Line{it->second.line, it->second.label_fr, it->second.label_en, whole_euros(c.base), 0}
                    : Ca3Line{"?", "TVA collectée, taux inconnu (" + c.vat_account + ")",
                              "VAT collected, unknown rate (" + c.vat_account + ")", std::nullopt, 0};
    l.tax = whole_euros(c.vat);
    gross += l.tax;
    standard_rate_seen = standard_rate_seen || l.line == "08";
    out.push_back(l);
  }
  if (!standard_rate_seen) out.insert(out.begin() + 1, {"08", "Taux normal 20 %", "Standard rate 20 %", 0, 0});
  out.push_back({"16", "Total de la TVA brute due", "Total gross VAT", std::nullopt, gross});
  const std::int64_t assets = whole_euros(s.fixed_assets);
  const std::int64_t goods = whole_euros(s.goods_and_services);
  const std::int64_t carried = whole_euros(s.credit_brought_forward);
  if (assets != 0) out.push_back({"19", "Biens constituant des immobilisations", "Fixed assets", std::nullopt, assets});
  out.push_back({"20", "Autres biens et services", "Other goods and services", std::nullopt, goods});
  if (carried != 0) {
    out.push_back({"22", "Report du crédit apparaissant ligne 27 de la précédente déclaration",
                   "Credit brought forward", std::nullopt, carried});
  }
  const std::int64_t deductible = assets + goods + carried;
  out.push_back({"23", "Total TVA déductible", "Total deductible VAT", std::nullopt, deductible});
  if (deductible > gross) {
    out.push_back({"25", "Crédit de TVA", "VAT credit", std::nullopt, deductible - gross});
    out.push_back({"27", "Crédit à reporter", "Credit carried forward", std::nullopt, deductible - gross});
  } else {
    out.push_back({"28", "TVA nette due", "Net VAT due", std::nullopt, gross - deductible});
    out.push_back({"32", "Total à payer", "Total to pay", std::nullopt, gross - deductible});
  }
  return out;
}

}  // namespace comptoir

// Inter-association flow kinds are data: parsed from interco_kinds.csv.
#include "core/error.hpp"
#include "core/semicolon_lines.hpp"
#include "interco/interco_entries.hpp"

// The data files of this library (data/), embedded at build time.
namespace comptoir_interco_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {

std::vector<InterCoKind> parse_interco_kinds(std::string_view text, std::string_view source) {
  std::vector<InterCoKind> kinds;
  for_each_semicolon_line(text, source, [&](const std::vector<std::string>& f, long line) {
    if (f.at(0) == "kind") return;  // header
    const std::string where = at_location(std::string(source), line, "");
    if (f.size() < 8 || f.size() > 9) throw Error(ErrorKind::InvalidInput, where + ": 9 fields expected");
    InterCoKind k{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f.size() == 9 ? f[8] : ""};
    for (const auto* account : {&k.from_debit, &k.from_credit, &k.to_debit, &k.to_credit}) {
      if (account->size() < 6) throw Error(ErrorKind::InvalidInput, where + ": '" + *account + "' is not an account");
    }
    if (!k.vat_rate.empty() && (k.from_credit[0] != '7' || k.from_debit[0] != '4' || k.to_credit[0] != '4')) {
      throw Error(ErrorKind::InvalidInput, where +
                                               ": a kind with VAT must credit income (7) on the from side "
                                               "against third-party accounts (4) on both sides");
    }
    for (const auto& other : kinds) {
      if (other.code == k.code) throw Error(ErrorKind::InvalidInput, where + ": duplicate kind " + k.code);
    }
    kinds.push_back(std::move(k));
  });
  return kinds;
}

std::vector<InterCoKind> default_interco_kinds() {
  return parse_interco_kinds(comptoir_interco_data::embedded("interco_kinds.csv"), "interco_kinds.csv");
}

const InterCoKind& find_interco_kind(const std::vector<InterCoKind>& kinds, std::string_view code) {
  std::string known;
  for (const auto& k : kinds) {
    if (k.code == code) return k;
    known += (known.empty() ? "" : ", ") + k.code;
  }
  throw Error(ErrorKind::InvalidInput,
              "unknown inter-association kind '" + std::string(code) + "' (known: " + known + ")");
}

}  // namespace comptoir

// The budget lines as data and the budget file (see grant_budget.hpp).
#include "grants/grant_budget.hpp"

#include <map>
#include <set>
#include <sstream>

#include "core/csv_reader.hpp"
#include "core/error.hpp"
#include "core/semicolon_lines.hpp"

namespace comptoir_grants_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

BudgetSide parse_side(const std::string& text, const std::string& where) {
  if (text == "charge") return BudgetSide::Charge;
  if (text == "produit") return BudgetSide::Produit;
  if (text == "cvn_charge") return BudgetSide::CvnCharge;
  if (text == "cvn_produit") return BudgetSide::CvnProduit;
  throw Error(ErrorKind::InvalidInput, where + ": unknown side '" + text + "'");
}

[[noreturn]] void reject(const std::string& source, long line, const std::string& field, const std::string& reason) {
  throw Error(ErrorKind::InvalidInput, at_location(source, line, field) + ": " + reason);
}

// "10", "7,5", "7.5 %", "1/3" as a share of 1 (0.1, 0.075...).
Rational parse_percentage(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '%')) text.pop_back();
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  return parse_rational(text) / 100;
}

}  // namespace

std::string to_string(BudgetSide side) {
  switch (side) {
    case BudgetSide::Charge:
      return "charge";
    case BudgetSide::Produit:
      return "produit";
    case BudgetSide::CvnCharge:
      return "cvn_charge";
    case BudgetSide::CvnProduit:
      return "cvn_produit";
  }
  return "charge";
}

BudgetNatures BudgetNatures::parse(std::string_view text, std::string_view source) {
  BudgetNatures natures;
  std::set<std::string> prefixes;
  for_each_semicolon_line(text, source, [&](const std::vector<std::string>& f, long line) {
    const std::string where = at_location(std::string(source), line, "");
    if (!f.empty() && f[0] == "line") return;  // the header
    if (f.size() != 3) throw Error(ErrorKind::InvalidInput, where + ": expected line;side;accounts");
    BudgetNature nature{f[0], parse_side(f[1], where), {}};
    if (nature.line.empty() || natures.find(nature.line)) {
      throw Error(ErrorKind::InvalidInput, where + ": line id '" + nature.line + "' is empty or used twice");
    }
    std::istringstream words(f[2]);
    for (std::string p; words >> p;) {
      if (p.find_first_not_of("0123456789") != std::string::npos || !prefixes.insert(p).second) {
        throw Error(ErrorKind::InvalidInput, where + ": '" + p + "' is not a prefix or is on another line");
      }
      nature.prefixes.push_back(p);
    }
    if (nature.prefixes.empty()) throw Error(ErrorKind::InvalidInput, where + ": a line needs accounts");
    natures.lines_.push_back(std::move(nature));
  });
  return natures;
}

const BudgetNatures& BudgetNatures::standard() {
  static const BudgetNatures natures =
      parse(comptoir_grants_data::embedded("budget_lines.csv"), "budget_lines.csv");  // immutable once read
  return natures;
}

std::optional<std::size_t> BudgetNatures::find(std::string_view line) const {
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (lines_[i].line == line) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> BudgetNatures::line_for(std::string_view account) const {
  std::optional<std::size_t> best;
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    for (const auto& p : lines_[i].prefixes) {
      if (account.starts_with(p) && p.size() > best_length) {
        best = i;
        best_length = p.size();
      }
    }
  }
  return best;
}

std::string BudgetNatures::ids() const {
  std::string out;
  for (const auto& n : lines_) out += (out.empty() ? "" : ", ") + n.line;
  return out;
}

GrantBudget parse_grant_budget(std::string_view content, const std::string& source, const BudgetNatures& natures) {
  GrantBudget budget;
  std::istringstream in{std::string(content)};
  std::optional<CsvHeader> header;
  int line_column = -1;
  int amount_column = -1;
  int detail_column = -1;
  std::map<std::string, long> seen;  // line id -> file line
  read_csv(in, source, csv_delimiter_of(content), [&](const CsvRecord& record) {
    if (!header) {
      header.emplace(record, source);
      header->check_known({"line", "amount", "detail"});
      line_column = header->index("line", true);
      amount_column = header->index("amount", true);
      detail_column = header->index("detail", false);
      return;
    }
    const std::string& id = header->field(record, line_column);
    const std::string& amount_text = header->field(record, amount_column);
    const std::string& detail = header->field(record, detail_column);
    if (const auto first = seen.find(id); first != seen.end()) {
      reject(source, record.line, "line",
             "'" + id + "' is already on line " + std::to_string(first->second) + " (one row per line)");
    }
    seen.emplace(id, record.line);
    if (id == "comment") {
      budget.comment = detail;
      return;
    }
    if (id == "indirect_rate") {
      try {
        budget.indirect_rate = parse_percentage(amount_text);
      } catch (const Error& e) {
        reject(source, record.line, "amount", std::string("the indirect rate: ") + e.what());
      }
      if (budget.indirect_rate < 0 || budget.indirect_rate > 1) {
        reject(source, record.line, "amount",
               "the indirect rate must be a percentage from 0 to 100, got " + amount_text);
      }
      return;
    }
    if (!natures.find(id)) {
      reject(source, record.line, "line",
             "unknown budget line '" + id + "' (expected one of " + natures.ids() + ", indirect_rate, comment)");
    }
    GrantBudgetLine line{id, {}, detail};
    try {
      line.amount = Money::parse(amount_text);
    } catch (const Error& e) {
      reject(source, record.line, "amount", e.what());
    }
    if (line.amount.is_negative()) reject(source, record.line, "amount", "negative amount " + amount_text);
    budget.lines.push_back(std::move(line));
  });
  if (budget.lines.empty()) throw Error(ErrorKind::InvalidInput, source + ": no budget line");
  return budget;
}

}  // namespace comptoir

// Parsing, matching and evaluating a statement layout (see
// statement_layout.hpp and the comments of reports/data/*.csv).
#include "reports/statement_layout.hpp"

#include <set>
#include <sstream>

#include "core/error.hpp"
#include "core/semicolon_lines.hpp"

namespace comptoir_reports_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

LayoutRowKind parse_kind(const std::string& text, const std::string& where) {
  if (text == "heading") return LayoutRowKind::Heading;
  if (text == "line") return LayoutRowKind::Line;
  if (text == "year_result") return LayoutRowKind::YearResult;
  if (text == "total") return LayoutRowKind::Total;
  if (text == "result") return LayoutRowKind::Result;
  throw Error(ErrorKind::InvalidInput, where + ": unknown kind '" + text + "'");
}

LayoutPrefix parse_prefix(std::string text, const std::string& where) {
  LayoutPrefix p;
  if (text.ends_with("/D") || text.ends_with("/C")) {
    p.side = text.back() == 'D' ? BalanceSide::Debit : BalanceSide::Credit;
    text.resize(text.size() - 2);
  }
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(ErrorKind::InvalidInput, where + ": '" + text + "' is not an account prefix");
  }
  p.prefix = std::move(text);
  return p;
}

bool is_formula_kind(LayoutRowKind kind) {
  return kind == LayoutRowKind::Total || kind == LayoutRowKind::Result;
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace

StatementLayout StatementLayout::parse(std::string_view text, std::string_view source, bool with_side) {
  StatementLayout layout;
  std::set<std::string> ids;
  std::set<std::string> prefixes;  // "512/C", "102/"
  const std::size_t fields_wanted = 5;
  for_each_semicolon_line(text, source, [&](const std::vector<std::string>& f, long line) {
    const std::string where = at_location(std::string(source), line, "");
    if (!f.empty() && f[0] == "row") return;  // the header
    if (f.size() != fields_wanted) {
      throw Error(ErrorKind::InvalidInput, where + ": expected 5 fields, found " + std::to_string(f.size()));
    }
    LayoutRow row;
    row.id = f[0];
    if (row.id.empty() || !ids.insert(row.id).second) {
      throw Error(ErrorKind::InvalidInput, where + ": row id '" + row.id + "' is empty or used twice");
    }
    row.kind = parse_kind(f[with_side ? 2 : 1], where);
    if (with_side) {
      row.side = f[1];
      if (row.side != "actif" && row.side != "passif") {
        throw Error(ErrorKind::InvalidInput, where + ": side must be actif or passif");
      }
      row.credit_positive = row.side == "passif";
    } else if (row.kind == LayoutRowKind::Line) {
      if (f[2] != "credit" && f[2] != "debit") {
        throw Error(ErrorKind::InvalidInput, where + ": a line's sign must be credit or debit");
      }
      row.credit_positive = f[2] == "credit";
    }
    for (const auto& w : words(f[3])) {
      if (row.kind != LayoutRowKind::Line) throw Error(ErrorKind::InvalidInput, where + ": only a line has accounts");
      LayoutPrefix p = parse_prefix(w, where);
      const std::string key =
          p.prefix + "/" + (p.side == BalanceSide::Debit ? "D" : "") + (p.side == BalanceSide::Credit ? "C" : "");
      const bool clash =
          !prefixes.insert(key).second ||
          (p.side == BalanceSide::Any ? prefixes.contains(p.prefix + "/D") || prefixes.contains(p.prefix + "/C")
                                      : prefixes.contains(p.prefix + "/"));
      if (clash) throw Error(ErrorKind::InvalidInput, where + ": prefix " + w + " is already on another row");
      row.prefixes.push_back(std::move(p));
    }
    for (const auto& w : words(f[4])) {
      if (!is_formula_kind(row.kind) || (w[0] != '+' && w[0] != '-') || w.size() < 2) {
        throw Error(ErrorKind::InvalidInput, where + ": bad formula term '" + w + "'");
      }
      LayoutTerm term;
      term.subtract = w[0] == '-';
      const std::string name = w.substr(1);
      if (name.ends_with(".*")) {
        term.pattern = name.substr(0, name.size() - 1);
      } else {
        for (std::size_t i = 0; i < layout.rows_.size(); ++i) {
          if (layout.rows_[i].id == name) term.row = i;
        }
        if (!term.row) throw Error(ErrorKind::InvalidInput, where + ": the formula names '" + name + "', not above");
      }
      row.formula.push_back(std::move(term));
    }
    if (is_formula_kind(row.kind) && row.formula.empty()) {
      throw Error(ErrorKind::InvalidInput, where + ": a " + f[with_side ? 2 : 1] + " needs a formula");
    }
    layout.rows_.push_back(std::move(row));
  });
  return layout;
}

StatementLayout StatementLayout::income_statement() {
  return parse(comptoir_reports_data::embedded("income_statement.csv"), "income_statement.csv", false);
}

StatementLayout StatementLayout::balance_sheet() {
  return parse(comptoir_reports_data::embedded("balance_sheet.csv"), "balance_sheet.csv", true);
}

std::size_t StatementLayout::index(std::string_view id) const {
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].id == id) return i;
  }
  throw Error(ErrorKind::Internal, "the statement layout has no row '" + std::string(id) + "'");
}

std::optional<LayoutPrefix> StatementLayout::prefix_for(std::string_view account, Money balance) const {
  const BalanceSide side = balance.is_negative() ? BalanceSide::Credit : BalanceSide::Debit;
  std::optional<LayoutPrefix> best;
  for (const auto& row : rows_) {
    for (const auto& p : row.prefixes) {
      if (p.side != BalanceSide::Any && p.side != side) continue;
      if (!account.starts_with(p.prefix)) continue;
      if (!best || p.prefix.size() > best->prefix.size()) best = p;
    }
  }
  return best;
}

std::optional<std::size_t> StatementLayout::row_for(std::string_view account, Money balance) const {
  const auto best = prefix_for(account, balance);
  if (!best) return std::nullopt;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    for (const auto& p : rows_[i].prefixes) {
      if (p.prefix == best->prefix && p.side == best->side) return i;
    }
  }
  return std::nullopt;
}

void StatementLayout::evaluate(std::vector<Money>& amounts) const {
  if (amounts.size() != rows_.size()) throw Error(ErrorKind::Internal, "one amount per statement row expected");
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (!is_formula_kind(rows_[i].kind)) continue;
    Money sum;
    for (const auto& term : rows_[i].formula) {
      Money part;
      if (term.row) {
        part = amounts[*term.row];
      } else {
        for (std::size_t j = 0; j < i; ++j) {
          const bool summed = rows_[j].kind == LayoutRowKind::Line || rows_[j].kind == LayoutRowKind::YearResult;
          if (summed && rows_[j].id.starts_with(term.pattern)) part += amounts[j];
        }
      }
      sum += term.subtract ? -part : part;
    }
    amounts[i] = sum;
  }
}

}  // namespace comptoir

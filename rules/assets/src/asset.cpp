// Asset checks, the depreciation accounts (data) and the straight-line
// schedule prorata temporis (see asset.hpp for the rounding).
#include "assets/asset.hpp"

#include <algorithm>
#include <utility>

#include "core/error.hpp"
#include "core/rational.hpp"
#include "core/semicolon_lines.hpp"

// The data files of this library (data/), embedded at build time.
namespace comptoir_assets_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

constexpr int max_life_years = 100;

void refuse(const Asset& a, const std::string& why) {
  throw Error(ErrorKind::InvalidInput, "asset " + a.code + ": " + why);
}

int days_between(Date from, Date to) {
  return to.days() - from.days() + 1;
}

// Days of the 12 months that end on `year`'s last day: what a full year of
// depreciation is measured against (365 or 366).
int twelve_month_days(const FiscalYear& year) {
  const FiscalYear twelve = fiscal_year_ending_in(year.year, year);
  return days_between(twelve.start, year.end);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void check_asset(const Asset& a) {
  if (a.code.empty()) throw Error(ErrorKind::InvalidInput, "an asset needs a code");
  if (a.label.empty()) refuse(a, "the label is empty");
  if (a.cost.is_negative() || a.cost.is_zero()) refuse(a, "the cost must be positive, got " + a.cost.to_string());
  if (a.life_years <= 0 || a.life_years > max_life_years) {
    refuse(a, "the useful life must be 1 to " + std::to_string(max_life_years) + " years, got " +
                  std::to_string(a.life_years));
  }
  if (a.residual.is_negative()) refuse(a, "the residual value may not be negative, got " + a.residual.to_string());
  if (a.residual >= a.cost) {
    refuse(a, "the residual value " + a.residual.to_string() + " must be less than the cost " + a.cost.to_string());
  }
  if (a.subsidy) {
    const std::string& account = a.subsidy->account;
    if (!all_digits(account) || account.rfind("13", 0) != 0 || account.rfind("139", 0) == 0) {
      refuse(a, "the subsidy account '" + account + "' is not an investment subsidy account (13x other than 139)");
    }
    if (a.subsidy->amount.is_negative() || a.subsidy->amount.is_zero() || a.subsidy->amount > a.cost) {
      refuse(a, "the subsidy " + a.subsidy->amount.to_string() + " must be positive and at most the cost " +
                    a.cost.to_string());
    }
  }
  if (a.disposal) {
    if (a.disposal->date < a.in_service) {
      refuse(a, "disposal on " + a.disposal->date.iso() + " is before the service date " + a.in_service.iso());
    }
    if (a.disposal->price.is_negative()) {
      refuse(a, "the disposal price may not be negative, got " + a.disposal->price.to_string());
    }
  }
}

std::vector<DepreciationAccounts> parse_depreciation_accounts(std::string_view text, std::string_view source) {
  std::vector<DepreciationAccounts> table;
  for_each_semicolon_line(text, source, [&](const std::vector<std::string>& f, long line) {
    if (f.at(0) == "prefix") return;  // header
    const std::string where = at_location(std::string(source), line, "");
    if (f.size() != 3) throw Error(ErrorKind::InvalidInput, where + ": 3 fields expected");
    DepreciationAccounts row{f[0], f[1], f[2]};
    if (!all_digits(row.prefix) || row.prefix[0] != '2') {
      throw Error(ErrorKind::InvalidInput, where + ": '" + row.prefix + "' is not a class-2 prefix");
    }
    if (!all_digits(row.depreciation_account) || row.depreciation_account.rfind("28", 0) != 0) {
      throw Error(ErrorKind::InvalidInput, where + ": '" + row.depreciation_account + "' is not a 28x account");
    }
    if (!all_digits(row.expense_account) || row.expense_account.rfind("68", 0) != 0) {
      throw Error(ErrorKind::InvalidInput, where + ": '" + row.expense_account + "' is not a 68x account");
    }
    for (const auto& other : table) {
      if (other.prefix == row.prefix) throw Error(ErrorKind::InvalidInput, where + ": duplicate prefix " + row.prefix);
    }
    table.push_back(std::move(row));
  });
  return table;
}

const std::vector<DepreciationAccounts>& default_depreciation_accounts() {
  static const std::vector<DepreciationAccounts> table = parse_depreciation_accounts(
      comptoir_assets_data::embedded("depreciation_accounts.csv"), "depreciation_accounts.csv");
  return table;
}

AssetAccounts parse_asset_accounts(std::string_view text, std::string_view source) {
  AssetAccounts accounts;
  const std::pair<const char*, std::string*> roles[] = {{"disposal_book_value", &accounts.disposal_book_value},
                                                        {"disposal_proceeds", &accounts.disposal_proceeds},
                                                        {"disposal_receivable", &accounts.disposal_receivable},
                                                        {"subsidy_released", &accounts.subsidy_released},
                                                        {"subsidy_income", &accounts.subsidy_income}};
  for_each_semicolon_line(text, source, [&](const std::vector<std::string>& f, long line) {
    if (f.at(0) == "role") return;  // header
    const std::string where = at_location(std::string(source), line, "");
    if (f.size() != 2) throw Error(ErrorKind::InvalidInput, where + ": 2 fields expected");
    if (!all_digits(f[1])) throw Error(ErrorKind::InvalidInput, where + ": '" + f[1] + "' is not an account number");
    for (const auto& [role, account] : roles) {
      if (f[0] != role) continue;
      if (!account->empty()) throw Error(ErrorKind::InvalidInput, where + ": role " + f[0] + " given twice");
      *account = f[1];
      return;
    }
    throw Error(ErrorKind::InvalidInput, where + ": unknown role '" + f[0] + "'");
  });
  for (const auto& [role, account] : roles) {
    if (account->empty()) {
      throw Error(ErrorKind::InvalidInput, std::string(source) + ": no account for role " + role);
    }
  }
  return accounts;
}

const AssetAccounts& default_asset_accounts() {
  static const AssetAccounts accounts =
      parse_asset_accounts(comptoir_assets_data::embedded("asset_accounts.csv"), "asset_accounts.csv");
  return accounts;
}

Money subsidy_release(const Asset& asset, const DepreciationYear& line) {
  if (!asset.subsidy) return {};
  const Rational subsidy = asset.subsidy->amount.to_rational();
  const Rational base = asset.depreciable_base().to_rational();
  auto share = [&](Money accumulated) {
    return Money::round(subsidy * accumulated.to_rational() / base, RoundingMode::HalfUp);
  };
  const Money released_before = share(line.opening);
  if (line.disposed) return asset.subsidy->amount - released_before;
  return share(line.closing) - released_before;
}

std::optional<DepreciationAccounts> depreciation_accounts_for(const std::vector<DepreciationAccounts>& table,
                                                              std::string_view account) {
  const DepreciationAccounts* best = nullptr;
  for (const auto& row : table) {
    if (account.substr(0, row.prefix.size()) == row.prefix && (!best || row.prefix.size() > best->prefix.size())) {
      best = &row;
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

std::vector<DepreciationYear> depreciation_schedule(const Asset& asset, const std::vector<FiscalYear>& years) {
  check_asset(asset);
  const Money base = asset.depreciable_base();
  const Rational annual = base.to_rational() / asset.life_years;
  std::vector<DepreciationYear> schedule;
  Rational exact;  // accumulated depreciation, exact
  Money previous;
  const Date life_end = asset.in_service.plus_months(12 * asset.life_years).plus_days(-1);
  // Each 12-month year adds one annual charge: life + 1 years always reach
  // the base (a first year may be shorter); the bound only guards a bug.
  const int max_years = asset.life_years + 3;
  for (int label = fiscal_year_label_of(years, asset.in_service);; ++label) {
    if (static_cast<int>(schedule.size()) > max_years) {
      throw Error(ErrorKind::Internal, "asset " + asset.code + ": the schedule does not end");
    }
    const FiscalYear year = fiscal_year_named(years, label);
    if (year.end < asset.in_service) continue;
    const Date from = std::max(asset.in_service, year.start);
    const bool disposed = asset.disposal && asset.disposal->date <= year.end;
    Date to = std::min(year.end, life_end);
    if (disposed) to = std::min(to, asset.disposal->date);
    const int days = days_between(from, to);
    exact += annual * days / twelve_month_days(year);
    // The year the life ends takes the remainder (leap days may leave a
    // cent or two either way); none goes beyond the base.
    const bool life_over = to == life_end;
    const Money closing = life_over || exact >= base.to_rational() ? base : Money::round(exact, RoundingMode::HalfUp);
    DepreciationYear row{year, days, previous, closing - previous, closing, asset.cost - closing, disposed};
    schedule.push_back(row);
    previous = closing;
    if (disposed || closing == base) break;
  }
  return schedule;
}

std::optional<DepreciationYear> depreciation_in_year(const Asset& asset, const std::vector<FiscalYear>& years,
                                                     const FiscalYear& year) {
  if (asset.in_service > year.end) return std::nullopt;
  if (asset.disposal && asset.disposal->date < year.start) return std::nullopt;
  Money opening;
  for (const auto& row : depreciation_schedule(asset, years)) {
    if (row.year.year == year.year) return row;
    if (row.year.end < year.start) opening = row.closing;
  }
  const bool disposed = asset.disposal && asset.disposal->date <= year.end;
  return DepreciationYear{year, 0, opening, Money(), opening, asset.cost - opening, disposed};
}

}  // namespace comptoir

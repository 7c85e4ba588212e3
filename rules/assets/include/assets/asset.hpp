// A fixed asset (immobilisation) of the register, its depreciation accounts
// (data/depreciation_accounts.csv) and its straight-line depreciation
// schedule prorata temporis over an entity's fiscal years.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/fiscal_year.hpp"
#include "core/money.hpp"

namespace comptoir {

struct AssetDisposal {
  Date date;    // depreciation runs to this day (included)
  Money price;  // what the asset was sold for (0 when scrapped)
};

// An investment subsidy (subvention d'investissement, 13x) that financed
// the asset: the closing releases it to the result (Dr 139 / Cr 747) at the
// asset's depreciation rate, the rest the year it is disposed of.
struct InvestmentSubsidy {
  std::string account;  // 13x of the chart, not 139: where the grant was credited
  Money amount;         // > 0, at most the cost
};

struct Asset {
  std::string code;     // unique in the book, e.g. "PC-2025-01"
  std::string entity;   // AT or RES
  std::string label;    // "Ordinateur portable"
  std::string account;  // class-2 account of the entity's chart, e.g. 218300
  Date in_service;      // date put in service: depreciation starts that day
  Money cost;           // acquisition cost, > 0
  int life_years = 0;   // useful life in years, > 0
  Money residual;       // residual value, 0 <= residual < cost
  std::optional<AssetDisposal> disposal;
  std::optional<InvestmentSubsidy> subsidy;

  // What is depreciated: cost − residual value.
  [[nodiscard]] Money depreciable_base() const { return cost - residual; }
};

// Throws Error(InvalidInput) naming the asset on an empty code or label, a
// cost <= 0, a life <= 0 (or over 100 years), a residual < 0 or >= cost, a
// disposal before the service date or at a negative price, a subsidy whose
// account is not 13x (or is 139) or whose amount is <= 0 or over the cost.
void check_asset(const Asset& asset);

// Where an asset's depreciation goes: the 28x account (accumulated) and the
// expense account of the yearly charge (6811).
struct DepreciationAccounts {
  std::string prefix;
  std::string depreciation_account;
  std::string expense_account;
};

[[nodiscard]] std::vector<DepreciationAccounts> parse_depreciation_accounts(std::string_view text,
                                                                            std::string_view source);
// The shipped table (data/depreciation_accounts.csv).
[[nodiscard]] const std::vector<DepreciationAccounts>& default_depreciation_accounts();
// The row with the longest prefix of `account`, if any (none: the account
// is not depreciated, as land).
[[nodiscard]] std::optional<DepreciationAccounts> depreciation_accounts_for(
    const std::vector<DepreciationAccounts>& table, std::string_view account);

// The accounts of the entries the closing posts for the register beyond
// the depreciation (data/asset_accounts.csv): the exit of a disposed asset
// (Dr 28x, Dr book value, Cr 2x; Dr receivable, Cr proceeds) and the
// release of investment subsidies (Dr released, Cr income).
struct AssetAccounts {
  std::string disposal_book_value;  // 652000 (PCG 2025: valeur comptable des immobilisations cédées)
  std::string disposal_proceeds;    // 757000 (produits des cessions)
  std::string disposal_receivable;  // 462000 (créances sur cessions d'immobilisations)
  std::string subsidy_released;     // 139000 (subventions inscrites au compte de résultat)
  std::string subsidy_income;       // 747000 (quote-part virée au résultat)
};

[[nodiscard]] AssetAccounts parse_asset_accounts(std::string_view text, std::string_view source);
// The shipped table (data/asset_accounts.csv).
[[nodiscard]] const AssetAccounts& default_asset_accounts();

// One fiscal year of an asset's schedule.
struct DepreciationYear {
  FiscalYear year;
  int days = 0;           // days depreciated in the year (service or disposal cut it)
  Money opening;          // accumulated depreciation at the start of the year
  Money charge;           // the year's charge (dotation)
  Money closing;          // opening + charge
  Money net_book_value;   // cost − closing
  bool disposed = false;  // the asset left the books this year
};

// The straight-line schedule, prorata temporis in days. Depreciation runs
// from the service date for `life_years` years (2025-04-01 over 5 years:
// to 2030-03-31), or to the disposal date (included) if earlier. The
// annual charge is base / life. A fiscal year's charge is annual × (days
// depreciated in the year) / (days of the 12 months that end on the year's
// last day): a full 12-month year gets exactly the annual charge, a first
// year of 18 months used in full about 1.5 times it. Rounding: the
// accumulated depreciation is computed exactly (Rational) and each year's
// closing accumulated is rounded half-up to the cent; a year's charge is
// the difference of two rounded closings, so the charges sum to the
// closing with no drift, and the year the life ends takes the remainder,
// so a schedule that runs its course sums exactly to the base. Years are
// the entity's `years` (book), extended beyond them by fiscal_year_named
// (12 months on the same closing day). Years with no charge are left out.
[[nodiscard]] std::vector<DepreciationYear> depreciation_schedule(const Asset& asset,
                                                                  const std::vector<FiscalYear>& years);

// The asset's line for the fiscal year `year` (one of the entity's years),
// or none if it was not yet in service at its end or was disposed before
// it started. A year after the schedule ended (fully depreciated) has a
// zero charge.
[[nodiscard]] std::optional<DepreciationYear> depreciation_in_year(const Asset& asset,
                                                                   const std::vector<FiscalYear>& years,
                                                                   const FiscalYear& year);

// The part of the asset's investment subsidy released to the result in the
// year of `line` (zero without a subsidy): subsidy × accumulated
// depreciation ÷ depreciable base, each cumulative share rounded half-up to
// the cent and the year's part the difference of two of them, so the parts
// sum to the subsidy when the life ends; the year of a disposal releases
// all that is left.
[[nodiscard]] Money subsidy_release(const Asset& asset, const DepreciationYear& line);

}  // namespace comptoir

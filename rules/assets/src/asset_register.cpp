// The asset register's checks against the book and its schedules (see
// asset_register.hpp).
#include "assets/asset_register.hpp"

#include "core/error.hpp"

namespace comptoir {

void AssetRegister::refuse_closed(const std::string& entity, Date date, const std::string& what) const {
  const auto year = fiscal_year_containing(book_.fiscal_years(entity), date);
  if (year && !year->is_open()) {
    throw Error(ErrorKind::Locked,
                what + ": " + date.iso() + " is in the closed fiscal year " + describe(*year) + " of " + entity);
  }
}

void AssetRegister::add(const Asset& asset) {
  check_asset(asset);
  if (!book_.entity(asset.entity)) throw Error(ErrorKind::NotFound, "unknown entity " + asset.entity);
  const std::string what = "asset " + asset.code;
  if (!book_.account(asset.entity, asset.account)) {
    throw Error(ErrorKind::InvalidInput,
                what + ": account " + asset.account + " is not in the chart of " + asset.entity);
  }
  if (asset.account[0] != '2') {
    throw Error(ErrorKind::InvalidInput,
                what + ": account " + asset.account + " is not a fixed-asset account (class 2)");
  }
  if (!depreciation_accounts_for(default_depreciation_accounts(), asset.account)) {
    throw Error(ErrorKind::InvalidInput, what + ": account " + asset.account +
                                             " is not depreciated (land, goodwill, financial assets, assets in "
                                             "progress): no row in depreciation_accounts.csv");
  }
  if (asset.subsidy) check_subsidy_account(asset);
  if (store_.asset(asset.code)) throw Error(ErrorKind::InvalidInput, what + " already exists");
  refuse_closed(asset.entity, asset.in_service, what);
  if (asset.disposal) refuse_closed(asset.entity, asset.disposal->date, what);
  store_.add_asset(asset);
}

Asset AssetRegister::dispose(const std::string& code, const AssetDisposal& disposal) {
  Asset asset = require(code);
  if (asset.disposal) {
    throw Error(ErrorKind::InvalidInput, "asset " + code + " was already disposed of on " + asset.disposal->date.iso());
  }
  asset.disposal = disposal;
  check_asset(asset);
  refuse_closed(asset.entity, disposal.date, "disposal of asset " + code);
  store_.record_disposal(code, disposal);
  return asset;
}

void AssetRegister::check_subsidy_account(const Asset& asset) const {
  if (!book_.account(asset.entity, asset.subsidy->account)) {
    throw Error(ErrorKind::InvalidInput, "asset " + asset.code + ": the subsidy account " + asset.subsidy->account +
                                             " is not in the chart of " + asset.entity);
  }
}

Asset AssetRegister::link_subsidy(const std::string& code, const InvestmentSubsidy& subsidy) {
  Asset asset = require(code);
  if (asset.subsidy) {
    throw Error(ErrorKind::InvalidInput, "asset " + code + " already has a subsidy of " +
                                             asset.subsidy->amount.to_string() + " on " + asset.subsidy->account);
  }
  if (asset.disposal) {
    throw Error(ErrorKind::Locked, "asset " + code + " was disposed of on " + asset.disposal->date.iso());
  }
  asset.subsidy = subsidy;
  check_asset(asset);
  check_subsidy_account(asset);
  for (const auto& year : schedule(asset)) {
    const auto fy = fiscal_year_containing(book_.fiscal_years(asset.entity), year.year.end);
    if (fy && !fy->is_open() && !year.charge.is_zero()) {
      throw Error(ErrorKind::Locked, "asset " + code + ": its depreciation of " + describe(*fy) +
                                         " was posted by a closed year, whose share of the subsidy would never "
                                         "be released; release that share by hand (Dr 139 / Cr 747)");
    }
  }
  store_.record_subsidy(code, subsidy);
  return asset;
}

Asset AssetRegister::require(const std::string& code) const {
  auto asset = store_.asset(code);
  if (!asset) throw Error(ErrorKind::NotFound, "unknown asset " + code + " (see: comptoir asset list)");
  return *asset;
}

std::vector<DepreciationYear> AssetRegister::schedule(const Asset& asset) const {
  return depreciation_schedule(asset, book_.fiscal_years(asset.entity));
}

FiscalYear AssetRegister::fiscal_year(const std::string& entity, int label) const {
  if (!book_.entity(entity)) throw Error(ErrorKind::NotFound, "unknown entity " + entity);
  const auto years = book_.fiscal_years(entity);
  std::string known;
  for (const auto& y : years) {
    if (y.year == label) return y;
    known += (known.empty() ? "" : ", ") + std::to_string(y.year);
  }
  throw Error(ErrorKind::NotFound,
              "no fiscal year " + std::to_string(label) + " for " + entity + " (it has: " + known + ")");
}

std::optional<DepreciationYear> AssetRegister::in_year(const Asset& asset, const FiscalYear& year) const {
  return depreciation_in_year(asset, book_.fiscal_years(asset.entity), year);
}

DepreciationAccounts AssetRegister::accounts_of(const Asset& asset) const {
  auto accounts = depreciation_accounts_for(default_depreciation_accounts(), asset.account);
  if (!accounts) throw Error(ErrorKind::Internal, "asset " + asset.code + ": no depreciation accounts");
  return *accounts;
}

}  // namespace comptoir

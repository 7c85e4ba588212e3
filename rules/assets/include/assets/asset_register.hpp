// The fixed-asset register: adds assets and disposals after checking them
// against the book (entity, chart, fiscal years), and gives their
// depreciation schedules over the entity's fiscal years. The closing
// (rules/closing) posts what the register says for a year: the charges,
// the exit of disposed assets and the release of investment subsidies.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assets/asset.hpp"
#include "assets/asset_store.hpp"
#include "core/book_reader.hpp"

namespace comptoir {

class AssetRegister {
 public:
  // Both must outlive the register.
  AssetRegister(AssetStore& store, const BookReader& book) : store_(store), book_(book) {}

  // Refuses, before anything is written: an unknown entity (NotFound), an
  // account not in the entity's chart, not of class 2 or not depreciated
  // (no row in the depreciation accounts), a bad amount or life
  // (check_asset), a duplicate code (InvalidInput), a service date in a
  // closed fiscal year (Locked).
  void add(const Asset& asset);
  // Refuses an unknown asset (NotFound), a second disposal, a date before
  // the service date or a negative price (InvalidInput), a date in a
  // closed fiscal year (Locked). Returns the asset with its disposal.
  Asset dispose(const std::string& code, const AssetDisposal& disposal);
  // Links an investment subsidy (its 13x account must be in the chart).
  // Refuses an asset that already has one or was disposed of, and one
  // whose depreciation was already posted by a closed year (its share
  // would never be released: post that catch-up by hand), with
  // Error(Locked). Returns the asset with its subsidy.
  Asset link_subsidy(const std::string& code, const InvestmentSubsidy& subsidy);

  // Throws Error(NotFound) for an unknown code.
  [[nodiscard]] Asset require(const std::string& code) const;
  [[nodiscard]] std::vector<Asset> assets(const std::string& entity) const { return store_.assets(entity); }
  [[nodiscard]] std::vector<DepreciationYear> schedule(const Asset& asset) const;
  // The fiscal year `label` of `entity`; throws Error(NotFound) naming the
  // years the book has when it has no such year.
  [[nodiscard]] FiscalYear fiscal_year(const std::string& entity, int label) const;
  // The asset's line for `year` (see depreciation_in_year).
  [[nodiscard]] std::optional<DepreciationYear> in_year(const Asset& asset, const FiscalYear& year) const;
  // The depreciation accounts of an asset (its account has a row: add checked it).
  [[nodiscard]] DepreciationAccounts accounts_of(const Asset& asset) const;

 private:
  void refuse_closed(const std::string& entity, Date date, const std::string& what) const;
  void check_subsidy_account(const Asset& asset) const;

  AssetStore& store_;
  const BookReader& book_;
};

}  // namespace comptoir

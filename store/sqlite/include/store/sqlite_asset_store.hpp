// The fixed-asset table of a SQLite book (schema v7, subsidies v10). Writes share the
// book's write scope.
#pragma once

#include "assets/asset_store.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {

class SqliteAssetStore final : public AssetStore {
 public:
  // `book` must outlive this store. Writes throw Error(Locked) on a
  // read-only book and Error(Internal) without an open write scope.
  explicit SqliteAssetStore(SqliteBook& book) : book_(book) {}

  [[nodiscard]] std::vector<Asset> assets(const std::string& entity) const override;
  [[nodiscard]] std::optional<Asset> asset(const std::string& code) const override;
  void add_asset(const Asset& asset) override;
  void record_disposal(const std::string& code, const AssetDisposal& disposal) override;
  void record_subsidy(const std::string& code, const InvestmentSubsidy& subsidy) override;

 private:
  SqliteBook& book_;
};

}  // namespace comptoir

// What the asset register needs from storage: the assets and their
// disposals. Writes need the book's open write scope (BookWriter::begin).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assets/asset.hpp"

namespace comptoir {

class AssetStore {
 public:
  virtual ~AssetStore() = default;

  // Assets of `entity` ("" = every entity), by code.
  [[nodiscard]] virtual std::vector<Asset> assets(const std::string& entity) const = 0;
  [[nodiscard]] virtual std::optional<Asset> asset(const std::string& code) const = 0;
  // Throws Error(InvalidInput) if the code exists.
  virtual void add_asset(const Asset& asset) = 0;
  // Records the disposal of an asset that has none yet.
  virtual void record_disposal(const std::string& code, const AssetDisposal& disposal) = 0;
  // Links an investment subsidy to an asset that has none yet.
  virtual void record_subsidy(const std::string& code, const InvestmentSubsidy& subsidy) = 0;
};

}  // namespace comptoir

// The co-financing store on a SqliteBook's file (schema version 2 tables):
// rules, communes, prestations and their splits, written inside the book's
// open write scope so they land with the invoices they go with.
#pragma once

#include <set>
#include <string>

#include "cofinancing/cofinancing_store.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {

class SqliteCofinancingStore final : public CofinancingStore {
 public:
  // `book` must outlive the store. Writes throw Error(Locked) on a
  // read-only book and Error(Internal) without an open write scope.
  explicit SqliteCofinancingStore(SqliteBook& book) : book_(book) {}

  [[nodiscard]] std::vector<CofinancingRule> cofinancing_rules() const override;
  void add_cofinancing_rule(const CofinancingRule& rule) override;
  void end_cofinancing_rule(const std::string& code, Date last_day) override;

  [[nodiscard]] std::vector<Commune> communes() const override;
  [[nodiscard]] std::optional<Commune> commune(const std::string& code) const override;
  void add_commune(const Commune& commune) override;
  void set_commune_flag(const std::string& code, const std::string& flag, bool on) override;

  std::int64_t add_prestation(const Prestation& prestation) override;
  [[nodiscard]] std::vector<Prestation> prestations(const std::string& commune) const override;
  [[nodiscard]] std::optional<Prestation> prestation(std::int64_t id) const override;
  void set_prestation_status(std::int64_t id, PrestationStatus status) override;
  [[nodiscard]] CofinancingSplit split(std::int64_t prestation_id) const override;
  void save_split(std::int64_t prestation_id, const CofinancingSplit& split) override;

 private:
  [[nodiscard]] std::set<std::string> flags_of(const std::string& code) const;
  SqliteBook& book_;
};

}  // namespace comptoir

// What co-financing needs from storage: rules, communes with their flags,
// prestations and their stored splits. Writes need the book's open write
// scope (Book::begin), so they land with the entries they go with.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "cofinancing/cofinancing_split.hpp"
#include "cofinancing/prestation.hpp"

namespace comptoir {

class CofinancingStore {
 public:
  virtual ~CofinancingStore() = default;

  [[nodiscard]] virtual std::vector<CofinancingRule> cofinancing_rules() const = 0;
  // Throws Error(InvalidInput) if the code exists.
  virtual void add_cofinancing_rule(const CofinancingRule& rule) = 0;
  // Sets the last day of a rule; Error(NotFound) for an unknown code.
  virtual void end_cofinancing_rule(const std::string& code, Date last_day) = 0;

  [[nodiscard]] virtual std::vector<Commune> communes() const = 0;
  [[nodiscard]] virtual std::optional<Commune> commune(const std::string& code) const = 0;
  virtual void add_commune(const Commune& commune) = 0;
  virtual void set_commune_flag(const std::string& code, const std::string& flag, bool on) = 0;

  // Stores a prestation; returns its id (entry order).
  virtual std::int64_t add_prestation(const Prestation& prestation) = 0;
  // All prestations, or those of `commune` when not empty; by id.
  [[nodiscard]] virtual std::vector<Prestation> prestations(const std::string& commune) const = 0;
  [[nodiscard]] virtual std::optional<Prestation> prestation(std::int64_t id) const = 0;
  virtual void set_prestation_status(std::int64_t id, PrestationStatus status) = 0;
  // The stored split (empty shares if none).
  [[nodiscard]] virtual CofinancingSplit split(std::int64_t prestation_id) const = 0;
  // Replaces the stored split of a prestation.
  virtual void save_split(std::int64_t prestation_id, const CofinancingSplit& split) = 0;
};

}  // namespace comptoir

// The co-financing workflow over a book and a co-financing store: communes,
// rules and prestations written with their splits kept up to date, and the
// invoices posted. Callers open the write scope (Book::begin) and commit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ledger/book.hpp"
#include "ledger/cofinancing_store.hpp"
#include "ledger/cofinancing_usage.hpp"

namespace comptoir {

class PrestationDesk {
 public:
  PrestationDesk(CofinancingStore& store, Book& book) : store_(store), book_(book) {}

  // Adds the commune and its auxiliary account under 411000 in AT (kept if
  // it already exists). Throws Error(InvalidInput) for a duplicate commune.
  void add_commune(const Commune& commune);
  // Sets or clears a flag, then recomputes the commune's open splits.
  void flag_commune(const std::string& code, const std::string& flag, bool on);
  // Adds a rule (or ends one) then recomputes every commune's open splits.
  void add_rule(const CofinancingRule& rule);
  void end_rule(const std::string& code, Date last_day);
  // Stores the prestation and recomputes the splits of its commune in date
  // then entry order. Throws Error(NotFound) for an unknown commune and
  // Error(InvalidInput) for a bad price or VAT rate, or if the split of an
  // already-invoiced prestation would change. Returns the id.
  std::int64_t add_prestation(Prestation prestation);
  // Posts one validated invoice per payer (VE, AT), dated `date`, and marks
  // the prestation invoiced. Returns the transaction ids.
  std::vector<std::int64_t> invoice(std::int64_t id, Date date, Date validation_date);
  // The usage of every cap by the commune's prestations so far.
  [[nodiscard]] CofinancingUsage usage(const std::string& commune) const;

 private:
  void recompute(const std::string& commune);
  void recompute_all();
  void ensure_auxiliary(const std::string& code, const std::string& label);
  [[nodiscard]] Commune require_commune(const std::string& code) const;

  CofinancingStore& store_;
  Book& book_;
};

}  // namespace comptoir

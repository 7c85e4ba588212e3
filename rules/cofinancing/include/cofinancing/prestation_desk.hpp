// The co-financing workflow over a book and a co-financing store: communes,
// rules and prestations written with their splits kept up to date, and the
// invoices posted. Callers open the write scope (Book::begin) and commit.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_split.hpp"
#include "cofinancing/cofinancing_store.hpp"
#include "core/book.hpp"

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
  // Status steps before invoicing: quoted → signed, signed → delivered.
  // `date` (the signature or delivery) may not precede the prestation's
  // date; it is checked, not stored. Throws Error(NotFound) for an unknown
  // id, Error(InvalidInput) for any other step (check_prestation_transition).
  void sign(std::int64_t id, Date date);
  void deliver(std::int64_t id, Date date);
  // The invoices invoice() would post now, one draft per payer with a share
  // (recomputes the commune's splits first). Same errors as invoice().
  [[nodiscard]] std::vector<Transaction> draft_invoices(std::int64_t id, Date date);
  // Posts one validated invoice per payer (VE, AT), dated `date`, and marks
  // the prestation invoiced. Only a delivered prestation is invoiced:
  // Error(Locked) if it already is, Error(InvalidInput) if not delivered.
  // Returns the transaction ids.
  std::vector<std::int64_t> invoice(std::int64_t id, Date date, Date validation_date);
  // The receipt pay() would post for `payer` (its whole invoice TTC).
  // Throws Error(InvalidInput) unless `payer` has an invoice of prestation `id`.
  [[nodiscard]] Transaction draft_receipt(std::int64_t id, const std::string& payer, Date date) const;
  // Posts the validated receipt of `payer`'s invoice (BQ: 512000 / 411000
  // tagged prestation=<id>); the prestation becomes paid once every payer's
  // invoice is settled. Throws Error(InvalidInput) unless it is invoiced,
  // `payer` has an invoice not yet settled and `date` is not before it.
  // Returns the transaction id.
  std::int64_t pay(std::int64_t id, const std::string& payer, Date date, Date validation_date);
  // Whether each payer's invoice is settled by receipts tagged prestation=<id>.
  [[nodiscard]] bool settled(std::int64_t id, const std::string& payer) const;
  // The usage of every cap by the commune's prestations so far.
  [[nodiscard]] CofinancingUsage usage(const std::string& commune) const;

 private:
  void recompute(const std::string& commune);
  void recompute_all();
  void ensure_auxiliary(const std::string& code, const std::string& label);
  [[nodiscard]] Commune require_commune(const std::string& code) const;
  [[nodiscard]] Prestation require_prestation(std::int64_t id) const;
  void advance(std::int64_t id, PrestationStatus to, Date date);
  // Receipts so far (credits - debits on 411000 tagged prestation=<id>) per payer.
  [[nodiscard]] std::map<std::string, Money> received(const Prestation& prestation) const;

  CofinancingStore& store_;
  Book& book_;
};

}  // namespace comptoir

// The co-financing workflow (see prestation_desk.hpp): every write keeps
// the stored splits equal to what the rules compute, and never changes the
// split of an invoiced prestation.
#include "cofinancing/prestation_desk.hpp"

#include "cofinancing/cofinancing_split.hpp"
#include "cofinancing/prestation_entries.hpp"
#include "core/error.hpp"

namespace comptoir {

Commune PrestationDesk::require_commune(const std::string& code) const {
  auto commune = store_.commune(code);
  if (!commune) throw Error(ErrorKind::NotFound, "unknown commune " + code + " (add it with `comptoir commune add`)");
  return *commune;
}

Prestation PrestationDesk::require_prestation(std::int64_t id) const {
  auto prestation = store_.prestation(id);
  if (!prestation) throw Error(ErrorKind::NotFound, "unknown prestation " + std::to_string(id));
  return *prestation;
}

void PrestationDesk::ensure_auxiliary(const std::string& code, const std::string& label) {
  if (book_.reader().auxiliary(prestation_entity, code)) return;
  book_.add_auxiliary(prestation_entity, AuxiliaryAccount{code, label, receivable_account});
}

void PrestationDesk::add_commune(const Commune& commune) {
  if (commune.code.empty() || commune.name.empty()) {
    throw Error(ErrorKind::InvalidInput, "a commune needs a code and a name");
  }
  if (store_.commune(commune.code)) throw Error(ErrorKind::InvalidInput, "commune " + commune.code + " already exists");
  ensure_auxiliary(commune.code, commune.name);
  store_.add_commune(commune);
}

void PrestationDesk::flag_commune(const std::string& code, const std::string& flag, bool on) {
  (void)require_commune(code);
  if (flag.empty()) throw Error(ErrorKind::InvalidInput, "the flag is empty");
  store_.set_commune_flag(code, flag, on);
  recompute(code);
}

void PrestationDesk::add_rule(const CofinancingRule& rule) {
  check_cofinancing_rule(rule);
  store_.add_cofinancing_rule(rule);
  recompute_all();
}

void PrestationDesk::end_rule(const std::string& code, Date last_day) {
  store_.end_cofinancing_rule(code, last_day);
  recompute_all();
}

std::int64_t PrestationDesk::add_prestation(Prestation prestation) {
  (void)require_commune(prestation.commune);
  if (prestation.price_ht.is_negative() || prestation.price_ht.is_zero()) {
    throw Error(ErrorKind::InvalidInput, "the price HT of a prestation must be positive");
  }
  (void)collected_vat_account(prestation.vat_rate);
  prestation.status = PrestationStatus::Quoted;
  prestation.id = store_.add_prestation(prestation);
  recompute(prestation.commune);
  return prestation.id;
}

void PrestationDesk::recompute(const std::string& code) {
  const Commune commune = require_commune(code);
  auto prestations = store_.prestations(code);
  CofinancingUsage usage;
  const auto splits = compute_splits(prestations, commune, store_.cofinancing_rules(), usage);
  for (std::size_t i = 0; i < prestations.size(); ++i) {
    const auto& p = prestations[i];
    if (!is_invoiced(p.status)) {
      store_.save_split(p.id, splits[i]);
    } else if (!store_.split(p.id).same_amounts(splits[i])) {
      throw Error(ErrorKind::InvalidInput, "refused: this would change the split of prestation " +
                                               std::to_string(p.id) + " of " + code + " dated " + p.date.iso() +
                                               ", already invoiced (its invoices are validated entries)");
    }
  }
}

void PrestationDesk::recompute_all() {
  for (const auto& commune : store_.communes()) recompute(commune.code);
}

std::vector<Transaction> PrestationDesk::draft_invoices(std::int64_t id, Date date) {
  const Prestation prestation = require_prestation(id);
  if (is_invoiced(prestation.status)) {
    throw Error(ErrorKind::Locked, "prestation " + std::to_string(id) + " is already invoiced");
  }
  check_prestation_transition(id, prestation.status, PrestationStatus::Invoiced);
  recompute(prestation.commune);
  return build_prestation_invoices(prestation, store_.split(id), date);
}

std::vector<std::int64_t> PrestationDesk::invoice(std::int64_t id, Date date, Date validation_date) {
  const auto invoices = draft_invoices(id, date);
  CofinancingSplit split = store_.split(id);
  std::vector<std::int64_t> ids;
  std::size_t next = 0;
  for (auto& share : split.shares) {
    if (share.amount.is_zero()) continue;
    ensure_auxiliary(share.payer, share.payer_name);
    share.transaction_id = book_.post(invoices[next++], true, validation_date);
    ids.push_back(share.transaction_id);
  }
  store_.save_split(id, split);
  store_.set_prestation_status(id, PrestationStatus::Invoiced);
  return ids;
}

CofinancingUsage PrestationDesk::usage(const std::string& code) const {
  const Commune commune = require_commune(code);
  auto prestations = store_.prestations(code);
  CofinancingUsage result;
  (void)compute_splits(prestations, commune, store_.cofinancing_rules(), result);
  return result;
}

}  // namespace comptoir

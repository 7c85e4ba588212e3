// PrestationDesk: the status steps around invoicing (signature, delivery)
// and the receipts that settle each payer's invoice, after which the
// prestation is paid. Receipts are recognised by their tag prestation=<id>
// on 411000, so no separate record can drift from the book.
#include "cofinancing/prestation_desk.hpp"
#include "cofinancing/prestation_entries.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

const CofinancingShare& invoiced_share(const CofinancingSplit& split, const Prestation& p, const std::string& payer) {
  std::string payers;
  for (const auto& share : split.shares) {
    if (share.amount.is_zero()) continue;
    if (share.payer == payer) return share;
    payers += (payers.empty() ? "" : ", ") + share.payer;
  }
  throw Error(ErrorKind::InvalidInput,
              payer + " has no invoice for prestation " + std::to_string(p.id) + " (its payers: " + payers + ")");
}

bool is_settled(const std::map<std::string, Money>& received, const Prestation& p, const CofinancingShare& share) {
  const auto it = received.find(share.payer);
  return it != received.end() && it->second >= share_ttc(p, share);
}

}  // namespace

void PrestationDesk::advance(std::int64_t id, PrestationStatus to, Date date) {
  const Prestation prestation = require_prestation(id);
  check_prestation_transition(id, prestation.status, to);
  if (date < prestation.date) {
    throw Error(ErrorKind::InvalidInput, "prestation " + std::to_string(id) + " cannot be " + to_string(to) + " on " +
                                             date.iso() + ", before its date " + prestation.date.iso());
  }
  store_.set_prestation_status(id, to);
}

void PrestationDesk::sign(std::int64_t id, Date date) {
  advance(id, PrestationStatus::Signed, date);
}

void PrestationDesk::deliver(std::int64_t id, Date date) {
  advance(id, PrestationStatus::Delivered, date);
}

Transaction PrestationDesk::draft_receipt(std::int64_t id, const std::string& payer, Date date) const {
  const Prestation prestation = require_prestation(id);
  return build_prestation_receipt(prestation, invoiced_share(store_.split(id), prestation, payer), date);
}

std::map<std::string, Money> PrestationDesk::received(const Prestation& prestation) const {
  TransactionFilter filter;
  filter.entity = prestation_entity;
  filter.account_prefix = receivable_account;
  const std::string id = std::to_string(prestation.id);
  std::map<std::string, Money> result;
  book_.reader().for_each_ledger_line(filter, [&](const LedgerLine& line) {
    const auto tag = line.posting.tags.find(prestation_tag);
    if (tag == line.posting.tags.end() || tag->second != id) return;
    result[line.posting.auxiliary] += line.posting.credit - line.posting.debit;
  });
  return result;
}

bool PrestationDesk::settled(std::int64_t id, const std::string& payer) const {
  const Prestation prestation = require_prestation(id);
  const CofinancingShare& share = invoiced_share(store_.split(id), prestation, payer);
  return is_settled(received(prestation), prestation, share);
}

std::int64_t PrestationDesk::pay(std::int64_t id, const std::string& payer, Date date, Date validation_date) {
  const Prestation prestation = require_prestation(id);
  if (!is_invoiced(prestation.status)) {
    throw Error(ErrorKind::InvalidInput, "refused: prestation " + std::to_string(id) + " is " +
                                             to_string(prestation.status) +
                                             ", not invoiced: there is nothing to pay yet");
  }
  const CofinancingSplit split = store_.split(id);
  const CofinancingShare& share = invoiced_share(split, prestation, payer);
  auto paid = received(prestation);
  if (is_settled(paid, prestation, share)) {
    throw Error(ErrorKind::InvalidInput,
                "refused: the invoice of " + payer + " for prestation " + std::to_string(id) + " is already settled");
  }
  if (auto invoice = book_.reader().transaction(share.transaction_id); invoice && date < invoice->date) {
    throw Error(ErrorKind::InvalidInput, "a payment on " + date.iso() + " cannot precede the invoice of " +
                                             invoice->date.iso() + " (" + invoice->piece_ref + ")");
  }
  const std::int64_t receipt = book_.post(build_prestation_receipt(prestation, share, date), true, validation_date);
  paid[payer] += share_ttc(prestation, share);
  bool all_settled = true;
  for (const auto& s : split.shares) {
    if (!s.amount.is_zero() && !is_settled(paid, prestation, s)) all_settled = false;
  }
  if (all_settled) store_.set_prestation_status(id, PrestationStatus::Paid);
  return receipt;
}

}  // namespace comptoir

// Builds and posts the mirrored entries of an inter-association flow.
#include "interco/interco_entries.hpp"

#include <set>

#include "core/error.hpp"

namespace comptoir {
namespace {

// A flow's posting details: only third-party (class 4) accounts carry the
// other side's auxiliary account.
PostingDetails details(const std::string& account, const std::string& auxiliary, Tags tags) {
  return {.auxiliary = account[0] == '4' ? auxiliary : "", .tags = std::move(tags)};
}

Posting debiting(const std::string& account, Money amount, const std::string& auxiliary, Tags tags) {
  return Posting::debiting(account, amount, details(account, auxiliary, std::move(tags)));
}

Posting crediting(const std::string& account, Money amount, const std::string& auxiliary, Tags tags) {
  return Posting::crediting(account, amount, details(account, auxiliary, std::move(tags)));
}

Transaction header(const std::string& entity, const std::string& journal, const InterCoFlow& flow) {
  return Transaction::draft(entity, journal, flow.date, flow.piece.empty() ? flow.pair_id : flow.piece, flow.label);
}

// 445711 (collected 20 %) -> 445661 (deductible 20 %): same rate digit.
std::string deductible_account_of(const std::string& collected) {
  return "44566" + collected.substr(5);
}

}  // namespace

std::string interco_auxiliary(const std::string& entity) {
  return "IC-" + entity;
}

InterCoEntries build_interco_entries(const InterCoFlow& flow, const InterCoKind& kind, const Entity& from,
                                     const Entity& to, const std::vector<VatRate>& rates) {
  if (from.code == to.code) throw Error(ErrorKind::InvalidInput, "an inter-association flow needs two entities");
  if (flow.amount.is_negative() || flow.amount.is_zero()) {
    throw Error(ErrorKind::InvalidInput, "the amount of a flow must be positive (got " + flow.amount.to_string() + ")");
  }
  if (flow.pair_id.empty() || flow.label.empty()) {
    throw Error(ErrorKind::InvalidInput, "an inter-association flow needs a pair id and a label");
  }
  Tags tags = flow.tags;
  tags[interco_tag] = flow.pair_id;
  const VatRate* rate = nullptr;
  if (!kind.vat_rate.empty() && from.vat_liable) {
    rate = find_vat_rate(rates, kind.vat_rate);
    if (rate == nullptr)
      throw Error(ErrorKind::InvalidInput, "kind " + kind.code + ": unknown VAT rate " + kind.vat_rate);
  }
  const Money vat = rate != nullptr ? flow.amount.times(rate->rate, RoundingMode::HalfUp) : Money();
  const Money total = flow.amount + vat;
  const std::string from_aux = interco_auxiliary(to.code), to_aux = interco_auxiliary(from.code);
  InterCoEntries e{header(from.code, kind.from_journal, flow), header(to.code, kind.to_journal, flow)};
  e.from_side.postings = {debiting(kind.from_debit, total, from_aux, tags),
                          crediting(kind.from_credit, flow.amount, from_aux, tags)};
  if (!vat.is_zero()) e.from_side.postings.push_back(crediting(rate->vat_account, vat, "", tags));
  e.to_side.postings = {debiting(kind.to_debit, flow.amount, to_aux, tags)};
  if (!vat.is_zero()) {
    Posting p = to.vat_liable ? debiting(deductible_account_of(rate->vat_account), vat, "", tags)
                              : debiting(kind.to_debit, vat, "", flow.tags);  // TVA non récupérable
    if (!to.vat_liable) p.label = flow.label + " (TVA non récupérable)";
    e.to_side.postings.push_back(std::move(p));
  }
  e.to_side.postings.push_back(crediting(kind.to_credit, total, to_aux, tags));
  return e;
}

std::pair<std::int64_t, std::int64_t> post_interco_flow(Book& book, const InterCoFlow& flow,
                                                        const std::vector<InterCoKind>& kinds,
                                                        const std::vector<VatRate>& rates, Date validation_date) {
  const InterCoKind& kind = find_interco_kind(kinds, flow.kind);
  const auto from = book.reader().entity(flow.from);
  const auto to = book.reader().entity(flow.to);
  if (!from) throw Error(ErrorKind::NotFound, "unknown entity '" + flow.from + "'");
  if (!to) throw Error(ErrorKind::NotFound, "unknown entity '" + flow.to + "'");
  TransactionFilter filter;
  filter.status = StatusFilter::All;
  bool used = false;
  book.reader().for_each_transaction(filter, [&](const Transaction& t) {
    for (const auto& p : t.postings) {
      const auto it = p.tags.find(interco_tag);
      used = used || (it != p.tags.end() && it->second == flow.pair_id);
    }
  });
  if (used) throw Error(ErrorKind::InvalidInput, "the pair id " + flow.pair_id + " is already used in the books");
  const InterCoEntries entries = build_interco_entries(flow, kind, *from, *to, rates);
  for (const auto* t : {&entries.from_side, &entries.to_side}) {
    const Entity& other = t == &entries.from_side ? *to : *from;
    const std::string aux = interco_auxiliary(other.code);
    if (book.reader().auxiliary(t->entity, aux)) continue;
    for (const auto& p : t->postings) {
      if (p.auxiliary != aux) continue;
      book.add_auxiliary(t->entity, {aux, other.name + " (flux inter-associations)", p.account});
      break;
    }
  }
  const auto from_id = book.post(entries.from_side, true, validation_date);
  const auto to_id = book.post(entries.to_side, true, validation_date);
  return {from_id, to_id};
}

std::string next_interco_pair_id(const BookReader& reader, int year) {
  const std::string prefix = "IC-" + std::to_string(year) + "-";
  std::set<std::string> used;
  TransactionFilter filter;
  filter.status = StatusFilter::All;
  reader.for_each_transaction(filter, [&](const Transaction& t) {
    for (const auto& p : t.postings) {
      const auto it = p.tags.find(interco_tag);
      if (it != p.tags.end() && it->second.rfind(prefix, 0) == 0) used.insert(it->second);
    }
  });
  for (int n = 1;; ++n) {
    std::string digits = std::to_string(n);
    if (digits.size() < 3) digits.insert(0, 3 - digits.size(), '0');
    if (used.count(prefix + digits) == 0) return prefix + digits;
  }
}

}  // namespace comptoir

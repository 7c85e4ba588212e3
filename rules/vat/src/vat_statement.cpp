// VAT per rate over a return period, from validated postings.
//
// Bases: in each entry carrying collected VAT, a 70x posting on a rate's
// sales account (vat_rates.csv) belongs to that rate; other 70x postings
// belong to the entry's only rate. When an entry mixes rates on one 70x
// account, the base of each rate is VAT / rate, rounded half-up to the
// cent, and the line is marked estimated.
#include "vat/vat_statement.hpp"

#include <algorithm>
#include <map>

#include "core/error.hpp"

namespace comptoir {
namespace {

bool starts_with(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

bool is_collected(const std::string& account) {
  return starts_with(account, vat_collected_prefix);
}
bool is_credit(const std::string& account) {
  return starts_with(account, "44567");
}
bool is_deductible(const std::string& account) {
  return starts_with(account, vat_deductible_prefix) && !is_credit(account);
}

Money positive_part(Money m) {
  return m.is_negative() ? Money() : m;
}

}  // namespace

Money VatStatement::collected_total() const {
  Money total;
  for (const auto& l : collected) total += l.vat;
  return total;
}

Money VatStatement::deductible_total() const {
  return fixed_assets + goods_and_services + credit_brought_forward;
}
Money VatStatement::net_due() const {
  return positive_part(collected_total() - deductible_total());
}
Money VatStatement::credit() const {
  return positive_part(deductible_total() - collected_total());
}

bool is_vat_settlement(const Transaction& t) {
  bool moves_out = false, moves_vat = false;
  for (const auto& p : t.postings) {
    moves_out = moves_out || starts_with(p.account, "4455") || is_credit(p.account);
    moves_vat = moves_vat || is_collected(p.account) || is_deductible(p.account);
  }
  return moves_out && moves_vat;
}

VatStatementBuilder::VatStatementBuilder(std::string entity, VatPeriod period, std::vector<VatRate> rates)
    : entity_(std::move(entity)),
      period_(period),
      rates_(std::move(rates)),
      base_(rates_.size()),
      vat_(rates_.size()),
      estimated_(rates_.size(), false) {}

void VatStatementBuilder::add(const Transaction& t) {
  if (t.entity != entity_ || t.date < period_.first_day() || t.date > period_.last_day()) return;
  if (t.journal == "AN") {  // opening balances: only a credit carried from the previous year counts
    for (const auto& p : t.postings) {
      if (is_credit(p.account)) credit_brought_forward_ += p.debit - p.credit;
    }
    return;
  }
  if (is_vat_settlement(t)) return;
  for (const auto& p : t.postings) {
    if (!is_collected(p.account) && !is_deductible(p.account)) continue;
    auto it = std::find_if(movements_.begin(), movements_.end(),
                           [&](const VatAccountAmount& m) { return m.account == p.account; });
    if (it == movements_.end()) it = movements_.insert(movements_.end(), {p.account, Money()});
    it->amount += p.debit - p.credit;
  }
  add_bases(t);
}

void VatStatementBuilder::add_bases(const Transaction& t) {
  const std::size_t n = rates_.size();
  std::vector<Money> vat(n), attributed(n);
  std::vector<std::size_t> present;
  for (std::size_t i = 0; i < n; ++i) {
    bool seen = false;
    for (const auto& p : t.postings) {
      if (p.account != rates_[i].vat_account) continue;
      vat[i] += p.credit - p.debit;
      seen = true;
    }
    if (seen) present.push_back(i);
  }
  if (present.empty()) return;  // no collected VAT: not a taxable sale of this period
  for (const auto& p : t.postings) {
    if (!starts_with(p.account, "70")) continue;
    std::size_t rate = n;
    for (std::size_t i = 0; i < n; ++i) {
      if (rates_[i].sales_account == p.account) rate = i;
    }
    if (rate == n && present.size() == 1) rate = present.front();
    if (rate < n) attributed[rate] += p.credit - p.debit;
  }
  for (std::size_t i : present) {
    vat_[i] += vat[i];
    if (attributed[i].is_zero() && !vat[i].is_zero()) {
      attributed[i] = Money::round(vat[i].to_rational() / rates_[i].rate, RoundingMode::HalfUp);
      estimated_[i] = true;
    }
    base_[i] += attributed[i];
  }
}

VatStatement VatStatementBuilder::finish() const {
  VatStatement s;
  s.entity = entity_;
  s.period = period_;
  s.credit_brought_forward = positive_part(credit_brought_forward_);
  std::map<std::string, Money> by_account;
  for (const auto& m : movements_) by_account[m.account] += m.amount;
  for (std::size_t i = 0; i < rates_.size(); ++i) {
    if (base_[i].is_zero() && vat_[i].is_zero()) continue;
    s.collected.push_back(
        {rates_[i].code, rates_[i].rate, rates_[i].label, rates_[i].vat_account, base_[i], vat_[i], estimated_[i]});
  }
  for (const auto& [account, amount] : by_account) {
    if (amount.is_zero()) continue;
    if (is_collected(account)) {
      s.movements.push_back({account, amount});
      // A named copy: clang 14 cannot capture a structured binding.
      const std::string& number = account;
      const bool known =
          std::any_of(rates_.begin(), rates_.end(), [&](const VatRate& r) { return r.vat_account == number; });
      if (!known) s.collected.push_back({"", Rational(0), "", account, Money(), -amount, false});
    }
  }
  for (const auto& [account, amount] : by_account) {
    if (amount.is_zero() || !is_deductible(account)) continue;
    s.movements.push_back({account, amount});
    s.deductible.push_back({account, amount});
    (starts_with(account, vat_fixed_assets_prefix) ? s.fixed_assets : s.goods_and_services) += amount;
  }
  return s;
}

VatStatement compute_vat_statement(const BookReader& reader, const std::string& entity, const VatPeriod& period,
                                   const std::vector<VatRate>& rates) {
  const auto found = reader.entity(entity);
  if (!found) throw Error(ErrorKind::NotFound, "unknown entity '" + entity + "'");
  if (!found->vat_liable) {
    throw Error(ErrorKind::InvalidInput, entity + " is not liable to VAT: it has no VAT return");
  }
  VatStatementBuilder builder(entity, period, rates);
  for (const auto& fy : reader.fiscal_years(entity)) {
    if (!fy.contains(period.first_day()) || fy.start == period.first_day()) continue;
    TransactionFilter before;
    before.entity = entity;
    before.fiscal_year = fy.year;
    before.from = fy.start;
    before.to = period.first_day().plus_days(-1);
    before.account_prefix = vat_credit_account;
    for (const auto& row : reader.trial_balance(before)) builder.add_credit_brought_forward(row.balance());
  }
  TransactionFilter filter;
  filter.entity = entity;
  filter.from = period.first_day();
  filter.to = period.last_day();
  filter.account_prefix = "445";
  reader.for_each_transaction(filter, [&](const Transaction& t) { builder.add(t); });
  return builder.finish();
}

}  // namespace comptoir

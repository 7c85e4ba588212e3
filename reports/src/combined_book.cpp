// See combined_book.hpp.
#include "reports/combined_book.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/error.hpp"

namespace comptoir {
namespace {

constexpr const char* interco_key = "interco";  // rules/interco's tag

bool eliminated(const std::string& account) {
  if (account.empty()) return false;
  if (account[0] == '4') return account.rfind("445", 0) != 0;
  return account[0] == '6' || account[0] == '7';
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

CombinedBook::CombinedBook(const BookReader& base) : base_(base) {
  for (const auto& e : base.entities()) members_.push_back(e.code);
  if (members_.empty()) throw Error(ErrorKind::NotFound, "the book has no entity to combine");
  const auto first = base.fiscal_years(members_.front());
  for (const auto& code : members_) {
    const auto years = base.fiscal_years(code);
    const bool same = std::equal(years.begin(), years.end(), first.begin(), first.end(),
                                 [](const FiscalYear& a, const FiscalYear& b) {
                                   return a.year == b.year && a.start == b.start && a.end == b.end;
                                 });
    if (!same) {
      throw Error(ErrorKind::InvalidInput,
                  "the combined view needs the same fiscal years in " + members_.front() + " and " + code);
    }
  }
}

std::vector<std::string> CombinedBook::members_of(const std::string& entity) const {
  if (entity == combined_entity) return members_;
  return {entity};
}

std::pair<Date, Date> CombinedBook::span(const TransactionFilter& filter) const {
  Date from = filter.from.value_or(Date::from_ymd(1900, 1, 1));
  Date to = filter.to.value_or(Date::from_ymd(2999, 12, 31));
  if (filter.fiscal_year) {
    for (const auto& y : fiscal_years(combined_entity)) {
      if (y.year != *filter.fiscal_year) continue;
      from = std::max(from, y.start);
      to = std::min(to, y.end);
    }
  }
  return {from, to};
}

std::vector<Elimination> CombinedBook::eliminations(Date from, Date to) const {
  std::map<std::tuple<std::string, std::string, std::string, std::string>, Money> sums;
  TransactionFilter f;
  f.from = from;
  f.to = to;
  f.tag_key = interco_key;
  base_.for_each_transaction(f, [&](const Transaction& t) {
    for (const auto& p : t.postings) {
      const auto tag = p.tags.find(interco_key);
      if (tag == p.tags.end() || !eliminated(p.account)) continue;
      sums[{t.entity, tag->second, p.account, p.auxiliary}] += p.debit - p.credit;
    }
  });
  std::vector<Elimination> out;
  for (const auto& [key, balance] : sums) {
    if (!balance.is_zero())
      out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), balance});
  }
  return out;
}

std::vector<Entity> CombinedBook::entities() const {
  std::string names;
  for (const auto& code : members_) {
    const auto e = base_.entity(code);
    names += (names.empty() ? "" : " + ") + (e ? e->name : code);
  }
  return {Entity{combined_entity, names, "", false}};
}

std::optional<Entity> CombinedBook::entity(const std::string& code) const {
  if (code == combined_entity) return entities().front();
  return base_.entity(code);
}

std::vector<Account> CombinedBook::accounts(const std::string& entity) const {
  std::map<std::string, Account> all;
  for (const auto& code : members_of(entity)) {
    for (auto& a : base_.accounts(code)) all.emplace(a.number, std::move(a));
  }
  std::vector<Account> out;
  for (auto& [_, a] : all) out.push_back(std::move(a));
  return out;
}

std::optional<Account> CombinedBook::account(const std::string& entity, const std::string& number) const {
  for (const auto& code : members_of(entity)) {
    if (auto a = base_.account(code, number)) return a;
  }
  return std::nullopt;
}

std::vector<AuxiliaryAccount> CombinedBook::auxiliaries(const std::string& entity) const {
  std::vector<AuxiliaryAccount> out;
  std::set<std::string> seen;
  for (const auto& code : members_of(entity)) {
    for (auto& a : base_.auxiliaries(code)) {
      if (seen.insert(a.code).second) out.push_back(std::move(a));
    }
  }
  return out;
}

std::optional<AuxiliaryAccount> CombinedBook::auxiliary(const std::string& entity, const std::string& code) const {
  for (const auto& member : members_of(entity)) {
    if (auto a = base_.auxiliary(member, code)) return a;
  }
  return std::nullopt;
}

std::vector<Journal> CombinedBook::journals(const std::string& entity) const {
  return base_.journals(members_of(entity).front());
}

std::vector<FiscalYear> CombinedBook::fiscal_years(const std::string& entity) const {
  return base_.fiscal_years(members_of(entity).front());
}

std::vector<AccountBalance> CombinedBook::trial_balance(const TransactionFilter& filter) const {
  if (filter.entity != combined_entity) return base_.trial_balance(filter);
  std::map<std::string, AccountBalance> rows;
  for (const auto& code : members_) {
    TransactionFilter f = filter;
    f.entity = code;
    for (auto& row : base_.trial_balance(f)) {
      AccountBalance& sum = rows[row.account];
      if (sum.account.empty()) sum = AccountBalance{combined_entity, row.account, row.label, {}, {}};
      sum.debit += row.debit;
      sum.credit += row.credit;
    }
  }
  const auto [from, to] = span(filter);
  for (const auto& e : eliminations(from, to)) {
    if (!starts_with(e.account, filter.account_prefix)) continue;
    AccountBalance& sum = rows[e.account];
    // An elimination takes the posting out: a debit leaves the debits.
    if (e.balance.is_negative()) {
      sum.credit += e.balance;
    } else {
      sum.debit -= e.balance;
    }
  }
  std::vector<AccountBalance> out;
  for (auto& [_, row] : rows) {
    if (!row.debit.is_zero() || !row.credit.is_zero()) out.push_back(std::move(row));
  }
  return out;
}

void CombinedBook::for_each_transaction(const TransactionFilter& filter,
                                        const std::function<void(const Transaction&)>& visit) const {
  for (const auto& code : members_of(filter.entity)) {
    TransactionFilter f = filter;
    f.entity = code;
    base_.for_each_transaction(f, visit);
  }
}

std::optional<Transaction> CombinedBook::transaction(std::int64_t id) const {
  return base_.transaction(id);
}

void CombinedBook::for_each_ledger_line(const TransactionFilter& filter,
                                        const std::function<void(const LedgerLine&)>& visit) const {
  for (const auto& code : members_of(filter.entity)) {
    TransactionFilter f = filter;
    f.entity = code;
    base_.for_each_ledger_line(f, visit);
  }
}

std::vector<AuxiliaryBalance> CombinedBook::balances_by_auxiliary(const std::string& entity, Date from, Date to,
                                                                  const std::string& account_prefix) const {
  if (entity != combined_entity) return base_.balances_by_auxiliary(entity, from, to, account_prefix);
  std::map<std::pair<std::string, std::string>, AuxiliaryBalance> rows;
  auto add = [&](const std::string& account, const std::string& auxiliary, Money debit, Money credit) {
    AuxiliaryBalance& row = rows[{account, auxiliary}];
    row.account = account;
    row.auxiliary = auxiliary;
    row.debit += debit;
    row.credit += credit;
  };
  for (const auto& code : members_) {
    for (const auto& r : base_.balances_by_auxiliary(code, from, to, account_prefix)) {
      add(r.account, r.auxiliary, r.debit, r.credit);
    }
  }
  for (const auto& e : eliminations(from, to)) {
    if (!starts_with(e.account, account_prefix)) continue;
    if (e.balance.is_negative()) {
      add(e.account, e.auxiliary, {}, e.balance);
    } else {
      add(e.account, e.auxiliary, -e.balance, {});
    }
  }
  std::vector<AuxiliaryBalance> out;
  for (auto& [_, row] : rows) {
    if (!row.debit.is_zero() || !row.credit.is_zero()) out.push_back(std::move(row));
  }
  return out;
}

ChainHead CombinedBook::chain_head(const std::string& entity) const {
  if (entity == combined_entity) return {};
  return base_.chain_head(entity);
}

std::int64_t CombinedBook::last_sequence(const std::string& entity, int fiscal_year) const {
  if (entity == combined_entity) return 0;
  return base_.last_sequence(entity, fiscal_year);
}

}  // namespace comptoir

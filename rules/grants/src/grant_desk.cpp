// The grant workflow (see grant_desk.hpp): agreements, tranche entries
// linked to their agreement, states and the dedicated-funds proposal.
#include "grants/grant_desk.hpp"

#include <algorithm>
#include <map>

#include "core/error.hpp"
#include "grants/grant_funds.hpp"

namespace comptoir {
namespace {

Tags entry_tags(const Grant& grant) {
  Tags tags{{"grant", grant.code}};
  if (grant.tag_key != "grant") tags[grant.tag_key] = grant.spending_tag_value();
  return tags;
}

std::string or_default(const std::string& value, const std::string& fallback) {
  return value.empty() ? fallback : value;
}

void require_positive(Money amount, const std::string& what) {
  if (amount.is_negative() || amount.is_zero()) {
    throw Error(ErrorKind::InvalidInput, what + ": the amount must be positive, got " + amount.to_string());
  }
}

Money total_of(const std::vector<GrantTranche>& tranches, GrantTrancheKind kind) {
  Money total;
  for (const auto& t : tranches) {
    if (t.kind == kind) total += t.amount;
  }
  return total;
}

std::size_t count_of(const std::vector<GrantTranche>& tranches, GrantTrancheKind kind) {
  return static_cast<std::size_t>(
      std::count_if(tranches.begin(), tranches.end(), [kind](const GrantTranche& t) { return t.kind == kind; }));
}

}  // namespace

Grant GrantDesk::require(const std::string& code) const {
  auto grant = store_.grant(code);
  if (!grant) throw Error(ErrorKind::NotFound, "unknown grant " + code + " (see: comptoir grant list)");
  return *grant;
}

void GrantDesk::add_grant(Grant grant) {
  if (grant.tag_value.empty()) grant.tag_value = grant.code;
  check_grant(grant);
  const BookReader& reader = book_.reader();
  if (!reader.entity(grant.entity)) throw Error(ErrorKind::NotFound, "unknown entity " + grant.entity);
  for (const std::string* account : {&grant.income_account, &grant.receivable_account}) {
    if (!reader.account(grant.entity, *account)) {
      throw Error(ErrorKind::InvalidInput,
                  "grant " + grant.code + ": account " + *account + " is not in the chart of " + grant.entity);
    }
  }
  if (!reader.auxiliary(grant.entity, grant.funder)) {
    throw Error(ErrorKind::NotFound, "grant " + grant.code + ": unknown funder " + grant.funder + " in " +
                                         grant.entity + " (add its auxiliary account first, or give --funder-name)");
  }
  if (store_.grant(grant.code)) throw Error(ErrorKind::InvalidInput, "grant " + grant.code + " already exists");
  store_.add_grant(grant);
}

GrantTranche GrantDesk::record(const Grant& grant, Transaction entry, GrantTrancheKind kind, Money amount,
                               Date validation_date) {
  GrantTranche tranche;
  tranche.grant = grant.code;
  tranche.kind = kind;
  tranche.date = entry.date;
  tranche.amount = amount;
  tranche.piece = entry.piece_ref;
  tranche.transaction_id = book_.post(std::move(entry), true, validation_date);
  tranche.id = store_.add_tranche(tranche);
  return tranche;
}

GrantTranche GrantDesk::call(const std::string& code, Date date, Money amount, Date validation_date,
                             const GrantEntryOptions& options) {
  const Grant grant = require(code);
  require_positive(amount, "grant " + code + ": call");
  const auto tranches = store_.tranches(code);
  const Money called = total_of(tranches, GrantTrancheKind::Call);
  if (called + amount > grant.awarded) {
    throw Error(ErrorKind::InvalidInput, "grant " + code + ": calling " + amount.to_string() + " would exceed the " +
                                             grant.awarded.to_string() + " awarded (already called " +
                                             called.to_string() + ")");
  }
  const std::string n = std::to_string(count_of(tranches, GrantTrancheKind::Call) + 1);
  const Tags tags = entry_tags(grant);
  Transaction t = Transaction::draft(
      grant.entity, or_default(options.journal, "OD"), date, or_default(options.piece, code + "-A" + n),
      or_default(options.label, "Appel de fonds " + code),
      {Posting::debiting(grant.receivable_account, amount, {.auxiliary = grant.funder, .tags = tags}),
       Posting::crediting(grant.income_account, amount, {.tags = tags})});
  return record(grant, std::move(t), GrantTrancheKind::Call, amount, validation_date);
}

GrantTranche GrantDesk::receive(const std::string& code, Date date, Money amount, Date validation_date,
                                const GrantEntryOptions& options) {
  const Grant grant = require(code);
  require_positive(amount, "grant " + code + ": receipt");
  const auto tranches = store_.tranches(code);
  const Money called = total_of(tranches, GrantTrancheKind::Call);
  const Money received = total_of(tranches, GrantTrancheKind::Receipt);
  if (received + amount > called) {
    throw Error(ErrorKind::InvalidInput, "grant " + code + ": receiving " + amount.to_string() +
                                             " would exceed what was called (" + called.to_string() +
                                             ", already received " + received.to_string() + ")");
  }
  const std::string n = std::to_string(count_of(tranches, GrantTrancheKind::Receipt) + 1);
  Transaction t = Transaction::draft(
      grant.entity, or_default(options.journal, "BQ"), date, or_default(options.piece, code + "-V" + n),
      or_default(options.label, "Versement " + code),
      {Posting::debiting(or_default(options.bank_account, "512000"), amount),
       Posting::crediting(grant.receivable_account, amount, {.auxiliary = grant.funder, .tags = entry_tags(grant)})});
  return record(grant, std::move(t), GrantTrancheKind::Receipt, amount, validation_date);
}

GrantState GrantDesk::state(const std::string& code, Date as_of) const {
  return state(require(code), as_of);
}

GrantState GrantDesk::state(const Grant& grant, Date as_of) const {
  Money spent;
  Date from;
  Date to;
  if (spending_window(grant, as_of, from, to)) {
    spent = store_.spending(grant.entity, grant.tag_key, grant.spending_tag_value(), from, to);
  }
  return compute_grant_state(grant, store_.tranches(grant.code), spent, as_of);
}

std::vector<GrantFundsRow> GrantDesk::funds_rows(const Grant& grant, int year) const {
  const std::vector<FiscalYear> years = book_.reader().fiscal_years(grant.entity);
  int first_year = fiscal_year_label_of(years, grant.start);
  std::map<int, Money> income;  // recognised when called, in the fiscal year of the call
  for (const auto& t : store_.tranches(grant.code)) {
    if (t.kind != GrantTrancheKind::Call) continue;
    const int label = fiscal_year_label_of(years, t.date);
    first_year = std::min(first_year, label);
    income[label] += t.amount;
  }
  if (first_year > year) return {};
  std::map<int, Money> spent;
  for (int y = first_year; y <= year; ++y) {
    const FiscalYear dates = fiscal_year_named(years, y);
    const Date from = std::max(grant.start, dates.start);
    const Date to = std::min(grant.end, dates.end);
    if (from <= to) spent[y] = store_.spending(grant.entity, grant.tag_key, grant.spending_tag_value(), from, to);
  }
  const GrantFundsAccounts accounts = grant_funds_accounts(grant.income_account);
  return roll_forward_grant_funds(grant.code, accounts.fund, first_year, year, income, spent);
}

GrantFundsProposal GrantDesk::funds_proposal(const std::string& entity, int year) const {
  GrantFundsProposal proposal;
  proposal.entity = entity;
  proposal.year = year;
  const Date year_end = fiscal_year_named(book_.reader().fiscal_years(entity), year).end;
  for (const auto& grant : store_.grants(entity)) {
    if (!grant.earmarked) continue;
    const auto rows = funds_rows(grant, year);
    if (rows.empty()) continue;
    proposal.history.insert(proposal.history.end(), rows.begin(), rows.end());
    const GrantFundsRow& last = rows.back();
    proposal.rows.push_back(last);
    const GrantFundsAccounts accounts = grant_funds_accounts(grant.income_account);
    const Tags tags{{"grant", grant.code}};
    const std::string y = std::to_string(year);
    if (!last.allocated.is_zero()) {
      proposal.entries.push_back(Transaction::draft(
          grant.entity, "OD", year_end, "FD-" + y + "-" + grant.code, "Report en fonds dédiés " + grant.code,
          {Posting::debiting(accounts.charge, last.allocated, {.tags = tags}),
           Posting::crediting(accounts.fund, last.allocated, {.tags = tags})}));
    }
    if (!last.released.is_zero()) {
      proposal.entries.push_back(Transaction::draft(
          grant.entity, "OD", year_end, "FDU-" + y + "-" + grant.code, "Utilisation des fonds dédiés " + grant.code,
          {Posting::debiting(accounts.fund, last.released, {.tags = tags}),
           Posting::crediting(accounts.release, last.released, {.tags = tags})}));
    }
  }
  return proposal;
}

}  // namespace comptoir

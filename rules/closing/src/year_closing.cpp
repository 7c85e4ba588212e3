// The closing plan (checks, year-end entries, opening entry) and its
// posting. The opening entry is computed from the year's balances plus the
// year-end entries still in memory, so a dry run shows exactly what the
// close posts.
#include "closing/year_closing.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "assets/asset_register.hpp"
#include "closing_checks.hpp"
#include "core/error.hpp"
#include "grants/grant_desk.hpp"

namespace comptoir {
namespace {

constexpr const char* surplus_account = "120000";
constexpr const char* deficit_account = "129000";

FiscalYear require_year(const BookReader& reader, const std::string& entity, int label) {
  if (!reader.entity(entity)) throw Error(ErrorKind::NotFound, "unknown entity '" + entity + "'");
  for (const auto& y : reader.fiscal_years(entity)) {
    if (y.year == label) return y;
  }
  throw Error(ErrorKind::NotFound, "no fiscal year " + std::to_string(label) + " in " + entity);
}

// The year that follows `year` among the entity's years, if the book has it.
std::optional<FiscalYear> next_year_of(const BookReader& reader, const std::string& entity, const FiscalYear& year) {
  for (const auto& y : reader.fiscal_years(entity)) {
    if (y.start == year.end.plus_days(1)) return y;
  }
  return std::nullopt;
}

// What the asset register posts at the closing of `year`, three entries
// (each only if it has lines): the depreciation, Dr 681x / Cr 28x per asset
// ("AMORT-<year>"); the release of investment subsidies, Dr 139 / Cr 747
// ("SUBV-<year>"); the exit of the assets disposed of in the year, Dr 28x
// (accumulated to the disposal day), Dr 652 (net book value), Cr 2x (cost),
// and the sale, Dr 462 / Cr 757 ("CESSION-<year>"). Lines are tagged
// asset=<code>.
std::vector<Transaction> asset_entries(const BookReader& reader, AssetStore& store, const std::string& entity,
                                       const FiscalYear& year, Date date) {
  const AssetRegister assets(store, reader);
  const AssetAccounts& accounts = default_asset_accounts();
  std::vector<Posting> depreciation, subsidies, disposals;
  for (const auto& asset : assets.assets(entity)) {
    const auto line = assets.in_year(asset, year);
    if (!line) continue;
    const DepreciationAccounts depreciation_accounts = assets.accounts_of(asset);
    const PostingDetails details{.label = "Dotation " + asset.label, .tags = {{"asset", asset.code}}};
    if (!line->charge.is_zero()) {
      depreciation.push_back(Posting::debiting(depreciation_accounts.expense_account, line->charge, details));
      depreciation.push_back(Posting::crediting(depreciation_accounts.depreciation_account, line->charge, details));
    }
    if (const Money release = subsidy_release(asset, *line); !release.is_zero()) {
      const PostingDetails subsidy{.label = "Quote-part de subvention " + asset.label, .tags = {{"asset", asset.code}}};
      subsidies.push_back(Posting::debiting(accounts.subsidy_released, release, subsidy));
      subsidies.push_back(Posting::crediting(accounts.subsidy_income, release, subsidy));
    }
    const Money base = asset.depreciable_base();
    if (asset.subsidy && (line->disposed || line->closing == base) && line->opening != base) {
      // Released in full this year (the life ends or the asset leaves):
      // 13x and 139 are cleared against each other.
      const PostingDetails cleared{.label = "Solde subvention " + asset.label, .tags = {{"asset", asset.code}}};
      subsidies.push_back(Posting::debiting(asset.subsidy->account, asset.subsidy->amount, cleared));
      subsidies.push_back(Posting::crediting(accounts.subsidy_released, asset.subsidy->amount, cleared));
    }
    if (line->disposed) {
      const PostingDetails exit{.label = "Sortie " + asset.label, .tags = {{"asset", asset.code}}};
      if (!line->closing.is_zero()) {
        disposals.push_back(Posting::debiting(depreciation_accounts.depreciation_account, line->closing, exit));
      }
      if (!line->net_book_value.is_zero()) {
        disposals.push_back(Posting::debiting(accounts.disposal_book_value, line->net_book_value, exit));
      }
      disposals.push_back(Posting::crediting(asset.account, asset.cost, exit));
      if (const Money price = asset.disposal->price; !price.is_zero()) {
        const PostingDetails sale{.label = "Cession " + asset.label, .tags = {{"asset", asset.code}}};
        disposals.push_back(Posting::debiting(accounts.disposal_receivable, price, sale));
        disposals.push_back(Posting::crediting(accounts.disposal_proceeds, price, sale));
      }
    }
  }
  const std::string y = std::to_string(year.year);
  std::vector<Transaction> entries;
  auto add = [&](std::vector<Posting>& lines, const std::string& piece, const std::string& label) {
    if (!lines.empty()) entries.push_back(Transaction::draft(entity, "OD", date, piece, label, std::move(lines)));
  };
  add(depreciation, "AMORT-" + y, "Dotations aux amortissements " + y);
  add(subsidies, "SUBV-" + y, "Quote-part des subventions d'investissement " + y);
  add(disposals, "CESSION-" + y, "Sorties d'immobilisations " + y);
  return entries;
}

using BalanceKey = std::pair<std::string, std::string>;  // account, auxiliary

bool in_balance_sheet(const std::string& account) {
  return !account.empty() && account[0] >= '1' && account[0] <= '5';
}
bool in_result(const std::string& account) {
  return !account.empty() && (account[0] == '6' || account[0] == '7');
}

// The collective accounts whose auxiliary accounts are lettered (customers
// and suppliers): their open items are carried one by one.
constexpr std::array<const char*, 2> lettered_prefixes = {"401", "411"};

// The open items at the year's end of each auxiliary account of the
// lettered accounts: its postings of the year not lettered, or lettered
// after the year's end (the carried line keeps that lettering, so the
// next year's lines of the group find it), as opening lines. An auxiliary
// account whose open items do not add up to its balance (a file lettered
// partially) is left out: its balance is carried as one line; one at zero
// carries nothing, lettered or not.
std::map<BalanceKey, std::vector<Posting>> open_items(const BookReader& reader, const ClosingPlan& plan,
                                                      const std::map<BalanceKey, Money>& balances) {
  std::map<BalanceKey, std::vector<Posting>> items;
  for (const char* prefix : lettered_prefixes) {
    // A book without auxiliary accounts there reads none of its lines.
    const bool any = std::any_of(balances.begin(), balances.end(), [&](const auto& b) {
      return !b.first.second.empty() && !b.second.is_zero() && b.first.first.rfind(prefix, 0) == 0;
    });
    if (!any) continue;
    TransactionFilter filter;
    filter.entity = plan.entity;
    filter.from = plan.year.start;
    filter.to = plan.year.end;
    filter.account_prefix = prefix;
    reader.for_each_ledger_line(filter, [&](const LedgerLine& l) {
      const Posting& p = l.posting;
      if (p.auxiliary.empty() || (p.lettering && p.lettering->date <= plan.year.end)) return;
      if ((p.debit - p.credit).is_zero()) return;
      const std::string label = p.label.empty() ? l.transaction_label : p.label;
      Posting line = Posting::with_balance(
          p.account, p.debit - p.credit,
          {.auxiliary = p.auxiliary, .label = l.piece_ref.empty() ? label : l.piece_ref + " " + label});
      line.lettering = p.lettering;
      items[{p.account, p.auxiliary}].push_back(std::move(line));
    });
  }
  return items;
}

// The à-nouveaux: every balance of classes 1–5 per auxiliary (the open
// items of customers and suppliers one by one), and the result on 120000 /
// 129000. Sets plan.result.
void plan_opening_entry(const BookReader& reader, ClosingPlan& plan) {
  std::map<BalanceKey, Money> balances;
  Money result_balance;  // debit − credit of classes 6 and 7
  auto add = [&](const std::string& account, const std::string& auxiliary, Money balance) {
    if (in_balance_sheet(account)) balances[{account, auxiliary}] += balance;
    if (in_result(account)) result_balance += balance;
  };
  for (const auto& row : reader.balances_by_auxiliary(plan.entity, plan.year.start, plan.year.end)) {
    add(row.account, row.auxiliary, row.balance());
  }
  for (const auto& entry : plan.year_end_entries) {
    for (const auto& p : entry.postings) add(p.account, p.auxiliary, p.debit - p.credit);
  }
  plan.result = -result_balance;
  auto items = open_items(reader, plan, balances);
  std::vector<Posting> lines;
  for (const auto& [key, balance] : balances) {
    auto found = items.find(key);
    if (found != items.end() && !balance.is_zero()) {
      Money sum;
      for (const auto& item : found->second) sum += item.debit - item.credit;
      if (sum == balance) {
        for (auto& item : found->second) lines.push_back(std::move(item));
        continue;
      }
    }
    if (!balance.is_zero()) lines.push_back(Posting::with_balance(key.first, balance, {.auxiliary = key.second}));
  }
  if (plan.result.is_negative()) lines.push_back(Posting::debiting(deficit_account, -plan.result));
  if (!plan.result.is_negative() && !plan.result.is_zero()) {
    lines.push_back(Posting::crediting(surplus_account, plan.result));
  }
  if (lines.size() < 2) return;
  plan.opening_entry =
      Transaction::draft(plan.entity, "AN", plan.next_year.start, "AN-" + std::to_string(plan.next_year.year),
                         "À-nouveaux de l'exercice " + std::to_string(plan.year.year), std::move(lines));
}

}  // namespace

bool ClosingPlan::blocked() const {
  return std::any_of(problems.begin(), problems.end(),
                     [](const ClosingProblem& p) { return p.severity == ClosingSeverity::Blocking; });
}

bool ClosingPlan::has_warnings() const {
  return std::any_of(problems.begin(), problems.end(),
                     [](const ClosingProblem& p) { return p.severity == ClosingSeverity::Warning; });
}

ClosingPlan YearClosing::plan(const std::string& entity, int year, std::optional<Date> date) const {
  const BookReader& reader = book_.reader();
  ClosingPlan plan;
  plan.entity = entity;
  plan.year = require_year(reader, entity, year);
  if (!plan.year.is_open()) {
    throw Error(ErrorKind::Locked, "fiscal year " + describe(plan.year) + " of " + entity + " is already closed");
  }
  plan.entry_date = date.value_or(plan.year.end);
  if (!plan.year.contains(plan.entry_date)) {
    throw Error(ErrorKind::InvalidInput,
                "--date " + plan.entry_date.iso() + " is not in fiscal year " + describe(plan.year));
  }
  const auto next = next_year_of(reader, entity, plan.year);
  plan.next_year_exists = next.has_value();
  plan.next_year = next.value_or(following_fiscal_year(plan.year));
  plan.problems = closing_checks(reader, entity, plan.year, store_check_);
  if (plan.next_year_exists) {
    // Opening entries already there (imported with a FEC, or written by
    // hand): carrying the balances again would count them twice.
    TransactionFilter an;
    an.entity = entity;
    an.journal = "AN";
    an.from = plan.next_year.start;
    an.to = plan.next_year.end;
    std::vector<std::string> refs;
    reader.for_each_transaction(an, [&](const Transaction& t) { refs.push_back(t.reference()); });
    if (!refs.empty()) {
      plan.problems.push_back(
          {"opening-exists", ClosingSeverity::Blocking, std::to_string(plan.next_year.year), {}, std::move(refs)});
    }
  }

  for (auto& entry : asset_entries(reader, assets_, entity, plan.year, plan.entry_date)) {
    plan.year_end_entries.push_back(std::move(entry));
  }
  const std::vector<std::string> by_hand = dedicated_funds_entries(reader, entity, plan.year);
  if (!by_hand.empty()) {
    plan.problems.push_back({"dedicated-funds-posted", ClosingSeverity::Warning, {}, {}, by_hand});
  } else {
    try {
      const GrantDesk desk(grants_, book_);
      for (auto entry : desk.funds_proposal(entity, year).entries) {
        entry.date = plan.entry_date;
        entry.piece_date = plan.entry_date;
        plan.year_end_entries.push_back(std::move(entry));
      }
    } catch (const Error& e) {
      plan.problems.push_back({"dedicated-funds", ClosingSeverity::Blocking, {}, {}, {e.what()}});
    }
  }
  plan_opening_entry(reader, plan);
  return plan;
}

void YearClosing::close(const ClosingPlan& plan, Date validation_date, bool accept_warnings) {
  const std::string what = "the close of " + plan.entity + " " + std::to_string(plan.year.year);
  if (plan.blocked()) {
    throw Error(ErrorKind::InvalidInput, what + " is refused: blocking problems (--dry-run lists them)");
  }
  if (plan.has_warnings() && !accept_warnings) {
    throw Error(ErrorKind::InvalidInput,
                what + " has warnings (--dry-run lists them): check them, then close with --accept-warnings");
  }
  for (const auto& entry : plan.year_end_entries) book_.post(entry, true, validation_date);
  book_.close_fiscal_year(plan.entity, plan.year.year);
  if (!plan.next_year_exists) book_.add_fiscal_year(plan.entity, plan.next_year);
  if (plan.opening_entry) book_.post(*plan.opening_entry, true, validation_date);
}

}  // namespace comptoir

// The fixed-assets table of the annexe (annexes.hpp): the class-2
// postings of the year per account, and the register's figures at the
// year's end beside them.
#include <map>

#include "reports/annexes.hpp"
#include "statement_support.hpp"

namespace comptoir {
namespace {

using Movements = std::map<std::string, FixedAssetMovement>;

void add_posting(const LedgerLine& line, Movements& gross, Movements& depreciation) {
  const Posting& p = line.posting;
  const bool reduces_assets = statements::is_depreciation_account(p.account);
  FixedAssetMovement& m = (reduces_assets ? depreciation : gross)[p.account];
  m.account = p.account;
  const Money in = reduces_assets ? p.credit : p.debit;
  const Money out = reduces_assets ? p.debit : p.credit;
  if (line.journal == opening_journal) {
    m.opening += in - out;
  } else {
    m.increases += in;
    m.decreases += out;
  }
}

std::vector<FixedAssetMovement> labelled(const BookReader& book, const std::string& entity, Movements movements) {
  std::vector<FixedAssetMovement> out;
  for (auto& entry : movements) {
    FixedAssetMovement& m = entry.second;
    if (const auto a = book.account(entity, entry.first)) m.label = a->label;
    out.push_back(std::move(m));
  }
  return out;
}

// A note per account whose closing in the books is not the register's.
void compare(const std::vector<FixedAssetMovement>& books, const std::map<std::string, Money>& register_closing,
             const char* note, std::vector<StatementNote>& notes) {
  std::map<std::string, std::pair<Money, Money>> both;  // account -> (register, books)
  for (const auto& [account, amount] : register_closing) both[account].first = amount;
  for (const auto& m : books) both[m.account].second = m.closing();
  for (const auto& [account, amounts] : both) {
    if (amounts.first == amounts.second) continue;
    notes.push_back({note,
                     {{"account", account}},
                     amounts.first - amounts.second,
                     {{"register", amounts.first}, {"books", amounts.second}}});
  }
}

}  // namespace

FixedAssetsAnnexe fixed_assets_annexe(const BookReader& book, const AssetRegister& assets, const std::string& entity,
                                      int year) {
  FixedAssetsAnnexe a;
  a.years = statement_years(book, entity, year);
  TransactionFilter filter;
  filter.entity = entity;
  filter.fiscal_year = year;
  filter.account_prefix = "2";
  Movements gross, depreciation;
  book.for_each_ledger_line(filter, [&](const LedgerLine& line) { add_posting(line, gross, depreciation); });
  a.gross = labelled(book, entity, std::move(gross));
  a.depreciation = labelled(book, entity, std::move(depreciation));

  std::map<std::string, Money> register_gross, register_depreciation;
  const FiscalYear& fy = a.years.current;
  for (const auto& asset : assets.assets(entity)) {
    if (asset.in_service > fy.end || (asset.disposal && asset.disposal->date <= fy.end)) continue;
    register_gross[asset.account] += asset.cost;
    if (const auto line = assets.in_year(asset, fy)) {
      register_depreciation[assets.accounts_of(asset).depreciation_account] += line->closing;
    }
  }
  compare(a.gross, register_gross, "fa.note.gross_differs", a.notes);
  compare(a.depreciation, register_depreciation, "fa.note.depreciation_differs", a.notes);
  return a;
}

}  // namespace comptoir

// Tables of the annexe of an entity's fiscal year as typed data: the fixed
// assets (gross values and depreciation: opening, increases, decreases,
// closing, from the 2x and 28x/29x postings, checked against the asset
// register) and the dedicated funds (per category 194/195/196 and per
// agreement: opening, reports, utilisations, closing, from the grants'
// roll-forward, checked against the 19x balances). Written as tables by
// annexe_tables.hpp.
#pragma once

#include <string>
#include <vector>

#include "assets/asset_register.hpp"
#include "grants/grant_funds.hpp"
#include "reports/statements.hpp"

namespace comptoir {

// One account's movements over the year: opening (journal AN), increases
// and decreases (the other journals), closing. For amortissements and
// dépréciations (28x, 29x) increases are credits (dotations) and
// decreases debits (reprises, disposals).
struct FixedAssetMovement {
  std::string account;
  std::string label;
  Money opening;
  Money increases;
  Money decreases;
  [[nodiscard]] Money closing() const { return opening + increases - decreases; }
};

struct FixedAssetsAnnexe {
  StatementYears years;
  std::vector<FixedAssetMovement> gross;         // class 2 but 28x/29x, by account
  std::vector<FixedAssetMovement> depreciation;  // 28x and 29x, by account
  // Per account whose closing differs from the register's (the cost of
  // the assets in service at the year's end, their accumulated
  // depreciation): {account}, {register}, {books}.
  std::vector<StatementNote> notes;
};

[[nodiscard]] FixedAssetsAnnexe fixed_assets_annexe(const BookReader& book, const AssetRegister& assets,
                                                    const std::string& entity, int year);

// One agreement's dedicated funds of the year, or a category's total
// (`grant` empty).
struct DedicatedFundsLine {
  std::string fund_account;  // 194000 / 195000 / 196000
  std::string grant;
  Money opening;
  Money allocated;  // reports en fonds dédiés (Dr 689x / Cr 19x)
  Money released;   // utilisations (Dr 19x / Cr 789x)
  Money closing;
};

struct DedicatedFundsAnnexe {
  StatementYears years;
  // Per category, by fund account: its agreements, then its total.
  std::vector<DedicatedFundsLine> lines;
  DedicatedFundsLine total;
  // Per category whose closing differs from the fund account's balance in
  // the books (the closing has not posted it yet): {account}, {register},
  // {books}.
  std::vector<StatementNote> notes;
};

// From the dedicated-funds proposal of the entity's year (GrantDesk::
// funds_proposal).
[[nodiscard]] DedicatedFundsAnnexe dedicated_funds_annexe(const BookReader& book, const GrantFundsProposal& proposal);

}  // namespace comptoir

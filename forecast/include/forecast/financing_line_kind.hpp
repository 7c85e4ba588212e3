// What a line of the start-up financing plan stands for (to label it in
// any language).
#pragma once

namespace comptoir::forecast {

enum class FinancingLineKind {
  Investment,     // uses: one investment, by its label
  InvestmentVat,  // uses: VAT on investments and first stock to pre-finance until recovered
  FirstStock,     // uses: stock initial
  StartingCash,   // uses: trésorerie de départ
  OwnFunds,       // resources: apports
  Grant,          // resources: one investment grant, by its label
  Loan,           // resources: one loan, by its label
};

}  // namespace comptoir::forecast

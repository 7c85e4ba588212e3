// The lines of the income statement arranged as the French intermediate
// balances (soldes intermédiaires de gestion, SIG) plus the CAF, for one
// month or one year. All amounts in cents, excl. VAT under a real regime.
#pragma once

#include "core/money.hpp"

namespace comptoir::forecast {

struct SigLines {
  Money goods_sales;          // ventes de marchandises (707)
  Money purchases;            // coût d'achat des marchandises vendues (607 ± 6037)
  Money commercial_margin;    // marge commerciale
  Money services_revenue;     // production vendue: commissions and fees (706)
  Money external_charges;     // consommations externes (61/62)
  Money value_added;          // valeur ajoutée
  Money operating_subsidies;  // subventions d'exploitation (74)
  Money taxes;                // impôts et taxes (63)
  Money staff_costs;          // charges de personnel (64)
  Money ebe;                  // excédent brut d'exploitation
  Money depreciation;         // dotations aux amortissements (681)
  Money operating_result;     // résultat d'exploitation
  Money interest;             // charges financières (661)
  Money current_result;       // résultat courant avant impôts
  Money exceptional_income;   // quote-part des subventions d'investissement (777)
  Money income_tax;           // impôt sur les bénéfices (695)
  Money net_result;           // résultat net
  Money caf;                  // capacité d'autofinancement
  Money volunteer_contributions;  // memo: contributions volontaires en nature (86/87), not in the result

  [[nodiscard]] Money revenue() const { return goods_sales + services_revenue; }  // chiffre d'affaires
  SigLines& operator+=(const SigLines& other);
};

// Derives the balances (margin, value added, EBE, results, CAF) from the
// primary lines. Exact: integer cents only.
void complete_balances(SigLines& lines);

}  // namespace comptoir::forecast

// Payment and stock terms that make the working-capital need (BFR).
#pragma once

namespace comptoir::forecast {

struct WorkingCapitalTerms {
  int stock_days = 0;     // stock held, in days of purchases excl. VAT
  int customer_days = 0;  // customer credit, in days of sales incl. VAT (a café: 0)
  int supplier_days = 0;  // supplier credit, in days of purchases incl. VAT
};

}  // namespace comptoir::forecast

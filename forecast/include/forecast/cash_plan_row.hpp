// One month of the cash plan (plan de trésorerie), all flows incl. VAT.
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir::forecast {

struct CashPlanRow {
  Date month;
  Money opening;
  // Receipts (encaissements)
  Money sales;          // goods and services, incl. VAT
  Money subsidies;      // operating subsidies
  Money financing;      // own funds, grants, loans (first month)
  Money receipts;       // total
  // Disbursements (décaissements)
  Money purchases;      // incl. VAT
  Money staff;
  Money fixed_costs;    // external charges and taxes, incl. VAT
  Money startup;        // investments and first stock, incl. VAT (first month)
  Money loan_payments;  // interest + principal
  Money vat_paid;       // VAT paid to the state this month
  Money income_tax;
  Money disbursements;  // total
  Money net_flow;
  Money closing;
  // VAT of the month (memo): collected on sales, deductible on purchases,
  // costs and investments.
  Money vat_collected;
  Money vat_deductible;
};

}  // namespace comptoir::forecast

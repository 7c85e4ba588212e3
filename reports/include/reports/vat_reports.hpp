// The VAT of a VAT-liable entity as report tables: collected, deductible
// and net due (or credit) per rate and period over a year, and the main
// lines of one period's CA3 return in whole euros. Both read the book
// through its reader port; the statement itself is computed in rules/vat.
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"
#include "vat/vat_rate.hpp"
#include "vat/vat_statement.hpp"

namespace comptoir {

// Per period of `year` that has VAT: a row per collected rate (base HT,
// an Estimate when recomputed from the tax), per deductible account and
// for the credit brought forward, then a total row with the net due (on
// 445510) or the credit (on 445670). CSV contract:
// period,kind,rate,account,base_ht,vat. Throws as compute_vat_statement.
void write_vat_summary(const BookReader& book, const std::string& entity, int year, VatPeriodKind kind,
                       const std::vector<VatRate>& rates, const Labels& labels, TableWriter& out);

// The CA3 lines of `period` (see ca3_lines); the totals and the result
// (16, 23, 25, 28) are total rows. Amounts are whole euros.
void write_vat_ca3(const BookReader& book, const std::string& entity, const VatPeriod& period,
                   const std::vector<VatRate>& rates, const Labels& labels, TableWriter& out);

}  // namespace comptoir

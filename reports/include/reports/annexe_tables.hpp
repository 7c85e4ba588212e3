// The annexe's tables of annexes.hpp for every writer, with the notes
// that reconcile them with the registers in a table of their own.
#pragma once

#include <vector>

#include "labels/labels.hpp"
#include "reports/annexes.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// "fixed-assets" (part, kind, account, label, opening, increases,
// decreases, closing): gross values, then depreciation, each with its
// total, then the net book values; then "notes".
[[nodiscard]] std::vector<TableData> fixed_assets_tables(const FixedAssetsAnnexe& annexe, const Labels& labels);

// "dedicated-funds" (kind, account, label, opening, allocated, released,
// closing): per category its agreements and total, then the grand total;
// then "notes".
[[nodiscard]] std::vector<TableData> dedicated_funds_tables(const DedicatedFundsAnnexe& annexe, const Labels& labels);

}  // namespace comptoir

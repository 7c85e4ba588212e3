// The fixed-asset register as report tables: the list of assets, one
// asset's sheet and its schedule year by year, and the depreciation of
// every asset of an entity for one fiscal year (what the closing will
// post). Schedules are computed in rules/assets (AssetRegister).
#pragma once

#include <string>

#include "assets/asset_register.hpp"
#include "core/fiscal_year.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One row per asset of `entity` ("" = every entity), then a total row of
// the costs. CSV contract: code,entity,label,account,in_service,cost,
// life_years,residual,disposal_date,disposal_price.
void write_asset_list(const AssetRegister& assets, const std::string& entity, const Labels& labels, TableWriter& out);

// The asset `code` as field,value rows (a disposed asset also shows its
// net book value on the disposal day and the result, price − that value).
// Throws Error(NotFound) for an unknown code.
void write_asset_sheet(const AssetRegister& assets, const std::string& code, const Labels& labels, TableWriter& out);

// The asset's schedule, one row per fiscal year, then a total row of the
// charges. CSV contract: year,start,end,days,opening,charge,closing,
// net_book_value,disposed.
void write_asset_schedule(const AssetRegister& assets, const std::string& code, const Labels& labels, TableWriter& out);

// Every asset of `entity` depreciated in fiscal year `year` (in service by
// its end, not disposed before its start), then a total row. CSV contract:
// code,label,account,depreciation_account,expense_account,cost,opening,
// charge,closing,net_book_value,disposed.
void write_asset_year_schedule(const AssetRegister& assets, const std::string& entity, const FiscalYear& year,
                               const Labels& labels, TableWriter& out);

}  // namespace comptoir

// Grants and private aid as report tables: every agreement's state as of a
// date, one agreement's terms and state, its tranches, and the year-end
// dedicated-funds proposal (entries and roll-forward). States and the
// proposal are computed in rules/grants (GrantDesk); the agreements and
// tranches are read through the grant store port.
#pragma once

#include <string>

#include "core/book_reader.hpp"
#include "core/date.hpp"
#include "grants/grant_desk.hpp"
#include "grants/grant_funds.hpp"
#include "grants/grant_store.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One row per agreement of `entity` ("" = every entity) with its state on
// `as_of`, then a total row of the amounts. CSV contract:
// code,entity,funder,earmarked,awarded,called,received,receivable,spent,
// remaining,period_elapsed_pct,spent_pct (earmarked true/false, percents
// with one decimal).
void write_grant_list(const GrantStore& grants, const GrantDesk& desk, const std::string& entity, Date as_of,
                      const Labels& labels, TableWriter& out);

// The agreement `code` as field,value rows: its terms, then its state on
// `as_of`. Throws Error(NotFound) for an unknown code.
void write_grant_sheet(const GrantStore& grants, const GrantDesk& desk, const std::string& code, Date as_of,
                       const Labels& labels, TableWriter& out);

// The tranches of the agreement `code` (called or received) with the
// reference of the validated entry that booked each.
void write_grant_tranches(const GrantStore& grants, const BookReader& book, const std::string& code,
                          const Labels& labels, TableWriter& out);

// The proposal's draft entries (Dr 689x / Cr 19x, Dr 19x / Cr 789x).
void write_grant_funds_entries(const GrantFundsProposal& proposal, const Labels& labels, TableWriter& out);

// The roll-forward of every earmarked agreement up to the proposal's year,
// then a total row of that year's rows.
void write_grant_funds_roll_forward(const GrantFundsProposal& proposal, const Labels& labels, TableWriter& out);

}  // namespace comptoir

// The integrity check of the books (comptoir verify) as a table for every
// writer, so that an audit pack holds it as PDF, XLSX and CSV: per entity
// the validated entries and postings checked, the state of its hash chain
// and its head; then the running totals and the references. The checks
// themselves are core's verify_book and the store's.
#pragma once

#include <string>
#include <vector>

#include "core/hash_chain.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// CSV contract: check,entity,transactions,postings,status,detail; check
// "chain" (one row per entity, detail its head's hash or first problem),
// "running_totals", "references"; status "ok" or "failed".
void write_integrity_report(const VerificationReport& report, const std::vector<std::string>& running_totals,
                            const std::vector<std::string>& references, const Labels& labels, TableWriter& out);

}  // namespace comptoir

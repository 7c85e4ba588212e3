// The co-financing listings, built once for every writer: the rules in the
// order funders pay, what each funder can still pay for a commune, the
// communes with their eligibility flags, and the prestations with their
// split between funders and the commune. Each reads the co-financing store
// through its port.
#pragma once

#include <cstdint>
#include <string>

#include "cofinancing/cofinancing_store.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One row per rule: code, funder, rate ("50.00 %"), cap, scope, base,
// validity, required flag, priority.
void write_cofinancing_rules(const CofinancingStore& store, const Labels& labels, TableWriter& out);

// One row per rule: whether `commune` is eligible, the cap, what the
// commune's prestations use of it (in `year` for per-year caps) and the
// headroom left. Throws Error(NotFound) for an unknown commune.
void write_cofinancing_headroom(const CofinancingStore& store, const std::string& commune, int year,
                                const Labels& labels, TableWriter& out);

// Every commune, or only `code` when not empty (Error(NotFound) if the
// store lacks it), with its flags comma-separated.
void write_communes(const CofinancingStore& store, const std::string& code, const Labels& labels, TableWriter& out);

// One row per share of each prestation of `commune` ("" = every commune),
// in date then entry order. Returns whether a share's cap is reached: text
// stars those payers and the caller prints the legend
// (prestation.cap_legend) under the table.
[[nodiscard]] bool write_prestations(const CofinancingStore& store, const std::string& commune, const Labels& labels,
                                     TableWriter& out);
// The same for one prestation; Error(NotFound) for an unknown id.
[[nodiscard]] bool write_prestation(const CofinancingStore& store, std::int64_t id, const Labels& labels,
                                    TableWriter& out);

}  // namespace comptoir

// One flow between two associations (re-invoiced staff time, a shared cost,
// a grant passed on, a payment), before it becomes two mirrored entries.
#pragma once

#include <string>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/transaction.hpp"

namespace comptoir {

// The tag that links the two sides of a flow: interco=<pair id>. The
// combined view (reports) eliminates class 6/7 postings carrying it.
inline constexpr const char* interco_tag = "interco";

struct InterCoFlow {
  std::string pair_id;  // IC-2025-001: the interco tag's value, shared by both sides
  std::string from;     // entity that supplies
  std::string to;       // entity that receives
  std::string kind;     // interco_kinds.csv code
  Money amount;         // excluding VAT; > 0
  Date date;
  std::string label;
  std::string piece;    // piece reference of both entries (default: the pair id)
  Tags tags;            // extra analytic tags on every posting (activity=...)
};

}  // namespace comptoir

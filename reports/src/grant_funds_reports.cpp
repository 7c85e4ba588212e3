// The dedicated-funds proposal (fonds dédiés) as two tables: the draft
// entries and the roll-forward per agreement (see grant_reports.hpp).
#include "reports/grant_reports.hpp"

namespace comptoir {
namespace {

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

}  // namespace

void write_grant_funds_entries(const GrantFundsProposal& p, const Labels& t, TableWriter& out) {
  out.begin({t("grants.funds.entries.title", {{"entity", p.entity}, {"year", std::to_string(p.year)}}),
             {{"date", text(t, "col.date"), 10},
              {"journal", text(t, "grants.col.journal"), 0},
              {"piece", text(t, "col.piece"), 30},
              {"grant", text(t, "grants.col.grant"), 0},
              {"debit_account", text(t, "col.debit"), 7},
              {"credit_account", text(t, "col.credit"), 7},
              {"amount", text(t, "grants.col.amount"), 12, Align::Right},
              {"label", text(t, "col.label"), 0}}});
  for (const auto& e : p.entries) {
    const Posting& dr = e.postings.at(0);
    const Posting& cr = e.postings.at(1);
    out.row({e.date, e.journal, e.piece_ref, dr.tags.at("grant"), dr.account, cr.account, dr.debit, e.label});
  }
  out.end();
}

void write_grant_funds_roll_forward(const GrantFundsProposal& p, const Labels& t, TableWriter& out) {
  out.begin({t("grants.funds.roll_forward.title", {{"entity", p.entity}}),
             {{"grant", text(t, "grants.col.grant"), 20},
              {"year", text(t, "grants.col.year"), 5, Align::Right},
              {"fund_account", text(t, "col.account"), 0},
              {"opening", text(t, "grants.col.opening"), 10, Align::Right},
              {"income", text(t, "grants.col.income"), 0, Align::Right},
              {"spent", text(t, "grants.col.spent"), 0, Align::Right},
              {"released", text(t, "grants.col.released"), 10, Align::Right},
              {"allocated", text(t, "grants.col.allocated"), 10, Align::Right},
              {"closing", text(t, "grants.col.closing"), 10, Align::Right}}});
  for (const auto& r : p.history) {
    out.row({r.grant, std::int64_t{r.year}, r.fund_account, r.opening, r.income, r.spent, r.released, r.allocated,
             r.closing});
  }
  // The year's movements; income and spending are per agreement only.
  Money opening, released, allocated, closing;
  for (const auto& r : p.rows) {
    opening += r.opening;
    released += r.released;
    allocated += r.allocated;
    closing += r.closing;
  }
  out.total({t("grants.funds.total_year", {{"year", std::to_string(p.year)}}),
             std::int64_t{p.year},
             {},
             opening,
             Money{},
             Money{},
             released,
             allocated,
             closing});
  out.end();
}

}  // namespace comptoir

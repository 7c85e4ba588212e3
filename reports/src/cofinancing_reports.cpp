// See cofinancing_reports.hpp.
#include "reports/cofinancing_reports.hpp"

#include <algorithm>

#include "cofinancing/cofinancing_split.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

std::string heading(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

// "50.00 %" in every format: the CSV contract of rule list predates Percent.
std::string rate_text(const Rational& rate) {
  return to_decimal_string(rate * 100, 2) + " %";
}

Commune require_commune(const CofinancingStore& store, const std::string& code) {
  auto commune = store.commune(code);
  if (!commune) throw Error(ErrorKind::NotFound, "unknown commune " + code);
  return *commune;
}

std::string joined(const std::set<std::string>& flags) {
  std::string text;
  for (const auto& f : flags) text += (text.empty() ? "" : ",") + f;
  return text;
}

// Text shows the payer's code, starred when its cap is reached, and
// "commune" for the commune's remaining share (reste à charge); CSV and
// JSON keep the payer's code.
Code payer_of(const CofinancingShare& s, const Labels& t) {
  if (s.is_commune()) return {s.payer, heading(t, "prestation.payer.commune")};
  return {s.payer, s.payer + (s.cap_reached ? "*" : "")};
}

// Text keeps to 80 columns with whole commune codes and the type in words:
// it leaves out the date (rows come in date order), status, price (the sum
// of the shares), payer name and cap flag, which CSV and JSON carry.
std::vector<Column> prestation_columns(const Labels& t) {
  return {{"id", heading(t, "prestation.col.number"), 3, Align::Right},
          {"commune", heading(t, "cofinancing.col.commune"), 34},
          {"type", heading(t, "prestation.col.type"), 22},
          {"date", heading(t, "col.date"), 0},
          {"status", heading(t, "prestation.col.status"), 0},
          {"price_ht", heading(t, "prestation.col.price_ht"), 0, Align::Right},
          {"payer", heading(t, "prestation.col.payer"), 7},
          {"payer_name", heading(t, "cofinancing.col.name"), 0},
          {"share_ht", heading(t, "prestation.col.share_ht"), 9, Align::Right},
          {"cap_reached", heading(t, "cofinancing.col.cap"), 0}};  // 79 columns of text
}

bool write_splits(const CofinancingStore& store, const std::vector<Prestation>& list, const Labels& t,
                  TableWriter& out) {
  out.begin({heading(t, "prestation.list.title"), prestation_columns(t)});
  bool any_cap = false;
  for (const auto& p : list) {
    const Code type{to_string(p.type), heading(t, "prestation.type." + to_string(p.type))};
    const Code status{to_string(p.status), heading(t, "prestation.status." + to_string(p.status))};
    for (const auto& s : store.split(p.id).shares) {
      any_cap = any_cap || s.cap_reached;
      out.row(
          {p.id, p.commune, type, p.date, status, p.price_ht, payer_of(s, t), s.payer_name, s.amount, s.cap_reached});
    }
  }
  out.end();
  return any_cap;
}

}  // namespace

void write_cofinancing_rules(const CofinancingStore& store, const Labels& t, TableWriter& out) {
  out.begin({heading(t, "cofinancing.rules.title"),
             {{"code", heading(t, "cofinancing.col.code"), 6},
              {"funder", heading(t, "cofinancing.col.funder"), 8},
              {"funder_name", heading(t, "cofinancing.col.name"), 36},
              {"rate", heading(t, "cofinancing.col.rate"), 9, Align::Right},
              {"cap", heading(t, "cofinancing.col.cap"), 12, Align::Right},
              {"scope", heading(t, "cofinancing.col.scope"), 12},
              {"base", heading(t, "cofinancing.col.base"), 4},
              {"valid_from", heading(t, "cofinancing.col.from"), 10},
              {"valid_to", heading(t, "cofinancing.col.to"), 10},
              {"flag", heading(t, "cofinancing.col.flag"), 20},
              {"priority", heading(t, "cofinancing.col.priority"), 5}}});
  for (const auto& r : store.cofinancing_rules()) {
    out.row({r.code, r.funder, r.funder_name, rate_text(r.rate), r.cap, to_string(r.cap_scope), to_string(r.base),
             r.valid_from, r.valid_to ? Cell(*r.valid_to) : Cell(), r.eligibility_flag, std::int64_t{r.priority}});
  }
  out.end();
}

void write_cofinancing_headroom(const CofinancingStore& store, const std::string& code, int year, const Labels& t,
                                TableWriter& out) {
  const Commune commune = require_commune(store, code);
  const auto rules = store.cofinancing_rules();
  auto prestations = store.prestations(code);
  CofinancingUsage usage;  // what the commune's prestations use, in the order they consume caps
  (void)compute_splits(prestations, commune, rules, usage);
  out.begin({t("cofinancing.headroom.title", {{"commune", commune.code}}),
             {{"rule", heading(t, "cofinancing.col.rule"), 6},
              {"funder_name", heading(t, "cofinancing.col.funder"), 36, Align::Left, 12},
              {"eligible", heading(t, "cofinancing.col.eligible"), 8},
              {"scope", heading(t, "cofinancing.col.scope"), 12},
              {"cap", heading(t, "cofinancing.col.cap"), 12, Align::Right},
              {"used", heading(t, "cofinancing.col.used"), 12, Align::Right},
              {"headroom", heading(t, "cofinancing.col.headroom"), 12, Align::Right}}});
  for (const auto& r : rules) {
    const bool eligible = r.eligibility_flag.empty() || commune.has_flag(r.eligibility_flag);
    const Money used = usage.used_by(r, commune.code, year);
    const Money left = eligible && used < r.cap ? r.cap - used : Money{};
    out.row({r.code, r.funder_name, eligible, to_string(r.cap_scope), r.cap, used, left});
  }
  out.end();
}

void write_communes(const CofinancingStore& store, const std::string& code, const Labels& t, TableWriter& out) {
  const auto communes = code.empty() ? store.communes() : std::vector<Commune>{require_commune(store, code)};
  out.begin({heading(t, "commune.list.title"),
             {{"code", heading(t, "cofinancing.col.code"), 16},
              {"name", heading(t, "cofinancing.col.name"), 32, Align::Left, 22},
              {"flags", heading(t, "commune.col.flags"), 40}}});
  for (const auto& c : communes) out.row({c.code, c.name, joined(c.flags)});
  out.end();
}

bool write_prestations(const CofinancingStore& store, const std::string& commune, const Labels& t, TableWriter& out) {
  auto list = store.prestations(commune);
  std::stable_sort(list.begin(), list.end(), comes_before);
  return write_splits(store, list, t, out);
}

bool write_prestation(const CofinancingStore& store, std::int64_t id, const Labels& t, TableWriter& out) {
  const auto p = store.prestation(id);
  if (!p) throw Error(ErrorKind::NotFound, "unknown prestation " + std::to_string(id));
  return write_splits(store, {*p}, t, out);
}

}  // namespace comptoir

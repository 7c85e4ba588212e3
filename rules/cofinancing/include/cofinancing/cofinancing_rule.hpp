// Co-financing rules (règles de cofinancement): which funder pays what part
// of a prestation, on which base, up to which cap counted how, for which
// communes and when. Rules are data: shipped in
// rules/cofinancing/data/cofinancing_rules.csv, editable in the book.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cofinancing/prestation.hpp"
#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir {

// The amount a co-financing rate applies to: the price before tax (HT) or
// with VAT (TTC). Shares are always expressed and capped in HT.
enum class CofinancingBase {
  ExcludingTax,  // HT: rate × price HT
  IncludingTax,  // TTC: rate × price TTC, brought back to HT (÷ (1 + VAT rate))
};

// "ht" | "ttc" (any case); throws Error(InvalidInput).
[[nodiscard]] CofinancingBase parse_cofinancing_base(std::string_view text);
[[nodiscard]] std::string to_string(CofinancingBase base);

// What a co-financing cap counts: the funder's shares for one collectivité
// over all its prestations, for each prestation alone, or for one
// collectivité within a calendar year.
enum class CofinancingCapScope {
  PerCommune,      // "commune": cumulative over all of the commune's prestations
  PerPrestation,   // "prestation": each prestation on its own
  PerCommuneYear,  // "commune-year": per commune and calendar year of the prestation
};

// "commune" | "prestation" | "commune-year"; throws Error(InvalidInput).
[[nodiscard]] CofinancingCapScope parse_cofinancing_cap_scope(std::string_view text);
[[nodiscard]] std::string to_string(CofinancingCapScope scope);

// One rule: a funder, its rate of the base, its cap, and the communes and
// dates it applies to.
struct CofinancingRule {
  std::string code;         // "BDT": the key caps are counted under
  std::string funder;       // auxiliary account of the funder under 411000, "F-BDT"
  std::string funder_name;  // "Banque des Territoires"
  Rational rate;            // share of the base, 0 < rate <= 1 ("1/2"; 1 = the rest of the cost)
  Money cap;                // at most this much HT per cap scope
  CofinancingCapScope cap_scope = CofinancingCapScope::PerCommune;
  CofinancingBase base = CofinancingBase::ExcludingTax;
  Date valid_from;               // inclusive, compared with the prestation's date
  std::optional<Date> valid_to;  // inclusive; none = open-ended
  std::string eligibility_flag;  // the commune must carry it; empty = every commune
  int priority = 0;              // lower pays first

  // Whether the rule funds a prestation of `commune` dated `date`.
  [[nodiscard]] bool applies_to(const Commune& commune, Date date) const;
};

// Checks a rule's fields (code, funder, 0 < rate <= 1, cap >= 0, dates in
// order); throws Error(InvalidInput) naming the field.
void check_cofinancing_rule(const CofinancingRule& rule);

// Parses "code;funder;funder_name;rate;cap;scope;base;valid_from;valid_to;flag;priority"
// lines ('#' comments, a header line allowed). Throws Error(InvalidInput)
// naming `source`, the line and the field.
[[nodiscard]] std::vector<CofinancingRule> parse_cofinancing_rules(std::string_view text, std::string_view source);

// The shipped rules (rules/cofinancing/data/cofinancing_rules.csv).
[[nodiscard]] std::vector<CofinancingRule> default_cofinancing_rules();

// Rules in the order funders pay: priority, then code.
void sort_by_priority(std::vector<CofinancingRule>& rules);

}  // namespace comptoir

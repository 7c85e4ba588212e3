// A prestation Action Territoriale sells to a commune: the commune that buys
// it (with the flags co-financing rules ask for), the prestation's type,
// its status from quote to payment, and the prestation itself.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir {

// A commune (collectivité) that buys prestations: its auxiliary account
// under 411000 in AT and the eligibility flags co-financing rules ask for
// (villages-d-avenir, fonds-commerce-rural...).
struct Commune {
  std::string code;  // auxiliary account code, "COM-VILLERS"
  std::string name;  // "Commune de Villers"
  std::set<std::string> flags;

  [[nodiscard]] bool has_flag(const std::string& flag) const { return flags.contains(flag); }
};

// The four kinds of paid support Action Territoriale sells to communes, each
// with its own revenue account (706010..706040).
enum class PrestationType {
  Feasibility,       // étude de préfiguration: 706010
  Recruitment,       // recrutement de gérant: 706020
  OpeningSupport,    // accompagnement à l'ouverture: 706030
  OperationSupport,  // accompagnement au fonctionnement: 706040
};

// "feasibility" | "recruitment" | "opening-support" | "operation-support";
// throws Error(InvalidInput).
[[nodiscard]] PrestationType parse_prestation_type(std::string_view text);
[[nodiscard]] std::string to_string(PrestationType type);
// The AT revenue account credited by invoices of this type.
[[nodiscard]] std::string revenue_account(PrestationType type);

// Where a prestation stands, from quote to payment. Once invoiced its split
// between payers is fixed: the invoices are validated entries.
enum class PrestationStatus { Quoted, Signed, Delivered, Invoiced, Paid };

// "quoted" | "signed" | "delivered" | "invoiced" | "paid"; throws Error(InvalidInput).
[[nodiscard]] PrestationStatus parse_prestation_status(std::string_view text);
[[nodiscard]] std::string to_string(PrestationStatus status);
// Invoiced or paid: its split can no longer change.
[[nodiscard]] inline bool is_invoiced(PrestationStatus s) {
  return s == PrestationStatus::Invoiced || s == PrestationStatus::Paid;
}

// The one status a prestation may move to from `from` (quoted → signed →
// delivered → invoiced → paid); `from` itself for paid, which is final.
[[nodiscard]] PrestationStatus next_status(PrestationStatus from);
// Throws Error(InvalidInput) naming prestation `id`, its status and the
// allowed next step unless `to` is next_status(from).
void check_prestation_transition(std::int64_t id, PrestationStatus from, PrestationStatus to);

// A prestation sold by Action Territoriale to a commune: type, price HT,
// VAT rate, date and status. Co-financing splits its price between funders
// and the commune (see cofinancing_split.hpp).
struct Prestation {
  std::int64_t id = 0;  // entry order; 0 before it is stored
  std::string commune;  // Commune::code
  PrestationType type = PrestationType::Feasibility;
  std::string label;
  Money price_ht;
  Rational vat_rate;  // 1/5 for 20 %
  Date date;          // the date caps and rule validity are judged on
  PrestationStatus status = PrestationStatus::Quoted;

  // Price with VAT, VAT rounded half-up to the cent.
  [[nodiscard]] Money price_ttc() const { return price_ht + price_ht.times(vat_rate, RoundingMode::HalfUp); }
};

// Date order, then entry order: the order in which caps are consumed.
[[nodiscard]] inline bool comes_before(const Prestation& a, const Prestation& b) {
  return a.date != b.date ? a.date < b.date : a.id < b.id;
}

}  // namespace comptoir

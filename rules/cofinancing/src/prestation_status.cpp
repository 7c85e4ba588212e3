// Text forms of prestation types and statuses, and the revenue account of
// each type in AT's chart.
#include <array>
#include <string>
#include <utility>

#include "core/error.hpp"
#include "cofinancing/prestation_status.hpp"
#include "cofinancing/prestation_type.hpp"

namespace comptoir {
namespace {

constexpr std::array<std::pair<PrestationType, const char*>, 4> type_names{{
    {PrestationType::Feasibility, "feasibility"},
    {PrestationType::Recruitment, "recruitment"},
    {PrestationType::OpeningSupport, "opening-support"},
    {PrestationType::OperationSupport, "operation-support"},
}};

constexpr std::array<std::pair<PrestationStatus, const char*>, 5> status_names{{
    {PrestationStatus::Quoted, "quoted"},
    {PrestationStatus::Signed, "signed"},
    {PrestationStatus::Delivered, "delivered"},
    {PrestationStatus::Invoiced, "invoiced"},
    {PrestationStatus::Paid, "paid"},
}};

}  // namespace

PrestationType parse_prestation_type(std::string_view text) {
  for (const auto& [type, name] : type_names) {
    if (text == name) return type;
  }
  throw Error(ErrorKind::InvalidInput, "prestation type '" + std::string(text) +
                                           "': expected feasibility, recruitment, opening-support or operation-support");
}

std::string to_string(PrestationType type) {
  for (const auto& [t, name] : type_names) {
    if (t == type) return name;
  }
  return "?";
}

std::string revenue_account(PrestationType type) {
  switch (type) {
    case PrestationType::Feasibility: return "706010";
    case PrestationType::Recruitment: return "706020";
    case PrestationType::OpeningSupport: return "706030";
    case PrestationType::OperationSupport: return "706040";
  }
  return "706000";
}

PrestationStatus parse_prestation_status(std::string_view text) {
  for (const auto& [status, name] : status_names) {
    if (text == name) return status;
  }
  throw Error(ErrorKind::InvalidInput, "prestation status '" + std::string(text) +
                                           "': expected quoted, signed, delivered, invoiced or paid");
}

std::string to_string(PrestationStatus status) {
  for (const auto& [s, name] : status_names) {
    if (s == status) return name;
  }
  return "?";
}

PrestationStatus next_status(PrestationStatus from) {
  switch (from) {
    case PrestationStatus::Quoted:
      return PrestationStatus::Signed;
    case PrestationStatus::Signed:
      return PrestationStatus::Delivered;
    case PrestationStatus::Delivered:
      return PrestationStatus::Invoiced;
    case PrestationStatus::Invoiced:
    case PrestationStatus::Paid:
      return PrestationStatus::Paid;
  }
  return from;
}

void check_prestation_transition(std::int64_t id, PrestationStatus from, PrestationStatus to) {
  if (from != PrestationStatus::Paid && next_status(from) == to) return;
  const std::string which = "prestation " + std::to_string(id);
  const std::string next =
      from == PrestationStatus::Paid ? "nothing: paid is final" : "only " + to_string(next_status(from)) + " next";
  throw Error(ErrorKind::InvalidInput, "refused: " + which + " is " + to_string(from) + ", it cannot become " +
                                           to_string(to) + " (" + next +
                                           "; the steps are quoted, signed, delivered, invoiced, paid)");
}

}  // namespace comptoir

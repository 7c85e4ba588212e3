// Text forms of prestation types and statuses, and the revenue account of
// each type in AT's chart.
#include <array>
#include <string>
#include <utility>

#include "ledger/error.hpp"
#include "ledger/prestation_status.hpp"
#include "ledger/prestation_type.hpp"

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

}  // namespace comptoir

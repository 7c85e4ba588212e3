// The prestation status state machine: quoted → signed → delivered →
// invoiced → paid, one step at a time, and the statuses' text forms as
// stored in the book and typed on the command line.
#include <array>
#include <string>
#include <utility>

#include "cofinancing/prestation.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

constexpr std::array<std::pair<PrestationStatus, const char*>, 5> status_names{{
    {PrestationStatus::Quoted, "quoted"},
    {PrestationStatus::Signed, "signed"},
    {PrestationStatus::Delivered, "delivered"},
    {PrestationStatus::Invoiced, "invoiced"},
    {PrestationStatus::Paid, "paid"},
}};

}  // namespace

PrestationStatus parse_prestation_status(std::string_view text) {
  for (const auto& [status, name] : status_names) {
    if (text == name) return status;
  }
  throw Error(ErrorKind::InvalidInput,
              "prestation status '" + std::string(text) + "': expected quoted, signed, delivered, invoiced or paid");
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

// What Guinguette bookkeeping needs from storage: tours, events, the record
// of imported till days, and the aggregates a summary is made of. Writes
// need the book's open write scope (they land with the entries or not at all).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "till/guinguette.hpp"
#include "till/till_z_report.hpp"

namespace comptoir {

class GuinguetteStore {
 public:
  virtual ~GuinguetteStore() = default;

  [[nodiscard]] virtual std::vector<GuinguetteTour> tours() const = 0;
  // Throws Error(InvalidInput) if the code exists.
  virtual void add_tour(const GuinguetteTour& tour) = 0;
  // Stores the event, returns its id. Throws Error(NotFound) for an unknown
  // tour, Error(InvalidInput) if the tour already has an event that day.
  virtual std::int64_t add_event(const GuinguetteEvent& event) = 0;
  // Events by date then tour; "" = every tour; year filters by date.
  [[nodiscard]] virtual std::vector<GuinguetteEvent> events(const std::string& tour, std::optional<int> year) const = 0;
  [[nodiscard]] virtual std::optional<GuinguetteEvent> event_on(Date date, const std::string& tour) const = 0;

  // The file that imported the till day (date, tour), if any.
  [[nodiscard]] virtual std::optional<std::string> imported_day(Date date, const std::string& tour) const = 0;
  // The file already imported with this SHA-256, if any.
  [[nodiscard]] virtual std::optional<std::string> imported_file(const std::string& sha256) const = 0;
  // Records an import and returns its id; then each of its days with the
  // entry it produced (0 when there was nothing to post).
  virtual std::int64_t record_import(const std::string& file_name, const std::string& sha256, Date imported_on) = 0;
  virtual void record_import_day(std::int64_t import_id, const TillDay& day, std::int64_t event_id,
                                 std::int64_t transaction_id) = 0;
  // Seals the import once its days are recorded (verify checks the seal).
  virtual void seal_import(std::int64_t import_id) = 0;

  // Validated postings aggregated for the summary ("" = every tour; year:
  // events' dates and postings' dates in that calendar year).
  [[nodiscard]] virtual GuinguetteAmounts amounts(const std::string& tour, std::optional<int> year) const = 0;
};

}  // namespace comptoir

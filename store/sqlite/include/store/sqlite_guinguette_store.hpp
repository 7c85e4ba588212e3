// The Guinguette tables of a SQLite book (schema v3): tours, events, till
// imports, and the SQL aggregates of the summary. Writes share the book's
// write scope, so a till import lands with its entries or not at all.
#pragma once

#include "store/sqlite_book.hpp"
#include "till/guinguette_store.hpp"

namespace comptoir {

class SqliteGuinguetteStore final : public GuinguetteStore {
 public:
  // `book` must outlive this store.
  explicit SqliteGuinguetteStore(SqliteBook& book) : book_(book) {}

  [[nodiscard]] std::vector<GuinguetteTour> tours() const override;
  void add_tour(const GuinguetteTour& tour) override;
  std::int64_t add_event(const GuinguetteEvent& event) override;
  [[nodiscard]] std::vector<GuinguetteEvent> events(const std::string& tour, std::optional<int> year) const override;
  [[nodiscard]] std::optional<GuinguetteEvent> event_on(Date date, const std::string& tour) const override;
  [[nodiscard]] std::optional<std::string> imported_day(Date date, const std::string& tour) const override;
  [[nodiscard]] std::optional<std::string> imported_file(const std::string& sha256) const override;
  std::int64_t record_import(const std::string& file_name, const std::string& sha256, Date imported_on) override;
  void record_import_day(std::int64_t import_id, const TillDay& day, std::int64_t event_id,
                         std::int64_t transaction_id) override;
  void seal_import(std::int64_t import_id) override;
  [[nodiscard]] GuinguetteAmounts amounts(const std::string& tour, std::optional<int> year) const override;

 private:
  SqliteBook& book_;
};

}  // namespace comptoir

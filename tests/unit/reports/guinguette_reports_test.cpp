// The Guinguette listings over an in-memory store: event dates as Date
// cells, the per-tour total rows and their text-only count of dates.
#include "reports/guinguette_reports.hpp"

#include <gtest/gtest.h>

#include "unit/reports/recording_writer.hpp"

namespace comptoir {
namespace {

using test::RecordingWriter;

// The Guinguette port over vectors: enough for the listings.
class MemoryGuinguetteStore final : public GuinguetteStore {
 public:
  std::vector<GuinguetteTour> tours() const override { return tour_list; }
  void add_tour(const GuinguetteTour& tour) override { tour_list.push_back(tour); }
  std::int64_t add_event(const GuinguetteEvent& event) override {
    event_list.push_back(event);
    event_list.back().id = static_cast<std::int64_t>(event_list.size());
    return event_list.back().id;
  }
  std::vector<GuinguetteEvent> events(const std::string& tour, std::optional<int> year) const override {
    std::vector<GuinguetteEvent> out;
    for (const auto& e : event_list) {
      if ((tour.empty() || e.tour == tour) && (!year || e.date.year() == *year)) out.push_back(e);
    }
    return out;
  }
  std::optional<GuinguetteEvent> event_on(Date, const std::string&) const override { return std::nullopt; }
  std::optional<std::string> imported_day(Date, const std::string&) const override { return std::nullopt; }
  std::optional<std::string> imported_file(const std::string&) const override { return std::nullopt; }
  std::int64_t record_import(const std::string&, const std::string&, Date) override { return 0; }
  void record_import_day(std::int64_t, const TillDay&, std::int64_t, std::int64_t) override {}
  void seal_import(std::int64_t) override {}
  GuinguetteAmounts amounts(const std::string& tour, std::optional<int>) const override {
    GuinguetteAmounts out = posted;
    if (!tour.empty()) std::erase_if(out.tour_purchases, [&](const auto& p) { return p.first != tour; });
    return out;
  }

  std::vector<GuinguetteTour> tour_list;
  std::vector<GuinguetteEvent> event_list;
  GuinguetteAmounts posted;
};

class GuinguetteReports : public ::testing::Test {
 protected:
  void SetUp() override {
    store.tour_list = {{"grand-est", "Grand Est"}, {"picardie", "Picardie"}};
    (void)store.add_event({0, Date::parse("2025-06-14"), "grand-est", "Villers", 200, 2});
    (void)store.add_event({0, Date::parse("2025-06-21"), "grand-est", "Bar", 0, 1});
    (void)store.add_event({0, Date::parse("2024-07-05"), "picardie", "Amiens", 100, 3});
    store.posted.takings[1] = {Money::parse("160"), Money::parse("25.55")};
    store.posted.event_purchases[1] = Money::parse("60");
    store.posted.tour_purchases["grand-est"] = Money::parse("100");
  }
  MemoryGuinguetteStore store;
  RecordingWriter out;
  Labels fr{Language::French};
  Labels en{Language::English};
};

TEST_F(GuinguetteReports, Tours) {
  write_guinguette_tours(store, en, out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Guinguette tours");
  EXPECT_EQ(t.keys(), (std::vector<std::string>{"code", "label"}));
  ASSERT_EQ(t.rows.size(), 2U);
  EXPECT_EQ(t.cell<std::string>(1, "label"), "Picardie");
}

TEST_F(GuinguetteReports, EventsCarryDates) {
  write_guinguette_events(store, "grand-est", 2025, fr, out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Dates des Guinguettes");
  EXPECT_EQ(t.keys(), (std::vector<std::string>{"id", "date", "tour", "commune", "participants", "local_partners"}));
  ASSERT_EQ(t.rows.size(), 2U);
  EXPECT_EQ(t.cell<std::int64_t>(0, "id"), 1);
  EXPECT_EQ(t.cell<Date>(1, "date"), Date::parse("2025-06-21"));
  EXPECT_EQ(t.cell<std::int64_t>(0, "participants"), 200);
  EXPECT_EQ(t.cell<std::int64_t>(1, "local_partners"), 1);
}

TEST_F(GuinguetteReports, SummaryHasATotalPerTour) {
  write_guinguette_summary(store, "", 2025, fr, out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Guinguettes — recettes, achats et marge 2025");
  ASSERT_EQ(t.rows.size(), 2U);
  ASSERT_EQ(t.totals.size(), 1U);
  EXPECT_EQ(t.cell<std::string>(0, "scope"), "event");
  EXPECT_EQ(t.cell<Date>(0, "date"), Date::parse("2025-06-14"));
  EXPECT_EQ(t.cell<Money>(0, "gross_margin"), Money::parse("100"));
  EXPECT_EQ(t.cell<std::string>(1, "takings_per_participant"), "");  // nobody counted
  const auto& total = t.totals[0];
  EXPECT_EQ(std::get<std::string>(total[t.column("scope")]), "tour");
  EXPECT_EQ(std::get<Money>(total[t.column("purchases")]), Money::parse("100"));
  const auto& count = std::get<Code>(total[t.column("commune")]);
  EXPECT_EQ(count.code, "");  // machines get an empty cell
  EXPECT_EQ(count.label, "2 dates");
}

TEST_F(GuinguetteReports, SummaryOfOneEventInEnglish) {
  write_guinguette_summary(store, "picardie", std::nullopt, en, out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Guinguettes — takings, purchases and margin");
  ASSERT_EQ(t.totals.size(), 1U);
  EXPECT_EQ(std::get<Code>(t.totals[0][t.column("commune")]).label, "1 event");
  EXPECT_EQ(t.header.columns[t.column("takings_ht")].heading, "Sales");
}

}  // namespace
}  // namespace comptoir

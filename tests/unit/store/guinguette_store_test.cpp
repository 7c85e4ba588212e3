// The Guinguette tables on a real SQLite book: events, till imports in the
// book's write scope (all or nothing), the summary aggregates and the
// balance by tag.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_guinguette_store.hpp"
#include "store/sqlite_tag_balance.hpp"
#include "till/till_import.hpp"

namespace comptoir {
namespace {

using test::day;

const std::string z_header = "date,tour,total_ttc,ttc_20,ttc_10,ttc_5_5,cash,card,z_number\n";

class GuinguetteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    book_ = test::initialised_book(dir_.file("g.db"));
    store_ = std::make_unique<SqliteGuinguetteStore>(*book_);
    auto scope = book_->begin();
    villers_ = store_->add_event({0, day(2025, 6, 14), "grand-est", "Villers", 200, 3});
    scope->commit();
  }

  TillImportResult import(const std::string& body) {
    const auto rates = default_vat_rates();
    const auto report = parse_till_z_report(z_header + body, "z.csv", rates);
    Book book(*book_, *book_);
    auto scope = book.begin();
    auto result = import_till_report(book, *store_, report, rates, day(2025, 6, 15));
    scope->commit();
    return result;
  }

  test::TempDir dir_;
  std::unique_ptr<SqliteBook> book_;
  std::unique_ptr<SqliteGuinguetteStore> store_;
  std::int64_t villers_ = 0;
};

TEST_F(GuinguetteStoreTest, SchemaVersionAndSeededTours) {
  EXPECT_GE(book_->schema_version(), 3);
  const auto tours = store_->tours();
  ASSERT_EQ(tours.size(), 2u);
  EXPECT_EQ(tours[0].code, "grand-est");
  EXPECT_EQ(tours[1].code, "picardie");
}

TEST_F(GuinguetteStoreTest, EventsAreUniquePerTourAndDay) {
  auto scope = book_->begin();
  EXPECT_THROW(store_->add_event({0, day(2025, 6, 14), "grand-est", "Autre", 1, 0}), Error);
  EXPECT_THROW(store_->add_event({0, day(2025, 6, 14), "bretagne", "Autre", 1, 0}), Error);
  store_->add_tour({"bretagne", "Bretagne"});
  EXPECT_GT(store_->add_event({0, day(2025, 6, 14), "bretagne", "Autre", 1, 0}), villers_);
  scope->commit();
  EXPECT_EQ(store_->events("", 2025).size(), 2u);
  EXPECT_EQ(store_->events("grand-est", std::nullopt).size(), 1u);
  EXPECT_TRUE(store_->events("", 2024).empty());
  EXPECT_EQ(store_->event_on(day(2025, 6, 14), "grand-est")->commune, "Villers");
}

TEST_F(GuinguetteStoreTest, ImportPostsAndAggregates) {
  const auto result = import("2025-06-14,grand-est,185.55,120.00,55.00,10.55,85.55,100.00,Z1\n");
  ASSERT_EQ(result.transaction_ids.size(), 1u);
  EXPECT_TRUE(book_->transaction(result.transaction_ids[0])->is_validated());
  EXPECT_EQ(store_->imported_day(day(2025, 6, 14), "grand-est"), "z.csv");
  const auto amounts = store_->amounts("", 2025);
  EXPECT_EQ(amounts.takings.at(villers_).ht, Money::parse("160.00"));
  EXPECT_EQ(amounts.takings.at(villers_).vat, Money::parse("25.55"));
  const auto tags = SqliteTagBalance(*book_).tag_balance(TransactionFilter{}, "activity");
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].value, "guinguette-grand-est");
  EXPECT_EQ(tags[0].credit, Money::parse("160.00"));
}

TEST_F(GuinguetteStoreTest, AFailingDayLeavesNothing) {
  EXPECT_THROW(import("2025-06-14,grand-est,10,10,0,0,10,0,\n2025-06-15,grand-est,10,10,0,0,10,0,\n"), Error);
  EXPECT_EQ(test::query_int(dir_.file("g.db"), "SELECT count(*) FROM txn"), 0);
  EXPECT_EQ(test::query_int(dir_.file("g.db"), "SELECT count(*) FROM till_import"), 0);
  import("2025-06-14,grand-est,10,10,0,0,10,0,\n");
  try {
    import("2025-06-14,grand-est,11,11,0,0,11,0,\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("already imported"), std::string::npos) << e.what();
  }
  EXPECT_EQ(test::query_int(dir_.file("g.db"), "SELECT count(*) FROM txn"), 1);
}

TEST_F(GuinguetteStoreTest, ImportedDaysCannotBeDeletedWithSql) {
  import("2025-06-14,grand-est,10,10,0,0,10,0,\n");
  EXPECT_NE(test::run_sql(dir_.file("g.db"), "DELETE FROM till_import_day").code, 0);
}

}  // namespace
}  // namespace comptoir

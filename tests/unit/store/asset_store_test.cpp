// Fixed assets on a real SQLite book: the v7 table, the register's checks
// against the chart and the fiscal years, disposals recorded once, and the
// table's own guards (no update but the disposal, no delete).
#include <gtest/gtest.h>

#include "assets/asset_register.hpp"
#include "core/error.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_asset_store.hpp"

namespace comptoir {
namespace {

using test::day;

Asset oven() {
  Asset a;
  a.code = "FOUR-1";
  a.entity = "AT";
  a.label = "Four à pain";
  a.account = "215400";
  a.in_service = day(2025, 4, 1);
  a.cost = Money::parse("12000.00");
  a.life_years = 5;
  return a;
}

class AssetStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    book_ = test::initialised_book(path_);
    store_ = std::make_unique<SqliteAssetStore>(*book_);
  }

  void add(const Asset& a) {
    auto scope = book_->begin();
    AssetRegister(*store_, *book_).add(a);
    scope->commit();
  }

  ErrorKind refusal(const Asset& a) {
    try {
      add(a);
    } catch (const Error& e) {
      return e.kind();
    }
    return ErrorKind::Internal;
  }

  std::int64_t count() { return test::query_int(path_, "SELECT count(*) FROM fixed_asset"); }

  test::TempDir dir_;
  std::string path_ = dir_.file("assets.db");
  std::unique_ptr<SqliteBook> book_;
  std::unique_ptr<SqliteAssetStore> store_;
};

TEST_F(AssetStoreTest, AnAssetRoundTrips) {
  Asset a = oven();
  a.residual = Money::parse("500.00");
  add(a);
  const auto read = store_->asset("FOUR-1");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->entity, "AT");
  EXPECT_EQ(read->label, "Four à pain");
  EXPECT_EQ(read->account, "215400");
  EXPECT_EQ(read->in_service, day(2025, 4, 1));
  EXPECT_EQ(read->cost, Money::parse("12000.00"));
  EXPECT_EQ(read->life_years, 5);
  EXPECT_EQ(read->residual, Money::parse("500.00"));
  EXPECT_FALSE(read->disposal);
  EXPECT_EQ(store_->assets("AT").size(), 1U);
  EXPECT_TRUE(store_->assets("RES").empty());
  EXPECT_EQ(book_->schema_version(), SqliteBook::current_schema_version());
}

TEST_F(AssetStoreTest, RefusalsWriteNothing) {
  add(oven());
  Asset a = oven();
  a.code = "X";
  Asset b = a;
  b.account = "218999";  // not in the chart
  EXPECT_EQ(refusal(b), ErrorKind::InvalidInput);
  b.account = "607000";  // not class 2
  EXPECT_EQ(refusal(b), ErrorKind::InvalidInput);
  b.account = "211000";  // land: not depreciated
  EXPECT_EQ(refusal(b), ErrorKind::InvalidInput);
  b = a;
  b.entity = "NOPE";
  EXPECT_EQ(refusal(b), ErrorKind::NotFound);
  EXPECT_EQ(refusal(oven()), ErrorKind::InvalidInput);  // duplicate code
  EXPECT_EQ(count(), 1);
}

TEST_F(AssetStoreTest, AServiceDateInAClosedYearIsRefused) {
  {
    Book book(*book_, *book_);
    auto scope = book.begin();
    book.add_fiscal_year("AT", 2026);
    book.close_fiscal_year("AT", 2025);
    scope->commit();
  }
  EXPECT_EQ(refusal(oven()), ErrorKind::Locked);
  Asset later = oven();
  later.in_service = day(2026, 2, 1);
  add(later);
  auto scope = book_->begin();
  EXPECT_THROW((void)AssetRegister(*store_, *book_).dispose("FOUR-1", {day(2025, 12, 31), Money()}), Error);
  EXPECT_EQ(count(), 1);
}

TEST_F(AssetStoreTest, ADisposalIsRecordedOnce) {
  add(oven());
  {
    auto scope = book_->begin();
    AssetRegister reg(*store_, *book_);
    const Asset disposed = reg.dispose("FOUR-1", {day(2025, 12, 31), Money::parse("11000.00")});
    EXPECT_EQ(reg.schedule(disposed).size(), 1U);
    scope->commit();
  }
  const auto read = store_->asset("FOUR-1");
  ASSERT_TRUE(read && read->disposal);
  EXPECT_EQ(read->disposal->date, day(2025, 12, 31));
  EXPECT_EQ(read->disposal->price, Money::parse("11000.00"));
  auto scope = book_->begin();
  EXPECT_THROW((void)AssetRegister(*store_, *book_).dispose("FOUR-1", {day(2025, 12, 31), Money()}), Error);
  EXPECT_THROW((void)AssetRegister(*store_, *book_).dispose("NOPE", {day(2025, 12, 31), Money()}), Error);
}

TEST_F(AssetStoreTest, TheTableRefusesChangesAndDeletes) {
  add(oven());
  EXPECT_NE(test::run_sql(path_, "UPDATE fixed_asset SET cost_cents = 1").code, 0);
  EXPECT_NE(test::run_sql(path_, "DELETE FROM fixed_asset").code, 0);
  EXPECT_NE(test::run_sql(path_, "UPDATE fixed_asset SET disposal_date = '2025-01-01', disposal_price_cents = 0").code,
            0);  // before the service date
  EXPECT_EQ(test::query_int(path_, "SELECT cost_cents FROM fixed_asset"), 1'200'000);
}

}  // namespace
}  // namespace comptoir

// Co-financing on a real SQLite book: schema version 2 with the shipped
// rules, communes as auxiliary accounts, splits stored and kept up to date,
// invoices posted as validated VE entries, and refusals that leave the book
// as it was.
#include <gtest/gtest.h>

#include "cofinancing/prestation_desk.hpp"
#include "core/error.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir {
namespace {

using test::TempDir;

class PrestationStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("book.db");
    db_ = test::initialised_book(path_);
    store_ = std::make_unique<SqliteCofinancingStore>(*db_);
    book_ = std::make_unique<Book>(*db_, *db_);
    desk_ = std::make_unique<PrestationDesk>(*store_, *book_);
    auto scope = book_->begin();
    desk_->add_commune(Commune{"COM-A", "Commune A", {"villages-d-avenir", "fonds-commerce-rural"}});
    scope->commit();
  }

  std::int64_t add(const char* price, const char* date) {
    Prestation p;
    p.commune = "COM-A";
    p.type = PrestationType::Feasibility;
    p.price_ht = Money::parse(price);
    p.vat_rate = Rational(1, 5);
    p.date = Date::parse(date);
    auto scope = book_->begin();
    const auto id = desk_->add_prestation(p);
    desk_->sign(id, p.date);
    desk_->deliver(id, p.date);  // ready to invoice
    scope->commit();
    return id;
  }

  TempDir dir_;
  std::string path_;
  std::unique_ptr<SqliteBook> db_;
  std::unique_ptr<SqliteCofinancingStore> store_;
  std::unique_ptr<Book> book_;
  std::unique_ptr<PrestationDesk> desk_;
};

TEST_F(PrestationStoreTest, SchemaVersion2HasStrictTablesAndTheShippedRules) {
  EXPECT_GE(SqliteBook::current_schema_version(), 2);
  for (const char* table : {"cofinancing_rule", "commune", "commune_flag", "prestation", "prestation_share"}) {
    EXPECT_EQ(test::query_int(path_, std::string("SELECT strict FROM pragma_table_list WHERE name = '") + table + "'"),
              1)
        << table;
  }
  const auto rules = store_->cofinancing_rules();
  ASSERT_EQ(rules.size(), 2U);
  EXPECT_EQ(rules[0].code, "BDT");
  EXPECT_EQ(rules[0].rate, Rational(1, 2));
  EXPECT_EQ(test::query_int(path_, "SELECT count(*) FROM cofinancing_rule WHERE rate = '1/2'"), 1);
}

TEST_F(PrestationStoreTest, CommuneIsAnAuxiliaryAccountWithFlags) {
  const auto aux = db_->auxiliary("AT", "COM-A");
  ASSERT_TRUE(aux.has_value());
  EXPECT_EQ(aux->parent_account, "411000");
  EXPECT_TRUE(store_->commune("COM-A")->has_flag("villages-d-avenir"));
}

TEST_F(PrestationStoreTest, SplitsAreStoredAndInvoicesPosted) {
  const auto first = add("12000", "2025-10-01");
  const auto second = add("10000", "2025-11-15");
  EXPECT_EQ(store_->split(first).shares.at(2).amount, Money::parse("1000"));
  EXPECT_EQ(store_->split(second).shares.at(0).amount, Money::parse("4000"));
  EXPECT_TRUE(store_->split(second).cap_reached());
  auto scope = book_->begin();
  const auto ids = desk_->invoice(first, Date::parse("2025-10-01"), Date::parse("2025-10-02"));
  scope->commit();
  ASSERT_EQ(ids.size(), 3U);
  const auto t = db_->transaction(ids[0]);
  ASSERT_TRUE(t.has_value());
  EXPECT_TRUE(t->is_validated());
  EXPECT_EQ(t->postings[0].auxiliary, "F-BDT");
  EXPECT_EQ(t->total_debit(), Money::parse("7200"));
  EXPECT_TRUE(db_->auxiliary("AT", "F-FCR").has_value());
  EXPECT_EQ(store_->prestation(first)->status, PrestationStatus::Invoiced);
  EXPECT_EQ(store_->split(first).shares[0].transaction_id, ids[0]);
}

TEST_F(PrestationStoreTest, EarlierPrestationThatWouldChangeAnInvoicedSplitIsRefused) {
  const auto first = add("12000", "2025-10-01");
  {
    auto scope = book_->begin();
    (void)desk_->invoice(first, Date::parse("2025-10-01"), Date::parse("2025-10-02"));
    scope->commit();
  }
  try {
    (void)add("5000", "2025-09-15");
    FAIL() << "expected a refusal";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_NE(std::string(e.what()).find("already invoiced"), std::string::npos) << e.what();
  }
  EXPECT_EQ(store_->prestations("COM-A").size(), 1U);
  // A later one is fine and sees the invoiced one's usage.
  const auto later = add("10000", "2025-11-15");
  EXPECT_EQ(store_->split(later).shares.at(0).amount, Money::parse("4000"));
}

TEST_F(PrestationStoreTest, InvoicingTwiceIsRefused) {
  const auto first = add("1000", "2025-10-01");
  auto scope = book_->begin();
  (void)desk_->invoice(first, Date::parse("2025-10-01"), Date::parse("2025-10-02"));
  EXPECT_THROW((void)desk_->invoice(first, Date::parse("2025-10-01"), Date::parse("2025-10-02")), Error);
}

TEST_F(PrestationStoreTest, RuleChangesRecomputeOpenSplits) {
  const auto id = add("12000", "2025-10-01");
  auto scope = book_->begin();
  desk_->end_rule("BDT", Date::parse("2025-09-30"));
  scope->commit();
  EXPECT_EQ(store_->split(id).shares.at(0).rule, "FCR");
  EXPECT_EQ(store_->split(id).shares.at(1).amount, Money::parse("7000"));
}

}  // namespace
}  // namespace comptoir

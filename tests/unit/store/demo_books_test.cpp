// The demo books built into a real SQLite file (the shared file of
// support/demo_book.hpp, read-only): the activity counts of the 2025
// report, balanced books, a clean integrity check, and determinism.
#include "demo/demo_books.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/book.hpp"
#include "core/hash_chain.hpp"
#include "demo/write_demo_books.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_book.hpp"
#include "store/sqlite_cofinancing_store.hpp"
#include "store/sqlite_guinguette_store.hpp"
#include "support/demo_book_suite.hpp"

namespace comptoir {
namespace {

using DemoBooks = test::DemoBookReader;

TransactionFilter filter_of(const std::string& entity, const std::string& prefix = "",
                            const std::string& journal = "") {
  TransactionFilter f;
  f.entity = entity;
  f.fiscal_year = 2025;
  f.account_prefix = prefix;
  f.journal = journal;
  return f;
}

TEST_F(DemoBooks, PrestationCounts) {
  std::set<std::string> communes;
  demo().for_each_ledger_line(filter_of("AT", "7060"), [&](const LedgerLine& l) {
    communes.insert(l.posting.tags.at("commune"));
    EXPECT_EQ(l.posting.tags.at("activity"), "prestations");
  });
  EXPECT_GE(communes.size(), 65U);
  EXPECT_LE(communes.size(), 75U);
  // The activity report's counts are the invoiced prestations; the others
  // (quoted, signed, delivered) are not revenue yet.
  SqliteCofinancingStore store(demo());
  std::map<PrestationType, int> invoiced;
  std::map<PrestationStatus, int> statuses;
  std::size_t invoices = 0;
  for (const auto& p : store.prestations("")) {
    ++statuses[p.status];
    if (!is_invoiced(p.status)) continue;
    ++invoiced[p.type];
    for (const auto& share : store.split(p.id).shares) {
      if (share.amount.is_zero()) continue;
      ++invoices;
      EXPECT_NE(share.transaction_id, 0) << p.id;
    }
  }
  EXPECT_EQ(invoiced[PrestationType::Feasibility], 21);
  EXPECT_EQ(invoiced[PrestationType::Recruitment], 38);
  EXPECT_EQ(invoiced[PrestationType::OpeningSupport], 24);
  EXPECT_EQ(invoiced[PrestationType::OperationSupport], 20);
  for (auto status : {PrestationStatus::Quoted, PrestationStatus::Signed, PrestationStatus::Delivered,
                      PrestationStatus::Invoiced, PrestationStatus::Paid}) {
    EXPECT_GT(statuses[status], 0) << to_string(status);
  }
  int entries = 0;
  demo().for_each_transaction(filter_of("AT", "", "VE"), [&](const Transaction&) { ++entries; });
  EXPECT_EQ(static_cast<std::size_t>(entries), invoices);  // one invoice per payer
}

TEST_F(DemoBooks, CofinancingFollowsTheShippedRules) {
  SqliteCofinancingStore store(demo());
  std::map<std::string, Money> funded;       // per funder, HT
  std::map<std::string, Money> per_commune;  // funder + commune, HT
  for (const auto& p : store.prestations("")) {
    for (const auto& share : store.split(p.id).shares) {
      if (share.is_commune() || share.amount.is_zero()) continue;
      funded[share.payer] += share.amount;
      per_commune[share.payer + " " + p.commune] += share.amount;
      EXPECT_GE(p.date, Date::from_ymd(2025, 9, 1)) << p.id;
      const auto commune = store.commune(p.commune);
      ASSERT_TRUE(commune.has_value());
      EXPECT_TRUE(commune->has_flag(share.payer == "F-BDT" ? "villages-d-avenir" : "fonds-commerce-rural")) << p.id;
    }
  }
  EXPECT_GT(funded["F-BDT"], Money());
  EXPECT_GT(funded["F-FCR"], Money());
  for (const auto& [key, amount] : per_commune) {  // the caps per commune
    EXPECT_LE(amount, Money::parse(key.starts_with("F-BDT") ? "10000.00" : "5000.00")) << key;
  }
}

TEST_F(DemoBooks, GuinguetteEventsPerTour) {
  SqliteGuinguetteStore store(demo());
  std::map<std::string, std::set<std::string>> events;
  demo().for_each_transaction(filter_of("AT", "", "CA"), [&](const Transaction& t) {
    for (const auto& p : t.postings) {
      if (p.account.starts_with("707")) events[p.tags.at("activity")].insert(t.piece_ref);
    }
    EXPECT_GE(t.date, Date::from_ymd(2025, 5, 1));
    EXPECT_LE(t.date, Date::from_ymd(2025, 9, 30));
  });
  EXPECT_EQ(events["guinguette-grand-est"].size(), 64U);
  EXPECT_EQ(events["guinguette-picardie"].size(), 19U);
  EXPECT_EQ(store.events("grand-est", 2025).size(), 64U);
  EXPECT_EQ(store.events("picardie", 2025).size(), 19U);
  Money takings_ht;
  for (const auto& e : store.events("", 2025)) {
    EXPECT_TRUE(store.imported_day(e.date, e.tour).has_value()) << e.date.iso();
    EXPECT_GT(e.participants, 0);
  }
  const GuinguetteAmounts amounts = store.amounts("", 2025);
  for (const auto& [id, t] : amounts.takings) takings_ht += t.ht;
  EXPECT_EQ(takings_ht, Money::parse("220720.00"));
  // Drinks (607) are all tagged to a tour, and the summary counts them.
  Money drinks;
  demo().for_each_ledger_line(filter_of("AT", "607"), [&](const LedgerLine& l) {
    EXPECT_TRUE(l.posting.tags.at("activity").starts_with("guinguette-")) << l.piece_ref;
    drinks += l.posting.debit - l.posting.credit;
  });
  EXPECT_EQ(drinks, Money::parse("77000.00"));
  EXPECT_GE(amounts.tour_purchases.at("grand-est") + amounts.tour_purchases.at("picardie"), drinks);
}

// The VAT returns are computed from the queued previews of the invoices and
// till imports; they zero each VAT account per quarter only if what the
// domain code posted is exactly what it previewed.
TEST_F(DemoBooks, VatReturnsClearTheQuartersPostedThroughTheDomainCode) {
  for (int quarter = 1; quarter <= 3; ++quarter) {
    TransactionFilter f = filter_of("AT", "4457");
    f.from = Date::from_ymd(2025, static_cast<unsigned>(3 * quarter - 2), 1);
    f.to = Date::from_ymd(2025, static_cast<unsigned>(3 * quarter), 1).end_of_month();
    Money collected;
    Money balance;
    demo().for_each_ledger_line(f, [&](const LedgerLine& l) {
      balance += l.posting.debit - l.posting.credit;
      if (l.journal != "OD") collected += l.posting.credit;
    });
    EXPECT_GT(collected, Money()) << "quarter " << quarter;
    EXPECT_TRUE(balance.is_zero()) << "quarter " << quarter << ": " << balance.to_string();
  }
}

TEST_F(DemoBooks, BalancedAndVerified) {
  for (const std::string entity : {"AT", "RES"}) {
    Money debit;
    Money credit;
    for (const auto& row : demo().trial_balance(filter_of(entity))) {
      debit += row.debit;
      credit += row.credit;
    }
    EXPECT_EQ(debit, credit) << entity;
    EXPECT_GT(demo().chain_head(entity).count, 100) << entity;
  }
  EXPECT_TRUE(verify_book(demo()).ok());
  EXPECT_TRUE(demo().check_running_totals().empty());
}

TEST_F(DemoBooks, BankNeverOverdrawn) {
  for (const std::string entity : {"AT", "RES"}) {
    Money balance;
    Money lowest;
    std::map<Date, Money> by_day;
    demo().for_each_ledger_line(filter_of(entity, "512"),
                                [&](const LedgerLine& l) { by_day[l.date] += l.posting.debit - l.posting.credit; });
    for (const auto& [day, movement] : by_day) {
      balance += movement;
      lowest = std::min(lowest, balance);
    }
    EXPECT_FALSE(lowest.is_negative()) << entity << " lowest bank balance " << lowest.to_string();
  }
}

// The shared file was built by `comptoir demo`; this one in this process.
TEST(DemoBooksDeterminism, TwoBuildsGiveTheSameChains) {
  const test::TempDir dir;
  auto first = SqliteBook::open(test::shared_demo_book().string(), OpenMode::ReadOnly);
  auto second = SqliteBook::open(dir.file("demo_books_b.db"), OpenMode::Create);
  write_demo_books(*second);
  for (const std::string entity : {"AT", "RES"}) {
    EXPECT_EQ(first->chain_head(entity).hash, second->chain_head(entity).hash) << entity;
    EXPECT_EQ(first->chain_head(entity).count, second->chain_head(entity).count) << entity;
  }
}

}  // namespace
}  // namespace comptoir

// Inter-association flows: the mirrored entries per kind (with and without
// VAT), posting both sides in one scope, pair ids, and the check that
// finds pairs whose sides differ or lack a side.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "interco/interco_entries.hpp"
#include "interco/interco_pair.hpp"
#include "support/memory_book.hpp"

namespace comptoir {
namespace {

Money m(const char* text) {
  return Money::parse(text);
}

InterCoFlow flow(const char* from, const char* to, const char* kind, const char* amount) {
  return {"IC-T-1",
          from,
          to,
          kind,
          m(amount),
          Date::parse("2025-01-31"),
          "Direction janvier",
          "",
          {{"activity", "direction"}}};
}

class InterCo : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = test::initialised_memory_book();
    book_ = std::make_unique<Book>(*db_, *db_);
  }
  std::pair<std::int64_t, std::int64_t> add(const InterCoFlow& f) {
    auto scope = book_->begin();
    auto ids = post_interco_flow(*book_, f, default_interco_kinds(), default_vat_rates(), Date::parse("2025-02-01"));
    scope->commit();
    return ids;
  }
  Entity at() const { return *db_->entity("AT"); }
  Entity res() const { return *db_->entity("RES"); }

  std::unique_ptr<test::MemoryBook> db_;
  std::unique_ptr<Book> book_;
};

TEST_F(InterCo, KindsAreData) {
  const auto kinds = default_interco_kinds();
  EXPECT_EQ(find_interco_kind(kinds, "staff").from_credit, "708400");
  EXPECT_EQ(find_interco_kind(kinds, "staff").to_debit, "621400");
  EXPECT_THROW((void)find_interco_kind(kinds, "loan"), Error);
  EXPECT_THROW((void)parse_interco_kinds("staff;Staff;VE;411000;708400\n", "k.csv"), Error);
}

TEST_F(InterCo, StaffFromResHasNoVat) {
  const auto kinds = default_interco_kinds();
  const auto e = build_interco_entries(flow("RES", "AT", "staff", "4000.00"), find_interco_kind(kinds, "staff"), res(),
                                       at(), default_vat_rates());
  EXPECT_EQ(e.from_side.entity, "RES");
  EXPECT_EQ(e.from_side.journal, "VE");
  ASSERT_EQ(e.from_side.postings.size(), 2U);
  EXPECT_EQ(e.from_side.postings[0].account, "411000");
  EXPECT_EQ(e.from_side.postings[0].auxiliary, "IC-AT");
  EXPECT_EQ(e.from_side.postings[0].debit, m("4000.00"));
  EXPECT_EQ(e.from_side.postings[1].account, "708400");
  EXPECT_EQ(e.from_side.postings[1].credit, m("4000.00"));
  ASSERT_EQ(e.to_side.postings.size(), 2U);
  EXPECT_EQ(e.to_side.postings[0].account, "621400");
  EXPECT_EQ(e.to_side.postings[1].auxiliary, "IC-RES");
  for (const auto* t : {&e.from_side, &e.to_side}) {
    EXPECT_EQ(t->piece_ref, "IC-T-1");
    for (const auto& p : t->postings) {
      EXPECT_EQ(p.tags.at("interco"), "IC-T-1");
      EXPECT_EQ(p.tags.at("activity"), "direction");
    }
  }
}

TEST_F(InterCo, StaffFromAtChargesVatThatResCannotDeduct) {
  const auto kinds = default_interco_kinds();
  const auto e = build_interco_entries(flow("AT", "RES", "staff", "1000.00"), find_interco_kind(kinds, "staff"), at(),
                                       res(), default_vat_rates());
  ASSERT_EQ(e.from_side.postings.size(), 3U);
  EXPECT_EQ(e.from_side.postings[0].debit, m("1200.00"));
  EXPECT_EQ(e.from_side.postings[2].account, "445711");
  EXPECT_EQ(e.from_side.postings[2].credit, m("200.00"));
  ASSERT_EQ(e.to_side.postings.size(), 3U);  // HT tagged, VAT untagged, payable TTC
  EXPECT_EQ(e.to_side.postings[1].account, "621400");
  EXPECT_EQ(e.to_side.postings[1].debit, m("200.00"));
  EXPECT_EQ(e.to_side.postings[1].tags.count("interco"), 0U);
  EXPECT_EQ(e.to_side.postings[2].credit, m("1200.00"));
  EXPECT_EQ(e.from_side.total_debit(), e.from_side.total_credit());
  EXPECT_EQ(e.to_side.total_debit(), e.to_side.total_credit());
}

TEST_F(InterCo, PostsBothSidesAndTheCheckMatches) {
  const auto [from_id, to_id] = add(flow("AT", "RES", "staff", "1000.00"));
  EXPECT_TRUE(db_->transaction(from_id)->is_validated());
  EXPECT_EQ(db_->transaction(to_id)->entity, "RES");
  EXPECT_TRUE(db_->auxiliary("AT", "IC-RES").has_value());  // created on first use
  auto grant = flow("RES", "AT", "grant", "5000.00");
  grant.pair_id = "IC-T-2";
  (void)add(grant);
  const auto pairs = interco_pairs(*db_, {});
  ASSERT_EQ(pairs.size(), 2U);
  for (const auto& p : pairs) {
    EXPECT_TRUE(p.matches()) << p.id << ": " << p.problem;
    ASSERT_EQ(p.sides.size(), 2U);
  }
  EXPECT_EQ(pairs[0].sides[0].third_party, m("1200.00"));  // AT's claim TTC
  EXPECT_EQ(pairs[0].sides[1].third_party, m("-1200.00"));
  EXPECT_EQ(pairs[0].sides[0].result, m("-1000.00"));  // AT's income HT = RES's eliminated cost
  EXPECT_EQ(next_interco_pair_id(*db_, 2025), "IC-2025-001");
}

TEST_F(InterCo, ReusedPairIdAndBadFlowsAreRefusedWithNothingWritten) {
  (void)add(flow("RES", "AT", "staff", "4000.00"));
  const auto count = db_->state().transactions.size();
  EXPECT_THROW((void)add(flow("RES", "AT", "staff", "10.00")), Error);
  auto same = flow("RES", "RES", "staff", "10.00");
  same.pair_id = "IC-T-9";
  EXPECT_THROW((void)add(same), Error);
  auto negative = flow("RES", "AT", "staff", "-10.00");
  negative.pair_id = "IC-T-10";
  EXPECT_THROW((void)add(negative), Error);
  EXPECT_EQ(db_->state().transactions.size(), count);
}

TEST_F(InterCo, CheckFindsMissingAndDifferentSides) {
  (void)add(flow("RES", "AT", "staff", "4000.00"));
  {
    auto scope = book_->begin();
    // Only AT books IC-T-2; AT books IC-T-3 for 4000 while RES books 4100.
    const Tags two = {{"interco", "IC-T-2"}}, three = {{"interco", "IC-T-3"}};
    (void)book_->post(test::entry("AT", "AC", "2025-02-28",
                                  {test::debit("621400", "50.00", two), test::credit("512000", "50.00", two)}),
                      true, Date::parse("2025-03-01"));
    (void)book_->post(test::entry("AT", "AC", "2025-02-28",
                                  {test::debit("621400", "4000.00", three), test::credit("401000", "4000.00", three)}),
                      true, Date::parse("2025-03-01"));
    (void)book_->post(test::entry("RES", "VE", "2025-02-28",
                                  {test::debit("411000", "4100.00", three), test::credit("708400", "4100.00", three)}),
                      true, Date::parse("2025-03-01"));
    scope->commit();
  }
  const auto pairs = interco_pairs(*db_, {});
  ASSERT_EQ(pairs.size(), 3U);
  EXPECT_TRUE(pairs[0].matches());
  EXPECT_NE(pairs[1].problem.find("missing side: only AT"), std::string::npos) << pairs[1].problem;
  EXPECT_NE(pairs[2].problem.find("third-party balances differ"), std::string::npos) << pairs[2].problem;
}

}  // namespace
}  // namespace comptoir

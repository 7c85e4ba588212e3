// The category scheme: parsing, longest-prefix matching, and the embedded
// activity-report file.
#include "reports/category_scheme.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace comptoir {
namespace {

constexpr const char* kScheme =
    "# comment\n"
    "entity;side;code;label_fr;label_en;prefixes\n"
    "AT;expense;overheads;Frais généraux;Overheads;61 62\n"
    "AT;expense;mission-travel;Frais de mission;Mission travel;625\n"
    "AT;resource;sales;Ventes;Sales;70\r\n"
    "AT;resource;prestations;Prestations;Prestations;706\n";

TEST(CategoryScheme, LongestPrefixWins) {
  auto scheme = CategoryScheme::parse(kScheme, "test.csv");
  ASSERT_EQ(scheme.categories().size(), 4U);
  EXPECT_EQ(scheme.classify("AT", CategorySide::Expense, "625100")->code, "mission-travel");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Expense, "626000")->code, "overheads");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Resource, "706010")->code, "prestations");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Resource, "707110")->code, "sales");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Expense, "641000"), nullptr);
  EXPECT_EQ(scheme.classify("RES", CategorySide::Expense, "625100"), nullptr);
  EXPECT_TRUE(scheme.has_entity("AT"));
  EXPECT_FALSE(scheme.has_entity("RES"));
  EXPECT_EQ(scheme.categories_of("AT", CategorySide::Resource).size(), 2U);
}

void expect_invalid(const std::string& text, const std::string& fragment) {
  try {
    (void)CategoryScheme::parse(text, "bad.csv");
    FAIL() << "accepted: " << text;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("bad.csv:1"), std::string::npos) << e.what();
  }
}

TEST(CategoryScheme, RejectsBadLines) {
  expect_invalid("AT;expense;x;X;X\n", "6 fields");
  expect_invalid("AT;cost;x;X;X;61\n", "side 'cost'");
  expect_invalid("AT;expense;x;X;X;71\n", "class-6");
  expect_invalid("AT;resource;x;X;X;6a\n", "class-7");
  expect_invalid("AT;expense;other;X;X;61\n", "reserved");
  expect_invalid("AT;expense;x;X;X;\n", "at least one prefix");
}

TEST(CategoryScheme, RejectsDuplicates) {
  EXPECT_THROW((void)CategoryScheme::parse("AT;expense;a;A;A;61\nAT;expense;a;B;B;62\n", "d.csv"), Error);
  EXPECT_THROW((void)CategoryScheme::parse("AT;expense;a;A;A;61\nAT;expense;b;B;B;61\n", "d.csv"), Error);
  // The same prefix on the other entity or side is fine.
  EXPECT_NO_THROW((void)CategoryScheme::parse("AT;expense;a;A;A;61\nRES;expense;a;A;A;61\n", "d.csv"));
}

TEST(CategoryScheme, EmbeddedActivityReport) {
  auto scheme = CategoryScheme::activity_report();
  EXPECT_EQ(scheme.classify("AT", CategorySide::Expense, "621400")->code, "payroll");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Expense, "607000")->code, "purchases");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Expense, "606100")->code, "overheads");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Expense, "623600")->code, "communication");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Resource, "707120")->code, "activity-sales");
  EXPECT_EQ(scheme.classify("AT", CategorySide::Resource, "706030")->code, "prestations");
  EXPECT_EQ(scheme.classify("RES", CategorySide::Expense, "657100")->code, "overheads");
  EXPECT_EQ(scheme.classify("RES", CategorySide::Resource, "754100")->code, "public-generosity");
  EXPECT_EQ(scheme.classify("RES", CategorySide::Resource, "754200")->code, "private-aid");
  EXPECT_EQ(scheme.classify("RES", CategorySide::Resource, "708400")->code, "recharges");
}

}  // namespace
}  // namespace comptoir

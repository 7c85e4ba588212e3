// The bank readers on real-shaped samples (tests/data/bank/) and on the
// damaged files a bank or a person produces: each refusal names the file,
// the line or element, and the field.
#include "bank/bank_readers.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "bank/bank_csv.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

using ::testing::HasSubstr;

std::string sample(const std::string& name) {
  std::ifstream in(std::string(COMPTOIR_TEST_DATA_DIR) + "/bank/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_FALSE(text.str().empty()) << name;
  return text.str();
}

std::string refusal(const std::function<void()>& read) {
  try {
    read();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    return e.what();
  }
  ADD_FAILURE() << "not refused";
  return {};
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(Camt053, ReadsBalancesAndBookedEntries) {
  const auto statements = read_camt053(sample("camt053_at_2025_03.xml"), "march.xml");
  ASSERT_EQ(statements.size(), 1U);
  const BankStatement& s = statements.front();
  EXPECT_EQ(s.statement_ref, "AT-512000-2025-03");
  EXPECT_EQ(s.iban, "FR7630003000300000000012345");
  EXPECT_EQ(s.from, Date::parse("2025-03-01"));
  EXPECT_EQ(s.to, Date::parse("2025-03-31"));
  EXPECT_EQ(s.opening, Money::parse("12500.00"));
  EXPECT_EQ(s.closing, Money::parse("13651.30"));  // CLAV is not the booked balance
  ASSERT_EQ(s.lines.size(), 3U);                   // the pending entry is not booked
  EXPECT_EQ(s.lines[0].amount, Money::parse("-1440.00"));
  EXPECT_EQ(s.lines[0].reference, "2025030300012");
  EXPECT_EQ(s.lines[0].label, "LOYER MARS 2025 F-LOYER-03");
  EXPECT_EQ(s.lines[0].value_date, Date::parse("2025-03-03"));
  EXPECT_EQ(s.lines[1].amount, Money::parse("2600.00"));
  EXPECT_EQ(s.lines[1].value_date, Date::parse("2025-03-13"));
  EXPECT_EQ(s.lines[2].booking_date, Date::parse("2025-03-31"));  // from DtTm
  EXPECT_EQ(s.lines[2].label, "FRAIS TENUE DE COMPTE MARS");
  EXPECT_FALSE(s.lines[2].value_date);
  EXPECT_EQ(*s.opening + s.lines_total(), *s.closing);
  EXPECT_THAT(s.lines[1].origin, HasSubstr("march.xml:"));
}

TEST(Camt053, RefusesNamingTheElement) {
  const std::string good = sample("camt053_at_2025_03.xml");
  EXPECT_THAT(refusal([&] {
                (void)read_camt053(replaced(good, "<Amt Ccy=\"EUR\">2600.00</Amt>", "<Amt Ccy=\"EUR\">2 600,00</Amt>"),
                                   "m.xml");
              }),
              AllOf(HasSubstr("m.xml:"), HasSubstr("element Stmt[1]/Ntry[2]/Amt"), HasSubstr("2 600,00")));
  EXPECT_THAT(refusal([&] {
                (void)read_camt053(replaced(good, "<Amt Ccy=\"EUR\">8.70</Amt>", "<Amt Ccy=\"USD\">8.70</Amt>"),
                                   "m.xml");
              }),
              AllOf(HasSubstr("Ntry[3]/Amt"), HasSubstr("USD")));
  EXPECT_THAT(refusal([&] {
                (void)read_camt053(replaced(good, "<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>DEBIT</CdtDbtInd>"),
                                   "m.xml");
              }),
              AllOf(HasSubstr("Ntry[1]/CdtDbtInd"), HasSubstr("DEBIT")));
  EXPECT_THAT(
      refusal([&] { (void)read_camt053(replaced(good, "<BookgDt><Dt>2025-03-12</Dt></BookgDt>", ""), "m.xml"); }),
      AllOf(HasSubstr("Ntry[2]"), HasSubstr("missing BookgDt")));
  EXPECT_THAT(
      refusal([&] { (void)read_camt053(replaced(good, "<Dt>2025-03-12</Dt>", "<Dt>2025-02-30</Dt>"), "m.xml"); }),
      AllOf(HasSubstr("Ntry[2]/BookgDt"), HasSubstr("2025-02-30")));
  EXPECT_THAT(refusal([&] { (void)read_camt053(replaced(good, "<Cd>OPBD</Cd>", "<Cd>ITBD</Cd>"), "m.xml"); }),
              AllOf(HasSubstr("Stmt[1]"), HasSubstr("no opening balance")));
  EXPECT_THAT(refusal([&] { (void)read_camt053(replaced(good, "</Stmt>", "</Stmnt>"), "m.xml"); }),
              AllOf(HasSubstr("m.xml:"), HasSubstr("not well-formed XML")));
  EXPECT_THAT(refusal([&] { (void)read_camt053("<Document><Other/></Document>", "m.xml"); }),
              HasSubstr("not a camt.053"));
}

TEST(Camt053, NeverReadsExternalEntities) {
  const std::string xxe =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>";
  const std::string message = refusal([&] { (void)read_camt053(xxe, "x.xml"); });
  EXPECT_THAT(message, Not(HasSubstr("root:")));
}

TEST(Camt053, WrittenStatementsReadBackExactly) {
  auto statements = read_camt053(sample("camt053_at_2025_03.xml"), "march.xml");
  statements.front().lines[1].label = "Café & co <Villers>";
  const std::string xml = write_camt053(statements, "MSG-1", "FR76 3000");
  const auto back = read_camt053(xml, "back.xml");
  ASSERT_EQ(back.size(), 1U);
  EXPECT_EQ(back[0].opening, statements[0].opening);
  EXPECT_EQ(back[0].closing, statements[0].closing);
  EXPECT_EQ(back[0].from, statements[0].from);
  EXPECT_EQ(back[0].to, statements[0].to);
  ASSERT_EQ(back[0].lines.size(), 3U);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(back[0].lines[i].amount, statements[0].lines[i].amount);
    EXPECT_EQ(back[0].lines[i].booking_date, statements[0].lines[i].booking_date);
    EXPECT_EQ(back[0].lines[i].value_date, statements[0].lines[i].value_date);
    EXPECT_EQ(back[0].lines[i].reference, statements[0].lines[i].reference);
    EXPECT_EQ(back[0].lines[i].label, statements[0].lines[i].label);
  }
  EXPECT_EQ(detect_bank_format(xml), BankFormat::Camt053);
}

TEST(Ofx, ReadsSgmlStatementsWithFrenchDecimals) {
  const auto statements = read_ofx(sample("ofx_res_2025_03.ofx"), "res.ofx");
  ASSERT_EQ(statements.size(), 1U);
  const BankStatement& s = statements.front();
  EXPECT_EQ(s.iban, "00000012346");
  EXPECT_EQ(s.from, Date::parse("2025-03-01"));
  EXPECT_EQ(s.to, Date::parse("2025-03-31"));
  EXPECT_EQ(s.closing, Money::parse("8183.05"));
  EXPECT_EQ(s.opening, Money::parse("7000.00"));  // the closing less the lines
  ASSERT_EQ(s.lines.size(), 3U);
  EXPECT_EQ(s.lines[0].amount, Money::parse("1500.00"));
  EXPECT_EQ(s.lines[0].label, "FONDATION KRONENBOURG DON 2025 TRANCHE 1");
  EXPECT_EQ(s.lines[1].booking_date, Date::parse("2025-03-10"));
  EXPECT_EQ(s.lines[1].amount, Money::parse("-312.45"));
  EXPECT_EQ(s.lines[2].reference, "RES2025032801");
}

TEST(Ofx, ReadsXmlStatements) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"220\"?>\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
      "<CURDEF>EUR</CURDEF><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20250102</DTPOSTED>"
      "<TRNAMT>-10.00</TRNAMT><FITID>A1</FITID><NAME>FRAIS</NAME></STMTTRN></BANKTRANLIST>"
      "<LEDGERBAL><BALAMT>90.00</BALAMT><DTASOF>20250131</DTASOF></LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></"
      "OFX>";
  const auto s = read_ofx(xml, "x.ofx").front();
  EXPECT_EQ(s.opening, Money::parse("100.00"));
  EXPECT_EQ(s.to, Date::parse("2025-01-31"));
  ASSERT_EQ(s.lines.size(), 1U);
  EXPECT_EQ(s.lines[0].label, "FRAIS");
}

TEST(Ofx, RefusesNamingTheLineAndField) {
  const std::string good = sample("ofx_res_2025_03.ofx");
  EXPECT_THAT(refusal([&] { (void)read_ofx(replaced(good, "<TRNAMT>-312.45", "<TRNAMT>-312.4.5"), "r.ofx"); }),
              AllOf(HasSubstr("r.ofx:52: field TRNAMT"), HasSubstr("-312.4.5")));
  EXPECT_THAT(refusal([&] { (void)read_ofx(replaced(good, "<DTPOSTED>20250328", "<DTPOSTED>2025"), "r.ofx"); }),
              AllOf(HasSubstr("field DTPOSTED"), HasSubstr("not an OFX date")));
  EXPECT_THAT(refusal([&] { (void)read_ofx(replaced(good, "<DTPOSTED>20250328\n", ""), "r.ofx"); }),
              AllOf(HasSubstr("r.ofx:57: element STMTTRN"), HasSubstr("no DTPOSTED")));
  EXPECT_THAT(refusal([&] { (void)read_ofx(replaced(good, "<CURDEF>EUR", "<CURDEF>CHF"), "r.ofx"); }),
              HasSubstr("CHF"));
  EXPECT_THAT(refusal([&] { (void)read_ofx("OFXHEADER:100\n", "r.ofx"); }), HasSubstr("no <OFX>"));
}

TEST(BankCsv, ReadsSignedAmountsWithThousands) {
  const BankStatement s = read_bank_csv(sample("csv_signed_2025_03.csv"), "sg.csv", bank_csv_profile("signed"));
  ASSERT_EQ(s.lines.size(), 3U);
  EXPECT_EQ(s.lines[0].amount, Money::parse("-1440.00"));
  EXPECT_EQ(s.lines[1].amount, Money::parse("2600.00"));
  EXPECT_EQ(s.lines[1].value_date, Date::parse("2025-03-13"));
  EXPECT_EQ(s.lines[2].reference, "SG250331003");
  EXPECT_FALSE(s.opening);  // a CSV export carries no balance
  EXPECT_EQ(s.from, Date::parse("2025-03-03"));
  EXPECT_EQ(s.to, Date::parse("2025-03-31"));
}

TEST(BankCsv, ReadsWindows1252DebitCreditColumnsAfterAPreamble) {
  const BankStatement s =
      read_bank_csv(sample("csv_debit_credit_cp1252.csv"), "ca.csv", bank_csv_profile("credit-agricole"));
  ASSERT_EQ(s.lines.size(), 4U);
  EXPECT_EQ(s.lines[0].amount, Money::parse("-4.50"));
  EXPECT_EQ(s.lines[1].label, "PRLV SEPA URSSAF ÎLE-DE-FRANCE");
  EXPECT_EQ(s.lines[2].amount, Money::parse("1500.00"));
  EXPECT_EQ(s.lines[0].origin, "ca.csv:6");
  // No reference column: derived from the line, and two identical lines differ.
  EXPECT_EQ(s.lines[2].reference.size(), 17U);
  EXPECT_NE(s.lines[2].reference, s.lines[3].reference);
  EXPECT_EQ(s.lines_total(), Money::parse("2683.05"));
}

TEST(BankCsv, RefusesNamingTheLineAndColumn) {
  const std::string good = sample("csv_signed_2025_03.csv");
  const auto& signed_profile = bank_csv_profile("signed");
  EXPECT_THAT(refusal([&] { (void)read_bank_csv(replaced(good, "2 600,00", "2 600,0O"), "sg.csv", signed_profile); }),
              AllOf(HasSubstr("sg.csv:3"), HasSubstr("Montant"), HasSubstr("2 600,0O")));
  EXPECT_THAT(
      refusal([&] { (void)read_bank_csv(replaced(good, "31/03/2025;31", "32/03/2025;31"), "sg.csv", signed_profile); }),
      AllOf(HasSubstr("sg.csv:4"), HasSubstr("Date"), HasSubstr("32/03/2025")));
  EXPECT_THAT(refusal([&] { (void)read_bank_csv(replaced(good, "Montant", "Somme"), "sg.csv", signed_profile); }),
              HasSubstr("Montant"));
  EXPECT_THAT(refusal([&] { (void)read_bank_csv("a;b\n1;2\n", "x.csv", signed_profile); }),
              HasSubstr("no header line with a column 'Date'"));
  const std::string both = "Date;Libellé;Débit euros;Crédit euros\n01/03/2025;X;1,00;2,00\n";
  EXPECT_THAT(refusal([&] { (void)read_bank_csv(both, "ca.csv", bank_csv_profile("credit-agricole")); }),
              AllOf(HasSubstr("ca.csv:2"), HasSubstr("exactly one of")));
  EXPECT_THAT(refusal([&] { (void)bank_csv_profile("bnp"); }), HasSubstr("known: signed"));
}

TEST(BankCsv, ProfilesAreCheckedData) {
  EXPECT_GE(bank_csv_profiles().size(), 4U);
  EXPECT_THAT(refusal([] {
                (void)parse_bank_csv_profiles("x;semicolon;Date;;Libellé;;Montant;Débit;Crédit;positive\n", "p.csv");
              }),
              HasSubstr("one amount column or a debit and a credit column"));
  EXPECT_THAT(refusal([] { (void)parse_bank_csv_profiles("x;pipe;Date;;Libellé;;Montant;;;positive\n", "p.csv"); }),
              AllOf(HasSubstr("p.csv:1"), HasSubstr("delimiter")));
}

TEST(BankFile, DetectsTheFormatAndHashesTheBytes) {
  const std::string camt = sample("camt053_at_2025_03.xml");
  const BankFile file = read_bank_file(camt, "march.xml", "");
  EXPECT_EQ(file.format, BankFormat::Camt053);
  EXPECT_EQ(file.hash.size(), 64U);
  EXPECT_EQ(read_bank_file(sample("ofx_res_2025_03.ofx"), "r.ofx", "").format, BankFormat::Ofx);
  EXPECT_EQ(read_bank_file(sample("csv_signed_2025_03.csv"), "s.csv", "signed").format, BankFormat::Csv);
  EXPECT_THAT(refusal([&] { (void)read_bank_file(sample("csv_signed_2025_03.csv"), "s.csv", ""); }),
              HasSubstr("needs --profile"));
}

}  // namespace
}  // namespace comptoir

// End to end: FEC files large enough to go through the import's pipeline
// (entries built, checked and sealed on one thread while the previous
// batch is stored on the other), stored whole or not at all.
#include <map>
#include <sstream>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using FecLarge = E2eTest;

constexpr int entries = 9000;  // a little over two batches of 4096

// Entry n on a date that jumps around the year (the import sorts by date),
// 2 or 3 lines. With `vat_every_third`, one entry in three posts deductible
// VAT (445660); entry `vat_entry` does in any case.
struct GeneratedFec {
  std::string text;
  std::map<std::string, std::int64_t> balance;  // account -> debit - credit, in cents
};

std::string two_digits(int value) {
  return (value < 10 ? "0" : "") + std::to_string(value);
}

std::string cents(std::int64_t value) {
  std::ostringstream out;
  out << value / 100 << ',' << (value % 100 < 10 ? "0" : "") << value % 100;
  return out.str();
}

GeneratedFec generate(bool vat_every_third, int vat_entry) {
  GeneratedFec fec;
  std::ostringstream out;
  out << "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
         "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";
  for (int n = 1; n <= entries; ++n) {
    const int day_of_year = (n * 37) % 365;  // 0..364
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0;
    int day = day_of_year;
    while (day >= month_days[month]) day -= month_days[month++];
    const std::string date = "2025" + two_digits(month + 1) + two_digits(day + 1);
    const std::int64_t amount = 1000 + (n * 7919) % 90000;
    const std::int64_t vat = n == vat_entry || (vat_every_third && n % 3 == 0) ? amount / 5 : 0;
    const std::string expense = n % 2 == 0 ? "606100" : "626000";
    auto line = [&](const std::string& account, std::int64_t debit, std::int64_t credit) {
      out << "AC\tAchats\t" << n << '\t' << date << '\t' << account << "\tCompte " << account << "\t\t\tF" << n << '\t'
          << date << "\tAchat " << n << '\t' << cents(debit) << '\t' << cents(credit) << "\t\t\t" << date << "\t\t\n";
      fec.balance[account] += debit - credit;
    };
    line(expense, amount, 0);
    if (vat != 0) line("445660", vat, 0);
    line("401000", 0, amount + vat);
  }
  fec.text = out.str();
  return fec;
}

TEST_F(FecLarge, AManyBatchImportKeepsEveryAmountNumbersInDateOrderAndVerifies) {
  const GeneratedFec fec = generate(true, 0);
  write_file(dir_ / "large.txt", fec.text);
  auto r = comptoir({"import", "fec", "large.txt", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Imported 9000 entries"), std::string::npos) << r.out;

  r = comptoir({"balance", "--entity", "AT", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::int64_t> balance;
  std::istringstream rows(r.out);
  std::string row;
  std::getline(rows, row);  // header
  while (std::getline(rows, row)) {
    const std::string account = row.substr(0, row.find(','));
    const std::string amount = row.substr(row.rfind(',') + 1);
    const auto point = amount.find('.');
    balance[account] = std::stoll(amount.substr(0, point) + amount.substr(point + 1));
  }
  EXPECT_EQ(balance, fec.balance);

  // Gapless numbers 1..9000 in date order, one chain, sound.
  EXPECT_EQ(query_one(db_,
                      "SELECT count(*) || ' ' || min(sequence) || ' ' || max(sequence) FROM txn "
                      "WHERE entity = 'AT'"),
            "9000 1 9000");
  // Each entry against the one numbered just before it (a window, not a
  // self-join: txn has no index on the numbers, the join took 20 s).
  EXPECT_EQ(query_one(db_,
                      "SELECT count(*) FROM (SELECT sequence, date, chain_position, "
                      "lag(sequence) OVER w AS previous_sequence, lag(date) OVER w AS previous_date, "
                      "lag(chain_position) OVER w AS previous_position FROM txn "
                      "WINDOW w AS (PARTITION BY entity, fiscal_year ORDER BY sequence)) "
                      "WHERE sequence = previous_sequence + 1 AND "
                      "(date < previous_date OR chain_position != previous_position + 1)"),
            "0");
  EXPECT_EQ(query_one(db_,
                      "SELECT count(*) FROM posting p JOIN txn t ON t.id = p.txn_id "
                      "WHERE p.date != t.date OR p.entity != t.entity"),
            "0");
  r = comptoir({"verify"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST_F(FecLarge, AnEntryRefusedInALateBatchLeavesTheBookUnchanged) {
  // RES is not liable to VAT: the Book refuses 445660 in its entries. Entry
  // 8750 is dated 27 December, so the batches before it are already stored
  // when it is refused.
  const auto before = snapshot();
  write_file(dir_ / "vat.txt", generate(false, 8750).text);
  auto r = comptoir({"import", "fec", "vat.txt", "--entity", "RES"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("vat.txt:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("EcritureNum"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not liable to VAT"), std::string::npos) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM txn"), "0");
}

}  // namespace
}  // namespace comptoir::e2e

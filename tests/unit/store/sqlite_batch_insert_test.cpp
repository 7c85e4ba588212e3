// Storing by batch (Book::prepare + Book::store, SqliteBook::insert_transactions)
// gives the same book as posting one transaction at a time: same ids,
// numbers, hashes, postings, tags, running totals; drafts stay drafts.
#include <gtest/gtest.h>

#include <sstream>

#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::day;
using test::debit;

// Twelve entries of varied shape: auxiliaries, posting labels, tags, three
// postings, both entities, a draft every fifth.
std::vector<Transaction> entries() {
  std::vector<Transaction> out;
  for (unsigned i = 1; i <= 12; ++i) {
    const std::int64_t cents = 1000 * i + 7;
    if (i % 3 == 0) {
      auto t = test::transaction("RES", "OD", day(2025, i, 2), "R" + std::to_string(i),
                                 {debit("625100", cents, {{"activity", "reseau"}}), credit("512000", cents)});
      out.push_back(t);
      continue;
    }
    auto t = test::transaction(
        "AT", "VE", day(2025, i, 5), "F" + std::to_string(i),
        {debit("411000", cents + 200, {{"commune", "C" + std::to_string(i)}}),
         credit("706000", cents, {{"activity", "prestations"}, {"grant", "G1"}}), credit("445710", 200)});
    t.postings[0].auxiliary = "COM-VILLERS";
    t.postings[1].label = "ligne " + std::to_string(i);
    t.piece_date = day(2025, i, 1);
    out.push_back(t);
  }
  return out;
}

bool is_draft(std::size_t i) {
  return i % 5 == 4;
}

// Everything a listing shows of every transaction, drafts included.
std::string dump(const SqliteBook& db) {
  std::ostringstream out;
  TransactionFilter all;
  all.status = StatusFilter::All;
  db.for_each_transaction(all, [&](const Transaction& t) {
    out << t.id << ' ' << t.entity << ' ' << t.journal << ' ' << t.date.iso() << ' ' << t.piece_ref << ' '
        << t.piece_date.iso() << ' ' << t.label << ' ' << to_string(t.status) << ' ' << t.fiscal_year << ' '
        << t.sequence << ' ' << t.chain_position << ' ' << (t.validation_date ? t.validation_date->iso() : "-") << ' '
        << t.hash << '\n';
    for (const auto& p : t.postings) {
      out << "  " << p.account << ' ' << p.auxiliary << ' ' << p.debit.cents() << ' ' << p.credit.cents() << ' '
          << p.label;
      for (const auto& [key, value] : p.tags) out << ' ' << key << '=' << value;
      out << '\n';
    }
  });
  return out.str();
}

std::unique_ptr<SqliteBook> book_with_auxiliary(const std::string& path) {
  auto db = test::initialised_book(path);
  Book book(*db, *db);
  auto scope = book.begin();
  book.add_auxiliary("AT", AuxiliaryAccount{"COM-VILLERS", "Commune de Villers", "411000"});
  scope->commit();
  return db;
}

TEST(SqliteBatchInsert, GivesTheSameBookAsOneByOne) {
  test::TempDir dir;
  auto one = book_with_auxiliary(dir.file("one.db"));
  auto batched = book_with_auxiliary(dir.file("batched.db"));
  const auto all = entries();
  {
    Book book(*one, *one);
    auto scope = book.begin();
    for (std::size_t i = 0; i < all.size(); ++i) (void)book.post(all[i], !is_draft(i), day(2025, 12, 31));
    scope->commit();
  }
  {
    Book book(*batched, *batched);
    auto scope = book.begin();
    book.load_sealing_state("AT");
    book.load_sealing_state("RES");
    std::vector<Transaction> batch;
    for (std::size_t i = 0; i < all.size(); ++i) {
      Transaction t = all[i];
      book.prepare(t, !is_draft(i), day(2025, 12, 31));
      batch.push_back(std::move(t));
      if (batch.size() == 5) {
        book.store(batch);
        batch.clear();
      }
    }
    book.store(batch);
    scope->commit();
  }
  const std::string expected = dump(*one);
  EXPECT_NE(expected.find("draft"), std::string::npos);
  EXPECT_NE(expected.find("grant=G1"), std::string::npos);
  EXPECT_EQ(dump(*batched), expected);
  // Tags hang on posting ids: the listing above reads them through those.
  EXPECT_EQ(test::query_int(dir.file("batched.db"), "SELECT count(*) FROM posting_tag"),
            test::query_int(dir.file("one.db"), "SELECT count(*) FROM posting_tag"));
  const std::string totals = "SELECT sum(debit * 3 + credit * 7 + length(account || month)) FROM account_month_total";
  EXPECT_EQ(test::query_int(dir.file("batched.db"), totals), test::query_int(dir.file("one.db"), totals));
  EXPECT_TRUE(batched->check_running_totals().empty());
  EXPECT_TRUE(batched->check_references().empty());
  EXPECT_TRUE(verify_book(*batched).ok());
}

TEST(SqliteBatchInsert, ContinuesTheNumberingOfEntriesPostedBefore) {
  test::TempDir dir;
  auto db = book_with_auxiliary(dir.file("book.db"));
  Book book(*db, *db);
  auto scope = book.begin();
  const auto all = entries();
  (void)book.post(all[0], true, day(2025, 12, 31));
  std::vector<Transaction> batch(all.begin() + 1, all.begin() + 3);
  book.load_sealing_state("AT");
  for (auto& t : batch) book.prepare(t, true, day(2025, 12, 31));
  book.store(batch);
  (void)book.post(all[3], true, day(2025, 12, 31));
  scope->commit();
  // AT: entries 0, 1 and 3 of entries() (2 is RES), numbered 1, 2, 3 in
  // the order stored, one chain.
  const std::string in_order =
      "SELECT count(*) FROM txn t WHERE entity = 'AT' AND sequence = chain_position AND sequence = "
      "(SELECT count(*) FROM txn u WHERE u.entity = 'AT' AND u.id <= t.id)";
  EXPECT_EQ(test::query_int(dir.file("book.db"), in_order), 3);
  EXPECT_EQ(test::query_int(dir.file("book.db"), "SELECT count(*) FROM txn WHERE entity = 'RES'"), 1);
  EXPECT_TRUE(verify_book(*db).ok());
}

TEST(SqliteBatchInsert, NeedsAWriteScope) {
  test::TempDir dir;
  auto db = book_with_auxiliary(dir.file("book.db"));
  EXPECT_THROW(db->insert_transactions(entries()), Error);
}

}  // namespace
}  // namespace comptoir

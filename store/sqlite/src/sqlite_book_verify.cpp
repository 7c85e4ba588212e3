// Integrity support for `comptoir verify`: the monthly running totals are
// recomputed from the validated postings in one SQL aggregation.
#include "sqlite_book_state.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir {
namespace {

// Postings are first summed per day in index order (no sort of the whole
// table), then per month beside the stored totals.
constexpr const char* mismatch_sql = R"sql(
WITH posted AS (
  SELECT p.entity AS entity, p.account AS account, substr(p.date, 1, 7) AS month,
         sum(p.debit) AS debit, sum(p.credit) AS credit
  FROM posting p CROSS JOIN txn t ON t.id = p.txn_id AND t.status = 'validated'
  GROUP BY p.entity, p.account, p.date)
SELECT entity, account, month, sum(posted_debit), sum(posted_credit), sum(total_debit), sum(total_credit),
       sum(has_total)
FROM (SELECT entity, account, month, debit AS posted_debit, credit AS posted_credit,
             0 AS total_debit, 0 AS total_credit, 0 AS has_total FROM posted
      UNION ALL
      SELECT entity, account, month, 0, 0, debit, credit, 1 FROM account_month_total)
GROUP BY entity, account, month
HAVING sum(posted_debit) <> sum(total_debit) OR sum(posted_credit) <> sum(total_credit)
ORDER BY entity, account, month
)sql";

// One row per dangling reference: posting id (0 for an entry), entry id,
// and what is wrong. Each kind is capped so a broken file stays readable.
constexpr const char* dangling_sql = R"sql(
SELECT * FROM (SELECT 0, t.id, 'journal ' || t.journal || ' of entity ' || t.entity || ' does not exist'
               FROM txn t WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.entity = t.entity AND j.code = t.journal)
               LIMIT 20)
UNION ALL
SELECT * FROM (SELECT p.id, p.txn_id, 'account ' || p.account || ' of entity ' || p.entity || ' does not exist'
               FROM posting p
               WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.entity = p.entity AND a.number = p.account)
               LIMIT 20)
UNION ALL
SELECT * FROM (SELECT p.id, p.txn_id, 'auxiliary account ' || p.auxiliary || ' of entity ' || p.entity ||
                                      ' does not exist'
               FROM posting p WHERE p.auxiliary IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM auxiliary x WHERE x.entity = p.entity AND x.code = p.auxiliary)
               LIMIT 20)
UNION ALL
SELECT * FROM (SELECT p.id, p.txn_id, CASE WHEN t.id IS NULL THEN 'its entry does not exist'
                                           ELSE 'its entity or date differs from its entry''s' END
               FROM posting p LEFT JOIN txn t ON t.id = p.txn_id
               WHERE t.id IS NULL OR t.entity <> p.entity OR t.date <> p.date
               LIMIT 20)
)sql";

std::string amounts(std::int64_t debit, std::int64_t credit) {
  return "debit " + Money::from_cents(debit).to_string() + ", credit " + Money::from_cents(credit).to_string();
}

}  // namespace

std::vector<std::string> SqliteBook::check_running_totals() const {
  if (state_->scope_open()) state_->flush_totals();
  Statement query(state_->connection(), mismatch_sql, false);
  std::vector<std::string> problems;
  while (query.step("checking the running totals")) {
    const std::string where =
        "account " + query.column_text(1) + " of " + query.column_text(0) + ", " + query.column_text(2) + ": ";
    const std::string posted = amounts(query.column_int64(3), query.column_int64(4));
    if (query.column_int64(7) == 0) {
      problems.push_back(where + "validated postings total " + posted + " but no running total is stored");
      continue;
    }
    problems.push_back(where + "the running total says " + amounts(query.column_int64(5), query.column_int64(6)) +
                       " but the validated postings total " + posted);
  }
  return problems;
}

std::vector<std::string> SqliteBook::check_references() const {
  Statement query(state_->connection(), dangling_sql, false);
  std::vector<std::string> problems;
  while (query.step("checking the references of entries and postings")) {
    const std::int64_t posting = query.column_int64(0);
    const std::string entry = "entry #" + std::to_string(query.column_int64(1));
    problems.push_back((posting == 0 ? entry : "posting #" + std::to_string(posting) + " of " + entry) + ": " +
                       query.column_text(2));
  }
  return problems;
}

std::vector<std::string> SqliteBook::check_file() const {
  Statement query(state_->connection(), "PRAGMA quick_check(20)", false);
  std::vector<std::string> problems;
  while (query.step("checking the file's pages")) {
    std::string line = query.column_text(0);
    if (line != "ok") problems.push_back("the file: " + std::move(line));
  }
  return problems;
}

}  // namespace comptoir

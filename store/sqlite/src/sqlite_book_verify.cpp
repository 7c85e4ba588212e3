// Integrity support for `comptoir verify`: the monthly running totals are
// recomputed from the validated postings in one SQL aggregation.
#include "core/transaction.hpp"
#include "fec_import_seal.hpp"
#include "record_seals.hpp"
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

// Closed years whose lock was never recorded (schema version 12 records
// every closing, and the migration the earlier ones).
constexpr const char* unrecorded_lock_sql = R"sql(
SELECT f.entity, f.year FROM fiscal_year f
WHERE f.status = 'closed' AND NOT EXISTS (SELECT 1 FROM year_lock l WHERE l.entity = f.entity AND l.year = f.year)
ORDER BY f.entity, f.year
)sql";

// Open years with no lock whose next year starts with the opening entry
// only their closing writes (journal AN, AN-<next year>, its label; not
// one imported with a FEC): a closing undone with its lock erased.
constexpr const char* undone_closing_sql = R"sql(
SELECT f.entity, f.year, t.fiscal_year, t.sequence, t.piece_ref FROM fiscal_year f
JOIN txn t ON t.entity = f.entity AND t.journal = 'AN' AND t.status = 'validated'
          AND t.piece_ref = 'AN-' || (f.year + 1) AND t.label = 'À-nouveaux de l''exercice ' || f.year
WHERE f.status <> 'closed'
  AND NOT EXISTS (SELECT 1 FROM year_lock l WHERE l.entity = f.entity AND l.year = f.year)
  AND NOT EXISTS (SELECT 1 FROM fec_import i WHERE i.entity = t.entity AND t.id BETWEEN i.first_txn_id AND i.last_txn_id)
ORDER BY f.entity, f.year
)sql";

// Each recorded lock beside the year as it is now: one pass over txn for
// the counts, the recorded last entry looked up along txn_by_chain.
constexpr const char* year_lock_sql = R"sql(
WITH now AS (SELECT t.entity AS entity, t.fiscal_year AS year, count(*) AS entries, max(t.chain_position) AS last
             FROM txn t JOIN year_lock l ON l.entity = t.entity AND l.year = t.fiscal_year
             WHERE t.status = 'validated' GROUP BY t.entity, t.fiscal_year)
SELECT l.entity, l.year, f.status, l.entries, l.last_chain_position, l.last_hash, coalesce(n.entries, 0), n.last,
       (SELECT hash FROM txn WHERE entity = l.entity AND chain_position = l.last_chain_position)
FROM year_lock l LEFT JOIN fiscal_year f ON f.entity = l.entity AND f.year = l.year
LEFT JOIN now n ON n.entity = l.entity AND n.year = l.year
ORDER BY l.entity, l.year
)sql";

// Each FEC import record with its first and last entries and the seal of
// the entity's record before it.
constexpr const char* fec_import_sql = R"sql(
SELECT f.id, f.entity, f.file_name, f.sha256, f.entries, f.lines, f.imported_on, f.seal,
       f.first_txn_id, f.last_txn_id,
       a.id, a.entity, a.status, a.hash, a.chain_position, a.fiscal_year, a.sequence,
       b.id, b.entity, b.status, b.hash, b.chain_position, b.fiscal_year, b.sequence,
       (SELECT p.seal FROM fec_import p WHERE p.entity = f.entity AND p.id < f.id ORDER BY p.id DESC LIMIT 1)
FROM fec_import f LEFT JOIN txn a ON a.id = f.first_txn_id LEFT JOIN txn b ON b.id = f.last_txn_id
ORDER BY f.id
)sql";

std::string validated_entries(std::int64_t count) {
  return std::to_string(count) + (count == 1 ? " validated entry" : " validated entries");
}

std::string short_hash(const std::string& hash) {
  return hash.substr(0, 12) + "…";
}

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

std::vector<std::string> SqliteBook::check_year_locks() const {
  std::vector<std::string> problems;
  Statement unrecorded(state_->connection(), unrecorded_lock_sql, false);
  while (unrecorded.step("checking the closed years' locks")) {
    problems.push_back("closed fiscal year " + unrecorded.column_text(1) + " of " + unrecorded.column_text(0) +
                       ": its closing was not recorded (the year was marked closed behind Comptoir's back)");
  }
  Statement undone(state_->connection(), undone_closing_sql, false);
  while (undone.step("checking the closed years' locks")) {
    problems.push_back("fiscal year " + undone.column_text(1) + " of " + undone.column_text(0) + " is open, yet " +
                       transaction_reference(undone.column_text(0), undone.column_int(2), undone.column_int64(3)) +
                       " (" + undone.column_text(4) +
                       ") is the opening entry its closing wrote: the closing was undone and its lock erased");
  }
  Statement query(state_->connection(), year_lock_sql, false);
  while (query.step("checking the closed years' locks")) {
    const std::string entity = query.column_text(0);
    const int year = query.column_int(1);
    const std::int64_t entries = query.column_int64(3);
    const std::string name = "closed fiscal year " + std::to_string(year) + " of " + entity;
    const std::string recorded = entries == 0 ? std::string("no entry")
                                              : validated_entries(entries) + " up to " +
                                                    transaction_reference(entity, year, entries) + " (chain position " +
                                                    std::to_string(query.column_int64(4)) + ", hash " +
                                                    short_hash(query.column_text(5)) + ")";
    if (query.column_is_null(2)) {
      problems.push_back(name + ": the year was deleted; its closing recorded " + recorded);
      continue;
    }
    if (query.column_text(2) != "closed") {
      problems.push_back(name + " is " + query.column_text(2) + " again: its lock was undone; its closing recorded " +
                         recorded);
    }
    const std::int64_t now = query.column_int64(6);
    const bool same_last = query.column_is_null(4)
                               ? query.column_is_null(7)
                               : !query.column_is_null(7) && query.column_int64(7) == query.column_int64(4);
    if (now != entries || !same_last) {
      problems.push_back(name + ": its closing recorded " + recorded + ", it now has " + validated_entries(now) +
                         (query.column_is_null(7)
                              ? std::string()
                              : ", the last at chain position " + std::to_string(query.column_int64(7))));
    } else if (!query.column_is_null(5) && query.column_text(8) != query.column_text(5)) {
      problems.push_back(name + ": the chain hash of its last entry " + transaction_reference(entity, year, entries) +
                         " is " + short_hash(query.column_text(8)) + ", its closing recorded " +
                         short_hash(query.column_text(5)));
    }
  }
  return problems;
}

std::vector<std::string> SqliteBook::check_fec_imports() const {
  Statement query(state_->connection(), fec_import_sql, false);
  std::vector<std::string> problems;
  while (query.step("checking the FEC import records")) {
    const std::string entity = query.column_text(1);
    const std::int64_t entries = query.column_int64(4);
    const std::string name = "FEC import #" + std::to_string(query.column_int64(0)) + " of " + entity + " (file " +
                             query.column_text(2) + ", SHA-256 " + short_hash(query.column_text(3)) + ")";
    std::string range;
    const bool posted = !query.column_is_null(8);
    if (posted) {
      const bool found = !query.column_is_null(10) && !query.column_is_null(17);
      const bool valid = found && query.column_text(11) == entity && query.column_text(18) == entity &&
                         query.column_text(12) == "validated" && query.column_text(19) == "validated";
      if (!valid) {
        problems.push_back(name + ": its entries #" + std::to_string(query.column_int64(8)) + " to #" +
                           std::to_string(query.column_int64(9)) + " are not validated entries of " + entity);
        continue;
      }
      range = transaction_reference(entity, query.column_int(15), query.column_int64(16)) + " to " +
              transaction_reference(entity, query.column_int(22), query.column_int64(23));
      const std::int64_t held = query.column_int64(21) - query.column_int64(14) + 1;
      if (held != entries) {
        problems.push_back(name + ": it records " + std::to_string(entries) + " entries but its range " + range +
                           " holds " + std::to_string(held));
        continue;
      }
    } else if (entries != 0) {
      problems.push_back(name + ": it records " + std::to_string(entries) + " entries but no range");
      continue;
    }
    const FecImportSealFields fields{entity,
                                     query.column_text(2),
                                     query.column_text(3),
                                     entries,
                                     query.column_int64(5),
                                     query.column_text(6),
                                     posted ? query.column_text(13) : std::string(),
                                     posted ? query.column_text(20) : std::string()};
    if (query.column_is_null(7) || fec_import_seal(query.column_text(24), fields) != query.column_text(7)) {
      problems.push_back(name + (posted ? ", entries " + range : std::string()) +
                         ": its record no longer matches its seal (its file name, file hash, counts, date or "
                         "entries were changed, or an earlier import record of " +
                         entity + " was deleted)");
    }
  }
  return problems;
}

std::vector<std::string> SqliteBook::check_import_records() const {
  std::vector<std::string> problems = check_record_seals(state_->connection(), SealedRecord::TillImport);
  for (auto& problem : check_record_seals(state_->connection(), SealedRecord::BankStatement)) {
    problems.push_back(std::move(problem));
  }
  return problems;
}

}  // namespace comptoir

// Schema version 12: what `verify` needs to notice a closed year's lock or
// a FEC import record changed behind Comptoir's back. A year's closing
// records the year's validated entries and the chain hash of its last one
// (`year_lock`, written by a trigger whatever closes the year); a FEC
// import record carries a seal over its fields, its entries' hashes and
// the entity's previous record (fec_import_seal.hpp). Books closed or
// imported before get theirs from the book as it is when migrated.
// Never edit once released: a later change is a new migration function.
#include <map>
#include <string>
#include <vector>

#include "connection.hpp"
#include "fec_import_seal.hpp"
#include "migrations.hpp"
#include "statement.hpp"

namespace comptoir {
namespace {

// last_chain_position, last_hash: the year's last validated entry in chain
// order, both NULL when the year had none.
constexpr const char* year_lock_table = R"sql(
CREATE TABLE year_lock (
  entity TEXT NOT NULL,
  year INTEGER NOT NULL,
  entries INTEGER NOT NULL CHECK (entries >= 0),
  last_chain_position INTEGER,
  last_hash TEXT,
  CHECK ((last_chain_position IS NULL) = (last_hash IS NULL)),
  PRIMARY KEY (entity, year)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER year_lock_no_update BEFORE UPDATE ON year_lock
BEGIN SELECT RAISE(ABORT, 'the record of a year''s closing cannot be changed'); END;
CREATE TRIGGER year_lock_no_delete BEFORE DELETE ON year_lock
BEGIN SELECT RAISE(ABORT, 'the record of a year''s closing cannot be deleted'); END;

CREATE TRIGGER fiscal_year_lock_on_close AFTER UPDATE OF status ON fiscal_year
WHEN OLD.status = 'open' AND NEW.status = 'closed'
BEGIN
  INSERT INTO year_lock (entity, year, entries, last_chain_position, last_hash)
  SELECT NEW.entity, NEW.year,
         (SELECT count(*) FROM txn WHERE entity = NEW.entity AND status = 'validated' AND fiscal_year = NEW.year),
         last.chain_position, last.hash
  FROM (SELECT 1) LEFT JOIN (SELECT chain_position, hash FROM txn
                             WHERE entity = NEW.entity AND status = 'validated' AND fiscal_year = NEW.year
                             ORDER BY chain_position DESC LIMIT 1) last;
END;

INSERT INTO year_lock (entity, year, entries, last_chain_position, last_hash)
SELECT f.entity, f.year,
       (SELECT count(*) FROM txn WHERE entity = f.entity AND status = 'validated' AND fiscal_year = f.year),
       (SELECT chain_position FROM txn WHERE entity = f.entity AND status = 'validated' AND fiscal_year = f.year
        ORDER BY chain_position DESC LIMIT 1),
       (SELECT hash FROM txn WHERE entity = f.entity AND status = 'validated' AND fiscal_year = f.year
        ORDER BY chain_position DESC LIMIT 1)
FROM fiscal_year f WHERE f.status = 'closed';

ALTER TABLE fec_import ADD COLUMN seal TEXT;
DROP TRIGGER fec_import_no_update;
)sql";

constexpr const char* restore_trigger = R"sql(
CREATE TRIGGER fec_import_no_update BEFORE UPDATE ON fec_import
BEGIN SELECT RAISE(ABORT, 'a FEC import record cannot be changed'); END;
)sql";

struct SealedRow {
  std::int64_t id = 0;
  std::string seal;
};

// Seals the records in id order, each over the previous one of its entity.
void seal_fec_imports(Connection& connection) {
  Statement rows(connection,
                 "SELECT f.id, f.entity, f.file_name, f.sha256, f.entries, f.lines, f.imported_on,"
                 " coalesce(a.hash, ''), coalesce(b.hash, '')"
                 " FROM fec_import f LEFT JOIN txn a ON a.id = f.first_txn_id LEFT JOIN txn b ON b.id = f.last_txn_id"
                 " ORDER BY f.id",
                 false);
  std::map<std::string, std::string> previous;
  std::vector<SealedRow> sealed;
  while (rows.step("reading the FEC import records")) {
    FecImportSealFields f{rows.column_text(1),  rows.column_text(2), rows.column_text(3), rows.column_int64(4),
                          rows.column_int64(5), rows.column_text(6), rows.column_text(7), rows.column_text(8)};
    std::string& seal = previous[f.entity];
    seal = fec_import_seal(seal, f);
    sealed.push_back(SealedRow{rows.column_int64(0), seal});
  }
  Statement update(connection, "UPDATE fec_import SET seal = ?2 WHERE id = ?1", false);
  for (const SealedRow& row : sealed) {
    update.bind(1, row.id);
    update.bind(2, row.seal);
    update.run("sealing the FEC import records");
  }
}

}  // namespace

void migrate_to_v12(Connection& connection) {
  connection.execute(year_lock_table, "recording the closed years' locks (schema version 12)");
  seal_fec_imports(connection);
  connection.execute(restore_trigger, "sealing the FEC import records (schema version 12)");
}

}  // namespace comptoir

// The ledger's rules over a reader and a writer: checks, posting, validation
// (gapless numbering and hash chain), fiscal years. Every command that
// writes goes through a Book inside one WriteScope.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/book_reader.hpp"
#include "core/book_writer.hpp"

namespace comptoir {

class Book {
 public:
  Book(const BookReader& reader, BookWriter& writer) : reader_(reader), writer_(writer) {}

  [[nodiscard]] const BookReader& reader() const { return reader_; }
  [[nodiscard]] std::unique_ptr<WriteScope> begin() { return writer_.begin(); }

  // Creates the default entities with their chart, journals and the fiscal
  // year `year` (calendar year). Throws if entities already exist.
  void initialise(int year);
  // The same with a first fiscal year of any dates (see fiscal_year.hpp).
  void initialise(const FiscalYear& first_year);

  // Renames `entity` and/or sets its SIREN (empty: unchanged). Throws
  // InvalidInput for a SIREN that is not 9 digits with a valid control key.
  void set_entity_identity(const std::string& entity, const std::string& name, const std::string& siren);

  void add_account(const std::string& entity, const Account& account);
  void add_auxiliary(const std::string& entity, const AuxiliaryAccount& auxiliary);
  // Adds a journal; throws InvalidInput if the code or label is empty or the
  // code already exists in `entity`.
  void add_journal(const std::string& entity, const Journal& journal);
  // Adds the calendar fiscal year `year`; throws if it overlaps another.
  void add_fiscal_year(const std::string& entity, int year);
  // Adds the open year from year.start to year.end, named by the year of
  // its end; throws InvalidInput unless it runs 1 to 24 months, or if it
  // overlaps another year of `entity` or another ends in the same year.
  void add_fiscal_year(const std::string& entity, const FiscalYear& year);
  // Adds and returns the 12-month year that follows the entity's last one.
  FiscalYear add_following_year(const std::string& entity);
  // Adds and returns the 12-month year that ends in `label`: the year that
  // follows the last one if it ends in `label`, else the year ending in
  // `label` on the entity's closing day (an earlier year, or one after a
  // gap). Throws InvalidInput if it overlaps a year of the entity.
  FiscalYear add_year_ending_in(const std::string& entity, int label);
  // Locks a fiscal year: no write dated in it is accepted afterwards.
  void close_fiscal_year(const std::string& entity, int year);

  // Throws Error (InvalidInput, Unbalanced, NotFound or Locked) with a clear
  // message if `t` cannot be posted: unknown entity, journal, account or
  // auxiliary; fewer than two postings; a posting not positive on exactly
  // one side (or zero on both, once zero lines are accepted); debits !=
  // credits; date outside an open fiscal year.
  void check(const Transaction& t);
  // From now on, accepts postings of zero on both sides: a FEC import keeps
  // the zero lines real exports hold. Typed entries keep refusing them.
  void accept_zero_lines() { accept_zero_lines_ = true; }

  // Checks and stores `t` as a draft, or validates it at once when
  // `validate` is true (validated on `validation_date`). Returns its id.
  std::int64_t post(Transaction t, bool validate, Date validation_date);

  // post() in two halves, for many entries: prepare() checks `t` and, when
  // `validate`, numbers and seals it (the next sequence and chain hash, as
  // if it were stored next); store() then writes prepared transactions, in
  // the order they were prepared, in one batch. Every prepared transaction
  // must be stored in that order, or the write scope rolled back.
  // Once load_sealing_state() has run for the entity, prepare() reads only
  // this Book's memory and store() only the writer: an importer may run
  // them on two threads at once, one thread each.
  void prepare(Transaction& t, bool validate, Date validation_date);
  void store(const std::vector<Transaction>& batch);
  // Loads what prepare() reads from storage for `entity`: its accounts,
  // journals, years, last sequence of each year and chain head.
  void load_sealing_state(const std::string& entity);
  // Validates a stored draft (checks again, numbers it, chains its hash).
  void validate(std::int64_t draft_id, Date validation_date);

  // The fiscal year of `entity` containing `d`, if any.
  [[nodiscard]] const FiscalYear* fiscal_year_of(const std::string& entity, Date d);

 private:
  struct EntityCache {
    Entity entity;
    std::unordered_set<std::string> accounts;
    std::unordered_set<std::string> auxiliaries;
    std::set<std::string> journals;
    std::map<int, FiscalYear> years;
    std::map<int, std::int64_t> last_sequence;
    ChainHead chain;
    bool chain_loaded = false;
  };
  EntityCache& cache(const std::string& entity);
  // The entity's year that ends last; throws NotFound if it has none.
  const FiscalYear& last_year(const std::string& entity);
  // cache() with the chain head loaded.
  EntityCache& sealing_cache(const std::string& entity);
  // The last sequence used in `year`, read from storage the first time.
  std::int64_t& last_sequence(EntityCache& c, int year);
  void seal(Transaction& t, Date validation_date);

  const BookReader& reader_;
  BookWriter& writer_;
  std::map<std::string, EntityCache> caches_;
  bool accept_zero_lines_ = false;
};

}  // namespace comptoir

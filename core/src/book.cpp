// The ledger's rules: checks, posting, validation and fiscal years.
#include "core/book.hpp"

#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "core/reference_data.hpp"
#include "core/siren.hpp"

namespace comptoir {
namespace {

std::string describe(const Transaction& t) {
  std::string out = "transaction";
  if (t.id != 0) out.append(" ").append(t.reference());
  if (!t.piece_ref.empty())
    out += " (piece " + t.piece_ref + ", " + t.date.iso() + ")";
  else
    out += " (" + t.date.iso() + ")";
  return out;
}

}  // namespace

Book::EntityCache& Book::cache(const std::string& entity) {
  auto it = caches_.find(entity);
  if (it != caches_.end()) return it->second;
  auto found = reader_.entity(entity);
  if (!found) throw Error(ErrorKind::NotFound, "unknown entity '" + entity + "'");
  EntityCache c;
  c.entity = *found;
  for (const auto& a : reader_.accounts(entity)) c.accounts.insert(a.number);
  for (const auto& a : reader_.auxiliaries(entity)) c.auxiliaries.insert(a.code);
  for (const auto& j : reader_.journals(entity)) c.journals.insert(j.code);
  for (const auto& y : reader_.fiscal_years(entity)) c.years[y.year] = y;
  return caches_.emplace(entity, std::move(c)).first->second;
}

void Book::initialise(int year) {
  initialise(calendar_fiscal_year(year));
}

void Book::initialise(const FiscalYear& first_year) {
  if (!reader_.entities().empty()) {
    throw Error(ErrorKind::InvalidInput, "the book is already initialised");
  }
  const auto chart = default_chart();
  const auto journals = default_journals();
  for (const auto& e : default_entities()) {
    writer_.add_entity(e);
    for (const auto& a : chart) writer_.add_account(e.code, a);
    for (const auto& j : journals) writer_.add_journal(e.code, j);
    add_fiscal_year(e.code, first_year);
  }
}

void Book::set_entity_identity(const std::string& entity, const std::string& name, const std::string& siren) {
  auto& c = cache(entity);
  Entity changed = c.entity;
  if (!name.empty()) changed.name = name;
  if (!siren.empty()) {
    if (!is_valid_siren(siren)) {
      throw Error(ErrorKind::InvalidInput, "'" + siren +
                                               "' is not a SIREN (9 digits whose last is the Luhn "
                                               "control key of the first eight)");
    }
    changed.siren = siren;
  }
  writer_.update_entity(changed);
  c.entity = changed;
}

void Book::add_account(const std::string& entity, const Account& account) {
  auto& c = cache(entity);
  if (!is_valid_account_number(account.number)) {
    throw Error(ErrorKind::InvalidInput,
                "'" + account.number + "' is not an account number (6 to 12 digits, first digit 1-8)");
  }
  if (account.label.empty()) throw Error(ErrorKind::InvalidInput, "account " + account.number + " needs a label");
  if (c.accounts.count(account.number) != 0) {
    throw Error(ErrorKind::InvalidInput, "account " + account.number + " already exists in " + entity);
  }
  writer_.add_account(entity, account);
  c.accounts.insert(account.number);
}

void Book::add_auxiliary(const std::string& entity, const AuxiliaryAccount& auxiliary) {
  auto& c = cache(entity);
  if (auxiliary.code.empty() || auxiliary.label.empty()) {
    throw Error(ErrorKind::InvalidInput, "an auxiliary account needs a code and a label");
  }
  if (c.accounts.count(auxiliary.parent_account) == 0) {
    throw Error(ErrorKind::NotFound, "auxiliary account " + auxiliary.code + ": collective account " +
                                         auxiliary.parent_account + " does not exist in " + entity);
  }
  if (c.auxiliaries.count(auxiliary.code) != 0) {
    throw Error(ErrorKind::InvalidInput, "auxiliary account " + auxiliary.code + " already exists in " + entity);
  }
  writer_.add_auxiliary(entity, auxiliary);
  c.auxiliaries.insert(auxiliary.code);
}

void Book::add_journal(const std::string& entity, const Journal& journal) {
  auto& c = cache(entity);
  if (journal.code.empty() || journal.label.empty()) {
    throw Error(ErrorKind::InvalidInput, "a journal needs a code and a label");
  }
  if (c.journals.count(journal.code) != 0) {
    throw Error(ErrorKind::InvalidInput, "journal " + journal.code + " already exists in " + entity);
  }
  writer_.add_journal(entity, journal);
  c.journals.insert(journal.code);
}

void Book::add_fiscal_year(const std::string& entity, int year) {
  add_fiscal_year(entity, calendar_fiscal_year(year));
}

void Book::add_fiscal_year(const std::string& entity, const FiscalYear& requested) {
  auto& c = cache(entity);
  // 1 to 24 months, named by the year of its closing date.
  const FiscalYear year = fiscal_year_between(requested.start, requested.end);
  for (const auto& [_, other] : c.years) {
    if (other.contains(year.start) || other.contains(year.end) || year.contains(other.start)) {
      throw Error(ErrorKind::InvalidInput,
                  "fiscal year " + describe(year) + " of " + entity + " overlaps fiscal year " + describe(other));
    }
    if (other.year == year.year) {
      throw Error(ErrorKind::InvalidInput, "fiscal year " + describe(year) + " of " + entity +
                                               " ends in the same year as fiscal year " + describe(other) +
                                               " (a fiscal year is named by the year it ends in)");
    }
  }
  writer_.add_fiscal_year(entity, year);
  c.years[year.year] = year;
}

FiscalYear Book::add_following_year(const std::string& entity) {
  const FiscalYear next = following_fiscal_year(last_year(entity));
  add_fiscal_year(entity, next);
  return next;
}

FiscalYear Book::add_year_ending_in(const std::string& entity, int label) {
  const FiscalYear& last = last_year(entity);
  const FiscalYear next = following_fiscal_year(last);
  const FiscalYear year = next.year == label ? next : fiscal_year_ending_in(label, last);
  add_fiscal_year(entity, year);
  return year;
}

const FiscalYear& Book::last_year(const std::string& entity) {
  auto& c = cache(entity);
  if (c.years.empty()) throw Error(ErrorKind::NotFound, entity + " has no fiscal year");
  const FiscalYear* last = &c.years.begin()->second;
  for (const auto& [_, y] : c.years) {
    if (last->end < y.end) last = &y;
  }
  return *last;
}

void Book::close_fiscal_year(const std::string& entity, int year) {
  auto& c = cache(entity);
  auto it = c.years.find(year);
  if (it == c.years.end()) {
    throw Error(ErrorKind::NotFound, "no fiscal year " + std::to_string(year) + " in " + entity);
  }
  if (!it->second.is_open()) {
    throw Error(ErrorKind::Locked, "fiscal year " + std::to_string(year) + " of " + entity + " is already closed");
  }
  writer_.set_fiscal_year_status(entity, year, FiscalYearStatus::Closed);
  it->second.status = FiscalYearStatus::Closed;
}

const FiscalYear* Book::fiscal_year_of(const std::string& entity, Date d) {
  for (const auto& [_, fy] : cache(entity).years) {
    if (fy.contains(d)) return &fy;
  }
  return nullptr;
}

void Book::check(const Transaction& t) {
  auto& c = cache(t.entity);
  // Messages are built only on failure: check() runs once per imported entry.
  auto what = [&t] { return describe(t); };
  if (c.journals.count(t.journal) == 0) {
    throw Error(ErrorKind::NotFound, what() + ": unknown journal '" + t.journal + "' in " + t.entity);
  }
  const FiscalYear* fy = fiscal_year_of(t.entity, t.date);
  if (fy == nullptr) {
    throw Error(ErrorKind::InvalidInput, what() + ": date " + t.date.iso() + " is in no fiscal year of " + t.entity);
  }
  if (!fy->is_open()) {
    throw Error(ErrorKind::Locked, what() + ": fiscal year " + std::to_string(fy->year) + " of " + t.entity +
                                       " is closed; post a correction in an open year");
  }
  if (t.postings.size() < 2) {
    throw Error(ErrorKind::InvalidInput, what() + ": a transaction needs at least two postings");
  }
  for (std::size_t i = 0; i < t.postings.size(); ++i) {
    const Posting& p = t.postings[i];
    auto where = [&] { return what() + ", posting " + std::to_string(i + 1) + " (" + p.account + ")"; };
    if (c.accounts.count(p.account) == 0) {
      throw Error(ErrorKind::NotFound, where() + ": account " + p.account + " does not exist in " + t.entity);
    }
    if (!p.auxiliary.empty() && c.auxiliaries.count(p.auxiliary) == 0) {
      throw Error(ErrorKind::NotFound,
                  where() + ": auxiliary account " + p.auxiliary + " does not exist in " + t.entity);
    }
    // RES is not VAT-liable (non fiscalisée): it neither collects nor deducts
    // VAT, so any VAT account (445x) in its books is a mistake.
    if (!c.entity.vat_liable && p.account.compare(0, 3, "445") == 0) {
      throw Error(ErrorKind::InvalidInput, where() + ": " + t.entity +
                                               " is not liable to VAT; VAT accounts (445x) "
                                               "cannot be posted in its books (post the amount including VAT to the "
                                               "expense or income account)");
    }
    const bool zero_line = p.debit.is_zero() && p.credit.is_zero();
    if (p.debit.is_negative() || p.credit.is_negative() || (!zero_line && p.debit.is_zero() == p.credit.is_zero()) ||
        (zero_line && !accept_zero_lines_)) {
      throw Error(ErrorKind::InvalidInput, where() + ": amount must be positive on exactly one side (debit " +
                                               p.debit.to_string() + ", credit " + p.credit.to_string() + ")");
    }
  }
  Money debit = t.total_debit();
  Money credit = t.total_credit();
  if (debit != credit) {
    throw Error(ErrorKind::Unbalanced, what() + " is unbalanced: debits " + debit.to_string() + " != credits " +
                                           credit.to_string() + " (difference " + (debit - credit).to_string() + ")");
  }
}

std::int64_t& Book::last_sequence(EntityCache& c, int year) {
  auto seq = c.last_sequence.find(year);
  if (seq == c.last_sequence.end())
    seq = c.last_sequence.emplace(year, reader_.last_sequence(c.entity.code, year)).first;
  return seq->second;
}

Book::EntityCache& Book::sealing_cache(const std::string& entity) {
  auto& c = cache(entity);
  if (!c.chain_loaded) {
    c.chain = reader_.chain_head(entity);
    c.chain_loaded = true;
  }
  return c;
}

void Book::load_sealing_state(const std::string& entity) {
  auto& c = sealing_cache(entity);
  for (const auto& [year, _] : c.years) last_sequence(c, year);
}

void Book::seal(Transaction& t, Date validation_date) {
  auto& c = sealing_cache(t.entity);
  const FiscalYear* fy = fiscal_year_of(t.entity, t.date);
  t.fiscal_year = fy->year;
  t.sequence = ++last_sequence(c, fy->year);
  t.chain_position = ++c.chain.count;
  t.status = TransactionStatus::Validated;
  t.validation_date = validation_date;
  t.hash = chain_hash(c.chain.hash, t);
  c.chain.hash = t.hash;
}

void Book::prepare(Transaction& t, bool validate, Date validation_date) {
  t.status = TransactionStatus::Draft;
  t.id = 0;
  check(t);
  if (validate) seal(t, validation_date);
}

void Book::store(const std::vector<Transaction>& batch) {
  writer_.insert_transactions(batch);
}

std::int64_t Book::post(Transaction t, bool validate, Date validation_date) {
  prepare(t, validate, validation_date);
  return writer_.insert_transaction(t);
}

void Book::validate(std::int64_t draft_id, Date validation_date) {
  auto t = reader_.transaction(draft_id);
  if (!t) throw Error(ErrorKind::NotFound, "no transaction with id " + std::to_string(draft_id));
  if (t->is_validated()) {
    throw Error(ErrorKind::Locked, "transaction " + t->reference() + " is already validated");
  }
  check(*t);
  seal(*t, validation_date);
  writer_.mark_validated(*t);
}

}  // namespace comptoir

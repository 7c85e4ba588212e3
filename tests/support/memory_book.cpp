// See memory_book.hpp.
#include "support/memory_book.hpp"

#include <algorithm>
#include <map>

namespace comptoir::test {
namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

bool header_matches(const TransactionFilter& f, const Transaction& t) {
  if (f.status == StatusFilter::Validated && !t.is_validated()) return false;
  if (f.status == StatusFilter::Draft && t.is_validated()) return false;
  if (!f.entity.empty() && t.entity != f.entity) return false;
  if (f.fiscal_year && t.fiscal_year != *f.fiscal_year) return false;
  if (f.from && t.date < *f.from) return false;
  if (f.to && t.date > *f.to) return false;
  if (!f.tag_key.empty() && std::none_of(t.postings.begin(), t.postings.end(),
                                         [&](const Posting& p) { return p.tags.count(f.tag_key) > 0; })) {
    return false;
  }
  return f.journal.empty() || t.journal == f.journal;
}

class MemoryScope : public WriteScope {
 public:
  explicit MemoryScope(MemoryBook& book) : book_(book), saved_(book.state()) {}
  ~MemoryScope() override {
    if (!committed_) book_.state() = saved_;
  }
  void commit() override { committed_ = true; }

 private:
  MemoryBook& book_;
  MemoryBook::State saved_;
  bool committed_ = false;
};

template <typename T>
std::vector<T> of_entity(const std::vector<std::pair<std::string, T>>& rows, const std::string& entity) {
  std::vector<T> out;
  for (const auto& [e, row] : rows) {
    if (e == entity) out.push_back(row);
  }
  return out;
}

}  // namespace

std::optional<Entity> MemoryBook::entity(const std::string& code) const {
  for (const auto& e : state_.entities) {
    if (e.code == code) return e;
  }
  return std::nullopt;
}

std::vector<Account> MemoryBook::accounts(const std::string& entity) const {
  return of_entity(state_.accounts, entity);
}
std::optional<Account> MemoryBook::account(const std::string& entity, const std::string& number) const {
  for (const auto& a : accounts(entity)) {
    if (a.number == number) return a;
  }
  return std::nullopt;
}
std::vector<AuxiliaryAccount> MemoryBook::auxiliaries(const std::string& entity) const {
  return of_entity(state_.auxiliaries, entity);
}
std::optional<AuxiliaryAccount> MemoryBook::auxiliary(const std::string& entity, const std::string& code) const {
  for (const auto& a : auxiliaries(entity)) {
    if (a.code == code) return a;
  }
  return std::nullopt;
}
std::vector<Journal> MemoryBook::journals(const std::string& entity) const {
  return of_entity(state_.journals, entity);
}
std::vector<FiscalYear> MemoryBook::fiscal_years(const std::string& entity) const {
  return of_entity(state_.years, entity);
}

// Summed from the ledger lines (what the SQLite store keeps as running totals).
std::vector<AccountBalance> MemoryBook::trial_balance(const TransactionFilter& filter) const {
  std::map<std::pair<std::string, std::string>, AccountBalance> rows;
  for_each_ledger_line(filter, [&](const LedgerLine& l) {
    auto& row = rows[{l.entity, l.posting.account}];
    row.entity = l.entity;
    row.account = l.posting.account;
    row.debit += l.posting.debit;
    row.credit += l.posting.credit;
  });
  std::vector<AccountBalance> out;
  for (auto& [key, row] : rows) out.push_back(row);
  return out;
}

void MemoryBook::for_each_transaction(const TransactionFilter& filter,
                                      const std::function<void(const Transaction&)>& visit) const {
  for (const auto& t : state_.transactions) {
    if (!header_matches(filter, t)) continue;
    const bool any = std::any_of(t.postings.begin(), t.postings.end(),
                                 [&](const Posting& p) { return starts_with(p.account, filter.account_prefix); });
    if (any) visit(t);
  }
}

std::optional<Transaction> MemoryBook::transaction(std::int64_t id) const {
  if (id < 1 || id > static_cast<std::int64_t>(state_.transactions.size())) return std::nullopt;
  return state_.transactions[static_cast<std::size_t>(id - 1)];
}

void MemoryBook::for_each_ledger_line(const TransactionFilter& filter,
                                      const std::function<void(const LedgerLine&)>& visit) const {
  for (const auto& t : state_.transactions) {
    if (!header_matches(filter, t)) continue;
    for (const auto& p : t.postings) {
      if (!starts_with(p.account, filter.account_prefix)) continue;
      visit({t.entity, t.id, t.fiscal_year, t.sequence, t.journal, t.date, t.piece_ref, t.label, 0, p});
    }
  }
}

ChainHead MemoryBook::chain_head(const std::string& entity) const {
  ChainHead head{std::string(64, '0'), 0};
  for (const auto& t : state_.transactions) {
    if (t.entity == entity && t.is_validated() && t.chain_position > head.count) head = {t.hash, t.chain_position};
  }
  return head;
}

std::int64_t MemoryBook::last_sequence(const std::string& entity, int fiscal_year) const {
  std::int64_t last = 0;
  for (const auto& t : state_.transactions) {
    if (t.entity == entity && t.fiscal_year == fiscal_year) last = std::max(last, t.sequence);
  }
  return last;
}

std::unique_ptr<WriteScope> MemoryBook::begin() {
  return std::make_unique<MemoryScope>(*this);
}

void MemoryBook::set_fiscal_year_status(const std::string& entity, int year, FiscalYearStatus status) {
  for (auto& [e, y] : state_.years) {
    if (e == entity && y.year == year) y.status = status;
  }
}

std::int64_t MemoryBook::insert_transaction(const Transaction& transaction) {
  state_.transactions.push_back(transaction);
  state_.transactions.back().id = static_cast<std::int64_t>(state_.transactions.size());
  return state_.transactions.back().id;
}

void MemoryBook::mark_validated(const Transaction& validated) {
  state_.transactions[static_cast<std::size_t>(validated.id - 1)] = validated;
}

void MemoryBook::delete_draft(std::int64_t id) {
  state_.transactions[static_cast<std::size_t>(id - 1)].postings.clear();
}

void MemoryBook::add_line(const std::string& entity, int year, const std::string& account, const std::string& debit,
                          const std::string& credit, Tags tags) {
  Transaction t;
  t.entity = entity;
  t.journal = "OD";
  t.date = Date::from_ymd(year, 1, 1);
  t.piece_date = t.date;
  t.status = TransactionStatus::Validated;
  t.fiscal_year = year;
  Posting p;
  p.account = account;
  p.debit = Money::parse(debit);
  p.credit = Money::parse(credit);
  p.tags = std::move(tags);
  t.postings.push_back(std::move(p));
  insert_transaction(t);
}

std::unique_ptr<MemoryBook> initialised_memory_book() {
  auto book = std::make_unique<MemoryBook>();
  Book(*book, *book).initialise(2025);
  return book;
}

Posting debit(const std::string& account, const char* amount, Tags tags) {
  Posting p;
  p.account = account;
  p.debit = Money::parse(amount);
  p.tags = std::move(tags);
  return p;
}

Posting credit(const std::string& account, const char* amount, Tags tags) {
  Posting p;
  p.account = account;
  p.credit = Money::parse(amount);
  p.tags = std::move(tags);
  return p;
}

Transaction entry(const std::string& entity, const std::string& journal, const char* date,
                  std::vector<Posting> postings) {
  Transaction t;
  t.entity = entity;
  t.journal = journal;
  t.date = Date::parse(date);
  t.piece_date = t.date;
  t.piece_ref = "P-" + std::string(date);
  t.label = "test entry";
  t.postings = std::move(postings);
  return t;
}

}  // namespace comptoir::test

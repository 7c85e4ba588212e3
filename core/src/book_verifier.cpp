// See hash_chain.hpp.
#include <map>

#include "core/hash_chain.hpp"

namespace comptoir {
namespace {

std::string name(const Transaction& t) {
  std::string out = "transaction " + t.reference() + " (journal " + t.journal + ", " + t.date.iso();
  if (!t.piece_ref.empty()) out += ", piece " + t.piece_ref;
  return out + ", id " + std::to_string(t.id) + ")";
}

// The numbers missing between `last` and `t`'s in t's year, "" if none.
std::string missing_numbers(const Transaction& t, std::int64_t last) {
  if (t.sequence <= last + 1) return "";
  const std::string first = transaction_reference(t.entity, t.fiscal_year, last + 1);
  if (t.sequence == last + 2) return first;
  return first + " to " + transaction_reference(t.entity, t.fiscal_year, t.sequence - 1);
}

std::string sequence_problem(const Transaction& t, std::int64_t last) {
  if (t.sequence <= last) return "the numbers are out of order or repeated: an entry was moved or inserted";
  return "the sequence has a gap: " + missing_numbers(t, last) + " missing or out of order";
}

std::string position_problem(const Transaction& t, std::int64_t last) {
  if (t.chain_position < 1) return "an entry was inserted";
  const std::string missing = missing_numbers(t, last);
  if (!missing.empty()) return "a transaction is missing: " + missing + " was deleted";
  return "a transaction is missing or was inserted";
}

class EntityChecker {
 public:
  explicit EntityChecker(EntityVerification& result) : r_(result), hash_(genesis_hash()) {}

  void visit(const Transaction& t) {
    ++r_.transactions;
    r_.postings += static_cast<std::int64_t>(t.postings.size());
    if (broken_) return;
    std::int64_t& last = last_sequence_[t.fiscal_year];
    if (t.chain_position != r_.transactions) {
      fail(name(t) + ": chain position " + std::to_string(t.chain_position) + " where " +
           std::to_string(r_.transactions) + " was expected (" + position_problem(t, last) + ")");
    }
    if (t.sequence != last + 1) {
      fail(name(t) + ": number " + std::to_string(t.sequence) + " follows " + std::to_string(last) +
           " in fiscal year " + std::to_string(t.fiscal_year) + " (" + sequence_problem(t, last) + ")");
    }
    last = t.sequence;
    const std::string expected = chain_hash(hash_, t);
    if (expected != t.hash) {
      fail(name(t) + " no longer matches its hash: it was changed after validation (stored " + t.hash.substr(0, 12) +
           "…, recomputed " + expected.substr(0, 12) + "…)");
    }
    if (t.total_debit() != t.total_credit()) {
      fail(name(t) + " is unbalanced: debits " + t.total_debit().to_string() + " != credits " +
           t.total_credit().to_string());
    }
    hash_ = t.hash.empty() ? expected : t.hash;
    r_.head_hash = expected;
  }

 private:
  void fail(const std::string& problem) {
    if (broken_) return;
    r_.problems.push_back(problem);
    broken_ = true;
  }

  EntityVerification& r_;
  std::string hash_;
  std::map<int, std::int64_t> last_sequence_;
  bool broken_ = false;
};

}  // namespace

bool VerificationReport::ok() const {
  for (const auto& e : entities) {
    if (!e.problems.empty()) return false;
  }
  return store_problems.empty();
}

VerificationReport verify_book(const BookReader& reader) {
  VerificationReport report;
  for (const auto& entity : reader.entities()) {
    EntityVerification result;
    result.entity = entity.code;
    EntityChecker checker(result);
    TransactionFilter filter;
    filter.entity = entity.code;
    filter.status = StatusFilter::Validated;
    reader.for_each_transaction(filter, [&](const Transaction& t) { checker.visit(t); });
    if (result.problems.empty() && result.transactions > 0) {
      ChainHead head = reader.chain_head(entity.code);
      if (head.hash != result.head_hash || head.count != result.transactions) {
        result.problems.push_back("the chain head of " + entity.code + " does not match its last transaction");
      }
    }
    report.entities.push_back(std::move(result));
  }
  return report;
}

}  // namespace comptoir

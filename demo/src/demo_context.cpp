// The demo generators' shared toolbox: deterministic draws, auxiliaries,
// and posting the queued entries in date order.
#include "demo_context.hpp"

#include <algorithm>
#include <set>

#include "core/error.hpp"

namespace comptoir {

int DemoContext::uniform(int low, int high) {
  const auto span = static_cast<std::uint32_t>(high - low + 1);
  return low + static_cast<int>(random_() % span);
}

std::vector<Rational> DemoContext::weights(int n, int low, int high) {
  std::vector<Rational> out;
  for (int i = 0; i < n; ++i) out.emplace_back(uniform(low, high));
  return out;
}

std::vector<Date> DemoContext::distinct_days(Date from, Date to, int n) {
  const int span = to.days() - from.days() + 1;
  if (n > span) throw Error(ErrorKind::Internal, "demo: more distinct days asked than the range holds");
  std::set<int> offsets;
  while (static_cast<int>(offsets.size()) < n) offsets.insert(uniform(0, span - 1));
  std::vector<Date> days;
  for (int offset : offsets) days.push_back(from.plus_days(offset));
  return days;
}

std::vector<int> DemoContext::shuffled(int n) {
  std::vector<int> order;
  for (int i = 0; i < n; ++i) order.push_back(i);
  for (int i = n - 1; i > 0; --i) {
    std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(uniform(0, i))]);
  }
  return order;
}

void DemoContext::add_auxiliary(const std::string& entity, const std::string& code, const std::string& label,
                                const std::string& parent) {
  book_.add_auxiliary(entity, AuxiliaryAccount{code, label, parent});
}

void DemoContext::add(Transaction t) {
  const Date date = t.date;
  std::vector<Transaction> preview;
  preview.push_back(std::move(t));
  pending_.push_back({date, std::move(preview), {}});
}

void DemoContext::add_deferred(Date date, std::vector<Transaction> preview, std::function<void()> post) {
  pending_.push_back({date, std::move(preview), std::move(post)});
}

void DemoContext::post_all() {
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const Pending& a, const Pending& b) { return a.date < b.date; });
  for (auto& entry : pending_) {
    if (entry.post) {
      entry.post();
    } else {
      book_.post(std::move(entry.preview.front()), true, entry.date);
    }
  }
  pending_.clear();
}

Money DemoContext::queued_balance(const std::string& entity, const std::string& account, Date from, Date to) const {
  Money balance;
  for (const auto& entry : pending_) {
    for (const auto& t : entry.preview) {
      if (t.entity != entity || t.date < from || t.date > to) continue;
      for (const auto& p : t.postings) {
        if (p.account == account) balance += p.debit - p.credit;
      }
    }
  }
  return balance;
}

std::string two_digits(int n) {
  return padded(n, 2);
}

std::string padded(int n, int width) {
  const std::string digits = std::to_string(n);
  const auto length = static_cast<int>(digits.size());
  return length >= width ? digits : std::string(static_cast<std::size_t>(width - length), '0') + digits;
}

Money euros(std::int64_t whole_euros) {
  return Money::from_euros(whole_euros);
}

Money amount(const char* text) {
  return Money::parse(text);
}

}  // namespace comptoir

// Pairs of inter-association entries and the check that they mirror.
#include <map>

#include "interco/interco_entries.hpp"
#include "interco/interco_pair.hpp"

namespace comptoir {
namespace {

bool is_third_party(const std::string& account) {
  return account[0] == '4' && account.rfind("445", 0) != 0;
}
bool is_result(const std::string& account) {
  return account[0] == '6' || account[0] == '7';
}

void add_to_pairs(std::map<std::string, std::map<std::string, InterCoSide>>& pairs, const Transaction& t) {
  std::map<std::string, bool> seen;  // pair ids of this entry
  for (const auto& p : t.postings) {
    const auto it = p.tags.find(interco_tag);
    if (it == p.tags.end()) continue;
    InterCoSide& side = pairs[it->second][t.entity];
    if (!seen[it->second]) {
      seen[it->second] = true;
      if (side.references.empty()) {
        side.entity = t.entity;
        side.date = t.date;
        side.label = t.label;
      }
      side.references.push_back(t.reference());
    }
    if (is_third_party(p.account)) side.third_party += p.debit - p.credit;
    if (is_result(p.account)) side.result += p.debit - p.credit;
  }
}

std::string problem_of(const InterCoPair& pair) {
  if (pair.sides.size() == 1) return "missing side: only " + pair.sides.front().entity + " booked it";
  if (pair.sides.size() > 2) return "booked by more than two entities";
  const InterCoSide& a = pair.sides[0];
  const InterCoSide& b = pair.sides[1];
  if (a.third_party + b.third_party != Money()) {
    return "third-party balances differ: " + a.entity + " " + a.third_party.to_string() + ", " + b.entity + " " +
           b.third_party.to_string();
  }
  if (a.result + b.result != Money()) {
    return "expense and income differ: " + a.entity + " " + a.result.to_string() + ", " + b.entity + " " +
           b.result.to_string();
  }
  return "";
}

}  // namespace

std::vector<InterCoPair> interco_pairs(const BookReader& reader, TransactionFilter filter) {
  filter.entity.clear();
  filter.tag_key = interco_tag;
  std::map<std::string, std::map<std::string, InterCoSide>> pairs;
  reader.for_each_transaction(filter, [&](const Transaction& t) { add_to_pairs(pairs, t); });
  std::vector<InterCoPair> out;
  for (auto& [id, sides] : pairs) {
    InterCoPair pair{id, {}, ""};
    for (auto& [entity, side] : sides) pair.sides.push_back(std::move(side));
    pair.problem = problem_of(pair);
    out.push_back(std::move(pair));
  }
  return out;
}

}  // namespace comptoir

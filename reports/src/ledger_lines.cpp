// See ledger_lines.hpp.
#include "reports/ledger_lines.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include "cofinancing/prestation.hpp"
#include "reports/category_summaries.hpp"

namespace comptoir {
namespace {

std::string heading(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

// The table's columns, and its rows as they come, then the total.
class LinesTable {
 public:
  LinesTable(const std::string& title, const Labels& t) : t_(t) {
    table_.key = "lines";
    table_.header = {title,
                     {{"entity", heading(t, "col.entity_short"), 4},
                      {"date", heading(t, "col.date"), 10},
                      {"journal", heading(t, "col.journal_short"), 3},
                      {"piece", heading(t, "col.piece"), 12},
                      {"account", heading(t, "col.account"), 6},
                      {"auxiliary", heading(t, "col.auxiliary"), 8},
                      {"label", heading(t, "col.label"), 30, Align::Left, 12},
                      {"debit", heading(t, "col.debit"), 12, Align::Right},
                      {"credit", heading(t, "col.credit"), 12, Align::Right}}};
  }
  void add(const LedgerLine& l) {
    const Posting& p = l.posting;
    const std::string label = p.label.empty() ? l.transaction_label : p.label;
    table_.rows.push_back({{l.entity, l.date, l.journal, l.piece_ref, p.account, p.auxiliary, label,
                            p.debit.is_zero() ? Cell() : Cell(p.debit), p.credit.is_zero() ? Cell() : Cell(p.credit)},
                           false,
                           false});
    debit_ += p.debit;
    credit_ += p.credit;
  }
  // `resource`: the net is credit − debit (a resource's amount).
  TableData finish(bool resource) {
    const Money net = resource ? credit_ - debit_ : debit_ - credit_;
    const std::string count = t_("ledger.lines.count", {{"count", std::to_string(table_.rows.size())}});
    table_.rows.push_back({{heading(t_, "common.total"), {}, {}, {}, {}, {}, count, debit_, credit_}, true, true});
    table_.rows.push_back({{heading(t_, resource ? "ledger.lines.net_credit" : "ledger.lines.net_debit"),
                            {},
                            {},
                            {},
                            {},
                            {},
                            {},
                            resource ? Cell() : Cell(net),
                            resource ? Cell(net) : Cell()},
                           false,
                           true});
    return std::move(table_);
  }

 private:
  const Labels& t_;
  TableData table_;
  Money debit_;
  Money credit_;
};

std::vector<std::string> entities_of(const std::vector<std::string>& entities) {
  return entities.empty() ? std::vector<std::string>{""} : entities;
}

void visit(const BookReader& book, const LedgerSelection& s, const std::function<void(const LedgerLine&)>& keep) {
  for (const auto& entity : entities_of(s.entities)) {
    TransactionFilter filter;
    filter.entity = entity;
    filter.fiscal_year = s.fiscal_year;
    filter.from = s.from;
    filter.to = s.to;
    for (const auto& prefix : s.account_prefixes.empty() ? std::vector<std::string>{""} : s.account_prefixes) {
      filter.account_prefix = prefix;
      book.for_each_ledger_line(filter, [&](const LedgerLine& line) {
        const Tags& tags = line.posting.tags;
        if (!s.excluded_prefix.empty() && line.posting.account.starts_with(s.excluded_prefix)) return;
        if (s.without_interco && tags.count(interco_tag_key) != 0) return;
        if (!s.tag_key.empty()) {
          const auto tag = tags.find(s.tag_key);
          if (tag == tags.end() || tag->second != s.tag_value) return;
        }
        keep(line);
      });
    }
  }
}

}  // namespace

TableData ledger_lines(const BookReader& book, const LedgerSelection& selection, const std::string& title,
                       const Labels& labels) {
  LinesTable table(title, labels);
  visit(book, selection, [&](const LedgerLine& line) { table.add(line); });
  return table.finish(!selection.account_prefixes.empty() && selection.account_prefixes.front().starts_with('7'));
}

TableData category_lines(const BookReader& book, const CategoryScheme& scheme, const std::vector<std::string>& entities,
                         int year, CategorySide side, const std::string& category, const std::string& title,
                         const Labels& labels) {
  LinesTable table(title, labels);
  LedgerSelection selection;
  selection.fiscal_year = year;
  selection.account_prefixes = {side == CategorySide::Expense ? "6" : "7"};
  selection.without_interco = entities.size() > 1;
  for (const auto& entity : entities) {
    selection.entities = {entity};
    visit(book, selection, [&](const LedgerLine& line) {
      const CategoryDefinition* c = scheme.classify(entity, side, line.posting.account);
      const std::string code = c != nullptr ? c->code : std::string(CategoryScheme::other_code);
      if (code == category) table.add(line);
    });
  }
  return table.finish(side == CategorySide::Resource);
}

TableData transaction_lines(const BookReader& book, const std::vector<std::int64_t>& transactions,
                            const std::string& account_prefix, const std::string& title, const Labels& labels) {
  LinesTable table(title, labels);
  for (const std::int64_t id : transactions) {
    const auto entry = book.transaction(id);
    if (!entry || !entry->is_validated()) continue;  // the books' figures count validated entries only
    for (const Posting& p : entry->postings) {
      if (!p.account.starts_with(account_prefix)) continue;
      table.add(LedgerLine{entry->entity, entry->id, entry->fiscal_year, entry->sequence, entry->journal, entry->date,
                           entry->piece_ref, entry->label, 0, p});
    }
  }
  return table.finish(account_prefix.starts_with('7'));
}

TableData cofinancing_lines(const BookReader& book, const CofinancingStore& store, const std::string& commune,
                            const std::string& rule, const std::string& title, const Labels& labels) {
  std::vector<std::int64_t> invoices;
  for (const auto& prestation : store.prestations(commune)) {
    for (const auto& share : store.split(prestation.id).shares) {
      if (share.rule == rule && share.transaction_id != 0) invoices.push_back(share.transaction_id);
    }
  }
  return transaction_lines(book, invoices, "7", title, labels);
}

}  // namespace comptoir

// Transaction templates of the benchmark books: purchases and sales with
// VAT (AT) or split without VAT (RES), bank settlements, funding receipts
// and payroll. Weights (per mille) are chosen for 2.5 postings per
// transaction on average and ~2 % of postings on the busy account.
#include "transaction_generator.hpp"

#include <stdexcept>

namespace comptoir::bench {
namespace {

constexpr std::array<std::string_view, 12> other_expenses = {"604000", "607000", "613200", "615000",
                                                             "616000", "618000", "622600", "623000",
                                                             "625100", "626000", "627000", "628100"};
constexpr std::array<std::string_view, 4> funding_accounts = {"741100", "754100", "756000", "758000"};
constexpr std::array<std::string_view, 3> sales_accounts = {"706010", "707110", "706000"};
constexpr std::array<std::string_view, 28> all_accounts = {
    "401000", "411000", "421000", "431000", "445661", "445711", "512000", "604000", "606100", "607000",
    "613200", "615000", "616000", "618000", "622600", "623000", "625100", "626000", "627000", "628100",
    "641000", "645000", "706000", "706010", "707110", "741100", "754100", "756000"};

// Share of the busy account among expense picks (per mille): with ~0.53
// expense postings per transaction, 94 ‰ of them is ~0.05 per transaction,
// i.e. 2 % of 2.5 postings.
constexpr std::uint64_t busy_per_mille = 94;

enum class Template { SupplierPayment, CustomerReceipt, BankExpense, Funding, Purchase, Sale, Payroll, SplitPurchase };

struct WeightedTemplate {
  Template kind;
  std::uint64_t per_mille;
};

// 2 postings: 600 ‰, 3 postings: 300 ‰, 4 postings: 100 ‰ -> 2.5 on average.
constexpr std::array<WeightedTemplate, 8> templates = {{{Template::SupplierPayment, 180},
                                                        {Template::CustomerReceipt, 140},
                                                        {Template::BankExpense, 140},
                                                        {Template::Funding, 140},
                                                        {Template::Purchase, 180},
                                                        {Template::Sale, 120},
                                                        {Template::Payroll, 50},
                                                        {Template::SplitPurchase, 50}}};

std::int64_t vat_of(std::int64_t net) {
  return (net * 20 + 50) / 100;
}  // 20 %, half-up

void add(BenchTransaction& t, std::string_view account, std::int64_t debit, std::int64_t credit) {
  t.postings.at(t.posting_count++) = BenchPosting{account, debit, credit};
}

}  // namespace

TransactionGenerator::TransactionGenerator(std::uint64_t count, std::uint64_t seed) : count_(count), random_(seed) {}

std::int64_t TransactionGenerator::between(std::int64_t low, std::int64_t high) {
  const auto span = static_cast<std::uint64_t>(high - low + 1);
  return low + static_cast<std::int64_t>(random_() % span);
}

std::string_view TransactionGenerator::expense_account() {
  const std::uint64_t r = random_() % 1000;
  if (r < busy_per_mille) return busy_account;
  return other_expenses.at((r - busy_per_mille) % other_expenses.size());
}

bool TransactionGenerator::next(BenchTransaction& t) {
  if (produced_ == count_) return false;
  t = BenchTransaction{};
  t.number = ++produced_;
  t.day_of_year = static_cast<int>((t.number - 1) * 365 / count_);
  const bool res = t.number % 2 == 0;
  t.entity = res ? "RES" : "AT";

  std::uint64_t pick = random_() % 1000;
  Template kind = templates.back().kind;
  for (const auto& w : templates) {
    if (pick < w.per_mille) {
      kind = w.kind;
      break;
    }
    pick -= w.per_mille;
  }
  switch (kind) {
    case Template::SupplierPayment: {
      const auto amount = between(500, 300000);
      t.journal = "BQ";
      t.label = "Règlement fournisseur";
      add(t, "401000", amount, 0);
      add(t, "512000", 0, amount);
      break;
    }
    case Template::CustomerReceipt: {
      const auto amount = between(2000, 960000);
      t.journal = "BQ";
      t.label = "Encaissement client";
      add(t, "512000", amount, 0);
      add(t, "411000", 0, amount);
      break;
    }
    case Template::BankExpense: {
      const auto amount = between(500, 250000);
      t.journal = "BQ";
      t.label = "Prélèvement";
      add(t, expense_account(), amount, 0);
      add(t, "512000", 0, amount);
      break;
    }
    case Template::Funding: {
      const auto amount = between(1000, 5000000);
      t.journal = "BQ";
      t.label = "Subvention ou don reçu";
      add(t, "512000", amount, 0);
      add(t, funding_accounts.at(random_() % funding_accounts.size()), 0, amount);
      break;
    }
    case Template::Purchase: {
      const auto net = between(500, 250000);
      t.journal = "AC";
      t.label = "Facture fournisseur";
      if (res) {
        const auto part = between(100, net - 100);
        add(t, expense_account(), part, 0);
        add(t, expense_account(), net - part, 0);
        add(t, "401000", 0, net);
      } else {
        const auto vat = vat_of(net);
        add(t, expense_account(), net, 0);
        add(t, "445661", vat, 0);
        add(t, "401000", 0, net + vat);
      }
      break;
    }
    case Template::Sale: {
      const auto net = between(2000, 800000);
      t.journal = "VE";
      t.label = "Facture client";
      if (res) {
        const auto part = between(1000, net - 1000);
        add(t, "411000", net, 0);
        add(t, "706000", 0, part);
        add(t, "756000", 0, net - part);
      } else {
        const auto vat = vat_of(net);
        add(t, "411000", net + vat, 0);
        add(t, sales_accounts.at(random_() % sales_accounts.size()), 0, net);
        add(t, "445711", 0, vat);
      }
      break;
    }
    case Template::Payroll: {
      const auto gross = between(150000, 400000);
      const auto charges = gross * 42 / 100, net = gross * 78 / 100;
      t.journal = "OD";
      t.label = "Paie du mois";
      add(t, "641000", gross, 0);
      add(t, "645000", charges, 0);
      add(t, "421000", 0, net);
      add(t, "431000", 0, gross - net + charges);
      break;
    }
    case Template::SplitPurchase: {
      const auto first = between(500, 150000), second = between(500, 150000);
      t.journal = "AC";
      t.label = "Facture fournisseur ventilée";
      add(t, expense_account(), first, 0);
      add(t, expense_account(), second, 0);
      const auto third = res ? between(500, 50000) : vat_of(first + second);
      add(t, res ? expense_account() : std::string_view("445661"), third, 0);
      add(t, "401000", 0, first + second + third);
      break;
    }
  }
  std::int64_t balance = 0;
  for (const auto& p : t.lines()) balance += p.debit - p.credit;
  if (balance != 0) throw std::logic_error("bench generator: unbalanced transaction");
  return true;
}

std::span<const std::string_view> generator_accounts() {
  return all_accounts;
}

}  // namespace comptoir::bench
